"""Pieces more than one report uses: the researcher's narrative, learning questions with their
history and actions, survey results under disclosure control, and the instruments appendix."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from monitor import agenda, charts, surveys
from monitor import survey_results as results
from monitor.i18n import t
from monitor.model import Action, LearningQuestion, Survey
from monitor.protocols import Protocol
from monitor.reports import narrative
from monitor.reports.data import LabData, day, person, stamp, word_safe, wording
from monitor.reports.structure import (
    Block,
    Bullets,
    Figure,
    Note,
    Paragraph,
    Quote,
    Section,
    Table,
    section,
)

# -- the researcher's words -----------------------------------------------------------------


def narrative_blocks(
    data: LabData, report: str, phase_id: str, part: str, theme: str = ""
) -> list[Block]:
    """A saved passage as paragraphs; lines starting with "- " or "* " become a list."""
    found = narrative.get(data.narratives, report, phase_id, part, theme)
    if found is None or not found.text.strip():
        return []
    blocks: list[Block] = []
    for chunk in found.text.split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith(("- ", "* ")) for line in lines):
            blocks.append(Bullets(tuple(word_safe(line[2:]) for line in lines)))
        else:
            blocks.append(Paragraph(word_safe(" ".join(lines))))
    return blocks


def author(data: LabData) -> str:
    found = narrative.get(data.narratives, "cover", "", "author")
    return word_safe(found.text) if found and found.text else "—"


def prompt_text(data: LabData, prompt: agenda.Prompt, lang: str) -> str:
    params = {**prompt.params}
    if "theme" in params:
        params["theme"] = data.book.label(params["theme"], lang)
    return word_safe(t(f"prompt.{prompt.kind}", lang, **params))


# -- learning questions ------------------------------------------------------------------------


def actions_table(data: LabData, actions: list[Action], lang: str, caption: str) -> Table:
    return Table(
        columns=(
            t("report.col.action", lang),
            t("report.col.owner", lang),
            t("report.col.due", lang),
            t("report.col.status", lang),
        ),
        rows=tuple(
            (
                word_safe(a.text),
                person(data, a.owner_id, lang) if a.owner_id else "—",
                day(a.due, lang),
                t(f"action_status.{a.status}", lang)
                + (f" ({t('actions.overdue', lang)})" if agenda.is_overdue(a, data.today) else ""),
            )
            for a in agenda.sort_actions(actions, data.today)
        ),
        caption=caption,
        widths=(5, 2, 1.5, 1.5),
    )


def question_blocks(
    data: LabData, question: LearningQuestion, lang: str, *, history: bool = True
) -> list[Block]:
    raised = data.lab.phase(question.phase_id)
    facts = [
        t(f"status.{question.status}", lang),
        t(f"qkind.{question.kind}", lang),
        t("report.raised_in", lang, phase=raised.name) if raised else "",
        t("report.discussed", lang, n=len(question.meeting_ids)) if question.meeting_ids else "",
        t("report.evidence", lang, n=len(question.factor_ids)) if question.factor_ids else "",
    ]
    blocks: list[Block] = [
        Paragraph(" · ".join(f for f in facts if f), bold_lead=word_safe(wording(question, lang)))
    ]
    if question.answer:
        blocks.append(Paragraph(word_safe(question.answer), bold_lead=t("report.answer", lang)))
    if history and question.history:
        blocks.append(
            Bullets(
                tuple(
                    word_safe(
                        f"{stamp(h.at, lang)}: {t(f'event.{h.event}', lang)}"
                        + (f" — {agenda.note_text(h, lang)}" if h.note else "")
                    )
                    for h in question.history
                )
            )
        )
    mine = [a for a in data.actions if a.question_id == question.id]
    if mine:
        caption = t("report.caption.actions_of", lang, question=_short(wording(question, lang)))
        blocks.append(actions_table(data, mine, lang, caption))
    else:
        blocks.append(Note(t("report.no_actions_yet", lang)))
    return blocks


def questions_by_theme(
    data: LabData, questions: Iterable[LearningQuestion], lang: str, *, history: bool = True
) -> list[Section]:
    """A sub-section per theme (codebook order), each question with status, history, actions."""
    order = {theme_id: i for i, theme_id in enumerate(data.book.ids)}
    ranked = sorted(questions, key=lambda q: (order.get(q.theme, len(order)), q.theme, q.created))
    return [
        section(
            "",
            data.book.label(theme, lang),
            [b for q in group for b in question_blocks(data, q, lang, history=history)],
            level=2,
        )
        for theme, group in itertools.groupby(ranked, key=lambda q: q.theme)
    ]


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- survey results -----------------------------------------------------------------------------


def survey_sections(data: LabData, chosen: list[Survey], lang: str) -> list[Section]:
    """Per survey: response, agreement chart, scales, choices and reviewed open answers; then
    before/after for each later wave of the same audience. No split below the threshold."""
    done = results.submitted(data.responses)
    found = []
    for survey in chosen:
        protocol = data.protocols.get(survey.protocol_id)
        answered = [r for r in done if r.survey_id == survey.id]
        title = f"{word_safe(survey.title)} ({survey.wave})"
        if protocol is None:
            found.append(section("", title, [Note(t("report.no_instrument", lang))], level=2))
            continue
        asked = surveys.instrument(protocol, survey)
        found.append(section("", title, _one_survey(data, survey, asked, answered, lang), level=2))
        earlier = _earlier_wave(data, survey)
        if earlier is not None and earlier.protocol_id in data.protocols:
            before = surveys.instrument(data.protocols[earlier.protocol_id], earlier)
            blocks = _pairs(data, earlier, before, survey, asked, lang)
            if blocks:
                label = t("report.pairs_title", lang, first=earlier.wave, second=survey.wave)
                found.append(section("", label, blocks, level=2))
    return found


def _one_survey(
    data: LabData, survey: Survey, protocol: Protocol, answered: list, lang: str
) -> list[Block]:
    threshold = data.lab.disclosure_threshold
    invited = [i for i in data.invitations if i.survey_id == survey.id]
    blocks: list[Block] = [
        Paragraph(
            t(
                "report.survey_response",
                lang,
                invited=len(invited),
                submitted=len(answered),
                refused=survey.refusals,
                period=_survey_period(survey, lang),
            )
        )
    ]
    if len(answered) < threshold:
        blocks.append(Note(t("report.survey_too_few", lang, n=len(answered), threshold=threshold)))
        return blocks
    hidden: list[results.Hidden] = []
    agree, more = results.agreement_frame(protocol, answered, lang, threshold)
    hidden += more
    if not agree.empty:
        blocks.append(
            Figure(
                lambda frame=agree: charts.agreement_bars(frame),
                t("report.caption.agreement", lang, survey=word_safe(survey.title)),
            )
        )
    summary, more = results.scale_summary(protocol, answered, threshold)
    hidden += more
    if not summary.empty:
        blocks.append(
            Table(
                columns=tuple(t(f"report.col.{c}", lang) for c in ("construct", "n", "mean", "sd")),
                rows=tuple(
                    (str(r.construct), str(r.n), _number(r.mean, lang), _number(r.sd, lang))
                    for r in summary.itertuples()
                ),
                caption=t("report.caption.scales", lang, survey=word_safe(survey.title)),
            )
        )
    for question in protocol.questions:
        if question.type not in ("single_choice", "multiple_choice", "yes_no"):
            continue
        table, _others, too_small = results.choice_frame(question, answered, lang, threshold)
        if too_small:
            hidden.append(too_small)
        if not table.empty:
            blocks.append(
                Table(
                    columns=(t("report.col.answer", lang), t("report.col.count", lang), "%"),
                    rows=tuple(
                        (word_safe(r.choice), str(r.count), f"{round(100 * r.share)}")
                        for r in table.itertuples()
                    ),
                    caption=word_safe(question.label[lang]),
                    widths=(5, 1, 1),
                )
            )
    released = [a for a in results.open_answers(protocol, answered) if a.reviewed]
    if released:
        blocks.append(Paragraph(t("report.open_answers", lang, n=len(released))))
        blocks += [Quote(word_safe(a.text)) for a in released]
    if hidden:
        blocks.append(Note(t("report.hidden", lang, n=len(hidden), threshold=threshold)))
    return blocks


def _pairs(
    data: LabData,
    first: Survey,
    first_protocol: Protocol,
    second: Survey,
    second_protocol: Protocol,
    lang: str,
) -> list[Block]:
    threshold = data.lab.disclosure_threshold
    done = results.submitted(data.responses)
    table, hidden = results.paired_items(
        first_protocol,
        [r for r in done if r.survey_id == first.id],
        second_protocol,
        [r for r in done if r.survey_id == second.id],
        lang,
        threshold,
        core_only=False,
    )
    blocks: list[Block] = []
    if not table.empty:
        blocks.append(
            Figure(
                lambda frame=table: charts.paired_change(frame, first.wave, second.wave),
                t("report.caption.pairs", lang, first=first.wave, second=second.wave),
            )
        )
        blocks.append(
            Table(
                columns=(
                    t("report.col.item", lang),
                    t("report.col.n", lang),
                    first.wave,
                    second.wave,
                    t("report.col.change", lang),
                ),
                rows=tuple(
                    (
                        word_safe(r.item),
                        str(r.n),
                        _number(r.before, lang),
                        _number(r.after, lang),
                        _number(r.change, lang, signed=True),
                    )
                    for r in table.itertuples()
                ),
                caption=t("report.caption.pairs_table", lang, first=first.wave, second=second.wave),
                widths=(5, 1, 1, 1, 1),
            )
        )
    if hidden:
        blocks.append(Note(t("report.hidden", lang, n=len(hidden), threshold=threshold)))
    return blocks


def _earlier_wave(data: LabData, survey: Survey) -> Survey | None:
    """The previous survey of the same audience and subject: its T0 when this is T1."""
    same = [
        s
        for s in data.surveys
        if s.id != survey.id
        and s.wave < survey.wave
        and set(s.audience_groups) == set(survey.audience_groups)
        and s.subject_group == survey.subject_group
    ]
    return max(same, key=lambda s: s.wave, default=None)


def _survey_period(survey: Survey, lang: str) -> str:
    if survey.opens and survey.closes:
        return f"{day(survey.opens, lang)} – {day(survey.closes, lang)}"
    return day(survey.opens or survey.closes, lang)


def _number(value: float, lang: str, *, signed: bool = False) -> str:
    if value != value:  # NaN: a spread of one value
        return "—"
    shown = f"{value:+.2f}" if signed else f"{value:.2f}"
    return shown.replace(".", ",") if lang == "nl" else shown


# -- instruments ------------------------------------------------------------------------------


def protocol_appendix(data: LabData, protocol_ids: Iterable[str], lang: str) -> list[Section]:
    """Each instrument used, with its questions in order, so readers see what was asked."""
    found = []
    for protocol_id in sorted(set(protocol_ids)):
        protocol = data.protocols.get(protocol_id)
        if protocol is None:
            continue
        blocks: list[Block] = []
        description = protocol.description.get(lang, "")
        if description:
            blocks.append(Paragraph(word_safe(description)))
        for part in protocol.sections:
            asked = [q for q in part.questions if q.answerable]
            if asked:
                blocks.append(
                    Paragraph(
                        "", bold_lead=word_safe(part.title.get(lang) or part.title.get("en", ""))
                    )
                )
                blocks.append(Bullets(tuple(word_safe(q.label[lang]) for q in asked)))
        title = f"{word_safe(protocol.title.get(lang, protocol.id))} (v{protocol.version})"
        found.append(section("", title, blocks, level=2))
    return found
