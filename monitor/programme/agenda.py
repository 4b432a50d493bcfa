"""The national learning agenda: programme questions drafted from what labs share and from
barriers that recur across labs (worded by the same machinery as a lab's agenda,
monitor/wording.py), each linked to the labs and evidence behind it, with a status, an owner
(a member lab, or the programme team) and actions, as in a lab.

Every change is made on the copy the user saw: its revision goes with the save, and a change
based on an older copy is refused (Conflict), never written over someone else's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor import agenda, factors, labs, text, wording
from monitor.access import User
from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.model import (
    ActionStatus,
    HistoryEntry,
    NationalMeeting,
    Programme,
    ProgrammeAction,
    ProgrammeEvidence,
    ProgrammeQuestion,
    ProgrammeVote,
    QuestionStatus,
    utc_now,
)
from monitor.programme import crosslab, permissions, setup
from monitor.store_api import StoreAPI

MANY = 2  # this many labs sharing a question, or meeting a barrier, is a draft
ORIGINS = ("shared", "barrier", "meeting", "manual")


@dataclass(frozen=True)
class Draft:
    """A proposed programme question; nothing is stored until it is accepted."""

    theme: str  # programme theme id
    origin: str  # shared | barrier
    text: dict[str, str]
    lab_ids: tuple[str, ...]
    share_ids: tuple[str, ...] = ()
    persistent: int = 0  # labs where the barrier persists (origin barrier)

    @property
    def key(self) -> str:
        return f"{self.origin}:{self.theme}"

    def summary(self, lang: str) -> str:
        if self.origin == "shared":
            return t("programme.draft_shared", lang, n=len(self.lab_ids))
        if self.persistent:
            return t(
                "programme.draft_barrier_persistent",
                lang,
                n=len(self.lab_ids),
                persistent=t("programme.persistent_in", lang, n=self.persistent),
            )
        return t("programme.draft_barrier", lang, n=len(self.lab_ids))


def questions(store: StoreAPI, programme: Programme) -> list[ProgrammeQuestion]:
    """The programme's questions in theme order, newest first within a theme."""
    order = {th.id: n for n, th in enumerate(programme.themes)}
    found = [q for q in store.records(None, ProgrammeQuestion) if q.programme_id == programme.id]
    found.sort(key=lambda q: q.created, reverse=True)
    return sorted(found, key=lambda q: order.get(q.theme, len(order)))


def actions(store: StoreAPI, programme: Programme) -> list[ProgrammeAction]:
    found = [a for a in store.records(None, ProgrammeAction) if a.programme_id == programme.id]
    return sorted(found, key=lambda a: (a.due or dt.date.max, a.created))


def _codebook_wording(programme: Programme, theme_id: str, codebook_theme: str, texts: list[str]):
    book = factors.default_codebook()
    found = book.theme(codebook_theme) if codebook_theme else None
    if found is not None:
        return wording.question(found, codebook_theme, "improve", texts)
    theme = programme.theme(theme_id)
    return {
        lang: wording.GENERAL["improve"][lang].format(label=setup.label(theme, lang).lower())
        for lang in wording.LANGS
    }


def drafts(store: StoreAPI, programme: Programme, view: crosslab.View) -> list[Draft]:
    """Drafts for themes where MANY labs share a question, or meet barriers; a theme that
    already has a question of that origin on the agenda gets none, and a rejected draft comes
    back only when more labs stand behind it."""
    known = questions(store, programme)
    found: dict[str, Draft] = {}
    for group in view.groups:
        if len(group.lab_ids) < MANY or not group.theme:
            continue
        key = f"shared:{group.theme}"
        if key in found and len(found[key].lab_ids) >= len(group.lab_ids):
            continue
        codebook_theme = Counter(i.share.theme for i in group.items).most_common(1)[0][0]
        texts = [i.wording(lang) for i in group.items for lang in wording.LANGS]
        found[key] = Draft(
            theme=group.theme,
            origin="shared",
            text=_codebook_wording(programme, group.theme, codebook_theme, texts),
            lab_ids=group.lab_ids,
            share_ids=tuple(i.share.id for i in group.items),
        )
    for row in view.rows:
        if row.barrier_labs < MANY:
            continue
        theme = programme.theme(row.theme)
        lab_ids = tuple(
            sorted({c.lab_id for c in view.counts if c.theme == row.theme and c.barriers})
        )
        found[f"barrier:{row.theme}"] = Draft(
            theme=row.theme,
            origin="barrier",
            text=_codebook_wording(
                programme, row.theme, theme.themes[0] if theme and theme.themes else "", []
            ),
            lab_ids=lab_ids,
            persistent=len(row.persistent_lab_ids),
        )
    return [d for d in found.values() if not _decided(d, known)]


def _decided(draft: Draft, known: list[ProgrammeQuestion]) -> bool:
    for question in known:
        if question.theme != draft.theme or question.origin != draft.origin:
            continue
        if question.status is QuestionStatus.REJECTED:
            if set(draft.lab_ids) <= set(question.lab_ids):
                return True
        elif question.on_agenda:
            return True
    return False


def _entry(event: str, note: str = "") -> HistoryEntry:
    return HistoryEntry(at=utc_now(), event=event, note=note)


def accept(
    store: StoreAPI,
    user: User,
    programme: Programme,
    draft: Draft,
    *,
    nl: Any = None,
    en: Any = None,
) -> ProgrammeQuestion:
    """Put a draft on the agenda, as proposed or with edited wording."""
    permissions.require_change(user, programme)
    worded = _wording(
        nl if nl is not None else draft.text["nl"], en if en is not None else draft.text["en"]
    )
    edited = worded != draft.text
    return store.save(
        ProgrammeQuestion(
            programme_id=programme.id,
            theme=draft.theme,
            text=worded,
            origin=draft.origin,
            lab_ids=draft.lab_ids,
            share_ids=draft.share_ids,
            history=(_entry("accepted", "edited" if edited else ""),),
        )
    )


def reject(store: StoreAPI, user: User, programme: Programme, draft: Draft) -> ProgrammeQuestion:
    """Turn a draft down; it is remembered, and comes back only with more labs behind it."""
    permissions.require_change(user, programme)
    return store.save(
        ProgrammeQuestion(
            programme_id=programme.id,
            theme=draft.theme,
            text=dict(draft.text),
            origin=draft.origin,
            status=QuestionStatus.REJECTED,
            lab_ids=draft.lab_ids,
            share_ids=draft.share_ids,
            history=(_entry("rejected"),),
        )
    )


def _wording(nl: Any, en: Any) -> dict[str, str]:
    dutch = text.clean(nl, "agenda.text_nl", text.LONG)
    english = text.clean(en, "agenda.text_en", text.LONG)
    if not dutch and not english:
        raise InvalidInput("error.required", field="agenda.text_nl")
    return {"nl": dutch or english, "en": english or dutch}


def add_question(
    store: StoreAPI,
    user: User,
    programme: Programme,
    *,
    theme: Any,
    nl: Any,
    en: Any = "",
    lab_ids: Iterable[str] = (),
    origin: str = "manual",
    evidence_ids: Iterable[str] = (),
) -> ProgrammeQuestion:
    """A question the programme team writes itself (or one a national meeting raised)."""
    permissions.require_change(user, programme)
    if programme.theme(str(theme or "")) is None:
        raise InvalidInput("error.required", field="programme.theme")
    chosen = tuple(i for i in dict.fromkeys(lab_ids) if i in programme.lab_ids)
    return store.save(
        ProgrammeQuestion(
            programme_id=programme.id,
            theme=str(theme),
            text=_wording(nl, en),
            origin=origin if origin in ORIGINS else "manual",
            lab_ids=chosen,
            evidence_ids=tuple(evidence_ids),
            history=(_entry("raised"),),
        )
    )


def _programme_of(store: StoreAPI, user: User, record: Any) -> Programme:
    programme = permissions.programme_for(store, user, record.programme_id)
    permissions.require_change(user, programme)
    return programme


def reformulate(
    store: StoreAPI, user: User, shown: ProgrammeQuestion, *, nl: Any, en: Any
) -> ProgrammeQuestion:
    _programme_of(store, user, shown)
    worded = _wording(nl, en)
    if worded == shown.text:
        return shown
    entry = _entry("reformulated", f"{shown.text.get('nl', '')} → {worded['nl']}")
    return store.save(
        dataclasses.replace(shown, text=worded, history=(*shown.history, entry)),
        expected_revision=shown.revision,
    )


def set_status(
    store: StoreAPI, user: User, shown: ProgrammeQuestion, status: Any, *, answer: Any = None
) -> ProgrammeQuestion:
    """The same statuses and rule as a lab's question: answered needs the answer."""
    _programme_of(store, user, shown)
    new = labs.parse_choice(status, QuestionStatus, "agenda.status")
    if new not in agenda.SETTABLE_STATUSES:
        raise InvalidInput(
            "error.bad_choice",
            field="agenda.status",
            value=new.value,
            choices=tuple(f"status.{s.value}" for s in agenda.SETTABLE_STATUSES),
        )
    how = text.clean(answer, "agenda.answer", text.LONG) if answer is not None else shown.answer
    if new is QuestionStatus.ANSWERED and not how:
        raise InvalidInput("error.answer_how")
    entry = _entry(new.value, how if new is QuestionStatus.ANSWERED else "")
    return store.save(
        dataclasses.replace(shown, status=new, answer=how, history=(*shown.history, entry)),
        expected_revision=shown.revision,
    )


def set_owner(
    store: StoreAPI, user: User, shown: ProgrammeQuestion, owner: Any
) -> ProgrammeQuestion:
    """The member lab that takes the lead on a question, or "" for the programme team."""
    programme = _programme_of(store, user, shown)
    lab_id = _owner(programme, owner)
    if lab_id == shown.owner:
        return shown
    entry = _entry("owner", lab_id)
    return store.save(
        dataclasses.replace(shown, owner=lab_id, history=(*shown.history, entry)),
        expected_revision=shown.revision,
    )


def _owner(programme: Programme, owner: Any) -> str:
    lab_id = str(owner or "")
    if lab_id and lab_id not in programme.lab_ids:
        raise InvalidInput("programme.error.owner_not_member")
    return lab_id


def add_action(
    store: StoreAPI,
    user: User,
    shown: ProgrammeQuestion,
    *,
    text_: Any,
    owner: Any = "",
    due: Any = None,
) -> ProgrammeAction:
    programme = _programme_of(store, user, shown)
    what = text.clean(text_, "actions.text", text.LONG, required=True)
    return store.save(
        ProgrammeAction(
            programme_id=programme.id,
            question_id=shown.id,
            text=what,
            owner=_owner(programme, owner),
            due=labs.parse_date(due, "actions.due", required=False),
        )
    )


def update_action(
    store: StoreAPI, user: User, shown: ProgrammeAction, *, status: Any, owner: Any, due: Any
) -> ProgrammeAction:
    programme = _programme_of(store, user, shown)
    return store.save(
        dataclasses.replace(
            shown,
            status=labs.parse_choice(status, ActionStatus, "actions.status"),
            owner=_owner(programme, owner),
            due=labs.parse_date(due, "actions.due", required=False),
        ),
        expected_revision=shown.revision,
    )


# -- evidence and priorities -------------------------------------------------------------------


@dataclass(frozen=True)
class Backing:
    """What a programme question rests on, as the programme may see it."""

    lab_names: tuple[str, ...]
    shared: tuple[str, ...]  # the shared wordings behind it
    evidence: tuple[ProgrammeEvidence, ...]  # table-session results on its theme
    barrier_labs: int
    persistent_labs: int

    def summary(self, lang: str) -> str:
        parts = [t("programme.backing_labs", lang, n=len(self.lab_names))]
        if self.shared:
            parts.append(t("programme.backing_shared", lang, n=len(self.shared)))
        if self.evidence:
            parts.append(t("programme.backing_evidence", lang, n=len(self.evidence)))
        return " · ".join(parts)


def evidence(store: StoreAPI, programme: Programme) -> list[ProgrammeEvidence]:
    return [e for e in store.records(None, ProgrammeEvidence) if e.programme_id == programme.id]


def backing(
    store: StoreAPI,
    programme: Programme,
    question: ProgrammeQuestion,
    view: crosslab.View,
    lang: str,
    found_evidence: list[ProgrammeEvidence] | None = None,
) -> Backing:
    """Only member labs count: a lab that left takes its part with it."""
    names = {lab.id: lab.name for lab in view.labs}
    shared = {i.share.id: i.wording(lang) for g in view.groups for i in g.items}
    pool = found_evidence if found_evidence is not None else evidence(store, programme)
    linked = set(question.evidence_ids)
    row = view.row(question.theme)
    return Backing(
        lab_names=tuple(
            sorted((names[i] for i in question.lab_ids if i in names), key=str.casefold)
        ),
        shared=tuple(shared[i] for i in question.share_ids if i in shared),
        evidence=tuple(e for e in pool if e.id in linked or e.theme == question.theme),
        barrier_labs=row.barrier_labs if row else 0,
        persistent_labs=len(row.persistent_lab_ids) if row else 0,
    )


@dataclass(frozen=True)
class Priority:
    item: str  # theme:<id> | question:<id>
    points: int
    rank: int


def latest_vote(store: StoreAPI, programme: Programme) -> ProgrammeVote | None:
    """The vote of the newest national meeting that has ballots."""
    meetings = {
        m.id: m for m in store.records(None, NationalMeeting) if m.programme_id == programme.id
    }
    votes = [
        v for v in store.records(None, ProgrammeVote) if v.meeting_id in meetings and v.ballots
    ]
    if not votes:
        return None
    return max(votes, key=lambda v: (meetings[v.meeting_id].date, v.created))


def ranking(vote: ProgrammeVote) -> list[tuple[str, int]]:
    counts = vote.counts()
    order = {item: i for i, item in enumerate(vote.items)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], 0)))


def priorities(store: StoreAPI, programme: Programme) -> list[Priority]:
    vote = latest_vote(store, programme)
    if vote is None:
        return []
    return [Priority(item, n, i + 1) for i, (item, n) in enumerate(ranking(vote))]


def item_label(
    programme: Programme, item: str, questions_by_id: dict[str, ProgrammeQuestion], lang: str
) -> str:
    kind, _, ref = item.partition(":")
    if kind == "theme":
        return setup.label(programme.theme(ref), lang)
    found = questions_by_id.get(ref)
    return wording.in_language(found.text, lang) if found else "—"


# -- the agenda as data (the command line's JSON) --------------------------------------------


def agenda_data(store: StoreAPI, user: User, programme_id: str, lang: str = "nl") -> dict:
    """{"themes": [{"id", "pillar", "labs", "barrier_labs", "questions": [...]}],
    "priorities": [...]}: counts and the programme's own questions, nothing of a lab."""
    programme = permissions.programme_for(store, user, programme_id)
    view = crosslab.view(store, programme)
    found = [q for q in questions(store, programme) if q.status is not QuestionStatus.REJECTED]
    by_id = {q.id: q for q in found}
    pool = evidence(store, programme)
    themes = []
    for row in view.rows:
        themes.append(
            {
                "id": row.theme,
                "pillar": row.pillar,
                "label": setup.label(programme.theme(row.theme), lang),
                "labs": row.labs,
                "barrier_labs": row.barrier_labs,
                "enabler_labs": row.enabler_labs,
                "persistent_labs": len(row.persistent_lab_ids),
                "questions": [
                    {
                        "id": q.id,
                        "text": wording.in_language(q.text, lang),
                        "status": q.status.value,
                        "origin": q.origin,
                        "owner": q.owner,
                        "labs": list(backing(store, programme, q, view, lang, pool).lab_names),
                    }
                    for q in found
                    if q.theme == row.theme
                ],
            }
        )
    return {
        "programme": {"id": programme.id, "name": programme.name},
        "themes": themes,
        "priorities": [
            {
                "item": p.item,
                "label": item_label(programme, p.item, by_id, lang),
                "points": p.points,
                "rank": p.rank,
            }
            for p in priorities(store, programme)
        ],
    }
