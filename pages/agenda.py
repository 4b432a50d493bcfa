"""The learning agenda of a phase: what needs follow-up, drafts from the evidence to accept,
edit, merge or reject, and the questions on the agenda with their history and actions."""

import datetime as dt

import streamlit as st

from monitor import agenda, derive, factors, i18n, interview_round, minutes, surveys
from monitor.errors import MonitorError
from monitor.model import (
    Action,
    Factor,
    LearningQuestion,
    Meeting,
    Source,
    SourceKind,
    Stakeholder,
)
from pages import _cards, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
today = dt.date.today()
book = factors.lab_codebook(lab)
questions = store.records(lab.id, LearningQuestion)
actions = store.records(lab.id, Action)
all_factors = {f.id: f for f in store.records(lab.id, Factor)}
sources = {s.id: s for s in store.records(lab.id, Source)}
people_records = store.records(lab.id, Stakeholder)
people = {s.id: s.name for s in people_records}
PROMPTS_SHOWN = 5


@st.cache_data(show_spinner=False, max_entries=8)
def _derived(lab_id: str, revision: tuple, day: dt.date) -> tuple[list, list]:
    """Drafts and prompts, computed once per store revision."""
    fs, qs, acts = list(all_factors.values()), questions, actions
    drafts = agenda.ranked_drafts(lab, fs, qs, acts, day)
    return drafts, agenda.prompts(lab, qs, acts, fs, day, drafts)


drafts, prompts = _derived(lab.id, store.revision(lab.id), today)
# The steering group reads the agenda; drafting, wording and closing are the researcher's.
researcher = page.user.is_researcher


def _focus() -> None:
    """A prompt's link names a question or a phase: open the agenda on its phase."""
    wanted = st.query_params.get("question")
    phase_number = st.query_params.get("phase")
    target = None
    if wanted:
        question = next((q for q in questions if q.id == wanted), None)
        target = question.current_phase_id if question else None
    elif phase_number and phase_number.isdigit() and 1 <= int(phase_number) <= len(lab.phases):
        target = lab.phases[int(phase_number) - 1].id
    if target:
        st.session_state["agenda.phase"] = target
    for key in ("question", "phase"):
        st.query_params.pop(key, None)


st.title(t("nav.agenda"))
phase_ids = [p.id for p in lab.phases]
_focus()
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
    return f"- {_text.plain(t(f'prompt.{prompt.kind}', **params))}"


def _prompt(i: int, prompt: agenda.Prompt) -> None:
    """A prompt and a link to the place to act on it."""
    text_col, link_col = st.columns([4, 1], vertical_alignment="center")
    text_col.markdown(_prompt_line(prompt))
    linked, label, params = prompt.link
    link_col.page_link(
        f"pages/{linked}.py", label=t(label), icon=":material/arrow_forward:", query_params=params
    )


if prompts:
    with st.container(border=True):
        st.markdown(f"**:material/notifications_active: {t('agenda.prompts', n=len(prompts))}**")
        for i, prompt in enumerate(prompts[:PROMPTS_SHOWN]):
            _prompt(i, prompt)
        if len(prompts) > PROMPTS_SHOWN:
            rest = prompts[PROMPTS_SHOWN:]
            with st.expander(t("agenda.more_prompts", n=len(rest))):
                # one list and one link, however many prompts wait: the page stays quick
                st.markdown("\n".join(_prompt_line(p) for p in rest))
                chosen = _widgets.selectbox(
                    st,
                    t("prompt.choose"),
                    range(len(rest)),
                    format_func=lambda i: _prompt_line(rest[i])[2:][:120],
                    key="agenda.prompt_choice",
                )
                linked, label, params = rest[chosen].link
                st.page_link(
                    f"pages/{linked}.py",
                    label=t(label),
                    icon=":material/arrow_forward:",
                    query_params=params,
                )

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
    format_func=_text.options_label("status"),
    placeholder=t("common.choose"),
)


EVIDENCE_SHOWN = 40  # factors listed under a question; the count of the rest follows


def _evidence(factor_ids: tuple[str, ...]) -> None:
    """The factors a question rests on, as one list (one element, however many)."""
    known = [all_factors[i] for i in factor_ids if i in all_factors]
    lines = []
    for factor in known[:EVIDENCE_SHOWN]:
        source = sources.get(factor.source_id) if researcher else None
        where = f" — *{_text.plain(source.title)}*" if source else ""
        lines.append(f"- {t(f'factor_kind.{factor.kind}')}: {_text.plain(factor.text)}{where}")
    if lines:
        st.markdown("\n".join(lines))
    if len(known) > EVIDENCE_SHOWN:
        st.caption(t("questions.more_evidence", n=len(known) - EVIDENCE_SHOWN))


def _drafts(mine: list[derive.Proposal]) -> None:
    """Drafts of this phase, most salient first: the top ones shown, the rest folded."""
    if not mine:
        st.caption(t("agenda.no_drafts"))
    on_agenda = [q for q in questions if q.on_agenda]
    after = [d for d in mine if d.kind == derive.ANCHOR]
    shown, folded = derive.top([d for d in mine if d.kind != derive.ANCHOR])
    for i, draft in enumerate(shown):
        _draft(i, draft, on_agenda)
    if folded:
        with st.expander(t("questions.more_drafts", n=len(folded))):
            for i, draft in enumerate(folded, start=len(shown)):
                _draft(i, draft, on_agenda)
    if after:
        st.subheader(t("questions.after_project"))
        st.caption(t("questions.after_project_help"))
        for i, draft in enumerate(after, start=len(shown) + len(folded)):
            _draft(i, draft, on_agenda)


def _draft(i: int, draft: derive.Proposal, on_agenda: list[LearningQuestion]) -> None:
    """One draft: accept (after editing), merge into a question, or reject."""
    with st.container(border=True):
        reasons = derive.reason_texts(draft, lang)
        why = (
            t("questions.rank_why", reasons=", ".join(reasons))
            if reasons
            else t("questions.rank_weight")
        )
        st.markdown(
            f"**{t('questions.rank', rank=i + 1)}** · "
            f"**{_text.plain(book.label(draft.theme, lang))}** · "
            f"{t(f'qkind.{draft.kind}')} · {t('agenda.salience', s=draft.salience)}"
        )
        st.caption(why)
        st.markdown(f"#### {_text.plain(draft.question[lang])}")
        st.caption(_text.plain(draft.summary(lang)))
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
                shown = next(q for q in on_agenda if q.id == into)  # with its revision
                agenda.merge(store, draft, shown)
            elif rejected:
                agenda.reject(store, lab, draft)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            if accepted or (merged and into) or rejected:
                st.rerun()


def _card(question: LearningQuestion) -> None:
    _cards.question_card(
        question,
        book,
        [a for a in actions if a.question_id == question.id],
        people,
        evidence=_evidence,
        editable=researcher,
    )


def _settings() -> None:
    """When the lab nears its end, and when an action counts as stalled."""
    with st.expander(t("questions.settings")), st.form("agenda.settings"):
        near = st.checkbox(
            t("questions.nearing_end"), lab.nearing_end, help=t("questions.nearing_end_help")
        )
        weeks = st.number_input(
            t("questions.stall_weeks"), min_value=1, max_value=52, value=lab.stall_weeks
        )
        if st.form_submit_button(t("common.save"), icon=":material/save:"):
            try:
                agenda.follow_up_settings(store, lab, nearing_end=near, stall_weeks=weeks)
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.rerun()


def _minutes() -> None:
    """Decisions and actions read from a minutes source, each confirmed in one click."""
    st.caption(t("minutes.help"))
    kept = sorted(
        (s for s in sources.values() if s.kind is SourceKind.MINUTES),
        key=lambda s: (s.date, s.title),
        reverse=True,
    )
    if not kept:
        _text.say("info", "minutes.no_sources")
        return
    source_id = _widgets.selectbox(
        st,
        t("minutes.source"),
        [s.id for s in kept],
        format_func=lambda i: f"{sources[i].date} · {sources[i].title}",
        key="agenda.minutes_source",
    )
    source = sources[source_id]
    logged = [
        e.note for m in store.records(lab.id, Meeting) if m.minutes_source_id == source.id
        for e in m.log
    ]  # fmt: skip
    items = minutes.read(source, people_records, questions, actions, book, logged)
    if not items:
        st.caption(t("minutes.none_found"))
    on_agenda = {q.id: q for q in questions if q.on_agenda}
    owners = ["", *people]
    for item in items:
        with st.container(border=True):
            head = f"**{t(f'minutes.kind.{item.kind}')}** · {t('minutes.line', line=item.line)}"
            if item.stored:
                st.markdown(f"{head} · :material/check: {t('minutes.stored')}")
                st.markdown(_text.plain(item.text))
                continue
            st.markdown(head)
            with st.form(f"agenda.minutes.{item.key}"):
                wording = st.text_area(t("minutes.text"), item.text, height=70)
                left, middle, right = st.columns(3)
                owner, due = "", None
                if item.kind == minutes.ACTION:
                    owner = _widgets.selectbox(
                        left,
                        t("minutes.owner"),
                        owners,
                        index=owners.index(item.owner_id) if item.owner_id in owners else 0,
                        format_func=lambda i: people.get(i, "—"),
                    )
                    due = middle.date_input(t("minutes.due"), item.due, format="YYYY-MM-DD")
                    if item.owner_name and not item.owner_id:
                        st.caption(t("minutes.owner_unknown", name=_text.plain(item.owner_name)))
                choices = ["", *on_agenda]
                question_id = _widgets.selectbox(
                    right,
                    t("minutes.question"),
                    choices,
                    index=choices.index(item.question_id) if item.question_id in choices else 0,
                    format_func=lambda i: on_agenda[i].text.get(lang, "") if i else "—",
                )
                if st.form_submit_button(
                    t("minutes.confirm"), type="primary", icon=":material/check:"
                ):
                    try:
                        minutes.confirm(
                            store, lab, source, item,
                            text_=wording, owner_id=owner, due=due, question_id=question_id,
                        )  # fmt: skip
                    except MonitorError as exc:
                        _text.show_error(exc)
                    else:
                        st.rerun()


@st.cache_data(show_spinner=False, max_entries=8)
def _round(lab_id: str, revision: tuple, phase: int, instrument_ids: tuple) -> tuple[dict, str]:
    """The draft round and its text, once per store revision and set of instruments."""
    data = interview_round.draft(lab, phase, questions, _session.protocols(), book)
    return data, interview_round.to_yaml(data)


def _interview_round() -> None:
    """Draft the next interview round from this phase's open questions; edit; save."""
    st.caption(t("round.help"))
    instruments, _ = _session.protocol_report()
    open_here = [q for q in questions if q.on_agenda and q.current_phase_id == phase_id]
    if not open_here:
        _text.say("info", "round.none")
        return
    key = f"agenda.round.{phase_id}"
    if not st.session_state.get(key) and not st.button(
        t("round.make", n=len(open_here)), icon=":material/edit_note:", key=f"{key}.make"
    ):
        return  # drafted on request: the agenda itself stays quick
    st.session_state[key] = True
    data, draft_text = _round(lab.id, store.revision(lab.id), number, tuple(sorted(instruments)))
    count = sum(len(s["questions"]) for s in data["sections"])
    st.caption(t("round.summary", n=count, sections=t("round.sections", n=len(data["sections"]))))
    with st.form(f"agenda.round.form.{phase_id}"):
        edited = st.text_area(t("round.text"), draft_text, height=420)
        if st.form_submit_button(t("round.save"), type="primary", icon=":material/save:"):
            name = f"{data['id']}.yaml"
            try:
                saved, _ = surveys.install_protocol(
                    store, name, edited.encode("utf-8"), instruments, lang=lang
                )
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                _text.say("success", "round.saved", title=saved.title[lang])


QUESTIONS_PER_PAGE = 10  # question cards drawn at once: a long agenda stays quick to use


def _page_of(items: list[LearningQuestion], key: str) -> list[LearningQuestion]:
    """The cards of the chosen page; the choice appears only when there is more than one."""
    if len(items) <= QUESTIONS_PER_PAGE:
        return items
    starts = list(range(0, len(items), QUESTIONS_PER_PAGE))
    start = st.segmented_control(
        t("questions.page", n=len(items)),
        starts,
        default=0,
        required=True,
        format_func=lambda i: f"{i + 1}–{min(i + QUESTIONS_PER_PAGE, len(items))}",
        key=f"{key}.{phase_id}",
    )
    return items[start : start + QUESTIONS_PER_PAGE]


def _questions(shown: list[LearningQuestion]) -> None:
    """The questions on the agenda, closing the phase and anchoring questions."""
    if not shown:
        st.caption(t("agenda.no_questions"))
    order = lambda q: (q.status.value, q.theme)  # noqa: E731
    regular = sorted((q for q in shown if q.kind != derive.ANCHOR), key=order)
    after = sorted((q for q in shown if q.kind == derive.ANCHOR), key=order)
    for question in _page_of(regular, "agenda.questions_page"):
        _card(question)
    if after:
        st.subheader(t("questions.after_project"))
        st.caption(t("questions.after_project_help"))
        for question in _page_of(after, "agenda.after_page"):
            _card(question)
    if not researcher:
        return

    st.divider()
    later = lab.phases[phase_ids.index(phase_id) + 1] if phase_id != phase_ids[-1] else None
    if later is not None:
        title = t(
            "agenda.close_phase",
            phase=_text.plain(lab.phase(phase_id).name),
            next=_text.plain(later.name),
        )
        with st.expander(title), st.form("agenda.close"):
            note = st.text_area(t("agenda.note"))
            if st.form_submit_button(t("agenda.carry_over"), icon=":material/redo:"):
                carried = agenda.close_phase(store, lab, phase_id, note)
                _text.say("success", "agenda.carried", n=len(carried), phase=later.name)
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
                        _text.show_error(exc)
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
on_agenda_tab, drafts_tab, minutes_tab, round_tab = st.tabs(
    [
        t("agenda.questions", n=len(shown)),
        t("agenda.drafts", n=len(mine)),
        t("minutes.tab"),
        t("round.tab"),
    ]
)
with on_agenda_tab:
    _questions(shown)
with drafts_tab:
    _drafts(mine)
with minutes_tab:
    _minutes()
with round_tab:
    _interview_round()
_settings()
