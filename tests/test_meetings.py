import dataclasses
import datetime as dt
import threading

import pytest

from monitor import agenda, labs, meetings
from monitor.errors import Conflict, InvalidInput
from monitor.model import (
    Action,
    Activity,
    ActivityKind,
    LearningQuestion,
    Meeting,
    Source,
    VoteRound,
)

DAY = dt.date(2025, 2, 10)


@pytest.fixture
def people(store, lab):
    return labs.save_stakeholders(
        store,
        lab.id,
        [
            {"name": "Els de Wit", "group": "municipality"},
            {"name": "Rik Smit", "group": "employer"},
        ],
    )


@pytest.fixture
def questions(store, lab):
    return [
        agenda.add_question(
            store,
            lab,
            theme=theme,
            text_nl=f"Hoe pakken we {theme} aan?",
            phase_id=lab.phases[0].id,
        )
        for theme in ("capacity", "governance", "communication")
    ]


@pytest.fixture
def meeting(store, lab, people):
    return meetings.start(store, lab, day=DAY, attendee_ids=[p.id for p in people])


def test_starting_creates_the_steering_activity_once(store, lab, people, meeting):
    again = meetings.start(store, lab, day=DAY)
    assert again.id == meeting.id
    (activity,) = store.records(lab.id, Activity)
    assert activity.kind is ActivityKind.STEERING_MEETING and activity.id == meeting.activity_id
    assert sum(activity.counts.values()) == 2


def test_a_meeting_outside_every_phase_is_refused(store, lab):
    with pytest.raises(InvalidInput):
        meetings.start(store, lab, day=dt.date(2030, 1, 1))
    assert store.records(lab.id, Meeting) == []


def test_an_action_decided_in_the_meeting_is_stored_once_and_logged(
    store, lab, people, questions, meeting
):
    question = questions[0]
    for _ in range(2):  # a double click
        meetings.add_action(
            store,
            lab,
            meeting,
            question,
            text_="Uren vrijmaken voor coaches",
            owner_id=people[0].id,
            due="2025-03-01",
            action_id="a1",
        )
    (action,) = store.records(lab.id, Action)
    assert action.meeting_id == meeting.activity_id and action.question_id == question.id
    stored = store.record(lab.id, LearningQuestion, question.id)
    assert meeting.activity_id in stored.meeting_ids
    log = store.record(lab.id, Meeting, meeting.id).log
    assert [e.event for e in log] == ["discussed", "action"]
    assert "Els de Wit" in log[-1].note


def test_status_change_and_rewording_are_logged(store, lab, questions, meeting):
    meetings.set_status(store, lab, meeting, questions[1], "answered", answer="Rollen vastgelegd")
    meetings.reformulate(
        store, lab, meeting, questions[2], text_nl="Hoe informeren we iedereen?", text_en="How?"
    )
    events = [e.event for e in store.record(lab.id, Meeting, meeting.id).log]
    assert events == ["status", "reformulated"]


def test_since_last_meeting_lists_only_what_is_new(store, lab, people, questions, meeting):
    labs.add_source(store, lab.id, kind="minutes", title="Oud", date=DAY)
    meetings.close(store, lab, meeting)
    second = meetings.start(store, lab, day=DAY + dt.timedelta(days=20))
    labs.add_source(store, lab.id, kind="document", title="Nieuw", date=DAY)
    seen = meetings.since_last(store, lab, second, DAY + dt.timedelta(days=20))
    assert [s.title for s in seen.sources] == ["Nieuw"]


def _round(store, lab, meeting, questions):
    return meetings.open_round(store, lab, meeting, [q.id for q in questions], votes_each=2)


def test_votes_are_counted_and_a_second_vote_from_the_same_phone_is_refused(
    store, lab, questions, meeting
):
    vote, token = _round(store, lab, meeting, questions)
    meetings.cast(store, lab.id, vote.id, token, "phone-1", [questions[0].id, questions[1].id])
    meetings.cast(store, lab.id, vote.id, token, "phone-2", [questions[0].id])
    with pytest.raises(Conflict):
        meetings.cast(store, lab.id, vote.id, token, "phone-1", [questions[2].id])
    counts = store.record(lab.id, VoteRound, vote.id).counts()
    assert counts == {questions[0].id: 2, questions[1].id: 1, questions[2].id: 0}
    assert token not in str(store.record(lab.id, VoteRound, vote.id).to_dict())


@pytest.mark.parametrize(
    "choices", [[], ["nope"], ["q0", "q1", "q2"]], ids=["none", "unknown", "too many"]
)
def test_a_bad_ballot_is_refused(store, lab, questions, meeting, choices):
    vote, token = _round(store, lab, meeting, questions)
    ids = {f"q{i}": q.id for i, q in enumerate(questions)}
    with pytest.raises(InvalidInput):
        meetings.cast(store, lab.id, vote.id, token, "p", [ids.get(c, c) for c in choices])
    assert store.record(lab.id, VoteRound, vote.id).ballots == {}


def test_a_wrong_or_closed_link_says_so(store, lab, questions, meeting):
    vote, token = _round(store, lab, meeting, questions)
    with pytest.raises(InvalidInput) as caught:
        meetings.round_for_link(store, lab.id, vote.id, token[:-1])
    assert caught.value.key == "vote.bad_link"
    with pytest.raises(InvalidInput):
        meetings.round_for_link(store, lab.id, "unknown", token)
    meetings.close_round(store, lab, meeting, vote)
    with pytest.raises(InvalidInput) as caught:
        meetings.cast(store, lab.id, vote.id, token, "late", [questions[0].id])
    assert caught.value.key == "vote.closed"


def test_a_new_link_replaces_the_old_one(store, lab, questions, meeting):
    vote, old = _round(store, lab, meeting, questions)
    vote, new = meetings.new_link(store, vote)
    meetings.round_for_link(store, lab.id, vote.id, new)
    with pytest.raises(InvalidInput):
        meetings.round_for_link(store, lab.id, vote.id, old)


def test_thirty_voters_at_once_are_all_counted(store, lab, questions, meeting):
    vote, token = _round(store, lab, meeting, questions)
    choice = [questions[1].id]

    def voter(i: int) -> None:
        meetings.cast(store, lab.id, vote.id, token, f"phone-{i}", choice)

    threads = [threading.Thread(target=voter, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.record(lab.id, VoteRound, vote.id).counts()[questions[1].id] == 30


def test_closing_writes_minutes_once_with_decisions_and_votes(
    store, lab, people, questions, meeting
):
    meetings.add_action(
        store, lab, meeting, questions[0], text_="Overzicht van uren maken", owner_id=people[1].id
    )
    vote, token = _round(store, lab, meeting, questions)
    meetings.cast(store, lab.id, vote.id, token, "p", [questions[2].id])
    source = meetings.close(store, lab, meeting)
    assert meetings.close(store, lab, meeting).id == source.id
    assert source.kind.value == "minutes" and source.activity_id == meeting.activity_id
    assert "Aanwezig: Els de Wit, Rik Smit" in source.text
    assert "Overzicht van uren maken" in source.text
    assert "1 deelnemer stemde: Hoe pakken we communication aan? (1)" in source.text
    assert store.record(lab.id, VoteRound, vote.id).closed
    assert len([s for s in store.records(lab.id, Source) if s.kind.value == "minutes"]) == 1
    with pytest.raises(InvalidInput):
        meetings.add_action(store, lab, meeting, questions[1], text_="Te laat")


def test_voting_on_the_shared_screen_adds_one_ballot_per_submit(store, lab, questions, meeting):
    vote, _ = _round(store, lab, meeting, questions)
    meetings.cast_on_screen(store, vote, [questions[0].id])
    meetings.cast_on_screen(store, vote, [questions[0].id, questions[2].id])
    counts = store.record(lab.id, VoteRound, vote.id).counts()
    assert counts[questions[0].id] == 2 and counts[questions[2].id] == 1


def test_a_phone_mark_finds_its_ballot_again_and_a_forged_mark_is_a_new_phone(
    store, lab, questions, meeting
):
    vote, token = _round(store, lab, meeting, questions)
    voter = meetings.new_voter()
    mark = meetings.ballot_mark(store, vote, voter)
    meetings.cast(store, lab.id, vote.id, token, voter, [questions[0].id])
    # the link opened again on the same phone: the mark names the voter who already voted
    fresh = store.record(lab.id, VoteRound, vote.id)
    again = meetings.voter_of_mark(store, fresh, mark)
    assert again == voter and meetings.has_voted(fresh, again)
    with pytest.raises(Conflict):
        meetings.cast(store, lab.id, vote.id, token, again, [questions[1].id])
    # a mark that the server did not sign, or one of another round, names nobody
    other, _ = meetings.new_link(store, fresh)
    assert meetings.voter_of_mark(store, fresh, f"{voter}.forged") is None
    assert meetings.voter_of_mark(store, fresh, "") is None
    second_round = dataclasses.replace(fresh, id="otherround")
    assert meetings.voter_of_mark(store, second_round, mark) is None
    meetings.close_round(store, lab, meeting, store.record(lab.id, VoteRound, vote.id))
    minutes = store.record(lab.id, Meeting, meeting.id).log[-1].note
    assert minutes.startswith("1 deelnemer stemde:")


def test_the_chair_sees_the_same_link_and_code_again_and_a_code_opens_the_round(
    store, lab, questions, meeting
):
    vote, token = _round(store, lab, meeting, questions)
    code = meetings.link_code(store, vote)
    assert meetings.link_token(store, store.record(lab.id, VoteRound, vote.id)) == token
    assert code and len(code) == 6 and code.isalpha() and code.isupper()
    found, found_token = meetings.round_for_code(store, f" {code[:3].lower()} {code[3:]} ")
    assert found.id == vote.id and found_token == token
    meetings.round_for_link(store, lab.id, vote.id, found_token)  # the old link still works
    for wrong in ("", "ABC", "Z" * 6 if code != "Z" * 6 else "Y" * 6):
        with pytest.raises(InvalidInput) as caught:
            meetings.round_for_code(store, wrong)
        assert caught.value.key == "vote.bad_code"
    assert code not in str(store.record(lab.id, VoteRound, vote.id).to_dict())
    renewed, new_token = meetings.new_link(store, vote)
    assert new_token != token and meetings.link_code(store, renewed) != code
    with pytest.raises(InvalidInput):
        meetings.round_for_code(store, code)
    meetings.close_round(store, lab, meeting, renewed)
    with pytest.raises(InvalidInput):
        meetings.round_for_code(store, meetings.link_code(store, renewed))
