"""First start: open the demo lab or start an empty one. Also the 'New lab' page later on."""

import streamlit as st

from monitor import demo, labs
from monitor.errors import MonitorError
from pages import _progress, _session, _text

t = _text.t
store = _session.store()

st.title(t("welcome.title"))
st.write(t("welcome.intro"))

left, right = st.columns(2, gap="large")
with left, st.container(border=True):
    st.subheader(t("welcome.demo_title"))
    st.write(t("welcome.demo_text"))
    if st.button(t("welcome.open_demo"), type="primary", icon=":material/play_arrow:"):
        try:
            with _progress.status("progress.demo") as progress:
                lab = demo.load_demo(store, progress)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            _session.open_lab(lab.id)

with right, st.container(border=True):
    st.subheader(t("welcome.empty_title"))
    with st.form("welcome.new_lab"):
        name = st.text_input(t("lab.name"), max_chars=200)
        goal = st.text_area(t("lab.goal"), height=90)
        language = st.radio(
            t("lab.language"),
            ["nl", "en"],
            horizontal=True,
            format_func=_text.options_label("language"),
        )
        submitted = st.form_submit_button(t("welcome.start_empty"), icon=":material/add:")
    if submitted:
        try:
            lab = labs.create_lab(store, name=name, goal=goal, language=language)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            _session.open_lab(lab.id)
