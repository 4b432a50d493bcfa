"""What another computer sees of a local-mode monitor: nothing of a lab, only where to go."""

import streamlit as st

from pages import _text

t = _text.t

_text.language_switch("not_here.lang")
st.title(t("access.not_here_title"))
st.write(t("access.not_here_body"))
