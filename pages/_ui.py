"""View helpers shared by the pages: the store handle, the language, the selected lab, and
the table-editor plumbing. Not a page (underscore)."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from monitor import access, i18n, interviews, wording
from monitor import agenda as agenda_logic
from monitor import factors as factors_module
from monitor import protocols as protocol_files
from monitor.codebook import Codebook
from monitor.errors import InvalidInput, MonitorError
from monitor.model import (
    Action,
    Factor,
    Lab,
    LearningQuestion,
    Source,
    new_id,
)
from monitor.protocols import Protocol, Question
from monitor.store import DATA_DIR_ENV, Store, default_data_dir
from monitor.store_api import database_url, open_store
from monitor.text import markdown_escape, visible
from pages import _widgets


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


def audited(store_: Store, lab_id: str, what: str, build: Callable[[], Any], **detail: Any):
    """A download's data function that first notes the export in the audit trail."""

    def run() -> Any:
        store_.audit(lab_id, "export", what=what, **detail)
        return build()

    return run


def is_researcher() -> bool:
    user = current_user()
    return user is not None and user.is_researcher


@st.cache_data(show_spinner=False)
def _load_protocols(location: str, stamp: tuple, _store: Any) -> tuple[dict, list]:
    return protocol_files.load_with_store(_store)


def protocol_report() -> tuple[dict[str, Protocol], list[InvalidInput]]:
    """Shipped and uploaded instruments, reloaded when one changes; and the broken ones."""
    store_ = store()
    shipped = tuple(
        (p.name, p.stat().st_mtime_ns) for p in sorted(protocol_files.PROTOCOL_DIR.glob("*.yaml"))
    )
    return _load_protocols(store_.location, (shipped, store_.protocols_revision()), store_)


def protocols() -> dict[str, Protocol]:
    return protocol_report()[0]


def lang() -> str:
    return st.session_state.get("lang") or "nl"  # a click on the active option clears it


BASE_URL_ENV = "LABMONITOR_BASE_URL"  # the address phones use, when it differs from ours


def base_url() -> str:
    """Where participants' links point: LABMONITOR_BASE_URL, else the address in use now."""
    return os.environ.get(BASE_URL_ENV) or "{0.scheme}://{0.netloc}/".format(
        urlsplit(st.context.url or "http://localhost:8501/")
    )


def language_switch(key: str) -> None:
    """Nederlands | English, for pages without the sidebar (vote and survey links)."""
    st.segmented_control(
        t("app.language"),
        options=["nl", "en"],
        key=key,
        default=lang(),
        required=True,
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
        on_change=lambda: st.session_state.update(lang=st.session_state[key]),
        label_visibility="collapsed",
    )


def t(key: str, **params: Any) -> str:
    return i18n.t(key, lang(), **params)


def plain(text: str) -> str:
    """User text for a markdown widget: shown literally, never as markup or HTML."""
    return markdown_escape(text)


def show_error(
    error: MonitorError, kind: str = "error", icon: str | None = ":material/error:"
) -> None:
    """The message in the user's language; it may quote what they typed, so shown literally."""
    say_plain(kind, error.message(lang()), icon=icon)


# -- messages and labels: one escaping rule ----------------------------------------------------
# Streamlit renders markdown in alerts, toasts and widget labels. Every message and every label
# that may hold user text (a name, a title, a phase, an instrument's wording) goes through one of
# these, so what people typed is shown as typed and never acts as a link, image or emphasis.

_NOTICES = {"error", "warning", "info", "success", "toast"}


def tp(key: str, /, **params: Any) -> str:
    """A translated text whose values are shown literally; the text's own markup stays. Values
    that are translation keys (a field name) are translated before they are escaped."""
    lang_ = lang()
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


def table(frame: pd.DataFrame, **kwargs: Any) -> Any:
    """st.dataframe with free text's invisible direction and zero-width characters shown as
    their code points, so a cell never reads otherwise than it is stored."""
    return st.dataframe(frame.map(visible), **kwargs)


def label(text: str) -> str:
    """A widget label (button, expander, tab) built from user text: shown as typed."""
    return plain(text)


def _notice(kind: str, body: str, icon: str | None) -> None:
    if kind not in _NOTICES:
        raise ValueError(f"unknown message kind {kind!r}")
    getattr(st, kind)(body, icon=icon) if icon else getattr(st, kind)(body)


def current_lab() -> Lab:
    """The lab chosen in the sidebar; app.py only shows lab pages when there is one."""
    lab_id = st.session_state.get("lab_id")
    try:
        return store().lab(lab_id)
    except MonitorError:
        say("info", "app.no_lab")
        st.stop()


def open_lab(lab_id: str) -> None:
    """Switch to a lab from inside a page and show its overview."""
    st.session_state["lab_id"] = lab_id
    st.switch_page("pages/overview.py")


def options_label(prefix: str) -> Callable[[str], str]:
    """format_func for selectboxes over enum values: 'employer' -> 'Werkgever'."""
    return lambda value: t(f"{prefix}.{value}") if value else "—"


# -- table editors ---------------------------------------------------------------------------


def autosave_editor(
    name: str,
    frame: pd.DataFrame,
    save: Callable[[list[dict], list[str]], Any],
    **editor_kwargs: Any,
) -> bool:
    """The bulk-edit table of pages/_grid.py (kept under this name for existing pages)."""
    from pages import _grid

    return _grid.editor(name, frame, save, **editor_kwargs)


# -- answering a protocol question --------------------------------------------------------


def answer_widget(question: Question, answers: dict[str, Any], key: str) -> tuple[Any, str]:
    """The input for one question, filled with the stored answer. Returns (answer, other text)."""
    current = answers.get(question.id)
    label = t("interview.answer")
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
            format_func=lambda v: plain(options[v]),  # radio options render markdown
            key=key,
            index=list(options).index(current) if current in options else None,
            horizontal=question.type != "single_choice",
            label_visibility=hidden,
        )
    elif question.type == "multiple_choice":
        options = answer_options(question)
        value = _widgets.multiselect(
            st,
            label,
            list(options),
            format_func=options.get,
            key=key,
            default=[v for v in current or [] if v in options],
            placeholder=t("common.choose"),
            label_visibility=hidden,
        )
    elif question.type == "date":
        stored = dt.date.fromisoformat(current) if current else None
        value = st.date_input(label, stored, key=key, format="YYYY-MM-DD", label_visibility=hidden)
    else:
        value = st.number_input(label, value=current, key=key, label_visibility=hidden)
    if question.other:
        other = st.text_input(
            t("answer.other_namely"),
            answers.get(f"{question.id}{interviews.OTHER_SUFFIX}", ""),
            key=f"{key}.other",
        )
    return value, other


def answer_options(question: Question) -> dict[str, str]:
    lang_ = lang()
    if question.type == "agreement5":
        return {str(v): t(f"agreement.{v}") for v in range(1, 6)}
    if question.type == "yes_no":
        return {"yes": t("answer.yes"), "no": t("answer.no")}
    options = {c.value: c.label[lang_] for c in question.choices}
    if question.other:
        options.setdefault(interviews.OTHER, t("answer.other"))
    return options


# -- evidence -----------------------------------------------------------------------------


def evidence_card(factor: Factor, source: Source | None, book: Codebook) -> None:
    """A factor with the passage it was coded from, and a way to the whole source."""
    lang_ = lang()
    with st.container(border=True):
        st.markdown(
            f"**{t(f'factor_kind.{factor.kind}')}** · "
            f"{plain(', '.join(book.label(i, lang_) for i in factor.themes))}"
        )
        st.markdown(f"### {plain(factor.text)}")
        details = [t(f"group.{g}") for g in factor.groups]
        if factor.step:
            details.append(t(f"step.{factor.step}"))
        if details:
            st.caption(" · ".join(details))
        if source is None:
            st.caption(t("factors.no_source"))
            return
        st.markdown(
            f"**{t('coding.source')}:** {plain(source.title)} "
            f"({t(f'source_kind.{source.kind}')}, {source.date:%Y-%m-%d})"
        )
        before, passage, after = factors_module.quote_context(source.text, factor.quote)
        if passage:
            st.markdown(f"…{plain(before)}**{plain(passage)}**{plain(after)}…")
        elif factor.quote:
            st.markdown(f"> {plain(factor.quote)}")
        if st.button(
            t("factors.open_source"),
            key=f"evidence.open.{factor.id}",
            icon=":material/open_in_new:",
        ):
            st.session_state["sources.focus"] = source.id
            st.switch_page("pages/sources.py")


# -- learning questions and actions -------------------------------------------------------


def question_card(
    question: LearningQuestion,
    book: Codebook,
    actions: list[Action],
    people: dict[str, str],
    evidence: Callable[[tuple[str, ...]], None],
    editable: bool = True,
) -> None:
    """One question on the agenda: wording, status, history, actions, and (when editable) the
    forms to change it. Every change is stored at once."""
    lang_ = lang()
    with st.container(border=True):
        st.markdown(
            f"**{plain(book.label(question.theme, lang_))}** · "
            f"`{t(f'status.{question.status}')}` · {t(f'qkind.{question.kind}')}"
        )
        st.markdown(f"#### {plain(wording.in_language(question.text, lang_))}")
        if question.answer:
            st.markdown(f"**{t('agenda.answer')}:** {plain(question.answer)}")
        for action in agenda_logic.sort_actions(actions, dt.date.today()):
            action_line(action, people)
        with st.expander(t("agenda.details")):
            evidence(question.factor_ids)
            for entry in question.history:
                note = plain(agenda_logic.note_text(entry, lang_))
                st.caption(f"{entry.at[:10]} · {t(f'event.{entry.event}')} {note}")
            if editable:
                _question_forms(question, people)


def action_line(action: Action, people: dict[str, str] | None = None) -> None:
    """One action as a list item: text, owner (unless people is None), due date, status."""
    who = (
        f" · {plain(people.get(action.owner_id, t('actions.no_owner')))}"
        if people is not None
        else ""
    )
    late = " ⚠" if agenda_logic.is_overdue(action, dt.date.today()) else ""
    st.markdown(
        f"- {plain(action.text)}{who} · {action.due or '—'}{late} · "
        f"`{t(f'action_status.{action.status}')}`"
    )


def question_decisions(question: LearningQuestion, name: str, change: Callable) -> None:
    """The status and wording forms of a question, based on the version first shown.
    change(kind, shown, **fields) stores one ("status": status, answer; "text": nl, en)."""
    base = edit_base(
        question, lambda b: [f"{name}.{w}.{question.id}.{b}" for w in ("status", "how", "nl", "en")]
    )
    shown = as_shown(question, base)
    stale_notice(question, base)
    choices = [s.value for s in agenda_logic.SETTABLE_STATUSES]
    with st.form(f"{name}.status.{question.id}"):
        status = _widgets.selectbox(
            st,
            t("agenda.status"),
            choices,
            index=choices.index(shown.status),
            format_func=options_label("status"),
            key=f"{name}.status.{question.id}.{base}",
        )
        how = st.text_area(
            t("agenda.answer_how"), shown.answer, height=70, key=f"{name}.how.{question.id}.{base}"
        )
        if st.form_submit_button(t("agenda.change_status")):
            attempt(lambda: change("status", shown, status=status, answer=how), done=question)
    with st.form(f"{name}.text.{question.id}"):
        nl = st.text_area(
            t("agenda.text_nl"), shown.text.get("nl", ""), height=70,
            key=f"{name}.nl.{question.id}.{base}",
        )  # fmt: skip
        en = st.text_area(
            t("agenda.text_en"), shown.text.get("en", ""), height=70,
            key=f"{name}.en.{question.id}.{base}",
        )  # fmt: skip
        if st.form_submit_button(t("agenda.reformulate")):
            attempt(lambda: change("text", shown, text_nl=nl, text_en=en), done=question)


def as_shown(record: Any, revision: int) -> Any:
    """The record as the user saw it, as far as the revision goes: a change based on it is
    checked against that revision (the store then refuses it if someone saved meanwhile)."""
    import dataclasses

    return record if record.revision == revision else dataclasses.replace(record, revision=revision)


def _question_forms(question: LearningQuestion, people: dict[str, str]) -> None:
    store_, lab_id = store(), question.lab_id
    lab = store_.lab(lab_id)

    def change(kind: str, shown: LearningQuestion, **fields: Any) -> Any:
        if kind == "status":
            return agenda_logic.set_status(store_, shown, fields["status"], answer=fields["answer"])
        return agenda_logic.reformulate(store_, shown, **fields)

    question_decisions(question, "q", change)
    form_id = st.session_state.setdefault(f"q.action_id.{question.id}", new_id())
    with st.form(f"q.action.{question.id}"):
        what = st.text_input(t("actions.text"))
        left, right = st.columns(2)
        owner = _widgets.selectbox(
            left, t("actions.owner"), ["", *people], format_func=lambda i: people.get(i, "—")
        )
        due = right.date_input(t("actions.due"), None, format="YYYY-MM-DD")
        if st.form_submit_button(t("actions.add"), icon=":material/add_task:") and attempt(
            lambda: agenda_logic.save_action(
                store_,
                lab,
                text_=what,
                question_id=question.id,
                owner_id=owner,
                due=due,
                action_id=form_id,
            ),
            rerun=False,
        ):
            del st.session_state[f"q.action_id.{question.id}"]
            st.rerun()


def attempt(change: Callable[[], Any], rerun: bool = True, done: Any = None) -> bool:
    """Run a change; show its error in the user's language, or rerun to show the result. With
    `done` (the record the change was based on), its forms open at the new version next."""
    try:
        change()
    except MonitorError as exc:
        show_error(exc)
        return False
    if done is not None:
        edit_done(done)
    if rerun:
        st.rerun()
    return True


# -- forms that edit a stored record ----------------------------------------------------------
# A submit reruns the page, which reads the store again; the revision the user saw must come
# from the session. The forms editing a record key their widgets on that revision: what the
# user typed stays on screen when the save is refused, until they load the stored version.


def _base_key(record: Any) -> str:
    return f"edit.{record.KIND}.{record.id}"


def edit_base(record: Any, widgets: Callable[[int], list[str]] = lambda base: []) -> int:
    """The revision the forms editing `record` were opened at (kept until saved or reloaded).
    `widgets(base)` names the forms' widget keys: when none of them is on screen any more (the
    user went to another page), nothing typed can be lost and the forms open afresh."""
    base = st.session_state.setdefault(_base_key(record), record.revision)
    if base != record.revision and not any(k in st.session_state for k in widgets(base)):
        st.session_state[_base_key(record)] = base = record.revision
    return base


def edit_done(record: Any) -> None:
    """The record was saved (or the user chose the stored version): forms open afresh."""
    st.session_state.pop(_base_key(record), None)


def stale_notice(record: Any, base: int) -> None:
    """When someone else changed the record after the forms were opened: say so, and offer
    to load the stored version (the user's own input stays until they do). Not in a form."""
    if record.revision == base:
        return
    say("warning", "edit.changed_meanwhile", icon=":material/sync_problem:")
    if st.button(t("edit.load_stored"), key=f"{_base_key(record)}.reload"):
        edit_done(record)
        st.rerun()


def pager(key: str, total: int, size: int = 25) -> int:
    """The page number of a paged list (kept per list in the session); draws a number input
    and "1–25 of 4,512 items" under the list only when there is more than one page."""
    from monitor import paging

    pages = max(1, -(-total // size))
    current = 1
    if pages > 1:
        if int(st.session_state.get(key, 1) or 1) > pages:  # the list shrank (a filter)
            st.session_state[key] = pages
        left, right = st.columns([1, 3], vertical_alignment="center")
        current = left.number_input(t("paging.page"), min_value=1, max_value=pages, step=1, key=key)
        right.caption(t("paging.of_pages", n=pages))
    found = paging.page_of(range(total), int(current), size)
    if total:
        st.caption(t("paging.showing", first=found.first, last=found.last, n=total))
    return found.number
