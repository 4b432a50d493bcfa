"""What a report is made of, before it becomes Word: sections holding paragraphs, lists,
tables and figures. The builders fill it from the lab's data, the page previews it and
`word.render` writes it, so what the researcher sees in the app is what the .docx holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import altair as alt

from monitor.i18n import t


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold_lead: str = ""  # a bold opening, e.g. the learning question before its details


@dataclass(frozen=True)
class Note:
    """Why a section has no content, or what was left out (shown in italics)."""

    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Quote:
    text: str


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str
    widths: tuple[float, ...] = ()  # ignored: widths are computed from the content
    total: tuple[str, ...] = ()  # a closing row in bold ("Totaal", "", "10 personen")


@dataclass(frozen=True)
class Figure:
    """A chart rendered to PNG only when the Word file is written."""

    chart: Callable[[], alt.TopLevelMixin]
    caption: str
    width_cm: float = 16.0
    alt_text: str = ""  # what the chart shows, for readers who cannot see it


Block = Paragraph | Note | Bullets | Quote | Table | Figure


@dataclass(frozen=True)
class Section:
    key: str  # the section the researcher can leave out; "" for sub-sections
    title: str
    blocks: tuple[Block, ...] = ()
    children: tuple[Section, ...] = ()
    level: int = 1

    @property
    def empty(self) -> bool:
        return not self.blocks and all(c.empty for c in self.children)


@dataclass(frozen=True)
class Report:
    kind: str  # phase | meeting | final
    lang: str
    title: str
    subtitle: str
    cover: tuple[tuple[str, str], ...]  # label, value lines under the title
    sections: tuple[Section, ...]
    contents: bool = True  # a table of contents after the cover
    numbered: bool = True  # headings numbered 1, 1.1, 1.1.1
    author: str = ""  # the researcher, for the document properties
    notes: tuple[str, ...] = field(default=())  # warnings for the researcher, not printed

    def outline(self) -> list[tuple[int, str, str]]:
        """(level, title, what it holds) for every section: the preview in the app."""
        lines: list[tuple[int, str, str]] = []

        def walk(section: Section) -> None:
            lines.append((section.level, section.title, describe(section.blocks, self.lang)))
            for child in section.children:
                walk(child)

        for section in self.sections:
            walk(section)
        return lines


def describe(blocks: tuple[Block, ...], lang: str) -> str:
    """What a section holds, in words: "2 paragraphs · 1 table (5 rows) · 1 figure"."""
    paragraphs = sum(isinstance(b, Paragraph | Quote | Bullets) for b in blocks)
    tables = [b for b in blocks if isinstance(b, Table)]
    figures = sum(isinstance(b, Figure) for b in blocks)
    parts = []
    if paragraphs:
        parts.append(t("reports.holds.text", lang, n=paragraphs))
    if tables:
        rows = sum(len(b.rows) for b in tables)
        parts.append(t("reports.holds.tables", lang, n=len(tables), rows=rows))
    if figures:
        parts.append(t("reports.holds.figures", lang, n=figures))
    parts += [b.text for b in blocks if isinstance(b, Note)]
    return " · ".join(parts)


def section(
    key: str,
    title: str,
    blocks: list[Block] | tuple[Block, ...] = (),
    children: list[Section] | tuple[Section, ...] = (),
    *,
    level: int = 1,
    empty_note: str = "",
) -> Section:
    """A section; with nothing in it, the note says so instead of leaving a bare heading."""
    built = Section(key, title, tuple(blocks), tuple(c for c in children if not c.empty), level)
    if built.empty and empty_note:
        return Section(key, title, (Note(empty_note),), (), level)
    return built
