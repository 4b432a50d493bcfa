"""Entering a lab's data on the pages: forms that add and clear, tables that keep their rows
in place, codes that follow the group, sources that can be deleted."""

from monitor.model import Stakeholder
from monitor.text import markdown_escape
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
    assert markdown_escape(person.pseudonym) in texts(at)  # shown literally: "AMB\\-01" in markdown
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


def test_the_groups_concerned_do_not_carry_over_to_the_next_factor(demo_store):
    from monitor.model import Factor, Source

    lab = demo_store.labs()[0]
    source = sorted(demo_store.records(lab.id, Source), key=lambda s: s.date)[-1]
    theme = next(iter(sorted({t for f in demo_store.records(lab.id, Factor) for t in f.themes})))
    at = _open("pages/coding.py")
    for text, groups in (("Eerste factor over uren", ["employer"]), ("Tweede factor", [])):
        at.text_area(key="coding.quote").input(source.text.split(".")[0])
        at.text_area(key="coding.text").input(text)
        at.multiselect(key="coding.themes").set_value([theme])
        at.multiselect(key="coding.groups").set_value(groups)
        next(b for b in at.button if b.label == "Factor opslaan").click().run()
        assert not at.exception and not at.error
        assert at.multiselect(key="coding.groups").value == []
        assert at.selectbox(key="coding.step").value is None
    second = next(f for f in demo_store.records(lab.id, Factor) if f.text == "Tweede factor")
    assert second.groups == ()


def _sources_form(at):
    return [ti for ti in at.text_input if ti.label == "Titel"][0]


def _save_source(at):
    return next(b for b in at.button if b.label == "Opslaan" and "add_form" in str(b.form_id))


def test_a_saved_source_clears_the_form_and_a_second_press_adds_nothing(demo_store):
    from monitor.model import Source

    lab = demo_store.labs()[0]
    before = len(demo_store.records(lab.id, Source))
    at = _open("pages/sources.py")
    at.date_input[0].set_value(lab.phases[1].start)
    _sources_form(at).input("Notulen werksessie drie")
    at.text_area[0].input("Afgesproken: de coaches plannen samen.")
    _save_source(at).click().run()
    assert not at.exception, at.exception
    assert len(demo_store.records(lab.id, Source)) == before + 1
    assert _sources_form(at).value == "" and at.text_area[0].value == ""
    _save_source(at).click().run()
    assert len(demo_store.records(lab.id, Source)) == before + 1


def test_the_source_date_follows_the_chosen_activity(demo_store):
    from monitor.model import Activity, Source

    lab = demo_store.labs()[0]
    activity = sorted(demo_store.records(lab.id, Activity), key=lambda a: a.date)[0]
    at = _open("pages/sources.py")
    at.selectbox(key="sources.activity.0").set_value(activity.id).run()
    assert at.date_input[0].value == activity.date
    _sources_form(at).input("Verslag eerste activiteit")
    _save_source(at).click().run()
    saved = next(
        s for s in demo_store.records(lab.id, Source) if s.title == "Verslag eerste activiteit"
    )
    assert (saved.date, saved.phase_id) == (activity.date, activity.phase_id)


def test_a_quoted_source_is_deleted_only_with_its_factors(demo_store):
    from monitor.model import Factor, Source

    lab = demo_store.labs()[0]
    quoted = {f.source_id for f in demo_store.records(lab.id, Factor)}
    source = next(s for s in demo_store.records(lab.id, Source) if s.id in quoted)
    n = sum(f.source_id == source.id for f in demo_store.records(lab.id, Factor))
    at = app()
    at.session_state["sources.focus"] = source.id
    at.run()
    at.switch_page("pages/sources.py").run()
    assert (f"{n} factoren gecodeerd" if n > 1 else "1 factor gecodeerd") in texts(at)
    delete = at.button(key=f"sources.delete.{source.id}")
    delete.click().run()
    assert "Niet verwijderd" in texts(at)
    assert demo_store.record(lab.id, Source, source.id)
    at.checkbox(key=f"sources.delete_all.{source.id}").check().run()
    at.button(key=f"sources.delete.{source.id}").click().run()
    assert not at.exception, at.exception
    assert source.id not in {s.id for s in demo_store.records(lab.id, Source)}
    assert source.id not in {f.source_id for f in demo_store.records(lab.id, Factor)}
