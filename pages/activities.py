"""Activities of the lab (work sessions, steering meetings ...) with who took part: a form to
add one, a table to edit several, and the numbers per group of one activity below it."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import labs
from monitor.errors import MonitorError
from monitor.model import Activity, ActivityKind, Stakeholder, StakeholderGroup
from pages import _grid, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab = page.store, page.lab

st.title(t("nav.activities"))
st.caption(t("activities.help"))

stakeholders = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
phase_names = {p.id: p.name for p in lab.phases}
records = sorted(store.records(lab.id, Activity), key=lambda a: a.date)
KINDS = [k.value for k in ActivityKind]


def _row(activity: Activity) -> dict:
    """An activity as the row save_activities reads."""
    return {
        "id": activity.id,
        "revision": activity.revision,
        "date": activity.date,
        "kind": activity.kind.value,
        "title": activity.title,
        "goals": activity.goals,
        "participant_ids": list(activity.participant_ids),
        **{f"count_{g.value}": activity.counts.get(g, 0) for g in StakeholderGroup},
    }


def _count_inputs(key: str, counts: dict) -> dict[str, int]:
    """Nine number fields, three to a line, each with its group's name above it."""
    values = {}
    groups = list(StakeholderGroup)
    for start in range(0, len(groups), 3):
        for column, group in zip(st.columns(3), groups[start : start + 3], strict=False):
            values[f"count_{group.value}"] = column.number_input(
                t(f"group.{group.value}"),
                min_value=0,
                max_value=labs.MAX_PARTICIPANTS,
                step=1,
                value=int(counts.get(group, 0)),
                key=f"{key}.{group.value}",
            )
    return values


with st.expander(t("activities.add"), icon=":material/event:", expanded=not records):
    form = st.session_state.setdefault("activities.add_version", 0)
    with st.form(f"activities.add_form.{form}"):
        left, middle = st.columns([1, 2])
        day = left.date_input(t("activity.date") + " *", dt.date.today(), format="YYYY-MM-DD")
        title = middle.text_input(t("activity.title") + " *", max_chars=200)
        kind = _widgets.selectbox(
            left, t("activity.kind"), KINDS, format_func=_text.options_label("activity_kind")
        )
        people = _widgets.multiselect(
            middle,
            t("activities.participants"),
            list(stakeholders),
            format_func=stakeholders.get,
            placeholder=t("common.choose"),
            help=t("activities.participants_help"),
        )
        goals = st.text_area(t("activity.goals"), height=80, max_chars=20_000)
        st.markdown(f"**{t('activities.counts')}**")
        counts = _count_inputs(f"activities.add.{form}", {})
        if st.form_submit_button(t("activities.add"), type="primary", icon=":material/add:"):
            row = {"date": day, "kind": kind, "title": title, "goals": goals}
            try:
                labs.save_activities(store, lab.id, [{**row, "participant_ids": people, **counts}])
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.session_state["activities.add_version"] = form + 1
                _grid.reset("activities")
                _text.say("toast", "common.saved", icon=":material/check:")
                st.rerun()

if not records:
    st.stop()

st.subheader(t("activities.table"))
frame = pd.DataFrame(
    [
        {
            **{k: v for k, v in _row(a).items() if not k.startswith("count_")},
            "phase": phase_names.get(a.phase_id, ""),
            "total": a.participant_total,
        }
        for a in records
    ],
    columns=[
        "id",
        "revision",
        "date",
        "phase",
        "kind",
        "title",
        "goals",
        "participant_ids",
        "total",
    ],
)
by_id = {a.id: a for a in records}


def _save(rows: list[dict], deleted: list[str]) -> None:
    """The table has no count columns: each edited row keeps its stored numbers."""
    full = [{**_row(by_id[r["id"]]), **r} if r.get("id") in by_id else r for r in rows]
    labs.save_activities(store, lab.id, full, deleted)


# Widths in pixels that together fit the page: no header is cut off, no sideways scrolling.
_grid.editor(
    "activities",
    frame,
    _save,
    num_rows="delete",
    hide_index=True,
    column_order=["date", "phase", "kind", "title", "goals", "participant_ids", "total"],
    column_config={
        "date": st.column_config.DateColumn(
            t("activity.date"), required=True, format="YYYY-MM-DD", width=100
        ),
        "phase": st.column_config.TextColumn(
            t("overview.phase"), disabled=True, help=t("activities.phase_help"), width=95
        ),
        "kind": st.column_config.SelectboxColumn(
            t("activity.kind"),
            options=KINDS,
            format_func=_text.options_label("activity_kind"),
            required=True,
            width=110,
        ),
        "title": st.column_config.TextColumn(
            t("activity.title"), required=True, max_chars=200, width=190
        ),
        "goals": st.column_config.TextColumn(t("activity.goals"), max_chars=20_000, width=150),
        "participant_ids": st.column_config.MultiselectColumn(
            t("activities.participants"),
            options=list(stakeholders),
            format_func=lambda i: stakeholders.get(i, "?"),
            help=t("activities.participants_help"),
            width=150,
        ),
        "total": st.column_config.NumberColumn(
            t("activities.total"), disabled=True, width=60, help=t("activities.total_help")
        ),
    },
)

st.subheader(t("activities.counts"))
chosen = _widgets.selectbox(
    st,
    t("activities.counts_of"),
    [a.id for a in reversed(records)],
    format_func=lambda i: f"{by_id[i].date:%Y-%m-%d} · {by_id[i].title}",
    key="activities.counts_for",
)
activity = by_id[chosen]
with st.form(f"activities.counts.{activity.id}.{activity.revision}"):
    counts = _count_inputs(f"activities.count.{activity.id}.{activity.revision}", activity.counts)
    if st.form_submit_button(t("common.save"), icon=":material/save:"):
        try:
            labs.save_activities(store, lab.id, [{**_row(activity), **counts}])
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            _grid.reset("activities")
            _text.say("toast", "common.saved", icon=":material/check:")
            st.rerun()
