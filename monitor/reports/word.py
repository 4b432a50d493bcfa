"""A report as a Word document (python-docx): Word's own styles, so the navigation pane,
the table of contents and a corporate template all work; numbered headings and captions;
a contents page that already lists the headings (Word, LibreOffice and a PDF show it without
updating fields); tables whose column widths follow their content, so no word is broken."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph

from monitor import charts
from monitor.i18n import t
from monitor.reports.data import word_safe
from monitor.reports.structure import (
    Block,
    Bullets,
    Figure,
    Note,
    Paragraph,
    Quote,
    Report,
    Section,
    Table,
)

PAGE_CM = (21.0, 29.7)  # A4
MARGIN_CM = 2.5
TEXT_WIDTH_CM = PAGE_CM[0] - 2 * MARGIN_CM  # 16 cm
LANDSCAPE_WIDTH_CM = PAGE_CM[1] - 2 * MARGIN_CM  # 24.7 cm
TABLE_STYLE_ID = "LightList-Accent1"  # "Light List Accent 1" of Word's built-in styles
PROOFING = {"nl": "nl-NL", "en": "en-GB"}
GREY = RGBColor(0x59, 0x59, 0x59)
FONT = "Calibri"  # Word's default; LibreOffice uses the metric-compatible Carlito
BODY_PT = 10.5
TABLE_PT = (9.5, 8.5, 8.0)  # a table's font size, smaller when the columns do not fit
CELL_PADDING_CM = 0.42  # left and right cell margins plus some air
# An average character of Calibri is about half an em wide; digits and capitals are wider, so
# measure with a little more, and bold header text with more still.
CHAR_EM = 0.52
BOLD = 1.08
SHORT_CELL = 28  # cells up to this many characters stay on one line when the width allows


def render(
    report: Report,
    chart_png: Callable[[object], bytes | None] = charts.png,
    *,
    pages: dict[str, int] | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The .docx bytes of a report. `chart_png` turns an Altair chart into PNG bytes, or None
    when no renderer is available; the figure then becomes a note. `pages` (heading bookmark
    to page number, from a first PDF rendering) fills the page numbers of the contents."""
    doc = Document()
    _page_setup(doc, report, now or dt.datetime.now(dt.UTC))
    headings = number_headings(report)
    _cover(doc, report)
    if report.contents and headings:
        _contents(doc, report.lang, headings, pages or {})
    writer = _Writer(doc, report.lang, chart_png, iter(headings))
    for part in report.sections:
        writer.section(part)
    _footer(doc, report)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class Heading:
    level: int
    number: str  # "2.1", or "" when headings are not numbered
    title: str
    bookmark: str

    @property
    def text(self) -> str:
        return f"{self.number} {self.title}" if self.number else self.title


def number_headings(report: Report) -> list[Heading]:
    """Every heading in document order with its number (1, 1.1, 1.1.1) and bookmark."""
    found: list[Heading] = []

    def walk(part: Section, prefix: str, position: int) -> None:
        number = f"{prefix}{position}" if report.numbered else ""
        level = min(part.level, 3)
        found.append(Heading(level, number, word_safe(part.title), f"_Toc{len(found) + 1:06d}"))
        for i, child in enumerate(part.children, start=1):
            walk(child, f"{number}.", i)

    for i, part in enumerate(report.sections, start=1):
        walk(part, "", i)
    return found


class _Writer:
    def __init__(self, doc: DocumentType, lang: str, chart_png: Callable, headings) -> None:
        self.doc, self.lang, self.chart_png, self.headings = doc, lang, chart_png, headings
        self.tables = self.figures = 0
        self.bookmarks = 0

    def section(self, part: Section) -> None:
        heading = next(self.headings)
        paragraph = _styled(self.doc, heading.text, f"Heading{heading.level}")
        self.bookmarks += 1
        _bookmark(paragraph, heading.bookmark, self.bookmarks)
        for block in part.blocks:
            self.block(block)
        for child in part.children:
            self.section(child)

    def block(self, block: Block) -> None:
        doc = self.doc
        if isinstance(block, Paragraph):
            paragraph = doc.add_paragraph()
            if block.bold_lead:
                paragraph.add_run(word_safe(block.bold_lead)).bold = True
                if block.text:
                    paragraph.add_run(" ")
            if block.text:
                paragraph.add_run(word_safe(block.text))
        elif isinstance(block, Note):
            run = doc.add_paragraph().add_run(word_safe(block.text))
            run.italic, run.font.color.rgb = True, GREY
        elif isinstance(block, Bullets):
            for item in block.items:
                _styled(doc, word_safe(item), "ListBullet")
        elif isinstance(block, Quote):
            _styled(doc, f"“{word_safe(block.text)}”", "Quote")
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)

    def table(self, block: Table) -> None:
        layout = table_layout(block)
        if layout.landscape:
            _orient(self.doc, landscape=True)
        self.tables += 1
        _caption(self.doc, t("report.word.table", self.lang), self.tables, block.caption)
        rows_in = [block.columns, *block.rows] + ([block.total] if block.total else [])
        table = self.doc.add_table(rows=len(rows_in), cols=len(block.columns))
        table._tbl.tblStyle_val = TABLE_STYLE_ID  # by id: see _styled
        table.autofit = False  # w:tblLayout fixed: Word and LibreOffice keep the widths
        _plain_first_column(table)
        sizes = [Cm(w) for w in layout.widths]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size  # the grid LibreOffice reads; Word reads the cells below
        rows = table.rows
        _repeat_header(rows[0])
        font = Pt(layout.font_pt)
        last = len(rows_in) - 1
        for r, values in enumerate(rows_in):
            for cell, value, size in zip(rows[r].cells, values, sizes, strict=True):
                cell.width = size
                cell.text = word_safe(value)
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.space_after = Pt(0)
                    for run in paragraph.runs:
                        run.font.size = font
                        if block.total and r == last:
                            run.bold = True
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)  # air before what follows
        if layout.landscape:
            _orient(self.doc, landscape=False)

    def figure(self, block: Figure) -> None:
        try:
            picture = self.chart_png(block.chart())
        except Exception:  # noqa: BLE001 - a chart that cannot be drawn must not stop the report
            picture = None
        if picture is None:
            self.block(Note(t("report.no_chart", self.lang, caption=block.caption)))
            return
        shape = self.doc.add_picture(io.BytesIO(picture), width=Cm(block.width_cm))
        _alt_text(shape, block.alt_text or block.caption)
        self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        self.figures += 1
        _caption(self.doc, t("report.word.figure", self.lang), self.figures, block.caption)


# -- table widths -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    widths: tuple[float, ...]  # cm
    font_pt: float
    landscape: bool


def _char_cm(font_pt: float) -> float:
    return font_pt * CHAR_EM * 2.54 / 72


def table_layout(block: Table) -> Layout:
    """Column widths from the content: no column narrower than its longest word, short cells
    (a date, a period, a number) kept on one line, the rest of the width shared by how much
    text each column holds; headers wrap at spaces. When the longest words do not fit, a
    smaller font, then a landscape page."""
    columns = len(block.columns)
    head_word = [0.0] * columns
    body_word = [0.0] * columns
    body_line = [0.0] * columns
    body = [*block.rows, *([block.total] if block.total else [])]
    for c, value in enumerate(block.columns):
        head_word[c] = max((len(w) * BOLD for w in _words(str(value))), default=0.0)
    for row in body:
        weight = BOLD if block.total and row is block.total else 1.0
        for c, value in enumerate(row[:columns]):
            for line in str(value).splitlines() or [""]:
                body_line[c] = max(body_line[c], len(line) * weight)
                for word in _words(line):
                    body_word[c] = max(body_word[c], len(word) * weight)
    if not body:
        body_line = [len(str(v)) * BOLD for v in block.columns]
    tries = [(False, TEXT_WIDTH_CM, True), (False, TEXT_WIDTH_CM, False)]
    tries.append((True, LANDSCAPE_WIDTH_CM, False))
    for landscape, available, keep_short in tries:
        for font_pt in TABLE_PT[:1] if keep_short else TABLE_PT:
            char = _char_cm(font_pt)
            least = [
                max(h, b) * char + CELL_PADDING_CM
                for h, b in zip(head_word, body_word, strict=True)
            ]
            whole = [
                max(m, min(n, SHORT_CELL) * char + CELL_PADDING_CM)
                for m, n in zip(least, body_line, strict=True)
            ]
            base = whole if keep_short else least
            if sum(base) > available:
                continue
            wish = [
                max(w, min(n, 90) * char + CELL_PADDING_CM)
                for w, n in zip(whole, body_line, strict=True)
            ]
            return Layout(_share(base, wish, available), font_pt, landscape)
    char = _char_cm(TABLE_PT[-1])
    least = [max(h, b) * char + CELL_PADDING_CM for h, b in zip(head_word, body_word, strict=True)]
    scale = LANDSCAPE_WIDTH_CM / sum(least)
    return Layout(tuple(w * scale for w in least), TABLE_PT[-1], True)


def _words(text: str) -> list[str]:
    """What cannot be broken: runs between ordinary spaces (a no-break space holds)."""
    return [w for w in text.replace("\t", " ").split(" ") if w]


def _share(least: list[float], wish: list[float], available: float) -> tuple[float, ...]:
    """Give every column its minimum, then the rest in proportion to what it still wants;
    when every wish fits, the spare width goes to the columns with most text."""
    if sum(wish) <= available:
        spare = available - sum(wish)
        total = sum(wish)
        return tuple(w + spare * w / total for w in wish)
    rest = available - sum(least)
    wants = [w - m for m, w in zip(least, wish, strict=True)]
    total = sum(wants) or 1.0
    return tuple(m + rest * want / total for m, want in zip(least, wants, strict=True))


# -- page, cover, contents, footer ------------------------------------------------------------


def _page_setup(doc: DocumentType, report: Report, now: dt.datetime) -> None:
    page = doc.sections[0]
    page.orientation = WD_ORIENT.PORTRAIT
    page.page_width, page.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Cm(MARGIN_CM))
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.font.name = FONT
    properties = normal.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), PROOFING.get(report.lang, "en-GB"))
    properties.append(language)
    for level in (1, 2, 3):
        style = doc.styles[f"Heading {level}"]
        style.paragraph_format.keep_with_next = True
        style.font.name = FONT
    for name in ("Title", "Subtitle", "Caption", "TOC Heading"):
        doc.styles[name].font.name = FONT
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")  # Word refreshes contents and page numbers on opening
    update.set(qn("w:val"), "true")
    settings.append(update)
    no_hyphens = OxmlElement("w:autoHyphenation")
    no_hyphens.set(qn("w:val"), "false")
    settings.append(no_hyphens)
    core = doc.core_properties
    core.title = word_safe(f"{report.title} — {report.subtitle}")
    core.subject = word_safe(report.subtitle)
    core.author = core.last_modified_by = word_safe(report.author) or t(
        "report.word.researcher", report.lang
    )
    core.comments = ""
    core.keywords = ""
    core.category = t(f"report.title.{report.kind}", report.lang)
    core.language = PROOFING.get(report.lang, "en-GB")
    stamp = now.replace(microsecond=0, tzinfo=None)
    core.created = core.modified = stamp
    core.revision = 1


def _cover(doc: DocumentType, report: Report) -> None:
    doc.add_paragraph(word_safe(report.title), style="Title")
    doc.add_paragraph(word_safe(report.subtitle), style="Subtitle")
    for label, value in report.cover:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{word_safe(label)}: ").bold = True
        paragraph.add_run(word_safe(value))


def _contents(doc: DocumentType, lang: str, headings: list[Heading], pages: dict[str, int]) -> None:
    """The contents as a TOC field whose cached result already holds every heading, with a
    PAGEREF to its bookmark: Word refreshes it, LibreOffice and a PDF show it as it is."""
    _toc_styles(doc)
    title = doc.add_paragraph(t("report.word.contents", lang), style="TOC Heading")
    title.paragraph_format.page_break_before = False
    shown = [h for h in headings if h.level <= 2] or headings
    for i, heading in enumerate(shown):
        paragraph = _styled(doc, "", f"TOC{heading.level}")
        if i == 0:
            _field_start(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
        paragraph.add_run(heading.text)
        paragraph.add_run("\t")
        page = pages.get(heading.bookmark)
        _field(paragraph, f"PAGEREF {heading.bookmark} \\h", str(page) if page else "")
        if i == len(shown) - 1:
            _field_char(paragraph, "end")
    doc.add_page_break()


def _toc_styles(doc: DocumentType) -> None:
    """Word's built-in "toc 1" and "toc 2" (ids TOC1, TOC2): indented, a dotted tab to the page
    number at the right margin."""
    for level in (1, 2, 3):
        style = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), f"TOC{level}")
        style.base_style = doc.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(2 if level > 1 else 4)
        style.paragraph_format.tab_stops.add_tab_stop(
            Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        if level == 1:
            style.font.bold = True


def _footer(doc: DocumentType, report: Report) -> None:
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(word_safe(f"{report.title} · {report.subtitle} · "))
    footer.add_run(t("report.word.page", report.lang) + " ")
    _field(footer, "PAGE", "1")
    for run in footer.runs:
        run.font.size, run.font.color.rgb = Pt(8), GREY


def _orient(doc: DocumentType, *, landscape: bool) -> None:
    """A new section on a new page, turned for a wide table and back after it."""
    page = doc.add_section(WD_SECTION.NEW_PAGE)
    page.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (PAGE_CM[1], PAGE_CM[0]) if landscape else PAGE_CM
    page.page_width, page.page_height = Cm(width), Cm(height)


def _caption(doc: DocumentType, label: str, number: int, text: str) -> None:
    """ "Tabel 3. ..." with a SEQ field, so Word can list and renumber captions."""
    paragraph = _styled(doc, "", "Caption")
    paragraph.add_run(f"{label} ")
    _field(paragraph, f"SEQ {label} \\* ARABIC", str(number))
    paragraph.add_run(f". {word_safe(text)}")
    paragraph.paragraph_format.keep_with_next = True


def _styled(doc: DocumentType, text: str, style_id: str) -> WordParagraph:
    """A paragraph in a built-in style, set by id: python-docx's lookup by name costs a
    millisecond per paragraph, which adds up in a report with hundreds of them."""
    paragraph = doc.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _field_char(paragraph: WordParagraph, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(element)


def _field_start(paragraph: WordParagraph, instruction: str) -> None:
    _field_char(paragraph, "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    _field_char(paragraph, "separate")


def _field(paragraph: WordParagraph, instruction: str, shown: str) -> None:
    """A complex field: Word computes it; `shown` stands until it does."""
    _field_start(paragraph, instruction)
    paragraph.add_run(shown)
    _field_char(paragraph, "end")


def _bookmark(paragraph: WordParagraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _alt_text(shape: object, text: str) -> None:
    """The picture's description (what a screen reader says), in wp:docPr/@descr."""
    inline = shape._inline  # type: ignore[attr-defined]
    inline.docPr.set("descr", word_safe(text))
    inline.docPr.set("title", word_safe(text)[:250])


def _plain_first_column(table: object) -> None:
    """The table style would set the first column in bold; only the header row should be."""
    look = OxmlElement("w:tblLook")
    settings = (("val", "0420"), ("firstRow", "1"), ("firstColumn", "0"), ("noVBand", "1"))
    for name, value in settings:
        look.set(qn(f"w:{name}"), value)
    properties = table._tbl.tblPr  # type: ignore[attr-defined]
    for old in properties.findall(qn("w:tblLook")):
        properties.remove(old)
    properties.append(look)


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
