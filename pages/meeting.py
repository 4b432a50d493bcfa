"""Steering-group meeting mode for the shared screen: large type, few clicks, one step at a
time — (a) since the last meeting, (b) the learning questions one by one with the decisions
taken on them, (c) open actions by owner, (d) close and write the minutes. Every decision is
stored the moment it is taken."""

import datetime as dt
import io

import segno
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
from pages import _ui, _widgets

t = _ui.t
store = _ui.store()
lab = _ui.current_lab()
lang = _ui.lang()
today = dt.date.today()
book = factors.lab_codebook(lab)
people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
STEPS = ["since", "questions", "actions", "close"]
BIG_TYPE = """<style>
.stMainBlockContainer p, .stMainBlockContainer li { font-size: 1.3rem; }
.stMainBlockContainer h1 { font-size: 2.8rem; }
.stMainBlockContainer h2 { font-size: 2.2rem; line-height: 1.25; }
.stMainBlockContainer [data-testid="stMetricValue"] * { font-size: 3.4rem !important; }
.stMainBlockContainer button p { font-size: 1.2rem; }
</style>"""


def _wording(question: LearningQuestion) -> str:
    return in_language(question.text, lang)


# -- before the meeting -----------------------------------------------------------------------


def _start() -> None:
    st.title(t("meeting.title"))
    closed = st.session_state.pop("meeting.closed_minutes", None)
    if closed:
        st.success(t("meeting.minutes_stored"), icon=":material/check:")
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
        if started and _ui.attempt(
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
st.title(t("meeting.running", date=f"{meeting.date:%Y-%m-%d}"))
st.session_state.setdefault("meeting.step", "since")
step = st.segmented_control(
    t("meeting.step"),
    STEPS,
    required=True,
    format_func=lambda s: t(f"meeting.step_{s}"),
    key="meeting.step",
    label_visibility="collapsed",
)


def _next_step() -> None:
    st.session_state["meeting.step"] = STEPS[min(STEPS.index(step) + 1, len(STEPS) - 1)]


# -- (a) since the last meeting -----------------------------------------------------------------


def _since() -> None:
    since = meetings.since_last(store, lab, meeting, today)
    cols = st.columns(4)
    cols[0].metric(t("meeting.new_sources"), len(since.sources))
    cols[1].metric(t("meeting.new_factors"), len(since.factors))
    cols[2].metric(t("meeting.actions_done"), len(since.done))
    cols[3].metric(t("actions.overdue"), len(since.overdue))
    if since.empty:
        st.info(t("meeting.nothing_new"), icon=":material/info:")
    if since.prompts:
        st.subheader(t("agenda.prompts", n=len(since.prompts)))
        for prompt in since.prompts[:5]:
            params = {**prompt.params}
            if "theme" in params:
                params["theme"] = book.label(params["theme"], lang)
            st.markdown(f"- {_ui.plain(t(f'prompt.{prompt.kind}', **params))}")
    if since.done:
        st.subheader(t("meeting.actions_done"))
        for action in since.done[:8]:
            st.markdown(
                f"- {_ui.plain(action.text)} · {_ui.plain(people.get(action.owner_id, '—'))}"
            )
    if since.sources:
        with st.expander(t("meeting.new_sources")):
            for source in since.sources[-15:]:
                st.markdown(f"- {source.date:%Y-%m-%d} · {_ui.plain(source.title)}")
    counts = factors.theme_phase_counts(store.records(lab.id, Factor), lab, factors.Filters(), {})
    if counts:
        st.subheader(t("meeting.factors_chart"))
        st.altair_chart(
            charts.enablers_barriers(counts, lab, lambda i: book.label(i, lang), t),
            width="content",
        )
    questions = store.records(lab.id, LearningQuestion)
    if questions:
        st.subheader(t("meeting.flow_chart"))
        st.altair_chart(charts.agenda_flow(lab, questions, t), width="stretch")


# -- (b) the learning questions, one at a time -----------------------------------------------------


def _questions() -> None:
    live = meetings.agenda_order(lab, store.records(lab.id, LearningQuestion))
    if not live:
        st.info(t("meeting.no_questions"), icon=":material/info:")
        return
    index = min(st.session_state.get("meeting.q", 0), len(live) - 1)
    back, where, forward = st.columns([1, 2, 1])
    if back.button(t("meeting.previous"), icon=":material/arrow_back:", disabled=index == 0):
        st.session_state["meeting.q"] = index - 1
        st.rerun()
    where.markdown(f"**{t('meeting.question_n', n=index + 1, total=len(live))}**")
    if forward.button(
        t("meeting.next_question"), icon=":material/arrow_forward:", disabled=index == len(live) - 1
    ):
        st.session_state["meeting.q"] = index + 1
        st.rerun()
    question = live[index]
    _question(question)
    _vote(live)


def _question(question: LearningQuestion) -> None:
    phase = lab.phase(question.current_phase_id)
    st.caption(
        f"{_ui.plain(book.label(question.theme, lang))} · {t(f'status.{question.status}')} · "
        f"{_ui.plain(phase.name) if phase else '—'}"
        + (f" · {t('meeting.discussed')}" if meeting.activity_id in question.meeting_ids else "")
    )
    st.header(_ui.plain(_wording(question)), anchor=False)
    backing = agenda.evidence_of(question, store.records(lab.id, Factor))
    if backing.factors:
        st.markdown(backing.summary(lang))
        for factor in backing.factors[:3]:
            st.markdown(f"- {t(f'factor_kind.{factor.kind}')}: {_ui.plain(factor.text)}")
    mine = [a for a in store.records(lab.id, Action) if a.question_id == question.id]
    if mine:
        st.subheader(t("nav.actions"))
        for action in mine:
            _ui.action_line(action, people)
    if question.history:
        with st.expander(t("meeting.history")):
            for entry in question.history[-6:]:
                note = _ui.plain(agenda.note_text(entry, _ui.lang()))
                st.caption(f"{entry.at[:10]} · {t(f'event.{entry.event}')} {note}")

    left, right = st.columns(2)
    form_id = st.session_state.setdefault(f"meeting.action_id.{question.id}", new_id())
    with left.form(f"meeting.action.{question.id}", border=True):
        st.markdown(f"**{t('meeting.new_action')}**")
        what = st.text_input(t("actions.text"))
        owner = _widgets.selectbox(
            st, t("actions.owner"), ["", *people], format_func=lambda i: people.get(i, "—")
        )
        due = st.date_input(t("actions.due"), None, format="YYYY-MM-DD")
        added = st.form_submit_button(t("actions.add"), type="primary", icon=":material/add_task:")
        if added and _ui.attempt(
            lambda: meetings.add_action(
                store,
                lab,
                meeting,
                question,
                text_=what,
                owner_id=owner,
                due=due,
                action_id=form_id,
            ),
            rerun=False,
        ):
            del st.session_state[f"meeting.action_id.{question.id}"]
            st.rerun()
    with right.form(f"meeting.status.{question.id}", border=True):
        st.markdown(f"**{t('meeting.decide')}**")
        choices = [s.value for s in agenda.SETTABLE_STATUSES]
        status = _widgets.selectbox(
            st,
            t("agenda.status"),
            choices,
            index=choices.index(question.status.value),
            format_func=_ui.options_label("status"),
        )
        how = st.text_input(t("agenda.answer_how"), question.answer)
        if st.form_submit_button(t("agenda.change_status")):
            _ui.attempt(
                lambda: meetings.set_status(store, lab, meeting, question, status, answer=how)
            )
    if right.button(
        t("meeting.mark_discussed"),
        icon=":material/check_circle:",
        disabled=meeting.activity_id in question.meeting_ids,
    ):
        _ui.attempt(lambda: meetings.discussed(store, meeting, question))
    with st.expander(t("agenda.reformulate")), st.form(f"meeting.text.{question.id}"):
        nl = st.text_area(t("agenda.text_nl"), question.text.get("nl", ""), height=70)
        en = st.text_area(t("agenda.text_en"), question.text.get("en", ""), height=70)
        if st.form_submit_button(t("agenda.reformulate")):
            _ui.attempt(
                lambda: meetings.reformulate(store, lab, meeting, question, text_nl=nl, text_en=en)
            )


# -- prioritisation vote -------------------------------------------------------------------------


def _vote_url(vote: VoteRound, token: str) -> str:
    return f"{_ui.base_url().rstrip('/')}/?lab={lab.id}&round={vote.id}&vote={token}"


def _vote(live: list[LearningQuestion]) -> None:
    st.divider()
    st.subheader(t("meeting.vote"))
    vote = meetings.open_round_of(store, meeting)
    if vote is None:
        with st.form("meeting.vote.open"):
            chosen = _widgets.multiselect(
                st,
                t("meeting.vote_questions"),
                [q.id for q in live],
                default=[q.id for q in live],
                format_func=lambda i: next(_wording(q)[:90] for q in live if q.id == i),
            )
            each = st.number_input(t("meeting.votes_each"), 1, 10, min(3, max(1, len(live))))
            if st.form_submit_button(t("meeting.vote_open"), icon=":material/how_to_vote:"):
                try:
                    opened, token = meetings.open_round(store, lab, meeting, chosen, int(each))
                except MonitorError as exc:
                    _ui.show_error(exc)
                else:
                    st.session_state[f"vote.token.{opened.id}"] = token
                    st.rerun()
        return
    token = st.session_state.get(f"vote.token.{vote.id}")
    left, right = st.columns([1, 2])
    if token:
        url = _vote_url(vote, token)
        image = io.BytesIO()
        segno.make(url, error="m").save(image, kind="png", scale=10, border=2)
        left.image(image.getvalue(), width=300)
        left.code(url, language=None, wrap_lines=True)
        left.caption(t("meeting.vote_link_help"))
    else:
        left.info(t("meeting.vote_link_lost"))
        if left.button(t("meeting.vote_new_link"), icon=":material/qr_code:"):
            renewed, fresh = meetings.new_link(store, vote)
            st.session_state[f"vote.token.{renewed.id}"] = fresh
            st.rerun()
    with right:
        _results(vote.id)
        if st.button(t("meeting.vote_here"), icon=":material/touch_app:"):
            _screen_ballot(vote, live)
    if st.button(t("meeting.vote_close"), type="primary", icon=":material/lock:"):
        _ui.attempt(lambda: meetings.close_round(store, lab, meeting, vote))


@st.dialog(t("meeting.vote_here"), width="large")
def _screen_ballot(vote: VoteRound, live: list[LearningQuestion]) -> None:
    """One participant's ballot on the shared screen, for who has no phone at hand."""
    wording = {q.id: _wording(q) for q in live}
    st.markdown(t("vote.instruction", n=vote.votes_each))
    with st.form("meeting.vote.screen"):
        chosen = [
            q
            for q in vote.question_ids
            if st.checkbox(_ui.plain(wording.get(q, "—")), key=f"vs.{q}")
        ]
        if st.form_submit_button(t("vote.send"), type="primary"):
            _ui.attempt(lambda: meetings.cast_on_screen(store, vote, chosen))


@st.fragment(run_every=dt.timedelta(seconds=2))
def _results(vote_id: str) -> None:
    """Live count: the chart follows the votes without the rest of the screen moving."""
    vote = store.record(lab.id, VoteRound, vote_id)
    wording = {q.id: _wording(q) for q in store.records(lab.id, LearningQuestion)}
    st.markdown(f"**{t('meeting.voters', n=len(vote.ballots))}**")
    st.altair_chart(
        charts.vote_bars([(wording.get(q, "?"), n) for q, n in meetings.ranking(vote)]),
        width="stretch",
    )


# -- (c) open actions by owner --------------------------------------------------------------------


def _actions() -> None:
    actions = store.records(lab.id, Action)
    groups = meetings.open_actions_by_owner(actions)
    if not groups:
        st.info(t("meeting.no_open_actions"), icon=":material/info:")
    for owner_id, theirs in sorted(groups, key=lambda item: people.get(item[0], "~")):
        st.subheader(_ui.plain(people.get(owner_id, t("actions.no_owner"))))
        for action in theirs:
            _ui.action_line(action)
    if actions:
        st.subheader(t("meeting.actions_chart"))
        st.altair_chart(charts.actions_over_time(actions, t, lang), width="stretch")


# -- (d) close -------------------------------------------------------------------------------------


def _close() -> None:
    fresh = store.record(lab.id, Meeting, meeting.id)
    st.subheader(t("meeting.so_far", n=len(fresh.log)))
    for entry in fresh.log:
        st.markdown(f"- {t(f'meeting.event_{entry.event}')}: {_ui.plain(entry.note)}")
    if not fresh.log:
        st.caption(t("meeting.no_decisions"))
    if st.button(t("meeting.close"), type="primary", icon=":material/stop_circle:"):
        try:
            source = meetings.close(store, lab, fresh)
        except MonitorError as exc:
            _ui.show_error(exc)
        else:
            st.session_state["meeting.closed_minutes"] = source.id
            st.rerun()


{"since": _since, "questions": _questions, "actions": _actions, "close": _close}[step]()
if step != STEPS[-1]:
    st.button(
        t("meeting.next_step", step=t(f"meeting.step_{STEPS[STEPS.index(step) + 1]}")),
        icon=":material/arrow_forward:",
        on_click=_next_step,
        key="meeting.next",
    )
