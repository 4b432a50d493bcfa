"""The national learning agenda: drafts from what labs share and from barriers that recur
across labs, the programme's questions per theme with their status, owner, backing and
actions, the priorities of the last national meeting, and the programme report."""

import datetime as dt

import streamlit as st

from monitor.errors import MonitorError
from monitor.model import ActionStatus, ProgrammeAction, ProgrammeQuestion, QuestionStatus
from monitor.programme import agenda, crosslab, setup
from monitor.programme import report as programme_report
from monitor.reports import pdf, to_docx
from monitor.wording import in_language
from pages import _cards, _edit, _programme_choice, _session, _text, _widgets

t = _text.t
store = _session.store()
lang = _session.lang()
user = _programme_choice.user()
programme = _programme_choice.chosen()

st.title(t("programme.agenda_title"))
st.caption(_text.tp("programme.agenda_intro", name=programme.name))

view = crosslab.view(store, programme)
found = agenda.questions(store, programme)
live = [q for q in found if q.status is not QuestionStatus.REJECTED]
by_id = {q.id: q for q in found}
names = {lab.id: lab.name for lab in view.labs}
owners = {"": t("programme.owner_team"), **names}
pool = agenda.evidence(store, programme)

ranked = agenda.priorities(store, programme)
if ranked:
    st.header(t("programme.priorities"))
    for p in ranked[:10]:
        st.markdown(
            _text.tp(
                "programme.priority_line",
                rank=p.rank,
                item=agenda.item_label(programme, p.item, by_id, lang),
                n=p.points,
            )
        )

proposals = agenda.drafts(store, programme, view)
with st.expander(t("programme.drafts", n=len(proposals)), expanded=bool(proposals) and not live):
    if not proposals:
        st.caption(t("programme.drafts_none"))
    for draft in proposals:
        with st.container(border=True):
            st.markdown(
                f"**{_text.plain(setup.label(programme.theme(draft.theme), lang))}** · "
                f"{t(f'programme.origin.{draft.origin}')}"
            )
            st.markdown(f"#### {_text.plain(in_language(draft.text, lang))}")
            st.caption(
                _text.plain(
                    f"{draft.summary(lang)}: "
                    + ", ".join(
                        sorted((names.get(i, "?") for i in draft.lab_ids), key=str.casefold)
                    )
                )
            )
            left, right = st.columns(2)
            if left.button(t("agenda.accept"), key=f"pa.accept.{draft.key}", type="primary"):
                _edit.attempt(lambda d=draft: agenda.accept(store, user, programme, d))
            if right.button(t("agenda.reject"), key=f"pa.reject.{draft.key}"):
                _edit.attempt(lambda d=draft: agenda.reject(store, user, programme, d))

with st.expander(t("programme.add_question"), icon=":material/add:"), st.form("pa.add"):
    theme_ids = [th.id for th in programme.themes]
    theme = _widgets.selectbox(
        st,
        t("programme.theme"),
        theme_ids,
        format_func=lambda i: setup.label(programme.theme(i), lang),
    )
    nl = st.text_area(t("agenda.text_nl"), height=70)
    en = st.text_area(t("agenda.text_en"), height=70)
    if st.form_submit_button(t("programme.add_question"), icon=":material/add:"):
        _edit.attempt(
            lambda: agenda.add_question(store, user, programme, theme=theme, nl=nl, en=en)
        )


def _change(kind: str, shown: ProgrammeQuestion, **fields):
    if kind == "status":
        return agenda.set_status(store, user, shown, fields["status"], answer=fields["answer"])
    return agenda.reformulate(store, user, shown, nl=fields["text_nl"], en=fields["text_en"])


def _question(question: ProgrammeQuestion, mine: list[ProgrammeAction]) -> None:
    backing = agenda.backing(store, programme, question, view, lang, pool)
    with st.container(border=True):
        st.markdown(
            f"`{t(f'status.{question.status.value}')}` · {t(f'programme.origin.{question.origin}')}"
            f" · {t('programme.owner')}: {_text.plain(owners.get(question.owner, '—'))}"
        )
        st.markdown(f"#### {_text.plain(in_language(question.text, lang))}")
        if question.answer:
            st.markdown(f"**{t('agenda.answer')}:** {_text.plain(question.answer)}")
        st.caption(_text.plain(backing.summary(lang)))
        if backing.lab_names:
            st.caption(_text.tp("programme.labs_line", labs=", ".join(backing.lab_names)))
        for action in mine:
            due = action.due.isoformat() if action.due else "—"
            owner = owners.get(action.owner, "—")
            st.markdown(
                f"- {_text.plain(action.text)} · {_text.plain(owner)} · {due}"
                f" · `{t(f'action_status.{action.status.value}')}`"
            )
        with st.expander(t("agenda.details")):
            for text in backing.shared:
                st.text(f"{t('share_kind.question')}: {text}")
            for item in backing.evidence:
                st.text(f"{t(f'programme.mark.{item.mark}')}: {item.text}")
            for entry in question.history:
                st.caption(f"{entry.at[:10]} · {t(f'event.{entry.event}')}")
            _cards.question_decisions(question, "pq", _change)
            _owner_form(question)
            _action_form(question)
            for action in mine:
                _action_edit(action)


def _owner_form(question: ProgrammeQuestion) -> None:
    base = _edit.edit_base(question, lambda b: [f"pq.owner.{question.id}.{b}"])
    shown = _edit.as_shown(question, base)
    with st.form(f"pq.owner.{question.id}"):
        ids = list(owners)
        owner = _widgets.selectbox(
            st,
            t("programme.owner"),
            ids,
            index=ids.index(shown.owner) if shown.owner in ids else 0,
            format_func=owners.__getitem__,
            key=f"pq.owner.{question.id}.{base}",
        )
        if st.form_submit_button(t("programme.set_owner")):
            _edit.attempt(lambda: agenda.set_owner(store, user, shown, owner), done=question)


def _action_form(question: ProgrammeQuestion) -> None:
    with st.form(f"pq.action.{question.id}", clear_on_submit=True):
        what = st.text_input(t("actions.text"))
        left, right = st.columns(2)
        ids = list(owners)
        owner = _widgets.selectbox(left, t("actions.owner"), ids, format_func=owners.__getitem__)
        due = right.date_input(t("actions.due"), None, format="YYYY-MM-DD")
        if st.form_submit_button(t("actions.add"), icon=":material/add_task:"):
            _edit.attempt(
                lambda: agenda.add_action(store, user, question, text_=what, owner=owner, due=due)
            )


def _action_edit(action: ProgrammeAction) -> None:
    base = _edit.edit_base(action, lambda b: [f"pac.status.{action.id}.{b}"])
    shown = _edit.as_shown(action, base)
    with st.form(f"pac.{action.id}"):
        st.markdown(_text.plain(action.text))
        cols = st.columns(3)
        statuses = [s.value for s in ActionStatus]
        status = _widgets.selectbox(
            cols[0],
            t("programme.action_status"),
            statuses,
            index=statuses.index(shown.status.value),
            format_func={s: t(f"action_status.{s}") for s in statuses}.get,
            key=f"pac.status.{action.id}.{base}",
        )
        ids = list(owners)
        owner = _widgets.selectbox(
            cols[1],
            t("actions.owner"),
            ids,
            index=ids.index(shown.owner) if shown.owner in ids else 0,
            format_func=owners.__getitem__,
            key=f"pac.owner.{action.id}.{base}",
        )
        due = cols[2].date_input(
            t("actions.due"), shown.due, format="YYYY-MM-DD", key=f"pac.due.{action.id}.{base}"
        )
        if st.form_submit_button(t("programme.save_action")):
            _edit.attempt(
                lambda: agenda.update_action(
                    store, user, shown, status=status, owner=owner, due=due
                ),
                done=action,
            )


all_actions = agenda.actions(store, programme)
st.header(t("programme.questions_by_theme"))
if not live:
    _text.say("info", "programme.agenda_empty", icon=":material/info:")
for pillar in programme.pillars:
    themes = [th for th in programme.themes if th.pillar == pillar.id]
    mine = [q for q in live if q.theme in {th.id for th in themes}]
    if not mine:
        continue
    st.subheader(_text.plain(setup.label(pillar, lang)))
    for theme in themes:
        questions = [q for q in mine if q.theme == theme.id]
        if questions:
            st.markdown(f"**{_text.plain(setup.label(theme, lang))}**")
        for question in questions:
            _question(question, [a for a in all_actions if a.question_id == question.id])

st.header(t("programme.report_title"))
st.caption(t("programme.report_help"))
report_lang = st.segmented_control(
    t("reports.language"),
    ["nl", "en"],
    default=lang,
    required=True,
    format_func=lambda c: {"nl": "Nederlands", "en": "English"}[c],
    key="pa.report_lang",
)


def _report():
    return programme_report.build(store, user, programme.id, report_lang or lang, dt.date.today())


try:
    left, right = st.columns(2)
    left.download_button(
        t("reports.download"),
        _session.audited(store, programme.id, "report.programme", lambda: to_docx(_report())),
        file_name=programme_report.file_name(programme, "programme", report_lang or lang),
        mime=programme_report.MIME,
        icon=":material/download:",
    )
    if pdf.available():
        right.download_button(
            t("reports.download_pdf"),
            _session.audited(
                store, programme.id, "report.programme.pdf", lambda: pdf.render(_report())
            ),
            file_name=programme_report.file_name(
                programme, "programme", report_lang or lang, "pdf"
            ),
            mime=pdf.MIME,
            icon=":material/picture_as_pdf:",
        )
    else:
        right.caption(t("reports.no_pdf"))
except MonitorError as exc:
    _text.show_error(exc)
