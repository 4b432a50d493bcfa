"""Who is using the app and with what: the store handle, the login, the language, the chosen
lab, the instruments, and the one page-context helper (`page()`) a lab page starts with.
Not a page (underscore)."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import streamlit as st

from monitor import access
from monitor.errors import InvalidInput, MonitorError
from monitor.model import Lab
from monitor.protocols import PROTOCOL_DIR, Protocol, load_with_store
from monitor.store import DATA_DIR_ENV, Store, default_data_dir
from monitor.store_api import database_url, open_store


@st.cache_resource(show_spinner=False)
def _store(data_dir: str, database_url: str = "") -> Store:
    # A store that cannot be opened (database down) raises and is not cached: the next rerun
    # tries again, so the app recovers without a restart.
    return open_store(data_dir, url=database_url)


def _database_url() -> str:
    """$LABMONITOR_DATABASE_URL, else [labmonitor] database_url in secrets.toml, else ''."""
    try:
        raw = st.secrets.to_dict()
    except Exception:  # no secrets file, or one that does not parse (access_config says so)
        raw = {}
    return database_url(raw)


ENTERED = "_entered_through_app"
WANTED = "_nav.wanted"  # the page path of a deep link that had to go through app.py first
SESSION = "auth.session"
LINK_KEYS = ("survey.link", "vote.link", "workshop.link", "national.link")  # the link is the access


def store() -> Store:
    """The one Store of this server for the configured directory; changes made through it are
    audited under the logged-in user's name. Refuses when the login has expired, so that even
    a save from a widget callback needs a valid session."""
    if ENTERED not in st.session_state:
        # A link straight to a page, before any session of a fresh server ran app.py, runs the
        # page on its own (Streamlit's legacy pages/ discovery): go through app.py first, and
        # keep the path asked for, so the app's navigation opens it (pages/_nav.py).
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        st.session_state[WANTED] = (ctx.pages_manager.intended_page_name or "") if ctx else ""
        st.switch_page("app.py")
    shared = _store(str(os.environ.get(DATA_DIR_ENV) or default_data_dir()), _database_url())
    if any(k in st.session_state for k in LINK_KEYS):
        return shared
    user = current_user()
    if user is None:
        raise InvalidInput("error.session_expired")
    return shared.acting(user.actor)


# -- who is using the app -------------------------------------------------------------------


def access_config() -> access.Config:
    """The users of shared mode from secrets.toml; none means local mode. A secrets file that
    does not parse stops the app (InvalidInput) instead of opening it to everyone."""
    try:
        raw = st.secrets.to_dict()
    except FileNotFoundError as exc:
        if str(exc).startswith("No secrets found"):
            return access.Config()
        raise InvalidInput("error.access_secrets") from None
    return access.config_from(raw)


def client_is_local() -> bool:
    """Whether the browser of this session runs on this computer. The TCP peer of its connection
    decides, not a header a client could set. Outside a running server (AppTest) there is no
    connection and the script runs on this computer."""
    from streamlit import runtime
    from streamlit.runtime.context import _get_client_context

    if not runtime.exists() or type(runtime.get_instance()) is not runtime.Runtime:
        return True  # AppTest stands a mock in for the server
    context = _get_client_context()
    return access.is_loopback(context.remote_ip if context else None)


def current_user() -> access.User | None:
    """Who is logged in: the local researcher in local mode (only on this computer), None when
    nobody is (any more)."""
    config = access_config()
    if not config.shared:
        return access.LOCAL_USER if client_is_local() else None
    now = time.time()
    session: access.Session | None = st.session_state.get(SESSION)
    if session is None and config.oidc and st.user.get("is_logged_in"):
        found = config.by_email(str(st.user.get("email") or ""))
        if found is not None:
            session = access.Session(user=found, started=now, seen=now)
    if session is None:
        # A reload or a reopened tab: the signed login cookie, if it is still valid.
        from pages import _room

        restored = access.session_from_token(
            config, login_secret(), _room.request_cookies().get(access.LOGIN_COOKIE), now
        )
        if restored is None:
            return None
        session, st.session_state[LOGIN_ID] = restored
    user = config.users.get(session.user.username)
    if user is None or session.expired(config, now):
        logout(expired=user is not None)
        return None
    st.session_state[SESSION] = access.Session(user=user, started=session.started, seen=now)
    return user


def log_in(user: access.User) -> None:
    now = time.time()
    st.session_state[SESSION] = access.Session(user=user, started=now, seen=now)
    st.session_state[LOGIN_ID] = secrets.token_urlsafe(12)
    st.session_state.pop(CLEAR_LOGIN_COOKIE, None)


def logout(expired: bool = False) -> None:
    st.session_state.pop(SESSION, None)
    access.revoke(st.session_state.pop(LOGIN_ID, ""))
    st.session_state[CLEAR_LOGIN_COOKIE] = True
    if expired:
        st.session_state["auth.expired"] = True
    if st.user.get("is_logged_in"):
        st.logout()  # the identity provider's cookie would log the session in again


LOGIN_ID = "auth.login_id"  # the random id of this login, in its cookie (see access.revoke)
CLEAR_LOGIN_COOKIE = "auth.clear_cookie"


def login_secret() -> bytes:
    """The server's secret that signs login cookies: the store's key, never in an export."""
    from monitor.surveys import server_key

    return server_key(_store(str(os.environ.get(DATA_DIR_ENV) or default_data_dir())))


def keep_login_cookie() -> None:
    """Shared mode: give the browser the signed cookie of the current login (renewed at most
    once a minute), or clear it after logging out."""
    from pages import _room

    session: access.Session | None = st.session_state.get(SESSION)
    if session is not None and LOGIN_ID in st.session_state:
        token = access.login_token(login_secret(), session, st.session_state[LOGIN_ID])
        _room.set_cookie(access.LOGIN_COOKIE, token, access_config().max_hours * 3600)
    elif st.session_state.get(CLEAR_LOGIN_COOKIE):
        _room.set_cookie(access.LOGIN_COOKIE, "", 0)


def is_researcher() -> bool:
    user = current_user()
    return user is not None and user.is_researcher


def audited(store_: Store, lab_id: str, what: str, build: Callable[[], Any], **detail: Any):
    """A download's data function that first notes the export in the audit trail."""

    def run() -> Any:
        store_.audit(lab_id, "export", what=what, **detail)
        return build()

    return run


# -- what the session works with ------------------------------------------------------------


def lang() -> str:
    return st.session_state.get("lang") or "nl"  # a click on the active option clears it


BASE_URL_ENV = "LABMONITOR_BASE_URL"  # the address phones use, when it differs from ours


def base_url() -> str:
    """Where participants' links point: LABMONITOR_BASE_URL, else the address in use now."""
    return os.environ.get(BASE_URL_ENV) or "{0.scheme}://{0.netloc}/".format(
        urlsplit(st.context.url or "http://localhost:8501/")
    )


def current_lab() -> Lab:
    """The lab chosen in the sidebar; app.py only shows lab pages when there is one."""
    lab_id = st.session_state.get("lab_id")
    try:
        return store().lab(lab_id)
    except MonitorError:
        from pages import _text  # _text needs this module's lang(): imported when first needed

        _text.say("info", "app.no_lab")
        st.stop()


def open_lab(lab_id: str) -> None:
    """Switch to a lab from inside a page and show its overview."""
    st.session_state["lab_id"] = lab_id
    st.switch_page("pages/overview.py")


@st.cache_data(show_spinner=False)
def _load_protocols(location: str, stamp: tuple, _store: Any) -> tuple[dict, list]:
    return load_with_store(_store)


def protocol_report() -> tuple[dict[str, Protocol], list[InvalidInput]]:
    """Shipped and uploaded instruments, reloaded when one changes; and the broken ones."""
    store_ = store()
    shipped = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(PROTOCOL_DIR.glob("*.yaml")))
    return _load_protocols(store_.location, (shipped, store_.protocols_revision()), store_)


def protocols() -> dict[str, Protocol]:
    return protocol_report()[0]


# -- the page context ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """What a lab page works with, read once at its top: the store (changes audited under the
    user's name), the lab chosen in the sidebar, who is logged in, and their language."""

    store: Store
    lab: Lab
    user: access.User
    lang: str


def page() -> Page:
    """The context of a lab page. app.py shows lab pages only after login and with a lab
    chosen; a page reached otherwise (an expired login, no lab) says so and stops."""
    store_ = store()  # refuses an expired login
    user = current_user()
    if user is None:
        raise InvalidInput("error.session_expired")
    return Page(store=store_, lab=current_lab(), user=user, lang=lang())
