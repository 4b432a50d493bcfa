"""Widgets the pages share: choices without Streamlit's own English texts, the input for a
protocol question, and the pager of a long list. Not a page (underscore).

Streamlit writes "Select all" into a multiselect and "No results" under a search that finds
nothing, in English whatever the user's language; the choice wrappers switch the bulk action
off and, for lists short enough to scan by eye, the typing (no search, so no "No results")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import streamlit as st

from monitor import interviews, paging
from monitor.protocols import Question
from pages import _session, _text

SCAN_BY_EYE = 7  # up to this many options (what the open list shows at once), no search


def multiselect(where: Any, label: str, options: Sequence[Any], **kwargs: Any) -> list[Any]:
    """`where.multiselect(...)` (where is st, a column, the sidebar ...) in the user's
    language: no "Select all", no English placeholder, no search over a short list."""
    kwargs.setdefault("select_all", False)
    kwargs.setdefault("placeholder", _choose())
    _short_list(options, kwargs)
    return where.multiselect(label, options, **kwargs)


def selectbox(where: Any, label: str, options: Sequence[Any], **kwargs: Any) -> Any:
    """`where.selectbox(...)` without a search over a short list."""
    _short_list(options, kwargs)
    kwargs.setdefault("placeholder", _choose())  # never Streamlit's English "Choose an option"
    return where.selectbox(label, options, **kwargs)


def _choose() -> str:
    return _text.t("common.choose")


def _short_list(options: Sequence[Any], kwargs: dict[str, Any]) -> None:
    if len(options) <= SCAN_BY_EYE and not kwargs.get("accept_new_options"):
        kwargs.setdefault("filter_mode", None)


def answer_widget(question: Question, answers: dict[str, Any], key: str) -> tuple[Any, str]:
    """The input for one question, filled with the stored answer. Returns (answer, other text)."""
    current = answers.get(question.id)
    label = _text.t("interview.answer")
    hidden = "collapsed"
    other = ""
    if question.type == "instruction":
        return None, ""
    if question.type == "short_text":
        value = st.text_input(label, current or "", key=key, label_visibility=hidden)
    elif question.type == "long_text":
        value = st.text_area(label, current or "", key=key, height=160, label_visibility=hidden)
    elif question.type in ("single_choice", "yes_no", "agreement5"):
        options = answer_options(question)
        value = st.radio(
            label,
            list(options),
            format_func=lambda v: _text.plain(options[v]),  # radio options render markdown
            key=key,
            index=list(options).index(current) if current in options else None,
            horizontal=question.type != "single_choice",
            label_visibility=hidden,
        )
    elif question.type == "multiple_choice":
        options = answer_options(question)
        value = multiselect(
            st,
            label,
            list(options),
            format_func=options.get,
            key=key,
            default=[v for v in current or [] if v in options],
            placeholder=_text.t("common.choose"),
            label_visibility=hidden,
        )
    elif question.type == "date":
        stored = dt.date.fromisoformat(current) if current else None
        value = st.date_input(label, stored, key=key, format="YYYY-MM-DD", label_visibility=hidden)
    else:
        value = st.number_input(label, value=current, key=key, label_visibility=hidden)
    if question.other:
        other = st.text_input(
            _text.t("answer.other_namely"),
            answers.get(f"{question.id}{interviews.OTHER_SUFFIX}", ""),
            key=f"{key}.other",
        )
    return value, other


def answer_options(question: Question) -> dict[str, str]:
    lang_ = _session.lang()
    if question.type == "agreement5":
        return {str(v): _text.t(f"agreement.{v}") for v in range(1, 6)}
    if question.type == "yes_no":
        return {"yes": _text.t("answer.yes"), "no": _text.t("answer.no")}
    options = {c.value: c.label[lang_] for c in question.choices}
    if question.other:
        options.setdefault(interviews.OTHER, _text.t("answer.other"))
    return options


def pager(key: str, total: int, size: int = 25) -> int:
    """The page number of a paged list (kept per list in the session); draws a number input
    and "1–25 of 4,512 items" under the list only when there is more than one page."""
    pages = max(1, -(-total // size))
    current = 1
    if pages > 1:
        if int(st.session_state.get(key, 1) or 1) > pages:  # the list shrank (a filter)
            st.session_state[key] = pages
        left, right = st.columns([1, 3], vertical_alignment="center")
        current = left.number_input(
            _text.t("paging.page"), min_value=1, max_value=pages, step=1, key=key
        )
        right.caption(_text.t("paging.of_pages", n=pages))
    found = paging.page_of(range(total), int(current), size)
    if total:
        st.caption(_text.t("paging.showing", first=found.first, last=found.last, n=total))
    return found.number


# Streamlit draws its own English "Upload" button and "20MB per file • CSV" line inside every
# file uploader. The button's word is replaced by one in the user's language (CSS cannot reach
# it otherwise), the line is hidden and said again in a caption under the field. Constant CSS
# per language: st.html never gets computed content.
_UPLOADER_CSS = """<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {
  font-size: 0;
}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  font-size: 1rem;
}
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
</style>"""
_UPLOADER_NL = """<style>
[data-testid="stFileUploaderDropzone"] button p::after { content: "Bestand kiezen"; }
</style>"""
_UPLOADER_EN = """<style>
[data-testid="stFileUploaderDropzone"] button p::after { content: "Choose a file"; }
</style>"""


def file_uploader(
    where: Any, label: str, types: Sequence[str], *, max_mb: int = 20, **kwargs: Any
) -> Any:
    """`where.file_uploader(...)` in the user's language: our word on the button and the limit
    and the file types in a caption under it (what Streamlit would say in English)."""
    st.html(_UPLOADER_CSS)
    if _session.lang() == "nl":
        st.html(_UPLOADER_NL)
    else:
        st.html(_UPLOADER_EN)
    found = where.file_uploader(label, type=list(types), max_upload_size=max_mb, **kwargs)
    where.caption(_text.t("upload.limit", mb=max_mb, types=", ".join(t.upper() for t in types)))
    return found
