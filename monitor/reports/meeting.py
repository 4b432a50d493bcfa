"""The steering meeting pack: a few pages to read before the meeting. What is new since the
last one, which learning questions are open, what is late, what needs a decision, and how the
last prioritisation vote came out."""

from __future__ import annotations

from collections import Counter

from monitor import agenda, derive, meetings
from monitor.i18n import t
from monitor.model import ActionStatus, QuestionStatus
from monitor.reports import figures, parts
from monitor.reports.data import LabData, day, stamp, word_safe, wording
from monitor.reports.structure import Block, Bullets, Figure, Paragraph, Report, Table, section

SECTIONS = ("summary", "since", "questions", "actions", "overdue", "decisions", "votes")


def build(data: LabData, lang: str, chosen: tuple[str, ...] = SECTIONS) -> Report:
    closed = [m for m in data.meetings if m.closed]
    last = max(closed, key=lambda m: m.closed, default=None)
    cutoff = last.closed if last else ""
    makers = {
        "summary": lambda: section(
            "summary",
            t("report.section.introduction", lang),
            parts.narrative_blocks(data, "meeting", "", "summary"),
        ),
        "since": lambda: _since(data, cutoff, lang),
        "questions": lambda: _questions(data, lang),
        "actions": lambda: _actions(data, lang),
        "overdue": lambda: _overdue(data, lang),
        "decisions": lambda: _decisions(data, lang),
        "votes": lambda: _votes(data, lang),
    }
    built = tuple(s for key in SECTIONS if key in chosen if not (s := makers[key]()).empty)
    return Report(
        kind="meeting",
        lang=lang,
        title=t("report.title.meeting", lang),
        subtitle=word_safe(data.lab.name),
        cover=(
            (t("report.cover.date", lang), day(data.today, lang)),
            (
                t("report.cover.since", lang),
                stamp(cutoff, lang) if cutoff else t("report.first_meeting", lang),
            ),
        ),
        sections=built,
        contents=False,
    )


def _since(data: LabData, cutoff: str, lang: str) -> object:
    new_sources = [s for s in data.sources.values() if s.created > cutoff]
    new_factors = [f for f in data.factors if f.created > cutoff]
    done = [a for a in data.actions if a.status is ActionStatus.DONE and a.updated > cutoff]
    blocks: list[Block] = []
    if new_sources:
        kinds = Counter(s.kind for s in new_sources)
        blocks.append(
            Paragraph(
                t(
                    "report.since.sources",
                    lang,
                    n=len(new_sources),
                    kinds=", ".join(
                        f"{n} × {t(f'source_kind.{k}', lang).lower()}"
                        for k, n in kinds.most_common()
                    ),
                )
            )
        )
    if new_factors:
        blocks.append(Paragraph("", bold_lead=t("report.since.factors", lang, n=len(new_factors))))
        blocks.append(
            Bullets(
                tuple(
                    f"{t(f'factor_kind.{f.kind}', lang)} · {_theme(data, f.themes, lang)}: "
                    + word_safe(f.text)
                    for f in sorted(new_factors, key=lambda f: (f.kind.value, f.created))
                )
            )
        )
    if done:
        blocks.append(parts.actions_table(data, done, lang, t("report.caption.done", lang)))
    return section(
        "since",
        t("report.section.since", lang),
        blocks,
        empty_note=t("report.empty.since", lang),
    )


def _questions(data: LabData, lang: str) -> object:
    ordered = meetings.agenda_order(data.lab, data.questions)
    open_actions = Counter(
        a.question_id for a in data.actions if a.status not in agenda.DONE_STATES
    )
    table = Table(
        columns=(
            t("report.col.question", lang),
            t("report.col.theme", lang),
            t("report.col.status", lang),
            t("report.col.open_actions", lang),
        ),
        rows=tuple(
            (
                word_safe(wording(q, lang)),
                data.book.label(q.theme, lang),
                t(f"status.{q.status}", lang),
                str(open_actions[q.id]),
            )
            for q in ordered
        ),
        caption=t("report.caption.open_questions", lang),
        widths=(6, 2, 1.5, 1),
    )
    return section(
        "questions",
        t("report.section.open_questions", lang),
        [table] if ordered else [],
        empty_note=t("report.empty.questions", lang),
    )


def _actions(data: LabData, lang: str) -> object:
    """Actions agreed month by month, coloured by where they stand, with the totals."""
    frame = figures.action_counts(data.actions, lang)
    if frame.empty:
        return section(
            "actions",
            t("report.section.actions", lang),
            [],
            empty_note=t("report.empty.actions", lang),
        )
    status = Counter(a.status for a in data.actions)
    overdue = sum(agenda.is_overdue(a, data.today) for a in data.actions)
    blocks: list[Block] = [
        Figure(
            lambda: figures.action_bars(frame, lang),
            t("report.caption.actions_time", lang),
            width_cm=15.0,
            alt_text=figures.action_alt(frame, lang),
        ),
        Table(
            columns=(t("report.col.status", lang), t("report.col.count", lang)),
            rows=tuple(
                (t(f"action_status.{s}", lang), str(status[s])) for s in ActionStatus if status[s]
            )
            + ((t("actions.overdue", lang), str(overdue)),),
            caption=t("report.caption.actions_status", lang),
            total=(t("report.total", lang), t("count.actions", lang, n=len(data.actions))),
        ),
    ]
    return section("actions", t("report.section.actions", lang), blocks)


def _overdue(data: LabData, lang: str) -> object:
    late = [a for a in data.actions if agenda.is_overdue(a, data.today)]
    return section(
        "overdue",
        t("report.section.overdue", lang),
        [parts.actions_table(data, late, lang, t("report.caption.overdue", lang))] if late else [],
        empty_note=t("report.empty.overdue", lang),
    )


def _decisions(data: LabData, lang: str) -> object:
    """What only the steering group can settle: drafts to accept, follow-up that is missing."""
    proposals = agenda.ranked_drafts(
        data.lab, data.factors, data.questions, data.actions, data.today
    )
    waiting = agenda.prompts(
        data.lab, data.questions, data.actions, data.factors, data.today, proposals
    )
    lines = [parts.prompt_text(data, p, lang) for p in waiting if p.kind != "overdue"]
    blocks: list[Block] = []
    if proposals:
        blocks.append(Paragraph("", bold_lead=t("report.decide.drafts", lang, n=len(proposals))))
        after = [p for p in proposals if p.kind == derive.ANCHOR]
        shown, folded = derive.top([p for p in proposals if p.kind != derive.ANCHOR])
        blocks.append(Bullets(tuple(_proposal_line(data, p, lang) for p in shown)))
        if folded:
            themes = ", ".join(dict.fromkeys(data.book.label(p.theme, lang) for p in folded))
            blocks.append(
                Paragraph(
                    word_safe(t("questions.more_drafts_pack", lang, n=len(folded), themes=themes))
                )
            )
        if after:
            blocks.append(Paragraph("", bold_lead=t("report.decide.after_project", lang)))
            blocks.append(Bullets(tuple(_proposal_line(data, p, lang) for p in after)))
    if lines:
        blocks.append(Paragraph("", bold_lead=t("report.decide.follow_up", lang)))
        blocks.append(Bullets(tuple(lines)))
    answered_open = [
        q for q in data.questions if q.status is QuestionStatus.IN_PROGRESS and q.answer
    ]
    if answered_open:
        blocks.append(Paragraph("", bold_lead=t("report.decide.close", lang)))
        blocks.append(Bullets(tuple(word_safe(wording(q, lang)) for q in answered_open)))
    return section(
        "decisions",
        t("report.section.decisions", lang),
        blocks,
        empty_note=t("report.empty.decisions", lang),
    )


def _proposal_line(data: LabData, p: derive.Proposal, lang: str) -> str:
    """Theme, question, and why it is on top: 'Capaciteit: Wat is ...? (hardnekkig, 3 bronnen)'."""
    line = f"{data.book.label(p.theme, lang)}: " + word_safe(
        p.question.get(lang) or p.question.get("nl", "")
    )
    reasons = derive.reason_texts(p, lang)
    return line + (f" ({', '.join(reasons)})" if reasons else "")


def _votes(data: LabData, lang: str) -> object:
    closed = [v for v in data.votes if v.closed]
    last = max(closed, key=lambda v: v.closed, default=None)
    if last is None:
        return section(
            "votes", t("report.section.votes", lang), [], empty_note=t("report.empty.votes", lang)
        )
    questions = {q.id: q for q in data.questions}
    table = Table(
        columns=(t("report.col.question", lang), t("report.col.votes", lang)),
        rows=tuple(
            (word_safe(wording(questions[q], lang)) if q in questions else "—", str(n))
            for q, n in meetings.ranking(last)
        ),
        caption=t(
            "report.caption.votes", lang, date=stamp(last.closed, lang), voters=len(last.ballots)
        ),
        widths=(6, 1),
    )
    return section("votes", t("report.section.votes", lang), [table])


def _theme(data: LabData, themes: tuple[str, ...], lang: str) -> str:
    return data.book.label(themes[0], lang) if themes else "—"
