"""Workshops on the shared screen: open one, let the room join by QR, watch the entries come
in, close it into a source, and turn what came out into actions and factors."""

import datetime as dt
import io

import pandas as pd
import segno
import streamlit as st

from monitor import factors, text, workshops
from monitor.errors import MonitorError
from monitor.model import (
    LearningQuestion,
    Stakeholder,
    StakeholderGroup,
    Workshop,
    WorkshopKind,
)
from monitor.wording import in_language
from pages import _edit, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
book = factors.lab_codebook(lab)

st.title(t("workshop.nav"))
st.caption(t("workshop.intro"))

existing = workshops.workshops(store, lab.id)

with (
    st.expander(t("workshop.new"), icon=":material/add:", expanded=not existing),
    st.form("workshop.new"),
):
    kind = st.radio(
        t("workshop.kind"),
        [k.value for k in WorkshopKind],
        format_func=lambda k: t(f"workshop.kind.{k}"),
        captions=[t(f"workshop.kind_help.{k.value}") for k in WorkshopKind],
    )
    title = st.text_input(t("workshop.title"), max_chars=200)
    day = st.date_input(t("workshop.date"), value=dt.date.today(), format="DD-MM-YYYY")
    actors = _widgets.multiselect(
        st,
        t("workshop.actors"),
        [g.value for g in StakeholderGroup],
        default=list(workshops.default_actors(store, lab)),
        format_func=lambda g: t(f"group.{g}"),
        help=t("workshop.actors_help"),
    )
    if st.form_submit_button(t("workshop.open"), type="primary", icon=":material/play_arrow:"):
        try:
            opened, token = workshops.open_workshop(
                store, lab, kind=kind, title=title, date=day, actors=actors
            )
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            st.session_state[f"workshop.token.{opened.id}"] = token
            st.session_state["workshop.chosen"] = opened.id
            st.rerun()

if not existing:
    st.stop()

ids = [w.id for w in existing]
by_id = {w.id: w for w in existing}
if st.session_state.get("workshop.chosen") not in ids:
    st.session_state["workshop.chosen"] = ids[0]
chosen_id = _widgets.selectbox(
    st,
    t("workshop.choose_workshop"),
    ids,
    index=ids.index(st.session_state["workshop.chosen"]),
    format_func=lambda i: (
        f"{by_id[i].date.isoformat()} · {t(f'workshop.kind.{by_id[i].kind.value}')} · "
        f"{by_id[i].title}" + (f" ({t('workshop.is_closed')})" if by_id[i].closed else "")
    ),
)
st.session_state["workshop.chosen"] = chosen_id
workshop = store.record(lab.id, Workshop, chosen_id)


def _join_url(token: str) -> str:
    return f"{_session.base_url().rstrip('/')}/?lab={lab.id}&workshop={workshop.id}&w={token}"


def _join() -> None:
    """The QR the room scans; after a reload of this screen the chair makes a new one."""
    token = st.session_state.get(f"workshop.token.{workshop.id}")
    if not token:
        _text.say("info", "workshop.link_lost", icon=":material/qr_code:")
        if st.button(t("workshop.new_link"), icon=":material/qr_code:"):
            renewed, fresh = workshops.new_link(store, workshop)
            st.session_state[f"workshop.token.{renewed.id}"] = fresh
            st.rerun()
        return
    url = _join_url(token)
    image = io.BytesIO()
    segno.make(url, error="m").save(image, kind="png", scale=12, border=2)
    st.image(image.getvalue(), width="stretch", caption=t("workshop.scan"))
    st.code(url, language=None, wrap_lines=True)


@st.fragment(run_every=dt.timedelta(seconds=1))
def _live() -> None:
    """The entries as they come in; only this part of the screen reruns."""
    _results(store.record(lab.id, Workshop, workshop.id))


def _results(current: Workshop) -> None:
    st.markdown(f"**{t('workshop.phones', n=workshops.participants(current))}**")
    if current.kind is WorkshopKind.TIMELINE:
        st.altair_chart(workshops.timeline_chart(current, lang), width="stretch")
        contested = [m for m in workshops.moments(current) if m.contested]
        if contested:
            _text.say_lines(
                "warning",
                [workshops.event_label(m.event, lang) for m in contested],
                head=_text.tp("workshop.contested_count", n=len(contested)),
                icon=":material/forum:",
            )
        rows = [
            {
                t("workshop.date"): m.event.date,
                t("workshop.moment"): workshops.event_label(m.event, lang),
                t("workshop.what_moment"): t(f"workshop.mark.{mark}"),
                t("workshop.reason"): reason,
            }
            for m in workshops.moments(current)
            for mark, reason in m.reasons
        ]
        _table(rows)
    elif current.kind is WorkshopKind.REFLECTION:
        if any(s.n for s in workshops.spread(current)):
            st.altair_chart(workshops.spread_chart(current, lang), width="stretch")
        rows = [
            {
                t("workshop.question"): t(f"workshop.q.{s.question}"),
                t("workshop.score"): score,
                t("workshop.reason"): reason,
            }
            for s in workshops.spread(current)
            for score, reason in s.reasons
        ]
        _table(rows)
    elif current.kind is WorkshopKind.SYSTEM:
        frame = pd.DataFrame(workshops.matrix_rows(current, lang))
        _text.table(frame, hide_index=True, width="stretch", row_height=90)
    else:
        rows = [
            {t("workshop.eye_opener"): e.text, t("workshop.own_action"): e.action}
            for e in current.entries
        ]
        _table(rows)


def _table(rows: list[dict]) -> None:
    if rows:
        _text.table(pd.DataFrame(rows), hide_index=True, width="stretch")
    else:
        st.caption(t("workshop.empty"))


@st.dialog(t("workshop.on_screen"), width="large")
def _on_screen() -> None:
    """An entry typed on the shared screen, for someone without a phone at hand."""
    with st.form("workshop.screen"):
        fields: dict = {}
        if workshop.kind is WorkshopKind.TIMELINE:
            events = {e.id: e for e in workshop.events}
            fields["item"] = _widgets.selectbox(
                st,
                t("workshop.moment"),
                list(events),
                format_func=lambda i: (
                    f"{events[i].date.isoformat()} · {workshops.event_label(events[i], lang)}"
                ),
            )
            fields["mark"] = st.radio(
                t("workshop.what_moment"),
                workshops.MARKS,
                format_func=lambda m: t(f"workshop.mark.{m}"),
                horizontal=True,
            )
            fields["text"] = st.text_input(t("workshop.reason"), max_chars=workshops.REASON)
        elif workshop.kind is WorkshopKind.REFLECTION:
            fields["item"] = _widgets.selectbox(
                st,
                t("workshop.question"),
                workshops.REFLECTION_QUESTIONS,
                format_func=lambda q: t(f"workshop.q.{q}"),
            )
            fields["score"] = st.select_slider(t("workshop.score"), list(range(1, 11)), value=6)
            fields["text"] = st.text_input(t("workshop.reason_optional"))
        elif workshop.kind is WorkshopKind.SYSTEM:
            row = _widgets.selectbox(
                st,
                t("workshop.characteristic"),
                workshops.CHARACTERISTICS,
                format_func=lambda c: t(f"workshop.char.{c}"),
            )
            actor = _widgets.selectbox(
                st, t("workshop.actor"), workshop.actors, format_func=lambda a: t(f"group.{a}")
            )
            fields["item"] = f"{row}|{actor}"
            fields["mark"] = st.radio(
                t("workshop.barrier_or_opportunity"),
                workshops.POLARITIES,
                format_func=lambda p: t(f"workshop.polarity.{p}"),
                horizontal=True,
            )
            fields["text"] = st.text_input(t("workshop.entry"), max_chars=workshops.REASON)
        else:
            fields["text"] = st.text_input(t("workshop.eye_opener_question"))
            fields["action"] = st.text_input(t("workshop.own_action_question"))
        if st.form_submit_button(t("workshop.send"), type="primary"):
            _edit.attempt(lambda: workshops.submit_on_screen(store, workshop, **fields))


# -- an open workshop: the room joins ---------------------------------------------------------

if not workshop.closed:
    left, right = st.columns([1, 2], gap="large")
    with left:
        _join()
    with right:
        _live()
    one, two = st.columns(2)
    if one.button(t("workshop.on_screen"), icon=":material/touch_app:"):
        _on_screen()
    if two.button(t("workshop.close"), type="primary", icon=":material/lock:"):
        try:
            workshops.close(store, lab, workshop)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            st.rerun()
    st.stop()

# -- a closed workshop: what came out of it ---------------------------------------------------

_text.say("success", "workshop.closed_note", icon=":material/lock:")
_results(workshop)
people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
questions = {
    q.id: in_language(q.text, lang) for q in store.records(lab.id, LearningQuestion) if q.on_agenda
}

if workshop.kind is WorkshopKind.REFLECTION:
    points = workshops.trend(store, lab.id)
    if len({p.workshop_id for p in points}) > 1:
        st.subheader(t("workshop.trend"))
        st.altair_chart(workshops.trend_chart(points, lang), width="stretch")


def _action_form(key: str, text_: str = "", entry_id: str = "") -> None:
    with st.form(key):
        wording = st.text_input(t("workshop.action_text"), value=text_, max_chars=200)
        owner = _widgets.selectbox(
            st,
            t("workshop.action_owner"),
            [""] + list(people),
            format_func=lambda i: people.get(i, t("workshop.no_owner")),
        )
        due = st.date_input(t("workshop.action_due"), value=None, format="DD-MM-YYYY")
        question = _widgets.selectbox(
            st,
            t("workshop.action_question"),
            [""] + list(questions),
            format_func=lambda i: questions.get(i, "—")[:100],
        )
        if st.form_submit_button(t("workshop.to_agenda"), icon=":material/task_alt:"):
            _edit.attempt(
                lambda: workshops.to_action(
                    store,
                    lab,
                    workshop,
                    text_=wording,
                    owner_id=owner,
                    due=due,
                    question_id=question,
                    entry_id=entry_id,
                )  # fmt: skip
            )


if workshop.kind in (WorkshopKind.REFLECTION, WorkshopKind.TIMELINE):
    st.subheader(t("workshop.discussion_action"))
    _action_form("workshop.action")
elif workshop.kind is WorkshopKind.EYE_OPENER:
    st.subheader(t("workshop.personal_actions"))
    for entry in [e for e in workshop.entries if e.action]:
        done = f"{entry.id}a" in workshop.action_ids
        with st.expander(
            _text.label(("✓ " if done else "") + entry.action[:80]), icon=":material/person_check:"
        ):  # fmt: skip
            st.text(entry.text)
            _action_form(f"workshop.action.{entry.id}", entry.action, entry.id)
elif workshop.kind is WorkshopKind.SYSTEM:
    st.subheader(t("workshop.as_factors"))
    st.caption(t("workshop.as_factors_help"))
    coded = workshops.coded_entries(store, workshop)
    for entry in workshop.entries:
        label = f"{workshops.item_label(workshop, entry.item, lang)} · {entry.text}"
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.text(("✓ " if entry.id in coded else "") + text.visible(label))
        if right.button(t("workshop.make_factor"), key=f"factor.{entry.id}"):
            _edit.attempt(lambda entry=entry: workshops.to_factor(store, lab, workshop, entry.id))
    frame = pd.DataFrame(workshops.matrix_rows(workshop, lang)).map(text.spreadsheet_safe)
    st.download_button(
        t("workshop.export"),
        frame.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"{workshop.date.isoformat()}-system-analysis.csv",
        mime="text/csv",
        icon=":material/download:",
    )
st.page_link("pages/coding.py", label=t("workshop.code_source"), icon=":material/label:")
