"""Outcomes: how many candidates, how many found work and along which route, time to a job,
the length of the learning period, factors per step, and the comparison of groups. Every split
smaller than the lab's disclosure threshold is held back."""

import pandas as pd
import streamlit as st

from monitor.model import Arm, Factor, Stakeholder, Trajectory
from monitor.trajectories import charts, core, stats
from pages import _session, _text

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
researcher = page.user.is_researcher

routes = core.routes(store, lab.id)
people = {s.id: s for s in store.records(lab.id, Stakeholder)}
trajectories = store.records(lab.id, Trajectory)
found = stats.overview(
    trajectories,
    routes,
    store.records(lab.id, Factor),
    sorted(store.records(lab.id, Arm), key=lambda a: (a.kind == "control", a.name.casefold())),
    lab.disclosure_threshold,
)


def route_name(route_id: str) -> str:
    return core.route_label(routes, route_id, lang)


def employer_name(stakeholder_id: str) -> str:
    """The organisation for the researcher; the code for everyone else."""
    found_ = people.get(stakeholder_id)
    if found_ is None:
        return t("traj.nobody")
    return (found_.organisation or found_.name) if researcher else found_.pseudonym


def percent(value: float) -> str:
    text = f"{value * 100:.0f}%"
    return text


def points(value: float) -> str:
    text = f"{value * 100:+.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def hidden_note(split: stats.Split) -> None:
    if split.hidden:
        st.caption(
            t(
                "outcomes.hidden",
                n=split.hidden,
                people=t("traj.md_total", n=split.hidden_people),
                threshold=found.threshold,
            )
        )


@st.cache_data(show_spinner=False, max_entries=16)
def chart_specs(lab_id: str, revision: tuple, lang_: str, researcher_: bool) -> dict[str, dict]:
    """The page's charts as Vega-Lite specs, built and validated once per change of the lab:
    a rerun (a click elsewhere on the page) only sends them again."""
    specs = {
        "route": charts.outcome_bars(found.by_route, route_name, t),
        "flow": charts.step_flow(trajectories, t),
        "employer": charts.outcome_bars(found.by_employer, employer_name, t),
        "steps": charts.step_factor_bars(found.steps, t),
    }
    for key, values, axis in (
        ("to_job", found.to_job, "traj.chart_months_job"),
        ("learning", found.learning, "traj.chart_months_learning"),
    ):
        if values:
            named = {route_name(r): v for r, v in values.items()}
            specs[key] = charts.months_bars(named, t, axis)
    for index, comparison in enumerate(found.arms):
        if comparison.rows:
            specs[f"arms.{index}"] = charts.arm_bars(comparison, t)
    return {key: chart.to_dict() for key, chart in specs.items()}


def show(key: str) -> None:
    st.vega_lite_chart(specs[key], width="stretch")


st.title(t("outcomes.title"))
st.caption(t("outcomes.intro"))
if not trajectories and not found.arms:
    _text.say("info", "outcomes.none", icon=":material/insights:")
    st.stop()
st.caption(t("outcomes.threshold", threshold=found.threshold))
specs = chart_specs(lab.id, store.revision(lab.id), lang, researcher)

if trajectories and not found.shown:
    _text.say(
        "info", "outcomes.too_few", threshold=found.threshold, icon=":material/visibility_off:"
    )
elif trajectories:
    totals = found.totals
    months = totals["learning_months"]["median"]
    a, b, c, d = st.columns(4)
    a.metric(t("outcomes.metric_total"), totals["total"])
    b.metric(
        t("outcomes.metric_work"),
        found.in_work,
        f"{percent(found.in_work / totals['total'])}",
        delta_color="off",
    )
    c.metric(t("outcomes.metric_learning"), totals["by_outcome"]["learning"])
    d.metric(t("outcomes.metric_months"), "—" if months is None else f"{months:.1f}")

    st.subheader(t("outcomes.per_route"))
    if found.by_route.shown:
        show("route")
    hidden_note(found.by_route)

    st.subheader(t("outcomes.flow"))
    st.caption(t("outcomes.flow_help"))
    show("flow")

    st.subheader(t("outcomes.per_employer"))
    if found.by_employer.shown:
        show("employer")
    hidden_note(found.by_employer)

    for title, values, key in (
        ("outcomes.to_job", found.to_job, "to_job"),
        ("outcomes.learning", found.learning, "learning"),
    ):
        st.subheader(t(title))
        if not values:
            st.caption(t("outcomes.no_months"))
            continue
        named = {route_name(r): v for r, v in values.items()}
        show(key)
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("traj.route"): name,
                        t("outcomes.col_n"): len(v),
                        t("outcomes.col_median"): stats.spread(v)["median"],
                        t("outcomes.col_range"): f"{min(v):.1f}–{max(v):.1f}",
                    }
                    for name, v in named.items()
                ]
            ),
            hide_index=True,
            column_config={t("outcomes.col_median"): st.column_config.NumberColumn(format="%.1f")},
        )

st.subheader(t("outcomes.steps"))
if not any(v for row in found.steps.values() for v in row.values()):
    st.caption(t("outcomes.no_steps"))
else:
    show("steps")

    def cell(factors: list[Factor]) -> str:
        lines = [f.text for f in factors[:3]]
        if len(factors) > 3:
            lines.append(t("report.traj.more", n=len(factors) - 3))
        return "\n".join(lines)

    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("traj.step"): t(f"step.{number}"),
                    t("outcomes.col_enablers"): cell(row["enabler"]),
                    t("outcomes.col_barriers"): cell(row["barrier"]),
                }
                for number, row in found.steps.items()
            ]
        ),
        hide_index=True,
        width="stretch",
    )

if found.arms:
    st.subheader(t("outcomes.arms"))
for index, comparison in enumerate(found.arms):
    st.markdown(f"**{_text.plain(t('outcomes.arms_moment', moment=comparison.moment))}**")
    if comparison.hidden:
        names = ", ".join(comparison.hidden)
        st.caption(_text.plain(t("outcomes.arms_hidden", threshold=found.threshold, names=names)))
    if not comparison.rows:
        continue
    show(f"arms.{index}")
    rows = []
    for row in comparison.rows:
        line = {
            t("outcomes.col_group"): row.arm.name
            + (f" ({t('outcomes.reference')})" if row.reference else ""),
            t("outcomes.col_n"): row.arm.size,
        }
        for reason in core.REASONS:
            line[t(f"arm.reason.{reason}")] = (
                f"{row.counts[reason]} ({percent(row.shares[reason])})"
            )
        line[t("outcomes.col_to_work")] = percent(row.to_work_share)
        line[t("outcomes.col_difference")] = (
            "" if row.difference is None else points(row.difference)
        )
        line[t("outcomes.col_interval")] = (
            ""
            if row.reference
            else t("outcomes.no_interval")
            if row.interval is None
            else f"{points(row.interval[0])} … {points(row.interval[1])}"
        )
        rows.append(line)
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    reference = next((r.arm.name for r in comparison.rows if r.reference), "")
    st.caption(_text.plain(t("outcomes.arms_note", reference=reference)))
