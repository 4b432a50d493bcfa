"""The page a national meeting's join link opens on a phone: the ballot, then the table the
participant sits at. Anonymous: the phone is known by a random key in its address, so a
reload finds its ballot and its entries; nobody can tell who wrote or chose what."""

import streamlit as st

from monitor.errors import MonitorError
from monitor.model import ProgrammeQuestion
from monitor.programme import agenda, meeting, setup
from pages import _edit, _session, _text, _widgets

t = _text.t
store = _session.store()
link = st.session_state["national.link"]

_text.language_switch("_national_lang")
lang = _session.lang()

try:
    current = meeting.for_link(store, link["programme"], link["national"], link["n"])
    programme = setup.get(store, current.programme_id)
except MonitorError as exc:
    _text.show_error(exc, "info", icon=":material/info:")
    st.stop()

st.header(_text.plain(current.title))
vote = meeting.vote_of(store, current)
questions = {
    q.id: q for q in store.records(None, ProgrammeQuestion) if q.programme_id == programme.id
}
gen = st.session_state.setdefault("national.gen", 0)
if st.session_state.pop("national.sent", False):
    _text.say("success", "workshop.sent", icon=":material/check_circle:")


def _label(item: str) -> str:
    return agenda.item_label(programme, item, questions, lang)


st.subheader(t("programme.phone_vote"))
if meeting.has_voted(vote, link["me"]):
    _text.say("success", "programme.phone_voted", icon=":material/how_to_vote:")
elif vote.closed:
    _text.say("info", "programme.voting_closed")
else:
    st.markdown(t("programme.vote_instruction", n=vote.votes_each))
    with st.form("national.vote"):
        chosen = [
            item for item in vote.items if st.checkbox(_text.label(_label(item)), key=f"nv.{item}")
        ]
        if st.form_submit_button(t("vote.send"), type="primary", width="stretch"):
            try:
                meeting.cast(store, programme.id, current.id, link["n"], link["me"], chosen)
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.rerun()

sessions = meeting.tables_of(store, current)
if sessions:
    st.subheader(t("programme.phone_table"))
    numbers = [s.number for s in sessions]
    themes = {
        s.number: f"{t('programme.table_short', number=s.number)} · "
        f"{setup.label(programme.theme(s.theme), lang)}"
        for s in sessions
    }
    with st.form("national.entry"):
        table = _widgets.selectbox(
            st,
            t("programme.table"),
            numbers,
            format_func=themes.get,
            key="national.table",
        )
        mark = st.radio(
            t("programme.mark_label"),
            meeting.MARKS,
            format_func={m: t(f"programme.mark.{m}") for m in meeting.MARKS}.get,
            index=None,
            key=f"national.mark.{gen}",
        )
        what = st.text_area(t("programme.entry"), max_chars=meeting.ENTRY, key=f"national.t.{gen}")
        if st.form_submit_button(t("workshop.send"), type="primary", width="stretch"):
            try:
                meeting.add_entry(
                    store,
                    programme.id,
                    current.id,
                    link["n"],
                    link["me"],
                    table=table,
                    mark=mark or "",
                    text_=what,
                )
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.session_state["national.gen"] = gen + 1
                st.session_state["national.sent"] = True
                st.rerun()
    own = meeting.mine(store, current, link["me"])
    if own:
        st.subheader(t("workshop.yours"))
    for number, entry in own:
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.text(f"{number} · {t(f'programme.mark.{entry.mark}')}: {entry.text}")
        if right.button(t("workshop.withdraw"), key=f"nw.{entry.id}", icon=":material/delete:"):
            _edit.attempt(
                lambda e=entry: meeting.withdraw_entry(
                    store, programme.id, current.id, link["n"], link["me"], e.id
                )
            )
