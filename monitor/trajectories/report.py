"""The trajectories chapter of the phase and final reports: routes in practice, outcomes per
route with the chart, factors per step, and the comparison of groups. Employers appear by their
codes, candidates only as counts; every split follows the lab's disclosure threshold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from monitor.i18n import t
from monitor.model import Arm, Phase, Stakeholder, Trajectory, TrajectoryRoute
from monitor.reports.data import word_safe
from monitor.reports.structure import Figure, Note, Paragraph, Section, Table, section
from monitor.store import Store
from monitor.trajectories import core, stats

MAX_LISTED = 4  # employers, jobs and factors named per cell before "and n more"


@dataclass(frozen=True)
class Data:
    trajectories: tuple[Trajectory, ...]
    arms: tuple[Arm, ...]
    routes: tuple[TrajectoryRoute, ...]


def load(store: Store, lab_id: str) -> Data:
    return Data(
        trajectories=tuple(
            sorted(store.records(lab_id, Trajectory), key=lambda x: (x.created, x.id))
        ),
        arms=tuple(sorted(store.records(lab_id, Arm), key=lambda a: (a.created, a.id))),
        routes=core.routes(store, lab_id),
    )


def chapter(data: Any, lang: str, phase: Phase | None = None) -> Section:
    """The chapter for a report's LabData; for a phase report only the trajectories that ran
    in that phase and the factors coded in it. Empty (left out) when there is nothing."""
    found: Data | None = getattr(data, "trajectories", None)
    title = t("report.section.trajectories", lang)
    if found is None or (not found.trajectories and not found.arms):
        return section("trajectories", title)
    trajectories = [x for x in found.trajectories if phase is None or _ran_in(x, phase)]
    factors = [f for f in data.factors if phase is None or f.phase_id == phase.id]
    threshold = data.lab.disclosure_threshold
    view = stats.overview(trajectories, found.routes, factors, list(found.arms), threshold)

    def label(key: str, **params: Any) -> str:
        return t(key, lang, **params)

    def route_name(route_id: str) -> str:
        return word_safe(core.route_label(found.routes, route_id, lang))

    def code(stakeholder_id: str) -> str:
        person: Stakeholder | None = data.stakeholders.get(stakeholder_id)
        return person.pseudonym if person else label("traj.nobody")

    blocks: list[Any] = []
    children: list[Section] = []
    if trajectories and not view.shown:
        blocks.append(Note(label("outcomes.too_few", threshold=threshold)))
    elif trajectories:
        totals = view.totals
        blocks.append(
            Paragraph(
                label(
                    "report.traj.summary",
                    total=label("traj.md_total", n=totals["total"]),
                    work=view.in_work,
                    share=f"{view.in_work / totals['total']:.0%}",
                    learning=totals["by_outcome"]["learning"],
                )
            )
        )
        children += [
            _routes(view, route_name, code, label),
            _outcomes(view, route_name, label),
        ]
    children.append(_steps(view, label))
    children += _arms(view, label)
    return section("trajectories", title, blocks, children)


def _ran_in(trajectory: Trajectory, phase: Phase) -> bool:
    if trajectory.start is None:
        return True
    return trajectory.start <= phase.end and (
        trajectory.end is None or trajectory.end >= phase.start
    )


def _listed(values: list[str], label) -> str:
    unique = sorted(dict.fromkeys(v for v in values if v))
    shown = ", ".join(unique[:MAX_LISTED])
    if len(unique) > MAX_LISTED:
        shown += " " + label("report.traj.more", n=len(unique) - MAX_LISTED)
    return shown


def _hidden(split: stats.Split, threshold: int, label) -> list[Note]:
    if not split.hidden:
        return []
    return [
        Note(
            label(
                "outcomes.hidden",
                n=split.hidden,
                people=label("traj.md_total", n=split.hidden_people),
                threshold=threshold,
            )
        )
    ]


def _routes(view: stats.Overview, route_name, code, label) -> Section:
    rows = []
    for route, mine in view.by_route.shown.items():
        spread = stats.spread(stats.learning_months(x) for x in mine)
        months = (
            "—"
            if spread["median"] is None
            else f"{spread['median']:.1f} ({spread['min']:.1f}–{spread['max']:.1f})"
        )
        rows.append(
            (
                route_name(route),
                _listed([code(x.employer_id) for x in mine if x.employer_id], label),
                word_safe(_listed([x.job for x in mine], label)),
                str(len(mine)),
                months,
            )
        )
    blocks: list[Any] = [Paragraph(label("report.traj.routes_lead"))] if rows else []
    if rows:
        blocks.append(
            Table(
                columns=(
                    label("traj.route"),
                    label("report.traj.col_employers"),
                    label("report.traj.col_jobs"),
                    label("report.traj.col_candidates"),
                    label("outcomes.col_median"),
                ),
                rows=tuple(rows),
                caption=label("report.traj.caption_routes"),
                widths=(2, 2, 3, 1, 2),
            )
        )
    blocks += _hidden(view.by_route, view.threshold, label)
    return section("", label("report.traj.routes"), blocks, level=2)


def _outcomes(view: stats.Overview, route_name, label) -> Section:
    from monitor.trajectories import charts

    if not view.by_route.shown:
        return section("", label("report.traj.outcomes"), [], level=2)
    rows = []
    for route, mine in view.by_route.shown.items():
        counts = stats.outcome_counts(mine)
        rows.append((route_name(route), str(len(mine)), *(str(counts[o]) for o in stats.OUTCOMES)))
    by_route, trajectories = view.by_route, view.trajectories
    blocks: list[Any] = [
        Table(
            columns=(
                label("traj.route"),
                label("outcomes.col_n"),
                *(label(f"traj.outcome.{o}") for o in stats.OUTCOMES),
            ),
            rows=tuple(rows),
            caption=label("report.traj.caption_outcomes"),
        ),
        Figure(
            chart=lambda: charts.outcome_bars(by_route, route_name, label).properties(width=440),
            caption=label("report.traj.caption_outcomes"),
        ),
        Figure(
            chart=lambda: charts.step_flow(trajectories, label).properties(width=440),
            caption=label("report.traj.caption_flow"),
        ),
    ]
    blocks += _hidden(view.by_route, view.threshold, label)
    return section("", label("report.traj.outcomes"), blocks, level=2)


def _steps(view: stats.Overview, label) -> Section:
    rows = []
    for number, kinds in view.steps.items():
        if not kinds["enabler"] and not kinds["barrier"]:
            continue
        rows.append(
            (
                label(f"step.{number}"),
                _factor_cell(kinds["enabler"], label),
                _factor_cell(kinds["barrier"], label),
            )
        )
    if not rows:
        return section("", label("report.traj.steps"), [], level=2)
    table = Table(
        columns=(
            label("traj.step"),
            label("outcomes.col_enablers"),
            label("outcomes.col_barriers"),
        ),
        rows=tuple(rows),
        caption=label("report.traj.caption_steps"),
        widths=(2, 4, 4),
    )
    return section("", label("report.traj.steps"), [table], level=2)


def _factor_cell(factors: list, label) -> str:
    lines = [f"• {word_safe(f.text)}" for f in factors[:MAX_LISTED]]
    if len(factors) > MAX_LISTED:
        lines.append(label("report.traj.more", n=len(factors) - MAX_LISTED))
    return "\n".join(lines)


def _arms(view: stats.Overview, label) -> list[Section]:
    from monitor.trajectories import charts

    sections = []
    for comparison in view.arms:
        blocks: list[Any] = []
        if comparison.hidden:
            blocks.append(
                Note(
                    label(
                        "outcomes.arms_hidden",
                        threshold=view.threshold,
                        names=", ".join(comparison.hidden),
                    )
                )
            )
        if comparison.rows:
            rows = []
            for row in comparison.rows:
                interval = (
                    ""
                    if row.reference
                    else label("outcomes.no_interval")
                    if row.interval is None
                    else f"{row.interval[0] * 100:+.1f} … {row.interval[1] * 100:+.1f}"
                )
                rows.append(
                    (
                        word_safe(row.arm.name)
                        + (f" ({label('outcomes.reference')})" if row.reference else ""),
                        str(row.arm.size),
                        *(f"{row.counts[r]} ({row.shares[r]:.0%})" for r in core.REASONS),
                        "" if row.difference is None else f"{row.difference * 100:+.1f}",
                        interval,
                    )
                )
            reference = next((r.arm.name for r in comparison.rows if r.reference), "")
            caption = label("report.traj.caption_arms", moment=comparison.moment)
            blocks += [
                Table(
                    columns=(
                        label("outcomes.col_group"),
                        label("outcomes.col_n"),
                        *(label(f"arm.reason.{r}") for r in core.REASONS),
                        label("outcomes.col_difference"),
                        label("outcomes.col_interval"),
                    ),
                    rows=tuple(rows),
                    caption=caption,
                ),
                Paragraph(label("outcomes.arms_note", reference=reference)),
                Figure(
                    chart=lambda c=comparison: charts.arm_bars(c, label).properties(width=440),
                    caption=caption,
                ),
            ]
        title = word_safe(f"{label('report.traj.arms')}: {comparison.moment}")
        sections.append(section("", title, blocks, level=2))
    return sections
