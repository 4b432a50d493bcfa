"""View helpers shared by the pages: the store handle, the language, the selected lab, and
the table-editor plumbing. Not a page (underscore)."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from monitor import access, i18n, interviews
from monitor import agenda as agenda_logic
from monitor import factors as factor_views
from monitor import protocols as protocol_files
from monitor.codebook import Codebook
from monitor.errors import InvalidInput, MonitorError
from monitor.model import (
    Action,
    Factor,
    Lab,
    LearningQuestion,
    QuestionStatus,
    Source,
    new_id,
)
from monitor.protocols import Protocol, Question
from monitor.store import DATA_DIR_ENV, Store, default_data_dir
from monitor.store_api import database_url, open_store
from monitor.text import markdown_escape


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
SESSION = "auth.session"
LINK_KEYS = ("survey.link", "vote.link")  # a respondent's session: the link is the access


def store() -> Store:
    """The one Store of this server for the configured directory; changes made through it are
    audited under the logged-in user's name. Refuses when the login has expired, so that even
    a save from a widget callback needs a valid session."""
    if ENTERED not in st.session_state:
        # A link straight to a page, before any session of a fresh server ran app.py, runs the
        # page on its own (Streamlit's legacy pages/ discovery): go through app.py first.
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
        return None
    user = config.users.get(session.user.username)
    if user is None or session.expired(config, now):
        logout(expired=user is not None)
        return None
    st.session_state[SESSION] = access.Session(user=user, started=session.started, seen=now)
    return user


def log_in(user: access.User) -> None:
    now = time.time()
    st.session_state[SESSION] = access.Session(user=user, started=now, seen=now)


def logout(expired: bool = False) -> None:
    st.session_state.pop(SESSION, None)
    if expired:
        st.session_state["auth.expired"] = True
    if st.user.get("is_logged_in"):
        st.logout()  # the identity provider's cookie would log the session in again


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


def show_error(error: MonitorError) -> None:
    """The message in the user's language; it may quote what they typed, so shown literally."""
    st.error(plain(error.message(lang())), icon=":material/error:")


def current_lab() -> Lab:
    """The lab chosen in the sidebar; app.py only shows lab pages when there is one."""
    lab_id = st.session_state.get("lab_id")
    try:
        return store().lab(lab_id)
    except MonitorError:
        st.info(t("app.no_lab"))
        st.stop()


def open_lab(lab_id: str) -> None:
    """Switch to a lab from inside a page and show its overview."""
    st.session_state["lab_id"] = lab_id
    st.switch_page("pages/overview.py")


def options_label(prefix: str) -> Callable[[str], str]:
    """format_func for selectboxes over enum values: 'employer' -> 'Werkgever'."""
    return lambda value: t(f"{prefix}.{value}") if value else "—"


# -- table editors that save every change at once -----------------------------------------


def autosave_editor(
    name: str,
    frame: pd.DataFrame,
    save: Callable[[list[dict], list[str]], Any],
    **editor_kwargs: Any,
) -> None:
    """A data editor whose edits are stored as soon as a cell is committed. A rejected edit
    stays visible in the table with the error above it, so nothing typed is lost."""
    version_key = f"{name}.version"
    key = f"{name}.editor.{st.session_state.setdefault(version_key, 0)}"
    error = st.session_state.get(f"{name}.error")
    if error:
        st.error(plain(error), icon=":material/error:")
    editor_kwargs.setdefault("height", min(36 * (len(frame) + 3), 640))
    st.data_editor(
        frame, key=key, on_change=_apply_edits, args=(name, key, frame, save), **editor_kwargs
    )


def _apply_edits(
    name: str, key: str, frame: pd.DataFrame, save: Callable[[list[dict], list[str]], Any]
) -> None:
    delta = st.session_state[key]
    rows = []
    for index, changes in delta.get("edited_rows", {}).items():
        row = _clean_row(frame.iloc[int(index)].to_dict())
        rows.append({**row, **changes, "_row": int(index) + 1})
    for offset, added in enumerate(delta.get("added_rows", [])):
        if any(not _blank(v) for v in added.values()):
            rows.append({**_clean_row(added), "_row": len(frame) + offset + 1})
    deleted = [str(frame.iloc[i]["id"]) for i in delta.get("deleted_rows", [])]
    try:
        save(rows, deleted)
    except MonitorError as exc:
        st.session_state[f"{name}.error"] = exc.message(lang())
        return
    st.session_state[f"{name}.error"] = None
    st.session_state[f"{name}.version"] += 1
    st.toast(t("common.saved"), icon=":material/check:")


def _blank(value: Any) -> bool:
    if isinstance(value, list | tuple):
        return not value
    return value is None or value != value or (isinstance(value, str) and not value.strip())


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _clean_value(v) for k, v in row.items()}


def _clean_value(value: Any) -> Any:
    if isinstance(value, str) or not pd.api.types.is_scalar(value):
        return list(value) if hasattr(value, "tolist") else value
    return None if pd.isna(value) else value


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
            format_func=options.get,
            key=key,
            index=list(options).index(current) if current in options else None,
            horizontal=question.type != "single_choice",
            label_visibility=hidden,
        )
    elif question.type == "multiple_choice":
        options = answer_options(question)
        value = st.multiselect(
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
        before, passage, after = factor_views.quote_context(source.text, factor.quote)
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
        st.markdown(f"#### {plain(question.text.get(lang_) or question.text.get('nl', ''))}")
        if question.answer:
            st.markdown(f"**{t('agenda.answer')}:** {plain(question.answer)}")
        for action in agenda_logic.sort_actions(actions, dt.date.today()):
            action_line(action, people)
        with st.expander(t("agenda.details")):
            evidence(question.factor_ids)
            for entry in question.history:
                st.caption(f"{entry.at[:10]} · {t(f'event.{entry.event}')} {plain(entry.note)}")
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


def _question_forms(question: LearningQuestion, people: dict[str, str]) -> None:
    store_, lab_id = store(), question.lab_id
    lab = store_.lab(lab_id)
    with st.form(f"q.status.{question.id}"):
        status = st.selectbox(
            t("agenda.status"),
            [s.value for s in QuestionStatus][2:],
            index=[s.value for s in QuestionStatus][2:].index(question.status),
            format_func=options_label("status"),
        )
        how = st.text_area(t("agenda.answer_how"), question.answer, height=70)
        if st.form_submit_button(t("agenda.change_status")):
            attempt(lambda: agenda_logic.set_status(store_, question, status, answer=how))
    with st.form(f"q.text.{question.id}"):
        nl = st.text_area(t("agenda.text_nl"), question.text.get("nl", ""), height=70)
        en = st.text_area(t("agenda.text_en"), question.text.get("en", ""), height=70)
        if st.form_submit_button(t("agenda.reformulate")):
            attempt(lambda: agenda_logic.reformulate(store_, question, text_nl=nl, text_en=en))
    form_id = st.session_state.setdefault(f"q.action_id.{question.id}", new_id())
    with st.form(f"q.action.{question.id}"):
        what = st.text_input(t("actions.text"))
        left, right = st.columns(2)
        owner = left.selectbox(
            t("actions.owner"), ["", *people], format_func=lambda i: people.get(i, "—")
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


def attempt(change: Callable[[], Any], rerun: bool = True) -> bool:
    """Run a change; show its error in the user's language, or rerun to show the result."""
    try:
        change()
    except MonitorError as exc:
        show_error(exc)
        return False
    if rerun:
        st.rerun()
    return True


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
