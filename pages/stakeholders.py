"""Stakeholders of the lab: a short form to add one, a table to edit several at once."""

import pandas as pd
import streamlit as st

from monitor import labs, pseudonyms
from monitor.errors import InvalidInput, MonitorError
from monitor.model import Consent, Stakeholder, StakeholderGroup
from pages import _edit, _grid, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab = page.store, page.lab
PENDING = "stakeholders.pending"  # an edit that waits for the choice about published codes

st.title(t("nav.stakeholders"))
st.caption(t("stakeholders.help"))

records = sorted(store.records(lab.id, Stakeholder), key=lambda s: (s.group, s.name.casefold()))
GROUPS = [g.value for g in StakeholderGroup]
CONSENTS = [c.value for c in Consent]

with st.expander(t("stakeholders.add"), icon=":material/person_add:", expanded=not records):
    form = st.session_state.setdefault("stakeholders.add_version", 0)
    with st.form(f"stakeholders.add_form.{form}"):
        left, right = st.columns(2)
        name = left.text_input(t("stakeholder.name") + " *", max_chars=200)
        group = _widgets.selectbox(
            right,
            t("stakeholder.group") + " *",
            GROUPS,
            index=None,
            placeholder=t("common.choose"),
            format_func=_text.options_label("group"),
        )
        organisation = left.text_input(t("stakeholder.organisation"), max_chars=200)
        consent = _widgets.selectbox(
            right, t("stakeholder.consent"), CONSENTS, format_func=_text.options_label("consent")
        )

        def _add() -> Stakeholder:
            if group is None:
                raise InvalidInput("error.required", field="stakeholder.group")
            row = {"name": name, "group": group, "organisation": organisation, "consent": consent}
            return labs.save_stakeholders(store, lab.id, [row])[0]

        if st.form_submit_button(t("stakeholders.add"), type="primary", icon=":material/add:"):
            _edit.add_person("stakeholders.add_version", "stakeholders", _add)


def _save(rows: list[dict], deleted: list[str]) -> None:
    try:
        labs.save_stakeholders(store, lab.id, rows, deleted)
    except pseudonyms.CodeChoiceNeeded as needed:
        st.session_state[PENDING] = (rows, deleted, needed.pending)
        raise
    st.session_state.pop(PENDING, None)


pending = st.session_state.get(PENDING)
if pending:
    rows, deleted, waiting = pending
    with st.container(border=True):
        _text.say(
            "warning",
            "stakeholders.code_choice_needed",
            n=len(waiting),
            codes=", ".join(p.code for p in waiting),
            icon=":material/badge:",
        )
        choices = {
            p.stakeholder_id: st.radio(
                _text.plain(p.name),
                [pseudonyms.CodeChoice.KEEP.value, pseudonyms.CodeChoice.NEW.value],
                key=f"stakeholders.code.{p.stakeholder_id}",
                horizontal=True,
                format_func=lambda choice, p=p: t(
                    f"stakeholders.code_{choice}", code=p.code, group=t(f"group.{p.group}")
                ),
            )
            for p in waiting
        }
        if st.button(t("stakeholders.code_apply"), type="primary"):
            try:
                labs.save_stakeholders(store, lab.id, rows, deleted, codes=choices)
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.session_state.pop(PENDING, None)
                _grid.reset("stakeholders")
                _text.say("toast", "common.saved", icon=":material/check:")
                st.rerun()

if records:
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
    st.subheader(t("stakeholders.table"))
    _grid.editor(
        "stakeholders",
        frame,
        _save,
        num_rows="delete",
        hide_index=True,
        column_order=["name", "group", "organisation", "consent", "pseudonym"],
        column_config={
            "name": st.column_config.TextColumn(
                t("stakeholder.name"), required=True, max_chars=200, width=190
            ),
            "group": st.column_config.SelectboxColumn(
                t("stakeholder.group"),
                options=GROUPS,
                format_func=_text.options_label("group"),
                required=True,
                width=190,
            ),
            "organisation": st.column_config.TextColumn(
                t("stakeholder.organisation"), max_chars=200, width=190
            ),
            "consent": st.column_config.SelectboxColumn(
                t("stakeholder.consent"),
                options=CONSENTS,
                format_func=_text.options_label("consent"),
                required=True,
                width=115,
            ),
            "pseudonym": st.column_config.TextColumn(
                t("stakeholder.pseudonym"),
                disabled=True,
                help=t("stakeholder.pseudonym_help"),
                width=95,
            ),
        },
    )
