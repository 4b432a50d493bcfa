"""Lab and phases: name, goal, language, disclosure threshold; the ordered phases; delete."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import labs
from monitor.errors import MonitorError
from pages import _edit, _grid, _session, _text

t = _text.t
page = _session.page()
store, lab = page.store, page.lab

st.title(t("setup.title"))

FIELDS = ("name", "goal", "description", "language", "threshold")
base = _edit.edit_base(lab, lambda b: [f"setup.lab.{b}.{f}" for f in FIELDS])
_edit.stale_notice(lab, base)
with st.form("setup.lab"):
    name = st.text_input(t("lab.name"), lab.name, max_chars=200, key=f"setup.lab.{base}.name")
    goal = st.text_area(t("lab.goal"), lab.goal, height=90, key=f"setup.lab.{base}.goal")
    description = st.text_area(
        t("lab.description"), lab.description, height=140, key=f"setup.lab.{base}.description"
    )
    left, right = st.columns(2)
    language = left.radio(
        t("lab.language"),
        ["nl", "en"],
        index=["nl", "en"].index(lab.language),
        key=f"setup.lab.{base}.language",
        horizontal=True,
        format_func=_text.options_label("language"),
        help=t("lab.language_help"),
    )
    threshold = right.number_input(
        t("lab.threshold"),
        min_value=1,
        max_value=50,
        value=lab.disclosure_threshold,
        help=t("lab.threshold_help"),
        key=f"setup.lab.{base}.threshold",
    )
    if st.form_submit_button(t("common.save"), type="primary", icon=":material/save:"):
        try:
            labs.update_lab(
                store,
                _edit.as_shown(lab, base),
                name=name,
                goal=goal,
                description=description,
                language=language,
                disclosure_threshold=threshold,
            )
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            _edit.edit_done(lab)
            _text.say("toast", "common.saved", icon=":material/check:")
            st.rerun()


def _phase_rows(changed: list[dict], deleted: list[str]) -> list[dict]:
    """Phases are saved as a whole list: merge the edited rows into the current ones."""
    by_id = {p["id"]: p for p in phases.to_dict("records")}
    for row in changed:
        if row.get("id"):
            by_id[row["id"]] = row
    fresh = [row for row in changed if not row.get("id")]
    return [row for key, row in by_id.items() if key not in deleted] + fresh


def _save_phases(rows: list[dict]) -> None:
    """Based on the lab as the table showed it; the lab form then opens at the new version."""
    labs.save_phases(store, lab.id, rows, expected_revision=lab.revision)
    _edit.edit_done(lab)


st.subheader(t("setup.phases"))
st.caption(t("setup.phases_help"))
phases = pd.DataFrame(
    [{"id": p.id, "name": p.name, "start": p.start, "end": p.end} for p in lab.phases],
    columns=["id", "name", "start", "end"],
)
with st.expander(t("setup.add_phase"), icon=":material/add:"):
    form = st.session_state.setdefault("setup.add_phase_version", 0)
    with st.form(f"setup.add_phase_form.{form}"):
        new_name = st.text_input(t("phase.name") + " *", max_chars=200)
        left, right = st.columns(2)
        after = lab.phases[-1].end + dt.timedelta(days=1) if lab.phases else dt.date.today()
        new_start = left.date_input(t("phase.start") + " *", after, format="YYYY-MM-DD")
        new_end = right.date_input(t("phase.end") + " *", None, format="YYYY-MM-DD")
        if st.form_submit_button(t("setup.add_phase"), type="primary", icon=":material/add:"):
            row = {"id": None, "name": new_name, "start": new_start, "end": new_end}
            try:
                labs.save_phases(store, lab.id, [*phases.to_dict("records"), row])
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.session_state["setup.add_phase_version"] = form + 1
                _grid.reset("setup.phases")
                _text.say("toast", "common.saved", icon=":material/check:")
                st.rerun()

_grid.editor(
    "setup.phases",
    phases,
    lambda rows, deleted: _save_phases(_phase_rows(rows, deleted)),
    num_rows="delete",
    hide_index=True,
    column_order=["name", "start", "end"],
    column_config={
        "name": st.column_config.TextColumn(
            t("phase.name"), required=True, max_chars=200, width="large"
        ),
        "start": st.column_config.DateColumn(
            t("phase.start"), required=True, format="YYYY-MM-DD", width="small"
        ),
        "end": st.column_config.DateColumn(
            t("phase.end"), required=True, format="YYYY-MM-DD", width="small"
        ),
    },
)


st.subheader(t("setup.danger"))
with st.expander(t("setup.delete_lab")):
    _text.say("warning", "setup.delete_warning")
    with st.form("setup.delete"):
        typed = st.text_input(t("setup.delete_confirm", name=_text.plain(lab.name)))
        if st.form_submit_button(t("setup.delete_lab"), icon=":material/delete_forever:"):
            if typed.strip() != lab.name:
                _text.say("error", "setup.delete_mismatch")
            else:
                store.delete_lab(lab.id)
                st.switch_page("pages/overview.py")
