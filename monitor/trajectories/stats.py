"""Counting trajectories: outcomes per route and employer, time to a job, the length of the
learning period, factors per step, and the comparison of arms and cohorts.

Plain Python only (no pandas, no Altair): `labmonitor outcomes` imports this in a fresh
process. The disclosure threshold is applied by `disclosed`, which every split on a page or in
a report goes through; the command line's JSON is the researcher's own full count."""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from monitor.model import (
    Arm,
    Factor,
    FactorKind,
    Trajectory,
    TrajectoryOutcome,
    TrajectoryRoute,
)

OUTCOMES = tuple(o.value for o in TrajectoryOutcome)
JOB = ("intended_job", "other_employer", "agency")
DAYS_PER_MONTH = 365.25 / 12
Z95 = 1.959963984540054


def months(start: dt.date, end: dt.date) -> float:
    """Months from start to end as a decimal (one place): 45 days is 1.5 months."""
    return round((end - start).days / DAYS_PER_MONTH, 1)


def learning_months(trajectory: Trajectory) -> float | None:
    if trajectory.start is None or trajectory.end is None:
        return None
    return months(trajectory.start, trajectory.end)


def job_date(trajectory: Trajectory) -> dt.date | None:
    """When the candidate started in a job: step 6, else the end of the learning period."""
    if str(trajectory.outcome) not in JOB:
        return None
    six = next((s.reached for s in trajectory.steps if s.number == 6 and s.reached), None)
    return six or trajectory.end


def months_to_job(trajectory: Trajectory) -> float | None:
    day = job_date(trajectory)
    if day is None or trajectory.start is None or day < trajectory.start:
        return None
    return months(trajectory.start, day)


def spread(values: Iterable[float | None]) -> dict[str, float | None]:
    found = sorted(v for v in values if v is not None)
    if not found:
        return {"min": None, "median": None, "max": None}
    return {"min": found[0], "median": round(statistics.median(found), 1), "max": found[-1]}


def outcome_counts(trajectories: Iterable[Trajectory]) -> dict[str, int]:
    tally = Counter(str(t.outcome) for t in trajectories)
    return {o: tally.get(o, 0) for o in OUTCOMES}


def summary(
    trajectories: list[Trajectory], routes: Iterable[TrajectoryRoute] = (), threshold: int = 1
) -> dict[str, Any]:
    """The numbers of `labmonitor outcomes`: totals, per outcome, per route, learning months.
    Routes in the lab's order, then any others in use by their id. A route with fewer
    trajectories than the disclosure threshold is held back (counted in `held_back`), as on
    the Outcomes page; the totals still count everyone."""
    order = [r.id for r in routes]
    used = {t.route for t in trajectories}
    by_route: dict[str, Any] = {}
    held_routes = held_people = 0
    for route in [r for r in order if r in used] + sorted(used - set(order)):
        mine = [t for t in trajectories if t.route == route]
        if len(mine) < threshold:
            held_routes, held_people = held_routes + 1, held_people + len(mine)
            continue
        by_route[route] = {"total": len(mine), "by_outcome": outcome_counts(mine)}
    return {
        "total": len(trajectories),
        "by_outcome": outcome_counts(trajectories),
        "by_route": by_route,
        "learning_months": spread(learning_months(t) for t in trajectories),
        "held_back": {"routes": held_routes, "trajectories": held_people, "threshold": threshold},
    }


# -- the disclosure threshold ------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """Trajectories split by some key (route, employer ...), with the small groups held back."""

    shown: dict[str, list[Trajectory]]
    hidden: int  # groups held back for being smaller than the threshold
    hidden_people: int


def disclosed(groups: dict[str, list[Trajectory]], threshold: int) -> Split:
    shown = {k: v for k, v in groups.items() if len(v) >= threshold}
    held = [v for k, v in groups.items() if k not in shown]
    return Split(shown, len(held), sum(len(v) for v in held))


def group_by(trajectories: Iterable[Trajectory], key: str) -> dict[str, list[Trajectory]]:
    groups: dict[str, list[Trajectory]] = {}
    for t in trajectories:
        groups.setdefault(str(getattr(t, key) or ""), []).append(t)
    return groups


def outcome_rows(split: Split) -> list[dict[str, Any]]:
    """One row per group and outcome with n and share: what the stacked chart draws."""
    rows = []
    for group, mine in split.shown.items():
        counts = outcome_counts(mine)
        for outcome, n in counts.items():
            if n:
                rows.append({"group": group, "outcome": outcome, "n": n, "share": n / len(mine)})
    return rows


# -- factors per step --------------------------------------------------------------------------


def factors_per_step(factors: Iterable[Factor]) -> dict[int, dict[str, list[Factor]]]:
    """Per step 1-6, the enablers and barriers coded at that step."""
    table: dict[int, dict[str, list[Factor]]] = {
        n: {FactorKind.ENABLER.value: [], FactorKind.BARRIER.value: []} for n in range(1, 7)
    }
    for factor in factors:
        if factor.step in table:
            table[factor.step][factor.kind.value].append(factor)
    return table


# -- arms and cohorts --------------------------------------------------------------------------


@dataclass(frozen=True)
class ArmRow:
    arm: Arm
    moment: str
    counts: dict[str, int]
    shares: dict[str, float]
    to_work: int  # work and part-time work
    to_work_share: float
    difference: float | None = None  # to_work_share minus the reference's
    interval: tuple[float, float] | None = None  # 95 % interval of that difference
    reference: bool = False


@dataclass(frozen=True)
class Comparison:
    moment: str
    rows: list[ArmRow] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # arms below the threshold


def difference_interval(
    x1: int, n1: int, x2: int, n2: int
) -> tuple[float, tuple[float, float] | None]:
    """p1 - p2 and its 95 % Wald interval; no interval when a group is too small for the
    normal approximation (fewer than 5 with or without the outcome)."""
    p1, p2 = x1 / n1, x2 / n2
    diff = p1 - p2
    if min(x1, n1 - x1, x2, n2 - x2) < 5:
        return diff, None
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    return diff, (diff - Z95 * se, diff + Z95 * se)


def reference_arm(arms: list[Arm]) -> Arm | None:
    return next((a for a in arms if a.kind == "control"), arms[0] if arms else None)


def compare(arms: list[Arm], threshold: int) -> list[Comparison]:
    """Per moment, every arm's outflow by reason with percentages, and its difference in the
    share that found (part-time) work from the reference (the control group, else the first
    arm), with a 95 % interval where sizes allow. Arms smaller than the threshold are named
    but not counted."""
    moments: list[str] = []
    for arm in arms:
        moments += [m.moment for m in arm.moments if m.moment not in moments]
    comparisons = []
    for moment in moments:
        present = [a for a in arms if any(m.moment == moment for m in a.moments)]
        shown = [a for a in present if a.size >= threshold]
        comparison = Comparison(moment, hidden=[a.name for a in present if a not in shown])
        reference = reference_arm(shown)
        base = None
        for arm in shown:
            counts = next(m.counts for m in arm.moments if m.moment == moment)
            full = {r: counts.get(r, 0) for r in ("work", "part_time", "other", "benefit")}
            to_work = full["work"] + full["part_time"]
            row = ArmRow(
                arm=arm,
                moment=moment,
                counts=full,
                shares={r: n / arm.size for r, n in full.items()},
                to_work=to_work,
                to_work_share=to_work / arm.size,
                reference=arm is reference,
            )
            if arm is reference:
                base = row
            comparison.rows.append(row)
        if base is not None:
            for index, row in enumerate(comparison.rows):
                if row.reference:
                    continue
                diff, interval = difference_interval(
                    row.to_work, row.arm.size, base.to_work, base.arm.size
                )
                comparison.rows[index] = ArmRow(
                    **{**row.__dict__, "difference": diff, "interval": interval}
                )
        comparisons.append(comparison)
    return comparisons


# -- everything the Outcomes page and the report chapter show ---------------------------------


@dataclass(frozen=True)
class Overview:
    trajectories: list[Trajectory]
    threshold: int
    totals: dict[str, Any]  # `summary` of all trajectories
    by_route: Split
    by_employer: Split
    to_job: dict[str, list[float]]  # months to a job, per disclosed route
    learning: dict[str, list[float]]  # learning-period months, per disclosed route
    steps: dict[int, dict[str, list[Factor]]]
    arms: list[Comparison]

    @property
    def shown(self) -> bool:
        """Whether the lab has enough trajectories to show anything at all."""
        return len(self.trajectories) >= self.threshold

    @property
    def in_work(self) -> int:
        return sum(self.totals["by_outcome"][o] for o in JOB)


def overview(
    trajectories: list[Trajectory],
    routes: Iterable[TrajectoryRoute],
    factors: Iterable[Factor],
    arms: list[Arm],
    threshold: int,
) -> Overview:
    by_route = disclosed(group_by(trajectories, "route"), threshold)
    order = [r.id for r in routes]
    by_route = Split(
        dict(sorted(by_route.shown.items(), key=lambda kv: _position(order, kv[0]))),
        by_route.hidden,
        by_route.hidden_people,
    )
    by_employer = disclosed(group_by(trajectories, "employer_id"), threshold)
    to_job = {
        r: [m for t in ts if (m := months_to_job(t)) is not None]
        for r, ts in by_route.shown.items()
    }
    learning = {
        r: [m for t in ts if (m := learning_months(t)) is not None]
        for r, ts in by_route.shown.items()
    }
    return Overview(
        trajectories=trajectories,
        threshold=threshold,
        totals=summary(trajectories, routes),
        by_route=by_route,
        by_employer=by_employer,
        to_job={r: v for r, v in to_job.items() if len(v) >= threshold},
        learning={r: v for r, v in learning.items() if len(v) >= threshold},
        steps=factors_per_step(factors),
        arms=compare(arms, threshold),
    )


def _position(order: list[str], key: str) -> tuple[int, str]:
    return (order.index(key) if key in order else len(order), key)
