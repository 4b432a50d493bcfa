import io

import docx
import pytest
from openpyxl import Workbook

from monitor import uploads
from monitor.errors import InvalidInput


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_text_comes_out_of_txt_md_and_docx():
    assert uploads.read_text("a.txt", b"Notulen\nPunt 1") == "Notulen\nPunt 1"
    assert uploads.read_text("a.md", "\ufeff# Kop".encode()) == "# Kop"
    assert (
        uploads.read_text("verslag.docx", _docx("Eerste alinea", "Tweede"))
        == "Eerste alinea\nTweede"
    )


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("leeg.docx", _docx(), "contains no text"),
        ("nep.docx", b"just text pretending", "not a real .docx"),
        ("echt.txt", _docx("x"), "not a real .txt"),
        ("oud.txt", "café".encode("cp1252"), "not UTF-8"),
        ("foto.png", b"\x89PNG", "only txt, md, docx"),
        ("groot.txt", b"x" * (uploads.MAX_UPLOAD_BYTES + 1), "larger than 20 MB"),
        ("leeg.txt", b"", "is empty"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else "",
)  # named by file name and message: a .docx made now holds its time, which differs per worker
def test_bad_uploads_get_a_message(name, data, message):
    with pytest.raises(InvalidInput) as caught:
        uploads.read_text(name, data)
    assert message in caught.value.message("en")


def test_path_tricks_in_file_names_are_stripped():
    assert uploads.safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert uploads.safe_name("C:\\Users\\x\\notes.md") == "notes.md"


def test_tables_read_from_csv_with_either_delimiter_and_from_xlsx():
    for text in ("Titel,Datum\nA,2025-01-02\n", "Titel;Datum\nA;2025-01-02\n"):
        assert uploads.read_table("t.csv", text.encode()) == [{"titel": "A", "datum": "2025-01-02"}]
    book = Workbook()
    book.active.append(["Title", "Date"])
    book.active.append(["B", "2025-02-03"])
    buffer = io.BytesIO()
    book.save(buffer)
    assert uploads.read_table("t.xlsx", buffer.getvalue()) == [{"title": "B", "date": "2025-02-03"}]


def test_a_single_column_csv_is_reported_as_a_delimiter_problem():
    with pytest.raises(InvalidInput, match="cannot be told apart"):
        uploads.read_table("t.csv", b"title|date\nA|2025\n")
