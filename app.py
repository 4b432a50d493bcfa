"""Social Lab Monitor: page config, language and lab choice, navigation. No domain logic."""

import datetime as dt
import secrets

import streamlit as st

from monitor import access, privacy
from monitor.errors import MonitorError, StoreError
from pages import _nav, _session, _text, _widgets

t = _text.t

# A participant's vote link (?lab=..&round=..&vote=..) or survey link (?lab=..&survey=..)
# opens the vote or the survey and nothing else. The link stays in the address, so a reload or a
# restored tab opens the same vote or survey again; the session keeps a copy for the page.
_LINKS = ("vote.link", "survey.link", "workshop.link", "national.link")


def _only_link(kept: str) -> None:
    """The newest link wins: the session forgets the others."""
    for key in _LINKS:
        if key != kept:
            st.session_state.pop(key, None)


if "national" in st.query_params:
    # A national meeting's join link (?programme=..&national=..&n=..); the phone's random key
    # joins the address (&me=..) at first open, as for a workshop.
    if not st.query_params.get("me"):
        st.query_params["me"] = secrets.token_hex(8)
    st.session_state["national.link"] = {
        k: st.query_params.get(k, "") for k in ("programme", "national", "n", "me")
    }
    _only_link("national.link")
elif "vote" in st.query_params:
    st.session_state["vote.link"] = {
        k: st.query_params.get(k, "") for k in ("lab", "round", "vote")
    }
    _only_link("vote.link")
elif "survey" in st.query_params:
    st.session_state["survey.link"] = {
        "lab": st.query_params.get("lab", ""),
        "token": st.query_params.get("survey", ""),
    }
    _only_link("survey.link")
elif "workshop" in st.query_params:
    # A workshop's join link (?lab=..&workshop=..&w=..). The phone's own random key joins the
    # address (&me=..) at first open, so a reload shows what this phone entered.
    if not st.query_params.get("me"):
        st.query_params["me"] = secrets.token_hex(8)
    st.session_state["workshop.link"] = {
        k: st.query_params.get(k, "") for k in ("lab", "workshop", "w", "me")
    }
    _only_link("workshop.link")
elif "national.link" in st.session_state:
    st.query_params.from_dict(st.session_state["national.link"])
elif "workshop.link" in st.session_state:
    st.query_params.from_dict(st.session_state["workshop.link"])
elif "survey.link" in st.session_state:
    link = st.session_state["survey.link"]
    st.query_params.from_dict({"lab": link["lab"], "survey": link["token"]})
elif "vote.link" in st.session_state:
    st.query_params.from_dict(st.session_state["vote.link"])
link_page = (
    ("pages/programme_phone.py", "programme.phone_title")
    if "national.link" in st.session_state
    else ("pages/workshop_phone.py", "workshop.phone_title")
    if "workshop.link" in st.session_state
    else ("pages/respond.py", "survey.title")
    if "survey.link" in st.session_state
    else ("pages/vote.py", "vote.title")
    if "vote.link" in st.session_state
    else None
)
st.set_page_config(
    page_title="Social Lab Monitor",
    page_icon="🌱",  # an emoji is drawn by the browser; a material icon is fetched from Google
    layout="centered" if link_page else "wide",
    **({"initial_sidebar_state": "collapsed"} if link_page else {}),
)
st.session_state[_session.ENTERED] = True
if link_page:
    page, title = link_page
    _nav.navigation([st.Page(page, title=t(title))], other=page, position="hidden").run()
    st.stop()


def _menu(sections: dict[str, list], aliases: dict[str, str]) -> None:
    """The sidebar menu, drawn by the app itself. Streamlit's own menu is switched off
    (client.showSidebarNavigation): on a server's first load it would list the raw file
    names of pages/ before the app's navigation took over. The vote-code page and deep links
    are registered hidden (see pages/_nav.py)."""
    current = _nav.navigation({**sections, "": [code_page]}, aliases=aliases, position="hidden")
    with st.sidebar:
        for title, entries in sections.items():
            st.caption(title)
            for entry in entries:
                st.page_link(entry, label=entry.title, icon=entry.icon or None)
    current.run()


# The chosen language and lab live in plain session keys; the widgets only mirror them, so a
# widget that is briefly not rendered never resets the choice.
with st.sidebar:
    st.segmented_control(
        t("app.language"),
        options=["nl", "en"],
        key="_lang_widget",
        default=_session.lang(),
        required=True,
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
        on_change=lambda: st.session_state.update(lang=st.session_state["_lang_widget"]),
    )

# Shared mode: nothing of a lab is shown before login. Local mode: one researcher on this
# computer, a banner; any other computer (a phone that scanned the vote QR) gets a plain page.
try:
    user = _session.current_user()
    local_mode = not _session.access_config().shared
except MonitorError as exc:  # a mistake in secrets.toml: the monitor stays closed
    _text.show_error(exc)
    st.stop()
# Every address answers in the user's language: the vote code page on /v for everyone, and
# any other path runs the plain page or the login (which then opens the page asked for).
code_page = st.Page(
    "pages/vote_code.py", title=t("vote.code_title"), url_path="v", visibility="hidden"
)
if user is None and local_mode:
    _nav.navigation(
        [st.Page("pages/not_here.py", title=t("access.not_here_title")), code_page],
        other="pages/not_here.py",
        position="hidden",
    ).run()
    st.stop()
if user is None:
    _session.keep_login_cookie()  # clears the cookie after a logout
    _nav.navigation(
        [st.Page("pages/login.py", title=t("login.title")), code_page],
        other="pages/login.py",
        position="hidden",
    ).run()
    st.stop()
with st.sidebar:
    if user is access.LOCAL_USER:
        _text.say("info", "access.local_mode", icon=":material/person:")
    else:
        st.caption(t("access.logged_in", name=_text.plain(user.name), role=t(f"role.{user.role}")))
        _session.keep_login_cookie()  # a reload keeps the login
        if st.button(t("access.logout"), icon=":material/logout:"):
            _session.logout()
            st.rerun()


def _programme_pages() -> list:
    return [
        st.Page("pages/programme.py", title=t("programme.nav"), icon=":material/hub:"),
        st.Page(
            "pages/programme_agenda.py",
            title=t("programme.nav_agenda"),
            icon=":material/quiz:",
            url_path="programme-agenda",
        ),
        st.Page(
            "pages/programme_meeting.py",
            title=t("programme.nav_meeting"),
            icon=":material/campaign:",
            url_path="national-meeting",
        ),
        st.Page(
            "pages/programme_setup.py",
            title=t("programme.nav_setup"),
            icon=":material/settings:",
            url_path="programme-setup",
        ),
    ]


if user.is_programme_lead:
    # A programme lead sees the programmes they lead and nothing of any lab itself: no lab
    # choice, no lab page registered (an address of one gets the plain "not here" page).
    _menu({t("programme.nav_section"): _programme_pages()}, aliases={})
    st.stop()


@st.cache_resource(show_spinner=False, max_entries=1)
def _retention_of_the_day(data_dir: str, day: str) -> frozenset[str]:
    """Retention runs once per server process and day, when a researcher first opens the
    workbench; never while a page or the sidebar is drawn for any visitor (`labmonitor
    retention` from cron covers the days nobody opens it). The labs it applied to."""
    del data_dir  # part of the cache key only
    return frozenset(
        lab.id for lab in privacy.apply_all_due(_session.store(), dt.date.fromisoformat(day))
    )


try:
    applied = (
        _retention_of_the_day(_session.store().location, dt.date.today().isoformat())
        if user.is_researcher
        else frozenset()
    )
    labs = [lab for lab in _session.store().labs() if not user.lab_ids or lab.id in user.lab_ids]
except StoreError as exc:
    _text.show_error(exc, "error", icon=":material/dangerous:")
    st.stop()

if not labs and not user.is_researcher:
    _text.say("info", "access.no_labs")
    st.stop()
if not labs:
    # The overview is registered (hidden) so the welcome page can switch to a lab it creates.
    first_start = [
        st.Page("pages/welcome.py", title=t("nav.new_lab"), default=True),
        st.Page("pages/overview.py", visibility="hidden"),
    ]
    st.navigation(first_start, position="hidden").run()
    st.stop()

lab_ids = [lab.id for lab in labs]
if st.session_state.get("lab_id") not in lab_ids:
    st.session_state["lab_id"] = lab_ids[0]
names = {lab.id: lab.name for lab in labs}
with st.sidebar:
    _widgets.selectbox(
        st,
        t("app.lab"),
        lab_ids,
        index=lab_ids.index(st.session_state["lab_id"]),
        key=f"_lab_widget.{st.session_state['lab_id']}",
        format_func=names.__getitem__,
        on_change=lambda key: st.session_state.update(lab_id=st.session_state[key]),
        args=(f"_lab_widget.{st.session_state['lab_id']}",),
    )
    # Retention: warned a month ahead; applied once a day (above), the day's note shown here.
    chosen = next(lab for lab in labs if lab.id == st.session_state["lab_id"])
    retention = privacy.retention_state(chosen, dt.date.today())
    # A failed hourly backup (a full disk) does not stop the work, but the researcher is told.
    failed_backup = getattr(_session.store(), "backup_error", None)
    if failed_backup is not None and user.is_researcher:
        _text.show_error(failed_backup, "warning", icon=":material/backup:")
    if chosen.id in applied and user.is_researcher:
        _text.say("warning", "privacy.retention_applied", icon=":material/auto_delete:")
    elif retention == privacy.RetentionState.SOON and user.is_researcher:
        _text.say(
            "warning",
            "privacy.retention_soon",
            date=str(chosen.retention_until),
            icon=":material/auto_delete:",
        )

if user.is_coach:
    # A job coach: the trajectories of their candidates (steps and outcomes) and the outcome
    # figures; nothing of the evidence, the agenda or the registry.
    coach_pages = [
        st.Page(
            "pages/trajectories.py", title=t("traj.nav"), icon=":material/route:", default=True
        ),
        st.Page("pages/outcomes.py", title=t("outcomes.nav"), icon=":material/insights:"),
    ]
    _menu({t("traj.nav"): coach_pages}, aliases={"trajectories": "pages/trajectories.py"})
    st.stop()

if not user.is_researcher:
    # The steering group: the lab at a glance, the learning agenda and the actions. Pages that
    # are not registered cannot be opened by URL (Streamlit runs the default page instead).
    steering = [
        st.Page("pages/overview.py", title=t("nav.overview"), icon=":material/dashboard:"),
        st.Page(
            "pages/agenda.py",
            title=t("nav.agenda"),
            icon=":material/quiz:",
            default=True,
            url_path="start",  # /agenda, a link a researcher shares, opens it too (alias)
        ),
        st.Page("pages/actions.py", title=t("nav.actions"), icon=":material/task_alt:"),
        st.Page("pages/history.py", title=t("history.nav"), icon=":material/history:"),
        st.Page("pages/outcomes.py", title=t("outcomes.nav"), icon=":material/insights:"),
    ]
    _menu({t("nav.section.agenda"): steering}, aliases={"agenda": "pages/agenda.py"})
    st.stop()

pages = {
    t("nav.section.lab"): [
        st.Page(
            "pages/overview.py",
            title=t("nav.overview"),
            icon=":material/dashboard:",
            default=True,
            url_path="start",  # /overview opens it too (alias)
        ),
        st.Page(
            "pages/lab_setup.py", title=t("nav.setup"), icon=":material/tune:", url_path="setup"
        ),
        st.Page("pages/stakeholders.py", title=t("nav.stakeholders"), icon=":material/groups:"),
        st.Page("pages/activities.py", title=t("nav.activities"), icon=":material/event:"),
        st.Page(
            "pages/welcome.py",
            title=t("nav.new_lab"),
            icon=":material/add_circle:",
            url_path="new-lab",
        ),
    ],
    t("nav.section.evidence"): [
        st.Page("pages/sources.py", title=t("nav.sources"), icon=":material/description:"),
        st.Page("pages/interview.py", title=t("nav.interview"), icon=":material/mic:"),
        st.Page("pages/coding.py", title=t("nav.coding"), icon=":material/label:"),
        st.Page(
            "pages/factor_overview.py",
            title=t("nav.factor_overview"),
            icon=":material/view_column:",
            url_path="factors",
        ),
        st.Page(
            "pages/import_table.py",
            title=t("nav.import"),
            icon=":material/upload_file:",
            url_path="import",
        ),
        st.Page("pages/protocols.py", title=t("nav.protocols"), icon=":material/assignment:"),
    ],
}
pages[t("nav.section.surveys")] = [
    st.Page("pages/surveys.py", title=t("nav.surveys"), icon=":material/checklist:"),
    st.Page(
        "pages/survey_results.py",
        title=t("nav.survey_results"),
        icon=":material/bar_chart:",
        url_path="survey-results",
    ),
]
pages[t("nav.section.agenda")] = [
    st.Page("pages/agenda.py", title=t("nav.agenda"), icon=":material/quiz:"),
    st.Page("pages/actions.py", title=t("nav.actions"), icon=":material/task_alt:"),
    st.Page("pages/meeting.py", title=t("nav.meeting"), icon=":material/co_present:"),
    st.Page("pages/history.py", title=t("history.nav"), icon=":material/history:"),
    st.Page("pages/workshops.py", title=t("workshop.nav"), icon=":material/groups_3:"),
    st.Page(
        "pages/programme_share.py",
        title=t("programme.nav_share"),
        icon=":material/share:",
        url_path="share",
    ),
]
pages[t("programme.nav_section")] = _programme_pages()
pages[t("traj.nav_section")] = [
    st.Page("pages/trajectories.py", title=t("traj.nav"), icon=":material/route:"),
    st.Page("pages/outcomes.py", title=t("outcomes.nav"), icon=":material/insights:"),
]
pages[t("nav.section.reports")] = [
    st.Page("pages/reports.py", title=t("nav.reports"), icon=":material/article:"),
    st.Page("pages/backup.py", title=t("nav.backup"), icon=":material/download:"),
    st.Page("pages/privacy.py", title=t("nav.privacy"), icon=":material/shield_person:"),
]
try:
    _menu(pages, aliases={"overview": "pages/overview.py"})
except StoreError as exc:  # the database went down mid-session: say so, the next rerun retries
    _text.show_error(exc, "error", icon=":material/dangerous:")
