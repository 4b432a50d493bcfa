"""One read of everything a report needs, and the small formatting rules every report shares:
dates in the reader's language, people by pseudonym, text safe for Word."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeVar

from monitor import factors, history, privacy, protocols
from monitor.charts import MONTHS
from monitor.codebook import Codebook
from monitor.history import STATUS_EVENTS
from monitor.i18n import t
from monitor.model import (
    Action,
    ActionStatus,
    Activity,
    AgendaSnapshot,
    Factor,
    Invitation,
    Lab,
    LabRecord,
    LearningQuestion,
    Meeting,
    Narrative,
    Participant,
    Phase,
    QuestionStatus,
    Response,
    Source,
    Stakeholder,
    Survey,
    VoteRound,
    Workshop,
)
from monitor.protocols import Protocol
from monitor.store import Store
from monitor.wording import in_language

R = TypeVar("R", bound=LabRecord)

# Characters Word's XML cannot hold (tab and line breaks are fine; python-docx converts them).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LONG_WORD = re.compile(r"\S{60,}")


def word_safe(value: object) -> str:
    """Text as Word can store it: no control characters, and very long "words" (links, pasted
    codes) given break opportunities so a table column cannot be pushed off the page."""
    text = _XML_ILLEGAL.sub("", "" if value is None else str(value))
    return _LONG_WORD.sub(lambda m: "\u200b".join(_chunks(m.group(0), 30)), text)


def _chunks(word: str, size: int) -> list[str]:
    return [word[i : i + size] for i in range(0, len(word), size)]


@dataclass(frozen=True)
class LabData:
    lab: Lab
    stakeholders: dict[str, Stakeholder]
    activities: list[Activity]
    sources: dict[str, Source]
    factors: list[Factor]
    questions: list[LearningQuestion]
    actions: list[Action]
    surveys: list[Survey]
    participants: dict[str, Participant]
    invitations: list[Invitation]
    responses: list[Response]
    meetings: list[Meeting]
    votes: list[VoteRound]
    narratives: dict[str, Narrative]
    protocols: dict[str, Protocol]
    book: Codebook
    today: dt.date
    trajectories: object = None  # monitor.trajectories.report.Data
    snapshots: tuple[AgendaSnapshot, ...] = ()  # the learning history (monitor.history)
    workshops: tuple[Workshop, ...] = ()  # reflexive-monitoring workshops (monitor.workshops)
    as_of: dt.date | None = None  # set when the data were turned back to a past day


def load(store: Store, lab_id: str, today: dt.date | None = None) -> LabData:
    """The lab as reports and exports may show it: people who refused or withdrew consent,
    and the evidence that is theirs alone, are left out."""
    lab = store.lab(lab_id)
    found, _problems = protocols.load_with_store(store)
    people = store.records(lab_id, Stakeholder)
    withheld = privacy.withheld_people(people)
    sources = [
        _unlinked(s, withheld)
        for s in _ordered(store.records(lab_id, Source))
        if not privacy.withheld_source(s, withheld)
    ]
    kept = {s.id for s in sources}
    return LabData(
        lab=lab,
        stakeholders={s.id: s for s in people if s.id not in withheld},
        activities=sorted(
            (_unlinked(a, withheld) for a in store.records(lab_id, Activity)),
            key=lambda a: (a.date, a.title),
        ),
        sources={s.id: s for s in sources},
        factors=[
            f
            for f in _ordered(store.records(lab_id, Factor))
            if not f.source_id or f.source_id in kept
        ],
        questions=_ordered(store.records(lab_id, LearningQuestion)),
        actions=_ordered(store.records(lab_id, Action)),
        surveys=sorted(
            store.records(lab_id, Survey), key=lambda s: (s.opens or dt.date.max, s.wave)
        ),
        participants={p.id: p for p in store.records(lab_id, Participant)},
        invitations=store.records(lab_id, Invitation),
        responses=store.records(lab_id, Response),
        meetings=sorted(store.records(lab_id, Meeting), key=lambda m: m.date),
        votes=store.records(lab_id, VoteRound),
        narratives={n.id: n for n in store.records(lab_id, Narrative)},
        protocols=found,
        book=factors.lab_codebook(lab),
        today=today or dt.date.today(),
        trajectories=_trajectories(store, lab_id),
        snapshots=tuple(history.snapshots(store, lab, today or dt.date.today())),
        workshops=tuple(store.records(lab_id, Workshop)),
    )


def _trajectories(store: Store, lab_id: str) -> object:
    from monitor.trajectories import report as trajectory_report

    return trajectory_report.load(store, lab_id)


def _unlinked(record: R, withheld: set[str]) -> R:
    """The record without links to people who withdrew (minutes keep the others)."""
    name = "stakeholder_ids" if isinstance(record, Source) else "participant_ids"
    links = getattr(record, name)
    if not set(links) & withheld:
        return record
    return dataclasses.replace(record, **{name: tuple(i for i in links if i not in withheld)})


def _ordered(records: list[R]) -> list[R]:
    """Entry order, so a report reads the same after a backup is restored elsewhere."""
    return sorted(records, key=lambda r: (r.created, r.id))


def day(value: dt.date | None, lang: str) -> str:
    if value is None:
        return "—"
    # no-break spaces: a date never wraps inside a table cell, a period wraps at its dash
    month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
    return f"{value.day}\u00a0{month}\u00a0{value.year}"


def period(start: dt.date, end: dt.date, lang: str) -> str:
    return f"{day(start, lang)} – {day(end, lang)}"


def stamp(value: str, lang: str) -> str:
    """A stored UTC time stamp as a date."""
    return day(dt.date.fromisoformat(value[:10]), lang) if value else "—"


def person(data: LabData, stakeholder_id: str, lang: str) -> str:
    """A stakeholder as reports show them: pseudonym and group, never the name."""
    who = data.stakeholders.get(stakeholder_id)
    if who is None:
        return t("report.nobody", lang)
    return f"{who.pseudonym or '?'} ({t(f'group.{who.group}', lang)})"


def wording(question: LearningQuestion, lang: str) -> str:
    return in_language(question.text, lang)


def phase_of_question(data: LabData, question: LearningQuestion) -> Phase | None:
    return data.lab.phase(question.current_phase_id)


def number(value: float, lang: str, decimals: int = 2, *, signed: bool = False) -> str:
    """One number format per language: 3,14 in Dutch, 3.14 in English; "—" for no value."""
    if value is None or value != value:  # NaN: a spread of one value
        return "—"
    shown = f"{value:+.{decimals}f}" if signed else f"{value:.{decimals}f}"
    return shown.replace(".", ",") if lang == "nl" else shown


_VERSION_MARK = re.compile(r"\s*[(\[]\s*v(ersie|ersion)?\s*\d+\s*[)\]]", re.IGNORECASE)


def plain_title(title: str) -> str:
    """A title without its version mark: "Vragenlijst (v2)" → "Vragenlijst"."""
    return _VERSION_MARK.sub("", word_safe(title)).strip()


def code_legend(data: LabData, lang: str) -> str:
    """What the stakeholder codes stand for: "EMP = werkgever, COACH = werkcoach"."""
    prefixes: dict[str, str] = {}
    for who in sorted(data.stakeholders.values(), key=lambda s: s.pseudonym):
        prefix = (who.pseudonym or "").split("-")[0]
        if prefix and prefix not in prefixes:
            prefixes[prefix] = t(f"group.{who.group}", lang).lower()
    return ", ".join(f"{code} = {group}" for code, group in prefixes.items())


def as_of(data: LabData, day: dt.date) -> LabData:
    """The lab as it stood at the end of `day`: actions agreed by then, with the status they
    had (one changed later counts as still open), and learning questions on the agenda by
    then with their status and history of that day. Evidence coded later about the period
    stays: it describes the period."""
    end = day.isoformat()
    held = {a.id: a.date for a in data.activities}

    def action_then(action: Action) -> Action | None:
        if action.created[:10] > end:
            return None
        if action.updated[:10] <= end:
            return action
        status = ActionStatus.PLANNED if action.status is not ActionStatus.DOING else action.status
        notes = tuple(n for n in action.notes if n.at[:10] <= end)
        return dataclasses.replace(action, status=status, notes=notes)

    def question_then(question: LearningQuestion) -> LearningQuestion | None:
        past = tuple(h for h in question.history if h.at[:10] <= end)
        if question.history and not past:
            return None
        if not question.history and question.created[:10] > end:
            return None
        status = question.status if not question.history else QuestionStatus.OPEN
        if question.history:
            for entry in past:
                status = STATUS_EVENTS.get(entry.event, status)
        if question.status in (QuestionStatus.DRAFT, QuestionStatus.REJECTED):
            status = question.status
        return dataclasses.replace(
            question,
            status=status,
            history=past,
            answer=question.answer if status is QuestionStatus.ANSWERED else "",
            meeting_ids=tuple(i for i in question.meeting_ids if held.get(i, day) <= day),
        )

    actions = [a for a in map(action_then, data.actions) if a is not None]
    questions = [q for q in map(question_then, data.questions) if q is not None]
    return dataclasses.replace(
        data,
        actions=actions,
        questions=questions,
        meetings=[m for m in data.meetings if m.date <= day],
        votes=[v for v in data.votes if (v.closed or v.created)[:10] <= end],
        snapshots=tuple(s for s in data.snapshots if s.date <= day),
        workshops=tuple(w for w in data.workshops if w.date <= day),
        today=day,
        as_of=day,
    )
