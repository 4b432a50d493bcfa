"""One read of everything a report needs, and the small formatting rules every report shares:
dates in the reader's language, people by pseudonym, text safe for Word."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeVar

from monitor import factors as factor_views
from monitor import privacy
from monitor import protocols as protocol_files
from monitor.charts import MONTHS
from monitor.codebook import Codebook
from monitor.i18n import t
from monitor.model import (
    Action,
    Activity,
    Factor,
    Invitation,
    Lab,
    LabRecord,
    LearningQuestion,
    Meeting,
    Narrative,
    Participant,
    Phase,
    Response,
    Source,
    Stakeholder,
    Survey,
    VoteRound,
)
from monitor.protocols import Protocol
from monitor.store import Store

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


def load(store: Store, lab_id: str, today: dt.date | None = None) -> LabData:
    """The lab as reports and exports may show it: people who refused or withdrew consent,
    and the evidence that is theirs alone, are left out."""
    lab = store.lab(lab_id)
    found, _problems = protocol_files.load_with_store(store)
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
        book=factor_views.lab_codebook(lab),
        today=today or dt.date.today(),
    )


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
    return f"{value.day} {MONTHS.get(lang, MONTHS['en'])[value.month - 1]} {value.year}"


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
    return question.text.get(lang) or next((v for v in question.text.values() if v), "")


def phase_of_question(data: LabData, question: LearningQuestion) -> Phase | None:
    return data.lab.phase(question.current_phase_id)
