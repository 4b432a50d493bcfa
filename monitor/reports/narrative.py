"""The researcher's own words in a report, saved with the lab (and so in its JSON backup)."""

from __future__ import annotations

import hashlib

from monitor import text
from monitor.errors import InvalidInput
from monitor.model import Narrative
from monitor.store import Store

REPORTS = ("phase", "meeting", "final", "cover")
SECTIONS = (
    "summary",
    "observations",
    "recommendations",
    "lessons",
    "principles",
    "author",
    "conclusions",
)


def narrative_id(report: str, phase_id: str, section: str, theme: str = "") -> str:
    """One id per place in a report: a double click or a second tab saves the same record."""
    if report not in REPORTS or section not in SECTIONS:
        raise InvalidInput("error.report_section", section=f"{report}/{section}")
    key = "\x1f".join((report, phase_id, section, theme))
    return "n-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def texts(store: Store, lab_id: str) -> dict[str, Narrative]:
    return {n.id: n for n in store.records(lab_id, Narrative)}


def get(
    found: dict[str, Narrative], report: str, phase_id: str, section: str, theme: str = ""
) -> Narrative | None:
    return found.get(narrative_id(report, phase_id, section, theme))


def save(
    store: Store,
    lab_id: str,
    report: str,
    phase_id: str,
    section: str,
    value: object,
    *,
    theme: str = "",
    expected_revision: int | None = None,
) -> Narrative:
    """Store a passage; with expected_revision, refuse to overwrite what another session
    saved since the editor was opened (Conflict)."""
    limit = text.SHORT if section == "author" else text.LONG
    cleaned = text.clean(value, f"report.section.{section}", limit)
    record = Narrative(
        id=narrative_id(report, phase_id, section, theme),
        lab_id=lab_id,
        report=report,
        phase_id=phase_id,
        section=section,
        theme=theme,
        text=cleaned,
    )
    return store.save(record, expected_revision=expected_revision)
