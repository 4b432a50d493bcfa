"""Stakeholders of the lab as an editable table; every change is saved at once."""

import pandas as pd
import streamlit as st

from monitor import labs
from monitor.model import Consent, Stakeholder, StakeholderGroup
from pages import _ui

t = _ui.t
store = _ui.store()
lab = _ui.current_lab()

st.title(t("nav.stakeholders"))
st.caption(t("stakeholders.help"))

records = sorted(store.records(lab.id, Stakeholder), key=lambda s: (s.group, s.name.casefold()))
frame = pd.DataFrame(
    [
        {
            "id": s.id,
            "revision": s.revision,
            "name": s.name,
            "group": s.group.value,
            "organisation": s.organisation,
            "consent": s.consent.value,
            "pseudonym": s.pseudonym,
        }
        for s in records
    ],
    columns=["id", "revision", "name", "group", "organisation", "consent", "pseudonym"],
)
_ui.autosave_editor(
    "stakeholders",
    frame,
    lambda rows, deleted: labs.save_stakeholders(store, lab.id, rows, deleted),
    num_rows="dynamic",
    hide_index=True,
    column_order=["name", "group", "organisation", "consent", "pseudonym"],
    column_config={
        "name": st.column_config.TextColumn(t("stakeholder.name"), required=True, max_chars=200),
        "group": st.column_config.SelectboxColumn(
            t("stakeholder.group"),
            options=[g.value for g in StakeholderGroup],
            format_func=_ui.options_label("group"),
            required=True,
            default="other",
        ),
        "organisation": st.column_config.TextColumn(t("stakeholder.organisation"), max_chars=200),
        "consent": st.column_config.SelectboxColumn(
            t("stakeholder.consent"),
            options=[c.value for c in Consent],
            format_func=_ui.options_label("consent"),
            required=True,
            default="unknown",
        ),
        "pseudonym": st.column_config.TextColumn(
            t("stakeholder.pseudonym"), disabled=True, help=t("stakeholder.pseudonym_help")
        ),
    },
)
