"""Guided interview: walk through a protocol question by question; every answer is stored as
it is given, so a closed tab or a crash loses nothing. Finishing stores an interview source."""

import datetime as dt

import streamlit as st

from monitor import interviews, protocols
from monitor.errors import MonitorError
from monitor.model import InterviewDraft, Stakeholder, new_id
from pages import _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
instruments = _session.protocols()
people = {s.id: s for s in store.records(lab.id, Stakeholder)}
drafts = {d.id: d for d in store.records(lab.id, InterviewDraft)}

st.title(t("nav.interview"))


def _participant(draft: InterviewDraft) -> str:
    person = people.get(draft.stakeholder_id)
    return person.name if person else draft.pseudonym


def _choose_new() -> None:
    if st.session_state.pop("interview.refused", False):
        _text.say("info", "interview.refused")
    if drafts:
        st.subheader(t("interview.resume"))
        for draft in sorted(drafts.values(), key=lambda d: d.updated, reverse=True):
            protocol = instruments.get(draft.protocol_id)
            name = protocol.title[lang] if protocol else draft.protocol_id
            label = _text.label(f"{name} · {_participant(draft)} · {draft.date:%Y-%m-%d}")
            if st.button(label, key=f"interview.resume.{draft.id}", icon=":material/play_arrow:"):
                st.session_state["interview.draft"] = draft.id
                st.rerun()
    st.subheader(t("interview.new"))
    form_id = st.session_state.setdefault("interview.new_id", new_id())
    with st.form("interview.start"):
        protocol_id = _widgets.selectbox(
            st,
            t("interview.protocol"),
            list(instruments),
            format_func=lambda i: instruments[i].title[lang],
        )
        left, right = st.columns(2)
        person = _widgets.selectbox(
            left,
            t("interview.stakeholder"),
            ["", *people],
            format_func=lambda i: people[i].name if i else t("interview.anonymous"),
        )
        pseudonym = right.text_input(t("interview.pseudonym"), help=t("interview.pseudonym_help"))
        left, right = st.columns(2)
        day = left.date_input(t("source.date"), dt.date.today(), format="YYYY-MM-DD")
        phase_id = _widgets.selectbox(
            right,
            t("interview.phase"),
            ["", *(p.id for p in lab.phases)],
            format_func=lambda i: lab.phase(i).name if i else t("interview.phase_by_date"),
            help=t("interview.phase_help"),
        )
        if st.form_submit_button(t("interview.start"), type="primary", icon=":material/mic:"):
            try:
                draft = interviews.start(
                    store,
                    lab.id,
                    instruments[protocol_id],
                    stakeholder_id=person,
                    pseudonym=pseudonym,
                    date=day,
                    phase_id=phase_id,
                    draft_id=form_id,
                )
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                del st.session_state["interview.new_id"]
                st.session_state["interview.draft"] = draft.id
                st.rerun()


draft = drafts.get(st.session_state.get("interview.draft", ""))
protocol = instruments.get(draft.protocol_id) if draft else None
if draft is None or protocol is None:
    if not instruments:
        _text.say("warning", "interview.no_protocols")
        st.stop()
    _choose_new()
    st.stop()

st.caption(
    f"{_text.plain(protocol.title[lang])} · {_text.plain(_participant(draft))}"
    f" · {draft.date:%Y-%m-%d}"
)

if protocol.consent_version and interviews.CONSENT_ID not in draft.answers:
    with st.container(border=True):
        st.subheader(t("interview.consent"))
        st.markdown(_text.plain(protocol.consent_text[lang]))
        yes, no = st.columns(2)
        if yes.button(t("interview.consent_yes"), type="primary", key="interview.consent.yes"):
            interviews.set_consent(store, draft, True)
            st.rerun()
        if no.button(t("interview.consent_no"), key="interview.consent.no"):
            interviews.set_consent(store, draft, False)
            st.session_state.pop("interview.draft", None)
            st.session_state["interview.refused"] = True
            st.rerun()
    st.stop()

questions = interviews.steps(protocol, draft.answers)
position = min(draft.position, len(questions))
shown = min(position + 1, len(questions))  # people count questions from 1
st.progress(position / len(questions), text=t("interview.progress", n=shown, total=len(questions)))

if position >= len(questions):
    st.subheader(t("interview.done"))
    st.text(interviews.transcript(protocol, draft, lang) or "—")
    left, right = st.columns(2)
    if left.button(t("interview.back"), icon=":material/arrow_back:"):
        interviews.record(store, draft, None, position=len(questions) - 1)
        st.rerun()
    if right.button(t("interview.finish"), type="primary", icon=":material/done_all:"):
        source = interviews.finish(store, draft, protocol, lab.language)
        st.session_state.pop("interview.draft", None)
        _text.say("success", "interview.stored", title=source.title)
    st.stop()


def _framework_grid(
    questions: list[protocols.Question], current: protocols.Question, answers: dict
) -> str:
    """The level x dimension grid: answered / asked per cell, the current cell marked."""
    header = "| | " + " | ".join(t(f"framework.{d}") for d in protocols.DIMENSIONS) + " |"
    rows = [header, "|---" * (len(protocols.DIMENSIONS) + 1) + "|"]
    for level in protocols.LEVELS:
        cells = []
        for dimension in protocols.DIMENSIONS:
            here = [q for q in questions if (q.level, q.dimension) == (level, dimension)]
            done = sum(q.id in answers for q in here)
            mark = f"{done}/{len(here)}" if here else "–"
            now = (current.level, current.dimension) == (level, dimension)
            cells.append(f"**▶ {mark}**" if now else mark)
        rows.append(f"| {t(f'framework.{level}')} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


question = questions[position]
section = next(s for s in protocol.sections if s.id == question.section)
st.markdown(f"**{_text.plain(section.title[lang])}**")
if question.level:
    indicators = [protocols.framework()[i] for i in question.indicators]
    st.caption(
        t(
            "interview.cell",
            level=t(f"framework.{question.level}"),
            dimension=t(f"framework.{question.dimension}"),
        )
        + "".join(f" · {_text.plain(i.label[lang])}" for i in indicators),
        help="\n\n".join(f"**{i.label[lang]}**: {i.description[lang]}" for i in indicators) or None,
    )
    with st.sidebar, st.expander(t("interview.framework"), expanded=True):
        st.markdown(_framework_grid(questions, question, draft.answers))

with st.form(f"interview.q.{draft.id}.{question.id}"):
    st.subheader(_text.plain(question.label[lang]))
    if question.hint:
        _text.say_plain("info", question.hint[lang], icon=":material/lightbulb:")
    if question.guidance:
        _text.say_plain("info", question.guidance[lang], icon=":material/record_voice_over:")
    value, other = _widgets.answer_widget(question, draft.answers, key=f"{draft.id}.{question.id}")
    note = st.text_area(t("interview.note"), draft.notes.get(question.id, ""), height=80)
    back, skip, forward = st.columns(3)
    went_back = back.form_submit_button(
        t("interview.back"), icon=":material/arrow_back:", disabled=position == 0
    )
    skipped = skip.form_submit_button(
        t("interview.skip"), icon=":material/skip_next:", disabled=question.required
    )
    went_on = forward.form_submit_button(
        t("interview.next"), type="primary", icon=":material/arrow_forward:"
    )
if went_back or went_on:
    target = position - 1 if went_back else position + 1
    try:
        interviews.record(
            store, draft, question, value=value, other=other, note=note, lang=lang, position=target
        )
    except MonitorError as exc:
        if not went_back:
            _text.show_error(exc)
            st.stop()
        interviews.record(store, draft, None, position=target)  # back never blocks
    st.rerun()
if skipped:
    interviews.skip(store, draft, question, position + 1)
    st.rerun()
if st.button(t("interview.pause"), icon=":material/pause:"):
    st.session_state.pop("interview.draft", None)
    st.rerun()
