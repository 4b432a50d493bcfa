"""Reading uploaded files: text documents (.txt, .md, .docx) and tables (.csv, .xlsx).

Every check happens here, not in the browser: the extension must match the content, the size
must be reasonable, the text must decode. File names are only used for messages."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import PurePath

from monitor.errors import InvalidInput

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_TABLE_ROWS = 20_000
TEXT_TYPES = ("txt", "md", "docx")
TABLE_TYPES = ("csv", "xlsx")


def safe_name(name: str) -> str:
    """The bare file name of an upload: no folders, no path tricks, no control characters."""
    bare = PurePath(str(name).replace("\\", "/")).name
    return "".join(c for c in bare if c.isprintable())[:120] or "upload"


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
    return extension


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
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InvalidInput("error.upload_broken", file=name, reason=str(exc)[:80]) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines).strip()


def read_table(name: str, data: bytes) -> list[dict[str, str]]:
    """Rows of an uploaded .csv (comma or semicolon, UTF-8) or .xlsx (first sheet) as dicts
    keyed by lower-cased column name; every value a stripped string."""
    extension = _check(name, data, TABLE_TYPES)
    name = safe_name(name)
    rows = _csv_rows(name, data) if extension == "csv" else _xlsx_rows(name, data)
    if not rows or len(rows) < 2:
        raise InvalidInput("error.table_empty", file=name)
    if len(rows) > MAX_TABLE_ROWS:
        raise InvalidInput("error.table_rows", file=name, max=MAX_TABLE_ROWS)
    header = [str(h or "").strip().casefold() for h in rows[0]]
    return [
        {h: str(v if v is not None else "").strip() for h, v in zip(header, row, strict=False) if h}
        for row in rows[1:]
        if any(str(v or "").strip() for v in row)
    ]


def _csv_rows(name: str, data: bytes) -> list[list[str]]:
    text = _decode(name, data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if rows and len(rows[0]) == 1 and len(rows) > 1:
        raise InvalidInput("error.table_delimiter", file=name)
    return rows


def _xlsx_rows(name: str, data: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InvalidInput("error.upload_broken", file=name, reason=str(exc)[:80]) from None
    sheet = workbook.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True, max_row=MAX_TABLE_ROWS + 2)]
    workbook.close()
    return rows
