"""The national meeting: 100-300 participants on their phones, one shared screen.

A prioritisation round over programme themes and questions works as a steering group's vote:
one ballot per phone (a random key in the phone's address, never a person), up to N choices
each, every ballot written in one transaction so none is lost when hundreds arrive at once.
Table sessions collect per table, on one programme theme, bottlenecks, solution directions and
best practices, from phones or typed by the table host. Closing the meeting turns those into
programme evidence, linked to the questions on the same theme."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor import labs, text
from monitor.access import User
from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.model import (
    NationalMeeting,
    Programme,
    ProgrammeEvidence,
    ProgrammeQuestion,
    ProgrammeVote,
    TableEntry,
    TableSession,
    utc_now,
)
from monitor.programme import permissions
from monitor.store_api import StoreAPI

TOKEN_BYTES = 18
SCREEN = "screen"  # the key of what a table host types on the shared screen
MARKS = ("bottleneck", "solution", "practice")
ENTRY = 300  # one line from a phone
MAX_PER_PHONE = 40
MAX_TABLES = 30


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def link_token(store: StoreAPI, meeting: NationalMeeting) -> str:
    """The join link's token, made again from the store's secret, so the screen shows the same
    QR code after a reload; only its hash is stored."""
    message = f"national:{meeting.programme_id}:{meeting.id}:{meeting.link_nonce}".encode()
    digest = hmac.new(store.server_secret(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:TOKEN_BYTES]).decode()


def link(store: StoreAPI, meeting: NationalMeeting, base_url: str) -> str:
    return (
        f"{base_url.rstrip('/')}/?programme={meeting.programme_id}"
        f"&national={meeting.id}&n={link_token(store, meeting)}"
    )


def _item_ok(programme: Programme, item: str, live: set[str]) -> bool:
    kind, _, ref = item.partition(":")
    return (kind == "theme" and programme.theme(ref) is not None) or (
        kind == "question" and ref in live
    )


def open_meeting(
    store: StoreAPI,
    user: User,
    programme: Programme,
    *,
    title: Any,
    date: Any,
    items: Iterable[str],
    votes_each: Any = 3,
    tables: Iterable[str] = (),
) -> NationalMeeting:
    """Open a national meeting with its prioritisation round and its tables (one programme
    theme per table; a theme may have several tables)."""
    permissions.require_change(user, programme)
    name = text.clean(title, "programme.meeting_title", text.SHORT, required=True)
    day = labs.parse_date(date, "programme.meeting_date")
    chosen = tuple(dict.fromkeys(str(i) for i in items))
    live = {
        q.id
        for q in store.records(None, ProgrammeQuestion)
        if q.programme_id == programme.id and q.on_agenda
    }
    if len(chosen) < 2 or not all(_item_ok(programme, i, live) for i in chosen):
        raise InvalidInput("programme.error.vote_items")
    try:
        each = int(votes_each)
    except (TypeError, ValueError):
        each = 0
    if not 1 <= each <= len(chosen):
        raise InvalidInput("vote.bad_votes_each", n=len(chosen))
    table_themes = [str(t) for t in tables]
    if len(table_themes) > MAX_TABLES or any(programme.theme(t) is None for t in table_themes):
        raise InvalidInput("programme.error.tables", n=MAX_TABLES)
    with store.transaction():
        if current(store, programme) is not None:
            raise InvalidInput("programme.error.meeting_open")
        meeting = NationalMeeting(
            programme_id=programme.id,
            title=name,
            date=day,
            token_hash="",
            link_nonce=secrets.token_hex(8),
        )
        meeting = dataclasses.replace(meeting, token_hash=_hash(link_token(store, meeting)))
        meeting = store.save(meeting)
        store.save(
            ProgrammeVote(
                programme_id=programme.id, meeting_id=meeting.id, items=chosen, votes_each=each
            )
        )
        store.save_all(
            TableSession(programme_id=programme.id, meeting_id=meeting.id, number=n, theme=t)
            for n, t in enumerate(table_themes, start=1)
        )
        return meeting


def new_link(store: StoreAPI, user: User, meeting: NationalMeeting) -> NationalMeeting:
    """A fresh join link (the old one leaked); the old one stops working, nothing is lost."""
    programme = permissions.programme_for(store, user, meeting.programme_id)
    permissions.require_change(user, programme)
    with store.transaction():
        fresh = store.record(None, NationalMeeting, meeting.id)
        renewed = dataclasses.replace(fresh, link_nonce=secrets.token_hex(8))
        renewed = dataclasses.replace(renewed, token_hash=_hash(link_token(store, renewed)))
        return store.save(renewed, expected_revision=fresh.revision)


def meetings(store: StoreAPI, programme: Programme) -> list[NationalMeeting]:
    found = [m for m in store.records(None, NationalMeeting) if m.programme_id == programme.id]
    return sorted(found, key=lambda m: (m.date, m.created), reverse=True)


def current(store: StoreAPI, programme: Programme) -> NationalMeeting | None:
    return next((m for m in meetings(store, programme) if not m.closed), None)


def vote_of(store: StoreAPI, meeting: NationalMeeting) -> ProgrammeVote:
    return next(v for v in store.records(None, ProgrammeVote) if v.meeting_id == meeting.id)


def tables_of(store: StoreAPI, meeting: NationalMeeting) -> list[TableSession]:
    found = [s for s in store.records(None, TableSession) if s.meeting_id == meeting.id]
    return sorted(found, key=lambda s: s.number)


# -- the phone's side --------------------------------------------------------------------------


def for_link(store: StoreAPI, programme_id: str, meeting_id: str, token: str) -> NationalMeeting:
    """The meeting a join link opens; a wrong or replaced link and a closed meeting say so."""
    try:
        meeting = store.record(None, NationalMeeting, str(meeting_id or ""))
    except NotFound:
        raise InvalidInput("programme.bad_link") from None
    if meeting.programme_id != programme_id or not hmac.compare_digest(
        meeting.token_hash, _hash(str(token or ""))
    ):
        raise InvalidInput("programme.bad_link")
    if meeting.closed:
        raise InvalidInput("programme.meeting_closed")
    return meeting


def new_voter() -> str:
    return secrets.token_hex(8)


def _voter(voter: Any) -> str:
    key = str(voter or "")
    if not key or len(key) > 64 or key == SCREEN:
        raise InvalidInput("programme.bad_link")
    return key


def cast(
    store: StoreAPI,
    programme_id: str,
    meeting_id: str,
    token: str,
    voter: Any,
    choices: Iterable[str],
) -> ProgrammeVote:
    """One phone's ballot; a second one from the same phone is refused."""
    key = _voter(voter)
    with store.transaction():
        meeting = for_link(store, programme_id, meeting_id, token)
        return _ballot(store, vote_of(store, meeting), key, choices)


def cast_on_screen(
    store: StoreAPI, user: User, vote: ProgrammeVote, choices: Iterable[str]
) -> ProgrammeVote:
    """A participant without a phone votes on the shared screen: one ballot per submit."""
    permissions.require_change(user, permissions.programme_for(store, user, vote.programme_id))
    with store.transaction():
        fresh = store.record(None, ProgrammeVote, vote.id)
        return _ballot(store, fresh, f"screen-{secrets.token_hex(6)}", choices)


def _ballot(
    store: StoreAPI, vote: ProgrammeVote, voter: str, choices: Iterable[str]
) -> ProgrammeVote:
    if vote.closed:
        raise InvalidInput("vote.closed")
    if voter in vote.ballots:
        raise Conflict("vote.already")
    chosen = tuple(dict.fromkeys(str(c) for c in choices))
    if not chosen or len(chosen) > vote.votes_each or set(chosen) - set(vote.items):
        raise InvalidInput("programme.error.bad_choice", n=vote.votes_each)
    return store.save(
        dataclasses.replace(vote, ballots={**vote.ballots, voter: chosen}),
        expected_revision=vote.revision,
    )


def has_voted(vote: ProgrammeVote, voter: str | None) -> bool:
    return bool(voter) and voter in vote.ballots


def add_entry(
    store: StoreAPI,
    programme_id: str,
    meeting_id: str,
    token: str,
    voter: Any,
    *,
    table: Any,
    mark: Any,
    text_: Any,
) -> TableSession:
    """A bottleneck, solution direction or best practice from a phone at a table."""
    key = _voter(voter)
    with store.transaction():
        meeting = for_link(store, programme_id, meeting_id, token)
        session = _table(store, meeting, table)
        mine = sum(1 for s in tables_of(store, meeting) for e in s.entries if e.voter == key)
        if mine >= MAX_PER_PHONE:
            raise InvalidInput("workshop.too_many", n=MAX_PER_PHONE)
        return _add(store, session, key, mark, text_)


def add_entry_on_screen(
    store: StoreAPI, user: User, session: TableSession, *, mark: Any, text_: Any
) -> TableSession:
    """What a table host types for the table."""
    permissions.require_change(user, permissions.programme_for(store, user, session.programme_id))
    with store.transaction():
        meeting = store.record(None, NationalMeeting, session.meeting_id)
        if meeting.closed:
            raise InvalidInput("programme.meeting_closed")
        return _add(store, store.record(None, TableSession, session.id), SCREEN, mark, text_)


def _table(store: StoreAPI, meeting: NationalMeeting, table: Any) -> TableSession:
    try:
        number = int(table)
    except (TypeError, ValueError):
        number = 0
    found = next((s for s in tables_of(store, meeting) if s.number == number), None)
    if found is None:
        raise InvalidInput("error.required", field="programme.table")
    return found


def _add(store: StoreAPI, session: TableSession, voter: str, mark: Any, text_: Any) -> TableSession:
    chosen = str(mark or "")
    if chosen not in MARKS:
        raise InvalidInput("error.required", field="programme.mark")
    line = " ".join(text.clean(text_, "programme.entry", ENTRY).split())
    if not line:
        raise InvalidInput("error.required", field="programme.entry")
    entry = TableEntry(voter=voter, mark=chosen, text=line, at=utc_now())
    return store.save(dataclasses.replace(session, entries=(*session.entries, entry)))


def withdraw_entry(
    store: StoreAPI, programme_id: str, meeting_id: str, token: str, voter: Any, entry_id: str
) -> None:
    key = _voter(voter)
    with store.transaction():
        meeting = for_link(store, programme_id, meeting_id, token)
        for session in tables_of(store, meeting):
            kept = tuple(e for e in session.entries if not (e.id == entry_id and e.voter == key))
            if len(kept) != len(session.entries):
                store.save(dataclasses.replace(session, entries=kept))


def mine(store: StoreAPI, meeting: NationalMeeting, voter: str) -> list[tuple[int, TableEntry]]:
    return [(s.number, e) for s in tables_of(store, meeting) for e in s.entries if e.voter == voter]


# -- the screen's side ------------------------------------------------------------------------


@dataclass(frozen=True)
class Results:
    vote: ProgrammeVote
    ranking: tuple[tuple[str, int], ...]
    tables: tuple[TableSession, ...]

    @property
    def ballots(self) -> int:
        return len(self.vote.ballots)

    def entries(self, number: int, mark: str) -> list[TableEntry]:
        session = next((s for s in self.tables if s.number == number), None)
        return [e for e in session.entries if e.mark == mark] if session else []


def results(store: StoreAPI, meeting: NationalMeeting) -> Results:
    from monitor.programme.agenda import ranking

    vote = vote_of(store, meeting)
    return Results(vote, tuple(ranking(vote)), tuple(tables_of(store, meeting)))


def close_voting(store: StoreAPI, user: User, vote: ProgrammeVote) -> ProgrammeVote:
    permissions.require_change(user, permissions.programme_for(store, user, vote.programme_id))
    with store.transaction():
        fresh = store.record(None, ProgrammeVote, vote.id)
        if fresh.closed:
            return fresh
        return store.save(dataclasses.replace(fresh, closed=utc_now()))


def close(store: StoreAPI, user: User, meeting: NationalMeeting) -> NationalMeeting:
    """Close the meeting: the vote closes, every table entry becomes programme evidence,
    linked to the open questions on its theme. A second close changes nothing."""
    programme = permissions.programme_for(store, user, meeting.programme_id)
    permissions.require_change(user, programme)
    with store.transaction():
        fresh = store.record(None, NationalMeeting, meeting.id)
        if fresh.closed:
            return fresh
        vote = vote_of(store, fresh)
        if not vote.closed:
            store.save(dataclasses.replace(vote, closed=utc_now()))
        made = [
            ProgrammeEvidence(
                programme_id=programme.id,
                theme=session.theme,
                mark=entry.mark,
                text=entry.text,
                meeting_id=fresh.id,
                table=session.number,
                date=fresh.date,
            )
            for session in tables_of(store, fresh)
            for entry in session.entries
        ]
        store.save_all(made)
        by_theme: dict[str, list[str]] = {}
        for item in made:
            by_theme.setdefault(item.theme, []).append(item.id)
        linked = [
            dataclasses.replace(q, evidence_ids=(*q.evidence_ids, *by_theme[q.theme]))
            for q in store.records(None, ProgrammeQuestion)
            if q.programme_id == programme.id and q.on_agenda and q.theme in by_theme
        ]
        store.save_all(linked)
        return store.save(
            dataclasses.replace(fresh, closed=utc_now(), evidence_ids=tuple(e.id for e in made)),
            expected_revision=fresh.revision,
        )
