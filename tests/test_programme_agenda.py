"""The national learning agenda and the national meeting."""

import pytest

from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.model import ProgrammeEvidence, ProgrammeQuestion, QuestionStatus
from monitor.programme import agenda, crosslab, meeting, setup, sharing
from tests.programme_helpers import LEAD, OTHER_LEAD, RESEARCHER, coded_lab, programme_of, question


@pytest.fixture
def three(store):
    a = coded_lab(store, "A", {1: ["capacity"], 2: ["capacity"]})
    b = coded_lab(store, "B", {1: ["capacity"]})
    c = coded_lab(store, "C", {1: ["employer_engagement"]})
    programme = programme_of(store, (a, "1"), (b, "2"), (c, "3"))
    for lab in (a, b):
        asked = question(store, lab, "capacity", "Hoe maken we tijd vrij voor werkcoaches?")
        sharing.share_question(store, RESEARCHER, lab, asked.id)
    return programme, (a, b, c)


def test_drafts_come_from_shared_questions_and_recurring_barriers(store, three):
    programme, (a, b, c) = three
    found = agenda.drafts(store, programme, crosslab.view(store, programme))
    by_key = {d.key: d for d in found}
    assert set(by_key) == {"shared:guidance", "barrier:guidance"}
    shared = by_key["shared:guidance"]
    assert shared.lab_ids == tuple(sorted((a.id, b.id))) and len(shared.share_ids) == 2
    assert shared.text["nl"] and shared.text["en"] and shared.text["nl"] != shared.text["en"]
    assert by_key["barrier:guidance"].summary("nl") == "Belemmeringen in 2 labs, hardnekkig in 1"
    accepted = agenda.accept(store, LEAD, programme, shared)
    assert accepted.status is QuestionStatus.OPEN and accepted.origin == "shared"
    left = agenda.drafts(store, programme, crosslab.view(store, programme))
    assert [d.key for d in left] == ["barrier:guidance"]
    agenda.reject(store, LEAD, programme, left[0])
    assert agenda.drafts(store, programme, crosslab.view(store, programme)) == []
    coded_lab(store, "D", {1: ["frontline_engagement"]})
    d = store.labs()[-1]
    setup.add_lab(store, setup.get(store, programme.id), d.id, "4")
    again = agenda.drafts(
        store, setup.get(store, programme.id), crosslab.view(store, setup.get(store, programme.id))
    )
    assert [len(x.lab_ids) for x in again] == [3]  # a third lab brings the rejected one back


def test_every_change_carries_its_revision_and_a_stale_one_is_refused(store, three):
    programme, (a, b, c) = three
    asked = agenda.add_question(store, LEAD, programme, theme="employers", nl="Hoe dan?")
    agenda.set_owner(store, LEAD, asked, c.id)
    with pytest.raises(Conflict):
        agenda.set_status(store, LEAD, asked, "answered", answer="Zo.")
    stored = store.record(None, ProgrammeQuestion, asked.id)
    assert stored.owner == c.id and stored.status is QuestionStatus.OPEN
    with pytest.raises(InvalidInput):
        agenda.set_status(store, LEAD, stored, "answered", answer="")
    with pytest.raises(InvalidInput):
        agenda.set_owner(store, LEAD, stored, "not-a-member")
    with pytest.raises(InvalidInput):
        agenda.set_status(store, LEAD, stored, "draft")
    done = agenda.set_status(store, LEAD, stored, "answered", answer="Met een werkgeversloket.")
    assert [h.event for h in done.history] == ["raised", "owner", "answered"]
    action = agenda.add_action(store, LEAD, done, text_="Loket inrichten", owner=a.id)
    agenda.update_action(store, LEAD, action, status="doing", owner="", due="2026-03-01")
    with pytest.raises(Conflict):
        agenda.update_action(store, LEAD, action, status="done", owner="", due=None)
    with pytest.raises(NotFound):  # another lead may not see it, let alone change it
        agenda.reformulate(store, OTHER_LEAD, done, nl="Anders", en="Other")
    assert [x.status.value for x in agenda.actions(store, programme)] == ["doing"]


def test_the_agenda_data_has_themes_counts_questions_and_priorities(store, three):
    programme, (a, b, c) = three
    asked = agenda.add_question(
        store, LEAD, programme, theme="guidance", nl="Tijd?", lab_ids=[a.id]
    )
    held = meeting.open_meeting(
        store, LEAD, programme, title="Leerdag", date="2026-05-01",
        items=["theme:employers", f"question:{asked.id}", "theme:reach"], votes_each=2,
    )  # fmt: skip
    token = meeting.link_token(store, held)
    for n, chosen in enumerate([["theme:employers"], ["theme:employers", f"question:{asked.id}"]]):
        meeting.cast(store, programme.id, held.id, token, f"phone{n}", chosen)
    data = agenda.agenda_data(store, LEAD, programme.id, "en")
    guidance = next(t for t in data["themes"] if t["id"] == "guidance")
    assert (guidance["pillar"], guidance["labs"], guidance["barrier_labs"]) == ("route", 2, 2)
    assert [q["text"] for q in guidance["questions"]] == ["Tijd?"]
    assert guidance["questions"][0]["labs"] == ["A"]
    assert [(p["item"], p["points"], p["rank"]) for p in data["priorities"]] == [
        ("theme:employers", 2, 1),
        (f"question:{asked.id}", 1, 2),
        ("theme:reach", 0, 3),
    ]


def test_a_national_meeting_counts_one_ballot_per_phone_and_keeps_the_tables(store, three):
    programme, labs_ = three
    held = meeting.open_meeting(
        store, LEAD, programme, title="Leerdag", date="2026-05-01",
        items=["theme:employers", "theme:guidance", "theme:reach"], votes_each=2,
        tables=["employers", "guidance"],
    )  # fmt: skip
    with pytest.raises(InvalidInput):  # one meeting at a time
        meeting.open_meeting(
            store,
            LEAD,
            programme,
            title="X",
            date="2026-05-01",
            items=["theme:employers", "theme:reach"],
        )
    token = meeting.link_token(store, held)
    meeting.cast(store, programme.id, held.id, token, "phone1", ["theme:guidance"])
    with pytest.raises(Conflict):
        meeting.cast(store, programme.id, held.id, token, "phone1", ["theme:reach"])
    with pytest.raises(InvalidInput):
        meeting.cast(store, programme.id, held.id, token, "phone2", ["theme:a", "theme:b", "x"])
    with pytest.raises(InvalidInput):
        meeting.cast(store, programme.id, held.id, "wrong", "phone3", ["theme:reach"])
    meeting.add_entry(
        store, programme.id, held.id, token, "phone1", table=2, mark="bottleneck",
        text_="Te weinig tijd per kandidaat",
    )  # fmt: skip
    with pytest.raises(InvalidInput):
        meeting.add_entry(
            store, programme.id, held.id, token, "phone1", table=2, mark="x", text_="y"
        )
    (host_table,) = [s for s in meeting.tables_of(store, held) if s.number == 1]
    meeting.add_entry_on_screen(store, LEAD, host_table, mark="practice", text_="Werkgeversontbijt")
    asked = agenda.add_question(store, LEAD, programme, theme="guidance", nl="Tijd?")
    assert meeting.results(store, held).ballots == 1
    closed = meeting.close(store, LEAD, held)
    evidence = store.records(None, ProgrammeEvidence)
    assert sorted((e.theme, e.mark, e.table) for e in evidence) == [
        ("employers", "practice", 1),
        ("guidance", "bottleneck", 2),
    ]
    assert set(closed.evidence_ids) == {e.id for e in evidence}
    linked = store.record(None, ProgrammeQuestion, asked.id)
    assert [e.text for e in evidence if e.id in linked.evidence_ids] == [
        "Te weinig tijd per kandidaat"
    ]
    with pytest.raises(InvalidInput):
        meeting.cast(store, programme.id, held.id, token, "phone9", ["theme:reach"])
    assert meeting.close(store, LEAD, closed).revision == closed.revision


def test_the_programme_report_holds_what_the_programme_may_see_only(store, three):
    import io

    import docx

    from monitor.programme import report as programme_report
    from monitor.reports import to_docx
    from tests.test_reports import _text

    programme, (a, b, c) = three
    hidden = question(store, c, "employer_engagement", "Geheime vraag van lab C")
    outside = coded_lab(store, "Lab erbuiten", {1: ["capacity"]})
    sharing.share_text(
        store, RESEARCHER, a, kind="lesson", theme="capacity", nl="Tel de uren vooraf."
    )
    built = programme_report.build(store, LEAD, programme.id, "nl")
    text = _text(docx.Document(io.BytesIO(to_docx(built, chart_png=lambda chart: None))))
    assert "Tel de uren vooraf." in text and "Programmarapport" in text
    assert hidden.text["nl"] not in text
    assert outside.name not in text
    assert "Anna Jansen" not in text  # the labs' stakeholders
