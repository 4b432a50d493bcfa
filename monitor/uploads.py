"""Reading uploaded files: text documents (.txt, .md, .docx) and tables (.csv, .xlsx), and a
first check of uploaded YAML instruments.

Every check happens here, not in the browser: the extension must match the content, the size
must be reasonable, the text must decode. File names are only used for messages."""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from pathlib import PurePath

import yaml

from monitor.errors import InvalidInput
from monitor.protocols import MAX_BYTES as MAX_INSTRUMENT_BYTES
from monitor.text import has_stray_characters

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# .docx and .xlsx are zip files: a small upload may unpack to gigabytes (a "zip bomb").
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_TABLE_ROWS = 20_000
MAX_NAME = 120
MAX_YAML_DEPTH = 20  # an instrument nests about 8 levels deep
TEXT_TYPES = ("txt", "md", "docx")
TABLE_TYPES = ("csv", "xlsx")

# A transcript in one cell is longer than the csv module's default limit of 128 KB; the length
# is checked per field later (monitor.text), with a message instead of a crash.
csv.field_size_limit(max(csv.field_size_limit(), MAX_UPLOAD_BYTES))


def safe_name(name: str) -> str:
    """The bare file name of an upload: no folders, no path tricks, no control characters.
    A long name is shortened before its extension, so the type is still recognised."""
    bare = PurePath(str(name).replace("\\", "/")).name
    bare = "".join(c for c in bare if c.isprintable()).strip()
    if not bare.strip("."):
        return "upload"
    if len(bare) > MAX_NAME:
        stem, dot, extension = bare.rpartition(".")
        if dot and stem and len(extension) <= 10:
            return f"{stem[: MAX_NAME - len(extension) - 2]}….{extension}"
        return bare[: MAX_NAME - 1] + "…"
    return bare


def _check(name: str, data: bytes, allowed: tuple[str, ...]) -> str:
    safe_name_ = safe_name(name)
    extension = safe_name_.rsplit(".", 1)[-1].casefold() if "." in safe_name_ else ""
    if extension not in allowed:
        raise InvalidInput("error.upload_type", file=safe_name_, allowed=", ".join(allowed))
    if len(data) > MAX_UPLOAD_BYTES:
        raise InvalidInput("error.upload_size", file=safe_name_, mb=MAX_UPLOAD_BYTES // 2**20)
    if not data:
        raise InvalidInput("error.upload_empty", file=safe_name_)
    is_zip = data[:4] == b"PK\x03\x04"
    if (extension in ("docx", "xlsx")) != is_zip:
        raise InvalidInput("error.upload_mismatch", file=safe_name_, extension=extension)
    if is_zip and _unpacked_size(safe_name_, data) > MAX_UNPACKED_BYTES:
        raise InvalidInput("error.upload_unpacked", file=safe_name_, mb=MAX_UNPACKED_BYTES // 2**20)
    return extension


def _unpacked_size(name: str, data: bytes) -> int:
    """What a zip says its members unpack to (read from its directory, nothing unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InvalidInput("error.upload_broken", file=name, reason=_reason(exc)) from None


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("error.upload_encoding", file=name) from None


def read_text(name: str, data: bytes) -> str:
    """The plain text of an uploaded .txt, .md or .docx file."""
    extension = _check(name, data, TEXT_TYPES)
    name = safe_name(name)
    text = _docx_text(name, data) if extension == "docx" else _decode(name, data)
    if not text.strip():
        raise InvalidInput("error.upload_no_text", file=name)
    return text


def _docx_text(name: str, data: bytes) -> str:
    import docx  # only here: reading Word files is the one use outside monitor/reports

    try:
        document = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    except Exception as exc:  # a damaged zip or XML part: python-docx and lxml raise many kinds
        raise InvalidInput("error.upload_broken", file=name, reason=_reason(exc)) from None
    return "\n".join(lines).strip()


def _reason(error: Exception) -> str:
    """The library's complaint, short and without object addresses, for the message."""
    first = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return re.sub(r"<[^<>]* at 0x[0-9a-f]+>", "…", first)[:80]


class Row(dict):
    """One row of an uploaded table: lower-cased column name -> the cell as stripped text. It
    also knows its row number in the file (`number`, the header is row 1) and the filled cells
    it has beyond the named columns (`extra`): such a row is an error for the importer, never
    cut silently."""

    def __init__(self, cells: dict[str, str], number: int = 0, extra: tuple[str, ...] = ()):
        super().__init__(cells)
        self.number = number
        self.extra = extra

    def renamed(self, names: dict[str, str]) -> Row:
        """The same row with columns renamed (an alias to its column name)."""
        return Row({names.get(k, k): v for k, v in self.items()}, self.number, self.extra)


def read_table(name: str, data: bytes) -> list[Row]:
    """Rows of an uploaded .csv (comma, semicolon or tab, UTF-8) or .xlsx (first sheet) as
    dicts keyed by lower-cased column name; every value a stripped string. Empty rows are left
    out; each row keeps its number in the file."""
    extension = _check(name, data, TABLE_TYPES)
    name = safe_name(name)
    rows = _csv_rows(name, data) if extension == "csv" else _xlsx_rows(name, data)
    if not rows or len(rows) < 2:
        raise InvalidInput("error.table_empty", file=name)
    if len(rows) > MAX_TABLE_ROWS:
        raise InvalidInput("error.table_rows", file=name, max=MAX_TABLE_ROWS)
    header = [_cell(h).casefold() for h in rows[0]]
    found = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [_cell(v) for v in row]
        if not any(cells):
            continue
        named = {h: v for h, v in zip(header, cells, strict=False) if h}
        extra = tuple(v for i, v in enumerate(cells) if v and (i >= len(header) or not header[i]))
        found.append(Row(named, number, extra))
    return found


def _cell(value: object) -> str:
    return str(value if value is not None else "").strip()


# Delimiters a spreadsheet writes: comma (English Excel, Google Sheets, LibreOffice), semicolon
# (Dutch Excel, where the comma is the decimal sign), tab (copied from a sheet).
DELIMITERS = (",", ";", "\t")
_SAMPLE_ROWS = 500


def _csv_rows(name: str, data: bytes) -> list[list[str]]:
    text = _decode(name, data)
    delimiter = csv_delimiter(text)
    # Read one row past the limit, not the whole file: 20 MB of line breaks would otherwise
    # become twenty million rows in memory before the count is checked.
    try:
        rows = list(
            itertools.islice(
                csv.reader(io.StringIO(text), delimiter=delimiter, doublequote=True),
                MAX_TABLE_ROWS + 2,
            )
        )
    except csv.Error as exc:
        raise InvalidInput("error.upload_broken", file=name, reason=_reason(exc)) from None
    if rows and len(rows[0]) == 1 and len(rows) > 1:
        raise InvalidInput("error.table_delimiter", file=name)
    return rows


def csv_delimiter(text: str) -> str:
    """The delimiter that reads the file as a table: each candidate is tried on the first rows
    (standard quoting: a cell in double quotes, "" for a quote inside it, as every spreadsheet
    writes) and the one is kept under which the header has more than one column and the fewest
    rows have more cells than the header. csv.Sniffer guesses from character counts instead and
    can take a comma file for one without quoting: every cell was then cut at its first comma,
    without a word."""

    def score(delimiter: str) -> tuple[bool, float, float, int]:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, doublequote=True)
        try:
            rows = [r for r in itertools.islice(reader, _SAMPLE_ROWS) if any(c.strip() for c in r)]
        except csv.Error:
            return (False, 0.0, 0.0, 0)
        if not rows:
            return (False, 0.0, 0.0, 0)
        width = len(rows[0])
        body = rows[1:] or rows
        fits = sum(not any(c.strip() for c in r[width:]) for r in body) / len(body)
        exact = sum(len(r) == width for r in body) / len(body)
        return (width > 1, fits, exact, width)

    return max(DELIMITERS, key=score)


def _xlsx_rows(name: str, data: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [list(r) for r in sheet.iter_rows(values_only=True, max_row=MAX_TABLE_ROWS + 2)]
        finally:
            workbook.close()
    except Exception as exc:  # a damaged zip or XML part: openpyxl and lxml raise many kinds
        raise InvalidInput("error.upload_broken", file=name, reason=_reason(exc)) from None


def check_instrument(name: str, data: bytes) -> None:
    """Refuse a YAML instrument that costs far more to read than its size suggests: a
    reference (*name) repeats what it points at, so a few lines of references to references
    ("billion laughs") become billions of values; deep nesting exhausts the parser's stack.
    Refuse escaped control characters too: once installed, they would break every page that
    shows the instrument. Other problems (syntax, encoding, size) are left to the instrument
    parser, whose messages name the line. An .xlsx form is checked by monitor.xlsform."""
    if safe_name(name).casefold().endswith((".xlsx", ".xls")) or len(data) > MAX_INSTRUMENT_BYTES:
        return
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    depth = 0
    try:
        for event in yaml.parse(source, Loader=yaml.SafeLoader):
            line = event.start_mark.line + 1 if event.start_mark else 1
            if isinstance(event, yaml.AliasEvent):
                raise InvalidInput(
                    "error.yaml_alias", file=safe_name(name), line=line, name=event.anchor
                )
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise InvalidInput(
                        "error.yaml_depth", file=safe_name(name), line=line, max=MAX_YAML_DEPTH
                    )
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent) and has_stray_characters(event.value):
                # "\0" or "\ud800" in a quoted string: a label that no page could display
                raise InvalidInput("error.yaml_control", file=safe_name(name), line=line)
    except yaml.YAMLError:
        return
