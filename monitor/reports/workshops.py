"""The workshop appendix of the final report: per workshop what the room said, as tables and
charts, anonymous (phones are never named)."""

from __future__ import annotations

from collections.abc import Iterable

from monitor import workshops
from monitor.i18n import t
from monitor.model import Workshop, WorkshopKind
from monitor.reports.data import day, word_safe
from monitor.reports.structure import Bullets, Figure, Note, Paragraph, Section, Table, section


def appendix(found: Iterable[Workshop], lang: str) -> Section:
    """One sub-section per workshop, oldest first; a note when there were none."""
    chosen = sorted(found, key=lambda w: (w.date, w.created))
    children = [_one(w, lang) for w in chosen]
    reflections = [w for w in chosen if w.kind is WorkshopKind.REFLECTION]
    blocks = []
    if len({w.id for w in reflections if any(s.n for s in workshops.spread(w))}) > 1:
        points = [p for w in reflections for p in _points(w)]
        blocks.append(
            Figure(
                lambda: workshops.trend_chart(points, lang),
                t("report.workshops.trend_caption", lang),
            )
        )
    return section(
        "workshops",
        t("report.workshops.title", lang),
        [Paragraph(t("report.workshops.lead", lang, n=len(chosen)))] + blocks if chosen else [],
        children,
        empty_note=t("report.workshops.none", lang),
    )


def _points(workshop: Workshop) -> list[workshops.TrendPoint]:
    return [
        workshops.TrendPoint(workshop.id, workshop.date, s.question, s.median, s.n)
        for s in workshops.spread(workshop)
        if s.n
    ]


def _one(workshop: Workshop, lang: str) -> Section:
    title = f"{word_safe(workshops.heading(workshop, lang))} ({day(workshop.date, lang)})"
    lead = Paragraph(t("workshop.phones", lang, n=workshops.participants(workshop)))
    blocks: list = [lead]
    if workshop.kind is WorkshopKind.TIMELINE:
        marked = [m for m in workshops.moments(workshop) if any(m.marks.values())]
        contested = [m for m in marked if m.contested]
        if contested:
            blocks.append(Paragraph(t("workshop.contested_count", lang, n=len(contested))))
            blocks.append(
                Bullets(tuple(word_safe(workshops.event_label(m.event, lang)) for m in contested))
            )
        rows = tuple(
            (
                day(m.event.date, lang),
                word_safe(workshops.event_label(m.event, lang)),
                t(f"workshop.mark.{mark}", lang),
                word_safe(reason),
            )
            for m in marked
            for mark, reason in m.reasons
        )
        if rows:
            blocks.append(
                Figure(lambda: workshops.timeline_chart(workshop, lang), _caption(workshop, lang))
            )
            blocks.append(
                Table(
                    (
                        t("workshop.date", lang),
                        t("workshop.moment", lang),
                        t("workshop.what_moment", lang),
                        t("workshop.reason", lang),
                    ),
                    rows,
                    t("report.workshops.marks_caption", lang),
                    widths=(2, 5, 2.5, 6),
                )
            )
    elif workshop.kind is WorkshopKind.REFLECTION:
        spreads = [s for s in workshops.spread(workshop) if s.n]
        if spreads:
            blocks.append(
                Figure(lambda: workshops.spread_chart(workshop, lang), _caption(workshop, lang))
            )
            blocks.append(
                Table(
                    (
                        t("workshop.question", lang),
                        t("report.workshops.median", lang),
                        t("report.workshops.range", lang),
                        t("report.workshops.reasons", lang),
                    ),
                    tuple(
                        (
                            t(f"workshop.q.{s.question}", lang),
                            workshops.number(s.median, lang),
                            f"{min(s.scores)}–{max(s.scores)}",
                            "; ".join(word_safe(r) for _, r in s.reasons) or "—",
                        )
                        for s in spreads
                    ),
                    t("report.workshops.scores_caption", lang),
                    widths=(5, 2, 2, 7),
                )
            )
    elif workshop.kind is WorkshopKind.SYSTEM:
        rows = tuple(
            (
                t(f"workshop.char.{row}", lang),
                t(f"group.{actor}", lang),
                t(f"workshop.polarity.{e.mark}", lang),
                word_safe(e.text),
            )
            for (row, actor), entries in workshops.matrix(workshop).items()
            for e in entries
        )
        if rows:
            blocks.append(
                Table(
                    (
                        t("workshop.characteristic", lang),
                        t("workshop.actor", lang),
                        t("report.workshops.kind", lang),
                        t("workshop.entry", lang),
                    ),
                    rows,
                    t("report.workshops.matrix_caption", lang),
                    widths=(4, 3.5, 3, 7),
                )
            )
    else:
        rows = tuple((word_safe(e.text), word_safe(e.action) or "—") for e in workshop.entries)
        if rows:
            blocks.append(
                Table(
                    (t("workshop.eye_opener", lang), t("workshop.own_action", lang)),
                    rows,
                    t("report.workshops.eye_caption", lang),
                    widths=(1, 1),
                )
            )
    if len(blocks) == 1:
        blocks.append(Note(t("workshop.empty", lang)))
    return Section("", title, tuple(blocks), (), level=2)


def _caption(workshop: Workshop, lang: str) -> str:
    return t(
        f"report.workshops.figure.{workshop.kind.value}", lang, title=word_safe(workshop.title)
    )
