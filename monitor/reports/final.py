"""The final report, built the way the reference final report of a social lab reads: an
executive summary with the key numbers, conclusions and recommendations, a chapter per phase
(activities, main enablers and barriers per theme, learning questions), the learning history,
trajectories and outcomes when they were recorded, lessons and design principles per theme,
and appendices with the full lists."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from monitor import agenda, history, survey_results
from monitor.i18n import t
from monitor.model import FactorKind, LearningQuestion, Outcome, Phase, QuestionStatus
from monitor.reports import figures, parts
from monitor.reports import workshops as workshop_report
from monitor.reports.data import LabData, day, number, period, plain_title, word_safe, wording
from monitor.reports.structure import (
    Block,
    Bullets,
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
    "conclusions",
    "phases",
    "agenda",
    "outcomes",
    "themes",
    "workshops",
    "appendix",
)
LONGEST = 5  # questions that stayed longest, shown in the learning history


def listed(data: LabData) -> list[LearningQuestion]:
    return [q for q in data.questions if q.status.value not in ("draft", "rejected")]


def themes_in_play(data: LabData) -> list[str]:
    """Themes with factors, learning questions or written lessons, in codebook order."""
    used = {th for f in data.factors for th in f.themes[:1]}
    used |= {q.theme for q in listed(data)}
    used |= {n.theme for n in data.narratives.values() if n.report == "final" and n.theme}
    known = [th for th in data.book.ids if th in used]
    return known + sorted(used - set(known))


def build(
    data: LabData,
    lang: str,
    chosen: tuple[str, ...] = SECTIONS,
    *,
    trajectories: list[Section] | None = None,
    all_themes: bool = False,
) -> Report:
    lab = data.lab
    makers = {
        "summary": lambda: _summary(data, lang),
        "conclusions": lambda: _conclusions(data, lang),
        "phases": lambda: _phases(data, lang),
        "agenda": lambda: _agenda(data, lang),
        "outcomes": lambda: (
            section("outcomes", t("report.section.trajectories", lang), [], trajectories)
            if trajectories
            else chapter
            if not (chapter := trajectory_report.chapter(data, lang)).empty
            else _outcomes(data, lang)
        ),
        "workshops": lambda: (
            workshop_report.appendix(data.workshops, lang)
            if data.workshops
            else section("workshops", "")
        ),
        "themes": lambda: _themes(data, lang, all_themes),
        "appendix": lambda: _appendix(data, lang),
    }
    built = tuple(s for key in SECTIONS if key in chosen if not (s := makers[key]()).empty)
    first, last = (lab.phases[0].start, lab.phases[-1].end) if lab.phases else (None, None)
    return Report(
        kind="final",
        lang=lang,
        title=t("report.title.final", lang),
        subtitle=word_safe(lab.name),
        cover=(
            (t("report.cover.lab", lang), word_safe(lab.name)),
            (t("report.cover.period", lang), period(first, last, lang) if first and last else "—"),
            (t("report.cover.author", lang), parts.author(data)),
            (t("report.cover.date", lang), day(data.today, lang)),
        ),
        sections=built,
    )


# -- executive summary ----------------------------------------------------------------------


def _summary(data: LabData, lang: str) -> Section:
    questions = listed(data)
    status = Counter(q.status for q in questions)
    carried = sum(any(h.event == "carried_over" for h in q.history) for q in questions)
    enablers = sum(f.kind is FactorKind.ENABLER for f in data.factors)
    groups = Counter(s.group for s in data.stakeholders.values())
    done = sum(a.status.value == "done" for a in data.actions)
    overdue = sum(agenda.is_overdue(a, data.today) for a in data.actions)
    figures_text = [
        t(
            "report.final.stakeholders",
            lang,
            n=len(data.stakeholders),
            groups=", ".join(
                f"{n} × {t(f'group.{g}', lang).lower()}" for g, n in groups.most_common()
            )
            or "—",
        ),
        t(
            "report.final.activities",
            lang,
            n=len(data.activities),
            phases=t("report.count.phases", lang, n=len(data.lab.phases)),
            people=t("count.people", lang, n=sum(a.participant_total for a in data.activities)),
        ),
        t(
            "report.final.sources",
            lang,
            n=len(data.sources),
            kinds=", ".join(
                f"{n} × {t(f'source_kind.{k}', lang).lower()}"
                for k, n in Counter(s.kind for s in data.sources.values()).most_common()
            )
            or "—",
        ),
        t(
            "report.figures.factors",
            lang,
            n=len(data.factors),
            enablers=t("report.count.enablers", lang, n=enablers),
            barriers=t("report.count.barriers", lang, n=len(data.factors) - enablers),
        ),
        t(
            "report.final.questions",
            lang,
            n=len(questions),
            answered=t("report.count.answered", lang, n=status[QuestionStatus.ANSWERED]),
            carried=t("report.count.carried", lang, n=carried),
            dropped=t("report.count.dropped", lang, n=status[QuestionStatus.DROPPED]),
            open=t(
                "report.count.open",
                lang,
                n=status[QuestionStatus.OPEN] + status[QuestionStatus.IN_PROGRESS],
            ),
        ),
        t(
            "report.figures.actions_all",
            lang,
            n=len(data.actions),
            done=t("report.count.done", lang, n=done),
            overdue=t("report.count.overdue", lang, n=overdue),
        ),
    ]
    known = [p for p in data.participants.values() if p.outcome is not Outcome.UNKNOWN]
    if known and len(known) >= data.lab.disclosure_threshold:
        successful = sum(p.outcome is Outcome.SUCCESSFUL for p in known)
        figures_text.append(
            t(
                "report.final.outcomes",
                lang,
                n=len(known),
                successful=t("report.count.successful", lang, n=successful),
            )
        )
    blocks: list[Block] = parts.reader_notes(data, lang)
    blocks += parts.narrative_blocks(data, "final", "", "summary")
    blocks += [Paragraph("", bold_lead=t("report.key_figures", lang)), Bullets(tuple(figures_text))]
    if data.lab.phases:
        blocks.append(_phase_table(data, lang))
    return section("summary", t("report.section.executive", lang), blocks)


def _phase_table(data: LabData, lang: str) -> Table:
    factor_counts = Counter((f.phase_id, f.kind) for f in data.factors)
    raised = Counter(q.phase_id for q in listed(data))
    rows = []
    for i, phase in enumerate(data.lab.phases, start=1):
        mine = [a for a in data.activities if a.phase_id == phase.id]
        rows.append(
            (
                f"{i}. {word_safe(phase.name)}",
                period(phase.start, phase.end, lang),
                str(len(mine)),
                str(sum(a.participant_total for a in mine)),
                str(sum(s.phase_id == phase.id for s in data.sources.values())),
                str(factor_counts[(phase.id, FactorKind.ENABLER)]),
                str(factor_counts[(phase.id, FactorKind.BARRIER)]),
                str(raised[phase.id]),
            )
        )
    return Table(
        columns=(
            t("report.col.phase", lang),
            t("report.col.period", lang),
            t("report.col.activities", lang),
            t("report.col.participants", lang),
            t("report.col.sources", lang),
            t("factor_kind.enabler", lang),
            t("factor_kind.barrier", lang),
            t("report.col.questions_raised", lang),
        ),
        rows=tuple(rows),
        caption=t("report.caption.phases", lang),
        total=(
            t("report.total", lang),
            "",
            str(len(data.activities)),
            str(sum(a.participant_total for a in data.activities)),
            str(len(data.sources)),
            str(sum(f.kind is FactorKind.ENABLER for f in data.factors)),
            str(sum(f.kind is FactorKind.BARRIER for f in data.factors)),
            str(sum(raised.values())),
        ),
    )


# -- conclusions and recommendations -----------------------------------------------------------


def _conclusions(data: LabData, lang: str) -> Section:
    conclusions = parts.narrative_blocks(data, "final", "", "conclusions")
    recommendations = parts.narrative_blocks(data, "final", "", "recommendations")
    waiting = agenda.prompts(data.lab, data.questions, data.actions, data.factors, data.today)
    lives = history.analyse(data.snapshots).questions
    stuck = [q for q in lives if q.persistent and q.outcome == "open"]
    points: list[Block] = []
    if stuck:
        points.append(Paragraph("", bold_lead=t("report.final.persistent_lead", lang)))
        points.append(Bullets(tuple(word_safe(history.wording(q.text, lang)) for q in stuck)))
    points += parts.attention_blocks(data, waiting, lang)
    children = [
        section(
            "",
            t("report.section.conclusions_only", lang),
            conclusions,
            level=2,
            empty_note=t("report.empty.conclusions", lang) if not points else "",
        ),
        section(
            "", t("report.section.recommendations_only", lang), recommendations + points, level=2
        ),
    ]
    return section(
        "conclusions",
        t("report.section.conclusions", lang),
        [],
        children,
        empty_note=t("report.empty.conclusions", lang),
    )


# -- a chapter per phase --------------------------------------------------------------------


def _phases(data: LabData, lang: str) -> Section:
    children = [_phase(data, phase, i, lang) for i, phase in enumerate(data.lab.phases, start=1)]
    return section(
        "phases",
        t("report.section.phase_chapters", lang),
        [],
        children,
        empty_note=t("report.empty.phases", lang),
    )


def _phase(data: LabData, phase: Phase, position: int, lang: str) -> Section:
    name = word_safe(phase.name)
    blocks: list[Block] = [
        Paragraph(t("report.final.phase_period", lang, period=period(phase.start, phase.end, lang)))
    ]
    blocks += parts.narrative_blocks(data, "phase", phase.id, "summary")
    activities = [a for a in data.activities if a.phase_id == phase.id]
    if activities:
        blocks.append(
            Table(
                columns=(
                    t("report.col.date", lang),
                    t("report.col.activity", lang),
                    t("report.col.kind", lang),
                    t("report.col.participants", lang),
                ),
                rows=tuple(
                    (
                        day(a.date, lang),
                        word_safe(a.title),
                        t(f"activity_kind.{a.kind}", lang),
                        str(a.participant_total),
                    )
                    for a in activities
                ),
                caption=t("report.caption.activities", lang, phase=name),
                total=(
                    t("report.total", lang),
                    t("count.activities", lang, n=len(activities)),
                    "",
                    t("count.people", lang, n=sum(a.participant_total for a in activities)),
                ),
            )
        )
    else:
        blocks.append(Note(t("report.empty.activities", lang)))
    mine = [f for f in data.factors if f.phase_id == phase.id]
    if mine:
        chart = parts.factor_chart(
            data, mine, lang, t("report.caption.factor_chart", lang, phase=name)
        )
        blocks += [chart] if chart else []
        blocks.append(
            parts.main_factors_table(
                data, mine, lang, t("report.caption.factors", lang, phase=name)
            )
        )
    else:
        blocks.append(Note(t("report.empty.factors", lang)))
    raised = [q for q in listed(data) if q.phase_id == phase.id]
    if raised:
        blocks.append(
            parts.questions_table(
                data, raised, lang, t("report.caption.raised_in", lang, phase=name)
            )
        )
    else:
        blocks.append(Note(t("report.empty.phase_questions", lang)))
    return section("", f"{t('report.phase_title', lang, n=position)}: {name}", blocks, level=2)


# -- the learning history -------------------------------------------------------------------


def _agenda(data: LabData, lang: str) -> Section:
    questions = listed(data)
    if not questions or not data.lab.phases:
        return section(
            "agenda",
            t("report.section.history", lang),
            [],
            empty_note=t("report.empty.questions", lang),
        )
    status = Counter(q.status for q in questions)
    frame = figures.agenda_counts(data.lab, questions)
    blocks: list[Block] = [
        Paragraph(
            t(
                "report.agenda_lead",
                lang,
                n=len(questions),
                answered=t("report.count.answered", lang, n=status[QuestionStatus.ANSWERED]),
                open=t(
                    "report.count.open",
                    lang,
                    n=status[QuestionStatus.OPEN] + status[QuestionStatus.IN_PROGRESS],
                ),
                dropped=t("report.count.dropped", lang, n=status[QuestionStatus.DROPPED]),
            )
        ),
        Figure(
            lambda: figures.agenda_bars(frame, lang),
            t("report.caption.agenda", lang),
            width_cm=15.0,
            alt_text=figures.agenda_alt(frame, lang),
        ),
        Table(
            columns=(
                t("report.col.phase", lang),
                *(t(f"flow.{e}", lang) for e in figures.EVENTS),
            ),
            rows=tuple(
                (
                    phase,
                    *(str(int(part.loc[part["event"] == e, "n"].sum())) for e in figures.EVENTS),
                )
                for phase, part in frame.groupby("phase", sort=False)
            ),
            caption=t("report.caption.agenda_table", lang),
        ),
    ]
    analysed = history.analyse(data.snapshots)
    if analysed.snapshots:
        blocks.append(
            Paragraph(
                t(
                    "report.final.snapshots",
                    lang,
                    n=len(analysed.snapshots),
                    first=day(analysed.snapshots[0].date, lang),
                    last=day(analysed.snapshots[-1].date, lang),
                )
            )
        )
        longest = list(analysed.questions[:LONGEST])
        if longest:
            blocks.append(
                Table(
                    columns=(
                        t("report.col.question", lang),
                        t("report.col.theme", lang),
                        t("report.col.on_agenda", lang),
                        t("report.col.months", lang),
                        t("report.col.outcome", lang),
                    ),
                    rows=tuple(
                        (
                            word_safe(history.wording(q.text, lang)),
                            data.book.label(q.theme, lang),
                            f"{day(q.first, lang)} – {day(q.end, lang)}",
                            number(q.months_open, lang, 0),
                            t(f"history.outcome.{q.outcome}", lang)
                            + (f" ({t('history.persistent', lang)})" if q.persistent else ""),
                        )
                        for q in longest
                    ),
                    caption=t("report.caption.longest", lang, n=len(longest)),
                )
            )
    else:
        blocks.append(Note(t("report.empty.snapshots", lang)))
    return section("agenda", t("report.section.history", lang), blocks)


# -- outcomes (until the trajectories part provides its own) ---------------------------------


def _outcomes(data: LabData, lang: str) -> Section:
    """How trajectories ended, and survey scales per outcome group (threshold applies)."""
    known = [p for p in data.participants.values() if p.outcome is not Outcome.UNKNOWN]
    if not known:
        return section("outcomes", t("report.section.outcomes", lang), [])
    threshold = data.lab.disclosure_threshold
    if len(known) < threshold:
        note = t("report.outcomes_too_few", lang, n=len(known), threshold=threshold)
        return section("outcomes", t("report.section.outcomes", lang), [Note(note)])
    tally = Counter(p.outcome for p in known)
    shown = [o for o in Outcome if o is not Outcome.UNKNOWN]
    frame = pd.DataFrame(
        [{"outcome": t(f"outcome.{o}", lang), "n": tally[o]} for o in shown],
        columns=["outcome", "n"],
    )
    blocks: list[Block] = [
        Figure(
            lambda: figures.outcome_bars(frame),
            t("report.caption.outcomes", lang),
            width_cm=12.0,
            alt_text=t("report.alt.outcomes", lang, n=len(known)),
        ),
        Table(
            columns=(t("report.col.outcome", lang), t("report.col.n", lang), "%"),
            rows=tuple(
                (
                    t(f"outcome.{o}", lang),
                    str(tally[o]),
                    number(100 * tally[o] / len(known), lang, 0),
                )
                for o in shown
            ),
            caption=t("report.caption.outcomes", lang),
            total=(t("report.total", lang), t("count.candidates", lang, n=len(known)), "100"),
        ),
    ]
    submitted = survey_results.submitted(data.responses)
    for survey in data.surveys:
        protocol = data.protocols.get(survey.protocol_id)
        answered = [r for r in submitted if r.survey_id == survey.id]
        groups = survey_results.outcome_groups(answered, data.participants, lang)
        if protocol is None or not groups:
            continue
        summary, hidden = survey_results.scale_summary(protocol, answered, threshold, by=groups)
        if not summary.empty:
            blocks.append(
                Table(
                    columns=tuple(
                        t(f"report.col.{c}", lang) for c in ("construct", "outcome", "n", "mean")
                    ),
                    rows=tuple(
                        (
                            parts.construct_label(protocol, str(r.construct), lang),
                            str(r.group),
                            str(r.n),
                            number(r.mean, lang),
                        )
                        for r in summary.itertuples()
                    ),
                    caption=t(
                        "report.caption.outcome_scales",
                        lang,
                        survey=plain_title(survey.title),
                    ),
                )
            )
        if hidden:
            blocks.append(Note(t("report.hidden", lang, n=len(hidden), threshold=threshold)))
    return section("outcomes", t("report.section.outcomes", lang), blocks)


# -- lessons and design principles per theme -------------------------------------------------


def _themes(data: LabData, lang: str, all_themes: bool) -> Section:
    children = []
    for theme in themes_in_play(data):
        lessons = parts.narrative_blocks(data, "final", "", "lessons", theme)
        principles = parts.narrative_blocks(data, "final", "", "principles", theme)
        if not (lessons or principles or all_themes):
            continue
        children.append(_theme(data, theme, lessons, principles, lang))
    return section(
        "themes",
        t("report.section.themes", lang),
        [Paragraph(t("report.themes_lead", lang))] if children else [],
        children,
        empty_note=t("report.empty.all_lessons", lang),
    )


def _theme(
    data: LabData, theme: str, lessons: list[Block], principles: list[Block], lang: str
) -> Section:
    mine = [f for f in data.factors if f.themes[:1] == (theme,)]
    questions = [q for q in listed(data) if q.theme == theme]
    enablers = sum(f.kind is FactorKind.ENABLER for f in mine)
    blocks: list[Block] = [
        Paragraph(
            t(
                "report.theme_evidence",
                lang,
                factors=t("count.factors", lang, n=len(mine)),
                enablers=t("report.count.enablers", lang, n=enablers),
                barriers=t("report.count.barriers", lang, n=len(mine) - enablers),
                questions=t("count.learning_questions", lang, n=len(questions)),
                answered=t(
                    "report.count.answered",
                    lang,
                    n=sum(q.status is QuestionStatus.ANSWERED for q in questions),
                ),
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


# -- appendices -----------------------------------------------------------------------------


def _appendix(data: LabData, lang: str) -> Section:
    children = []
    for phase in data.lab.phases:
        mine = [f for f in data.factors if f.phase_id == phase.id]
        if mine and parts.has_more(data, mine):
            title = t("report.appendix.factors", lang, phase=word_safe(phase.name))
            children.append(parts.factor_list(data, mine, lang, title))
    questions = listed(data)
    if questions:
        children.append(
            section(
                "",
                t("report.appendix.questions", lang),
                [
                    Table(
                        columns=(
                            t("report.col.question", lang),
                            t("report.col.theme", lang),
                            t("report.col.phase", lang),
                            t("report.col.status", lang),
                        ),
                        rows=tuple(
                            (
                                word_safe(wording(q, lang)),
                                data.book.label(q.theme, lang),
                                word_safe(p.name) if (p := data.lab.phase(q.phase_id)) else "—",
                                t(f"status.{q.status}", lang),
                            )
                            for q in questions
                        ),
                        caption=t("report.appendix.questions", lang),
                    )
                ],
                level=2,
            )
        )
    children += parts.protocol_appendix(
        data,
        [s.protocol_id for s in data.sources.values() if s.protocol_id]
        + [s.protocol_id for s in data.surveys],
        lang,
    )
    return section("appendix", t("report.section.appendices", lang), [], children)
