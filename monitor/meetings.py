"""Steering-group meetings on a shared screen: what changed since the last meeting, decisions
taken during the meeting (each stored at once and written to the meeting's log), anonymous
prioritisation votes through a link, and minutes written when the chair closes the meeting.

A meeting belongs to a steering-group Activity (found on its date or created); questions and
actions point to that activity, as they do for meetings recorded by hand."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor import agenda, history, i18n, labs, text, wording
from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.model import (
    Action,
    ActionStatus,
    Activity,
    ActivityKind,
    Factor,
    HistoryEntry,
    Lab,
    LearningQuestion,
    Meeting,
    Source,
    SourceKind,
    Stakeholder,
    VoteRound,
    utc_now,
)
from monitor.store import Store

TOKEN_BYTES = 18  # 144 random bits per vote link


def start(
    store: Store,
    lab: Lab,
    *,
    day: dt.date,
    attendee_ids: Iterable[str] = (),
    meeting_id: str | None = None,
) -> Meeting:
    """Open a meeting (or return the one already open: a second click or a second screen)."""
    day = labs.parse_date(day, "source.date")
    phase = labs.source_phase(lab, day)
    people = {s.id: s for s in store.records(lab.id, Stakeholder)}
    attendees = tuple(dict.fromkeys(attendee_ids))
    if set(attendees) - set(people):
        raise InvalidInput("error.unknown_stakeholder")
    with store.transaction():
        running = current(store, lab.id)
        if running is not None:
            return running
        activity = next(
            (
                a
                for a in store.records(lab.id, Activity)
                if a.kind is ActivityKind.STEERING_MEETING and a.date == day
            ),
            None,
        )
        if activity is None:
            counts: dict = {}
            for person_id in attendees:
                group = people[person_id].group
                counts[group] = counts.get(group, 0) + 1
            activity = store.save(
                Activity(
                    lab_id=lab.id,
                    kind=ActivityKind.STEERING_MEETING,
                    title=i18n.t("meeting.activity_title", lab.language, date=day.isoformat()),
                    date=day,
                    phase_id=phase.id,
                    participant_ids=attendees,
                    counts=counts,
                )
            )
        return store.save(
            Meeting(
                lab_id=lab.id,
                activity_id=activity.id,
                date=day,
                attendee_ids=attendees,
                **({"id": meeting_id} if meeting_id else {}),
            )
        )


def current(store: Store, lab_id: str) -> Meeting | None:
    """The meeting that is running now, if any."""
    return next((m for m in store.records(lab_id, Meeting) if not m.closed), None)


def previous(store: Store, lab_id: str, meeting: Meeting) -> Meeting | None:
    earlier = [m for m in store.records(lab_id, Meeting) if m.closed and m.id != meeting.id]
    return max(earlier, key=lambda m: m.closed, default=None)


# -- since the last meeting -----------------------------------------------------------------


@dataclass(frozen=True)
class SinceLast:
    since: str  # UTC time of the previous meeting's close ("" for a first meeting)
    sources: list[Source]
    factors: list[Factor]
    done: list[Action]
    overdue: list[Action]
    prompts: list[agenda.Prompt]

    @property
    def empty(self) -> bool:
        return not (self.sources or self.factors or self.done or self.overdue or self.prompts)


def since_last(store: Store, lab: Lab, meeting: Meeting, today: dt.date) -> SinceLast:
    """What changed since the previous meeting closed: new evidence, actions done, and what
    still waits for follow-up."""
    before = previous(store, lab.id, meeting)
    cutoff = before.closed if before else ""
    sources = [s for s in store.records(lab.id, Source) if s.created > cutoff]
    factors = store.records(lab.id, Factor)
    actions = store.records(lab.id, Action)
    questions = store.records(lab.id, LearningQuestion)
    return SinceLast(
        since=cutoff,
        sources=sorted(
            (s for s in sources if s.id != meeting.minutes_source_id), key=lambda s: s.date
        ),
        factors=[f for f in factors if f.created > cutoff],
        done=[a for a in actions if a.status is ActionStatus.DONE and a.updated > cutoff],
        overdue=[a for a in agenda.sort_actions(actions, today) if agenda.is_overdue(a, today)],
        prompts=agenda.prompts(lab, questions, actions, factors, today),
    )


# -- decisions during the meeting -----------------------------------------------------------


def _log(store: Store, meeting: Meeting, event: str, note: str, ref: str = "") -> Meeting:
    fresh = store.record(meeting.lab_id, Meeting, meeting.id)
    if fresh.closed:
        raise InvalidInput("meeting.closed")
    entry = HistoryEntry(at=utc_now(), event=event, note=note, phase_id=ref)
    return store.save(dataclasses.replace(fresh, log=(*fresh.log, entry)))


def _open(store: Store, meeting: Meeting) -> None:
    if store.record(meeting.lab_id, Meeting, meeting.id).closed:
        raise InvalidInput("meeting.closed")


def add_action(
    store: Store,
    lab: Lab,
    meeting: Meeting,
    question: LearningQuestion,
    *,
    text_: Any,
    owner_id: str = "",
    due: Any = None,
    action_id: str | None = None,
) -> Action:
    """An action decided on the question in view; a double click stores (and logs) it once."""
    with store.transaction():
        _open(store, meeting)
        known = {a.id for a in store.records(lab.id, Action)}
        action = agenda.save_action(
            store,
            lab,
            text_=text_,
            question_id=question.id,
            owner_id=owner_id,
            due=due,
            meeting_id=meeting.activity_id,
            action_id=action_id,
        )
        if action.id in known:
            return action
        discussed(store, meeting, store.record(lab.id, LearningQuestion, question.id))
        people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
        note = i18n.t(
            "meeting.log_action",
            lab.language,
            action=action.text,
            owner=people.get(action.owner_id, i18n.t("actions.no_owner", lab.language)),
            due=action.due.isoformat() if action.due else "—",
        )
        _log(store, meeting, "action", note, question.id)
        return action


def set_status(
    store: Store,
    lab: Lab,
    meeting: Meeting,
    question: LearningQuestion,
    status: Any,
    *,
    answer: Any = None,
) -> LearningQuestion:
    with store.transaction():
        _open(store, meeting)
        changed = agenda.set_status(store, question, status, answer=answer)
        changed = agenda.mark_discussed(store, changed, meeting.activity_id)
        note = i18n.t(
            "meeting.log_status",
            lab.language,
            question=_wording(changed, lab),
            status=i18n.t(f"status.{changed.status.value}", lab.language),
        )
        _log(store, meeting, "status", note, question.id)
        return changed


def reformulate(
    store: Store,
    lab: Lab,
    meeting: Meeting,
    question: LearningQuestion,
    *,
    text_nl: Any,
    text_en: Any,
) -> LearningQuestion:
    with store.transaction():
        _open(store, meeting)
        changed = agenda.reformulate(store, question, text_nl=text_nl, text_en=text_en)
        if changed is question:
            return question
        changed = agenda.mark_discussed(store, changed, meeting.activity_id)
        note = i18n.t(
            "meeting.log_reformulated",
            lab.language,
            old=_wording(question, lab),
            new=_wording(changed, lab),
        )
        _log(store, meeting, "reformulated", note, question.id)
        return changed


def discussed(store: Store, meeting: Meeting, question: LearningQuestion) -> LearningQuestion:
    """Mark a question as discussed in this meeting (once)."""
    with store.transaction():
        _open(store, meeting)
        if meeting.activity_id in question.meeting_ids:
            return question
        changed = agenda.mark_discussed(store, question, meeting.activity_id)
        lab = store.lab(meeting.lab_id)
        _log(store, meeting, "discussed", _wording(changed, lab), question.id)
        return changed


def agenda_order(lab: Lab, questions: Iterable[LearningQuestion]) -> list[LearningQuestion]:
    """The questions on the agenda in meeting order: latest phase first, then by status, theme."""
    order = {p.id: i for i, p in enumerate(lab.phases)}
    return sorted(
        (q for q in questions if q.on_agenda),
        key=lambda q: (-order.get(q.current_phase_id, 0), q.status.value, q.theme),
    )


def open_actions_by_owner(actions: Iterable[Action]) -> list[tuple[str, list[Action]]]:
    """Planned and running actions grouped per owner id ("" = nobody), soonest due first."""
    by_owner: dict[str, list[Action]] = {}
    for action in sorted(actions, key=lambda a: (a.due or dt.date.max, a.text)):
        if action.status not in agenda.DONE_STATES:
            by_owner.setdefault(action.owner_id, []).append(action)
    return list(by_owner.items())


def _wording(question: LearningQuestion, lab: Lab) -> str:
    return wording.in_language(question.text, lab.language)


# -- prioritisation votes -------------------------------------------------------------------


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


CODE_LENGTH = 6
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # letters only, without I and O (1 and 0)
BALLOT_COOKIE = "slm_ballot_"  # + round id: the phone's mark that it voted in that round


def _mac(store: Store, purpose: str, vote: VoteRound, extra: str = "") -> bytes:
    from monitor.surveys import server_key  # the store's secret key; surveys made it first

    message = f"{purpose}:{vote.lab_id}:{vote.id}:{vote.link_nonce}:{extra}".encode()
    return hmac.new(server_key(store), message, hashlib.sha256).digest()


def link_token(store: Store, vote: VoteRound) -> str | None:
    """The token of the round's current link, made again from the store's key, so a reload of
    the chair's screen shows the same link and code; None for a round from before link nonces
    (its token was random and only its hash is kept)."""
    if not vote.link_nonce:
        return None
    return base64.urlsafe_b64encode(_mac(store, "vote-link", vote)[:TOKEN_BYTES]).decode()


def link_code(store: Store, vote: VoteRound) -> str | None:
    """Six capital letters to type instead of scanning the QR code (see round_for_code)."""
    if not vote.link_nonce:
        return None
    digest = _mac(store, "vote-code", vote)
    return "".join(_CODE_ALPHABET[b % len(_CODE_ALPHABET)] for b in digest[:CODE_LENGTH])


def _clean_code(code: Any) -> str:
    return "".join(str(code or "").upper().split()).replace("-", "")


def _with_new_link(store: Store, vote: VoteRound) -> tuple[VoteRound, str]:
    nonce = secrets.token_hex(8)
    fresh = dataclasses.replace(vote, link_nonce=nonce)
    token, code = link_token(store, fresh), link_code(store, fresh)
    assert token and code
    return dataclasses.replace(fresh, token_hash=_hash(token), code_hash=_hash(code)), token


def open_round(
    store: Store,
    lab: Lab,
    meeting: Meeting,
    question_ids: Iterable[str],
    votes_each: int = 3,
) -> tuple[VoteRound, str]:
    """Open a round and return it with the token of its link. Only the hashes of the token and
    of the short code are stored; link_token and link_code make them again."""
    chosen = tuple(dict.fromkeys(question_ids))
    live = {q.id for q in store.records(lab.id, LearningQuestion) if q.on_agenda}
    if len(chosen) < 2 or set(chosen) - live:
        raise InvalidInput("vote.need_questions")
    if not 1 <= int(votes_each) <= len(chosen):
        raise InvalidInput("vote.bad_votes_each", n=len(chosen))
    with store.transaction():
        _open(store, meeting)
        if open_round_of(store, meeting) is not None:
            raise InvalidInput("vote.round_open")
        vote, token = _with_new_link(
            store,
            VoteRound(
                lab_id=lab.id,
                meeting_id=meeting.id,
                question_ids=chosen,
                votes_each=int(votes_each),
                token_hash="",
            ),
        )
        vote = store.save(vote)
    return vote, token


def open_round_of(store: Store, meeting: Meeting) -> VoteRound | None:
    return next(
        (
            v
            for v in store.records(meeting.lab_id, VoteRound)
            if v.meeting_id == meeting.id and not v.closed
        ),
        None,
    )


def new_link(store: Store, vote: VoteRound) -> tuple[VoteRound, str]:
    """A fresh link and code for an open round (the old link leaked, or the round is from before
    links could be shown again); the old ones stop working, the ballots stay."""
    with store.transaction():
        fresh = store.record(vote.lab_id, VoteRound, vote.id)
        if fresh.closed:
            raise InvalidInput("vote.closed")
        renewed, token = _with_new_link(store, fresh)
        return store.save(renewed, expected_revision=fresh.revision), token


def round_for_link(store: Store, lab_id: str, round_id: str, token: str) -> VoteRound:
    """The round a participant's link opens; a wrong, changed or closed link says so."""
    try:
        vote = store.record(lab_id, VoteRound, round_id)
    except NotFound:  # unknown lab or round: the same answer as a wrong token
        raise InvalidInput("vote.bad_link") from None
    if not hmac.compare_digest(vote.token_hash, _hash(token or "")):
        raise InvalidInput("vote.bad_link")
    if vote.closed:
        raise InvalidInput("vote.closed")
    return vote


def round_for_code(store: Store, code: Any) -> tuple[VoteRound, str]:
    """The open round whose six-letter code this is, with the token of its full link (the phone
    moves on to that link, so a reload keeps the ballot). Only open rounds answer."""
    wanted = _clean_code(code)
    if len(wanted) != CODE_LENGTH:
        raise InvalidInput("vote.bad_code", length=CODE_LENGTH)
    digest = _hash(wanted)
    for lab in store.labs():
        for vote in store.records(lab.id, VoteRound):
            if vote.closed or not vote.code_hash:
                continue
            if hmac.compare_digest(vote.code_hash, digest):
                token = link_token(store, vote)
                if token is not None:
                    return vote, token
    raise InvalidInput("vote.bad_code", length=CODE_LENGTH)


# -- one ballot per phone ------------------------------------------------------------------
# A phone keeps a mark per round in a cookie: a random voter key and the server's signature over
# the round and that key. The server counts a ballot per voter key, so a reload, a reopened link
# or the typed code on the same phone finds its ballot again. The limit: a phone that throws its
# cookies away (a private window, another browser) is a new phone to the server.


def ballot_mark(store: Store, vote: VoteRound, voter: str) -> str:
    signature = _mac(store, "ballot", vote, voter)[:16]
    return f"{voter}.{base64.urlsafe_b64encode(signature).decode().rstrip('=')}"


def voter_of_mark(store: Store, vote: VoteRound, mark: Any) -> str | None:
    """The voter key in a phone's mark for this round, if the server signed it; else None."""
    voter, _, _ = str(mark or "").partition(".")
    if not voter or len(voter) > 64:
        return None
    return voter if hmac.compare_digest(ballot_mark(store, vote, voter), str(mark)) else None


def new_voter() -> str:
    return secrets.token_hex(12)


def has_voted(vote: VoteRound, voter: str | None) -> bool:
    return bool(voter) and voter in vote.ballots


def cast(
    store: Store, lab_id: str, round_id: str, token: str, voter: str, choices: Iterable[str]
) -> VoteRound:
    """Store one participant's votes. `voter` is the random key in the phone's ballot mark, so
    a second submit from the same phone is refused, and nobody can tell who voted what."""
    with store.transaction():
        return _ballot(store, round_for_link(store, lab_id, round_id, token), voter, choices)


def cast_on_screen(store: Store, vote: VoteRound, choices: Iterable[str]) -> VoteRound:
    """A participant without a phone votes on the shared screen: one ballot per submit."""
    with store.transaction():
        fresh = store.record(vote.lab_id, VoteRound, vote.id)
        if fresh.closed:
            raise InvalidInput("vote.closed")
        return _ballot(store, fresh, f"screen-{secrets.token_hex(6)}", choices)


def _ballot(store: Store, vote: VoteRound, voter: str, choices: Iterable[str]) -> VoteRound:
    chosen = tuple(dict.fromkeys(choices))
    if not voter:
        raise InvalidInput("vote.bad_link")
    if voter in vote.ballots:
        raise Conflict("vote.already")
    if not chosen or len(chosen) > vote.votes_each or set(chosen) - set(vote.question_ids):
        raise InvalidInput("vote.bad_choice", n=vote.votes_each)
    return store.save(
        dataclasses.replace(vote, ballots={**vote.ballots, voter: chosen}),
        expected_revision=vote.revision,
    )


def close_round(store: Store, lab: Lab, meeting: Meeting, vote: VoteRound) -> VoteRound:
    """Close a round; its result goes into the meeting's log (once)."""
    with store.transaction():
        fresh = store.record(lab.id, VoteRound, vote.id)
        if fresh.closed:
            return fresh
        closed = store.save(dataclasses.replace(fresh, closed=utc_now()))
        questions = {q.id: q for q in store.records(lab.id, LearningQuestion)}
        note = i18n.t(
            "meeting.log_vote",
            lab.language,
            n=len(closed.ballots),
            result="; ".join(
                f"{_wording(questions[q], lab)} ({n})" for q, n in ranking(closed) if q in questions
            ),
        )
        _log(store, meeting, "vote", note, closed.id)
        return closed


def ranking(vote: VoteRound) -> list[tuple[str, int]]:
    """Questions by votes, most first (ties in the order the chair listed them)."""
    counts = vote.counts()
    order = {q: i for i, q in enumerate(vote.question_ids)}
    return sorted(counts.items(), key=lambda item: (-item[1], order.get(item[0], 0)))


# -- closing and minutes --------------------------------------------------------------------


def close(store: Store, lab: Lab, meeting: Meeting) -> Source:
    """Close the meeting: close an open vote, write the minutes as a Source (in the lab's
    language, editable afterwards on the Sources page). A second close returns the same."""
    with store.transaction():
        fresh = store.record(lab.id, Meeting, meeting.id)
        if fresh.closed:
            return store.record(lab.id, Source, fresh.minutes_source_id)
        still_open = open_round_of(store, fresh)
        if still_open is not None:
            close_round(store, lab, fresh, still_open)
            fresh = store.record(lab.id, Meeting, meeting.id)
        source = labs.add_source(
            store,
            lab.id,
            kind=SourceKind.MINUTES.value,
            title=i18n.t("meeting.minutes_title", lab.language, date=fresh.date.isoformat()),
            date=fresh.date,
            text_=minutes(store, lab, fresh),
            activity_id=fresh.activity_id,
            stakeholder_ids=fresh.attendee_ids,
            source_id=f"{fresh.id}m",
        )
        store.save(dataclasses.replace(fresh, closed=utc_now(), minutes_source_id=source.id))
        history.take(store, lab, "meeting", fresh.id, fresh.date)
        return source


def minutes(store: Store, lab: Lab, meeting: Meeting) -> str:
    lang = lab.language
    people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
    lines = [
        i18n.t("meeting.minutes_title", lang, date=meeting.date.isoformat()),
        "",
        i18n.t("meeting.minutes_present", lang)
        + ": "
        + (", ".join(people.get(p, "?") for p in meeting.attendee_ids) or "—"),
    ]
    sections = (
        ("meeting.minutes_discussed", ("discussed",)),
        ("meeting.minutes_decisions", ("status", "reformulated")),
        ("meeting.minutes_actions", ("action",)),
        ("meeting.minutes_votes", ("vote",)),
    )
    for heading, events in sections:
        entries = [e for e in meeting.log if e.event in events]
        lines += ["", i18n.t(heading, lang) + ":"]
        lines += [f"- {e.note}" for e in entries] or ["- —"]
    return text.clean("\n".join(lines), "source.text", text.DOCUMENT)
