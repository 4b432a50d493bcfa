"""Pieces more than one report uses: the researcher's narrative, learning questions with their
history and actions, survey results under disclosure control, and the instruments appendix."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from monitor import agenda, charts, survey_results, surveys
from monitor.i18n import TEXT, t
from monitor.model import Action, Factor, FactorKind, LearningQuestion, Survey
from monitor.protocols import Protocol
from monitor.reports import figures, narrative
from monitor.reports.data import (
    LabData,
    code_legend,
    day,
    number,
    person,
    plain_title,
    stamp,
    word_safe,
    wording,
)
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

COMPACT_FROM = 16  # from this many learning questions, a table per theme instead of details
MAIN_PER_SIDE = 3  # main enablers and main barriers shown per theme in the body
FULL_LIST_LIMIT = 300  # longer factor lists go to the export, not the appendix

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
    if params.get("due"):
        with contextlib.suppress(ValueError):
            params["due"] = day(dt.date.fromisoformat(str(params["due"])[:10]), lang)
    return word_safe(t(f"prompt.{prompt.kind}", lang, **params))


ATTENTION_SHOWN = 8


def attention_blocks(data: LabData, waiting: list[agenda.Prompt], lang: str) -> list[Block]:
    """The monitor's points of attention as a starting list: the first few, and how many
    more the monitor holds."""
    if not waiting:
        return []
    lines = [prompt_text(data, p, lang) for p in waiting[:ATTENTION_SHOWN]]
    if len(waiting) > ATTENTION_SHOWN:
        lines.append(t("report.more_points", lang, n=len(waiting) - ATTENTION_SHOWN))
    return [Paragraph("", bold_lead=t("report.attention", lang)), Bullets(tuple(lines))]


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


def question_facts(data: LabData, question: LearningQuestion, lang: str) -> str:
    """Where a question stands, in a sentence: "Beantwoord. Gesteld in de fase Verkenning,
    2 keer besproken in de stuurgroep, onderbouwd met 3 factoren." """
    raised = data.lab.phase(question.phase_id)
    facts = [
        t("report.q.raised_in", lang, phase=word_safe(raised.name)) if raised else "",
        t("report.q.discussed", lang, n=len(question.meeting_ids)) if question.meeting_ids else "",
        t("report.q.evidence", lang, n=len(question.factor_ids)) if question.factor_ids else "",
    ]
    shown = ", ".join(f for f in facts if f)
    status = t(f"status.{question.status}", lang)
    return f"{status}. {shown[:1].upper()}{shown[1:]}." if shown else f"{status}."


def question_blocks(
    data: LabData, question: LearningQuestion, lang: str, *, history: bool = True
) -> list[Block]:
    blocks: list[Block] = [
        Paragraph(
            question_facts(data, question, lang), bold_lead=word_safe(wording(question, lang))
        )
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


def questions_table(
    data: LabData, questions: list[LearningQuestion], lang: str, caption: str
) -> Table:
    """Many questions at a glance: wording, status, and how far their actions are."""
    counts = Counter((a.question_id, a.status in agenda.DONE_STATES) for a in data.actions)
    late = Counter(a.question_id for a in data.actions if agenda.is_overdue(a, data.today))
    return Table(
        columns=(
            t("report.col.question", lang),
            t("report.col.status", lang),
            t("report.col.actions_done", lang),
            t("report.col.overdue", lang),
        ),
        rows=tuple(
            (
                word_safe(wording(q, lang)),
                t(f"status.{q.status}", lang),
                f"{counts[(q.id, True)]} / {counts[(q.id, True)] + counts[(q.id, False)]}",
                str(late[q.id]),
            )
            for q in questions
        ),
        caption=caption,
    )


def questions_by_theme(
    data: LabData,
    questions: Iterable[LearningQuestion],
    lang: str,
    *,
    history: bool = True,
    compact_from: int = COMPACT_FROM,
) -> list[Section]:
    """A sub-section per theme (codebook order), each question with status, history, actions;
    with many questions, one table per theme instead."""
    order = {theme_id: i for i, theme_id in enumerate(data.book.ids)}
    ranked = sorted(questions, key=lambda q: (order.get(q.theme, len(order)), q.theme, q.created))
    compact = len(ranked) >= compact_from
    found = []
    for theme, group in itertools.groupby(ranked, key=lambda q: q.theme):
        mine = list(group)
        label = data.book.label(theme, lang)
        if compact:
            caption = t("report.caption.questions_of", lang, theme=label)
            blocks: list[Block] = [questions_table(data, mine, lang, caption)]
        else:
            blocks = [b for q in mine for b in question_blocks(data, q, lang, history=history)]
        found.append(section("", label, blocks, level=2))
    return found


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- survey results -----------------------------------------------------------------------------


def survey_sections(data: LabData, chosen: list[Survey], lang: str) -> list[Section]:
    """Per survey: response, agreement chart, scales, choices and reviewed open answers; then
    before/after for each later wave of the same audience. No split below the threshold."""
    done = survey_results.submitted(data.responses)
    found = []
    for survey in chosen:
        protocol = data.protocols.get(survey.protocol_id)
        answered = [r for r in done if r.survey_id == survey.id]
        title = f"{plain_title(survey.title)} ({survey.wave})"
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
    hidden: list[survey_results.Hidden] = []
    agree, more = survey_results.agreement_frame(protocol, answered, lang, threshold)
    hidden += more
    if not agree.empty:
        blocks.append(
            Figure(
                lambda frame=agree: charts.agreement_bars(frame),
                t("report.caption.agreement", lang, survey=plain_title(survey.title)),
                alt_text=t("report.alt.agreement", lang, n=agree["item"].nunique()),
            )
        )
    summary, more = survey_results.scale_summary(protocol, answered, threshold)
    hidden += more
    if not summary.empty:
        blocks.append(
            Table(
                columns=tuple(t(f"report.col.{c}", lang) for c in ("construct", "n", "mean", "sd")),
                rows=tuple(
                    (
                        construct_label(protocol, str(r.construct), lang),
                        str(r.n),
                        number(r.mean, lang),
                        number(r.sd, lang),
                    )
                    for r in summary.itertuples()
                ),
                caption=t("report.caption.scales", lang, survey=plain_title(survey.title)),
            )
        )
    for question in protocol.questions:
        if question.type not in ("single_choice", "multiple_choice", "yes_no"):
            continue
        table, _others, too_small = survey_results.choice_frame(question, answered, lang, threshold)
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
    blocks += open_answer_blocks(
        [a for a in survey_results.open_answers(protocol, answered) if a.reviewed], lang
    )
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
    done = survey_results.submitted(data.responses)
    table, hidden = survey_results.paired_items(
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
                alt_text=t(
                    "report.alt.pairs", lang, n=len(table), first=first.wave, second=second.wave
                ),
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
                        number(r.before, lang),
                        number(r.after, lang),
                        number(r.change, lang, signed=True),
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
        title = plain_title(protocol.title.get(lang) or protocol.title.get("nl") or protocol.id)
        found.append(section("", title, blocks, level=2))
    return found


# -- enablers and barriers -----------------------------------------------------------------


@dataclass(frozen=True)
class Weighed:
    """Factors with the same wording taken together, with how much weight they carry."""

    text: str
    kind: FactorKind
    factors: tuple[Factor, ...]
    weight: int

    def shown(self, lang: str) -> str:
        groups = sorted({g for f in self.factors for g in f.groups})
        extra = [t("report.times", lang, n=len(self.factors))] if len(self.factors) > 1 else []
        extra += [", ".join(t(f"group.{g}", lang).lower() for g in groups)] if groups else []
        return word_safe(self.text) + (f" ({'; '.join(extra)})" if extra else "")


def weighed(data: LabData, factors: Iterable[Factor]) -> list[Weighed]:
    """The factors merged by wording and ranked by weight: how often they were coded, how
    many learning questions rest on them, how many stakeholder groups raised them, and
    whether a quote or a source backs them."""
    cited = Counter(i for q in data.questions for i in q.factor_ids)
    merged: dict[tuple[str, FactorKind], list[Factor]] = {}
    for factor in factors:
        key = (" ".join(factor.text.casefold().split()), factor.kind)
        merged.setdefault(key, []).append(factor)
    found = []
    for (_, kind), same in merged.items():
        groups = {g for f in same for g in f.groups}
        weight = (
            2 * len(same)
            + 3 * sum(cited[f.id] for f in same)
            + len(groups)
            + any(f.quote for f in same)
            + any(f.source_id for f in same)
        )
        found.append(Weighed(same[0].text, kind, tuple(same), weight))
    found.sort(key=lambda w: (-w.weight, w.factors[0].created, w.text))
    return found


def primary_theme(factor: Factor) -> str:
    return factor.themes[0] if factor.themes else ""


def themes_of(data: LabData, factors: Iterable[Factor]) -> list[str]:
    used = {primary_theme(f) for f in factors}
    return [th for th in data.book.ids if th in used] + sorted(used - set(data.book.ids))


def theme_name(data: LabData, theme: str, lang: str) -> str:
    return data.book.label(theme, lang) if theme else t("report.no_theme", lang)


def main_factors_table(
    data: LabData, factors: list[Factor], lang: str, caption: str, limit: int = MAIN_PER_SIDE
) -> Table:
    """Per theme the main enablers and barriers (by weight), and how many more there are."""

    def cell(items: list[Weighed]) -> str:
        if not items:
            return "—"
        lines = [f"• {w.shown(lang)}" for w in items[:limit]]
        rest = sum(len(w.factors) for w in items[limit:])
        if rest:
            lines.append(t("report.and_more", lang, n=rest))
        return "\n".join(lines)

    rows = []
    for theme in themes_of(data, factors):
        ranked = weighed(data, (f for f in factors if primary_theme(f) == theme))
        rows.append(
            (
                theme_name(data, theme, lang),
                cell([w for w in ranked if w.kind is FactorKind.ENABLER]),
                cell([w for w in ranked if w.kind is FactorKind.BARRIER]),
            )
        )
    return Table(
        columns=(
            t("report.col.theme", lang),
            t("factor_kind.enabler", lang),
            t("factor_kind.barrier", lang),
        ),
        rows=tuple(rows),
        caption=caption,
        total=(
            t("report.total", lang),
            t("report.count.enablers", lang, n=sum(f.kind is FactorKind.ENABLER for f in factors)),
            t("report.count.barriers", lang, n=sum(f.kind is FactorKind.BARRIER for f in factors)),
        ),
    )


def factor_chart(data: LabData, factors: list[Factor], lang: str, caption: str) -> Figure | None:
    frame = figures.theme_counts(factors, data.book, lang)
    if frame.empty:
        return None
    return Figure(
        lambda: figures.theme_bars(frame, lang),
        caption,
        width_cm=15.0,
        alt_text=figures.theme_alt(frame, lang),
    )


def factor_list(data: LabData, factors: list[Factor], lang: str, title: str) -> Section:
    """The full list of a set of factors for an appendix; a very long one is left to the
    export, with a note that says where to find it."""
    if len(factors) > FULL_LIST_LIMIT:
        return section(
            "", title, [Note(t("report.full_list_in_export", lang, n=len(factors)))], level=2
        )
    rows = []
    for theme in themes_of(data, factors):
        for w in weighed(data, (f for f in factors if primary_theme(f) == theme)):
            rows.append(
                (theme_name(data, theme, lang), t(f"factor_kind.{w.kind}", lang), w.shown(lang))
            )
    return section(
        "",
        title,
        [
            Table(
                columns=(
                    t("report.col.theme", lang),
                    t("report.col.kind", lang),
                    t("report.col.factor", lang),
                ),
                rows=tuple(rows),
                caption=title,
            )
        ],
        level=2,
    )


def construct_label(protocol: Protocol, construct: str, lang: str) -> str:
    """A scale by its name for readers: the label in the texts, else the title of the part
    of the instrument its statements are in, else the id in words."""
    key = f"construct.{construct}"
    if key in TEXT:
        return t(key, lang)
    for part in protocol.sections:
        if any(q.construct == construct for q in part.questions):
            title = part.title.get(lang) or part.title.get("nl") or ""
            if title:
                return word_safe(title)
    return construct.replace("_", " ").capitalize()


def open_answer_blocks(released: list, lang: str) -> list[Block]:
    """Reviewed open answers under the question they answer; the same answer given by
    several respondents once, with how often."""
    if not released:
        return []
    blocks: list[Block] = [Paragraph(t("report.open_answers", lang, n=len(released)))]
    by_question: dict[str, list] = {}
    for answer in released:
        by_question.setdefault(answer.question.id, []).append(answer)
    for answers in by_question.values():
        question = answers[0].question
        blocks.append(Paragraph("", bold_lead=word_safe(question.label.get(lang, ""))))
        counted = Counter(" ".join(a.text.split()) for a in answers)
        for text, n in counted.items():
            shown = f"{word_safe(text)}" + (f" ({t('report.times', lang, n=n)})" if n > 1 else "")
            blocks.append(Quote(shown))
    return blocks


def has_more(data: LabData, factors: list[Factor], limit: int = MAIN_PER_SIDE) -> bool:
    """Whether a table of main factors leaves some out."""
    for theme in themes_of(data, factors):
        ranked = weighed(data, (f for f in factors if primary_theme(f) == theme))
        for kind in FactorKind:
            if sum(w.kind is kind for w in ranked) > limit:
                return True
    return False


def reader_notes(data: LabData, lang: str) -> list[Block]:
    """What a reader needs before the figures: what the stakeholder codes stand for and, in
    an English report of a Dutch lab, that the lab's own words stay Dutch."""
    notes: list[Block] = []
    legend = code_legend(data, lang)
    if legend:
        notes.append(Note(t("report.code_legend", lang, legend=legend)))
    if lang != data.lab.language:
        language = t(f"language.{data.lab.language}", lang)
        notes.append(Note(t("report.source_language", lang, language=language)))
    return notes
