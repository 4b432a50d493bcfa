"""A report as PDF, through LibreOffice (soffice) when it is installed. The Word file is
converted twice: the first PDF tells on which page each heading landed, the second carries
those page numbers in its contents page."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from monitor import charts
from monitor.errors import InvalidInput
from monitor.reports import word
from monitor.reports.structure import Report

MIME = "application/pdf"
TIMEOUT_S = 240


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return soffice() is not None


def render(report: Report, chart_png: Callable[[object], bytes | None] = charts.png) -> bytes:
    """The PDF bytes of a report; InvalidInput when LibreOffice is missing or fails."""
    program = soffice()
    if program is None:
        raise InvalidInput("error.report_pdf_missing")
    drawn: list[bytes | None] = []

    def draw_once(chart: object) -> bytes | None:
        picture = chart_png(chart)
        drawn.append(picture)
        return picture

    with tempfile.TemporaryDirectory(prefix="labmonitor-pdf-") as folder:
        work = Path(folder)
        first = _convert(program, word.render(report, draw_once), work, "first")
        if not report.contents:
            return first
        pages = heading_pages(first, word.number_headings(report))
        if not pages:
            return first
        again = iter(drawn)
        return _convert(
            program,
            word.render(report, lambda chart: next(again, None), pages=pages),
            work,
            "final",
        )


def _convert(program: str, document: bytes, work: Path, stem: str) -> bytes:
    source = work / f"{stem}.docx"
    source.write_bytes(document)
    try:
        subprocess.run(
            [
                program,
                "--headless",
                "--norestore",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise InvalidInput("error.report_pdf_failed", reason=type(exc).__name__) from exc
    made = source.with_suffix(".pdf")
    if not made.exists():
        raise InvalidInput("error.report_pdf_failed", reason="no output")
    return made.read_bytes()


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of every page (poppler's pdftotext); empty when it is not installed."""
    program = shutil.which("pdftotext")
    if program is None:
        return []
    try:
        done = subprocess.run(
            [program, "-enc", "UTF-8", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return done.stdout.decode("utf-8", "replace").split("\f")


def heading_pages(pdf: bytes, headings: list[word.Heading]) -> dict[str, int]:
    """Bookmark -> page number of each heading, found in order after the contents page."""
    pages = [[" ".join(line.split()) for line in page.splitlines()] for page in pdf_pages(pdf)]
    if not pages:
        return {}
    start = next(
        (i + 1 for i in range(len(pages) - 1, -1, -1) if _lists_contents(pages[i], headings)), 0
    )
    found: dict[str, int] = {}
    cursor = start
    for heading in headings:
        wanted = " ".join(heading.text.split())
        for index in range(cursor, len(pages)):
            if any(_is_heading(line, wanted) for line in pages[index]):
                found[heading.bookmark] = index + 1
                cursor = index
                break
    return found


def _lists_contents(lines: list[str], headings: list[word.Heading]) -> bool:
    """A contents page: the first headings appear followed by dot leaders."""
    shown = {line.split("..")[0].strip() for line in lines if ".." in line}
    return bool(headings) and " ".join(headings[0].text.split()) in shown


def _is_heading(line: str, wanted: str) -> bool:
    """The heading's line, also when a long heading wraps onto a second line."""
    return line == wanted or (len(line) >= 24 and wanted.startswith(line))
