"""Entering a lab's data on the pages: forms that add and clear, tables that keep their rows
in place, codes that follow the group, sources that can be deleted."""

from monitor.model import Stakeholder
from tests.pages.conftest import app, texts


def _open(page):
    at = app().run()
    at.switch_page(page).run()
    assert not at.exception
    return at


def _form_input(at, label):
    return next(w for w in at.text_input if w.label.startswith(label))


def test_a_stakeholder_added_through_the_form_gets_the_code_of_its_group(demo_store):
    lab = demo_store.labs()[0]
    at = _open("pages/stakeholders.py")
    _form_input(at, "Naam").input("Petra de Wit")
    next(s for s in at.selectbox if s.label.startswith("Groep")).set_value("municipality")
    next(b for b in at.button if b.label == "Betrokkene toevoegen").click().run()
    assert not at.exception, at.exception
    petra = next(s for s in demo_store.records(lab.id, Stakeholder) if s.name == "Petra de Wit")
    assert petra.group == "municipality" and petra.pseudonym.startswith("MUN-")
    # the form is empty again: a second press stores nothing new
    assert _form_input(at, "Naam").value == ""
    count = len(demo_store.records(lab.id, Stakeholder))
    next(b for b in at.button if b.label == "Betrokkene toevoegen").click().run()
    assert len(demo_store.records(lab.id, Stakeholder)) == count
    assert "verplicht" in texts(at)


def test_a_group_fixed_in_the_table_moves_the_code_and_keeps_the_row_in_place(demo_store):
    lab = demo_store.labs()[0]
    at = _open("pages/stakeholders.py")
    grid = at.data_editor[0]
    before = list(grid.value["id"])
    row = len(before) - 1  # the last row: its new group would sort it elsewhere
    person = demo_store.record(lab.id, Stakeholder, before[row])
    target = "employer" if person.group != "employer" else "researcher"
    at.session_state[grid.key] = {
        "edited_rows": {row: {"group": target}},
        "added_rows": [],
        "deleted_rows": [],
    }
    next(b for b in at.button if b.label == "Wijzigingen opslaan").click().run()
    assert not at.exception, at.exception
    saved = demo_store.record(lab.id, Stakeholder, person.id)
    assert saved.group == target
    assert saved.pseudonym.split("-")[0] == ("EMP" if target == "employer" else "RES")
    assert list(at.data_editor[0].value["id"]) == before


def test_a_published_code_changes_only_after_the_researcher_chose(demo_store):
    lab = demo_store.labs()[0]
    demo_store.acting("anna").audit(lab.id, "export", what="report.phase")
    at = _open("pages/stakeholders.py")
    grid = at.data_editor[0]
    person = demo_store.record(lab.id, Stakeholder, grid.value["id"][0])
    target = "employer" if person.group != "employer" else "researcher"
    at.session_state[grid.key] = {
        "edited_rows": {0: {"group": target}},
        "added_rows": [],
        "deleted_rows": [],
    }
    next(b for b in at.button if b.label == "Wijzigingen opslaan").click().run()
    assert person.pseudonym in texts(at)
    assert demo_store.record(lab.id, Stakeholder, person.id).group == person.group
    choice = next(r for r in at.radio if r.key == f"stakeholders.code.{person.id}")
    choice.set_value("keep")
    next(b for b in at.button if b.label == "Wijziging opslaan").click().run()
    assert not at.exception, at.exception
    saved = demo_store.record(lab.id, Stakeholder, person.id)
    assert (saved.group, saved.pseudonym) == (target, person.pseudonym)
    assert not any(r.key and r.key.startswith("stakeholders.code.") for r in at.radio)


def test_an_activity_is_added_with_its_counts_and_the_table_has_no_count_columns(demo_store):
    from monitor.model import Activity, StakeholderGroup

    lab = demo_store.labs()[0]
    at = _open("pages/activities.py")
    columns = [c for c in at.data_editor[0].value.columns]
    assert not [c for c in columns if c.startswith("count_")]
    # the nine groups are labelled number fields, three to a line, not grid columns
    labels = {n.label for n in at.number_input}
    assert {"Werkgever", "Gemeente", "Anders"} <= labels
    before = len(demo_store.records(lab.id, Activity))
    next(d for d in at.date_input if d.label.startswith("Datum")).set_value(lab.phases[0].start)
    _form_input(at, "Titel").input("Werksessie matching")
    next(n for n in at.number_input if n.key.endswith(".municipality")).set_value(4)
    next(b for b in at.button if b.label == "Activiteit toevoegen").click().run()
    assert not at.exception, at.exception
    added = [a for a in demo_store.records(lab.id, Activity) if a.title == "Werksessie matching"]
    assert len(demo_store.records(lab.id, Activity)) == before + 1
    assert added[0].counts == {StakeholderGroup.MUNICIPALITY: 4}
    assert _form_input(at, "Titel").value == ""


def test_a_phase_is_added_through_the_form(demo_store):
    lab = demo_store.labs()[0]
    at = _open("pages/lab_setup.py")
    _form_input(at, "Fase").input("Borging")
    start = lab.phases[-1].end.replace(day=1)
    end_input = [d for d in at.date_input if d.label.startswith("Einde")][0]
    end_input.set_value(lab.phases[-1].end.replace(year=lab.phases[-1].end.year + 1))
    next(b for b in at.button if b.label == "Fase toevoegen").click().run()
    assert not at.exception, at.exception
    assert [p.name for p in demo_store.labs()[0].phases][-1] == "Borging"
    assert start  # the form proposed the day after the last phase as start
