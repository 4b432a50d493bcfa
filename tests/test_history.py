"""The learning history: snapshots at closed meetings and phases, and what changed between them."""

import dataclasses
import datetime as dt
import json

import pytest

from monitor import agenda, cli, demo, history, meetings
from monitor.model import (
    Action,
    AgendaSnapshot,
    HistoryEntry,
    LearningQuestion,
    QuestionStatus,
    SnapshotQuestion,
)
from tests import backends


def _question(store, lab, theme: str, text: str) -> LearningQuestion:
    return agenda.add_question(
        store, lab, theme=theme, text_nl=text, text_en=text, phase_id=lab.phases[0].id
    )


def _shot(day: dt.date, *questions: SnapshotQuestion, occasion: str = "meeting") -> AgendaSnapshot:
    return AgendaSnapshot(
        lab_id="lab",
        occasion=occasion,
        ref_id=day.isoformat(),
        date=day,
        questions=questions,
        revision=1,
    )


def _q(qid: str, status: str = "open", text: str = "", answer: str = "") -> SnapshotQuestion:
    return SnapshotQuestion(
        id=qid,
        theme="governance",
        status=QuestionStatus(status),
        text={"nl": text or f"Vraag {qid}", "en": text or f"Question {qid}"},
        answer=answer,
    )


JAN, APR, JUL, OCT = (dt.date(2025, m, 1) for m in (1, 4, 7, 10))


def test_closing_a_meeting_stores_a_snapshot_of_the_agenda(store, lab):
    question = _question(store, lab, "governance", "Wie beslist wat?")
    meeting = meetings.start(store, lab, day=dt.date(2025, 2, 10))
    meetings.add_action(store, lab, meeting, question, text_="Rollen op papier")
    meetings.close(store, lab, meeting)
    (snap,) = store.records(lab.id, AgendaSnapshot)
    assert (snap.occasion, snap.ref_id, snap.date) == ("meeting", meeting.id, meeting.date)
    (kept,) = snap.questions
    assert kept.id == question.id and kept.text["nl"] == "Wie beslist wat?"
    (action,) = store.records(lab.id, Action)
    assert kept.actions == {action.id: action.status}
    # A second close of the same meeting changes nothing.
    meetings.close(store, lab, store.record(lab.id, type(meeting), meeting.id))
    assert len(store.records(lab.id, AgendaSnapshot)) == 1


def test_closing_a_phase_stores_a_snapshot_and_a_second_close_replaces_it(store, lab):
    _question(store, lab, "governance", "Wie beslist wat?")
    agenda.close_phase(store, lab, lab.phases[0].id)
    _question(store, lab, "capacity", "Hoe maken we tijd vrij?")
    agenda.close_phase(store, lab, lab.phases[0].id)
    (snap,) = store.records(lab.id, AgendaSnapshot)
    assert snap.occasion == "phase" and len(snap.questions) == 2 and snap.revision == 2


def test_rejected_drafts_are_not_part_of_the_agenda(store, lab):
    question = _question(store, lab, "governance", "Wie beslist wat?")
    store.save(
        dataclasses.replace(question, id="rejected1", status=QuestionStatus.REJECTED, revision=0)
    )
    snap = history.take(store, lab, "phase", lab.phases[0].id, JAN)
    assert [q.id for q in snap.questions] == [question.id]


def test_changes_between_snapshots_name_every_event():
    found = history.analyse(
        [
            _shot(JAN, _q("a"), _q("b"), _q("c")),
            _shot(
                APR, _q("a", text="Nieuw geformuleerd"), _q("b", "answered", answer="Zo"), _q("d")
            ),
        ]
    )
    assert [c.event for c in found.changes[0]] == ["appeared"] * 3
    events = {(c.question_id, c.event) for c in found.changes[1]}
    assert events == {("a", "reworded"), ("b", "answered"), ("d", "appeared"), ("c", "disappeared")}


def test_the_life_of_each_question():
    found = history.analyse(
        [
            _shot(JAN, _q("a"), _q("b"), _q("c")),
            _shot(APR, _q("a", text="Anders"), _q("b"), _q("c", "dropped"), occasion="phase"),
            _shot(
                JUL,
                _q("a", text="Weer anders"),
                _q("b", "answered", answer="Zo"),
                _q("c", "dropped"),
            ),
            _shot(
                OCT,
                _q("a", text="Weer anders"),
                _q("b", "answered", answer="Zo"),
                _q("c", "dropped"),
            ),
        ]
    )
    lives = {q.id: q for q in found.questions}
    a, b, c = lives["a"], lives["b"], lives["c"]
    assert (a.first, a.last, a.outcome, a.rewordings, a.meetings) == (JAN, OCT, "open", 2, 3)
    assert a.months_open == pytest.approx(8.9, abs=0.1) and a.persistent
    assert (b.first, b.last, b.end, b.outcome, b.snapshots) == (JAN, APR, JUL, "answered", 2)
    assert b.months_open == pytest.approx(5.9, abs=0.1) and not b.persistent
    assert (c.outcome, c.end, c.meetings) == ("dropped", APR, 1)
    assert [q.id for q in found.questions][0] == "a"  # longest-lived first
    assert [q.id for q in found.persistent()] == ["a"]


def test_a_question_that_vanishes_without_an_answer_counts_as_dropped():
    found = history.analyse([_shot(JAN, _q("a")), _shot(APR), _shot(JUL)])
    (life,) = found.questions
    assert (life.outcome, life.end) == ("dropped", APR)


def test_meetings_closed_before_snapshots_existed_are_reconstructed(store, lab):
    question = _question(store, lab, "governance", "Eerst zo")
    question = agenda.reformulate(store, question, text_nl="Daarna zo", text_en="Then so")
    late = f"{dt.date(2025, 3, 1).isoformat()}T10:00:00.000+00:00"
    early = f"{dt.date(2025, 1, 5).isoformat()}T10:00:00.000+00:00"
    store.save(
        dataclasses.replace(
            question,
            history=(
                HistoryEntry(at=early, event="raised"),
                dataclasses.replace(question.history[-1], at=late),
            ),
        ),
        expected_revision=question.revision,
    )
    shots = history.snapshots(store, lab, today=dt.date(2025, 4, 20))
    # The lab's first phase ended on 2025-04-10; nothing was stored, so it is rebuilt.
    assert [(s.occasion, s.date) for s in shots] == [("phase", lab.phases[0].end)]
    assert history.is_reconstructed(shots[0])
    (kept,) = shots[0].questions
    assert kept.text["nl"] == "Daarna zo"
    before = history.reconstruct(
        lab, store.records(lab.id, LearningQuestion), [], "phase", "x", dt.date(2025, 2, 1)
    )
    assert before.questions[0].text["nl"] == "Eerst zo"
    nothing_yet = history.reconstruct(
        lab, store.records(lab.id, LearningQuestion), [], "phase", "x", dt.date(2025, 1, 1)
    )
    assert nothing_yet.questions == ()


def test_the_demo_has_a_learning_history_with_persistent_problems(store):
    lab = demo.load_demo(store)
    stored = store.records(lab.id, AgendaSnapshot)
    assert {s.occasion for s in stored} == {"meeting", "phase"}
    found = history.learning_history(store, lab, dt.date.today())
    assert not any(history.is_reconstructed(s) for s in found.snapshots)
    assert found.persistent() and any(q.outcome == "answered" for q in found.questions)


def test_the_cli_prints_the_issue_shape_and_markdown(store, capsys):
    lab = demo.load_demo(store)
    assert cli.main(["history", *backends.cli_args(store), "--lab", lab.id]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"snapshots", "questions"}
    snap = payload["snapshots"][0]
    assert snap["occasion"] in ("meeting", "phase") and {"date", "questions"} <= set(snap)
    assert {"id", "status", "text"} <= set(snap["questions"][0])
    life = payload["questions"][0]
    assert {"id", "first", "last", "meetings", "months_open", "rewordings", "outcome"} <= set(life)
    assert life["outcome"] in ("answered", "dropped", "open")
    args = ["history", *backends.cli_args(store), "--lab", lab.id, "--format", "md"]
    assert cli.main([*args, "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("# Learning history") and "persistent problem" in shown


def test_markdown_keeps_user_text_plain():
    found = history.analyse([_shot(JAN, _q("a", text="**vet** | <b>x</b> [link](http://x)"))])
    shown = history.to_markdown(found, "nl")
    assert "\\*\\*vet\\*\\* \\| \\<b\\>x\\</b\\> \\[link\\](http://x)" in shown


def test_a_chart_is_drawn_for_every_language():
    found = history.analyse([_shot(JAN, _q("a")), _shot(APR, _q("a", "answered", answer="Zo"))])
    for lang in ("nl", "en"):
        spec = history.chart(found, lang).to_dict()
        assert spec["description"]
