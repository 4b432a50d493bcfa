"""View helpers for the room and the phones: cookies the server signs, and moving the view to
the heading of each new screen. Not a page (underscore).

Cookies are read from the browser's request (st.context.cookies, sent when the page connects)
and written by a small script in the page (st.html with JavaScript): no extra component. The
values are made and checked by the monitor package; a browser only stores them."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import streamlit as st


def request_cookies() -> dict[str, str]:
    """The cookies the browser sent when this session connected."""
    try:
        return st.context.cookies.to_dict()
    except Exception:  # no browser connection (AppTest): no cookies
        return {}


def set_cookie(name: str, value: str, max_age_s: int) -> None:
    """Ask the browser to keep a cookie for this site (max_age_s 0 deletes it). The script
    runs once per distinct value; a reload sends the cookie back with the connection."""
    secure = "; Secure" if urlsplit(st.context.url or "").scheme == "https" else ""
    cookie = f"{name}={value}; Max-Age={int(max_age_s)}; Path=/; SameSite=Strict{secure}"
    st.html(
        f"<script>document.cookie = {json.dumps(cookie)};</script>",
        unsafe_allow_javascript=True,
        width=1,
    )


def focus_heading(step: str) -> None:
    """Scroll to the top and move the keyboard focus to the screen's first heading, once per
    `step` (a new question, a new meeting step): the next screen starts at its heading, not
    at the old scroll position with the focus left at the page top."""
    st.html(
        "<script>(function () {"
        f"const step = {json.dumps(step)};"
        "if (window.__slmStep === step) return; window.__slmStep = step;"
        "let tries = 0;"
        "function go() {"
        " const main = document.querySelector('[data-testid=\"stMain\"]');"
        " const h = main && main.querySelector('h1, h2');"
        " if (!h && tries++ < 40) { setTimeout(go, 25); return; }"
        " window.scrollTo(0, 0);"
        " if (main) main.scrollTop = 0;"
        " const box = document.querySelector('[data-testid=\"stAppScrollToBottomContainer\"]');"
        " if (box) box.scrollTop = 0;"
        " if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); }"
        "}"
        "setTimeout(go, 0);"
        "})();</script>",
        unsafe_allow_javascript=True,
        width=1,
    )


def link_store():
    """The store for finding a vote by its code, before the visitor has a link or a login:
    round_for_code reads only open rounds and answers only with one round's link."""
    import os

    from monitor.store import DATA_DIR_ENV, default_data_dir
    from pages import _ui

    return _ui._store(str(os.environ.get(DATA_DIR_ENV) or default_data_dir()))
