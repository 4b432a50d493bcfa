"""A report as a Word document (python-docx): Word's own styles, so the navigation pane,
the table of contents and a corporate template all work; numbered captions; page numbers."""

from __future__ import annotations

import io
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
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

TEXT_WIDTH_CM = 16.0  # A4 with 2.5 cm margins
TABLE_STYLE_ID = "LightList-Accent1"  # "Light List Accent 1" of Word's built-in styles
PROOFING = {"nl": "nl-NL", "en": "en-GB"}
GREY = RGBColor(0x59, 0x59, 0x59)


def render(report: Report, chart_png: Callable[[object], bytes | None] = charts.png) -> bytes:
    """The .docx bytes of a report. `chart_png` turns an Altair chart into PNG bytes, or None
    when no renderer is available; the figure then becomes a note."""
    doc = Document()
    _page_setup(doc, report)
    _cover(doc, report)
    if report.contents:
        _contents(doc, report.lang)
    writer = _Writer(doc, report.lang, chart_png)
    for part in report.sections:
        writer.section(part)
    _footer(doc, report)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


class _Writer:
    def __init__(self, doc: DocumentType, lang: str, chart_png: Callable) -> None:
        self.doc, self.lang, self.chart_png = doc, lang, chart_png
        self.tables = self.figures = 0

    def section(self, part: Section) -> None:
        _styled(self.doc, word_safe(part.title), f"Heading{min(part.level, 3)}")
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
        self.tables += 1
        _caption(self.doc, t("report.word.table", self.lang), self.tables, block.caption)
        table = self.doc.add_table(rows=1 + len(block.rows), cols=len(block.columns))
        table._tbl.tblStyle_val = TABLE_STYLE_ID  # by id: see _styled
        table.autofit = False
        _plain_first_column(table)
        widths = block.widths or (1.0,) * len(block.columns)
        sizes = [Cm(w * TEXT_WIDTH_CM / sum(widths)) for w in widths]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size  # the grid LibreOffice reads; Word reads the cells below
        rows = table.rows
        _repeat_header(rows[0])
        for r, values in enumerate([block.columns, *block.rows]):
            for cell, value, size in zip(rows[r].cells, values, sizes, strict=True):
                cell.width = size
                cell.text = word_safe(value)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)  # air before what follows

    def figure(self, block: Figure) -> None:
        try:
            picture = self.chart_png(block.chart())
        except Exception:  # noqa: BLE001 - a chart that cannot be drawn must not stop the report
            picture = None
        if picture is None:
            self.block(Note(t("report.no_chart", self.lang, caption=block.caption)))
            return
        self.doc.add_picture(io.BytesIO(picture), width=Cm(block.width_cm))
        self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        self.figures += 1
        _caption(self.doc, t("report.word.figure", self.lang), self.figures, block.caption)


# -- page, cover, contents, footer ------------------------------------------------------------


def _page_setup(doc: DocumentType, report: Report) -> None:
    page = doc.sections[0]
    page.orientation = WD_ORIENT.PORTRAIT
    page.page_width, page.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Cm(2.5))
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), PROOFING.get(report.lang, "en-GB"))
    normal.element.get_or_add_rPr().append(language)
    for level in (1, 2, 3):
        doc.styles[f"Heading {level}"].paragraph_format.keep_with_next = True
    doc.core_properties.title = word_safe(f"{report.title} — {report.subtitle}")
    doc.core_properties.language = PROOFING.get(report.lang, "en-GB")
    update = OxmlElement("w:updateFields")  # Word fills the contents and numbers on opening
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)


def _cover(doc: DocumentType, report: Report) -> None:
    doc.add_paragraph(word_safe(report.title), style="Title")
    doc.add_paragraph(word_safe(report.subtitle), style="Subtitle")
    for label, value in report.cover:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{word_safe(label)}: ").bold = True
        paragraph.add_run(word_safe(value))
    if report.contents:
        doc.add_page_break()


def _contents(doc: DocumentType, lang: str) -> None:
    doc.add_paragraph(t("report.word.contents", lang), style="TOC Heading")
    _field(doc.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', t("report.word.update_toc", lang))
    doc.add_page_break()


def _footer(doc: DocumentType, report: Report) -> None:
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(word_safe(f"{report.title} · {report.subtitle} · "))
    footer.add_run(t("report.word.page", report.lang) + " ")
    _field(footer, "PAGE", "1")
    for run in footer.runs:
        run.font.size, run.font.color.rgb = Pt(8), GREY


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


def _field(paragraph: WordParagraph, instruction: str, shown: str) -> None:
    """A complex field: Word computes it; `shown` stands until it does."""

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    char("separate")
    paragraph.add_run(shown)
    char("end")


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
