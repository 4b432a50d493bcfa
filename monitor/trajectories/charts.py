"""Altair charts of trajectories for the Outcomes page and the Word reports. Every chart takes
counts that already went through the disclosure threshold (`stats.disclosed`)."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd

from monitor.charts import OKABE_ITO
from monitor.model import Trajectory
from monitor.trajectories import stats

# Jobs in blues and greens, still learning in yellow, no job in vermilion, unknown in grey.
OUTCOME_COLOURS = ["#0072B2", "#56B4E9", "#009E73", "#F0E442", "#D55E00", "#999999"]
REASON_COLOURS = ["#0072B2", "#56B4E9", "#CC79A7", "#BBBBBB"]


def _outcome_scale(label: Callable[[str], str]) -> tuple[list[str], alt.Scale]:
    names = [label(f"traj.outcome.{o}") for o in stats.OUTCOMES]
    return names, alt.Scale(domain=names, range=OUTCOME_COLOURS)


def outcome_bars(
    split: stats.Split, group_label: Callable[[str], str], label: Callable[[str], str]
) -> alt.Chart:
    """One stacked bar per group (route, employer): how many candidates ended how."""
    names, scale = _outcome_scale(label)
    order = {name: i for i, name in enumerate(names)}
    frame = pd.DataFrame(
        [
            {
                "group": group_label(row["group"]),
                "outcome": label(f"traj.outcome.{row['outcome']}"),
                "order": order[label(f"traj.outcome.{row['outcome']}")],
                "n": row["n"],
                "share": row["share"],
            }
            for row in stats.outcome_rows(split)
        ],
        columns=["group", "outcome", "order", "n", "share"],
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("group:N", title=None, sort=None),
            x=alt.X("n:Q", title=label("traj.chart_candidates"), axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "outcome:N",
                sort=names,
                scale=scale,
                title=None,
                legend=alt.Legend(orient="top", columns=3),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("group:N", title=label("traj.chart_group")),
                alt.Tooltip("outcome:N", title=label("traj.outcome")),
                alt.Tooltip("n:Q", title="n"),
                alt.Tooltip("share:Q", title="%", format=".0%"),
            ],
        )
        .properties(height=alt.Step(28))
    )


def step_flow(trajectories: list[Trajectory], label: Callable[[str], str]) -> alt.Chart:
    """From start to outcome: per step, how many candidates reached it, coloured by how their
    trajectory ended (a stacked, Sankey-like view of the whole group)."""
    names, scale = _outcome_scale(label)
    order = {o: i for i, o in enumerate(stats.OUTCOMES)}
    counts: dict[tuple[int, str], int] = {}
    for t in trajectories:
        reached = max((s.number for s in t.steps if s.reached), default=0)
        for number in range(0, reached + 1):
            key = (number, str(t.outcome))
            counts[key] = counts.get(key, 0) + 1
    frame = pd.DataFrame(
        [
            {
                "step": label("traj.chart_start") if n == 0 else label(f"step.{n}"),
                "outcome": label(f"traj.outcome.{o}"),
                "order": order[o],
                "n": c,
            }
            for (n, o), c in sorted(counts.items())
        ],
        columns=["step", "outcome", "order", "n"],
    )
    steps = [label("traj.chart_start")] + [label(f"step.{n}") for n in range(1, 7)]
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X(
                "step:N", sort=steps, title=None, axis=alt.Axis(labelAngle=-20, labelLimit=160)
            ),
            y=alt.Y("n:Q", title=label("traj.chart_candidates"), axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "outcome:N",
                sort=names,
                scale=scale,
                title=None,
                legend=alt.Legend(orient="top", columns=3),
            ),
            order=alt.Order("order:Q"),
            tooltip=["step:N", "outcome:N", alt.Tooltip("n:Q", title="n")],
        )
        .properties(height=300)
    )


def months_bars(
    values: dict[str, list[float]], label: Callable[[str], str], title_key: str
) -> alt.Chart:
    """How many candidates took how many months (whole months), per group in colour."""
    rows = []
    for group, months in values.items():
        tally: dict[int, int] = {}
        for m in months:
            tally[int(m)] = tally.get(int(m), 0) + 1
        rows += [{"group": group, "months": k, "n": n} for k, n in tally.items()]
    frame = pd.DataFrame(rows, columns=["group", "months", "n"])
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("months:O", title=label(title_key)),
            y=alt.Y("n:Q", title=label("traj.chart_candidates"), axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "group:N",
                scale=alt.Scale(range=OKABE_ITO),
                title=None,
                legend=alt.Legend(orient="top"),
            ),
            xOffset="group:N",
            tooltip=["group:N", "months:O", alt.Tooltip("n:Q", title="n")],
        )
        .properties(height=240)
    )


def step_factor_bars(table: dict[int, dict[str, list]], label: Callable[[str], str]) -> alt.Chart:
    """Per step, barriers to the left and enablers to the right of zero."""
    kinds = [label("factor_kind.barrier"), label("factor_kind.enabler")]
    rows = []
    for number, kinds_found in table.items():
        for kind, found in kinds_found.items():
            if found:
                n = len(found) if kind == "enabler" else -len(found)
                rows.append(
                    {"step": label(f"step.{number}"), "kind": label(f"factor_kind.{kind}"), "n": n}
                )
    frame = pd.DataFrame(rows, columns=["step", "kind", "n"])
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("step:N", title=None, sort=[label(f"step.{n}") for n in range(1, 7)]),
            x=alt.X("n:Q", title=None, axis=alt.Axis(labelExpr="abs(datum.value)", tickMinStep=1)),
            color=alt.Color(
                "kind:N",
                sort=kinds,
                scale=alt.Scale(domain=kinds, range=[OKABE_ITO[5], OKABE_ITO[0]]),
                title=None,
                legend=alt.Legend(orient="top"),
            ),
            tooltip=["step:N", "kind:N", alt.Tooltip("n:Q", title="n")],
        )
        .properties(height=alt.Step(28))
    )


def arm_bars(comparison: stats.Comparison, label: Callable[[str], str]) -> alt.Chart:
    """Per arm at one moment: the share by reason, stacked to 100 %."""
    reasons = [label(f"arm.reason.{r}") for r in ("work", "part_time", "other", "benefit")]
    rows = [
        {
            "arm": row.arm.name,
            "reason": label(f"arm.reason.{reason}"),
            "order": i,
            "share": row.shares[reason],
            "n": row.counts[reason],
        }
        for row in comparison.rows
        for i, reason in enumerate(("work", "part_time", "other", "benefit"))
    ]
    frame = pd.DataFrame(rows, columns=["arm", "reason", "order", "share", "n"])
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("arm:N", title=None, sort=None),
            x=alt.X(
                "share:Q", title=None, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])
            ),
            color=alt.Color(
                "reason:N",
                sort=reasons,
                scale=alt.Scale(domain=reasons, range=REASON_COLOURS),
                title=None,
                legend=alt.Legend(orient="top"),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                "arm:N",
                "reason:N",
                alt.Tooltip("n:Q", title="n"),
                alt.Tooltip("share:Q", title="%", format=".1%"),
            ],
        )
        .properties(height=alt.Step(32))
    )
