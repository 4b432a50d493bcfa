"""The short way into a vote: the address on the room's screen (…/v) and the six letters shown
next to the QR code. A right code moves the phone on to the round's full link, so a reload keeps
its place and its ballot."""

import time

import streamlit as st

from monitor import access, meetings
from monitor.errors import MonitorError
from pages import _room, _text

t = _text.t
CODE_GUARD = access.LoginGuard()  # wrong codes per phone address, shared by the server process
CODE_GUARD.FREE = 8

_text.language_switch("_vote_code_lang")
st.title(t("vote.code_title"))


def _client() -> str:
    try:
        return str(st.context.ip_address or "?")
    except Exception:
        return "?"


def _go(code: str) -> None:
    client, now = f"vote-code:{_client()}", time.time()
    if CODE_GUARD.wait_seconds(client, now):
        _text.say("error", "vote.code_wait", icon=":material/timer:")
        return
    try:
        vote, token = meetings.round_for_code(_room.link_store(), code)
    except MonitorError as exc:
        CODE_GUARD.failed(client, now)
        _text.show_error(exc)
        return
    CODE_GUARD.succeeded(client)
    link = {"lab": vote.lab_id, "round": vote.id, "vote": token}
    st.session_state["vote.link"] = link
    st.session_state.pop("survey.link", None)
    st.query_params.from_dict(link)
    st.rerun()


given = st.query_params.get("c", "")
st.markdown(t("vote.code_help"))
with st.form("vote.code"):
    code = st.text_input(t("vote.code_label"), value=given, max_chars=12, autocomplete="off")
    sent = st.form_submit_button(t("vote.code_go"), type="primary", width="stretch")
if sent or (given and "vote.code_tried" not in st.session_state):
    st.session_state["vote.code_tried"] = True
    _go(code)
