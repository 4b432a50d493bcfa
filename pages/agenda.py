"""The learning agenda of a phase: what needs follow-up, drafts from the evidence to accept,
edit, merge or reject, and the questions on the agenda with their history and actions."""

import datetime as dt

import streamlit as st

from monitor import agenda, derive, factors, i18n
from monitor.errors import MonitorError
from monitor.model import (
    Action,
    Factor,
    LearningQuestion,
    Source,
    Stakeholder,
)
from pages import _ui, _widgets

t = _ui.t
store = _ui.store()
lab = _ui.current_lab()
lang = _ui.lang()
today = dt.date.today()
book = factors.lab_codebook(lab)
questions = store.records(lab.id, LearningQuestion)
actions = store.records(lab.id, Action)
all_factors = {f.id: f for f in store.records(lab.id, Factor)}
sources = {s.id: s for s in store.records(lab.id, Source)}
people = {s.id: s.name for s in store.records(lab.id, Stakeholder)}
PROMPTS_SHOWN = 5


@st.cache_data(show_spinner=False, max_entries=8)
def _derived(lab_id: str, revision: tuple, day: dt.date) -> tuple[list, list]:
    """Drafts and prompts, computed once per store revision."""
    fs, qs, acts = list(all_factors.values()), questions, actions
    drafts = agenda.drafts(lab, fs, qs, acts)
    return drafts, agenda.prompts(lab, qs, acts, fs, day, drafts)


drafts, prompts = _derived(lab.id, store.revision(lab.id), today)
# The steering group reads the agenda; drafting, wording and closing are the researcher's.
researcher = _ui.is_researcher()

st.title(t("nav.agenda"))
phase_ids = [p.id for p in lab.phases]
now = lab.phase_of(today)
phase_id = st.segmented_control(
    t("overview.phase"),
    phase_ids,
    default=now.id if now else phase_ids[-1],
    required=True,
    format_func=lambda i: lab.phase(i).name,
    key="agenda.phase",
)
number = lab.phase_number(phase_id)


def _prompt_line(prompt: agenda.Prompt) -> str:
    params = {**prompt.params}
    if "theme" in params:
        params["theme"] = book.label(params["theme"], lang)
    return f"- {_ui.plain(t(f'prompt.{prompt.kind}', **params))}"


if prompts:
    with st.container(border=True):
        st.markdown(f"**:material/notifications_active: {t('agenda.prompts', n=len(prompts))}**")
        st.markdown("\n".join(_prompt_line(p) for p in prompts[:PROMPTS_SHOWN]))
        if len(prompts) > PROMPTS_SHOWN:
            with st.expander(t("agenda.more_prompts", n=len(prompts) - PROMPTS_SHOWN)):
                st.markdown("\n".join(_prompt_line(p) for p in prompts[PROMPTS_SHOWN:]))

left, right = st.columns(2)
themes = _widgets.multiselect(
    left,
    t("factor.themes"),
    list(book.ids),
    placeholder=t("common.choose"),
    format_func=lambda i: book.label(i, lang),
)
statuses = _widgets.multiselect(
    right,
    t("agenda.status"),
    [s.value for s in agenda.SETTABLE_STATUSES],
    default=["open", "in_progress"],
    format_func=_ui.options_label("status"),
    placeholder=t("common.choose"),
)


def _evidence(factor_ids: tuple[str, ...]) -> None:
    for factor_id in factor_ids:
        factor = all_factors.get(factor_id)
        if factor is None:
            continue
        source = sources.get(factor.source_id) if researcher else None
        where = f" — *{_ui.plain(source.title)}*" if source else ""
        st.markdown(f"- {t(f'factor_kind.{factor.kind}')}: {_ui.plain(factor.text)}{where}")


def _drafts(mine: list[derive.Proposal]) -> None:
    """Drafts of this phase: accept (after editing), merge into a question, or reject."""
    if not mine:
        st.caption(t("agenda.no_drafts"))
    on_agenda = [q for q in questions if q.on_agenda]
    for i, draft in enumerate(mine):
        with st.container(border=True):
            flags = " ".join(f"`{t(f'flag.{f}')}`" for f in draft.flags)
            st.markdown(
                f"**{_ui.plain(book.label(draft.theme, lang))}** · "
                f"{t(f'qkind.{draft.kind}')} · {t('agenda.salience', s=draft.salience)} {flags}"
            )
            st.markdown(f"#### {_ui.plain(draft.question[lang])}")
            st.caption(t("agenda.evidence_of", summary=draft.summary(lang)))
            with st.expander(t("agenda.evidence")):
                _evidence(draft.evidence)
            with st.form(f"agenda.draft.{i}.{draft.theme}.{draft.kind}"):
                nl = st.text_area(t("agenda.text_nl"), draft.question["nl"], height=70)
                en = st.text_area(t("agenda.text_en"), draft.question["en"], height=70)
                into = _widgets.selectbox(
                    st,
                    t("agenda.merge_into"),
                    ["", *[q.id for q in on_agenda]],
                    format_func=lambda q: next((x.text[lang] for x in on_agenda if x.id == q), "—"),
                )
                cols = st.columns(3)
                accepted = cols[0].form_submit_button(
                    t("agenda.accept"), type="primary", icon=":material/check:"
                )
                merged = cols[1].form_submit_button(t("agenda.merge"), icon=":material/merge:")
                rejected = cols[2].form_submit_button(t("agenda.reject"), icon=":material/close:")
            try:
                if accepted:
                    agenda.accept(store, lab, draft, text_nl=nl, text_en=en)
                elif merged and into:
                    agenda.merge(store, draft, store.record(lab.id, LearningQuestion, into))
                elif rejected:
                    agenda.reject(store, lab, draft)
            except MonitorError as exc:
                _ui.show_error(exc)
            else:
                if accepted or (merged and into) or rejected:
                    st.rerun()


def _questions(shown: list[LearningQuestion]) -> None:
    """The questions on the agenda, closing the phase and anchoring questions."""
    if not shown:
        st.caption(t("agenda.no_questions"))
    for question in sorted(shown, key=lambda q: (q.status.value, q.theme)):
        _ui.question_card(
            question,
            book,
            [a for a in actions if a.question_id == question.id],
            people,
            evidence=_evidence,
            editable=researcher,
        )
    if not researcher:
        return

    st.divider()
    later = lab.phases[phase_ids.index(phase_id) + 1] if phase_id != phase_ids[-1] else None
    if later is not None:
        title = t(
            "agenda.close_phase",
            phase=_ui.plain(lab.phase(phase_id).name),
            next=_ui.plain(later.name),
        )
        with st.expander(title), st.form("agenda.close"):
            note = st.text_area(t("agenda.note"))
            if st.form_submit_button(t("agenda.carry_over"), icon=":material/redo:"):
                carried = agenda.close_phase(store, lab, phase_id, note)
                st.success(t("agenda.carried", n=len(carried), phase=later.name))
    if agenda.needs_anchoring(lab, questions, today) or phase_id == phase_ids[-1]:
        with st.expander(
            t("agenda.anchor_title"), expanded=agenda.needs_anchoring(lab, questions, today)
        ):
            st.caption(t("agenda.anchor_help"))
            with st.form("agenda.anchor"):
                nl = st.text_area(t("agenda.text_nl"), i18n.t("agenda.anchor_template", "nl"))
                en = st.text_area(t("agenda.text_en"), i18n.t("agenda.anchor_template", "en"))
                if st.form_submit_button(t("agenda.add_question"), icon=":material/anchor:"):
                    try:
                        agenda.add_question(
                            store,
                            lab,
                            theme="anchoring",
                            text_nl=nl,
                            text_en=en,
                            phase_id=phase_id,
                            kind="anchor",
                        )
                    except MonitorError as exc:
                        _ui.show_error(exc)
                    else:
                        st.rerun()


mine = [d for d in drafts if d.phase == number and (not themes or d.theme in themes)]
shown = [
    q
    for q in questions
    if q.current_phase_id == phase_id
    and q.status.value in statuses
    and (not themes or q.theme in themes)
]
if not researcher:
    _questions(shown)
    st.stop()
on_agenda_tab, drafts_tab = st.tabs(
    [t("agenda.questions", n=len(shown)), t("agenda.drafts", n=len(mine))]
)
with on_agenda_tab:
    _questions(shown)
with drafts_tab:
    _drafts(mine)
