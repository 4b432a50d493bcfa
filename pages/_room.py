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


def focus_heading(step: str, heading: str = "") -> None:
    """Scroll to the top and move the keyboard focus to the screen's heading, once per `step`
    (a new question, a new meeting step): the next screen starts at its heading, not at the
    old scroll position with the focus left at the page top. `heading` is (the start of) the
    heading's text, so the heading of the screen before, still on the page for a moment, is not
    the one focused; without it the first heading of the page."""
    st.html(
        "<script>(function () {"
        f"const step = {json.dumps(step)}, want = {json.dumps(heading.strip()[:60])};"
        "if (window.__slmStep === step) return; window.__slmStep = step;"
        "let tries = 0;"
        "function find(main) {"
        " const all = Array.from(main.querySelectorAll('h1, h2, h3'));"
        " return want ? all.find(h => h.textContent.trim().startsWith(want)) : all[0];"
        "}"
        "function go() {"
        " const main = document.querySelector('[data-testid=\"stMain\"]');"
        " let h = main && find(main);"
        " if (!h && tries++ < 60) { setTimeout(go, 25); return; }"
        " if (!h && main) h = main.querySelector('h1, h2');"
        " window.scrollTo(0, 0);"
        " for (const box of [main, document.querySelector('[data-testid=\"stAppViewContainer\"]')])"
        "  if (box) box.scrollTop = 0;"
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
    from pages import _session

    return _session._store(str(os.environ.get(DATA_DIR_ENV) or default_data_dir()))


def escape(text: str) -> str:
    """Text for HTML made here (attributes included): shown literally."""
    import html

    return html.escape(str(text), quote=True)


def qr_img(url: str, alt: str, css_class: str) -> str:
    """The QR code as an SVG image that scales to its box, with a text alternative."""
    import segno

    source = segno.make(url, error="m").svg_data_uri(scale=1, border=4, omitsize=True)
    return f'<img class="{escape(css_class)}" src="{escape(source)}" alt="{escape(alt)}">'


def code_block(sentence: str, address: str, code: str) -> str:
    """ "Or type <address> and the code" with the six letters large below; `sentence` holds
    "{where}" where the address goes."""
    where = f"<strong>{escape(address)}</strong>"
    text = escape(sentence).replace(escape("{where}"), where)
    return (
        f'<p class="slm-where">{text}</p>'
        f'<p class="slm-code" aria-label="{escape(" ".join(code))}">{escape(code)}</p>'
    )
