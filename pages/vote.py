"""The page a participant's vote link opens on their phone: the vote and nothing else. No lab
data beyond the wording of the questions in the round, no navigation, anonymous."""

import secrets

import streamlit as st

from monitor import meetings
from monitor.errors import Conflict, MonitorError
from monitor.model import LearningQuestion
from monitor.wording import in_language
from pages import _ui

t = _ui.t
store = _ui.store()
link = st.session_state["vote.link"]
voter = st.session_state.setdefault("vote.voter", secrets.token_hex(8))

_ui.language_switch("_vote_lang")
lang = _ui.lang()
st.title(t("vote.title"))

if st.session_state.get("vote.done") == link["round"]:
    st.success(t("vote.thanks"), icon=":material/how_to_vote:")
    st.stop()

try:
    vote = meetings.round_for_link(store, link["lab"], link["round"], link["vote"])
except MonitorError as exc:
    st.info(exc.message(lang), icon=":material/info:")
    st.stop()

wording = {
    q.id: in_language(q.text, lang)
    for q in store.records(vote.lab_id, LearningQuestion)
    if q.id in vote.question_ids
}
st.markdown(t("vote.instruction", n=vote.votes_each))
with st.form("vote.ballot"):
    chosen = [
        question_id
        for question_id in vote.question_ids
        if st.checkbox(_ui.plain(wording.get(question_id, "—")), key=f"vote.q.{question_id}")
    ]
    sent = st.form_submit_button(
        t("vote.send"), type="primary", icon=":material/how_to_vote:", width="stretch"
    )
if sent:
    try:
        meetings.cast(store, vote.lab_id, vote.id, link["vote"], voter, chosen)
    except Conflict as exc:
        st.session_state["vote.done"] = vote.id
        st.info(exc.message(lang), icon=":material/info:")
    except MonitorError as exc:
        st.error(exc.message(lang), icon=":material/error:")
    else:
        st.session_state["vote.done"] = vote.id
        st.rerun()
