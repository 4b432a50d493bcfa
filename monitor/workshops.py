"""Reflexive-monitoring workshops on the shared screen: a timeline, a structured team reflection,
a system analysis matrix and an eye-opener round. Participants join by QR as in a vote: only a
hash of the link's token is stored, and a phone is known by a random key, never by a person.

Every entry is written in one transaction on the workshop record, so thirty phones submitting
at once are applied one after the other and none is lost. Closing writes the workshop as a
source (kind "workshop") whose lines can be quoted when coding factors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import secrets
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from monitor import agenda, factors, i18n, labs, text
from monitor.codebook import suggest
from monitor.errors import InvalidInput, NotFound
from monitor.model import (
    Action,
    Activity,
    Factor,
    FactorKind,
    Lab,
    Meeting,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    TimelineEvent,
    Workshop,
    WorkshopEntry,
    WorkshopKind,
    new_id,
    utc_now,
)
from monitor.store import Store

TOKEN_BYTES = 18
SCREEN = "screen"  # the voter key of entries typed on the shared screen
MAX_PER_PHONE = 60  # more entries from one phone is a stuck button or a script, not a person
REASON = 300  # a one-line reason; longer text belongs in an interview

MARKS = ("high", "low", "learning")
POLARITIES = ("barrier", "opportunity")
REFLECTION_QUESTIONS = ("went_well", "could_differ", "barriers", "opportunities", "together")
# The rows of a system analysis (the characteristics of a system a social lab tries to change).
CHARACTERISTICS = ("knowledge", "infrastructure", "rules", "norms", "interaction", "market")
# Groups that take part as actors when the lab lists no stakeholders yet.
DEFAULT_ACTORS = (
    StakeholderGroup.EMPLOYER,
    StakeholderGroup.JOB_SEEKER,
    StakeholderGroup.JOB_COACH,
    StakeholderGroup.JOB_COMPANY_MANAGEMENT,
    StakeholderGroup.MUNICIPALITY,
)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _line(value: Any, field_key: str, *, required: bool = True) -> str:
    """One line of text from a phone: whitespace collapsed, control characters refused."""
    cleaned = " ".join(text.clean(value, field_key, REASON).split())
    if required and not cleaned:
        raise InvalidInput("error.required", field=field_key)
    return cleaned


# -- opening -------------------------------------------------------------------------------


def open_workshop(
    store: Store,
    lab: Lab,
    *,
    kind: Any,
    title: Any,
    date: Any,
    actors: Iterable[Any] = (),
) -> tuple[Workshop, str]:
    """Open a workshop and return it with the token of its join link (shown once; new_link
    makes another). A timeline starts from a draft of the lab's own records."""
    workshop_kind = labs.parse_choice(kind, WorkshopKind, "workshop.kind")
    day = labs.parse_date(date, "workshop.date")
    labs.source_phase(lab, day)  # its source must fall in a phase
    name = text.clean(title, "workshop.title", text.SHORT, required=True)
    columns: tuple[str, ...] = ()
    if workshop_kind is WorkshopKind.SYSTEM:
        chosen = [labs.parse_choice(a, StakeholderGroup, "workshop.actors") for a in actors]
        columns = tuple(dict.fromkeys(g.value for g in chosen)) or default_actors(store, lab)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    workshop = Workshop(
        lab_id=lab.id,
        kind=workshop_kind,
        title=name,
        date=day,
        token_hash=_hash(token),
        events=draft_timeline(store, lab, day) if workshop_kind is WorkshopKind.TIMELINE else (),
        actors=columns,
    )
    return store.save(workshop), token


def default_actors(store: Store, lab: Lab) -> tuple[str, ...]:
    """The stakeholder groups the lab has (researchers aside), in the usual order."""
    present = {s.group for s in store.records(lab.id, Stakeholder)}
    groups = [g for g in StakeholderGroup if g in present and g is not StakeholderGroup.RESEARCHER]
    return tuple(g.value for g in (groups or DEFAULT_ACTORS))


def new_link(store: Store, workshop: Workshop) -> tuple[Workshop, str]:
    """A fresh join link (the screen lost the old one); the old link stops working."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with store.transaction():
        fresh = store.record(workshop.lab_id, Workshop, workshop.id)
        if fresh.closed:
            raise InvalidInput("workshop.closed")
        return store.save(dataclasses.replace(fresh, token_hash=_hash(token))), token


def workshops(store: Store, lab_id: str) -> list[Workshop]:
    """The lab's workshops, newest first."""
    return sorted(store.records(lab_id, Workshop), key=lambda w: (w.date, w.created), reverse=True)


_ORIGINS = ("phase", "activity", "meeting", "decision", "factor", "participant")


def draft_timeline(store: Store, lab: Lab, until: dt.date) -> tuple[TimelineEvent, ...]:
    """The lab's story up to the workshop from its own records: phases, activities,
    steering-group meetings and their decisions, and the first and last factor on each theme."""
    events: list[TimelineEvent] = []

    def add(event_id: str, day: dt.date, origin: str, **label: str) -> None:
        if day <= until:
            events.append(TimelineEvent(id=event_id, date=day, label=label, origin=origin))

    for number, phase in enumerate(lab.phases, start=1):
        add(
            f"p-{phase.id}",
            phase.start,
            "phase",
            nl=i18n.t("workshop.event.phase", "nl", n=number, name=phase.name),
            en=i18n.t("workshop.event.phase", "en", n=number, name=phase.name),
        )
    meetings = {m.activity_id: m for m in store.records(lab.id, Meeting)}
    for activity in store.records(lab.id, Activity):
        meeting = meetings.get(activity.id)
        if meeting is None:
            add(f"a-{activity.id}", activity.date, "activity", nl=activity.title, en=activity.title)
            continue
        add(f"m-{meeting.id}", meeting.date, "meeting", nl=activity.title, en=activity.title)
        decided = [e for e in meeting.log if e.event in ("status", "action")]
        if decided:
            add(
                f"d-{meeting.id}",
                meeting.date,
                "decision",
                nl=i18n.t("workshop.event.decisions", "nl", n=len(decided)),
                en=i18n.t("workshop.event.decisions", "en", n=len(decided)),
            )
    sources = {s.id: s for s in store.records(lab.id, Source)}
    book = factors.lab_codebook(lab)
    dated: dict[str, list[tuple[dt.date, Factor]]] = defaultdict(list)
    for factor in store.records(lab.id, Factor):
        source = sources.get(factor.source_id)
        if source is None or source.date > until:
            continue
        for theme in factor.themes:
            dated[theme].append((source.date, factor))
    for theme, items in sorted(dated.items()):
        items.sort(key=lambda item: (item[0], item[1].id))
        ends = [("first", items[0])] + ([("last", items[-1])] if len(items) > 1 else [])
        for which, (day, _factor) in ends:
            add(
                f"f-{which}-{theme}",
                day,
                "factor",
                **{
                    lang: i18n.t(
                        f"workshop.event.{which}_factor", lang, theme=book.label(theme, lang)
                    )
                    for lang in ("nl", "en")
                },
            )
    events.sort(key=_event_order)
    return tuple(events)


def _event_order(event: TimelineEvent) -> tuple[dt.date, int, str]:
    return event.date, _ORIGINS.index(event.origin), event.id


# -- the participant's side ----------------------------------------------------------------


def for_link(store: Store, lab_id: str, workshop_id: str, token: str) -> Workshop:
    """The workshop a join link opens; a wrong or replaced link and a closed workshop say so."""
    try:
        workshop = store.record(lab_id, Workshop, workshop_id)
    except NotFound:  # an unknown lab or workshop answers as a wrong token does
        raise InvalidInput("workshop.bad_link") from None
    if not hmac.compare_digest(workshop.token_hash, _hash(token or "")):
        raise InvalidInput("workshop.bad_link")
    if workshop.closed:
        raise InvalidInput("workshop.closed")
    return workshop


def submit(
    store: Store, lab_id: str, workshop_id: str, token: str, voter: str, **fields: Any
) -> Workshop:
    """Store one entry from a phone (checked against its link)."""
    with store.transaction():
        workshop = for_link(store, lab_id, workshop_id, token)
        return _add(store, workshop, voter, fields)


def submit_on_screen(store: Store, workshop: Workshop, **fields: Any) -> Workshop:
    """An entry typed on the shared screen (a participant without a phone, or the host)."""
    with store.transaction():
        fresh = store.record(workshop.lab_id, Workshop, workshop.id)
        if fresh.closed:
            raise InvalidInput("workshop.closed")
        return _add(store, fresh, SCREEN, fields)


def _add(store: Store, workshop: Workshop, voter: str, fields: dict[str, Any]) -> Workshop:
    if not voter:
        raise InvalidInput("workshop.bad_link")
    mine = [e for e in workshop.entries if e.voter == voter]
    mine_events = [e for e in workshop.events if e.voter == voter]
    if voter != SCREEN and len(mine) + len(mine_events) >= MAX_PER_PHONE:
        raise InvalidInput("workshop.too_many", n=MAX_PER_PHONE)
    kind = workshop.kind
    if kind is WorkshopKind.TIMELINE and "event" in fields:
        event = TimelineEvent(
            id=f"e-{new_id()}",
            date=labs.parse_date(fields.get("date"), "workshop.event_date"),
            label={lang: _line(fields.get("event"), "workshop.event") for lang in ("nl", "en")},
            voter=voter,
        )
        events = tuple(sorted((*workshop.events, event), key=_event_order))
        return store.save(dataclasses.replace(workshop, events=events))
    entry, replaces = _entry(workshop, voter, fields)
    kept = tuple(e for e in workshop.entries if not replaces(e))
    return store.save(dataclasses.replace(workshop, entries=(*kept, entry)))


def _entry(workshop: Workshop, voter: str, fields: dict[str, Any]) -> tuple[WorkshopEntry, Any]:
    """The entry a submission makes, and which earlier entry of the same phone it replaces
    (a phone changes its mark, score or eye-opener; cells of a matrix collect many)."""
    kind = workshop.kind
    item = str(fields.get("item") or "")
    base = {"voter": voter, "at": utc_now()}
    if kind is WorkshopKind.TIMELINE:
        if item not in {e.id for e in workshop.events}:
            raise InvalidInput("workshop.bad_item")
        mark = str(fields.get("mark") or "")
        if mark not in MARKS:
            raise InvalidInput("workshop.bad_mark")
        entry = WorkshopEntry(
            **base, item=item, mark=mark, text=_line(fields.get("text"), "workshop.reason")
        )
        return entry, lambda e: e.voter == voter and e.item == item
    if kind is WorkshopKind.REFLECTION:
        if item not in REFLECTION_QUESTIONS:
            raise InvalidInput("workshop.bad_item")
        entry = WorkshopEntry(
            **base,
            item=item,
            score=_score(fields.get("score")),
            text=_line(fields.get("text"), "workshop.reason", required=False),
        )
        return entry, lambda e: e.voter == voter and e.item == item
    if kind is WorkshopKind.SYSTEM:
        row, _, actor = item.partition("|")
        if row not in CHARACTERISTICS or actor not in workshop.actors:
            raise InvalidInput("workshop.bad_item")
        mark = str(fields.get("mark") or "")
        if mark not in POLARITIES:
            raise InvalidInput("workshop.bad_mark")
        entry = WorkshopEntry(
            **base, item=item, mark=mark, text=_line(fields.get("text"), "workshop.entry")
        )
        return entry, lambda e: False
    entry = WorkshopEntry(
        **base,
        text=_line(fields.get("text"), "workshop.eye_opener"),
        action=_line(fields.get("action"), "workshop.own_action", required=False),
    )
    return entry, lambda e: e.voter == voter and voter != SCREEN


def _score(value: Any) -> int:
    try:
        score = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidInput("workshop.bad_score") from None
    if not 1 <= score <= 10:
        raise InvalidInput("workshop.bad_score")
    return score


def withdraw(
    store: Store, lab_id: str, workshop_id: str, token: str, voter: str, entry_id: str
) -> Workshop:
    """A phone takes back one of its own entries (or an event it added)."""
    with store.transaction():
        workshop = for_link(store, lab_id, workshop_id, token)
        entries = tuple(e for e in workshop.entries if not (e.id == entry_id and e.voter == voter))
        events = tuple(
            e
            for e in workshop.events
            if not (e.id == entry_id and e.voter == voter and e.origin == "participant")
        )
        if len(entries) == len(workshop.entries) and len(events) == len(workshop.events):
            return workshop
        if len(events) < len(workshop.events):  # marks on a withdrawn event go with it
            entries = tuple(e for e in entries if e.item != entry_id)
        return store.save(dataclasses.replace(workshop, entries=entries, events=events))


def mine(workshop: Workshop, voter: str) -> list[WorkshopEntry]:
    return [e for e in workshop.entries if e.voter == voter]


def participants(workshop: Workshop) -> int:
    """Phones that contributed (entries typed on the shared screen are not counted)."""
    voters = {e.voter for e in workshop.entries} | {e.voter for e in workshop.events if e.voter}
    return len(voters - {SCREEN})


# -- what the screen shows -----------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    event: TimelineEvent
    marks: dict[str, int]  # high | low | learning -> phones
    reasons: tuple[tuple[str, str], ...]  # (mark, reason)

    @property
    def contested(self) -> bool:
        """Lived as a high by some and a low by others: worth talking about."""
        return self.marks["high"] > 0 and self.marks["low"] > 0


def moments(workshop: Workshop) -> list[Moment]:
    by_event: dict[str, list[WorkshopEntry]] = defaultdict(list)
    for entry in workshop.entries:
        by_event[entry.item].append(entry)
    result = []
    for event in workshop.events:
        entries = by_event.get(event.id, [])
        tally = Counter(e.mark for e in entries)
        result.append(
            Moment(
                event=event,
                marks={m: tally.get(m, 0) for m in MARKS},
                reasons=tuple((e.mark, e.text) for e in entries if e.text),
            )
        )
    return result


@dataclass(frozen=True)
class Spread:
    question: str
    scores: tuple[int, ...]
    reasons: tuple[tuple[int, str], ...]  # (score, reason), lowest score first

    @property
    def n(self) -> int:
        return len(self.scores)

    @property
    def median(self) -> float | None:
        return statistics.median(self.scores) if self.scores else None

    def counts(self) -> dict[int, int]:
        tally = Counter(self.scores)
        return {score: tally.get(score, 0) for score in range(1, 11)}


def spread(workshop: Workshop) -> list[Spread]:
    """Per reflection question: the scores given and the reasons."""
    result = []
    for question in REFLECTION_QUESTIONS:
        entries = [e for e in workshop.entries if e.item == question and e.score is not None]
        result.append(
            Spread(
                question=question,
                scores=tuple(sorted(e.score for e in entries)),
                reasons=tuple(sorted((e.score, e.text) for e in entries if e.text)),
            )
        )
    return result


@dataclass(frozen=True)
class TrendPoint:
    workshop_id: str
    date: dt.date
    question: str
    median: float
    n: int


def trend(store: Store, lab_id: str) -> list[TrendPoint]:
    """The median score per reflection question at each team reflection, oldest first."""
    points = []
    reflections = [w for w in store.records(lab_id, Workshop) if w.kind is WorkshopKind.REFLECTION]
    for workshop in sorted(reflections, key=lambda w: (w.date, w.created)):
        for item in spread(workshop):
            if item.n:
                points.append(
                    TrendPoint(workshop.id, workshop.date, item.question, item.median, item.n)
                )
    return points


def matrix(workshop: Workshop) -> dict[tuple[str, str], list[WorkshopEntry]]:
    """System analysis: (characteristic, actor) -> its entries, every cell present."""
    cells: dict[tuple[str, str], list[WorkshopEntry]] = {
        (row, actor): [] for row in CHARACTERISTICS for actor in workshop.actors
    }
    for entry in workshop.entries:
        row, _, actor = entry.item.partition("|")
        if (row, actor) in cells:
            cells[(row, actor)].append(entry)
    return cells


def matrix_rows(workshop: Workshop, lang: str) -> list[dict[str, str]]:
    """The matrix as table rows for the screen and the export: one row per characteristic,
    one column per actor, barriers and opportunities marked in each cell."""
    cells = matrix(workshop)
    rows = []
    for row in CHARACTERISTICS:
        line = {i18n.t("workshop.characteristic", lang): i18n.t(f"workshop.char.{row}", lang)}
        for actor in workshop.actors:
            line[i18n.t(f"group.{actor}", lang)] = "\n".join(
                f"{'−' if e.mark == 'barrier' else '+'} {e.text}" for e in cells[(row, actor)]
            )
        rows.append(line)
    return rows


def item_label(workshop: Workshop, item: str, lang: str) -> str:
    """What an entry is about, in words."""
    if workshop.kind is WorkshopKind.TIMELINE:
        event = next((e for e in workshop.events if e.id == item), None)
        return event_label(event, lang) if event else "—"
    if workshop.kind is WorkshopKind.REFLECTION:
        return i18n.t(f"workshop.q.{item}", lang)
    if workshop.kind is WorkshopKind.SYSTEM:
        row, _, actor = item.partition("|")
        return f"{i18n.t(f'workshop.char.{row}', lang)} · {i18n.t(f'group.{actor}', lang)}"
    return i18n.t("workshop.kind.eye_opener", lang)


def event_label(event: TimelineEvent, lang: str) -> str:
    return event.label.get(lang) or event.label.get("nl") or event.label.get("en") or "—"


# -- closing and what follows ----------------------------------------------------------------


def close(store: Store, lab: Lab, workshop: Workshop) -> Source:
    """Close the workshop: no new entries; its result is written as a source in the lab's
    language (a second close returns the same source)."""
    with store.transaction():
        fresh = store.record(lab.id, Workshop, workshop.id)
        if fresh.closed:
            return store.record(lab.id, Source, fresh.source_id)
        source = labs.add_source(
            store,
            lab.id,
            kind=SourceKind.WORKSHOP.value,
            title=heading(fresh, lab.language),
            date=fresh.date,
            text_=source_text(fresh, lab.language),
            source_id=f"{fresh.id}w",
        )
        store.save(dataclasses.replace(fresh, closed=utc_now(), source_id=source.id))
        return source


def heading(workshop: Workshop, lang: str) -> str:
    """ "Timeline: <title>", unless the title already says what kind of workshop it is."""
    kind = i18n.t(f"workshop.kind.{workshop.kind.value}", lang)
    if workshop.title.casefold().startswith(kind.casefold()):
        return workshop.title
    return f"{kind}: {workshop.title}"


def source_text(workshop: Workshop, lang: str) -> str:
    """The workshop written out: each mark, score or cell entry on a line of its own, so the
    researcher can quote it as the evidence of a factor."""

    def t(key: str, **params: Any) -> str:
        return i18n.t(key, lang, **params)

    lines = [
        f"{heading(workshop, lang)} ({workshop.date.isoformat()})",
        t("workshop.phones", n=participants(workshop)),
        "",
    ]
    if workshop.kind is WorkshopKind.TIMELINE:
        for moment in moments(workshop):
            counts = ", ".join(
                f"{t(f'workshop.mark.{m}')} {n}" for m, n in moment.marks.items() if n
            )
            flag = f" ({t('workshop.contested')})" if moment.contested else ""
            lines.append(
                f"{moment.event.date.isoformat()} {event_label(moment.event, lang)}"
                + (f": {counts}{flag}" if counts else "")
            )
            lines += [f"- {t(f'workshop.mark.{m}')}: {reason}" for m, reason in moment.reasons]
    elif workshop.kind is WorkshopKind.REFLECTION:
        for item in spread(workshop):
            lines.append(t(f"workshop.q.{item.question}"))
            if item.n:
                lines.append(
                    t(
                        "workshop.spread_line",
                        n=item.n,
                        median=number(item.median, lang),
                        low=min(item.scores),
                        high=max(item.scores),
                    )  # fmt: skip
                )
            lines += [f"- {score}: {reason}" for score, reason in item.reasons]
            lines.append("")
    elif workshop.kind is WorkshopKind.SYSTEM:
        for (row, actor), entries in matrix(workshop).items():
            for entry in entries:
                lines.append(
                    f"{t(f'workshop.char.{row}')} · {t(f'group.{actor}')} · "
                    f"{t(f'workshop.polarity.{entry.mark}')}: {entry.text}"
                )
    else:
        for entry in workshop.entries:
            lines.append(f"- {t('workshop.eye_opener')}: {entry.text}")
            if entry.action:
                lines.append(f"  {t('workshop.own_action')}: {entry.action}")
    return text.clean("\n".join(lines).strip(), "source.text", text.DOCUMENT)


def number(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    shown = f"{value:.1f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",") if lang == "nl" else shown


def to_action(
    store: Store,
    lab: Lab,
    workshop: Workshop,
    *,
    text_: Any,
    owner_id: str = "",
    due: Any = None,
    question_id: str = "",
    entry_id: str = "",
) -> Action:
    """An action on the learning agenda from the workshop: a discussion's action or a
    participant's own action. From an entry, the action's id follows from it, so a double
    click makes one action."""
    with store.transaction():
        fresh = store.record(lab.id, Workshop, workshop.id)
        if entry_id and entry_id not in {e.id for e in fresh.entries}:
            raise InvalidInput("workshop.bad_item")
        action = agenda.save_action(
            store,
            lab,
            text_=text_,
            owner_id=owner_id,
            due=due,
            question_id=question_id,
            action_id=f"{entry_id}a" if entry_id else None,
        )
        if action.id not in fresh.action_ids:
            store.save(dataclasses.replace(fresh, action_ids=(*fresh.action_ids, action.id)))
        return action


def to_factor(
    store: Store, lab: Lab, workshop: Workshop, entry_id: str, *, themes: Iterable[str] = ()
) -> Factor:
    """A system-analysis entry becomes a factor: a barrier hinders, an opportunity enables;
    the workshop's source is its evidence and the entry its quote. Themes default to the
    suggester's first choice."""
    fresh = store.record(lab.id, Workshop, workshop.id)
    if not fresh.closed:
        raise InvalidInput("workshop.close_first")
    entry = next((e for e in fresh.entries if e.id == entry_id), None)
    if entry is None or fresh.kind is not WorkshopKind.SYSTEM:
        raise InvalidInput("workshop.bad_item")
    chosen = list(themes)
    if not chosen:
        best = suggest(entry.text, factors.lab_codebook(lab))
        chosen = [best[0].theme] if best else [factors.lab_codebook(lab).themes[0].id]
    actor = entry.item.partition("|")[2]
    return factors.code_factor(
        store,
        lab.id,
        kind=FactorKind.BARRIER if entry.mark == "barrier" else FactorKind.ENABLER,
        text_=entry.text,
        themes=chosen,
        groups=[actor] if actor in {g.value for g in StakeholderGroup} else [],
        source_id=fresh.source_id,
        quote=entry.text,
        factor_id=f"{entry.id}f",
    )


def coded_entries(store: Store, workshop: Workshop) -> set[str]:
    """Ids of the entries that are already a factor (their factor's id follows from them)."""
    factor_ids = {f.id for f in store.records(workshop.lab_id, Factor)}
    return {e.id for e in workshop.entries if f"{e.id}f" in factor_ids}


@dataclass(frozen=True)
class Summary:
    """One line per workshop for lists and the report's appendix."""

    workshop: Workshop
    phones: int
    entries: int
    details: list[str] = field(default_factory=list)


def summary(workshop: Workshop, lang: str) -> Summary:
    details: list[str] = []
    if workshop.kind is WorkshopKind.TIMELINE:
        contested = [m for m in moments(workshop) if m.contested]
        details = [event_label(m.event, lang) for m in contested]
    elif workshop.kind is WorkshopKind.REFLECTION:
        details = [
            f"{i18n.t(f'workshop.q.{s.question}', lang)}: {number(s.median, lang)}"
            for s in spread(workshop)
            if s.n
        ]
    return Summary(workshop, participants(workshop), len(workshop.entries), details)


# -- charts for the shared screen and the report ---------------------------------------------


def spread_chart(workshop: Workshop, lang: str) -> Any:
    """Per reflection question, how many phones gave each score: the spread at a glance."""
    import altair as alt
    import pandas as pd

    rows = [
        {"question": i18n.t(f"workshop.q.{s.question}", lang), "score": score, "n": n}
        for s in spread(workshop)
        for score, n in s.counts().items()
        if n
    ]
    frame = pd.DataFrame(rows, columns=["question", "score", "n"])
    order = [i18n.t(f"workshop.q.{q}", lang) for q in REFLECTION_QUESTIONS]
    return (
        alt.Chart(frame)
        .mark_circle(color="#0072B2", opacity=0.85)
        .encode(
            x=alt.X(
                "score:Q",
                scale=alt.Scale(domain=[0.5, 10.5]),
                axis=alt.Axis(values=list(range(1, 11)), title=i18n.t("workshop.score", lang)),
            ),
            y=alt.Y("question:N", sort=order, title=None, axis=alt.Axis(labelLimit=420)),
            size=alt.Size("n:Q", legend=None, scale=alt.Scale(range=[80, 900])),
            tooltip=["question", "score", "n"],
        )
        .properties(height=60 * len(order))
        .configure_axis(labelFontSize=16, titleFontSize=16, labelColor="#1f1f1f")
    )


def trend_chart(points: list[TrendPoint], lang: str) -> Any:
    """The median per question from one team reflection to the next."""
    import altair as alt
    import pandas as pd

    from monitor.charts import MONTHS, OKABE_ITO

    months = MONTHS.get(lang, MONTHS["en"])
    frame = pd.DataFrame(
        [
            {
                "date": f"{p.date.day} {months[p.date.month - 1]} {p.date.year}",
                "question": i18n.t(f"workshop.q.{p.question}", lang),
                "median": p.median,
                "n": p.n,
            }
            for p in points
        ],
        columns=["date", "question", "median", "n"],
    )
    return (
        alt.Chart(frame)
        .mark_line(point=True, strokeWidth=3)
        .encode(
            x=alt.X("date:N", sort=None, title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y(
                "median:Q", scale=alt.Scale(domain=[1, 10]), title=i18n.t("workshop.median", lang)
            ),
            color=alt.Color(
                "question:N",
                scale=alt.Scale(range=OKABE_ITO),
                legend=alt.Legend(orient="bottom", columns=1, labelLimit=500, title=None),
            ),
            tooltip=["date", "question", "median", "n"],
        )
        .properties(height=320)
        .configure_axis(labelFontSize=15, titleFontSize=15, labelColor="#1f1f1f")
        .configure_legend(labelFontSize=15)
    )


def timeline_chart(workshop: Workshop, lang: str) -> Any:
    """The timeline with its marks: highs above the line, lows below, learning moments on it;
    moments seen differently ringed in orange."""
    import altair as alt
    import pandas as pd

    from monitor.charts import date_axis

    rows = []
    for moment in moments(workshop):
        label = event_label(moment.event, lang)
        for mark, level in (("high", 1), ("learning", 0), ("low", -1)):
            if moment.marks[mark]:
                rows.append(
                    {
                        "date": moment.event.date.isoformat(),
                        "event": label,
                        "mark": i18n.t(f"workshop.mark.{mark}", lang),
                        "level": level,
                        "n": moment.marks[mark],
                        "contested": moment.contested,
                    }
                )
        if not any(moment.marks.values()):
            rows.append(
                {
                    "date": moment.event.date.isoformat(),
                    "event": label,
                    "mark": "",
                    "level": 0,
                    "n": 0,
                    "contested": False,
                }
            )
    frame = pd.DataFrame(rows, columns=["date", "event", "mark", "level", "n", "contested"])
    marks = [i18n.t(f"workshop.mark.{m}", lang) for m in MARKS]
    frame["zero"] = 0
    level = alt.Scale(domain=[-1.5, 1.5])
    base = alt.Chart(frame).encode(x=alt.X("date:T", axis=date_axis(lang)))
    line = base.mark_rule(color="#555555").encode(y=alt.Y("zero:Q", scale=level, axis=None))
    ticks = base.mark_tick(color="#555555", thickness=2, size=14).encode(
        y=alt.Y("zero:Q", scale=level, axis=None)
    )
    dots = (
        base.transform_filter("datum.n > 0")
        .mark_circle(opacity=0.9, strokeWidth=4)
        .encode(
            y=alt.Y("level:Q", scale=level, axis=None),
            size=alt.Size("n:Q", legend=None, scale=alt.Scale(range=[120, 1200])),
            color=alt.Color(
                "mark:N",
                scale=alt.Scale(domain=marks, range=["#009E73", "#D55E00", "#0072B2"]),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            stroke=alt.condition("datum.contested", alt.value("#E69F00"), alt.value("white")),
            tooltip=["date:T", "event", "mark", "n"],
        )
    )
    return (
        (line + ticks + dots)
        .properties(height=300)
        .configure_axis(labelFontSize=15, labelColor="#1f1f1f")
        .configure_legend(labelFontSize=15)
    )
