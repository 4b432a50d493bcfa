"""Trajectory records: checking, saving and quick updates; routes; arms and cohorts.

Every change to a stored trajectory or arm carries the revision it was based on, so a coach
and the researcher updating the same trajectory cannot overwrite each other unnoticed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from monitor import labs, text
from monitor.errors import Conflict, InvalidInput
from monitor.model import (
    Arm,
    ArmMoment,
    Consent,
    Factor,
    LearningLocation,
    Participant,
    Response,
    Stakeholder,
    StakeholderGroup,
    Trajectory,
    TrajectoryOutcome,
    TrajectoryRoute,
    TrajectorySettings,
    TrajectoryStep,
)
from monitor.store import Store

if TYPE_CHECKING:
    from monitor.access import User

STEPS = (1, 2, 3, 4, 5, 6)
DEFAULT_ROUTES = ("small_scale", "large_scale", "development", "stacked")
ROUTES_ID = "routes"  # the one TrajectorySettings record of a lab
ARM_KINDS = ("pilot", "control", "cohort")
REASONS = ("work", "part_time", "other", "benefit")  # outflow from benefit by reason
JOB_OUTCOMES = (
    TrajectoryOutcome.INTENDED_JOB,
    TrajectoryOutcome.OTHER_EMPLOYER,
    TrajectoryOutcome.AGENCY,
)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
_ROUTE_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


# -- routes ----------------------------------------------------------------------------------


def default_routes() -> tuple[TrajectoryRoute, ...]:
    from monitor.i18n import TEXT

    return tuple(TrajectoryRoute(id=r, label=dict(TEXT[f"traj.route.{r}"])) for r in DEFAULT_ROUTES)


def settings(store: Store, lab_id: str) -> TrajectorySettings:
    found = {s.id: s for s in store.records(lab_id, TrajectorySettings)}.get(ROUTES_ID)
    return found or TrajectorySettings(id=ROUTES_ID, lab_id=lab_id, routes=default_routes())


def routes(store: Store, lab_id: str) -> tuple[TrajectoryRoute, ...]:
    return settings(store, lab_id).routes


def route_label(routes_: Iterable[TrajectoryRoute], route_id: str, lang: str) -> str:
    for route in routes_:
        if route.id == route_id:
            return route.label.get(lang) or route.label.get("en") or route.id
    return route_id


def save_routes(
    store: Store, lab_id: str, rows: list[dict[str, Any]], expected_revision: int
) -> TrajectorySettings:
    """The lab's routes as edited (rows of id, nl, en). A route in use cannot go."""

    def parse(row: dict[str, Any]) -> TrajectoryRoute:
        route_id = str(row.get("id") or "").strip()
        if not _ROUTE_ID.match(route_id):
            raise InvalidInput("error.traj_route_id", value=route_id[:40])
        label = {
            lang: text.clean(row.get(lang), "traj.route_label", text.SHORT) for lang in ("nl", "en")
        }
        if not label["nl"] and not label["en"]:
            raise InvalidInput("error.required", field="traj.route_label")
        return TrajectoryRoute(
            id=route_id, label={k: v or label["nl"] or label["en"] for k, v in label.items()}
        )

    parsed = labs._collect(rows, parse)
    labs._unique_names([r.id for r in parsed], "traj.route")
    if not parsed:
        raise InvalidInput("error.traj_no_routes")
    with store.transaction():
        used = {t.route for t in store.records(lab_id, Trajectory)}
        gone = used - {r.id for r in parsed}
        if gone:
            raise InvalidInput("error.traj_route_in_use", value=", ".join(sorted(gone)))
        current = settings(store, lab_id)
        return store.save(
            dataclasses.replace(current, routes=tuple(parsed)),
            expected_revision=expected_revision,
        )


# -- checking a trajectory -------------------------------------------------------------------


def candidate_code(value: Any) -> str:
    code = text.clean(value, "traj.candidate", text.SHORT, required=True)
    if not _CODE.match(code):
        raise InvalidInput("error.traj_code", value=code[:40])
    return code


def parse_outcome(value: Any) -> TrajectoryOutcome:
    if labs._blank(value):
        return TrajectoryOutcome.UNKNOWN
    try:
        return TrajectoryOutcome(str(value).strip())
    except ValueError:
        raise InvalidInput("error.traj_unknown_outcome", value=str(value)[:40]) from None


def parse_location(value: Any) -> LearningLocation | None:
    if labs._blank(value):
        return None
    try:
        return LearningLocation(str(value).strip())
    except ValueError:
        raise InvalidInput("error.traj_unknown_location", value=str(value)[:40]) from None


def parse_route(value: Any, known: Iterable[TrajectoryRoute]) -> str:
    route = "" if labs._blank(value) else str(value).strip()
    if not route:
        raise InvalidInput("error.required", field="traj.route")
    ids = [r.id for r in known]
    if route not in ids:
        raise InvalidInput("error.traj_unknown_route", value=route[:40], known=", ".join(ids))
    return route


def check(trajectory: Trajectory, known_routes: Iterable[TrajectoryRoute]) -> Trajectory:
    """The trajectory with its texts cleaned, or InvalidInput saying what is wrong."""
    code = candidate_code(trajectory.candidate)
    parse_route(trajectory.route, known_routes)
    start, end = trajectory.start, trajectory.end
    if start and end and end < start:
        raise InvalidInput("error.traj_end_before_start", end=end.isoformat(), start=str(start))
    numbers = [s.number for s in trajectory.steps]
    if len(set(numbers)) != len(numbers) or not set(numbers) <= set(STEPS):
        bad = next((n for n in numbers if n not in STEPS or numbers.count(n) > 1), numbers[0])
        raise InvalidInput("error.bad_step", value=str(bad))
    steps = tuple(
        dataclasses.replace(s, note=text.clean(s.note, "traj.step_note", text.LONG))
        for s in sorted(trajectory.steps, key=lambda s: s.number)
    )
    previous: TrajectoryStep | None = None
    for step in steps:
        if step.reached is None:
            continue
        if start and step.reached < start:
            raise InvalidInput(
                "error.traj_step_before_start",
                step=step.number,
                date=step.reached.isoformat(),
                start=start.isoformat(),
            )
        if previous is not None and step.reached < previous.reached:
            raise InvalidInput(
                "error.traj_steps_order",
                step=step.number,
                date=step.reached.isoformat(),
                previous=previous.number,
                previous_date=previous.reached.isoformat(),
            )
        previous = step
    return dataclasses.replace(
        trajectory,
        candidate=code,
        job=text.clean(trajectory.job, "traj.job", text.SHORT),
        reason=text.clean(trajectory.reason, "traj.reason", text.SHORT),
        steps=steps,
    )


def step(trajectory: Trajectory, number: int) -> TrajectoryStep:
    found = next((s for s in trajectory.steps if s.number == number), None)
    return found or TrajectoryStep(number=number)


def last_step(trajectory: Trajectory) -> int:
    """The highest step reached (0 when none is)."""
    return max((s.number for s in trajectory.steps if s.reached), default=0)


def with_step(
    trajectory: Trajectory, number: int, reached: dt.date | None, note: str
) -> Trajectory:
    if number not in STEPS:
        raise InvalidInput("error.bad_step", value=str(number))
    others = [s for s in trajectory.steps if s.number != number]
    if reached is not None or note.strip():
        others.append(TrajectoryStep(number=number, reached=reached, note=note))
    return dataclasses.replace(trajectory, steps=tuple(sorted(others, key=lambda s: s.number)))


# -- saving ------------------------------------------------------------------------------------


def _check_people(store: Store, trajectory: Trajectory) -> None:
    people = {s.id: s for s in store.records(trajectory.lab_id, Stakeholder)}
    if trajectory.employer_id:
        found = people.get(trajectory.employer_id)
        if found is None or found.group != StakeholderGroup.EMPLOYER:
            raise InvalidInput("error.traj_not_employer", value=trajectory.employer_id)
    if trajectory.coach_id:
        found = people.get(trajectory.coach_id)
        if found is None or found.group != StakeholderGroup.JOB_COACH:
            raise InvalidInput("error.traj_not_coach", value=trajectory.coach_id)
    if trajectory.arm_id and trajectory.arm_id not in {
        a.id for a in store.records(trajectory.lab_id, Arm)
    }:
        raise InvalidInput("error.unknown_reference", field="traj.arm", value=trajectory.arm_id)


def save(store: Store, trajectory: Trajectory, *, expected_revision: int) -> Trajectory:
    """Store a new (expected_revision 0) or changed trajectory; one per candidate code."""
    with store.transaction():
        checked = check(trajectory, routes(store, trajectory.lab_id))
        _check_people(store, checked)
        code = checked.candidate.casefold()
        for other in store.records(trajectory.lab_id, Trajectory):
            if other.id != checked.id and other.candidate.casefold() == code:
                raise InvalidInput("error.traj_exists", code=checked.candidate)
        if not checked.participant_id:
            person = ensure_candidate(store, checked.lab_id, checked.candidate)
            checked = dataclasses.replace(checked, participant_id=person.id)
        return store.save(checked, expected_revision=expected_revision)


def create(store: Store, lab_id: str, **fields: Any) -> Trajectory:
    return save(store, Trajectory(lab_id=lab_id, **fields), expected_revision=0)


def may_update(user: User | None, trajectory: Trajectory) -> bool:
    """Researchers update every trajectory; a coach those of the candidates they coach (all of
    the lab's when the user list names no stakeholder for them); nobody else."""
    if user is None or user.is_researcher:
        return True
    if not user.is_coach:
        return False
    return not user.stakeholder_ids or trajectory.coach_id in user.stakeholder_ids


def visible_to(user: User | None, trajectories: Iterable[Trajectory]) -> list[Trajectory]:
    """The trajectories a user works with on the Trajectories page."""
    return [t for t in trajectories if may_update(user, t)]


def _check(user: User | None, trajectory: Trajectory) -> None:
    if not may_update(user, trajectory):
        raise InvalidInput("error.not_allowed")


def update_step(
    store: Store,
    trajectory: Trajectory,
    number: int,
    reached: Any,
    note: Any,
    *,
    user: User | None = None,
) -> Trajectory:
    """The coach's quick update: one step's date and note, based on the trajectory as read.
    `user` (the app's logged-in user; None from the command line) must be allowed to."""
    _check(user, trajectory)
    day = labs.parse_date(reached, "traj.step_date", required=False)
    note_ = text.clean(note, "traj.step_note", text.LONG)
    changed = with_step(trajectory, number, day, note_)
    return save(store, changed, expected_revision=trajectory.revision)


def update_outcome(
    store: Store,
    trajectory: Trajectory,
    outcome: Any,
    reason: Any,
    end: Any,
    *,
    user: User | None = None,
) -> Trajectory:
    _check(user, trajectory)
    changed = dataclasses.replace(
        trajectory,
        outcome=parse_outcome(outcome),
        reason=text.clean(reason, "traj.reason", text.SHORT),
        end=labs.parse_date(end, "traj.end", required=False),
    )
    return save(store, changed, expected_revision=trajectory.revision)


def link_factors(
    store: Store, trajectory: Trajectory, factor_ids: Iterable[str], *, user: User | None = None
) -> Trajectory:
    """The coded factors about this trajectory: the researcher's evidence, not a coach's."""
    if user is not None and not user.is_researcher:
        raise InvalidInput("error.not_allowed")
    known = {f.id for f in store.records(trajectory.lab_id, Factor)}
    ids = tuple(dict.fromkeys(factor_ids))
    missing = [i for i in ids if i not in known]
    if missing:
        raise InvalidInput("error.unknown_reference", field="traj.factors", value=missing[0])
    changed = dataclasses.replace(trajectory, factor_ids=ids)
    return save(store, changed, expected_revision=trajectory.revision)


def delete(store: Store, trajectory: Trajectory) -> None:
    with store.transaction():
        current = store.record(trajectory.lab_id, Trajectory, trajectory.id)
        if current.revision != trajectory.revision:
            raise Conflict("traj.conflict")
        store.delete(trajectory.lab_id, Trajectory, [trajectory.id])


# -- candidates and employers ------------------------------------------------------------------


def ensure_candidate(store: Store, lab_id: str, code: str) -> Participant:
    """The registry entry with this code; a new one (the code as its name) when there is none."""
    with store.transaction():
        people = store.records(lab_id, Participant)
        for person in people:
            if person.pseudonym.casefold() == code.casefold():
                return person
        return store.save(new_candidate(lab_id, code, people), expected_revision=0)


def new_candidate(lab_id: str, code: str, existing: Iterable[Participant]) -> Participant:
    names = {p.name.casefold() for p in existing}
    name = code if code.casefold() not in names else f"{code} ({Trajectory.KIND})"
    return Participant(lab_id=lab_id, name=name, group=StakeholderGroup.JOB_SEEKER, pseudonym=code)


def employer_lookup(stakeholders: Iterable[Stakeholder]) -> dict[str, str]:
    """Employer stakeholders by id, name, organisation and code (case-insensitive)."""
    lookup: dict[str, str] = {}
    for s in stakeholders:
        if s.group != StakeholderGroup.EMPLOYER:
            continue
        lookup[s.id] = s.id
        for key in (s.organisation, s.name, s.pseudonym):
            if key:
                lookup.setdefault(key.casefold(), s.id)
    return lookup


def new_employer(lab_id: str, name: str) -> Stakeholder:
    return Stakeholder(
        lab_id=lab_id,
        name=name,
        organisation=name,
        group=StakeholderGroup.EMPLOYER,
        consent=Consent.UNKNOWN,
    )


def with_codes(new: list[Stakeholder], existing: list[Stakeholder]) -> list[Stakeholder]:
    changed = list(new)
    labs._assign_pseudonyms(changed, existing)
    return changed


# -- links to evidence -------------------------------------------------------------------------


def responses_for(store: Store, trajectory: Trajectory) -> list[Response]:
    """The candidate's survey responses (T0, T1 ...): answered by or about the candidate."""
    if not trajectory.participant_id:
        return []
    mine = trajectory.participant_id
    found = [r for r in store.records(trajectory.lab_id, Response) if r.pair_key == mine]
    return sorted(found, key=lambda r: (r.wave, r.submitted or r.created))


def factors_for(store: Store, trajectory: Trajectory) -> list[Factor]:
    by_id = {f.id: f for f in store.records(trajectory.lab_id, Factor)}
    return [by_id[i] for i in trajectory.factor_ids if i in by_id]


# -- arms and cohorts --------------------------------------------------------------------------


def parse_moments(rows: list[dict[str, Any]], size: int) -> tuple[ArmMoment, ...]:
    """Rows of moment, date and a count per reason. When `benefit` is empty it is the rest."""

    def parse(row: dict[str, Any]) -> ArmMoment:
        moment = text.clean(row.get("moment"), "arm.moment", text.SHORT, required=True)
        counts = {r: labs.parse_count(row.get(r), f"arm.reason.{r}") for r in REASONS}
        out = counts["work"] + counts["part_time"] + counts["other"]
        if labs._blank(row.get("benefit")):
            counts["benefit"] = max(size - out, 0)
        total = sum(counts.values())
        if total > size:
            raise InvalidInput("error.arm_counts", moment=moment, total=total, size=size)
        return ArmMoment(
            moment=moment,
            date=labs.parse_date(row.get("date"), "arm.date", required=False),
            counts=counts,
        )

    moments = labs._collect(rows, parse)
    labs._unique_names([m.moment for m in moments], "arm.moment")
    return tuple(moments)


def save_arm(
    store: Store,
    lab_id: str,
    *,
    name: Any,
    kind: Any = "pilot",
    size: Any = 0,
    description: Any = "",
    moments: list[dict[str, Any]] | tuple[ArmMoment, ...] = (),
    arm: Arm | None = None,
) -> Arm:
    """A new arm, or `arm` changed (based on its revision)."""
    name_ = text.clean(name, "arm.name", text.SHORT, required=True)
    kind_ = str(kind or "pilot").strip()
    if kind_ not in ARM_KINDS:
        raise InvalidInput("error.bad_choice", field="arm.kind", value=kind_[:40])
    size_ = labs.parse_count(size, "arm.size")
    if size_ < 1:
        raise InvalidInput("error.arm_size")
    rows = [
        {"moment": m.moment, "date": m.date, **m.counts} if isinstance(m, ArmMoment) else m
        for m in moments
    ]
    parsed = parse_moments(rows, size_)
    with store.transaction():
        for other in store.records(lab_id, Arm):
            if (arm is None or other.id != arm.id) and other.name.casefold() == name_.casefold():
                raise InvalidInput("error.duplicate", field="arm.name", value=name_)
        fields = {
            "name": name_,
            "kind": kind_,
            "size": size_,
            "description": text.clean(description, "arm.description", text.LONG),
            "moments": parsed,
        }
        if arm is None:
            return store.save(Arm(lab_id=lab_id, **fields), expected_revision=0)
        return store.save(dataclasses.replace(arm, **fields), expected_revision=arm.revision)


def moment_rows(arm: Arm) -> list[dict[str, Any]]:
    """An arm's moments as the rows `save_arm` takes, to add or change one."""
    return [{"moment": m.moment, "date": m.date, **m.counts} for m in arm.moments]


def delete_arm(store: Store, arm: Arm) -> None:
    with store.transaction():
        if any(t.arm_id == arm.id for t in store.records(arm.lab_id, Trajectory)):
            raise InvalidInput("error.arm_in_use", name=arm.name)
        current = store.record(arm.lab_id, Arm, arm.id)
        if current.revision != arm.revision:
            raise Conflict("error.conflict", kind="kind.arms", id=arm.id)
        store.delete(arm.lab_id, Arm, [arm.id])
