"""Actions: who does what by when, overdue first. Edit status, owner or due date in the
table; every change is stored at once, and a change someone else made meanwhile is shown.
A steering member updates the status, due date and follow-up of their own actions only."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import access, agenda, paging, wording
from monitor.errors import MonitorError
from monitor.model import Action, ActionStatus, LearningQuestion, Stakeholder
from pages import _grid, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang, user = page.store, page.lab, page.lang, page.user
today = dt.date.today()
people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
questions = {
    q.id: q
    for q in store.records(lab.id, LearningQuestion)
    if q.status.value not in ("draft", "rejected")
}
actions = agenda.sort_actions(store.records(lab.id, Action), today)

st.title(t("nav.actions"))
overdue = [a for a in actions if agenda.is_overdue(a, today)]
cols = st.columns(4)
cols[0].metric(t("actions.overdue"), len(overdue))
cols[1].metric(t("action_status.planned"), sum(a.status is ActionStatus.PLANNED for a in actions))
cols[2].metric(t("action_status.doing"), sum(a.status is ActionStatus.DOING for a in actions))
cols[3].metric(t("action_status.done"), sum(a.status is ActionStatus.DONE for a in actions))

show = st.segmented_control(
    t("actions.show"),
    ["open", "all"],
    default="open",
    required=True,
    format_func=lambda k: t(f"actions.show_{k}"),
    key="actions.show",
)
if show == "open":
    actions = [a for a in actions if a.status not in agenda.DONE_STATES]
others = [a for a in actions if not access.may_edit_action(user, a.owner_id)]
actions = [a for a in actions if access.may_edit_action(user, a.owner_id)]


def _may_edit():
    """None for a researcher (everything); for a steering member, whose actions they own."""
    return None if user.is_researcher else lambda owner: access.may_edit_action(user, owner)


def _save(rows: list[dict], deleted: list[str]) -> None:
    """Researchers save anything; a steering member only status and due date of their own."""
    agenda.save_action_rows(store, lab, rows, deleted, may_edit=_may_edit())


if not user.is_researcher:
    st.subheader(t("actions.mine", n=len(actions)))
st.caption(t("actions.help"))
frame = pd.DataFrame(
    [
        {
            "id": a.id,
            "revision": a.revision,
            "late": "⚠" if a in overdue else "",
            "text": a.text,
            "owner_id": a.owner_id,
            "due": a.due,
            "status": a.status.value,
            "question_id": a.question_id,
        }
        for a in actions
    ],
    columns=["id", "revision", "late", "text", "owner_id", "due", "status", "question_id"],
)
if not user.is_researcher and not actions:
    _text.say("info", "actions.none_mine")
else:
    _grid.editor(
        "actions",
        frame,
        _save,
        num_rows="dynamic" if user.is_researcher else "fixed",
        disabled=[] if user.is_researcher else ["text", "owner_id", "question_id"],
        hide_index=True,
        column_order=["late", "text", "owner_id", "due", "status", "question_id"],
        column_config={
            "late": st.column_config.TextColumn(
                "", disabled=True, width=40, help=t("actions.overdue")
            ),
            "text": st.column_config.TextColumn(t("actions.text"), required=True, width="large"),
            "owner_id": st.column_config.SelectboxColumn(
                t("actions.owner"), options=["", *people], format_func=lambda i: people.get(i, "—")
            ),
            "due": st.column_config.DateColumn(t("actions.due"), format="YYYY-MM-DD"),
            "status": st.column_config.SelectboxColumn(
                t("agenda.status"),
                options=[s.value for s in ActionStatus],
                required=True,
                default="planned",
                format_func=_text.options_label("action_status"),
            ),
            "question_id": st.column_config.SelectboxColumn(
                t("actions.question"),
                options=["", *questions],
                format_func=lambda i: (
                    wording.in_language(questions[i].text, lang)[:80] if i in questions else "—"
                ),
            ),
        },
    )

if others:
    st.subheader(t("actions.others", n=len(others)))
    _text.table(
        pd.DataFrame(
            [
                {
                    "text": a.text,
                    "owner": people.get(a.owner_id, "—"),
                    "due": a.due,
                    "status": t(f"action_status.{a.status}"),
                }
                for a in others
            ]
        ),
        hide_index=True,
        column_config={
            "text": t("actions.text"),
            "owner": t("actions.owner"),
            "due": st.column_config.DateColumn(t("actions.due"), format="YYYY-MM-DD"),
            "status": t("agenda.status"),
        },
    )

if actions:
    st.subheader(t("actions.follow_up"))
    with st.form("actions.note"):
        chosen = _widgets.selectbox(
            st,
            t("actions.text"),
            [a.id for a in actions],
            format_func=lambda i: next(a.text for a in actions if a.id == i),
        )
        note = st.text_area(t("actions.note"), height=80)
        if st.form_submit_button(t("actions.add_note"), icon=":material/note_add:"):
            try:
                agenda.add_follow_up(
                    store,
                    next(a for a in actions if a.id == chosen),  # as shown, with its revision
                    note,
                    may_edit=_may_edit(),
                )
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.rerun()
    noted = [action for action in actions if action.notes]
    # One expander per action with notes grows with the lab: 25 at a time.
    number = _widgets.pager("actions.notes.page", len(noted))
    for action in paging.page_of(noted, number).items:
        if action.notes:
            with st.expander(t("actions.notes_of", text=_text.plain(action.text[:60]))):
                for entry in action.notes:
                    st.caption(f"{entry.at[:10]} · {_text.plain(entry.note)}")
