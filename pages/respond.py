"""The page a respondent's survey link opens: their survey and nothing else. No sidebar, no
navigation, no other lab data; the link was moved into the session by app.py."""

import streamlit as st

from monitor import surveys
from monitor.errors import MonitorError, StoreError
from pages import _session, _survey, _text

t = _text.t
link = st.session_state["survey.link"]
try:
    store = _session.store()
except StoreError:  # the database is down: never its address on a respondent's phone
    _text.say("info", "survey.store_down", icon=":material/cloud_off:")
    st.stop()

try:
    survey, invitation = surveys.open_link(store, link["lab"], link["token"])
except StoreError:  # never the database's address on a respondent's phone
    _text.say("info", "survey.store_down", icon=":material/cloud_off:")
    st.stop()
except MonitorError as exc:
    _text.show_error(exc, "info", icon=":material/info:")
    st.stop()

st.session_state.setdefault("lang", store.lab(invitation.lab_id).language)
_text.language_switch("_respond_lang")
protocol = _session.protocols().get(survey.protocol_id)
if protocol is None:
    _text.say("info", "survey.unavailable", icon=":material/info:")
    st.stop()
_survey.run(invitation, protocol)
