"""Importing trajectories from the job company's registration export (CSV or XLSX).

Columns (English or Dutch names, any order, case-insensitive):

candidate/kandidaat (the candidate's code, never a name), route, employer/werkgever (name or
code; a new one becomes an employer stakeholder), job/functie, location/inleerlocatie,
start, end/einde (2026-03-12, 12-3-2026, 12-3-26 or a date cell), outcome/uitkomst, and
optional step1 ... step6 / stap1 ... stap6 (the date each step was reached), reason/reden,
coach (name or code).

Values: routes small_scale, large_scale, development, stacked or kleinschalige groei,
grootschalige groei, ontwikkelbanen, stapelbanen (or the lab's own routes by id or name);
locations employer, other_employer, job_company, training or werkgever, andere werkgever,
werkbedrijf, opleiding; outcomes intended_job, other_employer, agency, learning, no_job,
unknown or beoogde baan, andere werkgever, uitzendbureau, nog in traject, geen werk, onbekend.

Every row is checked first; a bad row is reported with its message and nothing of it is
stored, the good rows import. A candidate who already has a trajectory is updated (step notes
and linked factors stay); candidates and employers the lab does not know yet are created and
listed in the summary."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from monitor import imports, table_cells, uploads
from monitor.errors import Conflict, InvalidInput, MonitorError
from monitor.model import (
    Participant,
    Stakeholder,
    StakeholderGroup,
    Trajectory,
    TrajectoryStep,
)
from monitor.store import Store
from monitor.trajectories import core

ALIASES = {
    "kandidaat": "candidate",
    "werkgever": "employer",
    "functie": "job",
    "inleerlocatie": "location",
    "einde": "end",
    "uitkomst": "outcome",
    "reden": "reason",
    **{f"stap{n}": f"step{n}" for n in core.STEPS},
    **{f"stap {n}": f"step{n}" for n in core.STEPS},
    **{f"step {n}": f"step{n}" for n in core.STEPS},
}
REQUIRED = ("candidate", "route")
COLUMNS = (
    "candidate",
    "route",
    "employer",
    "job",
    "location",
    "start",
    "end",
    "outcome",
    "reason",
    "coach",
    *(f"step{n}" for n in core.STEPS),
)
OUTCOME_WORDS = {
    "beoogde baan": "intended_job",
    "andere werkgever": "other_employer",
    "uitzendbureau": "agency",
    "nog in traject": "learning",
    "geen werk": "no_job",
    "onbekend": "unknown",
}
ROUTE_WORDS = {
    "kleinschalige groei": "small_scale",
    "grootschalige groei": "large_scale",
    "ontwikkelbanen": "development",
    "stapelbanen": "stacked",
}
LOCATION_WORDS = {
    "werkgever": "employer",
    "andere werkgever": "other_employer",
    "werkbedrijf": "job_company",
    "opleiding": "training",
}
STEP_COLUMNS = tuple(f"step{n}" for n in core.STEPS)


@dataclass
class Preview:
    """What an import would do. Ids are fixed here, so importing twice stores nothing twice."""

    created: list[Trajectory] = field(default_factory=list)
    updated: list[tuple[Trajectory, int]] = field(default_factory=list)  # new, based on revision
    new_candidates: list[Participant] = field(default_factory=list)
    new_employers: list[Stakeholder] = field(default_factory=list)
    errors: list[tuple[int, MonitorError]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)

    @property
    def good(self) -> int:
        return len(self.created) + len(self.updated)


def _date(value: str, field_: str, day_first: bool = True) -> dt.date | None:
    return table_cells.parse_date(value, field_, day_first=day_first)


def _word(value: str, words: dict[str, str]) -> str:
    return words.get(" ".join(value.casefold().split()), value.strip())


def preview(
    store: Store, lab_id: str, rows: list[dict[str, str]], *, day_first: bool | None = None
) -> Preview:
    """What importing the rows would do. Dates such as 3-4-2026 are read as the file shows
    (a date like 25-3-2026 somewhere), else as `day_first` says (None: day first)."""
    store.lab(lab_id)
    renamed = [
        row.renamed(ALIASES)
        if isinstance(row, uploads.Row)
        else {ALIASES.get(k, k): v for k, v in row.items()}
        for row in rows
    ]
    order = table_cells.date_order(
        row.get(c, "") for row in renamed for c in ("start", "end", *STEP_COLUMNS)
    )
    if order in (table_cells.DAY_FIRST, table_cells.MONTH_FIRST) or day_first is None:
        day_first = order != table_cells.MONTH_FIRST
    columns = {k for row in renamed for k in row}
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise InvalidInput("error.traj_file", columns=", ".join(missing))
    result = Preview(unknown_columns=sorted(columns - set(COLUMNS)))

    known_routes = core.routes(store, lab_id)
    route_words = dict(ROUTE_WORDS)
    for route in known_routes:
        route_words[route.id.casefold()] = route.id
        for label in route.label.values():
            route_words.setdefault(" ".join(label.casefold().split()), route.id)
    from monitor.i18n import TEXT

    outcome_words = dict(OUTCOME_WORDS)
    for outcome in core.TrajectoryOutcome:
        for label in TEXT[f"traj.outcome.{outcome.value}"].values():
            outcome_words.setdefault(label.casefold(), outcome.value)

    stakeholders = store.records(lab_id, Stakeholder)
    employers = core.employer_lookup(stakeholders)
    coaches: dict[str, str] = {}
    for s in stakeholders:
        if s.group == StakeholderGroup.JOB_COACH:
            coaches[s.id] = s.id
            for key in (s.name, s.pseudonym):
                if key:
                    coaches.setdefault(key.casefold(), s.id)
    people = store.records(lab_id, Participant)
    by_code = {p.pseudonym.casefold(): p for p in people if p.pseudonym}
    existing = {t.candidate.casefold(): t for t in store.records(lab_id, Trajectory)}
    fresh_employers: dict[str, Stakeholder] = {}

    numbers = [getattr(row, "number", 0) or i for i, row in enumerate(renamed, start=2)]
    seen: dict[str, list[int]] = {}
    for number, row in zip(numbers, renamed, strict=True):  # row 1 is the header
        code = (row.get("candidate") or "").strip().casefold()
        if code:
            seen.setdefault(code, []).append(number)

    def parse(
        number: int, row: dict[str, str]
    ) -> tuple[Trajectory, int | None, Stakeholder | None]:
        code = core.candidate_code(row.get("candidate"))
        rows_ = seen.get(code.casefold(), [])
        if len(rows_) > 1:
            others = ", ".join(str(n) for n in rows_ if n != number)
            raise InvalidInput("error.traj_duplicate_row", code=code, rows=others)
        route = core.parse_route(_word(row.get("route", ""), route_words), known_routes)
        outcome = core.parse_outcome(_word(row.get("outcome", ""), outcome_words) or None)
        location = core.parse_location(_word(row.get("location", ""), LOCATION_WORDS) or None)
        employer_name = " ".join((row.get("employer") or "").split())
        employer_id, new_employer = "", None
        if employer_name:
            employer_id = employers.get(employer_name.casefold(), "")
            if not employer_id:
                new_employer = fresh_employers.get(employer_name.casefold()) or core.new_employer(
                    lab_id, employer_name
                )
                employer_id = new_employer.id
        coach = (row.get("coach") or "").strip()
        coach_id = coaches.get(coach.casefold(), "") if coach else ""
        if coach and not coach_id:
            raise InvalidInput("error.unknown_reference", field="traj.coach", value=coach)
        imports.extra_cells(row)
        dates = {n: _date(row.get(f"step{n}", ""), "traj.step_date", day_first) for n in core.STEPS}
        before = existing.get(code.casefold())
        base = before or Trajectory(lab_id=lab_id, candidate=code, route=route)
        steps = {s.number: s for s in base.steps}
        for n, day in dates.items():
            if day is not None:
                steps[n] = TrajectoryStep(number=n, reached=day, note=steps.get(n, _blank(n)).note)
        changed = dataclasses.replace(
            base,
            candidate=code,
            route=route,
            employer_id=employer_id or (base.employer_id if before else ""),
            location=location,
            job=row.get("job", ""),
            coach_id=coach_id or base.coach_id,
            start=_date(row.get("start", ""), "traj.start", day_first),
            end=_date(row.get("end", ""), "traj.end", day_first),
            steps=tuple(steps[n] for n in sorted(steps)),
            outcome=outcome,
            reason=row.get("reason", ""),
        )
        checked = core.check(changed, known_routes)
        return checked, (before.revision if before else None), new_employer

    for number, row in zip(numbers, renamed, strict=True):
        try:
            trajectory, revision, employer = parse(number, row)
        except MonitorError as exc:
            result.errors.append((number, exc))
            continue
        if employer is not None and employer.name.casefold() not in fresh_employers:
            fresh_employers[employer.name.casefold()] = employer
        if not trajectory.participant_id:
            person = by_code.get(trajectory.candidate.casefold())
            if person is None:
                person = core.new_candidate(lab_id, trajectory.candidate, people)
                people.append(person)
                by_code[trajectory.candidate.casefold()] = person
                result.new_candidates.append(person)
            trajectory = dataclasses.replace(trajectory, participant_id=person.id)
        if revision is None:
            result.created.append(trajectory)
        else:
            result.updated.append((trajectory, revision))
    result.new_employers = core.with_codes(list(fresh_employers.values()), stakeholders)
    return result


def _blank(number: int) -> TrajectoryStep:
    return TrajectoryStep(number=number)


def commit(store: Store, found: Preview) -> Preview:
    """Store the good rows of a preview, all or nothing: when someone changed one of the
    trajectories to update since the preview, nothing is stored and Conflict says so."""
    if not found.good:
        return found
    lab_id = (found.created or [u for u, _ in found.updated])[0].lab_id
    with store.transaction():
        current = {t.id: t for t in store.records(lab_id, Trajectory)}
        for trajectory, revision in found.updated:
            now = current.get(trajectory.id)
            if now is None or now.revision != revision:
                raise Conflict("error.traj_changed")
        taken = {t.candidate.casefold() for t in current.values()}
        if any(t.candidate.casefold() in taken for t in found.created if t.id not in current):
            raise Conflict("error.traj_changed")
        people = {p.id for p in store.records(lab_id, Participant)}
        stakeholders = {s.id for s in store.records(lab_id, Stakeholder)}
        employers = [e for e in found.new_employers if e.id not in stakeholders]
        candidates = [p for p in found.new_candidates if p.id not in people]
        store.save_all(employers)
        store.save_all(candidates)
        created = [t for t in found.created if t.id not in current]
        store.save_all(
            created + [t for t, _ in found.updated],
            expected_revisions={t.id: r for t, r in found.updated},
        )
    return found
