"""The national meeting on the shared screen: open it with a prioritisation round and its
tables, let the room join by QR code, follow the ballots and the tables live, let a table host
type for the table, and close it into programme evidence and a meeting report."""

import datetime as dt

import streamlit as st

from monitor import charts
from monitor.errors import MonitorError
from monitor.model import NationalMeeting, ProgrammeVote, TableSession
from monitor.programme import agenda, meeting, setup
from monitor.programme import report as programme_report
from monitor.reports import pdf, to_docx
from pages import _edit, _programme_choice, _room, _session, _text, _widgets

t = _text.t
QR_STYLE = "<style>.slm-qr-small { width: 100%; max-width: 320px; height: auto; }</style>"
store = _session.store()
lang = _session.lang()
user = _programme_choice.user()
programme = _programme_choice.chosen()

st.html(QR_STYLE)
st.title(t("programme.meeting_title_page"))
st.caption(t("programme.meeting_intro"))

questions = {q.id: q for q in agenda.questions(store, programme)}
MARK_LABELS = {m: t(f"programme.mark.{m}") for m in meeting.MARKS}
open_now = meeting.current(store, programme)


def _label(item: str) -> str:
    return agenda.item_label(programme, item, questions, lang)


if open_now is None:
    with st.form("pm.open"):
        title = st.text_input(t("programme.meeting_title"), max_chars=200)
        day = st.date_input(t("programme.meeting_date"), dt.date.today(), format="DD-MM-YYYY")
        items = [f"theme:{th.id}" for th in programme.themes] + [
            f"question:{q.id}" for q in questions.values() if q.on_agenda
        ]
        chosen = _widgets.multiselect(
            st,
            t("programme.vote_items"),
            items,
            default=items[: min(len(items), 12)],
            format_func=_label,
        )
        each = st.number_input(t("programme.votes_each"), 1, 10, 3)
        tables = _widgets.multiselect(
            st,
            t("programme.tables"),
            [th.id for th in programme.themes],
            format_func=lambda i: setup.label(programme.theme(i), lang),
            help=t("programme.tables_help"),
        )
        if st.form_submit_button(t("programme.meeting_open"), type="primary"):
            _edit.attempt(
                lambda: meeting.open_meeting(
                    store,
                    user,
                    programme,
                    title=title,
                    date=day,
                    items=chosen,
                    votes_each=each,
                    tables=tables,
                )
            )


@st.fragment(run_every=dt.timedelta(seconds=2))
def _live(vote_id: str) -> None:
    """The count and the chart follow the ballots without the rest of the screen moving."""
    vote = store.record(None, ProgrammeVote, vote_id)
    st.markdown(f"### {t('programme.ballots', n=len(vote.ballots))}")
    ranked = [(_label(item), n) for item, n in agenda.ranking(vote)]
    st.vega_lite_chart(charts.for_room(charts.vote_bars(ranked, width=44)), width="stretch")


@st.fragment(run_every=dt.timedelta(seconds=3))
def _table(session_id: str) -> None:
    session = store.record(None, TableSession, session_id)
    cols = st.columns(3)
    for col, mark in zip(cols, meeting.MARKS, strict=True):
        col.markdown(f"**{t(f'programme.mark_plural.{mark}')}**")
        for entry in session.entries:
            if entry.mark == mark:
                col.text(f"• {entry.text}")


def _host(session: TableSession) -> None:
    with st.form(f"pm.host.{session.id}", clear_on_submit=True):
        mark = st.radio(
            t("programme.mark_label"),
            meeting.MARKS,
            format_func=MARK_LABELS.get,
            horizontal=True,
            key=f"pm.mark.{session.id}",
        )
        what = st.text_input(t("programme.entry"), max_chars=meeting.ENTRY)
        if st.form_submit_button(t("programme.host_add")):
            _edit.attempt(
                lambda: meeting.add_entry_on_screen(store, user, session, mark=mark, text_=what)
            )


def _running(current: NationalMeeting) -> None:
    st.header(_text.plain(f"{current.title} · {current.date.isoformat()}"))
    vote = meeting.vote_of(store, current)
    url = meeting.link(store, current, _session.base_url())
    left, right = st.columns([1, 2])
    with left:
        st.html(_room.qr_img(url, t("meeting.qr_alt"), "slm-qr-small"))
        st.code(url, language=None, wrap_lines=True)
        st.caption(t("programme.join_help"))
        if st.button(t("meeting.vote_new_link"), icon=":material/qr_code:"):
            _edit.attempt(lambda: meeting.new_link(store, user, current))
    with right:
        st.caption(t("programme.vote_instruction", n=vote.votes_each))
        _live(vote.id)
        if not vote.closed and st.button(t("programme.close_voting"), icon=":material/lock:"):
            _edit.attempt(lambda: meeting.close_voting(store, user, vote))
        elif vote.closed:
            st.caption(t("programme.voting_closed"))
    sessions = meeting.tables_of(store, current)
    if sessions:
        st.header(t("programme.tables"))
        tabs = st.tabs(
            [
                _text.label(
                    t("programme.table_short", number=s.number)
                    + f" · {setup.label(programme.theme(s.theme), lang)}"
                )
                for s in sessions
            ]
        )
        for tab, session in zip(tabs, sessions, strict=True):
            with tab:
                _table(session.id)
                _host(session)
    st.divider()
    if st.button(t("programme.meeting_close"), type="primary", icon=":material/done_all:"):
        _edit.attempt(lambda: meeting.close(store, user, current))
    st.caption(t("programme.meeting_close_help"))


if open_now is not None:
    _running(open_now)

past = [m for m in meeting.meetings(store, programme) if m.closed]
if past:
    st.header(t("programme.past_meetings"))
for item in past:
    results = meeting.results(store, item)
    with st.expander(_text.label(f"{item.title} · {item.date.isoformat()}")):
        st.markdown(t("programme.ballots", n=results.ballots))
        for rank, (key, n) in enumerate(results.ranking[:10], start=1):
            st.text(f"{rank}. {_label(key)} ({n})")
        for session in results.tables:
            st.markdown(
                f"**{_text.plain(t('programme.table_short', number=session.number))}** · "
                f"{_text.plain(setup.label(programme.theme(session.theme), lang))}"
            )
            for entry in session.entries:
                st.text(f"{t(f'programme.mark.{entry.mark}')}: {entry.text}")
        try:
            build = lambda m=item: programme_report.meeting_report(store, user, m.id, lang)  # noqa: E731
            st.download_button(
                t("reports.download"),
                _session.audited(
                    store, programme.id, "report.national_meeting", lambda b=build: to_docx(b())
                ),
                file_name=programme_report.file_name(programme, "meeting", lang),
                mime=programme_report.MIME,
                icon=":material/download:",
                key=f"pm.report.{item.id}",
            )
            if pdf.available():
                st.download_button(
                    t("reports.download_pdf"),
                    _session.audited(
                        store,
                        programme.id,
                        "report.national_meeting.pdf",
                        lambda b=build: pdf.render(b()),
                    ),
                    file_name=programme_report.file_name(programme, "meeting", lang, "pdf"),
                    mime=pdf.MIME,
                    icon=":material/picture_as_pdf:",
                    key=f"pm.pdf.{item.id}",
                )
        except MonitorError as exc:
            _text.show_error(exc)
