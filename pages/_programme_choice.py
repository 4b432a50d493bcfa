"""What the programme pages share: the chosen programme (from the address, the session or the
only one there is), checked against the user in monitor. Not a page (underscore)."""

from __future__ import annotations

import streamlit as st

from monitor.errors import MonitorError
from monitor.model import Programme
from monitor.programme import permissions
from pages import _session, _text, _widgets

t = _text.t
KEY = "programme_id"


def user():
    found = _session.current_user()
    if found is None:
        _text.say("info", "error.session_expired")
        st.stop()
    return found


def chosen(allow_none: bool = False) -> Programme | None:
    """The programme this page shows. `?pid=` in the address opens one directly (and is
    refused, like an unknown one, when the user may not see it)."""
    store, viewer = _session.store(), user()
    asked = st.query_params.get("pid")
    if asked:
        try:
            found = permissions.programme_for(store, viewer, asked)
        except MonitorError as exc:
            _text.show_error(exc, "info", icon=":material/info:")
            st.stop()
        st.session_state[KEY] = found.id
        return found
    visible = permissions.visible(store, viewer)
    if not visible:
        if allow_none:
            return None
        _text.say("info", "programme.none_visible", icon=":material/info:")
        st.stop()
    ids = [p.id for p in visible]
    if st.session_state.get(KEY) not in ids:
        st.session_state[KEY] = ids[0]
    if len(ids) > 1:
        names = {p.id: p.name for p in visible}
        picked = _widgets.selectbox(
            st.sidebar,
            t("programme.choose"),
            ids,
            index=ids.index(st.session_state[KEY]),
            format_func=names.__getitem__,
            key=f"_programme_widget.{st.session_state[KEY]}",
        )
        st.session_state[KEY] = picked
    return next(p for p in visible if p.id == st.session_state[KEY])
