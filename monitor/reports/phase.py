"""The phase monitoring report: what was done and heard in one phase, what helped and hindered,
what the lab is learning, and what the researcher recommends."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from monitor import agenda
from monitor.i18n import t
from monitor.model import (
    FactorKind,
    LearningQuestion,
    Phase,
    QuestionStatus,
    ResponseStatus,
    Source,
    SourceKind,
    StakeholderGroup,
    Survey,
)
from monitor.reports import parts
from monitor.reports.data import LabData, as_of, day, period, plain_title, word_safe
from monitor.reports.structure import (
    Block,
    Bullets,
    Note,
    Paragraph,
    Report,
    Section,
    Table,
    section,
)
from monitor.trajectories import report as trajectory_report

SECTIONS = (
    "summary",
    "sources",
    "activities",
    "observations",
    "factors",
    "questions",
    "surveys",
    "trajectories",
    "recommendations",
    "appendix",
)


def build(
    data: LabData,
    phase: Phase,
    lang: str,
    chosen: tuple[str, ...] = SECTIONS,
    *,
    as_of_today: bool = False,
) -> Report:
    number = data.lab.phase_number(phase.id)
    frozen = not as_of_today and phase.end < data.today
    if frozen:
        data = as_of(data, phase.end)
    sources = sorted(
        (s for s in data.sources.values() if s.phase_id == phase.id), key=lambda s: s.date
    )
    questions = _questions(data, phase)
    phase_surveys = _surveys(data, phase)
    makers = {
        "summary": lambda: _summary(data, phase, sources, questions, lang, frozen),
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
        "trajectories": lambda: trajectory_report.chapter(data, lang, phase),
        "recommendations": lambda: _recommendations(data, phase, lang),
        "appendix": lambda: _appendix(data, phase, sources, phase_surveys, lang),
    }
    built = tuple(s for key in SECTIONS if key in chosen if not (s := makers[key]()).empty)
    state = (
        t("report.as_of_end", lang, date=day(phase.end, lang))
        if frozen
        else t("report.as_of_today", lang, date=day(data.today, lang))
    )
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
            (t("report.cover.state", lang), state),
            (t("report.cover.date", lang), day(dt.date.today(), lang)),
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
    frozen: bool,
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
            people=t("count.people", lang, n=sum(a.participant_total for a in activities)),
        ),
        t(
            "report.figures.factors",
            lang,
            n=len(phase_factors),
            enablers=t("report.count.enablers", lang, n=enablers),
            barriers=t("report.count.barriers", lang, n=len(phase_factors) - enablers),
        ),
        t(
            "report.figures.questions",
            lang,
            n=len(questions),
            raised=t("report.count.new", lang, n=sum(q.phase_id == phase.id for q in questions)),
            answered=t(
                "report.count.answered",
                lang,
                n=sum(q.status is QuestionStatus.ANSWERED for q in questions),
            ),
        ),
        t(
            "report.figures.actions",
            lang,
            n=len(actions),
            done=t("report.count.done", lang, n=sum(a.status.value == "done" for a in actions)),
            overdue=t(
                "report.count.overdue",
                lang,
                n=sum(agenda.is_overdue(a, data.today) for a in actions),
            ),
        ),
    ]
    blocks: list[Block] = parts.reader_notes(data, lang)
    if frozen:
        blocks.append(Note(t("report.as_of_note", lang, date=day(phase.end, lang))))
    blocks += parts.narrative_blocks(data, "phase", phase.id, "summary")
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
            activity = activities.get(source.activity_id)
            what = t(f"activity_kind.{activity.kind}", lang) if activity else "—"
            add(source.kind.value, what, when)
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
            what = f"{plain_title(survey.title)} ({survey.wave})"
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
        total=(t("report.total", lang), "", "", str(sum(n for _, _, n in rows.values()))),
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
                "\n".join(
                    f"{t(f'group.{g}', lang)}: {a.counts[g]}"
                    for g in StakeholderGroup
                    if a.counts.get(g)
                )
                or "—",
            )
            for a in mine
        ),
        caption=t("report.caption.activities", lang, phase=word_safe(phase.name)),
        total=(
            t("report.total", lang),
            t("count.activities", lang, n=len(mine)),
            "",
            t("count.people", lang, n=sum(a.participant_total for a in mine)),
        ),
    )
    return section(
        "activities",
        t("report.section.activities", lang),
        [table] if mine else [],
        empty_note=t("report.empty.activities", lang),
    )


def _factors(data: LabData, phase: Phase, lang: str) -> Section:
    mine = [f for f in data.factors if f.phase_id == phase.id]
    blocks: list[Block] = []
    if mine:
        name = word_safe(phase.name)
        chart = parts.factor_chart(
            data, mine, lang, t("report.caption.factor_chart", lang, phase=name)
        )
        blocks += [chart] if chart else []
        blocks.append(Paragraph(t("report.factors_lead", lang, per_side=parts.MAIN_PER_SIDE)))
        blocks.append(
            parts.main_factors_table(
                data, mine, lang, t("report.caption.factors", lang, phase=name)
            )
        )
        if parts.has_more(data, mine):
            blocks.append(Note(t("report.factors_in_appendix", lang, n=len(mine))))
    return section(
        "factors",
        t("report.section.factors", lang),
        blocks,
        empty_note=t("report.empty.factors", lang),
    )


def _appendix(
    data: LabData, phase: Phase, sources: list[Source], phase_surveys: list[Survey], lang: str
) -> Section:
    mine = [f for f in data.factors if f.phase_id == phase.id]
    children = []
    if mine:
        children.append(
            parts.factor_list(
                data, mine, lang, t("report.appendix.factors", lang, phase=word_safe(phase.name))
            )
        )
    children += parts.protocol_appendix(
        data,
        [s.protocol_id for s in sources if s.protocol_id] + [s.protocol_id for s in phase_surveys],
        lang,
    )
    return section(
        "appendix",
        t("report.section.appendices", lang),
        [],
        children,
        empty_note=t("report.empty.appendix", lang),
    )


def _recommendations(data: LabData, phase: Phase, lang: str) -> Section:
    blocks: list[Block] = parts.narrative_blocks(data, "phase", phase.id, "recommendations")
    if phase.contains(data.today):
        waiting = agenda.prompts(data.lab, data.questions, data.actions, data.factors, data.today)
        blocks += parts.attention_blocks(data, waiting, lang)
    return section("recommendations", t("report.section.recommendations", lang), blocks)
