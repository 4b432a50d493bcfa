"""Texts on screen: translations, messages and labels with one escaping rule, and tables
that show free text as stored. Not a page (underscore).

Streamlit renders markdown in alerts, toasts and widget labels. Every message and every label
that may hold user text (a name, a title, a phase, an instrument's wording) goes through one of
these, so what people typed is shown as typed and never acts as a link, image or emphasis."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from monitor import i18n
from monitor.errors import MonitorError
from monitor.text import markdown_escape, visible
from pages import _session


def t(key: str, **params: Any) -> str:
    return i18n.t(key, _session.lang(), **params)


def tp(key: str, /, **params: Any) -> str:
    """A translated text whose values are shown literally; the text's own markup stays. Values
    that are translation keys (a field name) are translated before they are escaped."""
    lang_ = _session.lang()
    shown = {}
    for name, value in params.items():
        if isinstance(value, str):
            if name in i18n._TRANSLATED_PARAMS and isinstance(
                i18n.TEXT.get(value, {}).get(lang_), str
            ):
                value = i18n.t(value, lang_)
            value = plain(value)
        shown[name] = value
    return i18n.t(key, lang_, **shown)


def plain(text: str) -> str:
    """User text for a markdown widget: shown literally, never as markup or HTML."""
    return markdown_escape(text)


def label(text: str) -> str:
    """A widget label (button, expander, tab) built from user text: shown as typed."""
    return plain(text)


def options_label(prefix: str) -> Callable[[str], str]:
    """format_func for selectboxes over enum values: 'employer' -> 'Werkgever'."""
    return lambda value: t(f"{prefix}.{value}") if value else "—"


def show_error(
    error: MonitorError, kind: str = "error", icon: str | None = ":material/error:"
) -> None:
    """The message in the user's language; it may quote what they typed, so shown literally."""
    say_plain(kind, error.message(_session.lang()), icon=icon)


_NOTICES = {"error", "warning", "info", "success", "toast"}


def say(kind: str, key: str, /, *, icon: str | None = None, **params: Any) -> None:
    """Show a translated message as an alert or toast (kind: error, warning, info, success,
    toast) with every quoted value escaped."""
    _notice(kind, tp(key, **params), icon)


def say_plain(kind: str, text: str, *, icon: str | None = None) -> None:
    """Show a message that is already worded (an error's text, stored between reruns) as plain
    text: nothing in it acts as markup."""
    _notice(kind, plain(text), icon)


def say_lines(
    kind: str, lines: list[str], *, head: str = "", icon: str | None = None, **params: Any
) -> None:
    """A message of several worded lines (one per row or note), each shown as plain text under
    an optional heading: a translation key, or a text already made with tp()."""
    heading = [tp(head) if head in i18n.TEXT else head, ""] if head else []
    body = "\n".join([*heading, *(f"- {plain(line)}" for line in lines)])
    _notice(kind, body, icon)


def _notice(kind: str, body: str, icon: str | None) -> None:
    if kind not in _NOTICES:
        raise ValueError(f"unknown message kind {kind!r}")
    getattr(st, kind)(body, icon=icon) if icon else getattr(st, kind)(body)


def table(frame: pd.DataFrame, **kwargs: Any) -> Any:
    """st.dataframe with free text's invisible direction and zero-width characters shown as
    their code points, so a cell never reads otherwise than it is stored."""
    return st.dataframe(frame.map(visible), **kwargs)


def language_switch(key: str) -> None:
    """Nederlands | English, for pages without the sidebar (vote and survey links)."""
    st.segmented_control(
        t("app.language"),
        options=["nl", "en"],
        key=key,
        default=_session.lang(),
        required=True,
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
        on_change=lambda: st.session_state.update(lang=st.session_state[key]),
        label_visibility="collapsed",
    )
