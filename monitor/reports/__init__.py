"""Monitoring reports as Word documents: the phase report, the steering meeting pack and the
final report. `build` reads the lab once and assembles the report's structure (which the
Reports page previews); `to_docx` writes it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.reports import final, meeting, narrative, pdf, phase
from monitor.reports.data import load
from monitor.reports.structure import Report
from monitor.reports.word import render as to_docx
from monitor.store import Store

KINDS = ("phase", "meeting", "final")
SECTIONS: dict[str, tuple[str, ...]] = {
    "phase": phase.SECTIONS,
    "meeting": meeting.SECTIONS,
    "final": final.SECTIONS,
}
MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

__all__ = ["KINDS", "MIME", "SECTIONS", "Report", "build", "file_name", "pdf", "to_docx"]


def build(
    store: Store,
    lab_id: str,
    kind: str,
    *,
    phase_id: str = "",
    lang: str = "nl",
    sections: tuple[str, ...] | None = None,
    today: dt.date | None = None,
    numbered: bool = True,
    as_of_today: bool = False,
) -> Report:
    """The report's structure; raises InvalidInput for an unknown kind or phase. A phase
    report shows the lab as it stood at the phase's end, unless `as_of_today`."""
    if kind not in KINDS:
        raise InvalidInput("error.report_kind", kind=kind)
    data = load(store, lab_id, today)
    chosen = sections if sections is not None else SECTIONS[kind]
    if kind == "phase":
        found = data.lab.phase(phase_id)
        if found is None:
            names = "; ".join(p.name for p in data.lab.phases)
            raise InvalidInput("error.report_phase", phases=names or "—")
        built = phase.build(data, found, lang, chosen, as_of_today=as_of_today)
    elif kind == "meeting":
        built = meeting.build(data, lang, chosen)
    else:
        built = final.build(data, lang, chosen, trajectories=_trajectories(store, lab_id, lang))
    written = narrative.get(data.narratives, "cover", "", "author")
    return dataclasses.replace(
        built, numbered=numbered, author=written.text.strip() if written else ""
    )


def file_name(
    lab_name: str, kind: str, lang: str, phase_number: int | None = None, suffix: str = "docx"
) -> str:
    """A file name that says what the document is: "groeibanen-monitoringsrapport-fase-2.docx"."""
    slug = "".join(c if c.isalnum() else "-" for c in lab_name.casefold())
    slug = "-".join(part for part in slug.split("-") if part)[:40] or "lab"
    stem = t(f"report.file.{kind}", lang)
    return f"{slug}-{stem}{f'-{phase_number}' if phase_number else ''}.{suffix}"


def _trajectories(store: Store, lab_id: str, lang: str) -> list | None:
    """The final report's part on trajectories and outcomes, when monitor.trajectories offers
    one: `monitor.trajectories.report.final_report_sections(store, lab_id, lang)` returning a
    list of `structure.Section`. Without it, the final report shows the recorded outcomes."""
    try:
        from monitor.trajectories import report as trajectory_report  # type: ignore[attr-defined]
    except ImportError:
        return None
    make = getattr(trajectory_report, "final_report_sections", None)
    return make(store, lab_id, lang) if callable(make) else None
