"""Steering-group meeting mode for the shared screen: large type, few clicks, one step at a
time — (1) since the last meeting, (2) the learning questions one by one, each with only its
evidence summary and the decision buttons (the forms open in a dialog), (3) the prioritisation
vote with a QR code to show to the room, (4) open actions by owner, (5) close and write the
minutes. Every decision is stored the moment it is taken; each new screen starts at its
heading."""

import datetime as dt
from urllib.parse import urlsplit

import streamlit as st

from monitor import agenda, charts, factors, meetings
from monitor.errors import MonitorError
from monitor.model import (
    Action,
    Factor,
    LearningQuestion,
    Meeting,
    Source,
    Stakeholder,
    VoteRound,
    new_id,
)
from monitor.wording import in_language
from pages import _cards, _edit, _room, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
today = dt.date.today()
book = factors.lab_codebook(lab)
people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
STEPS = ["since", "questions", "vote", "actions", "close"]
BIG_TYPE = """<style>
.stMainBlockContainer p, .stMainBlockContainer li { font-size: 1.3rem; }
.stMainBlockContainer h1 { font-size: 2.8rem; }
.stMainBlockContainer h2 { font-size: 2.2rem; line-height: 1.25; }
.stMainBlockContainer [data-testid="stMetricValue"] * { font-size: 3.4rem !important; }
.stMainBlockContainer button p { font-size: 1.2rem; }
.stMainBlockContainer input, .stMainBlockContainer textarea,
.stMainBlockContainer [data-baseweb="select"] div,
[role="dialog"] input, [role="dialog"] textarea, [role="dialog"] p,
[role="dialog"] label p, [role="dialog"] [data-baseweb="select"] div {
  font-size: 1.25rem !important;
}
h1[tabindex="-1"]:focus, h2[tabindex="-1"]:focus { outline: none; }
.slm-qr-small { width: 100%; max-width: 320px; height: auto; }
.stMainBlockContainer p.slm-code { font-size: 3.6rem; font-weight: 700; letter-spacing: 0.2em; }
.stMainBlockContainer p.slm-where { font-size: 1.9rem; line-height: 1.35; }
</style>"""
ROOM_VIEW = """<style>
.stMainBlockContainer { padding: 1rem 2rem 0 2rem !important; max-width: 100% !important; }
.slm-qr-room { height: calc(100vh - 4rem); max-width: 100%; width: auto; display: block; }
</style>"""


def _wording(question: LearningQuestion) -> str:
    return in_language(question.text, lang)


# -- before the meeting -----------------------------------------------------------------------


def _start() -> None:
    st.title(t("meeting.title"))
    closed = st.session_state.pop("meeting.closed_minutes", None)
    if closed:
        _text.say("success", "meeting.minutes_stored", icon=":material/check:")
    st.markdown(t("meeting.intro"))
    form_id = st.session_state.setdefault("meeting.new_id", new_id())
    with st.form("meeting.start"):
        day = st.date_input(t("source.date"), today, format="YYYY-MM-DD")
        attendees = _widgets.multiselect(
            st,
            t("meeting.attendees"),
            list(people),
            format_func=people.__getitem__,
            placeholder=t("common.choose"),
        )
        started = st.form_submit_button(
            t("meeting.start"), type="primary", icon=":material/play_arrow:"
        )
        if started and _edit.attempt(
            lambda: meetings.start(store, lab, day=day, attendee_ids=attendees, meeting_id=form_id),
            rerun=False,
        ):
            del st.session_state["meeting.new_id"]
            st.session_state["meeting.step"] = "since"
            st.rerun()
    held = sorted(
        (m for m in store.records(lab.id, Meeting) if m.closed), key=lambda m: m.date, reverse=True
    )
    if held:
        st.subheader(t("meeting.earlier"))
    sources = {s.id: s for s in store.records(lab.id, Source)}
    for old in held:
        minutes = sources.get(old.minutes_source_id)
        with st.expander(f"{old.date:%Y-%m-%d} · {t('meeting.recorded', n=len(old.log))}"):
            st.text(minutes.text if minutes else "—")


meeting = meetings.current(store, lab.id)
if meeting is None:
    _start()
    st.stop()

st.set_page_config(initial_sidebar_state="collapsed")  # the projector shows the meeting only
st.html(BIG_TYPE)
st.session_state.setdefault("meeting.step", "since")
if st.session_state["meeting.step"] not in STEPS:
    st.session_state["meeting.step"] = "since"
room_view = st.session_state.get("meeting.room_view", False)
if not room_view:
    st.title(t("meeting.running", date=f"{meeting.date:%Y-%m-%d}"))
    step = st.segmented_control(
        t("meeting.step"),
        STEPS,
        required=True,
        format_func=lambda s: t(f"meeting.step5_{s}"),
        key="meeting.step",
        label_visibility="collapsed",
    )
else:
    step = "vote"


def _next_step() -> None:
    st.session_state["meeting.step"] = STEPS[min(STEPS.index(step) + 1, len(STEPS) - 1)]


def _listed(items: list, limit: int, show) -> None:
    """All items: the first `limit` in view, the rest in an expander that says how many, so
    a count in a heading always matches what can be read under it."""
    for item in items[:limit]:
        show(item)
    if len(items) > limit:
        with st.expander(t("meeting.more", n=len(items) - limit)):
            for item in items[limit:]:
                show(item)


def _chart(chart, width: str = "stretch") -> None:
    st.vega_lite_chart(charts.for_room(chart), width=width, theme=None)


# -- (1) since the last meeting -----------------------------------------------------------------


def _since() -> None:
    since = meetings.since_last(store, lab, meeting, today)
    cols = st.columns(4)
    cols[0].metric(t("meeting.new_sources"), len(since.sources))
    cols[1].metric(t("meeting.new_factors"), len(since.factors))
    cols[2].metric(t("meeting.actions_done"), len(since.done))
    cols[3].metric(t("actions.overdue"), len(since.overdue))
    if since.empty:
        _text.say("info", "meeting.nothing_new", icon=":material/info:")
    if since.prompts:
        st.subheader(t("agenda.prompts", n=len(since.prompts)))

        def prompt_line(prompt) -> None:
            params = {**prompt.params}
            if "theme" in params:
                params["theme"] = book.label(params["theme"], lang)
            st.markdown(f"- {_text.plain(t(f'prompt.{prompt.kind}', **params))}")

        _listed(since.prompts, 5, prompt_line)
    if since.done:
        st.subheader(f"{t('meeting.actions_done')} ({len(since.done)})")
        _listed(
            since.done,
            8,
            lambda a: st.markdown(
                f"- {_text.plain(a.text)} · {_text.plain(people.get(a.owner_id, '—'))}"
            ),
        )
    if since.sources:
        with st.expander(f"{t('meeting.new_sources')} ({len(since.sources)})"):
            for source in since.sources:
                st.markdown(f"- {source.date:%Y-%m-%d} · {_text.plain(source.title)}")
    counts = factors.theme_phase_counts(store.records(lab.id, Factor), lab, factors.Filters(), {})
    if counts:
        st.subheader(t("meeting.factors_chart"))
        _chart(charts.enablers_barriers(counts, lab, lambda i: book.label(i, lang), t), "content")
    questions = store.records(lab.id, LearningQuestion)
    if questions:
        st.subheader(t("meeting.flow_chart"))
        _chart(charts.agenda_flow(lab, questions, t))


# -- (2) the learning questions, one at a time -----------------------------------------------------


def _questions() -> None:
    live = meetings.agenda_order(lab, store.records(lab.id, LearningQuestion))
    if not live:
        _text.say("info", "meeting.no_questions", icon=":material/info:")
        return
    index = min(st.session_state.get("meeting.q", 0), len(live) - 1)
    question = live[index]
    _room.focus_heading(f"meeting:questions:{question.id}", _wording(question))
    phase = lab.phase(question.current_phase_id)
    st.caption(
        f"{t('meeting.question_n', n=index + 1, total=len(live))} · "
        f"{_text.plain(book.label(question.theme, lang))} · {t(f'status.{question.status}')} · "
        f"{_text.plain(phase.name) if phase else '—'}"
        + (f" · {t('meeting.discussed')}" if meeting.activity_id in question.meeting_ids else "")
    )
    st.header(_text.plain(_wording(question)), anchor=False)
    evidence = [f for f in store.records(lab.id, Factor) if f.id in set(question.factor_ids)]
    mine = [a for a in store.records(lab.id, Action) if a.question_id == question.id]
    st.markdown(
        t(
            "meeting.evidence_summary",
            factors=t("count.factors", n=len(evidence)),
            sources=t("count.sources", n=len({f.source_id for f in evidence if f.source_id})),
            groups=t("count.groups", n=len({g for f in evidence for g in f.groups})),
            actions=t("count.actions", n=len(mine)),
        )
    )
    if evidence or mine or question.history:
        with st.expander(t("meeting.details")):
            for factor in evidence:
                st.markdown(f"- {t(f'factor_kind.{factor.kind}')}: {_text.plain(factor.text)}")
            for action in mine:
                _cards.action_line(action, people)
            for entry in question.history[-6:]:
                note = _text.plain(agenda.note_text(entry, lang))
                st.caption(f"{entry.at[:10]} · {t(f'event.{entry.event}')} {note}")

    decide = st.columns(4)
    for column, (kind, label, icon) in zip(decide, DIALOGS, strict=False):
        if column.button(t(label), icon=icon, width="stretch", key=f"meeting.open.{kind}"):
            st.session_state[OPEN_DIALOG] = (kind, question.id)
    if st.session_state.get(OPEN_DIALOG, ("", ""))[1] == question.id:
        {"action": _action_dialog, "status": _status_dialog, "reword": _reword_dialog}[
            st.session_state[OPEN_DIALOG][0]
        ](question)
    if decide[3].button(
        t("meeting.mark_discussed"),
        icon=":material/check_circle:",
        disabled=meeting.activity_id in question.meeting_ids,
        width="stretch",
    ):
        _edit.attempt(lambda: meetings.discussed(store, meeting, question))

    back, _, forward = st.columns([1, 2, 1])
    if back.button(t("meeting.previous"), icon=":material/arrow_back:", disabled=index == 0):
        st.session_state["meeting.q"] = index - 1
        st.rerun()
    if forward.button(
        t("meeting.next_question"), icon=":material/arrow_forward:", disabled=index == len(live) - 1
    ):
        st.session_state["meeting.q"] = index + 1
        st.rerun()


# The decision forms open in a dialog; which one is open is kept in the session, so a rerun of
# the whole page (a vote arriving, a second screen) keeps it open until it is used or closed.
OPEN_DIALOG = "meeting.dialog"
DIALOGS = [
    ("action", "meeting.new_action", ":material/add_task:"),
    ("status", "meeting.decide", ":material/flag:"),
    ("reword", "agenda.reformulate", ":material/edit:"),
]


def _dismissed() -> None:
    st.session_state.pop(OPEN_DIALOG, None)


def _done(change) -> None:
    """Store the decision; on success close the dialog and show the question again."""
    if _edit.attempt(change, rerun=False):
        _dismissed()
        st.rerun()


@st.dialog(t("meeting.new_action"), width="large", on_dismiss=_dismissed)
def _action_dialog(question: LearningQuestion) -> None:
    st.markdown(f"**{_text.plain(_wording(question))}**")
    form_id = st.session_state.setdefault(f"meeting.action_id.{question.id}", new_id())
    with st.form(f"meeting.action.{question.id}", border=False):
        what = st.text_input(t("actions.text"))
        owner = _widgets.selectbox(
            st, t("actions.owner"), ["", *people], format_func=lambda i: people.get(i, "—")
        )
        due = st.date_input(t("actions.due"), None, format="YYYY-MM-DD")
        added = st.form_submit_button(t("actions.add"), type="primary", icon=":material/add_task:")
    if added and _edit.attempt(
        lambda: meetings.add_action(
            store, lab, meeting, question, text_=what, owner_id=owner, due=due, action_id=form_id
        ),
        rerun=False,
    ):
        del st.session_state[f"meeting.action_id.{question.id}"]
        _dismissed()
        st.rerun()


@st.dialog(t("meeting.decide"), width="large", on_dismiss=_dismissed)
def _status_dialog(question: LearningQuestion) -> None:
    st.markdown(f"**{_text.plain(_wording(question))}**")
    with st.form(f"meeting.status.{question.id}", border=False):
        choices = [s.value for s in agenda.SETTABLE_STATUSES]
        status = _widgets.selectbox(
            st,
            t("agenda.status"),
            choices,
            index=choices.index(question.status.value) if question.status.value in choices else 0,
            format_func=_text.options_label("status"),
        )
        how = st.text_input(t("agenda.answer_how"), question.answer)
        changed = st.form_submit_button(t("agenda.change_status"), type="primary")
    if changed:
        _done(lambda: meetings.set_status(store, lab, meeting, question, status, answer=how))


@st.dialog(t("agenda.reformulate"), width="large", on_dismiss=_dismissed)
def _reword_dialog(question: LearningQuestion) -> None:
    with st.form(f"meeting.text.{question.id}", border=False):
        nl = st.text_area(t("agenda.text_nl"), question.text.get("nl", ""), height=100)
        en = st.text_area(t("agenda.text_en"), question.text.get("en", ""), height=100)
        reworded = st.form_submit_button(t("agenda.reformulate"), type="primary")
    if reworded:
        _done(lambda: meetings.reformulate(store, lab, meeting, question, text_nl=nl, text_en=en))


# -- (3) prioritisation vote -------------------------------------------------------------------


def _vote_url(vote: VoteRound, token: str) -> str:
    return f"{_session.base_url().rstrip('/')}/?lab={lab.id}&round={vote.id}&vote={token}"


def _short_address() -> str:
    """Where a phone types the code: this server's /v, without the scheme."""
    parts = urlsplit(_session.base_url())
    return f"{parts.netloc}{parts.path.rstrip('/')}/v"


def _vote() -> None:
    live = meetings.agenda_order(lab, store.records(lab.id, LearningQuestion))
    vote = meetings.open_round_of(store, meeting)
    if vote is None:
        _room.focus_heading("meeting:vote:open", t("meeting.vote"))
        st.header(t("meeting.vote"), anchor=False)
        with st.form("meeting.vote.open"):
            chosen = _widgets.multiselect(
                st,
                t("meeting.vote_questions"),
                [q.id for q in live],
                default=[q.id for q in live],
                format_func=lambda i: next(_wording(q)[:90] for q in live if q.id == i),
            )
            each = st.number_input(t("meeting.votes_each"), 1, 10, min(3, max(1, len(live))))
            if st.form_submit_button(
                t("meeting.vote_open"), type="primary", icon=":material/how_to_vote:"
            ):
                try:
                    meetings.open_round(store, lab, meeting, chosen, int(each))
                except MonitorError as exc:
                    _text.show_error(exc)
                else:
                    st.rerun()
        return
    token, code = meetings.link_token(store, vote), meetings.link_code(store, vote)
    if room_view and token and code:
        _room_view(vote, token, code)
        return
    _room.focus_heading(f"meeting:vote:{vote.id}", t("meeting.vote"))
    st.header(t("meeting.vote"), anchor=False)
    left, right = st.columns([1, 2])
    with left:
        if token and code:
            url = _vote_url(vote, token)
            st.html(_room.qr_img(url, t("meeting.qr_alt"), "slm-qr-small"))
            st.markdown(t("meeting.vote_type_code", where=_short_address(), code=code))
            if st.button(t("meeting.room_show"), type="primary", icon=":material/fullscreen:"):
                st.session_state["meeting.room_view"] = True
                st.rerun()
            st.code(url, language=None, wrap_lines=True)
            st.caption(t("meeting.vote_link_help"))
        else:
            _text.say("info", "meeting.vote_link_lost")
            if st.button(t("meeting.vote_new_link"), icon=":material/qr_code:"):
                meetings.new_link(store, vote)
                st.rerun()
    with right:
        _results(vote.id)
        if st.button(t("meeting.vote_here"), icon=":material/touch_app:"):
            _screen_ballot(vote, live)
    if st.button(t("meeting.vote_close"), type="primary", icon=":material/lock:"):
        _edit.attempt(lambda: meetings.close_round(store, lab, meeting, vote))


def _room_view(vote: VoteRound, token: str, code: str) -> None:
    """The QR code as tall as the screen, beside it the address and code to type and the live
    count. The link is made again from the store's key: a reload shows the same one."""
    st.html(ROOM_VIEW)
    left, right = st.columns([3, 2], vertical_alignment="center")
    left.html(_room.qr_img(_vote_url(vote, token), t("meeting.qr_alt"), "slm-qr-room"))
    with right:
        _room.focus_heading(f"meeting:room:{vote.id}", t("meeting.room_title"))
        st.header(t("meeting.room_title"), anchor=False)
        st.html(
            _room.code_block(t("meeting.room_or_type", where="{where}"), _short_address(), code)
        )
        _count(vote.id)
        if st.button(t("meeting.room_back"), icon=":material/close_fullscreen:"):
            st.session_state["meeting.room_view"] = False
            st.session_state["meeting.step"] = "vote"  # the step control was not on this view
            st.rerun()


@st.dialog(t("meeting.vote_here"), width="large")
def _screen_ballot(vote: VoteRound, live: list[LearningQuestion]) -> None:
    """One participant's ballot on the shared screen, for who has no phone at hand."""
    wording = {q.id: _wording(q) for q in live}
    st.markdown(t("vote.instruction", n=vote.votes_each))
    with st.form("meeting.vote.screen"):
        chosen = [
            q
            for q in vote.question_ids
            if st.checkbox(_text.plain(wording.get(q, "—")), key=f"vs.{q}")
        ]
        if st.form_submit_button(t("vote.send"), type="primary"):
            _edit.attempt(lambda: meetings.cast_on_screen(store, vote, chosen))


@st.fragment(run_every=dt.timedelta(seconds=1))
def _count(vote_id: str) -> None:
    vote = store.record(lab.id, VoteRound, vote_id)
    st.markdown(f"**{t('meeting.voters', n=len(vote.ballots))}**")


@st.fragment(run_every=dt.timedelta(seconds=1))
def _results(vote_id: str) -> None:
    """Live count: the chart follows the votes without the rest of the screen moving."""
    vote = store.record(lab.id, VoteRound, vote_id)
    wording = {q.id: _wording(q) for q in store.records(lab.id, LearningQuestion)}
    st.markdown(f"**{t('meeting.voters', n=len(vote.ballots))}**")
    _chart(charts.vote_bars([(wording.get(q, "?"), n) for q, n in meetings.ranking(vote)]))


# -- (4) open actions by owner --------------------------------------------------------------------


def _actions() -> None:
    actions = store.records(lab.id, Action)
    groups = meetings.open_actions_by_owner(actions)
    if not groups:
        _text.say("info", "meeting.no_open_actions", icon=":material/info:")
    for owner_id, theirs in sorted(groups, key=lambda item: people.get(item[0], "~")):
        st.subheader(f"{_text.plain(people.get(owner_id, t('actions.no_owner')))} ({len(theirs)})")
        for action in theirs:
            _cards.action_line(action)
    if actions:
        st.subheader(t("meeting.actions_chart"))
        _chart(charts.actions_over_time(actions, t, lang))


# -- (5) close -------------------------------------------------------------------------------------


def _close() -> None:
    fresh = store.record(lab.id, Meeting, meeting.id)
    st.subheader(t("meeting.so_far", n=len(fresh.log)))
    for entry in fresh.log:
        st.markdown(f"- {t(f'meeting.event_{entry.event}')}: {_text.plain(entry.note)}")
    if not fresh.log:
        st.caption(t("meeting.no_decisions"))
    if st.button(t("meeting.close"), type="primary", icon=":material/stop_circle:"):
        try:
            source = meetings.close(store, lab, fresh)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            st.session_state["meeting.closed_minutes"] = source.id
            st.rerun()


if step in ("since", "actions", "close"):
    _room.focus_heading(f"meeting:{step}")
{"since": _since, "questions": _questions, "vote": _vote, "actions": _actions, "close": _close}[
    step
]()
if step != STEPS[-1] and not room_view:
    st.button(
        t("meeting.next_step", step=t(f"meeting.step5_{STEPS[STEPS.index(step) + 1]}")),
        icon=":material/arrow_forward:",
        on_click=_next_step,
        key="meeting.next",
    )
