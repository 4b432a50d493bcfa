"""The dynamic learning agenda: drafts from the evidence, the researcher's decisions on them,
the life of each question across phases, its actions, and the prompts that keep asking for
follow-up until there is some."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from monitor import derive, history, revisions, text
from monitor.errors import Conflict, InvalidInput
from monitor.i18n import t
from monitor.labs import parse_choice, parse_date
from monitor.model import (
    Action,
    ActionStatus,
    Factor,
    HistoryEntry,
    Lab,
    LearningQuestion,
    QuestionStatus,
    Source,
    Stakeholder,
    utc_now,
)
from monitor.store import Store
from monitor.wording import evidence_summary

DONE_STATES = (ActionStatus.DONE, ActionStatus.DROPPED)
ANCHOR_MONTHS = 3  # in the last phase, or this close to the lab's end, ask about anchoring


# -- derivation on stored data ----------------------------------------------------------------


def factor_inputs(
    lab: Lab, factors: Iterable[Factor], sources: dict[str, Source] | None = None
) -> list[derive.FactorInput]:
    return [
        derive.FactorInput(
            key=f.id,
            kind=f.kind.value,
            phase=lab.phase_number(f.phase_id) or 0,
            themes=f.themes,
            text=f.text,
            source=f.source_id,
            groups=tuple(g.value for g in f.groups),
        )
        for f in factors
        if lab.phase_number(f.phase_id)
    ]


def decisions(
    lab: Lab, questions: Iterable[LearningQuestion], actions: Iterable[Action]
) -> list[derive.Decision]:
    done = {a.question_id for a in actions if a.status is ActionStatus.DONE}
    return [
        derive.Decision(
            phase=lab.phase_number(q.phase_id) or 0,
            theme=q.theme,
            kind=q.kind,
            status="rejected" if q.status is QuestionStatus.REJECTED else "accepted",
            evidence=frozenset(q.factor_ids),
            has_completed_action=q.id in done,
        )
        for q in questions
    ]


def drafts(
    lab: Lab,
    factors: list[Factor],
    questions: list[LearningQuestion],
    actions: list[Action],
    today: dt.date | None = None,
) -> list[derive.Proposal]:
    """The proposals the researcher has not decided on yet."""
    return derive.propose(
        factor_inputs(lab, factors),
        decisions=decisions(lab, questions, actions),
        anchor_phase=anchor_phase(lab, today or dt.date.today()),
    )


# -- decisions on drafts -------------------------------------------------------------------


# Notes the monitor itself writes into a question's history; shown in the reader's language.
SYSTEM_NOTES = {"edited": "history_note.edited"}


def note_text(entry: HistoryEntry, lang: str) -> str:
    """A history note as the reader sees it: the monitor's own notes translated, a note the
    researcher typed as typed."""
    key = SYSTEM_NOTES.get(entry.note)
    return t(key, lang) if key else entry.note


def _entry(event: str, note: str = "", phase_id: str = "") -> HistoryEntry:
    return HistoryEntry(at=utc_now(), event=event, note=note, phase_id=phase_id)


def accept(
    store: Store, lab: Lab, proposal: derive.Proposal, *, text_nl: Any = None, text_en: Any = None
) -> LearningQuestion:
    """Put a draft on the agenda, as proposed or reworded."""
    wording = _wording(text_nl or proposal.question["nl"], text_en or proposal.question["en"])
    edited = wording != proposal.question
    question = LearningQuestion(
        id=_draft_id(lab, proposal),
        lab_id=lab.id,
        theme=proposal.theme,
        text=wording,
        kind=proposal.kind,
        phase_id=lab.phases[proposal.phase - 1].id,
        status=QuestionStatus.OPEN,
        factor_ids=proposal.evidence,
        history=(_entry("accepted", "edited" if edited else ""),),
    )
    return _decide_once(store, question)


def reject(store: Store, lab: Lab, proposal: derive.Proposal, note: Any = "") -> LearningQuestion:
    """Turn a draft down; it only comes back when new evidence arrives."""
    question = LearningQuestion(
        id=_draft_id(lab, proposal),
        lab_id=lab.id,
        theme=proposal.theme,
        text=dict(proposal.question),
        kind=proposal.kind,
        phase_id=lab.phases[proposal.phase - 1].id,
        status=QuestionStatus.REJECTED,
        factor_ids=proposal.evidence,
        history=(_entry("rejected", text.clean(note, "agenda.note", text.LONG)),),
    )
    return _decide_once(store, question)


def merge(store: Store, proposal: derive.Proposal, into: LearningQuestion) -> LearningQuestion:
    """Add a draft's evidence to a question already on the agenda."""
    factor_ids = tuple(dict.fromkeys((*into.factor_ids, *proposal.evidence)))
    return store.save(
        dataclasses.replace(
            into,
            factor_ids=factor_ids,
            history=(*into.history, _entry("merged", proposal.question.get("nl", ""))),
        ),
        expected_revision=into.revision,
    )


def _decide_once(store: Store, question: LearningQuestion) -> LearningQuestion:
    """Store a decision on a draft once: the same decision again (a double click) returns the
    stored one; a different decision made on a stale screen is refused as a conflict."""
    with store.transaction():
        stored = store.records(question.lab_id, LearningQuestion)
        same = next((q for q in stored if q.id == question.id), None)
        if same is not None and (same.status, same.text) == (question.status, question.text):
            return same
        # Revision 0 means "not stored yet": an earlier decision makes this one a conflict.
        return store.save(question, expected_revision=0)


def _draft_id(lab: Lab, proposal: derive.Proposal) -> str:
    """Stable per (phase, theme, kind) and evidence: a double click decides once."""
    import hashlib

    digest = hashlib.sha256(repr((lab.id, proposal.key, proposal.evidence)).encode()).hexdigest()
    return f"q{digest[:12]}"


def _wording(nl: Any, en: Any) -> dict[str, str]:
    return {
        "nl": text.clean(nl, "agenda.text_nl", text.LONG, required=True),
        "en": text.clean(en, "agenda.text_en", text.LONG, required=True),
    }


# -- the life of a question ---------------------------------------------------------------


def add_question(
    store: Store,
    lab: Lab,
    *,
    theme: str,
    text_nl: Any,
    text_en: Any = "",
    phase_id: str,
    kind: str = "improve",
) -> LearningQuestion:
    """A question the researcher writes directly (for example an anchoring question)."""
    if lab.phase(phase_id) is None:
        raise InvalidInput("error.required", field="factor.phase")
    wording = _wording(text_nl, text_en or text_nl)
    return store.save(
        LearningQuestion(
            lab_id=lab.id,
            theme=theme,
            text=wording,
            kind=kind,
            phase_id=phase_id,
            history=(_entry("raised"),),
        )
    )


def reformulate(
    store: Store, question: LearningQuestion, *, text_nl: Any, text_en: Any, note: Any = ""
) -> LearningQuestion:
    wording = _wording(text_nl, text_en)
    if wording == question.text:
        return question
    entry = _entry(
        "reformulated",
        f"{question.text.get('nl', '')} → {wording['nl']}"
        + (f" ({text.clean(note, 'agenda.note', text.LONG)})" if note else ""),
    )
    return store.save(
        dataclasses.replace(question, text=wording, history=(*question.history, entry)),
        expected_revision=question.revision,
    )


# The statuses a question on the agenda may be given; draft and rejected belong to proposals
# (accept and reject decide those).
SETTABLE_STATUSES = (
    QuestionStatus.OPEN,
    QuestionStatus.IN_PROGRESS,
    QuestionStatus.ANSWERED,
    QuestionStatus.DROPPED,
)


@dataclass(frozen=True)
class Evidence:
    """What backs a learning question: its factors, and how many sources and groups."""

    factors: tuple[Factor, ...]
    sources: int
    groups: int

    def summary(self, lang: str) -> str:
        """'Onderbouwd met 1 factor uit 1 bron' in correct plurals."""
        return t(
            "agenda.evidence_of",
            lang,
            summary=evidence_summary(len(self.factors), self.sources, self.groups, lang),
        )


def evidence_of(question: LearningQuestion, factors: Iterable[Factor]) -> Evidence:
    wanted = set(question.factor_ids)
    mine = tuple(f for f in factors if f.id in wanted)
    return Evidence(
        factors=mine,
        sources=len({f.source_id for f in mine if f.source_id}),
        groups=len({g for f in mine for g in f.groups}),
    )


def set_status(
    store: Store, question: LearningQuestion, status: Any, *, note: Any = "", answer: Any = None
) -> LearningQuestion:
    new = parse_choice(status, QuestionStatus, "agenda.status")
    if new not in SETTABLE_STATUSES:
        raise InvalidInput(
            "error.bad_choice",
            field="agenda.status",
            value=new.value,
            choices=tuple(f"status.{s.value}" for s in SETTABLE_STATUSES),
        )
    cleaned = text.clean(note, "agenda.note", text.LONG)
    how = text.clean(answer, "agenda.answer", text.LONG) if answer is not None else question.answer
    if new is QuestionStatus.ANSWERED and not how:
        raise InvalidInput("error.answer_how")
    entry = _entry(new.value, how if new is QuestionStatus.ANSWERED else cleaned)
    return store.save(
        dataclasses.replace(question, status=new, answer=how, history=(*question.history, entry)),
        expected_revision=question.revision,
    )


def mark_discussed(store: Store, question: LearningQuestion, meeting_id: str) -> LearningQuestion:
    if meeting_id in question.meeting_ids:
        return question
    return store.save(
        dataclasses.replace(
            question,
            meeting_ids=(*question.meeting_ids, meeting_id),
            history=(*question.history, _entry("discussed", meeting_id)),
        ),
        expected_revision=question.revision,
    )


def close_phase(store: Store, lab: Lab, phase_id: str, note: Any = "") -> list[LearningQuestion]:
    """Carry every open question of a phase over to the next one, explicitly and with a note."""
    numbers = [p.id for p in lab.phases]
    if phase_id not in numbers or numbers.index(phase_id) == len(numbers) - 1:
        raise InvalidInput("error.no_next_phase")
    target = numbers[numbers.index(phase_id) + 1]
    cleaned = text.clean(note, "agenda.note", text.LONG)
    with store.transaction():
        carried = [
            dataclasses.replace(q, history=(*q.history, _entry("carried_over", cleaned, target)))
            for q in store.records(lab.id, LearningQuestion)
            if q.on_agenda and q.current_phase_id == phase_id
        ]
        saved = store.save_all(carried)
        history.take(store, lab, "phase", phase_id, dt.date.today())
        return saved


# -- actions ----------------------------------------------------------------------------------


def save_action(
    store: Store,
    lab: Lab,
    *,
    text_: Any,
    question_id: str = "",
    owner_id: str = "",
    due: Any = None,
    status: Any = ActionStatus.PLANNED.value,
    meeting_id: str = "",
    action_id: str | None = None,
    expected_revision: int | None = None,
) -> Action:
    """Create or change an action. With expected_revision, a change made meanwhile by someone
    else is refused instead of overwritten."""
    with store.transaction():
        old = {a.id: a for a in store.records(lab.id, Action)}
        action = _action(
            store, lab, old, text_, question_id, owner_id, due, status, meeting_id, action_id,
            expected_revision,
        )  # fmt: skip
        return action if action is old.get(action.id) else store.save(action)


def _action(
    store: Store,
    lab: Lab,
    old: dict[str, Action],
    text_: Any,
    question_id: str,
    owner_id: str,
    due: Any,
    status: Any,
    meeting_id: str,
    action_id: str | None,
    expected_revision: int | None,
) -> Action:
    """The action as it will be stored, checked but not yet saved."""
    fields = {
        "text": text.clean(text_, "action.text", text.LONG, required=True),
        "owner_id": owner_id or "",
        "due": parse_date(due, "action.due", required=False),
        "status": parse_choice(status, ActionStatus, "action.status", ActionStatus.PLANNED),
        "question_id": question_id or "",
    }
    if owner_id:
        store.record(lab.id, Stakeholder, owner_id)
    if question_id:
        store.record(lab.id, LearningQuestion, question_id)
    current = old.get(action_id or "")
    if current is None:
        return Action(
            lab_id=lab.id,
            meeting_id=meeting_id,
            **fields,
            **({"id": action_id} if action_id else {}),
        )
    return revisions.based_on(current, fields, expected_revision) or current


# What a steering member may change in an action they own; everything else is the researcher's.
STEERING_FIELDS = frozenset({"status", "due"})
_ACTION_FIELDS = ("text", "owner_id", "due", "status", "question_id")
_FIELD_LABELS = {
    "text": "actions.text",
    "owner_id": "actions.owner",
    "question_id": "actions.question",
}


def save_action_rows(
    store: Store,
    lab: Lab,
    rows: list[dict[str, Any]],
    deleted_ids: Iterable[str] = (),
    *,
    may_edit: Callable[[str], bool] | None = None,
) -> list[Action]:
    """Apply an edited action table, all or nothing. Each row carries the revision it was read
    at, so a change someone else made in the meantime is reported, never silently overwritten.
    With may_edit (owner id -> allowed) the editor is a steering member: only the status and
    due date of actions they own may change, checked field by field against the stored action
    whatever the row says; new rows and deletions are refused."""
    from monitor.errors import InvalidRows, MonitorError

    deleted_ids = list(deleted_ids)
    built, errors = [], []
    with store.transaction():
        old = {a.id: a for a in store.records(lab.id, Action)}
        if may_edit is not None:  # refused as a whole: nothing of a forged table is kept
            if deleted_ids:
                raise InvalidInput("error.not_allowed")
            rows = [_steering_row(old, row, may_edit) for row in rows]
        for row in rows:
            try:
                revision = row.get("revision")
                action = _action(
                    store,
                    lab,
                    old,
                    row.get("text"),
                    row.get("question_id") or "",
                    row.get("owner_id") or "",
                    row.get("due"),
                    row.get("status"),
                    "",
                    row.get("id") or None,
                    int(revision) if revision not in (None, "") else None,
                )
                if action is not old.get(action.id):
                    built.append(action)
            except Conflict:
                raise  # the table is stale: the conflict message, not a row's error
            except MonitorError as exc:
                errors.append((row.get("_row", len(errors) + 1), exc))
        if errors:
            raise InvalidRows(errors)
        saved = store.save_all(built)
        store.delete(lab.id, Action, deleted_ids)
    return saved


def _steering_row(
    old: dict[str, Action], row: dict[str, Any], may_edit: Callable[[str], bool]
) -> dict[str, Any]:
    """The row a steering member may send: an action they own as stored, with only the
    STEERING_FIELDS taken from the row. A row that changes anything else is refused."""
    current = old.get(str(row.get("id") or ""))
    if current is None or not may_edit(current.owner_id):
        raise InvalidInput("error.not_allowed")
    stored = {
        "text": current.text,
        "owner_id": current.owner_id,
        "due": current.due,
        "status": current.status.value,
        "question_id": current.question_id,
    }
    for name in _ACTION_FIELDS:
        if name in STEERING_FIELDS or name not in row:
            continue
        sent = row.get(name)
        if (sent or "") != (stored[name] or ""):
            raise InvalidInput("error.field_not_allowed", field=_FIELD_LABELS[name])
    return {**row, **{k: v for k, v in stored.items() if k not in STEERING_FIELDS}}


def add_follow_up(
    store: Store,
    action: Action,
    note: Any,
    *,
    may_edit: Callable[[str], bool] | None = None,
) -> Action:
    """A follow-up note on the action as the page showed it. With may_edit (a steering
    member) only on an action they own as stored."""
    entry = _entry("follow_up", text.clean(note, "action.note", text.LONG, required=True))
    with store.transaction():
        current = store.record(action.lab_id, Action, action.id)
        if may_edit is not None and not may_edit(current.owner_id):
            raise InvalidInput("error.not_allowed")
        return store.save(
            dataclasses.replace(current, notes=(*current.notes, entry)),
            expected_revision=action.revision,
        )


def is_overdue(action: Action, today: dt.date) -> bool:
    """Past its due date and neither done nor dropped."""
    return action.status not in DONE_STATES and action.due is not None and action.due < today


def sort_actions(actions: Iterable[Action], today: dt.date) -> list[Action]:
    """Overdue first, then by due date (none last), then done and dropped."""

    def key(a: Action) -> tuple:
        return (
            a.status in DONE_STATES,
            not is_overdue(a, today),
            a.due or dt.date.max,
            a.text.casefold(),
        )

    return sorted(actions, key=key)


# -- prompts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    kind: str  # see PROMPT_ORDER
    record_id: str  # question, action or theme the prompt is about
    params: dict[str, Any]  # counts (n) are ints so the texts pick the right plural

    @property
    def page(self) -> str:
        """Where to act on it: the actions page for an action, else the learning agenda."""
        return "actions" if self.kind in ACTION_PROMPTS else "agenda"

    @property
    def link(self) -> tuple[str, str, dict[str, str]]:
        """Where to act on it: (page, text key of the link, query parameters)."""
        if self.page == "actions":
            return "actions", "prompt.go_actions", {"action": self.record_id}
        if self.kind in THEME_PROMPTS:
            return "agenda", "prompt.go_drafts", {"phase": self.phase}
        return "agenda", "prompt.go_agenda", {"question": self.record_id}

    @property
    def phase(self) -> str:
        """The phase number the prompt belongs to, if it names one."""
        return self.params.get("phase", "")


ACTION_PROMPTS = ("overdue", "stalled", "no_owner")
THEME_PROMPTS = ("escalated", "persistent", "no_question")
# Most pressing first.
PROMPT_ORDER = (
    "escalated",
    "overdue",
    "stalled",
    "discussed_no_action",
    "accepted_no_action",
    "no_owner",
    "open_phases",
    "persistent",
    "no_question",
)
OPEN_PHASES = 2  # a question open in more than this many phases is prompted


def _last_touched(action: Action) -> dt.date | None:
    """The day an action was last saved or given a follow-up note."""
    stamps = [action.updated, *(n.at for n in action.notes)]
    days = []
    for stamp in stamps:
        try:
            days.append(dt.date.fromisoformat(stamp[:10]))
        except (TypeError, ValueError):
            continue
    return max(days, default=None)


def is_stalled(action: Action, today: dt.date, weeks: int) -> bool:
    """Open (planned or doing), not overdue, and not updated for `weeks` weeks."""
    if action.status in DONE_STATES or is_overdue(action, today):
        return False
    touched = _last_touched(action)
    return touched is not None and (today - touched).days >= 7 * weeks


def prompts(
    lab: Lab,
    questions: list[LearningQuestion],
    actions: list[Action],
    factors: list[Factor],
    today: dt.date,
    proposals: list[derive.Proposal] | None = None,
) -> list[Prompt]:
    """Everything that still waits for follow-up, most pressing first."""
    found: list[Prompt] = []
    live = [q for q in questions if q.on_agenda]
    with_action = {a.question_id for a in actions if a.status is not ActionStatus.DROPPED}
    inputs = factor_inputs(lab, factors)
    phase = _current_phase(lab, inputs, today)
    for q in live:
        words = {"question": q.text.get(lab.language) or q.text.get("nl", "")}
        raised = lab.phase_number(q.phase_id) or 0
        if q.id not in with_action:
            kind = "discussed_no_action" if q.meeting_ids else "accepted_no_action"
            found.append(Prompt(kind, q.id, words))
        if raised and phase - raised >= OPEN_PHASES:
            found.append(Prompt("open_phases", q.id, {**words, "n": phase - raised + 1}))
    for a in actions:
        if a.status in DONE_STATES:
            continue
        if is_overdue(a, today):
            found.append(
                Prompt(
                    "overdue",
                    a.id,
                    {"action": a.text, "due": a.due.isoformat(), "days": str((today - a.due).days)},
                )
            )
        elif is_stalled(a, today, lab.stall_weeks):
            touched = _last_touched(a)
            found.append(
                Prompt(
                    "stalled",
                    a.id,
                    {
                        "action": a.text,
                        "n": (today - touched).days // 7,
                        "since": touched.isoformat(),
                    },
                )
            )
        if not a.owner_id:
            found.append(Prompt("no_owner", a.id, {"action": a.text}))
    known = decisions(lab, questions, actions)
    for p in derive.propose(
        inputs, decisions=known, include_decided=True, anchor_phase=anchor_phase(lab, today)
    ):
        if p.phase == phase and p.kind == derive.IMPROVE and "persistent" in p.flags:
            kind = "escalated" if "escalated" in p.flags else "persistent"
            found.append(Prompt(kind, p.theme, {"theme": p.theme, "phase": str(p.phase)}))
    if proposals is None:
        proposals = derive.propose(inputs, decisions=known, anchor_phase=anchor_phase(lab, today))
    covered = {(lab.phase_number(q.current_phase_id), q.theme) for q in questions}
    for p in proposals:
        if p.kind == derive.IMPROVE and p.phase == phase and (p.phase, p.theme) not in covered:
            found.append(Prompt("no_question", p.theme, {"theme": p.theme, "phase": str(p.phase)}))
    return sorted(found, key=lambda pr: PROMPT_ORDER.index(pr.kind))


def _current_phase(lab: Lab, inputs: list[derive.FactorInput], today: dt.date) -> int:
    """The phase of today, or after the lab the last phase with evidence."""
    now = lab.phase_of(today)
    if now is not None:
        return lab.phase_number(now.id) or 0
    return max((f.phase for f in inputs), default=0)


def needs_anchoring(lab: Lab, questions: list[LearningQuestion], today: dt.date) -> bool:
    """Near the end of a lab, with no anchoring question on the agenda yet."""
    if not lab.phases:
        return False
    last = lab.phases[-1]
    near_end = (
        lab.nearing_end or last.contains(today) or (last.end - today).days <= ANCHOR_MONTHS * 31
    )
    anchored = any(q.kind == "anchor" or q.theme == "anchoring" for q in questions if q.on_agenda)
    return near_end and today <= last.end and not anchored


# -- ranking --------------------------------------------------------------------------------


def current_phase(lab: Lab, factors: Iterable[Factor], today: dt.date) -> int:
    """The number of today's phase, or after the lab the last phase with evidence."""
    return _current_phase(lab, factor_inputs(lab, factors), today)


def ranked_drafts(
    lab: Lab,
    factors: list[Factor],
    questions: list[LearningQuestion],
    actions: list[Action],
    today: dt.date,
) -> list[derive.Proposal]:
    """The undecided proposals, current phase first and most salient first (derive.rank)."""
    return derive.rank(
        drafts(lab, factors, questions, actions, today), current_phase(lab, factors, today)
    )


def anchor_phase(lab: Lab, today: dt.date) -> int | None:
    """Where learning questions turn to anchoring: the last phase, or today's phase once the
    researcher marked the lab as nearing its end."""
    if not lab.phases:
        return None
    if lab.nearing_end:
        now = lab.phase_of(today)
        if now is not None:
            return lab.phase_number(now.id)
    return len(lab.phases)


def follow_up_settings(store: Store, lab: Lab, *, nearing_end: Any, stall_weeks: Any) -> Lab:
    """The researcher's follow-up settings: the lab nears its end (ask about anchoring from
    now on), and after how many weeks without an update an open action counts as stalled."""
    try:
        weeks = int(str(stall_weeks).strip())
    except ValueError:
        raise InvalidInput("error.stall_weeks", min=1, max=52) from None
    if not 1 <= weeks <= 52:
        raise InvalidInput("error.stall_weeks", min=1, max=52)
    return store.save(
        dataclasses.replace(lab, nearing_end=bool(nearing_end), stall_weeks=weeks),
        expected_revision=lab.revision,
    )
