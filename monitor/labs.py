"""Setting up a lab: the lab itself, its phases, stakeholders, activities and sources.

Every function validates the whole input first and writes only when all of it is right, so a
rejected edit changes nothing. Table edits take rows as plain dicts (as a data editor returns
them) and report every bad row at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from monitor import privacy, pseudonyms, revisions, text
from monitor.errors import Conflict, InvalidInput, InvalidRows, MonitorError
from monitor.model import (
    Activity,
    ActivityKind,
    Consent,
    Factor,
    Lab,
    Phase,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    Trajectory,
    new_id,
    utc_now,
)
from monitor.store import Store

LANGUAGES = ("nl", "en")
DEFAULT_PHASES = {
    "nl": ("Verkenning", "Ontwerp", "Uitvoering"),
    "en": ("Exploration", "Design", "Implementation"),
}
DEFAULT_PHASE_MONTHS = (4, 6, 12)
MAX_PARTICIPANTS = 10_000
PSEUDONYM_PREFIX = pseudonyms.PREFIX


# -- value parsing -----------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or value != value or (isinstance(value, str) and not value.strip())


def parse_date(value: Any, field: str, *, required: bool = True) -> dt.date | None:
    if _blank(value):
        if required:
            raise InvalidInput("error.required", field=field)
        return None
    if isinstance(value, dt.datetime) or hasattr(value, "to_pydatetime"):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InvalidInput("error.bad_date", field=field, value=str(value)[:40]) from None


def parse_choice(value: Any, enum: type, field: str, default: Any = None) -> Any:
    if _blank(value):
        if default is None:
            raise InvalidInput("error.required", field=field)
        return default
    try:
        return enum(str(value).strip())
    except ValueError:
        raise InvalidInput(
            "error.bad_choice", field=field, value=str(value)[:40], choices=choice_labels(enum)
        ) from None


# The translation prefix of each choice list, so that a refusal can name the valid choices.
CHOICE_LABELS = {
    StakeholderGroup: "group",
    Consent: "consent",
    ActivityKind: "activity_kind",
    SourceKind: "source_kind",
}


def choice_labels(enum: type) -> tuple[str, ...]:
    """The valid choices of an enum as translation keys (its raw values where it has none)."""
    prefix = CHOICE_LABELS.get(enum)
    return tuple(f"{prefix}.{e.value}" if prefix else str(e.value) for e in enum)


def parse_count(value: Any, field: str) -> int:
    if _blank(value):
        return 0
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput("error.bad_number", field=field, value=str(value)[:40]) from None
    if number != int(number) or not 0 <= number <= MAX_PARTICIPANTS:
        raise InvalidInput("error.bad_count", field=field, max=MAX_PARTICIPANTS)
    return int(number)


def _collect(rows: Iterable[dict[str, Any]], parse: Callable[[dict[str, Any]], Any]) -> list[Any]:
    """Parse every row; raise one InvalidRows listing each bad row (its `_row`, else 1-based)."""
    parsed, errors = [], []
    for number, row in enumerate(rows, start=1):
        try:
            parsed.append(parse(row))
        except MonitorError as err:
            errors.append((row.get("_row") or number, err))
    if errors:
        raise InvalidRows(errors)
    return parsed


def _unique_names(names: list[str], field: str) -> None:
    counts = Counter(n.casefold() for n in names)
    errors = [
        (i, InvalidInput("error.duplicate", field=field, value=n))
        for i, n in enumerate(names, start=1)
        if counts[n.casefold()] > 1
    ]
    if errors:
        raise InvalidRows(errors)


# -- labs and phases -----------------------------------------------------------------------


def default_phases(language: str, start: dt.date) -> tuple[Phase, ...]:
    phases, begin = [], start
    for name, months in zip(DEFAULT_PHASES[language], DEFAULT_PHASE_MONTHS, strict=True):
        end = _add_months(begin, months) - dt.timedelta(days=1)
        phases.append(Phase(name=name, start=begin, end=end))
        begin = end + dt.timedelta(days=1)
    return tuple(phases)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=min(day.day, 28))


def _lab_fields(
    store: Store, name: Any, goal: Any, description: Any, language: Any, lab_id: str | None
) -> dict[str, Any]:
    fields = {
        "name": text.clean(name, "lab.name", text.SHORT, required=True),
        "goal": text.clean(goal, "lab.goal", text.LONG),
        "description": text.clean(description, "lab.description", text.LONG),
        "language": language if language in LANGUAGES else "nl",
    }
    for other in store.labs():
        if other.id != lab_id and other.name.casefold() == fields["name"].casefold():
            raise InvalidInput("error.duplicate", field="lab.name", value=fields["name"])
    return fields


def create_lab(
    store: Store,
    *,
    name: Any,
    goal: Any = "",
    description: Any = "",
    language: Any = "nl",
    phases: tuple[Phase, ...] | None = None,
    today: dt.date | None = None,
) -> Lab:
    with store.transaction():
        fields = _lab_fields(store, name, goal, description, language, None)
        start = (today or dt.date.today()).replace(day=1)
        lab = Lab(**fields, phases=phases or default_phases(fields["language"], start))
        validate_phases(lab.phases)
        return store.save(lab)


def update_lab(
    store: Store,
    lab: Lab,
    *,
    name: Any,
    goal: Any,
    description: Any,
    language: Any,
    disclosure_threshold: Any = None,
) -> Lab:
    with store.transaction():
        fields = _lab_fields(store, name, goal, description, language, lab.id)
        if disclosure_threshold is not None:
            fields["disclosure_threshold"] = max(
                1, parse_count(disclosure_threshold, "lab.threshold")
            )
        return store.save(dataclasses.replace(lab, **fields), expected_revision=lab.revision)


def validate_phases(phases: tuple[Phase, ...]) -> None:
    if not phases:
        raise InvalidInput("error.no_phases")
    _unique_names([p.name for p in phases], "phase.name")
    errors = []
    for number, phase in enumerate(phases, start=1):
        if phase.end < phase.start:
            errors.append((number, InvalidInput("error.end_before_start", name=phase.name)))
        elif number > 1 and phase.start <= phases[number - 2].end:
            previous = phases[number - 2]
            errors.append(
                (number, InvalidInput("error.phase_overlap", name=phase.name, other=previous.name))
            )
    if errors:
        raise InvalidRows(errors)


def save_phases(
    store: Store, lab_id: str, rows: list[dict[str, Any]], *, expected_revision: int | None = None
) -> Lab:
    """Replace a lab's phases; activities and sources move to the phase their date falls in.
    With expected_revision (the lab as the table showed it), a change made meanwhile is
    refused: the phases are saved as a whole list, so it would otherwise be overwritten."""

    def parse(row: dict[str, Any]) -> Phase:
        kwargs = {
            "name": text.clean(row.get("name"), "phase.name", text.SHORT, required=True),
            "start": parse_date(row.get("start"), "phase.start"),
            "end": parse_date(row.get("end"), "phase.end"),
        }
        return Phase(id=row["id"], **kwargs) if not _blank(row.get("id")) else Phase(**kwargs)

    phases = tuple(sorted(_collect(rows, parse), key=lambda p: p.start))
    validate_phases(phases)
    with store.transaction():
        lab = store.lab(lab_id)
        if expected_revision is not None and lab.revision != expected_revision:
            raise Conflict("error.conflict", kind=Lab.KIND, id=lab.id)
        changed = dataclasses.replace(lab, phases=phases)
        moved_activities = _rephase(store.records(lab_id, Activity), changed, "activity")
        activity_days = {a.id: a.date for a in store.records(lab_id, Activity)}
        moved_sources = _rephase(
            store.records(lab_id, Source),
            changed,
            "source",
            lambda s: activity_days.get(s.activity_id, s.date),
        )
        moved_factors = _refactor_phases(store, lab, changed, moved_sources)
        saved = store.save(changed, expected_revision=lab.revision)
        store.save_all(moved_activities)
        store.save_all(moved_sources)
        store.save_all(moved_factors)
        return saved


def _rephase(
    records: list[Any], lab: Lab, what: str, day_of: Callable[[Any], dt.date] | None = None
) -> list[Any]:
    moved, errors = [], []
    for record in records:
        phase = lab.phase_of(day_of(record) if day_of else record.date)
        if phase is None:
            errors.append(
                (
                    len(errors) + 1,
                    InvalidInput(
                        f"error.{what}_outside_phases",
                        title=record.title,
                        date=record.date.isoformat(),
                    ),
                )
            )
        elif phase.id != record.phase_id:
            moved.append(dataclasses.replace(record, phase_id=phase.id))
    if errors:
        raise InvalidRows(errors)
    return moved


def _refactor_phases(store: Store, old: Lab, new: Lab, moved_sources: list[Source]) -> list[Factor]:
    """Factors follow their source; a factor without a source keeps its phase if it still exists."""
    source_phase = {s.id: s.phase_id for s in moved_sources}
    kept = {p.id for p in new.phases}
    fallback = new.phases[0].id
    moved = []
    for factor in store.records(old.id, Factor):
        target = source_phase.get(factor.source_id, factor.phase_id)
        target = target if target in kept else fallback
        if target != factor.phase_id:
            moved.append(dataclasses.replace(factor, phase_id=target))
    return moved


# -- stakeholders ----------------------------------------------------------------------------


def save_stakeholders(
    store: Store,
    lab_id: str,
    rows: list[dict[str, Any]],
    deleted_ids: Iterable[str] = (),
    *,
    codes: dict[str, str] | None = None,
) -> list[Stakeholder]:
    """Apply an edited stakeholder table: rows with an id update, rows without one are new.
    A code follows a change of group until a report or export has shown it; after that,
    `codes` says per stakeholder id whether to keep it ("keep") or give a new one ("new"),
    and without that choice pseudonyms.CodeChoiceNeeded is raised and nothing is stored."""
    parsed = _collect(rows, _stakeholder_row)
    deleted = set(deleted_ids)
    with store.transaction():
        current = {s.id: s for s in store.records(lab_id, Stakeholder)}
        kept_names = [
            s.name
            for s in current.values()
            if s.id not in deleted and s.id not in {p["id"] for p in parsed}
        ]
        _unique_names([p["name"] for p in parsed] + kept_names, "stakeholder.name")
        _refuse_referenced(store, lab_id, deleted & current.keys())
        changed = [_stakeholder(lab_id, p, current) for p in parsed]
        changed = [s for s in changed if s is not None]
        freed = _recode(store, lab_id, changed, current, codes or {})
        _assign_pseudonyms(changed, list(current.values()), freed)
        store.delete(lab_id, Stakeholder, deleted)
        return _save_checked(store, changed, current)


def new_stakeholders(
    lab_id: str,
    rows: list[dict[str, Any]],
    existing: Iterable[Stakeholder] = (),
    *,
    at: str = "",
    rng: random.Random | None = None,
) -> list[Stakeholder]:
    """New stakeholders from table rows, checked and coded as save_stakeholders does for rows
    without an id (every bad row at once, names unique among them and `existing`, the next free
    code of each group); nothing stored. `at` is when the codes were given (now by default); a
    seeded `rng` gives reproducible ids (synthetic labs)."""
    existing = list(existing)
    parsed = _collect(rows, _stakeholder_row)
    _unique_names([p["name"] for p in parsed] + [s.name for s in existing], "stakeholder.name")
    made = [Stakeholder(id=new_id(rng), lab_id=lab_id, **_fields(p)) for p in parsed]
    _assign_pseudonyms(made, existing, at=at)
    return made


def _stakeholder_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": None if _blank(row.get("id")) else str(row["id"]),
        "revision": None if _blank(row.get("revision")) else int(row["revision"]),
        "name": text.clean(row.get("name"), "stakeholder.name", text.SHORT, required=True),
        "group": parse_choice(
            row.get("group"), StakeholderGroup, "stakeholder.group", StakeholderGroup.OTHER
        ),
        "organisation": text.clean(row.get("organisation"), "stakeholder.organisation", text.SHORT),
        "consent": parse_choice(
            row.get("consent"), Consent, "stakeholder.consent", Consent.UNKNOWN
        ),
    }


def _fields(parsed: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in parsed.items() if k not in ("id", "revision")}


def _stakeholder(
    lab_id: str, fields: dict[str, Any], current: dict[str, Stakeholder]
) -> Stakeholder | None:
    record_id, revision = fields.pop("id"), fields.pop("revision")
    old = current.get(record_id) if record_id else None
    if old is None:
        return Stakeholder(lab_id=lab_id, **fields)
    new = dataclasses.replace(old, **fields)
    if new == old:
        return None
    return dataclasses.replace(new, revision=revision if revision is not None else old.revision)


def _recode(
    store: Store,
    lab_id: str,
    changed: list[Stakeholder],
    current: dict[str, Stakeholder],
    codes: dict[str, str],
) -> set[str]:
    """Clear the code of whoever changed group, so that _assign_pseudonyms gives one of the new
    group; a code a report or export has shown changes only when the researcher chose so.
    Returns the old codes nobody has seen, which may be given again."""
    if not any(s.id in current and s.group != current[s.id].group for s in changed):
        return set()
    published_at = pseudonyms.last_publication(store, lab_id)
    recode, pending = pseudonyms.to_recode(changed, current, published_at, codes)
    if pending:
        raise pseudonyms.CodeChoiceNeeded(pending)
    freed = set()
    for index, person in enumerate(changed):
        if person.id in recode:
            old = current[person.id]
            if pseudonyms.is_published(old, published_at):
                formers = (*old.former_pseudonyms, old.pseudonym)
                person = dataclasses.replace(person, former_pseudonyms=formers)
            else:
                freed.add(old.pseudonym)
            changed[index] = dataclasses.replace(person, pseudonym="")
    return freed


def _assign_pseudonyms(
    changed: list[Stakeholder],
    existing: list[Stakeholder],
    freed: set[str] = frozenset(),
    *,
    at: str = "",
) -> None:
    """Codes such as EMP-03, one per stakeholder, given `at` (now by default). A code that may
    have been published is never given to anyone else; a `freed` one (nobody saw it) may be."""
    taken = {s.pseudonym for s in existing if s.pseudonym} - freed
    taken |= {code for s in existing for code in s.former_pseudonyms}
    for index, stakeholder in enumerate(changed):
        if stakeholder.pseudonym:
            continue
        code = pseudonyms.next_code(stakeholder.group, taken)
        taken.add(code)
        since = at or utc_now()
        changed[index] = dataclasses.replace(stakeholder, pseudonym=code, pseudonym_since=since)


def _save_checked(store: Store, changed: list[Any], current: dict[str, Any]) -> list[Any]:
    """Save rows that changed, refusing any row someone else saved since it was loaded."""
    expected = {r.id: r.revision for r in changed if r.id in current}
    return store.save_all(changed, expected_revisions=expected)


def _refuse_referenced(store: Store, lab_id: str, ids: set[str]) -> None:
    if not ids:
        return
    used = set()
    for activity in store.records(lab_id, Activity):
        used |= ids & set(activity.participant_ids)
    for source in store.records(lab_id, Source):
        used |= ids & set(source.stakeholder_ids)
    for trajectory in store.records(lab_id, Trajectory):  # an employer or a coach
        used |= ids & {trajectory.employer_id, trajectory.coach_id}
    if used:
        names = ", ".join(sorted(store.record(lab_id, Stakeholder, i).name for i in used))
        raise InvalidInput("error.stakeholder_in_use", names=names)


# -- activities ------------------------------------------------------------------------------


def save_activities(
    store: Store, lab_id: str, rows: list[dict[str, Any]], deleted_ids: Iterable[str] = ()
) -> list[Activity]:
    """Apply an edited activity table; the phase follows from the date."""
    lab = store.lab(lab_id)
    stakeholder_ids = {s.id for s in store.records(lab_id, Stakeholder)}

    def parse(row: dict[str, Any]) -> dict[str, Any]:
        day = parse_date(row.get("date"), "activity.date")
        phase = lab.phase_of(day)
        if phase is None:
            raise InvalidInput("error.date_outside_phases", date=day.isoformat())
        participants = tuple(str(p) for p in (row.get("participant_ids") or ()))
        if set(participants) - stakeholder_ids:
            raise InvalidInput("error.unknown_stakeholder")
        counts = {
            g: parse_count(row.get(f"count_{g.value}"), f"group.{g.value}")
            for g in StakeholderGroup
        }
        return {
            "id": None if _blank(row.get("id")) else str(row["id"]),
            "revision": None if _blank(row.get("revision")) else int(row["revision"]),
            "title": text.clean(row.get("title"), "activity.title", text.SHORT, required=True),
            "kind": parse_choice(
                row.get("kind"), ActivityKind, "activity.kind", ActivityKind.OTHER
            ),
            "date": day,
            "phase_id": phase.id,
            "goals": text.clean(row.get("goals"), "activity.goals", text.LONG),
            "participant_ids": participants,
            "counts": {g: n for g, n in counts.items() if n},
        }

    parsed = _collect(rows, parse)
    deleted = set(deleted_ids)
    with store.transaction():
        current = {a.id: a for a in store.records(lab_id, Activity)}
        used = {s.activity_id for s in store.records(lab_id, Source)} & deleted
        if used:
            titles = ", ".join(sorted(current[i].title for i in used if i in current))
            raise InvalidInput("error.activity_in_use", titles=titles)
        changed = []
        for fields in parsed:
            record_id, revision = fields.pop("id"), fields.pop("revision")
            old = current.get(record_id) if record_id else None
            if old is None:
                changed.append(Activity(lab_id=lab_id, **fields))
            elif (new := dataclasses.replace(old, **fields)) != old:
                changed.append(
                    dataclasses.replace(
                        new, revision=revision if revision is not None else old.revision
                    )
                )
        store.delete(lab_id, Activity, deleted)
        return _save_checked(store, changed, current)


# -- sources ---------------------------------------------------------------------------------


def source_phase(lab: Lab, day: dt.date, phase_id: str = "") -> Phase:
    """The phase a source belongs to: the one chosen, or else the one its date falls in."""
    if phase_id:
        if phase_id not in {p.id for p in lab.phases}:
            raise InvalidInput("error.unknown_phase")
        return lab.phase(phase_id)
    phase = lab.phase_of(day)
    if phase is None:
        raise InvalidInput("error.date_outside_phases", date=day.isoformat())
    return phase


def add_source(
    store: Store,
    lab_id: str,
    *,
    kind: Any,
    title: Any,
    date: Any,
    text_: Any = "",
    activity_id: str = "",
    stakeholder_ids: Iterable[str] = (),
    answers: dict[str, Any] | None = None,
    protocol_id: str = "",
    protocol_version: int | None = None,
    source_id: str | None = None,
    phase_id: str = "",
) -> Source:
    """Store a piece of evidence; its phase follows from its date unless one is given (an
    interview just after a phase that looks back on it). Passing the id the form was opened
    with makes a double submit store the source once."""
    lab = store.lab(lab_id)
    day = parse_date(date, "source.date")
    # Minutes of an activity belong to the activity's phase, even when written days later.
    activity = store.record(lab_id, Activity, activity_id) if activity_id else None
    phase = source_phase(lab, activity.date if activity else day, phase_id)
    known = {s.id: s for s in store.records(lab_id, Stakeholder)}
    stakeholders = tuple(stakeholder_ids)
    if set(stakeholders) - set(known):
        raise InvalidInput("error.unknown_stakeholder")
    source_kind = parse_choice(kind, SourceKind, "source.kind")
    privacy.check_consent([known[i] for i in stakeholders], source_kind)
    fields = {
        "kind": source_kind,
        "title": text.clean(title, "source.title", text.SHORT, required=True),
        "date": day,
        "phase_id": phase.id,
        "activity_id": activity_id,
        "stakeholder_ids": stakeholders,
        "text": text.clean(text_, "source.text", text.DOCUMENT),
        "answers": answers or {},
        "protocol_id": protocol_id,
        "protocol_version": protocol_version,
    }
    with store.transaction():
        old = next((s for s in store.records(lab_id, Source) if s.id == source_id), None)
        if old is not None:  # a double submit; a real edit goes through edit_source
            changed = revisions.based_on(old, fields, None)
            return old if changed is None else store.save(changed)
        return store.save(
            Source(lab_id=lab_id, **fields, **({"id": source_id} if source_id else {}))
        )


def search_sources(sources: list[Source], query: str) -> list[Source]:
    """Sources whose title or text holds every word of the query (case-insensitive)."""
    words = query.casefold().split()
    return [s for s in sources if all(w in f"{s.title}\n{s.text}".casefold() for w in words)]
