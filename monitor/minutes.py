"""From minutes to proposed decisions and actions. Pure reading of a minutes text (pasted, or
written by the meeting screen) plus a confirm step that stores one item at a time: nothing is
stored until the researcher confirms it.

What counts as an item (Dutch and English, case ignored), per line or bullet:
- action: "actie:", "actiepunt:", "to do:", "action:", "action point:"; "<Name> zoekt uit",
  "<Name> gaat ...", "<Name> neemt contact op", "<Name> will ...", "<Name> looks into";
  every line under a heading such as "Acties:", "Nieuwe acties:", "Actions:";
- decision: "afspraak:", "besluit:", "besloten", "afgesproken", "we spreken af", "decision:",
  "decided", "agreed"; every line under "Besluiten:", "Afspraken:", "Decisions:".
Owner: a stakeholder of the lab named in the line ("<Name> zoekt uit", "actie: <Name>",
"trekker: <Name>", "owner: <Name>"), matched on full or first name. Due date: after "vóór",
"voor", "uiterlijk", "deadline", "by", "before", "no later than", "due": 12-3-2026, 12/3,
2026-03-12, "12 maart (2026)", "March 12 (2026)", "12 March"; without a year, the first such
day on or after the minutes' date. The learning question: the open question on the agenda
whose theme the line's text suggests first (monitor/codebook.suggest).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from monitor import agenda, codebook
from monitor.errors import InvalidInput
from monitor.model import (
    Action,
    HistoryEntry,
    Lab,
    LearningQuestion,
    Source,
    Stakeholder,
    utc_now,
)
from monitor.store import Store

ACTION, DECISION = "action", "decision"

_ACTION_LEAD = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:actie(?:punt)?|to\s*do|action(?:\s+point)?|ap)\s*[:\-–]\s*", re.I
)
_DECISION_LEAD = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:afspraak|besluit|besluiten|decision|decided|agreed|agreement)"
    r"\s*[:\-–]\s*",
    re.I,
)
_DECISION_WORDS = re.compile(
    r"\b(?:besloten|besluit|afgesproken|spreken\s+af|we\s+spreken|afspraak|"
    r"decided|agreed|decision)\b",
    re.I,
)
# "<Name> zoekt uit", "<Name> will ..." : the name is what stands before the verb.
_DOER = re.compile(
    r"^\s*(?:[-*•]\s*)?(?!(?:De|Het|Een|The|An?|We|Wij|Ik|Zij|Hij|Dit|Dat|Er|It|They)\b)"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|der|den|ter|te|[A-ZÀ-Ý][\w'’-]+)){0,3})"
    r"\s+(?:zoekt|gaat|neemt|regelt|maakt|stuurt|belt|schrijft|plant|organiseert|bespreekt|"
    r"vraagt|will|looks|checks|finds|sends|calls|writes|organises|organizes|drafts|takes)\b",
)
_OWNER_TAG = re.compile(
    r"(?:trekker|eigenaar|wie|owner|who|actiehouder)\s*[:=]\s*(?P<name>[^,;()\n]+)", re.I
)
_HEADINGS = {
    ACTION: re.compile(
        r"^\s*(?:nieuwe\s+)?(?:acties|actiepunten|actielijst|new\s+actions|actions|"
        r"action\s+points|to\s*dos?)\s*:?\s*$",
        re.I,
    ),
    DECISION: re.compile(
        r"^\s*(?:besluiten(?:\s+over\s+leervragen)?|afspraken|decisions(?:\s+on\s+learning"
        r"\s+questions)?|agreements)\s*:?\s*$",
        re.I,
    ),
}
_OTHER_HEADING = re.compile(r"^\s*[^-*•\s][^:]{0,60}:\s*$")
_DUE_LEAD = r"(?:vóór|voor|uiterlijk|deadline|by|before|no\s+later\s+than|due)"
MONTHS = {
    **dict.fromkeys(("januari", "jan", "january"), 1),
    **dict.fromkeys(("februari", "feb", "february"), 2),
    **dict.fromkeys(("maart", "mrt", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "jun", "june"), 6),
    **dict.fromkeys(("juli", "jul", "july"), 7),
    **dict.fromkeys(("augustus", "aug", "august"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt", "october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_FORMS = (
    (r"(\d{4})-(\d{1,2})-(\d{1,2})\b", "ymd"),
    (r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?\b", "dmy"),
    (rf"(\d{{1,2}})\s+({_MONTH})\.?(?:\s+(\d{{4}}))?\b", "d_m"),
    (rf"({_MONTH})\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\b", "m_d"),
)
_DATES = tuple((re.compile(rf"\b{_DUE_LEAD}\s+{form}", re.I), name) for form, name in _DATE_FORMS)


@dataclass(frozen=True)
class Item:
    """A decision or action the minutes propose; stored only when confirmed."""

    key: str  # stable per source and line: confirming twice stores once
    kind: str  # action | decision
    text: str
    line: int  # 1-based line in the minutes
    owner_id: str = ""
    owner_name: str = ""  # as written, also when no stakeholder matched
    due: dt.date | None = None
    question_id: str = ""
    theme: str = ""
    stored: bool = False  # already confirmed (or already an action with this text)


def _fold(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)).strip()


def parse_due(line: str, after: dt.date) -> dt.date | None:
    """The due date a line names, or None. A date without a year is the first on or after
    `after`; an impossible date (31 February) is no date."""
    for pattern, form in _DATES:
        match = pattern.search(line)
        if not match:
            continue
        a, b, c = match.groups()
        try:
            if form == "ymd":
                return dt.date(int(a), int(b), int(c))
            if form == "dmy":
                day, month, year = int(a), int(b), c
            elif form == "d_m":
                day, month, year = int(a), MONTHS[a_month(b)], c
            else:
                day, month, year = int(b), MONTHS[a_month(a)], c
            if year:
                number = int(year)
                return dt.date(number + 2000 if number < 100 else number, month, day)
            candidate = dt.date(after.year, month, day)
            return candidate if candidate >= after else dt.date(after.year + 1, month, day)
        except ValueError:
            return None
    return None


def a_month(word: str) -> str:
    return word.casefold().rstrip(".")


def _owner(line: str, people: list[Stakeholder]) -> tuple[str, str]:
    """(stakeholder id, name as written) of the person a line names as doing it."""
    written = ""
    for pattern in (_OWNER_TAG, _DOER):
        match = pattern.search(line)
        if match:
            written = match.group("name").strip()
            break
    lead = _ACTION_LEAD.match(line)
    if not written and lead:
        # "Actie: Piet belt de werkgevers" / "Actie Piet: ..." : a known name right after
        rest = line[lead.end() :]
        for person in people:
            for name in _names(person):
                if _fold(rest).startswith(name):
                    return person.id, rest[: len(name)]
    if not written:
        # a known person named anywhere in an action line
        folded = _fold(line)
        for person in people:
            if any(re.search(rf"\b{re.escape(n)}\b", folded) for n in _names(person)):
                return person.id, person.name
        return "", ""
    wanted = _fold(written)
    for person in people:
        names = _names(person)
        if wanted in names or any(wanted.startswith(n + " ") for n in names):
            return person.id, written
    return "", written


def _names(person: Stakeholder) -> list[str]:
    """Full name first, then the first name (long enough to be a name, not a word)."""
    full = _fold(person.name)
    first = full.split()[0] if full.split() else ""
    return [n for n in dict.fromkeys((full, first)) if len(n) >= 3]


def _kind(line: str, section: str | None) -> str | None:
    if _ACTION_LEAD.match(line) or _DOER.match(line):
        return ACTION
    if _DECISION_LEAD.match(line):
        return DECISION
    if section is not None:
        return section
    if _DECISION_WORDS.search(line):
        return DECISION
    return None


def _clean(line: str) -> str:
    line = re.sub(r"^\s*[-*•]\s*", "", line)
    for lead in (_ACTION_LEAD, _DECISION_LEAD):
        line = lead.sub("", line, count=1)
    return line.strip()


def read(
    source: Source,
    people: Iterable[Stakeholder],
    questions: Iterable[LearningQuestion],
    actions: Iterable[Action],
    book: codebook.Codebook,
    logged: Iterable[str] = (),
) -> list[Item]:
    """The decisions and actions a minutes text proposes, in the order of the text. `logged`
    are what the meeting screen already stored (its log notes): those lines count as stored."""
    people = [p for p in people if p.name]
    open_questions = [q for q in questions if q.on_agenda]
    decided = {h.note for q in questions for h in q.history if h.event == "decided"}
    known = {_fold(a.text) for a in actions} | {_fold(note) for note in logged}
    stored_ids = {a.id for a in actions}
    items: list[Item] = []
    section: str | None = None
    for number, raw in enumerate(source.text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        heading = next((k for k, p in _HEADINGS.items() if p.match(line)), None)
        if heading is not None:
            section = heading
            continue
        if _OTHER_HEADING.match(line):
            section = None
            continue
        kind = _kind(line, section)
        text = _clean(line)
        if kind is None or not text or text in ("—", "-"):
            continue
        key = _key(source, number, text)
        owner_id, owner_name = _owner(line, people) if kind == ACTION else ("", "")
        theme, question_id = _question(text, open_questions, book)
        stored = (
            (key in stored_ids or _fold(text) in known)
            if kind == ACTION
            else _decision_note(source, text) in decided or _fold(text) in known
        )
        items.append(
            Item(
                key=key,
                kind=kind,
                text=text,
                line=number,
                owner_id=owner_id,
                owner_name=owner_name,
                due=parse_due(line, source.date) if kind == ACTION else None,
                question_id=question_id,
                theme=theme,
                stored=stored,
            )
        )
    return items


def _key(source: Source, line: int, text: str) -> str:
    digest = hashlib.sha256(repr((source.id, line, text)).encode()).hexdigest()
    return f"m{digest[:12]}"


def _question(
    text: str, questions: list[LearningQuestion], book: codebook.Codebook
) -> tuple[str, str]:
    """(theme, question id): the open question whose theme the text suggests first."""
    ranked = [s.theme for s in codebook.suggest(text, book)[:3]]
    for theme in ranked:
        match = next((q for q in questions if q.theme == theme), None)
        if match is not None:
            return theme, match.id
    return (ranked[0] if ranked else ""), ""


def _decision_note(source: Source, text: str) -> str:
    return f"{text} ({source.title}, {source.date.isoformat()})"


def confirm(
    store: Store,
    lab: Lab,
    source: Source,
    item: Item,
    *,
    text_: object = None,
    owner_id: str | None = None,
    due: object = None,
    question_id: str | None = None,
) -> Action | LearningQuestion:
    """Store one item as the researcher confirmed it (after any edits): an action with its
    owner and due date, or a decision in the history of its learning question. Confirming
    the same item twice stores it once; a question changed meanwhile is a conflict."""
    wording = item.text if text_ is None else text_
    question_id = item.question_id if question_id is None else question_id
    if item.kind == ACTION:
        with store.transaction():
            existing = {a.id: a for a in store.records(lab.id, Action)}
            if item.key in existing:
                return existing[item.key]
            return agenda.save_action(
                store,
                lab,
                text_=wording,
                question_id=question_id,
                owner_id=item.owner_id if owner_id is None else owner_id,
                due=item.due if due is None else due,
                action_id=item.key,
            )
    if not question_id:
        raise InvalidInput("error.minutes_no_question")
    from monitor import text

    cleaned = text.clean(wording, "minutes.decision", text.LONG, required=True)
    with store.transaction():
        question = store.record(lab.id, LearningQuestion, question_id)
        note = _decision_note(source, cleaned)
        if any(h.event == "decided" and h.note == note for h in question.history):
            return question
        entry = HistoryEntry(at=utc_now(), event="decided", note=note)
        return store.save(
            dataclasses.replace(question, history=(*question.history, entry)),
            expected_revision=question.revision,
        )
