"""The programme level: members, sharing, the cross-lab picture, access."""

import dataclasses

import pytest

from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.model import ProgrammeShare, ShareKind
from monitor.programme import crosslab, permissions, setup, sharing
from tests.conftest import make_lab
from tests.programme_helpers import (
    LEAD,
    OTHER_LEAD,
    RESEARCHER,
    STEERING,
    coded_lab,
    programme_of,
    question,
)


def test_a_new_programme_has_the_four_pillars_and_themes_on_codebook_themes(store):
    made = setup.create(store, name="Werk in de regio", lead="Lead")
    assert [p.id for p in made.pillars] == ["supply", "demand", "route", "schooling"]
    assert {t.pillar for t in made.themes} == {"supply", "demand", "route", "schooling"}
    assert made.lead == "lead"
    assert setup.programmes(store) == [made]
    with pytest.raises(InvalidInput):
        setup.create(store, name="werk in de regio")
    with pytest.raises(InvalidInput):
        setup.create(store, name="Ander", lead="twee woorden")
    assert len(setup.programmes(store)) == 1


def test_a_lab_belongs_to_one_programme_at_most_and_joining_is_in_its_trail(store):
    lab = make_lab(store, name="A")
    first = setup.add_lab(store, setup.create(store, name="Eén"), lab.id, "Twente")
    second = setup.create(store, name="Twee")
    with pytest.raises(InvalidInput) as refused:
        setup.add_lab(store, second, lab.id, "Twente")
    assert "Eén" in refused.value.message("nl")
    assert setup.programme_of_lab(store, lab.id).id == first.id
    assert setup.get(store, second.id).members == ()
    assert first.member(lab.id).region == "Twente"
    acting = store.acting("tester")
    other = make_lab(store, name="B")
    setup.add_lab(acting, setup.get(store, first.id), other.id, "Zeeland")
    assert any(e.get("event") == "programme_joined" for e in store.audit_trail(other.id))
    assert any(e.get("kind") == "programmes" for e in store.audit_trail(first.id))


def test_a_stale_copy_of_the_programme_is_refused(store):
    made = setup.create(store, name="P")
    setup.update(store, made, name="P2", description="", lead="")
    with pytest.raises(Conflict):
        setup.update(store, made, name="P3", description="", lead="")
    assert setup.get(store, made.id).name == "P2"


def test_pillars_and_themes_are_edited_and_checked(store):
    made = setup.create(store, name="P")
    with pytest.raises(InvalidInput):
        setup.save_theme(store, made, pillar="demand", nl="X", en="X", themes=["no_such_theme"])
    changed = setup.save_theme(
        store, made, pillar="demand", nl="Werkgevers", en="Employers", themes=["capacity"]
    )
    assert changed.themes[-1].themes == ("capacity",)
    rows = [{"id": p.id, "nl": p.label["nl"], "en": p.label["en"]} for p in changed.pillars]
    with pytest.raises(InvalidInput):  # the demand pillar still holds themes
        setup.save_pillars(store, changed, [r for r in rows if r["id"] != "demand"])
    renamed = setup.save_pillars(store, changed, [*rows, {"id": "", "nl": "Wonen", "en": ""}])
    assert renamed.pillars[-1].label == {"nl": "Wonen", "en": "Wonen"}


def test_only_a_researcher_of_the_lab_shares_and_sharing_is_audited(store):
    acting = store.acting("onderzoeker (researcher)")
    lab = coded_lab(store, "A", {1: ["capacity"]})
    programme_of(store, (lab, "Twente"))
    asked = question(store, lab, "capacity", "Hoe maken we uren vrij?")
    with pytest.raises(InvalidInput):
        sharing.share_question(acting, STEERING, lab, asked.id)
    with pytest.raises(InvalidInput):
        sharing.share_question(acting, LEAD, lab, asked.id)
    assert store.records(lab.id, ProgrammeShare) == []
    share = sharing.share_question(acting, RESEARCHER, lab, asked.id)
    assert sharing.share_question(acting, RESEARCHER, lab, asked.id).id == share.id
    sharing.withdraw(acting, RESEARCHER, lab, share.id)
    events = [e.get("event") for e in store.audit_trail(lab.id)]
    assert "shared" in events and "unshared" in events
    programme = setup.programme_of_lab(store, lab.id)
    assert sharing.for_programme(store, programme) == []


def test_a_shared_text_that_names_someone_of_the_lab_is_refused(store):
    lab = coded_lab(store, "A", {1: ["capacity"]}, person="Anna Jansen")
    programme_of(store, (lab, "Twente"))
    with pytest.raises(InvalidInput) as refused:
        sharing.share_text(
            store, RESEARCHER, lab, kind="lesson", theme="capacity",
            nl="Jansen liet zien dat uren tellen helpt.",
        )  # fmt: skip
    assert "Anna Jansen" in refused.value.message("nl")
    with pytest.raises(InvalidInput):
        sharing.share_text(store, RESEARCHER, lab, kind="question", theme="capacity", nl="X")
    assert store.records(lab.id, ProgrammeShare) == []
    kept = sharing.share_text(
        store, RESEARCHER, lab, kind="principle", theme="capacity", nl="Tel de uren vooraf."
    )
    assert kept.kind is ShareKind.PRINCIPLE and kept.text == {"nl": "Tel de uren vooraf."}


def test_the_cross_lab_view_counts_labs_and_finds_persistent_barriers(store):
    a = coded_lab(store, "A", {1: ["capacity"], 2: ["capacity"]}, enablers=["employer_engagement"])
    b = coded_lab(store, "B", {1: ["capacity"], 3: ["frontline_engagement"]})
    c = coded_lab(store, "C", {2: ["capacity", "employer_engagement"]})
    programme = programme_of(store, (a, "Twente"), (b, "Zeeland"), (c, "Twente"))
    found = crosslab.view(store, programme)
    guidance = found.row("guidance")  # capacity and frontline engagement
    assert (guidance.labs, guidance.barrier_labs) == (3, 3)
    assert guidance.persistent_lab_ids == tuple(sorted((a.id, b.id)))
    assert guidance.persistent and found.persistent == [guidance]
    employers = found.row("employers")
    assert (employers.barrier_labs, employers.enabler_labs) == (1, 1)
    twente = crosslab.view(store, programme, crosslab.Filters(regions=("Twente",)))
    assert {lab.id for lab in twente.labs} == {a.id, c.id}
    assert twente.row("guidance").barrier_labs == 2
    late = crosslab.view(store, programme, crosslab.Filters(since=b.phases[2].start))
    assert late.row("guidance").barrier_labs == 1  # only B's barrier of phase 3
    frame = crosslab.heatmap_frame(found, "nl")
    assert len(frame) == 3 * len(programme.themes)
    assert frame["count"].sum() == sum(r.barriers for r in found.rows)


def test_similar_shared_questions_are_grouped_with_their_labs(store):
    a, b, c = (coded_lab(store, n, {1: ["capacity"]}) for n in "ABC")
    programme_of(store, (a, "1"), (b, "2"), (c, "3"))
    for lab, text in (
        (a, "Hoe maken we tijd vrij voor werkcoaches om werkgevers te bezoeken?"),
        (b, "Hoe maken we meer tijd vrij voor werkcoaches bij werkgevers?"),
        (c, "Wie betaalt de scholing van kandidaten na de proefperiode?"),
    ):
        asked = question(store, lab, "capacity", text)
        sharing.share_question(store, RESEARCHER, lab, asked.id)
    programme = setup.programme_of_lab(store, a.id)
    groups = crosslab.view(store, programme).groups
    assert [g.lab_names for g in groups] == [("A", "B"), ("C",)]
    assert groups[0].theme == "guidance"


def test_a_lab_leaving_takes_its_shared_items_out(store):
    a = coded_lab(store, "A", {1: ["capacity"]})
    b = coded_lab(store, "B", {1: ["capacity"]})
    programme = programme_of(store, (a, "1"), (b, "2"))
    asked = question(store, a, "capacity", "Hoe maken we uren vrij?")
    sharing.share_question(store, RESEARCHER, a, asked.id)
    sharing.share_text(store, RESEARCHER, a, kind="lesson", theme="capacity", nl="Tel uren.")
    assert len(sharing.for_programme(store, programme)) == 2
    left = setup.remove_lab(store.acting("tester"), programme, a.id)
    assert left.lab_ids == (b.id,)
    assert sharing.for_programme(store, left) == []
    found = crosslab.view(store, left)
    assert [lab.id for lab in found.labs] == [b.id] and found.groups == ()
    assert all(not s.active for s in store.records(a.id, ProgrammeShare))
    assert any(e.get("event") == "programme_left" for e in store.audit_trail(a.id))
    rejoined = setup.add_lab(store, left, a.id, "1")
    assert sharing.for_programme(store, rejoined) == []  # nothing comes back by itself


def test_a_programme_lead_sees_only_their_programmes_and_never_a_lab(store):
    a = coded_lab(store, "A", {1: ["capacity"]})
    outside = coded_lab(store, "Buiten", {1: ["capacity"]})
    mine = programme_of(store, (a, "1"))
    theirs = setup.create(store, name="Ander", lead="andere")
    setup.add_lab(store, theirs, outside.id, "2")
    assert permissions.visible(store, LEAD) == [mine]
    assert permissions.programme_for(store, LEAD, mine.id).id == mine.id
    with pytest.raises(NotFound):
        permissions.programme_for(store, LEAD, theirs.id)
    with pytest.raises(NotFound):
        permissions.programme_for(store, OTHER_LEAD, mine.id)
    with pytest.raises(NotFound):
        permissions.programme_for(store, STEERING, mine.id)
    assert not LEAD.sees_lab(a.id)
    given = dataclasses.replace(OTHER_LEAD, programme_ids=(mine.id,))
    assert {p.id for p in permissions.visible(store, given)} == {mine.id, theirs.id}
    limited = dataclasses.replace(RESEARCHER, lab_ids=(outside.id,))
    assert permissions.visible(store, limited) == [setup.get(store, theirs.id)]


def test_a_deleted_member_lab_drops_out_of_the_views(store):
    a = coded_lab(store, "A", {1: ["capacity"]})
    b = coded_lab(store, "B", {1: ["capacity"]})
    programme = programme_of(store, (a, "1"), (b, "2"))
    store.delete_lab(b.id)
    found = crosslab.view(store, programme)
    assert [lab.id for lab in found.labs] == [a.id]
    assert setup.remove_lab(store, programme, b.id).lab_ids == (a.id,)


def test_programme_records_survive_a_reopened_store(tmp_path):
    from monitor.store import Store

    first = Store(tmp_path / "d")
    made = setup.create(first, name="P", lead="x")
    again = Store(tmp_path / "d")
    assert setup.get(again, made.id).name == "P"
    assert (tmp_path / "d" / "programmes" / "programmes.json").is_file()
    before = again.revision()
    setup.update(again, setup.get(again, made.id), name="P2", description="", lead="")
    assert again.revision() != before
    backup = again.backup()
    assert (backup / "programmes" / "programmes.json").is_file()
