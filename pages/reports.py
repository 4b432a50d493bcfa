"""Reports for the steering group and the project leader: choose the report, write the parts
that need the researcher's judgement (saved with the lab as you type), look at its structure,
and download it as a Word document."""

import datetime as dt

import streamlit as st

from monitor import reports
from monitor.errors import MonitorError
from monitor.model import FactorKind
from monitor.reports import final, narrative
from monitor.reports.data import wording
from pages import _progress, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang

st.title(t("nav.reports"))
st.caption(t("reports.intro"))

TITLES = {"summary": "introduction", "questions": "open_questions"}  # meeting pack wording
FINAL_TITLES = {"summary": "executive", "agenda": "history", "phases": "phase_chapters"}


def section_title(kind: str, key: str) -> str:
    names = {"meeting": TITLES, "final": FINAL_TITLES}.get(kind, {})
    if key == "appendix":
        return t("report.section.appendices")
    return t(f"report.section.{names.get(key, key)}")


left, middle, right = st.columns([2, 2, 1])
with left:
    kind = st.radio(
        t("reports.kind"),
        reports.KINDS,
        format_func={k: t(f"reports.kind.{k}") for k in reports.KINDS}.get,
        horizontal=True,
        key="reports.kind",
    )
phase_id = ""
with middle:
    if kind == "phase":
        if not lab.phases:
            _text.say("info", "reports.no_phases")
            st.stop()
        now = lab.phase_of(dt.date.today())
        phase_id = _widgets.selectbox(
            st,
            t("report.cover.phase"),
            [p.id for p in lab.phases],
            index=[p.id for p in lab.phases].index(now.id) if now else len(lab.phases) - 1,
            format_func=lambda i: f"{lab.phase_number(i)}. {lab.phase(i).name}",
            key="reports.phase",
        )
with right:
    report_lang = st.radio(
        t("reports.language"),
        ("nl", "en"),
        index=0 if lab.language == "nl" else 1,
        format_func={code: t(f"language.{code}") for code in ("nl", "en")}.get,
        key="reports.lang",
    )
chosen = _widgets.multiselect(
    st,
    t("reports.sections"),
    reports.SECTIONS[kind],
    default=reports.SECTIONS[kind],
    format_func={key: section_title(kind, key) for key in reports.SECTIONS[kind]}.get,
    key=f"reports.sections.{kind}",
)


options = st.columns([2, 2, 3])
numbered = options[0].toggle(t("reports.numbered"), value=True, key="reports.numbered")
as_of_today = False
if kind == "phase":
    as_of_today = options[1].toggle(
        t("reports.as_of_today"), value=False, help=t("reports.as_of_help"), key="reports.as_of"
    )


def build() -> reports.Report:
    return reports.build(
        store,
        lab.id,
        kind,
        phase_id=phase_id,
        lang=report_lang,
        sections=tuple(chosen),
        numbered=numbered,
        as_of_today=as_of_today,
    )


number = lab.phase_number(phase_id) if kind == "phase" else None

# Building a report takes seconds (charts, Word): a button builds it under a status box with
# the step in view, and the finished file waits for its download. A changed choice or store
# asks for a fresh build. The PDF is made from the same report only when it is asked for.
wanted = (kind, phase_id, report_lang, tuple(chosen), numbered, as_of_today, store.revision(lab.id))
built = st.session_state.get("reports.built")
if built is None or built[0] != wanted:
    if st.button(t("progress.report.make"), type="primary", icon=":material/construction:"):
        try:
            with _progress.status("progress.report") as progress:
                progress("progress.report.build", 0, 2)
                report = build()
                progress("progress.report.write", 1, 2)
                document = reports.to_docx(report)
                progress("progress.done", 2, 2)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            st.session_state["reports.built"] = (wanted, report, document)
            st.rerun()
else:
    _, report, document = built
    _text.say("success", "progress.report.ready")
    word_button, pdf_button = st.columns(2)
    word_button.download_button(
        t("reports.download"),
        document,
        file_name=reports.file_name(lab.name, kind, report_lang, number),
        mime=reports.MIME,
        icon=":material/download:",
        type="primary",
        on_click=lambda: store.audit(lab.id, "export", what=f"report.{kind}"),
    )
    if reports.pdf.available():
        pdf_button.download_button(
            t("reports.download_pdf"),
            _session.audited(
                store, lab.id, f"report.{kind}.pdf", lambda: reports.pdf.render(report)
            ),
            file_name=reports.file_name(lab.name, kind, report_lang, number, suffix="pdf"),
            mime=reports.pdf.MIME,
            icon=":material/picture_as_pdf:",
            on_click="ignore",
            help=t("reports.pdf_help"),
        )
    else:
        pdf_button.caption(t("reports.no_pdf"))


# -- the researcher's words --------------------------------------------------------------


def _save(key: str, report: str, part: str, phase: str, theme: str) -> None:
    try:
        saved = narrative.save(
            store,
            lab.id,
            report,
            phase,
            part,
            st.session_state[key],
            theme=theme,
            expected_revision=st.session_state[f"{key}.revision"],
        )
    except MonitorError as exc:
        st.session_state["reports.error"] = exc
        return
    st.session_state[f"{key}.revision"] = saved.revision


def editor(report: str, part: str, *, phase: str = "", theme: str = "", height: int = 160) -> None:
    """A text area that saves when it loses focus; a conflicting save is refused, not lost."""
    key = f"reports.text.{lab.id}.{report}.{phase}.{part}.{theme}"
    if key not in st.session_state:
        found = narrative.get(narrative.texts(store, lab.id), report, phase, part, theme)
        st.session_state[key] = found.text if found else ""
        st.session_state[f"{key}.revision"] = found.revision if found else 0
    label = t(f"report.section.{TITLES.get(part, part) if report == 'meeting' else part}")
    widget = st.text_input if part == "author" else st.text_area
    sizing = {} if part == "author" else {"height": height}
    widget(
        label,
        key=key,
        help=t("reports.text_help"),
        on_change=_save,
        args=(key, report, part, phase, theme),
        **sizing,
    )


def theme_evidence(data: reports.data.LabData, theme: str) -> None:
    for factor_kind in FactorKind:
        mine = [f for f in data.factors if f.themes[:1] == (theme,) and f.kind is factor_kind]
        st.markdown(f"**{t(f'factor_kind.{factor_kind}')}** ({len(mine)})")
        for factor in sorted(mine, key=lambda f: lab.phase_number(f.phase_id) or 0):
            phase = lab.phase(factor.phase_id)
            st.markdown(
                f"- {_text.plain(factor.text)} · _{_text.plain(phase.name if phase else '')}_"
            )
    questions = [
        q
        for q in data.questions
        if q.theme == theme and q.status.value not in ("draft", "rejected")
    ]
    st.markdown(f"**{t('nav.agenda')}** ({len(questions)})")
    for question in questions:
        st.markdown(
            f"- {_text.plain(wording(question, lang))} · _{t(f'status.{question.status}')}_"
        )


text_tab, outline_tab = st.tabs([t("reports.tab.text"), t("reports.tab.outline")])
with text_tab:
    st.caption(t("reports.text_intro"))
    editor("cover", "author")
    if kind == "phase":
        for part in ("summary", "observations", "recommendations"):
            editor("phase", part, phase=phase_id)
    elif kind == "meeting":
        editor("meeting", "summary")
    else:
        editor("final", "summary")
        editor("final", "conclusions")
        editor("final", "recommendations")
        data = reports.data.load(store, lab.id)
        book, in_play = data.book, final.themes_in_play(data)
        theme = _widgets.selectbox(
            st,
            t("reports.theme"),
            in_play + [i for i in book.ids if i not in in_play],
            format_func=lambda i: book.label(i, lang),
            key="reports.theme",
        )
        write, evidence = st.columns(2)
        with write:
            editor("final", "lessons", theme=theme, height=220)
            editor("final", "principles", theme=theme, height=220)
        with evidence, st.container(border=True, height=480):
            st.caption(t("reports.evidence"))
            theme_evidence(data, theme)
    if error := st.session_state.pop("reports.error", None):
        _text.show_error(error)


@st.cache_data(show_spinner=False, max_entries=16)
def _outline(
    lab_id: str, kind: str, phase_id: str, lang: str, chosen: tuple, revision: tuple
) -> tuple[str, str, list, list[str]]:
    """What the report holds; built again only when the lab changes."""
    report = reports.build(store, lab_id, kind, phase_id=phase_id, lang=lang, sections=chosen)
    return report.title, report.subtitle, report.outline(), [s.key for s in report.sections]


with outline_tab:
    try:
        title, subtitle, outline, present = _outline(
            lab.id, kind, phase_id, report_lang, tuple(chosen), store.revision(lab.id)
        )
    except MonitorError as exc:
        _text.show_error(exc)
        st.stop()
    lines = [f"**{_text.plain(title)}** — {_text.plain(subtitle)}"]
    for level, heading, holds in outline:
        shown = f" — :gray[{_text.plain(holds)}]" if holds else ""
        lines.append(f"{'    ' * (level - 1)}- {_text.plain(heading)}{shown}")
    st.markdown("\n".join(lines))
    left_out = [section_title(kind, k) for k in chosen if k not in present]
    if left_out:
        st.caption(t("reports.left_out", parts=", ".join(left_out)))
