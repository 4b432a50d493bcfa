"""Charts for print: the document's font, type sizes that read at 9-10 pt on paper once the
chart is scaled to the text width, and a sentence saying what each chart shows (the alt text).
The charts of the app (monitor.charts) are drawn for a screen or a projector."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

import altair as alt
import pandas as pd

from monitor.charts import MONTHS, OKABE_ITO
from monitor.codebook import Codebook
from monitor.i18n import t
from monitor.model import Action, ActionStatus, Factor, FactorKind, Lab, LearningQuestion

FONT = "Calibri, Carlito, Liberation Sans, DejaVu Sans, sans-serif"
WIDTH_PX = 600  # drawn at 16 cm: 1 px is about 0.75 pt, so 12 px type prints at 9 pt
SIZE = 12
EVENTS = ("raised", "carried_over", "answered", "dropped")


def for_print(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """The chart with the report's font and print sizes (replacing the screen sizes)."""
    copy = chart.copy(deep=False)
    config = copy.config if copy.config is not alt.Undefined else alt.Config()
    config = config.copy(deep=True)
    config.font = FONT
    config.axis = alt.AxisConfig(labelFontSize=SIZE, titleFontSize=SIZE, labelLimit=320)
    config.legend = alt.LegendConfig(labelFontSize=SIZE, titleFontSize=SIZE, labelLimit=400)
    config.header = alt.HeaderConfig(labelFontSize=SIZE + 1, titleFontSize=SIZE + 1)
    config.title = alt.TitleConfig(fontSize=SIZE + 1)
    config.text = alt.MarkConfig(fontSize=SIZE - 1)
    config.view = alt.ViewConfig(stroke=None)
    copy.config = config
    return copy


def _whole(highest: float, low: float = 0) -> alt.Axis:
    """An axis of whole numbers: a count of 3 has ticks 0, 1, 2, 3, never 0.5."""
    top, bottom = int(highest), int(low)
    if top - bottom <= 12:
        return alt.Axis(
            values=list(range(bottom, top + 1)), format="d", labelExpr="abs(datum.value)"
        )
    return alt.Axis(tickMinStep=1, format="d", labelExpr="abs(datum.value)")


def _month(day: dt.date, lang: str) -> str:
    return f"{MONTHS.get(lang, MONTHS['en'])[day.month - 1]} {day.year}"


# -- enablers and barriers per theme ----------------------------------------------------------


def theme_counts(factors: Iterable[Factor], book: Codebook, lang: str) -> pd.DataFrame:
    """Per primary theme the number of enablers and barriers, codebook order."""
    counts = Counter((f.themes[0] if f.themes else "", f.kind) for f in factors)
    themes = [th for th in book.ids if any(counts[(th, k)] for k in FactorKind)]
    themes += sorted({th for th, _ in counts} - set(themes))
    rows = [
        {
            "theme": book.label(th, lang) if th else t("report.no_theme", lang),
            "kind": t(f"factor_kind.{kind}", lang),
            "n": counts[(th, kind)] * (1 if kind is FactorKind.ENABLER else -1),
            "count": counts[(th, kind)],
        }
        for th in themes
        for kind in (FactorKind.BARRIER, FactorKind.ENABLER)
        if counts[(th, kind)]
    ]
    return pd.DataFrame(rows, columns=["theme", "kind", "n", "count"])


def theme_bars(frame: pd.DataFrame, lang: str) -> alt.TopLevelMixin:
    """Barriers to the left of zero, enablers to the right, one row per theme."""
    kinds = [t("factor_kind.barrier", lang), t("factor_kind.enabler", lang)]
    order = list(dict.fromkeys(frame["theme"]))
    left = int(-frame["n"].min()) if len(frame) and frame["n"].min() < 0 else 0
    right = int(frame["n"].max()) if len(frame) and frame["n"].max() > 0 else 0
    room = max(1, round(0.12 * max(left, right, 1)))  # space for the numbers at the bar ends
    base = alt.Chart(frame).encode(
        y=alt.Y("theme:N", sort=order, title=None),
        x=alt.X(
            "n:Q",
            title=None,
            axis=_whole(right, -left),
            scale=alt.Scale(domain=[-left - room, right + room], nice=False),
        ),
    )
    bars = base.mark_bar().encode(
        color=alt.Color(
            "kind:N",
            sort=kinds,
            scale=alt.Scale(domain=kinds, range=[OKABE_ITO[5], OKABE_ITO[0]]),
            title=None,
            legend=alt.Legend(orient="top"),
        )
    )
    labels = base.mark_text(dx=alt.expr("datum.n < 0 ? -8 : 8")).encode(text="count:Q")
    return for_print((bars + labels).properties(width=WIDTH_PX - 200, height=alt.Step(20)))


def theme_alt(frame: pd.DataFrame, lang: str) -> str:
    if frame.empty:
        return ""
    enablers = frame[frame["n"] > 0].sort_values("count", ascending=False)
    barriers = frame[frame["n"] < 0].sort_values("count", ascending=False)
    parts = [t("report.alt.themes", lang, n=frame["theme"].nunique())]
    if not enablers.empty:
        top = enablers.iloc[0]
        parts.append(t("report.alt.most_enablers", lang, theme=top.theme, n=int(top["count"])))
    if not barriers.empty:
        top = barriers.iloc[0]
        parts.append(t("report.alt.most_barriers", lang, theme=top.theme, n=int(top["count"])))
    return " ".join(parts)


# -- the learning agenda over the phases -------------------------------------------------------


def agenda_counts(lab: Lab, questions: Iterable[LearningQuestion]) -> pd.DataFrame:
    """Per phase how many questions were raised, carried over, answered and dropped."""
    order = [p.id for p in lab.phases]
    counts: Counter[tuple[str, str]] = Counter()
    for q in questions:
        if q.status.value in ("draft", "rejected"):
            continue
        if q.phase_id in order:
            counts[(q.phase_id, "raised")] += 1
        for entry in q.history:
            if entry.event == "carried_over" and entry.phase_id in order:
                counts[(entry.phase_id, "carried_over")] += 1
            elif entry.event in ("answered", "dropped") and order:
                phase = lab.phase_of(dt.date.fromisoformat(entry.at[:10]))
                counts[(phase.id if phase else order[-1], entry.event)] += 1
    rows = [
        {"phase_id": p.id, "phase": f"{i}. {p.name}", "event": e, "n": counts[(p.id, e)]}
        for i, p in enumerate(lab.phases, start=1)
        for e in EVENTS
    ]
    return pd.DataFrame(rows, columns=["phase_id", "phase", "event", "n"])


def agenda_bars(frame: pd.DataFrame, lang: str) -> alt.TopLevelMixin:
    names = [t(f"flow.{e}", lang) for e in EVENTS]
    shown = frame.assign(what=frame["event"].map(lambda e: t(f"flow.{e}", lang)))
    return for_print(
        alt.Chart(shown)
        .mark_bar()
        .encode(
            x=alt.X("phase:N", sort=list(dict.fromkeys(shown["phase"])), title=None),
            xOffset=alt.XOffset("what:N", sort=names),
            y=alt.Y("n:Q", title=None, axis=_whole(frame["n"].max() if len(frame) else 1)),
            color=alt.Color(
                "what:N",
                sort=names,
                scale=alt.Scale(domain=names, range=OKABE_ITO[:4]),
                title=None,
                legend=alt.Legend(orient="top"),
            ),
        )
        .properties(width=WIDTH_PX - 60, height=220)
        .configure_axisX(labelAngle=0)
    )


def agenda_alt(frame: pd.DataFrame, lang: str) -> str:
    totals = frame.groupby("event")["n"].sum()
    return t(
        "report.alt.agenda",
        lang,
        n=frame["phase"].nunique(),
        raised=int(totals.get("raised", 0)),
        answered=int(totals.get("answered", 0)),
        dropped=int(totals.get("dropped", 0)),
    )


# -- actions by status over time ---------------------------------------------------------------


def action_counts(actions: Iterable[Action], lang: str) -> pd.DataFrame:
    """Actions agreed per month, by the status they have now."""
    rows = [
        {
            "month": a.created[:7],
            "status": t(f"action_status.{a.status}", lang),
            "status_id": a.status.value,
        }
        for a in actions
        if a.created
    ]
    frame = pd.DataFrame(rows, columns=["month", "status", "status_id"])
    if frame.empty:
        return frame.assign(n=[])
    frame = frame.groupby(["month", "status", "status_id"]).size().reset_index(name="n")
    frame["label"] = frame["month"].map(lambda m: _month(dt.date.fromisoformat(m + "-01"), lang))
    return frame.sort_values("month")


def action_bars(frame: pd.DataFrame, lang: str) -> alt.TopLevelMixin:
    names = [t(f"action_status.{s}", lang) for s in ActionStatus]
    return for_print(
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("label:N", sort=list(dict.fromkeys(frame["label"])), title=None),
            y=alt.Y(
                "n:Q",
                title=None,
                stack=True,
                axis=_whole(frame.groupby("month")["n"].sum().max() if len(frame) else 1),
            ),
            color=alt.Color(
                "status:N",
                sort=names,
                scale=alt.Scale(
                    domain=names, range=[OKABE_ITO[4], OKABE_ITO[1], OKABE_ITO[2], "#999999"]
                ),
                title=None,
                legend=alt.Legend(orient="top"),
            ),
            order=alt.Order("status_id:N"),
        )
        .properties(width=WIDTH_PX - 80, height=200)
        .configure_axisX(labelAngle=-40)
    )


def action_alt(frame: pd.DataFrame, lang: str) -> str:
    done = int(frame.loc[frame["status_id"] == "done", "n"].sum())
    return t(
        "report.alt.actions",
        lang,
        n=int(frame["n"].sum()),
        months=frame["month"].nunique(),
        done=done,
    )


# -- outcomes ----------------------------------------------------------------------------------


def outcome_bars(frame: pd.DataFrame) -> alt.TopLevelMixin:
    """Trajectories per outcome (frame: outcome, n), most first."""
    order = list(frame.sort_values("n", ascending=False)["outcome"])
    base = alt.Chart(frame).encode(
        y=alt.Y("outcome:N", sort=order, title=None),
        x=alt.X("n:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
    )
    return for_print(
        (
            base.mark_bar(color=OKABE_ITO[0])
            + base.mark_text(align="left", dx=4).encode(text="n:Q")
        ).properties(width=WIDTH_PX - 220, height=alt.Step(22))
    )
