"""The final report: what the lab learned per theme and the design principles the researcher
draws from it for future labs, with the phases in brief, the learning agenda over time and,
when the researcher recorded them, how the trajectories ended."""

from __future__ import annotations

from collections import Counter

from monitor import charts
from monitor import survey_results as results
from monitor.i18n import t
from monitor.model import FactorKind, Outcome, QuestionStatus
from monitor.overview import phase_summaries
from monitor.reports import parts
from monitor.reports.data import LabData, day, period, word_safe
from monitor.reports.structure import (
    Block,
    Figure,
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
    "phases",
    "themes",
    "agenda",
    "outcomes",
    "trajectories",
    "recommendations",
    "appendix",
)


def themes_in_play(data: LabData) -> list[str]:
    """Themes with factors, learning questions or written lessons, in codebook order."""
    used = {th for f in data.factors for th in f.themes[:1]}
    used |= {q.theme for q in data.questions if q.status.value not in ("draft", "rejected")}
    used |= {n.theme for n in data.narratives.values() if n.report == "final" and n.theme}
    known = [th for th in data.book.ids if th in used]
    return known + sorted(used - set(known))


def build(data: LabData, lang: str, chosen: tuple[str, ...] = SECTIONS) -> Report:
    lab = data.lab
    makers = {
        "summary": lambda: section(
            "summary",
            t("report.section.summary", lang),
            parts.narrative_blocks(data, "final", "", "summary"),
        ),
        "phases": lambda: _phases(data, lang),
        "themes": lambda: section(
            "themes",
            t("report.section.themes", lang),
            [Paragraph(t("report.themes_lead", lang))],
            [_theme(data, theme, lang) for theme in themes_in_play(data)],
        ),
        "agenda": lambda: _agenda(data, lang),
        "outcomes": lambda: _outcomes(data, lang),
        "trajectories": lambda: trajectory_report.chapter(data, lang),
        "recommendations": lambda: section(
            "recommendations",
            t("report.section.recommendations", lang),
            parts.narrative_blocks(data, "final", "", "recommendations"),
        ),
        "appendix": lambda: section(
            "appendix",
            t("report.section.appendix", lang),
            [],
            parts.protocol_appendix(
                data,
                [s.protocol_id for s in data.sources.values() if s.protocol_id]
                + [s.protocol_id for s in data.surveys],
                lang,
            ),
        ),
    }
    built = tuple(s for key in SECTIONS if key in chosen if not (s := makers[key]()).empty)
    first, last = (lab.phases[0].start, lab.phases[-1].end) if lab.phases else (None, None)
    author = parts.author(data)
    return Report(
        kind="final",
        lang=lang,
        title=t("report.title.final", lang),
        subtitle=word_safe(lab.name),
        cover=(
            (t("report.cover.lab", lang), word_safe(lab.name)),
            (t("report.cover.period", lang), period(first, last, lang) if first and last else "—"),
            (t("report.cover.author", lang), author),
            (t("report.cover.date", lang), day(data.today, lang)),
        ),
        sections=built,
    )


def _phases(data: LabData, lang: str) -> Section:
    rows = phase_summaries(data.lab, data.activities, list(data.sources.values()))
    factor_counts = Counter((f.phase_id, f.kind) for f in data.factors)
    raised = Counter(
        q.phase_id for q in data.questions if q.status.value not in ("draft", "rejected")
    )
    table = Table(
        columns=(
            t("report.col.phase", lang),
            t("report.col.period", lang),
            t("report.col.activities", lang),
            t("report.col.sources", lang),
            t("factor_kind.enabler", lang),
            t("factor_kind.barrier", lang),
            t("report.col.questions_raised", lang),
        ),
        rows=tuple(
            (
                f"{i}. {word_safe(row.name)}",
                period(phase.start, phase.end, lang),
                str(row.activities),
                str(row.sources),
                str(factor_counts[(phase.id, FactorKind.ENABLER)]),
                str(factor_counts[(phase.id, FactorKind.BARRIER)]),
                str(raised[phase.id]),
            )
            for i, (row, phase) in enumerate(zip(rows, data.lab.phases, strict=True), start=1)
        ),
        caption=t("report.caption.phases", lang),
        widths=(2.4, 3.2, 2.1, 1.7, 2.2, 2.2, 2.2),
    )
    children = [
        section(
            "",
            f"{i}. {word_safe(phase.name)}",
            parts.narrative_blocks(data, "phase", phase.id, "summary"),
            level=2,
        )
        for i, phase in enumerate(data.lab.phases, start=1)
    ]
    return section(
        "phases",
        t("report.section.phases", lang),
        [table] if rows else [],
        children,
        empty_note=t("report.empty.phases", lang),
    )


def _theme(data: LabData, theme: str, lang: str) -> Section:
    mine = [f for f in data.factors if f.themes[:1] == (theme,)]
    questions = [
        q
        for q in data.questions
        if q.theme == theme and q.status.value not in ("draft", "rejected")
    ]
    enablers = sum(f.kind is FactorKind.ENABLER for f in mine)
    lessons = parts.narrative_blocks(data, "final", "", "lessons", theme)
    principles = parts.narrative_blocks(data, "final", "", "principles", theme)
    blocks: list[Block] = [
        Paragraph(
            t(
                "report.theme_evidence",
                lang,
                factors=t("count.factors", lang, n=len(mine)),
                enablers=enablers,
                barriers=len(mine) - enablers,
                questions=t("count.learning_questions", lang, n=len(questions)),
                answered=sum(q.status is QuestionStatus.ANSWERED for q in questions),
            )
        )
    ]
    if not lessons and not principles:
        blocks.append(Note(t("report.empty.lessons", lang)))
    return section(
        "",
        data.book.label(theme, lang),
        blocks,
        [
            section("", t("report.section.lessons", lang), lessons, level=3),
            section("", t("report.section.principles", lang), principles, level=3),
        ],
        level=2,
    )


def _agenda(data: LabData, lang: str) -> Section:
    questions = [q for q in data.questions if q.status.value not in ("draft", "rejected")]
    if not questions or not data.lab.phases:
        return section(
            "agenda",
            t("report.section.agenda", lang),
            [],
            empty_note=t("report.empty.questions", lang),
        )
    status = Counter(q.status for q in questions)
    blocks: list[Block] = [
        Paragraph(
            t(
                "report.agenda_lead",
                lang,
                n=len(questions),
                answered=status[QuestionStatus.ANSWERED],
                open=status[QuestionStatus.OPEN] + status[QuestionStatus.IN_PROGRESS],
                dropped=status[QuestionStatus.DROPPED],
            )
        ),
        Figure(
            lambda: charts.agenda_flow(data.lab, questions, lambda key: t(key, lang)).properties(
                width=560
            ),
            t("report.caption.agenda", lang),
        ),
    ]
    return section("agenda", t("report.section.agenda", lang), blocks)


def _outcomes(data: LabData, lang: str) -> Section:
    """How trajectories ended, and survey scales per outcome group (threshold applies)."""
    known = [p for p in data.participants.values() if p.outcome is not Outcome.UNKNOWN]
    if not known:
        return section("outcomes", t("report.section.outcomes", lang), [])
    threshold = data.lab.disclosure_threshold
    tally = Counter(p.outcome for p in known)
    blocks: list[Block] = [
        Table(
            columns=(t("report.col.outcome", lang), t("report.col.n", lang)),
            rows=tuple((t(f"outcome.{o}", lang), str(tally[o])) for o in Outcome if tally[o]),
            caption=t("report.caption.outcomes", lang),
            widths=(4, 1),
        )
    ]
    submitted = results.submitted(data.responses)
    for survey in data.surveys:
        protocol = data.protocols.get(survey.protocol_id)
        answered = [r for r in submitted if r.survey_id == survey.id]
        groups = results.outcome_groups(answered, data.participants, lang)
        if protocol is None or not groups:
            continue
        summary, hidden = results.scale_summary(protocol, answered, threshold, by=groups)
        if not summary.empty:
            blocks.append(
                Table(
                    columns=tuple(
                        t(f"report.col.{c}", lang) for c in ("construct", "outcome", "n", "mean")
                    ),
                    rows=tuple(
                        (str(r.construct), str(r.group), str(r.n), f"{r.mean:.2f}")
                        for r in summary.itertuples()
                    ),
                    caption=t(
                        "report.caption.outcome_scales", lang, survey=word_safe(survey.title)
                    ),
                )
            )
        if hidden:
            blocks.append(Note(t("report.hidden", lang, n=len(hidden), threshold=threshold)))
    return section("outcomes", t("report.section.outcomes", lang), blocks)
