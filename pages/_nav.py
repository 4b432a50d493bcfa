"""Navigation that behaves like a web app: a deep link (a bookmarked or shared page address)
opens the login first and then the page asked for, if the role allows it; an address that is
not a page, or not one for this role, gets a plain page in the user's language instead of the
framework's English "Page not found". Not a page (underscore)."""

from __future__ import annotations

import re
from collections.abc import Callable

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from pages import _session, _text

t = _text.t
_PATH = re.compile(r"[A-Za-z0-9_-]{1,60}")
_CURRENT = "_nav.current"  # the address of this run's page ("" for the default page)
_ALIAS = "_nav.alias"  # the path of the hidden page being shown at an asked-for address


def requested_path() -> str:
    """The page path in the address this run was asked for ("" for the bare address, for a
    rerun from a widget, and for anything that cannot be a page path)."""
    ctx = get_script_run_ctx()
    name = (ctx.pages_manager.intended_page_name or "") if ctx else ""
    if not name:  # a deep link on a fresh server went through app.py first (_session.store)
        name = st.session_state.get(_session.WANTED, "")
    if not name:  # a rerun on the hidden page of an asked-for path (see navigation)
        name = st.session_state.get(_ALIAS, "")
    return name if _PATH.fullmatch(name) else ""


def keep_address() -> None:
    """Open the page at this address again on the next run, even when the pages change in
    between (the login: its address is the page asked for, which only exists after it)."""
    st.session_state[_session.WANTED] = st.session_state.get(_CURRENT, "")


def _paths(pages: list[st.Page]) -> set[str]:
    # Page._url_path is the path Streamlit hashes a page by (also for the default page, whose
    # public url_path is ""); Streamlit is pinned to 1.67 in pyproject.
    return {p._url_path for p in pages}


def unavailable() -> None:
    """A page address that is not open to this visitor (or no page at all)."""
    st.title(t("nav.unavailable_title"))
    st.write(t("nav.unavailable_body"))
    st.markdown(f"[{t('nav.to_start')}](./)")


def navigation(
    pages: list[st.Page] | dict[str, list[st.Page]],
    *,
    other: str | Callable[[], None] = unavailable,
    aliases: dict[str, str] | None = None,
    **options,
):
    """st.navigation over `pages`, plus, for the path asked for when it is not among them, a
    hidden page at that path: `aliases[path]` (a page file that is the default under another
    path) or `other`. Returns what st.navigation returns."""
    flat = pages if isinstance(pages, list) else [p for group in pages.values() for p in group]
    wanted = requested_path()
    hidden: list[st.Page] = []
    if wanted and wanted not in _paths(flat):
        target = (aliases or {}).get(wanted, other)
        title = next(
            (p.title for p in flat if isinstance(target, str) and str(p._page).endswith(target)),
            t("nav.unavailable_title"),
        )
        hidden.append(st.Page(target, title=title, url_path=wanted, visibility="hidden"))
    if isinstance(pages, list):
        current = st.navigation([*pages, *hidden], **options)
    else:
        current = st.navigation({**pages, "": [*pages.get("", []), *hidden]}, **options)
    st.session_state[_CURRENT] = current.url_path  # "" for the default page
    # A hidden page at an asked-for path must exist in every run it is shown in (a widget's
    # rerun does not say the path again), else its form submits would land on another page.
    if current in hidden:
        st.session_state[_ALIAS] = current._url_path
    else:
        st.session_state.pop(_ALIAS, None)
    # The deep link that went through app.py: open its page now that the pages are known.
    pending = st.session_state.pop(_session.WANTED, "")
    if pending and current._url_path != pending:
        target = next((p for p in [*flat, *hidden] if p._url_path == pending), None)
        if target is not None:
            # A hidden page exists only in a run that knows its path: keep it for that run.
            st.session_state[_session.WANTED] = pending
            st.switch_page(target)
    return current
