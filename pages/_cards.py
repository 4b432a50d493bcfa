"""The cards the agenda, the meeting and the evidence pages share: a factor with its
passage, a learning question with its actions and the forms that change it, an action as a
line. Not a page (underscore)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from monitor import agenda, factors, wording
from monitor.codebook import Codebook
from monitor.model import Action, Factor, LearningQuestion, Source, new_id
from pages import _edit, _session, _text, _widgets


def evidence_card(factor: Factor, source: Source | None, book: Codebook) -> None:
    """A factor with the passage it was coded from, and a way to the whole source."""
    lang_ = _session.lang()
    with st.container(border=True):
        st.markdown(
            f"**{_text.t(f'factor_kind.{factor.kind}')}** · "
            f"{_text.plain(', '.join(book.label(i, lang_) for i in factor.themes))}"
        )
        st.markdown(f"### {_text.plain(factor.text)}")
        details = [_text.t(f"group.{g}") for g in factor.groups]
        if factor.step:
            details.append(_text.t(f"step.{factor.step}"))
        if details:
            st.caption(" · ".join(details))
        if source is None:
            st.caption(_text.t("factors.no_source"))
            return
        st.markdown(
            f"**{_text.t('coding.source')}:** {_text.plain(source.title)} "
            f"({_text.t(f'source_kind.{source.kind}')}, {source.date:%Y-%m-%d})"
        )
        before, passage, after = factors.quote_context(source.text, factor.quote)
        if passage:
            st.markdown(f"…{_text.plain(before)}**{_text.plain(passage)}**{_text.plain(after)}…")
        elif factor.quote:
            st.markdown(f"> {_text.plain(factor.quote)}")
        if st.button(
            _text.t("factors.open_source"),
            key=f"evidence.open.{factor.id}",
            icon=":material/open_in_new:",
        ):
            st.session_state["sources.focus"] = source.id
            st.switch_page("pages/sources.py")


def question_card(
    question: LearningQuestion,
    book: Codebook,
    actions: list[Action],
    people: dict[str, str],
    evidence: Callable[[tuple[str, ...]], None],
    editable: bool = True,
) -> None:
    """One question on the agenda: wording, status, history, actions, and (when editable) the
    forms to change it. Every change is stored at once."""
    lang_ = _session.lang()
    with st.container(border=True):
        st.markdown(
            f"**{_text.plain(book.label(question.theme, lang_))}** · "
            f"`{_text.t(f'status.{question.status}')}` · {_text.t(f'qkind.{question.kind}')}"
        )
        st.markdown(f"#### {_text.plain(wording.in_language(question.text, lang_))}")
        if question.answer:
            st.markdown(f"**{_text.t('agenda.answer')}:** {_text.plain(question.answer)}")
        for action in agenda.sort_actions(actions, dt.date.today()):
            action_line(action, people)
        with st.expander(_text.t("agenda.details")):
            evidence(question.factor_ids)
            for entry in question.history:
                note = _text.plain(agenda.note_text(entry, lang_))
                st.caption(f"{entry.at[:10]} · {_text.t(f'event.{entry.event}')} {note}")
            if editable:
                _question_forms(question, people)


def action_line(action: Action, people: dict[str, str] | None = None) -> None:
    """One action as a list item: text, owner (unless people is None), due date, status."""
    who = (
        f" · {_text.plain(people.get(action.owner_id, _text.t('actions.no_owner')))}"
        if people is not None
        else ""
    )
    late = " ⚠" if agenda.is_overdue(action, dt.date.today()) else ""
    st.markdown(
        f"- {_text.plain(action.text)}{who} · {action.due or '—'}{late} · "
        f"`{_text.t(f'action_status.{action.status}')}`"
    )


def question_decisions(question: LearningQuestion, name: str, change: Callable) -> None:
    """The status and wording forms of a question, based on the version first shown.
    change(kind, shown, **fields) stores one ("status": status, answer; "text": nl, en)."""
    base = _edit.edit_base(
        question, lambda b: [f"{name}.{w}.{question.id}.{b}" for w in ("status", "how", "nl", "en")]
    )
    shown = _edit.as_shown(question, base)
    _edit.stale_notice(question, base)
    choices = [s.value for s in agenda.SETTABLE_STATUSES]
    with st.form(f"{name}.status.{question.id}"):
        status = _widgets.selectbox(
            st,
            _text.t("agenda.status"),
            choices,
            index=choices.index(shown.status),
            format_func=_text.options_label("status"),
            key=f"{name}.status.{question.id}.{base}",
        )
        how = st.text_area(
            _text.t("agenda.answer_how"),
            shown.answer,
            height=70,
            key=f"{name}.how.{question.id}.{base}",
        )
        if st.form_submit_button(_text.t("agenda.change_status")):
            _edit.attempt(lambda: change("status", shown, status=status, answer=how), done=question)
    with st.form(f"{name}.text.{question.id}"):
        nl = st.text_area(
            _text.t("agenda.text_nl"), shown.text.get("nl", ""), height=70,
            key=f"{name}.nl.{question.id}.{base}",
        )  # fmt: skip
        en = st.text_area(
            _text.t("agenda.text_en"), shown.text.get("en", ""), height=70,
            key=f"{name}.en.{question.id}.{base}",
        )  # fmt: skip
        if st.form_submit_button(_text.t("agenda.reformulate")):
            _edit.attempt(lambda: change("text", shown, text_nl=nl, text_en=en), done=question)


def _question_forms(question: LearningQuestion, people: dict[str, str]) -> None:
    store_, lab_id = _session.store(), question.lab_id
    lab = store_.lab(lab_id)

    def change(kind: str, shown: LearningQuestion, **fields: Any) -> Any:
        if kind == "status":
            return agenda.set_status(store_, shown, fields["status"], answer=fields["answer"])
        return agenda.reformulate(store_, shown, **fields)

    question_decisions(question, "q", change)
    form_id = st.session_state.setdefault(f"q.action_id.{question.id}", new_id())
    with st.form(f"q.action.{question.id}"):
        what = st.text_input(_text.t("actions.text"))
        left, right = st.columns(2)
        owner = _widgets.selectbox(
            left, _text.t("actions.owner"), ["", *people], format_func=lambda i: people.get(i, "—")
        )
        due = right.date_input(_text.t("actions.due"), None, format="YYYY-MM-DD")
        if st.form_submit_button(
            _text.t("actions.add"), icon=":material/add_task:"
        ) and _edit.attempt(
            lambda: agenda.save_action(
                store_,
                lab,
                text_=what,
                question_id=question.id,
                owner_id=owner,
                due=due,
                action_id=form_id,
            ),
            rerun=False,
        ):
            del st.session_state[f"q.action_id.{question.id}"]
            st.rerun()
