"""The page a participant's vote link opens on their phone: the vote and nothing else. No lab
data beyond the wording of the questions in the round, no navigation, anonymous.

One ballot per phone: the phone keeps the server's signed mark for the round in a cookie
(see meetings.ballot_mark), so a reload or a reopened link finds the ballot it already cast."""

import streamlit as st

from monitor import meetings
from monitor.errors import Conflict, MonitorError
from monitor.model import LearningQuestion
from monitor.wording import in_language
from pages import _room, _session, _text

t = _text.t
store = _session.store()
link = st.session_state["vote.link"]

_text.language_switch("_vote_lang")
lang = _session.lang()
st.title(t("vote.title"))

try:
    vote = meetings.round_for_link(store, link["lab"], link["round"], link["vote"])
except MonitorError as exc:
    _text.show_error(exc, "info", icon=":material/info:")
    st.stop()

# The voter key: this session's, else the one in the phone's signed mark, else a new one that
# the phone is asked to keep before it can vote.
cookie = meetings.BALLOT_COOKIE + vote.id
voters = st.session_state.setdefault("vote.voters", {})
if vote.id not in voters:
    from_phone = meetings.voter_of_mark(store, vote, _room.request_cookies().get(cookie))
    voters[vote.id] = from_phone or meetings.new_voter()
voter = voters[vote.id]
_room.set_cookie(cookie, meetings.ballot_mark(store, vote, voter), 24 * 3600)

if meetings.has_voted(vote, voter):
    _text.say(
        "success",
        "vote.thanks" if st.session_state.get("vote.just_cast") == vote.id else "vote.already_here",
        icon=":material/how_to_vote:",
    )
    st.stop()

_room.focus_heading(f"vote:{vote.id}", t("vote.title"))
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
        if st.checkbox(_text.plain(wording.get(question_id, "—")), key=f"vote.q.{question_id}")
    ]
    sent = st.form_submit_button(
        t("vote.send"), type="primary", icon=":material/how_to_vote:", width="stretch"
    )
if sent:
    try:
        meetings.cast(store, vote.lab_id, vote.id, link["vote"], voter, chosen)
    except Conflict:
        st.rerun()  # cast meanwhile (a second tab on this phone): the page says so
    except MonitorError as exc:
        _text.show_error(exc, "error", icon=":material/error:")
    else:
        st.session_state["vote.just_cast"] = vote.id
        st.rerun()
