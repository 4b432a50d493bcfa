"""Lab overview: what the lab is, its phases and activities on a timeline, who takes part."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import charts, overview
from monitor.model import Activity, Source, Stakeholder
from pages import _session, _text

t = _text.t
page = _session.page()
store, lab = page.store, page.lab
stakeholders = store.records(lab.id, Stakeholder)
activities = store.records(lab.id, Activity)
sources = store.records(lab.id, Source)

st.title(_text.plain(lab.name))
if lab.goal:
    st.markdown(f"**{t('lab.goal')}:** {_text.plain(lab.goal)}")
if lab.description:
    with st.expander(t("lab.description")):
        st.text(lab.description)

today_phase = lab.phase_of(dt.date.today())
cols = st.columns(5)
cols[0].metric(t("overview.current_phase"), today_phase.name if today_phase else "—")
cols[1].metric(t("nav.stakeholders"), len(stakeholders))
cols[2].metric(t("nav.activities"), len(activities))
cols[3].metric(t("overview.participants"), sum(a.participant_total for a in activities))
cols[4].metric(t("nav.sources"), len(sources))

st.subheader(t("overview.timeline"))
if activities:
    st.altair_chart(charts.timeline(lab, activities, t, page.lang), width="stretch")
else:
    _text.say("info", "overview.no_activities")

left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(t("overview.groups"))
    counts = overview.group_counts(stakeholders, activities)
    if counts:
        st.altair_chart(charts.group_bars(counts, t), width="stretch")
    else:
        _text.say("info", "overview.no_stakeholders")
with right:
    st.subheader(t("overview.phases"))
    rows = overview.phase_summaries(lab, activities, sources)
    _text.table(
        pd.DataFrame(
            [
                {
                    t("overview.phase"): r.name,
                    t("nav.activities"): r.activities,
                    t("overview.participants"): r.participants,
                    t("nav.sources"): r.sources,
                }
                for r in rows
            ]
        ),
        hide_index=True,
        width="stretch",
    )
