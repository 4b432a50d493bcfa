"""The programme report and the national meeting report, built from the structure blocks of
monitor/reports (the same Word and PDF writers as a lab's reports). What they hold is what the
programme may see: counts per theme, the programme's own questions and meetings, and what the
labs shared, each with the lab's name; never a source, a person or an answer."""

from __future__ import annotations

import datetime as dt

from monitor import wording
from monitor.access import User
from monitor.i18n import t
from monitor.model import NationalMeeting, Programme, QuestionStatus
from monitor.programme import agenda, crosslab, meeting, permissions, setup
from monitor.reports.data import day, word_safe
from monitor.reports.structure import Bullets, Figure, Note, Paragraph, Report, Table, section
from monitor.store_api import StoreAPI

MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def file_name(programme: Programme, kind: str, lang: str, suffix: str = "docx") -> str:
    slug = "".join(c if c.isalnum() else "-" for c in programme.name.casefold())
    slug = "-".join(part for part in slug.split("-") if part)[:40] or "programme"
    return f"{slug}-{t(f'programme.file.{kind}', lang)}.{suffix}"


def build(
    store: StoreAPI, user: User, programme_id: str, lang: str, today: dt.date | None = None
) -> Report:
    """The programme report: the agenda with its priorities, the cross-lab picture per pillar,
    what the table sessions of national meetings produced, and the shared lessons."""
    programme = permissions.programme_for(store, user, programme_id)
    view = crosslab.view(store, programme)
    found = [
        q for q in agenda.questions(store, programme) if q.status is not QuestionStatus.REJECTED
    ]
    by_id = {q.id: q for q in found}
    names = {lab.id: lab.name for lab in view.labs}
    pool = agenda.evidence(store, programme)
    sections = [
        section(
            "summary",
            t("programme.report.summary", lang),
            [
                Paragraph(
                    t(
                        "programme.report.summary_text",
                        lang,
                        n=len(view.labs),
                        regions=t(
                            "programme.count_regions",
                            lang,
                            n=len({lab.region for lab in view.labs if lab.region}),
                        ),
                        questions=t("programme.count_questions", lang, n=len(found)),
                    )
                ),
                *([Paragraph(word_safe(programme.description))] if programme.description else []),
            ],
        ),
        _agenda(store, programme, view, found, by_id, names, pool, lang),
        _picture(programme, view, names, lang),
        _tables(store, programme, lang),
        _lessons(programme, view, lang),
    ]
    return Report(
        kind="programme",
        lang=lang,
        title=t("programme.report.title", lang),
        subtitle=word_safe(programme.name),
        cover=(
            (t("report.cover.date", lang), day(today or dt.date.today(), lang)),
            (t("programme.report.cover_labs", lang), str(len(view.labs))),
        ),
        sections=tuple(s for s in sections if not s.empty),
    )


def _agenda(store, programme, view, found, by_id, names, pool, lang):
    ranked = agenda.priorities(store, programme)
    blocks: list = []
    if ranked:
        blocks.append(Paragraph(t("programme.report.priorities_lead", lang)))
        blocks.append(
            Table(
                (
                    t("programme.col_rank", lang),
                    t("programme.col_item", lang),
                    t("programme.col_points", lang),
                ),
                tuple(
                    (
                        str(p.rank),
                        word_safe(agenda.item_label(programme, p.item, by_id, lang)),
                        str(p.points),
                    )
                    for p in ranked
                ),
                t("programme.report.priorities_caption", lang),
            )
        )
    children = []
    for theme in programme.themes:
        mine = [q for q in found if q.theme == theme.id]
        if not mine:
            continue
        items = []
        for question in mine:
            backing = agenda.backing(store, programme, question, view, lang, pool)
            owner = names.get(question.owner, t("programme.owner_team", lang))
            labs = ", ".join(backing.lab_names) or "—"
            items.append(
                f"{word_safe(wording.in_language(question.text, lang))} "
                f"({t(f'status.{question.status.value}', lang)}; "
                f"{t('programme.owner', lang)}: {word_safe(owner)}; "
                f"{t('programme.labs_behind', lang)}: {word_safe(labs)})"
            )
        children.append(
            section(
                "",
                word_safe(setup.label(theme, lang)),
                [Bullets(tuple(items))],
                level=2,
            )
        )
    return section(
        "agenda",
        t("programme.report.agenda", lang),
        blocks,
        children,
        empty_note=t("programme.report.agenda_none", lang),
    )


def _picture(programme, view, names, lang):
    children = []
    for pillar_id, rows in view.by_pillar():
        if not rows:
            continue
        table = Table(
            (
                t("programme.col_theme", lang),
                t("programme.col_labs", lang),
                t("programme.col_barrier_labs", lang),
                t("programme.col_enabler_labs", lang),
                t("programme.col_persistent", lang),
            ),
            tuple(
                (
                    word_safe(setup.label(programme.theme(r.theme), lang)),
                    str(r.labs),
                    str(r.barrier_labs),
                    str(r.enabler_labs),
                    str(len(r.persistent_lab_ids)),
                )
                for r in rows
            ),
            t(
                "programme.report.pillar_caption",
                lang,
                pillar=setup.label(programme.pillar(pillar_id), lang),
            ),
        )
        persistent = [
            t(
                "programme.persistent_line",
                lang,
                theme=setup.label(programme.theme(r.theme), lang),
                labs=", ".join(sorted(names[i] for i in r.persistent_lab_ids if i in names)),
                n=len(r.persistent_lab_ids),
            )
            for r in rows
            if r.persistent
        ]
        blocks = [
            table,
            *([Bullets(tuple(word_safe(p) for p in persistent))] if persistent else []),
        ]
        children.append(
            section("", word_safe(setup.label(programme.pillar(pillar_id), lang)), blocks, level=2)
        )
    figure = Figure(
        lambda: crosslab.heatmap(view, lang),
        t("programme.heatmap_caption", lang),
        alt_text=t("programme.report.heatmap_alt", lang, n=len(view.labs)),
    )
    return section(
        "picture",
        t("programme.report.picture", lang),
        [Paragraph(t("programme.report.picture_lead", lang)), figure] if view.labs else [],
        children,
        empty_note=t("programme.no_labs", lang),
    )


def _table_blocks(found: meeting.Results, programme: Programme, lang: str) -> list:
    children = []
    for session in found.tables:
        bullets = []
        for mark in meeting.MARKS:
            entries = found.entries(session.number, mark)
            if entries:
                bullets.append(Paragraph("", bold_lead=t(f"programme.mark_plural.{mark}", lang)))
                bullets.append(Bullets(tuple(word_safe(e.text) for e in entries)))
        title = t(
            "programme.table_title",
            lang,
            number=session.number,
            theme=setup.label(programme.theme(session.theme), lang),
        )
        children.append(
            section(
                "",
                word_safe(title),
                bullets,
                level=3,
                empty_note=t("programme.table_empty", lang),
            )
        )
    return children


def _tables(store, programme, lang):
    children = []
    for found in meeting.meetings(store, programme):
        results = meeting.results(store, found)
        title = f"{word_safe(found.title)} ({day(found.date, lang)})"
        children.append(
            section(
                "",
                title,
                [Paragraph(t("programme.report.ballots", lang, n=results.ballots))],
                _table_blocks(results, programme, lang),
                level=2,
            )
        )
    return section(
        "tables",
        t("programme.report.tables", lang),
        [],
        children,
        empty_note=t("programme.report.tables_none", lang),
    )


def _lessons(programme, view, lang):
    children = []
    for theme in programme.themes:
        mine = view.shared_of(theme.id)
        if not mine:
            continue
        items = tuple(
            f"{t(f'share_kind.{kind.value}', lang)}: {word_safe(wording_)} "
            f"({word_safe(', '.join(labs))})"
            for kind, wording_, labs in crosslab.same_texts(mine, lang)
        )
        children.append(section("", word_safe(setup.label(theme, lang)), [Bullets(items)], level=2))
    return section(
        "lessons",
        t("programme.lessons_title", lang),
        [],
        children,
        empty_note=t("programme.lessons_none", lang),
    )


def meeting_report(store: StoreAPI, user: User, meeting_id: str, lang: str) -> Report:
    """The report of one national meeting: the prioritisation and what each table said."""
    found = store.record(None, NationalMeeting, meeting_id)
    programme = permissions.programme_for(store, user, found.programme_id)
    results = meeting.results(store, found)
    by_id = {q.id: q for q in agenda.questions(store, programme)}
    ranked = [(agenda.item_label(programme, item, by_id, lang), n) for item, n in results.ranking]
    from monitor import charts

    vote_blocks: list = [Paragraph(t("programme.report.ballots", lang, n=results.ballots))]
    if results.ballots:
        vote_blocks += [
            Table(
                (
                    t("programme.col_rank", lang),
                    t("programme.col_item", lang),
                    t("programme.col_points", lang),
                ),
                tuple(
                    (str(i + 1), word_safe(label), str(n)) for i, (label, n) in enumerate(ranked)
                ),
                t("programme.report.priorities_caption", lang),
            ),
            Figure(
                lambda: charts.vote_bars(ranked, width=50),
                t("programme.report.vote_caption", lang),
                alt_text=t("programme.report.ballots", lang, n=results.ballots),
            ),
        ]
    else:
        vote_blocks.append(Note(t("programme.report.no_ballots", lang)))
    return Report(
        kind="programme_meeting",
        lang=lang,
        title=t("programme.report.meeting_title", lang),
        subtitle=word_safe(f"{programme.name}: {found.title}"),
        cover=((t("report.cover.date", lang), day(found.date, lang)),),
        sections=(
            section("vote", t("programme.report.vote", lang), vote_blocks),
            section(
                "tables",
                t("programme.report.tables", lang),
                [],
                _table_blocks(results, programme, lang),
                empty_note=t("programme.report.tables_none", lang),
            ),
        ),
        contents=False,
    )
