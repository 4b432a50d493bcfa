"""What a lab shows its programme: a learning question, a lesson, a design principle or a best
practice. Only a researcher of the lab shares; sharing and taking back are written to the lab's
audit trail. The wording is copied when shared, and checked for the names of the lab's people,
so what the programme reads is exactly what the researcher released."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor import factors, text, wording
from monitor.access import User
from monitor.codebook import tokens
from monitor.errors import InvalidInput, NotFound
from monitor.model import (
    Lab,
    LearningQuestion,
    Participant,
    Programme,
    ProgrammeShare,
    QuestionStatus,
    ShareKind,
    Stakeholder,
    utc_now,
)
from monitor.programme import permissions, setup
from monitor.store_api import StoreAPI

TEXT_KINDS = (ShareKind.LESSON, ShareKind.PRINCIPLE, ShareKind.PRACTICE)
SHARED_TEXT = 1_000  # a lesson in a few sentences; the report says the rest


@dataclass(frozen=True)
class Shared:
    """A shared item as the programme sees it: the item and the lab's name and region."""

    share: ProgrammeShare
    lab_id: str
    lab_name: str
    region: str

    def wording(self, lang: str) -> str:
        return wording.in_language(self.share.text, lang)


def shares(store: StoreAPI, lab_id: str) -> list[ProgrammeShare]:
    """The lab's shares, shared ones first, newest first."""
    newest = sorted(store.records(lab_id, ProgrammeShare), key=lambda s: s.shared, reverse=True)
    return sorted(newest, key=lambda s: bool(s.withdrawn))


def active(store: StoreAPI, lab_id: str) -> list[ProgrammeShare]:
    return sorted(
        (s for s in store.records(lab_id, ProgrammeShare) if s.active),
        key=lambda s: s.shared,
        reverse=True,
    )


def shared_question_ids(store: StoreAPI, lab_id: str) -> set[str]:
    return {s.question_id for s in active(store, lab_id) if s.question_id}


def _names(store: StoreAPI, lab_id: str) -> list[str]:
    people = [s.name for s in store.records(lab_id, Stakeholder)]
    people += [p.name for p in store.records(lab_id, Participant)]
    return [n for n in people if len(n.strip()) >= 3]


def check_no_names(store: StoreAPI, lab_id: str, texts: Iterable[str]) -> None:
    """Refuse a text that names one of the lab's stakeholders or participants (a whole name,
    or a first or last name of four letters or more)."""
    words = set()
    joined = []
    for value in texts:
        words |= set(tokens(value))
        joined.append(" ".join(tokens(value)))
    whole = " " + " ".join(joined) + " "
    for name in _names(store, lab_id):
        parts = tokens(name)
        if not parts:
            continue
        if f" {' '.join(parts)} " in whole or any(len(p) >= 4 and p in words for p in parts):
            raise InvalidInput("programme.error.name_in_text", name=name)


def _programme(store: StoreAPI, lab: Lab) -> Programme:
    found = setup.programme_of_lab(store, lab.id)
    if found is None:
        raise InvalidInput("programme.error.no_programme")
    return found


def share_question(store: StoreAPI, user: User, lab: Lab, question_id: str) -> ProgrammeShare:
    """Share a learning question of the lab's agenda (once; sharing again returns it)."""
    permissions.require_sharing(user, lab)
    programme = _programme(store, lab)
    with store.transaction():
        question = store.record(lab.id, LearningQuestion, question_id)
        if question.status in (QuestionStatus.DRAFT, QuestionStatus.REJECTED):
            raise InvalidInput("programme.error.share_draft")
        for share in active(store, lab.id):
            if share.question_id == question.id:
                return share
        check_no_names(store, lab.id, question.text.values())
        share = store.save(
            ProgrammeShare(
                lab_id=lab.id,
                kind=ShareKind.QUESTION,
                theme=question.theme,
                text={k: v for k, v in question.text.items() if v},
                question_id=question.id,
                shared=utc_now(),
            )
        )
        store.audit(lab.id, "shared", share=share.id, what="question", programme=programme.id)
        return share


def share_text(
    store: StoreAPI, user: User, lab: Lab, *, kind: Any, theme: Any, nl: Any, en: Any = ""
) -> ProgrammeShare:
    """Share a lesson, a design principle or a best practice, in Dutch, English or both."""
    permissions.require_sharing(user, lab)
    programme = _programme(store, lab)
    chosen = _text_kind(kind)
    book = factors.lab_codebook(lab)
    theme_id = str(theme or "")
    if book.theme(theme_id) is None:
        raise InvalidInput("error.required", field="programme.share_theme")
    worded = {
        "nl": text.clean(nl, "programme.share_nl", SHARED_TEXT),
        "en": text.clean(en, "programme.share_en", SHARED_TEXT),
    }
    if not any(worded.values()):
        raise InvalidInput("error.required", field="programme.share_nl")
    with store.transaction():
        check_no_names(store, lab.id, worded.values())
        share = store.save(
            ProgrammeShare(
                lab_id=lab.id,
                kind=chosen,
                theme=theme_id,
                text={k: v for k, v in worded.items() if v},
                shared=utc_now(),
            )
        )
        store.audit(lab.id, "shared", share=share.id, what=chosen.value, programme=programme.id)
        return share


def _text_kind(kind: Any) -> ShareKind:
    try:
        chosen = ShareKind(str(kind or ""))
    except ValueError:
        chosen = None
    if chosen not in TEXT_KINDS:
        raise InvalidInput(
            "error.bad_choice",
            field="programme.share_kind",
            value=str(kind)[:40],
            choices=tuple(f"share_kind.{k.value}" for k in TEXT_KINDS),
        )
    return chosen


def withdraw(store: StoreAPI, user: User, lab: Lab, share_id: str) -> ProgrammeShare:
    """Take a shared item back: the programme no longer shows it (the lab keeps the record)."""
    permissions.require_sharing(user, lab)
    with store.transaction():
        share = store.record(lab.id, ProgrammeShare, share_id)
        if share.withdrawn:
            return share
        gone = store.save(dataclasses.replace(share, withdrawn=utc_now()))
        store.audit(lab.id, "unshared", share=share.id, what=share.kind.value)
        return gone


def for_programme(
    store: StoreAPI,
    programme: Programme,
    *,
    regions: Iterable[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Shared]:
    """The items member labs share now (a lab that left, or withdrew an item, is not here)."""
    found = []
    for lab in setup.member_labs(store, programme, regions):
        for share in active(store, lab.id):
            day = _day(share.shared)
            if (since and day and day < since) or (until and day and day > until):
                continue
            found.append(Shared(share, lab.id, lab.name, setup.region_of(programme, lab.id)))
    return found


def _day(stamp: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def get_shared(store: StoreAPI, programme: Programme, share_id: str) -> Shared:
    found = next((s for s in for_programme(store, programme) if s.share.id == share_id), None)
    if found is None:
        raise NotFound("error.record_not_found", kind=ProgrammeShare.KIND, id=share_id)
    return found
