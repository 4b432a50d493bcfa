"""Evidence: minutes, interviews, observations and documents of the lab; search and add."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import factors, labs, privacy, sources, uploads, wording
from monitor.errors import MonitorError
from monitor.model import Activity, Factor, Source, SourceKind, Stakeholder, new_id
from pages import _edit, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab = page.store, page.lab
people_records = {s.id: s for s in store.records(lab.id, Stakeholder)}
stakeholders = {i: s.name for i, s in people_records.items()}
activity_records = sorted(store.records(lab.id, Activity), key=lambda a: a.date)
activities = {a.id: f"{a.date:%Y-%m-%d} · {a.title}" for a in activity_records}
activity_days = {a.id: a.date for a in activity_records}
phase_names = {p.id: p.name for p in lab.phases}

st.title(t("nav.sources"))


def _show(source: Source) -> None:
    """One source in full, with the factors coded from it."""
    book = factors.lab_codebook(lab)
    with st.container(border=True):
        st.subheader(_text.plain(source.title))
        people = ", ".join(stakeholders.get(i, "?") for i in source.stakeholder_ids)
        st.caption(
            " · ".join(
                x
                for x in (
                    t(f"source_kind.{source.kind}"),
                    f"{source.date:%Y-%m-%d}",
                    _text.plain(phase_names.get(source.phase_id, "")),
                    _text.plain(activities.get(source.activity_id, "")),
                    _text.plain(people),
                    t(privacy.consent_label(source, people_records)),
                )
                if x
            )
        )
        with st.container(height=360, border=False):
            st.text(source.text or "—")
        coded = [f for f in store.records(lab.id, Factor) if f.source_id == source.id]
        if coded:
            st.markdown(f"**{t('coding.already', n=len(coded))}**")
            for factor in coded:
                themes = ", ".join(book.label(i, page.lang) for i in factor.themes)
                st.markdown(
                    f"- {t(f'factor_kind.{factor.kind}')}: {_text.plain(factor.text)} "
                    f"*({_text.plain(themes)})*"
                )
        base = _edit.edit_base(
            source, lambda b: [f"sources.edit.{source.id}.{b}.{f}" for f in ("title", "text")]
        )
        _edit.stale_notice(source, base)
        with st.expander(t("sources.edit")), st.form(f"sources.edit.{source.id}"):
            key = f"sources.edit.{source.id}.{base}"
            title = st.text_input(t("source.title"), source.title, key=f"{key}.title")
            body = st.text_area(t("source.text"), source.text, height=240, key=f"{key}.text")
            if st.form_submit_button(t("common.save"), icon=":material/save:"):
                try:
                    factors.edit_source(
                        store, _edit.as_shown(source, base), title=title, text_=body
                    )
                except MonitorError as exc:
                    _text.show_error(exc)
                else:
                    _edit.edit_done(source)
                    _text.say("toast", "common.saved", icon=":material/check:")
                    st.rerun()
        _delete(source)
        left, middle, right = st.columns(3)
        if left.button(
            t("sources.code"),
            key=f"sources.code.{source.id}",
            type="primary",
            icon=":material/label:",
        ):
            st.session_state["coding.source"] = source.id
            st.switch_page("pages/coding.py")
        if coded and middle.button(
            t("sources.to_factors"), key=f"sources.back.{source.id}", icon=":material/arrow_back:"
        ):
            st.switch_page("pages/factor_overview.py")
        if right.button(t("common.close"), key=f"sources.close.{source.id}"):
            st.session_state.pop("sources.focus", None)
            st.rerun()


def _delete(source: Source) -> None:
    """Delete a source, with what depends on it shown first."""
    with st.expander(t("sources.delete"), icon=":material/delete:"):
        found = sources.dependants(store, lab.id, source.id)
        if found.empty:
            st.caption(t("sources.delete_free"))
        if found.factors:
            st.markdown(t("sources.delete_factors", n=len(found.factors)))
            for factor in found.factors:
                st.markdown(f"- {_text.plain(factor.text)}")
        if found.questions:
            st.markdown(t("sources.delete_questions", n=len(found.questions)))
            for question in found.questions:
                st.markdown(f"- {_text.plain(wording.in_language(question.text, page.lang))}")
        if found.meetings:
            st.markdown(t("sources.delete_meetings", n=len(found.meetings)))
        with_factors = bool(found.factors) and st.checkbox(
            t("sources.delete_with_factors", n=len(found.factors)),
            key=f"sources.delete_all.{source.id}",
        )
        if st.button(
            t("sources.delete_confirm"), key=f"sources.delete.{source.id}", icon=":material/delete:"
        ):
            try:
                sources.delete_source(store, source, with_factors=with_factors)
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.session_state.pop("sources.focus", None)
                st.session_state.pop("sources.table", None)
                _text.say("toast", "sources.deleted", title=source.title, icon=":material/check:")
                st.rerun()


focus = st.session_state.get("sources.focus")
if focus:
    try:
        _show(store.record(lab.id, Source, focus))
    except MonitorError:
        st.session_state.pop("sources.focus", None)


def _follow_activity(activity_key: str, date_key: str) -> None:
    """Minutes carry their activity's date unless the researcher sets another one after."""
    chosen = st.session_state.get(activity_key)
    if chosen in activity_days:
        st.session_state[date_key] = activity_days[chosen]


with st.expander(t("sources.add"), icon=":material/add:"):
    # The id is fixed when the form opens: a double click on submit stores the source once.
    # After a save the form starts afresh (new widget keys), so a second press adds nothing.
    form_id = st.session_state.setdefault("sources.new_id", new_id())
    version = st.session_state.setdefault("sources.form_version", 0)
    date_key = f"sources.day.{version}"
    st.session_state.setdefault(date_key, dt.date.today())
    activity = _widgets.selectbox(
        st,
        t("sources.activity"),
        ["", *activities],
        format_func=lambda i: activities.get(i, "—"),
        key=f"sources.activity.{version}",
        on_change=_follow_activity,
        args=(f"sources.activity.{version}", date_key),
        help=t("sources.activity_help"),
    )
    with st.form(f"sources.add_form.{version}"):
        left, right = st.columns(2)
        kind = _widgets.selectbox(
            left,
            t("source.kind"),
            [k.value for k in SourceKind][:4],
            format_func=_text.options_label("source_kind"),
        )
        day = right.date_input(t("source.date"), key=date_key, format="YYYY-MM-DD")
        title = st.text_input(t("source.title"), max_chars=200)
        people = _widgets.multiselect(
            st,
            t("sources.stakeholders"),
            list(stakeholders),
            format_func=stakeholders.get,
            placeholder=t("common.choose"),
        )
        body = st.text_area(t("source.text"), height=240)
        upload = _widgets.file_uploader(
            st, t("sources.upload"), uploads.TEXT_TYPES, help=t("sources.upload_help")
        )
        if st.form_submit_button(t("common.save"), type="primary", icon=":material/save:"):
            try:
                if upload is not None:  # the document's text, after what was typed (if any)
                    found = uploads.read_text(upload.name, upload.getvalue())
                    body = f"{body.strip()}\n\n{found}" if body.strip() else found
                labs.add_source(
                    store,
                    lab.id,
                    kind=kind,
                    title=title,
                    date=day,
                    text_=body,
                    activity_id=activity,
                    stakeholder_ids=people,
                    source_id=form_id,
                )
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                del st.session_state["sources.new_id"]
                del st.session_state[date_key]
                st.session_state["sources.form_version"] = version + 1
                _text.say("toast", "common.saved", icon=":material/check:")
                st.rerun()

left, middle, right = st.columns([3, 1, 1])
query = left.text_input(t("sources.search"), placeholder=t("sources.search_hint"))
kinds = _widgets.multiselect(
    middle,
    t("source.kind"),
    [k.value for k in SourceKind],
    format_func=_text.options_label("source_kind"),
    placeholder=t("common.choose"),
)
phases = _widgets.multiselect(
    right,
    t("overview.phase"),
    list(phase_names),
    format_func=phase_names.get,
    placeholder=t("common.choose"),
)

found = labs.search_sources(store.records(lab.id, Source), query)
found = [
    s for s in found if (not kinds or s.kind in kinds) and (not phases or s.phase_id in phases)
]
found.sort(key=lambda s: s.date, reverse=True)
st.caption(t("sources.count", n=len(found)))
if not found:
    _text.say("info", "sources.none")
    st.stop()

table = pd.DataFrame(
    [
        {
            "date": s.date,
            "kind": t(f"source_kind.{s.kind}"),
            "title": s.title,
            "phase": phase_names.get(s.phase_id, ""),
            "activity": activities.get(s.activity_id, ""),
            "stakeholders": ", ".join(stakeholders.get(i, "?") for i in s.stakeholder_ids),
            "consent": t(privacy.consent_label(s, people_records)),
            "words": len(s.text.split()),
        }
        for s in found
    ]
)
selection = _text.table(
    table,
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key="sources.table",
    column_config={
        "date": st.column_config.DateColumn(t("source.date"), format="YYYY-MM-DD"),
        "kind": t("source.kind"),
        "title": t("source.title"),
        "phase": t("overview.phase"),
        "activity": t("sources.activity"),
        "stakeholders": t("sources.stakeholders"),
        "consent": t("stakeholder.consent"),
        "words": st.column_config.NumberColumn(t("sources.words")),
    },
)
rows = selection.selection.rows if selection else []
if rows:
    _show(found[rows[0]])
else:
    st.caption(t("sources.select_hint"))
