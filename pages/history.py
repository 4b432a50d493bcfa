"""Learning history: how the learning agenda changed from one closed meeting or phase to the
next, how long each question stayed, and which ones persisted (the method's diagnostic)."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import factors, history
from pages import _session, _text

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
book = factors.lab_codebook(lab)


found = history.learning_history(store, lab, dt.date.today())  # ~10 ms on a large lab

st.title(t("history.title"))
st.caption(t("history.intro"))
if not found.snapshots:
    _text.say("info", "history.none", icon=":material/history:")
    st.stop()

persistent = found.persistent()
if persistent:
    _text.say("warning", "history.persistent_count", n=len(persistent), icon=":material/repeat:")
st.caption(
    t(
        "history.persistent_rule",
        snapshots=history.PERSISTENT_SNAPSHOTS,
        months=int(history.PERSISTENT_MONTHS),
    )
)

st.altair_chart(history.chart(found, lang), width="stretch")

st.subheader(t("history.questions"))
_text.table(
    pd.DataFrame(
        [
            {
                t("history.col_question"): history.wording(q.text, lang),
                t("history.col_theme"): book.label(q.theme, lang),
                t("history.col_first"): q.first,
                t("history.col_last"): q.last,
                t("history.col_meetings"): q.meetings,
                t("history.col_months"): q.months_open,
                t("history.col_rewordings"): q.rewordings,
                t("history.col_outcome"): t(f"history.outcome.{q.outcome}"),
                t("history.col_persistent"): q.persistent,
            }
            for q in found.questions
        ]
    ),
    hide_index=True,
    width="stretch",
    column_config={
        t("history.col_months"): st.column_config.NumberColumn(format="%.1f"),
        t("history.col_persistent"): st.column_config.CheckboxColumn(),
    },
)

st.subheader(t("history.snapshots"))
for snap, changes in reversed(list(zip(found.snapshots, found.changes, strict=True))):
    heading = t(f"history.occasion.{snap.occasion}", date=snap.date.isoformat())
    label = f"{heading} · {t('history.changes_count', n=len(changes))}"
    with st.expander(label, expanded=False):
        if history.is_reconstructed(snap):
            st.caption(t("history.reconstructed"))
        if not changes:
            st.write(t("history.no_changes"))
        for change in changes:
            question = change.after or change.before
            st.markdown(
                f"**{t(f'history.event.{change.event}')}** · "
                f"{_text.plain(history.wording(question.text, lang))}"
            )
            if change.event == "reworded" and change.before is not None:
                before = history.wording(change.before.text, lang)
                st.caption(f"{t('history.before')}: {_text.plain(before)}")
