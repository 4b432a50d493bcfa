"""The phase monitoring report: what was done and heard in one phase, what helped and hindered,
what the lab is learning, and what the researcher recommends."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from monitor import agenda
from monitor import factors as factor_views
from monitor.i18n import t
from monitor.model import (
    FactorKind,
    LearningQuestion,
    Phase,
    QuestionStatus,
    ResponseStatus,
    Source,
    SourceKind,
    Survey,
)
from monitor.reports import parts
from monitor.reports.data import LabData, day, period, word_safe
from monitor.reports.structure import Block, Bullets, Paragraph, Report, Section, Table, section

SECTIONS = (
    "summary",
    "sources",
    "activities",
    "observations",
    "factors",
    "questions",
    "surveys",
    "recommendations",
    "appendix",
)


def build(data: LabData, phase: Phase, lang: str, chosen: tuple[str, ...] = SECTIONS) -> Report:
    number = data.lab.phase_number(phase.id)
    sources = sorted(
        (s for s in data.sources.values() if s.phase_id == phase.id), key=lambda s: s.date
    )
    questions = _questions(data, phase)
    phase_surveys = _surveys(data, phase)
    makers = {
        "summary": lambda: _summary(data, phase, sources, questions, lang),
        "sources": lambda: _sources(data, phase, sources, phase_surveys, lang),
        "activities": lambda: _activities(data, phase, lang),
        "observations": lambda: section(
            "observations",
            t("report.section.observations", lang),
            parts.narrative_blocks(data, "phase", phase.id, "observations"),
        ),
        "factors": lambda: _factors(data, phase, lang),
        "questions": lambda: section(
            "questions",
            t("report.section.questions", lang),
            [],
            parts.questions_by_theme(data, questions, lang),
            empty_note=t("report.empty.questions", lang),
        ),
        "surveys": lambda: section(
            "surveys",
            t("report.section.surveys", lang),
            [],
            parts.survey_sections(data, phase_surveys, lang),
            empty_note=t("report.empty.surveys", lang),
        ),
        "recommendations": lambda: _recommendations(data, phase, lang),
        "appendix": lambda: section(
            "appendix",
            t("report.section.appendix", lang),
            [],
            parts.protocol_appendix(
                data,
                [s.protocol_id for s in sources if s.protocol_id]
                + [s.protocol_id for s in phase_surveys],
                lang,
            ),
            empty_note=t("report.empty.appendix", lang),
        ),
    }
    built = tuple(s for key in SECTIONS if key in chosen if not (s := makers[key]()).empty)
    return Report(
        kind="phase",
        lang=lang,
        title=t("report.title.phase", lang),
        subtitle=word_safe(
            f"{data.lab.name} — {t('report.phase_n', lang, n=number)}: {phase.name}"
        ),
        cover=(
            (t("report.cover.lab", lang), word_safe(data.lab.name)),
            (t("report.cover.phase", lang), f"{number}. {word_safe(phase.name)}"),
            (t("report.cover.period", lang), period(phase.start, phase.end, lang)),
            (t("report.cover.author", lang), parts.author(data)),
            (t("report.cover.date", lang), day(data.today, lang)),
        ),
        sections=built,
    )


def _questions(data: LabData, phase: Phase) -> list[LearningQuestion]:
    """Questions that were on the agenda during the phase: raised in it, carried into it,
    or answered or dropped while it ran."""

    def during(q: LearningQuestion) -> bool:
        if q.status in (QuestionStatus.DRAFT, QuestionStatus.REJECTED):
            return False
        if q.phase_id == phase.id or q.current_phase_id == phase.id:
            return True
        return any(
            (h.event == "carried_over" and h.phase_id == phase.id)
            or (
                h.event in ("answered", "dropped")
                and phase.start.isoformat() <= h.at[:10] <= phase.end.isoformat()
            )
            for h in q.history
        )

    return [q for q in data.questions if during(q)]


def _surveys(data: LabData, phase: Phase) -> list[Survey]:
    """Surveys that opened in the phase or received answers during it."""
    first, last = phase.start.isoformat(), phase.end.isoformat()
    answered_in = {
        r.survey_id
        for r in data.responses
        if r.status is ResponseStatus.SUBMITTED and first <= r.submitted[:10] <= last
    }
    return [
        s
        for s in data.surveys
        if s.id in answered_in or (s.opens is not None and phase.contains(s.opens))
    ]


def _summary(
    data: LabData,
    phase: Phase,
    sources: list[Source],
    questions: list[LearningQuestion],
    lang: str,
) -> Section:
    kinds = Counter(s.kind for s in sources)
    activities = [a for a in data.activities if a.phase_id == phase.id]
    phase_factors = [f for f in data.factors if f.phase_id == phase.id]
    enablers = sum(f.kind is FactorKind.ENABLER for f in phase_factors)
    ids = {q.id for q in questions}
    actions = [a for a in data.actions if a.question_id in ids]
    figures = [
        t(
            "report.figures.sources",
            lang,
            n=len(sources),
            kinds=", ".join(
                f"{n} × {t(f'source_kind.{k}', lang).lower()}" for k, n in kinds.most_common()
            )
            or "—",
        ),
        t(
            "report.figures.activities",
            lang,
            n=len(activities),
            people=sum(a.participant_total for a in activities),
        ),
        t(
            "report.figures.factors",
            lang,
            n=len(phase_factors),
            enablers=enablers,
            barriers=len(phase_factors) - enablers,
        ),
        t(
            "report.figures.questions",
            lang,
            n=len(questions),
            raised=sum(q.phase_id == phase.id for q in questions),
            answered=sum(q.status is QuestionStatus.ANSWERED for q in questions),
        ),
        t(
            "report.figures.actions",
            lang,
            n=len(actions),
            done=sum(a.status.value == "done" for a in actions),
            overdue=sum(agenda.is_overdue(a, data.today) for a in actions),
        ),
    ]
    blocks: list[Block] = parts.narrative_blocks(data, "phase", phase.id, "summary")
    blocks += [Paragraph("", bold_lead=t("report.key_figures", lang)), Bullets(tuple(figures))]
    return section("summary", t("report.section.summary", lang), blocks)


def _sources(
    data: LabData, phase: Phase, sources: list[Source], phase_surveys: list[Survey], lang: str
) -> Section:
    """One row per kind of evidence, the way monitoring reports list their basis:
    "interviews with employers, n=4"."""
    rows: dict[tuple[str, str], list] = {}

    def add(kind: str, what: str, when: str, n: int = 1) -> None:
        entry = rows.setdefault((kind, what), [when, when, 0])
        entry[0], entry[1], entry[2] = min(entry[0], when), max(entry[1], when), entry[2] + n

    activities = {a.id: a for a in data.activities}
    for source in sources:
        when = source.date.isoformat()
        if source.kind is SourceKind.INTERVIEW:
            groups = Counter(
                data.stakeholders[i].group for i in source.stakeholder_ids if i in data.stakeholders
            )
            for group, n in groups.items() or [("other", 1)]:
                add(
                    "interview",
                    t("report.interviews_with", lang, group=t(f"group.{group}", lang).lower()),
                    when,
                    n,
                )
        elif source.kind is SourceKind.MINUTES:
            activity = activities.get(source.activity_id)
            what = (
                t(f"activity_kind.{activity.kind}", lang)
                if activity
                else t("source_kind.minutes", lang)
            )
            add("minutes", what, when)
        elif source.kind is not SourceKind.SURVEY_RESPONSE:
            add(source.kind.value, t(f"source_kind.{source.kind}", lang), when)
    first, last = phase.start.isoformat(), phase.end.isoformat()
    for survey in phase_surveys:
        submitted = [
            r.submitted[:10]
            for r in data.responses
            if r.survey_id == survey.id
            and r.status is ResponseStatus.SUBMITTED
            and first <= r.submitted[:10] <= last
        ]
        if submitted:
            what = f"{word_safe(survey.title)} ({survey.wave})"
            add("survey_response", what, min(submitted), 0)
            add("survey_response", what, max(submitted), len(submitted))
    order = ["minutes", "interview", "observation", "document", "workshop", "survey_response"]
    table = Table(
        columns=(
            t("report.col.kind", lang),
            t("report.col.what", lang),
            t("report.col.period", lang),
            t("report.col.n", lang),
        ),
        rows=tuple(
            (
                t(f"source_kind.{kind}", lang),
                what,
                _span(when_first, when_last, lang),
                str(n),
            )
            for (kind, what), (when_first, when_last, n) in sorted(
                rows.items(), key=lambda kv: (order.index(kv[0][0]), kv[1][0])
            )
        ),
        caption=t("report.caption.sources", lang, phase=word_safe(phase.name)),
        widths=(2, 5, 3, 1),
    )
    blocks = [table] if table.rows else []
    return section(
        "sources",
        t("report.section.sources", lang),
        blocks,
        empty_note=t("report.empty.sources", lang),
    )


def _span(first: str, last: str, lang: str) -> str:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return day(start, lang) if start == end else f"{day(start, lang)} – {day(end, lang)}"


def _activities(data: LabData, phase: Phase, lang: str) -> Section:
    mine = [a for a in data.activities if a.phase_id == phase.id]
    table = Table(
        columns=(
            t("report.col.date", lang),
            t("report.col.activity", lang),
            t("report.col.goals", lang),
            t("report.col.participants", lang),
        ),
        rows=tuple(
            (
                day(a.date, lang),
                f"{word_safe(a.title)}\n({t(f'activity_kind.{a.kind}', lang)})",
                word_safe(a.goals) or "—",
                "\n".join(f"{t(f'group.{g}', lang)}: {n}" for g, n in a.counts.items() if n) or "—",
            )
            for a in mine
        ),
        caption=t("report.caption.activities", lang, phase=word_safe(phase.name)),
        widths=(2.2, 3.6, 4.6, 3.6),
    )
    return section(
        "activities",
        t("report.section.activities", lang),
        [table] if mine else [],
        empty_note=t("report.empty.activities", lang),
    )


def _factors(data: LabData, phase: Phase, lang: str) -> Section:
    rows = factor_views.enablers_and_barriers(data.factors, phase.id, data.book, data.sources)

    def cell(items: tuple) -> str:
        return (
            "\n".join(
                f"• {word_safe(f.text)}"
                + (f" ({', '.join(t(f'group.{g}', lang) for g in f.groups)})" if f.groups else "")
                for f in items
            )
            or "—"
        )

    blocks: list[Block] = []
    if rows:
        blocks.append(Paragraph(t("report.factors_lead", lang)))
        blocks.append(
            Table(
                columns=(
                    t("report.col.theme", lang),
                    t("factor_kind.enabler", lang),
                    t("factor_kind.barrier", lang),
                ),
                rows=tuple(
                    (data.book.label(r.theme, lang), cell(r.enablers), cell(r.barriers))
                    for r in rows
                ),
                caption=t("report.caption.factors", lang, phase=word_safe(phase.name)),
                widths=(3, 5, 5),
            )
        )
    return section(
        "factors",
        t("report.section.factors", lang),
        blocks,
        empty_note=t("report.empty.factors", lang),
    )


def _recommendations(data: LabData, phase: Phase, lang: str) -> Section:
    blocks: list[Block] = parts.narrative_blocks(data, "phase", phase.id, "recommendations")
    if phase.contains(data.today):
        waiting = agenda.prompts(data.lab, data.questions, data.actions, data.factors, data.today)
        if waiting:
            blocks.append(Paragraph("", bold_lead=t("report.attention", lang)))
            blocks.append(Bullets(tuple(parts.prompt_text(data, p, lang) for p in waiting)))
    return section("recommendations", t("report.section.recommendations", lang), blocks)
