"""Altair charts shared by the pages and the Word reports. Colours come from a palette that
stays distinguishable for colour-blind readers and on a projector (Okabe-Ito)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import altair as alt
import pandas as pd

from monitor.model import Action, ActionStatus, Activity, Lab, LearningQuestion
from monitor.overview import GroupCount

MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def date_axis(lang: str) -> alt.Axis:
    """Month names in the reader's language (Vega's own labels are English only)."""
    months = ",".join(f"'{m}'" for m in MONTHS.get(lang, MONTHS["en"]))
    return alt.Axis(
        labelExpr=f"[{months}][month(datum.value)] + ' ' + year(datum.value)", title=None
    )


def timeline(
    lab: Lab, activities: list[Activity], label: Callable[[str], str], lang: str
) -> alt.Chart:
    """Phases as bands, activities as points on one row per kind."""
    phases = pd.DataFrame(
        [
            {"phase": p.name, "start": p.start.isoformat(), "end": p.end.isoformat()}
            for p in lab.phases
        ]
    )
    points = pd.DataFrame(
        [
            {
                "date": a.date.isoformat(),
                "title": a.title,
                "kind": label(f"activity_kind.{a.kind}"),
                "participants": a.participant_total,
            }
            for a in activities
        ],
        columns=["date", "title", "kind", "participants"],
    )
    colour = alt.Scale(range=OKABE_ITO)
    bands = (
        alt.Chart(phases)
        .mark_rect(opacity=0.18)
        .encode(
            x=alt.X("start:T", axis=date_axis(lang)),
            x2="end:T",
            color=alt.Color("phase:N", scale=colour, sort=None, title=label("overview.phase")),
        )
    )
    names = (
        alt.Chart(phases)
        .mark_text(align="left", dx=4, dy=-8, fontSize=14, fontWeight="bold", baseline="top")
        .encode(x="start:T", y=alt.value(0), text="phase:N")
    )
    dots = (
        alt.Chart(points)
        .mark_circle(size=140, opacity=0.9, color="#1f3b5c")
        .encode(
            x=alt.X("date:T", axis=date_axis(lang)),
            y=alt.Y("kind:N", title=None, sort="ascending"),
            tooltip=[
                alt.Tooltip("title:N", title=label("activity.title")),
                alt.Tooltip("date:T", title=label("activity.date")),
                alt.Tooltip("participants:Q", title=label("activities.total")),
            ],
        )
    )
    return (
        (bands + names + dots)
        .properties(height=alt.Step(34))
        .configure_axis(labelFontSize=13, labelLimit=260)
    )


def group_bars(counts: list[GroupCount], label: Callable[[str], str]) -> alt.Chart:
    rows = []
    for c in counts:
        group = label(f"group.{c.group}")
        rows.append({"group": group, "measure": label("overview.named"), "n": c.stakeholders})
        rows.append(
            {"group": group, "measure": label("overview.participations"), "n": c.participations}
        )
    frame = pd.DataFrame(rows, columns=["group", "measure", "n"])
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("group:N", title=None, sort="-x"),
            x=alt.X("n:Q", title=None),
            yOffset="measure:N",
            color=alt.Color(
                "measure:N",
                scale=alt.Scale(range=OKABE_ITO[:2]),
                title=None,
                legend=alt.Legend(orient="top", labelLimit=400),
            ),
            tooltip=["group:N", "measure:N", "n:Q"],
        )
        .properties(height=alt.Step(16))
        .configure_axis(labelFontSize=13, labelLimit=260)
    )


def _theme_counts(
    counts: list[dict], lab: Lab, theme_label: Callable[[str], str], label: Callable[[str], str]
) -> pd.DataFrame:
    """theme_phase_counts() output as a frame with readable theme, phase and kind names."""
    phase_names = {p.id: p.name for p in lab.phases}
    return pd.DataFrame(
        [
            {
                "theme": theme_label(c["theme"]),
                "phase": phase_names[c["phase_id"]],
                "kind": label(f"factor_kind.{c['kind']}"),
                "kind_id": c["kind"],
                "count": c["count"],
            }
            for c in counts
            if c["phase_id"] in phase_names
        ],
        columns=["theme", "phase", "kind", "kind_id", "count"],
    )


def theme_heatmap(
    counts: list[dict], lab: Lab, theme_label: Callable[[str], str], label: Callable[[str], str]
) -> alt.Chart:
    """Themes x phases, one panel for barriers and one for enablers; counts in the cells."""
    frame = _theme_counts(counts, lab, theme_label, label)
    order = [p.name for p in lab.phases]
    base = alt.Chart(frame).encode(
        x=alt.X("phase:N", sort=order, title=None, axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("theme:N", title=None, sort="ascending"),
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.Color("count:Q", scale=alt.Scale(scheme="blues"), legend=None),
        tooltip=["theme:N", "phase:N", "kind:N", "count:Q"],
    )
    threshold = float(frame["count"].max()) / 2 if len(frame) else 0.0
    numbers = base.mark_text(fontSize=14).encode(
        text="count:Q",
        color=alt.condition(alt.datum.count > threshold, alt.value("white"), alt.value("#111820")),
    )
    return (
        (cells + numbers)
        .properties(width=alt.Step(110), height=alt.Step(28))
        .facet(
            column=alt.Column(
                "kind:N", title=None, header=alt.Header(labelFontSize=15, labelFontWeight="bold")
            ),
        )
        .configure_axis(labelFontSize=13, labelLimit=260)
    )


# -- steering-group visuals (large type: they are read from the back of the room) ----------

BIG = {"labelFontSize": 18, "titleFontSize": 18}


def agenda_flow(
    lab: Lab, questions: list[LearningQuestion], label: Callable[[str], str]
) -> alt.Chart:
    """Per phase: questions raised, carried over into it, answered and dropped."""
    order = [p.id for p in lab.phases]
    rows = []
    for q in questions:
        if q.status.value in ("draft", "rejected"):
            continue
        if q.phase_id in order:
            rows.append({"phase_id": q.phase_id, "event": "raised"})
        for entry in q.history:
            if entry.event == "carried_over" and entry.phase_id in order:
                rows.append({"phase_id": entry.phase_id, "event": "carried_over"})
            elif entry.event in ("answered", "dropped"):
                phase = lab.phase_of(dt.date.fromisoformat(entry.at[:10]))
                rows.append({"phase_id": phase.id if phase else order[-1], "event": entry.event})
    events = ["raised", "carried_over", "answered", "dropped"]
    frame = pd.DataFrame(rows, columns=["phase_id", "event"])
    frame = frame.groupby(["phase_id", "event"]).size().reset_index(name="n")
    frame["phase"] = frame["phase_id"].map({p.id: p.name for p in lab.phases})
    frame["what"] = frame["event"].map(lambda e: label(f"flow.{e}"))
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("phase:N", sort=[p.name for p in lab.phases], title=None),
            xOffset=alt.XOffset("what:N", sort=[label(f"flow.{e}") for e in events]),
            y=alt.Y("n:Q", title=None, axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "what:N",
                sort=[label(f"flow.{e}") for e in events],
                scale=alt.Scale(range=OKABE_ITO[:4]),
                title=None,
                legend=alt.Legend(orient="top", labelFontSize=16, labelLimit=400),
            ),
            tooltip=["phase:N", "what:N", "n:Q"],
        )
        .properties(height=300)
        .configure_axis(**BIG, labelAngle=0)
    )


def actions_over_time(actions: list[Action], label: Callable[[str], str], lang: str) -> alt.Chart:
    """Actions decided per month, coloured by where they stand now."""
    statuses = [s.value for s in ActionStatus]
    frame = pd.DataFrame(
        [
            {
                "month": pd.Timestamp(a.created[:7] + "-01"),
                "status": label(f"action_status.{a.status.value}"),
            }
            for a in actions
            if a.created
        ],
        columns=["month", "status"],
    )
    frame = frame.groupby(["month", "status"]).size().reset_index(name="n")
    names = [label(f"action_status.{s}") for s in statuses]
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", axis=date_axis(lang)),
            y=alt.Y("n:Q", title=None, stack=True, axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "status:N",
                sort=names,
                scale=alt.Scale(
                    domain=names, range=[OKABE_ITO[4], OKABE_ITO[1], OKABE_ITO[2], "#999999"]
                ),
                title=None,
                legend=alt.Legend(orient="top", labelFontSize=16),
            ),
            order=alt.Order("status:N"),
            tooltip=[alt.Tooltip("yearmonth(month):T", title=""), "status:N", "n:Q"],
        )
        .properties(height=280)
        .configure_axis(**BIG)
    )


def enablers_barriers(
    counts: list[dict], lab: Lab, theme_label: Callable[[str], str], label: Callable[[str], str]
) -> alt.Chart:
    """Per phase and theme: barriers to the left, enablers to the right of zero."""
    frame = _theme_counts(counts, lab, theme_label, label)
    frame["n"] = frame["count"].where(frame["kind_id"] == "enabler", -frame["count"])
    kinds = [label("factor_kind.barrier"), label("factor_kind.enabler")]
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("theme:N", title=None, sort="ascending"),
            x=alt.X("n:Q", title=None, axis=alt.Axis(labelExpr="abs(datum.value)", tickMinStep=1)),
            color=alt.Color(
                "kind:N",
                sort=kinds,
                scale=alt.Scale(domain=kinds, range=[OKABE_ITO[5], OKABE_ITO[0]]),
                title=None,
                legend=alt.Legend(orient="top", labelFontSize=16),
            ),
            tooltip=["phase:N", "theme:N", "kind:N", alt.Tooltip("n:Q", title="n")],
        )
        .properties(width=220, height=alt.Step(24))
        .facet(
            column=alt.Column(
                "phase:N",
                sort=[p.name for p in lab.phases],
                title=None,
                header=alt.Header(labelFontSize=18, labelFontWeight="bold"),
            )
        )
        .configure_axis(labelFontSize=15, labelLimit=280)
    )


def wrap_label(text: str, width: int = 38) -> str:
    """A label in lines of at most `width` characters (a longer word keeps its own line),
    joined with newlines; charts split them again (labelExpr), so no text is cut off."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines) or "—"


def vote_bars(results: list[tuple[str, int]], width: int = 38) -> alt.Chart:
    """Votes per learning question, most first, with the count at the end of each bar. The
    questions are shown in full, wrapped over as many lines as they need."""
    frame = pd.DataFrame(
        [{"question": wrap_label(text, width), "n": n} for text, n in results],
        columns=["question", "n"],
    )
    order = list(frame["question"])
    lines = max([1, *(label.count("\n") + 1 for label in order)])
    base = alt.Chart(frame).encode(
        y=alt.Y(
            "question:N",
            sort=order,
            title=None,
            axis=alt.Axis(labelExpr="split(datum.label, '\\n')", labelLimit=0),
        ),
        x=alt.X(
            "n:Q",
            title=None,
            axis=alt.Axis(tickMinStep=1, format="d"),
            scale=alt.Scale(domain=[0, max([1, *(n for _, n in results)])]),
        ),
    )
    return (
        (
            base.mark_bar(color=OKABE_ITO[0])
            + base.mark_text(align="left", dx=6, fontSize=22, color=BODY_COLOUR).encode(text="n:Q")
        )
        .properties(height=alt.Step(24 + 24 * lines))
        .configure_axis(labelFontSize=18, labelLimit=0)
    )


BODY_COLOUR = "#31333F"  # Streamlit's body text: 12.6:1 on white


def for_room(chart: alt.Chart | alt.LayerChart, size: int = 18) -> dict:
    """The chart's Vega-Lite spec for a projector: every axis, legend and title text in the
    body colour (not the theme's light grey, which is about 3.7:1) and at `size` px or more."""
    spec = chart.to_dict()
    config = spec.setdefault("config", {})
    text = {"labelColor": BODY_COLOUR, "titleColor": BODY_COLOUR}
    for part in ("axis", "legend"):
        settings = config.setdefault(part, {})
        settings.update(text)
        for key in ("labelFontSize", "titleFontSize"):
            settings[key] = max(int(settings.get(key) or 0), size)
    config.setdefault("title", {}).update(color=BODY_COLOUR, fontSize=size + 4)
    config.setdefault("text", {}).setdefault("color", BODY_COLOUR)
    return spec


# Disagreement in orange-red, agreement in blue, neutral grey: readable without colour vision.
AGREEMENT_COLOURS = ["#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2"]


def agreement_bars(frame: pd.DataFrame) -> alt.Chart:
    """Diverging stacked bars per agreement item (see survey_results.agreement_frame): the
    share disagreeing left of zero, agreeing right, neutral straddling the middle."""
    answers = list(dict.fromkeys(frame["answer"]))
    items = list(dict.fromkeys(frame.sort_values("order")["item"]))
    frame = frame.assign(item=frame["item"].map(_shorten))
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("item:N", sort=[_shorten(i) for i in items], title=None),
            x=alt.X(
                "start:Q",
                title=None,
                axis=alt.Axis(labelExpr="format(abs(datum.value), '.0%')"),
            ),
            x2="end:Q",
            color=alt.Color(
                "answer:N",
                sort=answers,
                scale=alt.Scale(domain=answers, range=AGREEMENT_COLOURS),
                title=None,
                legend=alt.Legend(orient="top"),
            ),
            tooltip=[
                "item:N",
                "answer:N",
                alt.Tooltip("share:Q", format=".0%"),
                alt.Tooltip("n:Q", title="n"),
            ],
        )
        .properties(height=alt.Step(26))
        .configure_axis(labelLimit=420)
    )


def choice_bars(frame: pd.DataFrame) -> alt.Chart:
    """Share of respondents per choice, in the order of the instrument."""
    order = list(frame["choice"])
    base = alt.Chart(frame).encode(
        y=alt.Y("choice:N", sort=order, title=None),
        x=alt.X("share:Q", title=None, axis=alt.Axis(format="%")),
    )
    return (
        (
            base.mark_bar(color=OKABE_ITO[0])
            + base.mark_text(align="left", dx=4).encode(text="count:Q")
        )
        .properties(height=alt.Step(26))
        .configure_axis(labelLimit=420)
    )


def paired_change(frame: pd.DataFrame, before: str, after: str) -> alt.Chart:
    """Per item the mean before and after, joined by a line (a dumbbell chart)."""
    long = frame.assign(item=frame["item"].map(_shorten)).melt(
        id_vars=["item", "n"], value_vars=["before", "after"], var_name="wave", value_name="mean"
    )
    long["wave"] = long["wave"].map({"before": before, "after": after})
    base = alt.Chart(long).encode(
        y=alt.Y("item:N", title=None, sort=None),
        x=alt.X("mean:Q", title=None, scale=alt.Scale(domain=[1, 5])),
    )
    return (
        (
            base.mark_line(color="#999999").encode(detail="item:N")
            + base.mark_point(filled=True, size=90).encode(
                color=alt.Color(
                    "wave:N",
                    sort=[before, after],
                    scale=alt.Scale(range=[OKABE_ITO[1], OKABE_ITO[0]]),
                    title=None,
                    legend=alt.Legend(orient="top"),
                ),
                tooltip=["item:N", "wave:N", alt.Tooltip("mean:Q", format=".2f"), "n:Q"],
            )
        )
        .properties(height=alt.Step(26))
        .configure_axis(labelLimit=420)
    )


def _shorten(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def png(chart: alt.Chart) -> bytes | None:
    """The chart as a PNG (vl-convert, no browser); None when the renderer is missing."""
    try:
        import vl_convert as vlc
    except ImportError:
        return None
    return vlc.vegalite_to_png(chart.to_json(), scale=2)
