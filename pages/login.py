"""Login for shared mode: user name and password, or the organisation's identity provider
when `st.login` is configured. Shows nothing of any lab."""

import streamlit as st

from monitor import access
from monitor.errors import MonitorError
from pages import _nav, _session, _text

t = _text.t
config = _session.access_config()

st.title(t("login.title"))
if st.session_state.pop("auth.expired", False):
    _text.say("info", "login.expired", icon=":material/timer_off:")

if st.user.get("is_logged_in"):
    # The identity provider knows this person, but secrets.toml gives them no role.
    _text.say("warning", "login.unknown_account", email=str(st.user.get("email") or ""))
    st.button(t("access.logout"), on_click=st.logout, icon=":material/logout:")
    st.stop()

with st.form("login"):
    username = st.text_input(t("login.username"), autocomplete="username", max_chars=100)
    password = st.text_input(
        t("login.password"), type="password", autocomplete="current-password", max_chars=200
    )
    if st.form_submit_button(t("login.submit"), type="primary", icon=":material/login:"):
        try:
            user = access.authenticate(config, username, password)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            _session.log_in(user)
            _nav.keep_address()  # a deep link opens its page once the user is known
            st.rerun()

if config.oidc:
    st.button(t("login.oidc"), on_click=st.login, icon=":material/badge:")
st.caption(t("login.help"))
