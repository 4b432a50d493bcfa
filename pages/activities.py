"""Activities of the lab (work sessions, steering meetings ...) with who took part."""

import pandas as pd
import streamlit as st

from monitor import labs
from monitor.model import Activity, ActivityKind, Stakeholder, StakeholderGroup
from pages import _ui

t = _ui.t
store = _ui.store()
lab = _ui.current_lab()

st.title(t("nav.activities"))
st.caption(t("activities.help"))

stakeholders = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
phase_names = {p.id: p.name for p in lab.phases}
count_columns = [f"count_{g.value}" for g in StakeholderGroup]
records = sorted(store.records(lab.id, Activity), key=lambda a: a.date)
frame = pd.DataFrame(
    [
        {
            "id": a.id,
            "revision": a.revision,
            "date": a.date,
            "phase": phase_names.get(a.phase_id, ""),
            "kind": a.kind.value,
            "title": a.title,
            "goals": a.goals,
            "participant_ids": list(a.participant_ids),
            **{f"count_{g.value}": a.counts.get(g, 0) for g in StakeholderGroup},
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
        *count_columns,
        "total",
    ],
)
counts_config = {
    f"count_{g.value}": st.column_config.NumberColumn(
        t(f"group.{g.value}"),
        min_value=0,
        max_value=labs.MAX_PARTICIPANTS,
        step=1,
        default=0,
        width="small",
        help=t("activities.count_help", group=t(f"group.{g.value}")),
    )
    for g in StakeholderGroup
}
_ui.autosave_editor(
    "activities",
    frame,
    lambda rows, deleted: labs.save_activities(store, lab.id, rows, deleted),
    num_rows="dynamic",
    hide_index=True,
    column_order=[
        "date",
        "phase",
        "kind",
        "title",
        "goals",
        "participant_ids",
        "total",
        *count_columns,
    ],
    column_config={
        "date": st.column_config.DateColumn(t("activity.date"), required=True, format="YYYY-MM-DD"),
        "phase": st.column_config.TextColumn(
            t("overview.phase"), disabled=True, help=t("activities.phase_help")
        ),
        "kind": st.column_config.SelectboxColumn(
            t("activity.kind"),
            options=[k.value for k in ActivityKind],
            format_func=_ui.options_label("activity_kind"),
            required=True,
            default=ActivityKind.WORK_SESSION.value,
        ),
        "title": st.column_config.TextColumn(t("activity.title"), required=True, max_chars=200),
        "goals": st.column_config.TextColumn(t("activity.goals"), max_chars=20_000, width="medium"),
        "participant_ids": st.column_config.MultiselectColumn(
            t("activities.participants"),
            options=list(stakeholders),
            format_func=lambda i: stakeholders.get(i, "?"),
            help=t("activities.participants_help"),
        ),
        "total": st.column_config.NumberColumn(t("activities.total"), disabled=True),
        **counts_config,
    },
)
