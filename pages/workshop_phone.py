"""The page a workshop's join link opens on a phone: the workshop's own form and nothing else.
Anonymous: the phone is known by a random key kept in its address, so a reload keeps what it
entered; other participants never see who wrote what."""

import datetime as dt

import streamlit as st

from monitor import workshops
from monitor.errors import MonitorError
from monitor.model import Workshop, WorkshopKind
from pages import _edit, _session, _text, _widgets

t = _text.t
store = _session.store()
link = st.session_state["workshop.link"]

_text.language_switch("_workshop_lang")
lang = _session.lang()

try:
    workshop = workshops.for_link(store, link["lab"], link["workshop"], link["w"])
except MonitorError as exc:
    _text.show_error(exc, "info", icon=":material/info:")
    st.stop()

st.header(_text.plain(workshop.title))
st.caption(t(f"workshop.phone_help.{workshop.kind.value}"))
if st.session_state.pop("workshop.sent", False):
    _text.say("success", "workshop.sent", icon=":material/check_circle:")
# Widget keys carry a counter: after a stored entry the next form starts empty, while a
# refused one keeps what was typed.
gen = st.session_state.setdefault("workshop.gen", 0)


def _send(**fields) -> None:
    """Submit one entry through the link; a refusal is shown and nothing is stored."""
    try:
        workshops.submit(
            store, workshop.lab_id, workshop.id, link["w"], link["me"], **fields
        )  # fmt: skip
    except MonitorError as exc:
        _text.show_error(exc)
        return
    st.session_state["workshop.gen"] = gen + 1
    st.session_state["workshop.sent"] = True
    st.rerun()


def _send_all(answers: dict[str, tuple[int, str]]) -> None:
    """A team reflection's five scores; each is stored on its own, so a refused reason keeps
    the others, and the form keeps what was typed."""
    failed = False
    for question, (score, reason) in answers.items():
        try:
            workshops.submit(
                store, workshop.lab_id, workshop.id, link["w"], link["me"],
                item=question, score=score, text=reason,
            )  # fmt: skip
        except MonitorError as exc:
            _text.say_plain("error", f"{t(f'workshop.q.{question}')} {exc.message(lang)}")
            failed = True
    if not failed:
        _text.say("success", "workshop.thanks", icon=":material/check_circle:")


def _mine(current: Workshop) -> None:
    """What this phone entered, each with a way to take it back."""
    own = workshops.mine(current, link["me"])
    added = [e for e in current.events if e.voter == link["me"]]
    if not own and not added:
        return
    st.subheader(t("workshop.yours"))
    for event in added:
        _withdraw_line(f"{event.date.isoformat()} · {workshops.event_label(event, lang)}", event.id)
    for entry in own:
        _withdraw_line(
            f"{workshops.item_label(current, entry.item, lang)}: {_detail(entry)}", entry.id
        )


def _detail(entry) -> str:
    if entry.score is not None:
        return f"{entry.score} · {entry.text}" if entry.text else str(entry.score)
    if entry.mark in workshops.MARKS:
        return f"{t(f'workshop.mark.{entry.mark}')} · {entry.text}"
    if entry.mark in workshops.POLARITIES:
        return f"{t(f'workshop.polarity.{entry.mark}')} · {entry.text}"
    return entry.text + (f" → {entry.action}" if entry.action else "")


def _withdraw_line(label: str, entry_id: str) -> None:
    left, right = st.columns([5, 1], vertical_alignment="center")
    left.text(label)
    if right.button(
        t("workshop.withdraw"), key=f"withdraw.{entry_id}", icon=":material/delete:"
    ):  # fmt: skip
        _edit.attempt(
            lambda: workshops.withdraw(
                store, workshop.lab_id, workshop.id, link["w"], link["me"], entry_id
            )
        )


if workshop.kind is WorkshopKind.TIMELINE:
    events = {e.id: e for e in workshop.events}
    with st.form("workshop.mark"):
        item = _widgets.selectbox(
            st,
            t("workshop.moment"),
            list(events),
            format_func=lambda i: (
                f"{events[i].date.isoformat()} · {workshops.event_label(events[i], lang)}"
            ),
            index=None,
            placeholder=t("workshop.choose_moment"),
            key=f"moment.{gen}",
        )
        mark = st.radio(
            t("workshop.what_moment"),
            workshops.MARKS,
            format_func=lambda m: t(f"workshop.mark.{m}"),
            horizontal=True,
            index=None,
            key=f"mark.{gen}",
        )
        reason = st.text_input(t("workshop.reason"), max_chars=workshops.REASON, key=f"r.{gen}")
        if st.form_submit_button(t("workshop.send"), type="primary", width="stretch"):
            _send(item=item or "", mark=mark or "", text=reason)
    with (
        st.expander(t("workshop.add_event"), icon=":material/add:"),
        st.form("workshop.event"),
    ):
        day = st.date_input(
            t("workshop.event_date"), value=dt.date.today(), format="DD-MM-YYYY", key=f"d.{gen}"
        )
        what = st.text_input(t("workshop.event"), max_chars=workshops.REASON, key=f"e.{gen}")
        if st.form_submit_button(t("workshop.send_event"), width="stretch"):
            _send(event=what, date=day)

elif workshop.kind is WorkshopKind.REFLECTION:
    given = {e.item: e for e in workshops.mine(workshop, link["me"])}
    with st.form("workshop.reflection"):
        answers = {}
        for question in workshops.REFLECTION_QUESTIONS:
            st.markdown(f"**{t(f'workshop.q.{question}')}**")
            before = given.get(question)
            score = st.select_slider(
                t("workshop.score"),
                options=list(range(1, 11)),
                value=before.score if before and before.score else 6,
                key=f"score.{question}",
            )
            reason = st.text_input(
                t("workshop.reason_optional"),
                value=before.text if before else "",
                max_chars=workshops.REASON,
                key=f"reason.{question}",
            )
            answers[question] = (score, reason)
        if st.form_submit_button(t("workshop.send"), type="primary", width="stretch"):
            _send_all(answers)

elif workshop.kind is WorkshopKind.SYSTEM:
    with st.form("workshop.cell"):
        row = _widgets.selectbox(
            st,
            t("workshop.characteristic"),
            workshops.CHARACTERISTICS,
            format_func=lambda c: t(f"workshop.char.{c}"),
            index=None,
            placeholder=t("workshop.choose"),
            key=f"row.{gen}",
        )
        actor = _widgets.selectbox(
            st,
            t("workshop.actor"),
            workshop.actors,
            format_func=lambda a: t(f"group.{a}"),
            index=None,
            placeholder=t("workshop.choose"),
            key=f"actor.{gen}",
        )
        polarity = st.radio(
            t("workshop.barrier_or_opportunity"),
            workshops.POLARITIES,
            format_func=lambda p: t(f"workshop.polarity.{p}"),
            horizontal=True,
            index=None,
            key=f"pol.{gen}",
        )
        what = st.text_input(t("workshop.entry"), max_chars=workshops.REASON, key=f"w.{gen}")
        if st.form_submit_button(t("workshop.send"), type="primary", width="stretch"):
            _send(item=f"{row}|{actor}", mark=polarity or "", text=what)

else:
    before = next(iter(workshops.mine(workshop, link["me"])), None)
    with st.form("workshop.eye_opener"):
        eye = st.text_area(
            t("workshop.eye_opener_question"),
            value=before.text if before else "",
            max_chars=workshops.REASON,
        )
        own = st.text_input(
            t("workshop.own_action_question"),
            value=before.action if before else "",
            max_chars=workshops.REASON,
        )
        if st.form_submit_button(t("workshop.send"), type="primary", width="stretch"):
            _send(text=eye, action=own)

_mine(store.record(workshop.lab_id, Workshop, workshop.id))
