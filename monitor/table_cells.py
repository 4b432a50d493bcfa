"""Cells of an uploaded table as spreadsheets write them: dates in ISO (2026-03-12), as Dutch
Excel writes them (12-3-2026, 12-3-26, 12/03/2026, 12.3.2026), month first as American
spreadsheets do (3/12/2026) when the file or the user says so, and spreadsheet date cells;
phases by number, name or "fase 3" / "phase 3".

Whether 3-4-2026 is 3 April or March 4 is decided for the whole file at once: a date such as
25-3-2026 shows the day comes first, 3/25/2026 that the month does; when every date could be
read either way, the user chooses (day first unless told otherwise)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from monitor.errors import InvalidInput
from monitor.model import Lab

_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$")
_ISO = re.compile(
    r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"  # 2026-03-12, with the time a date cell may carry
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_PHASE = re.compile(r"^(?:fase|phase)\s*(\d+)\b", re.IGNORECASE)

DAY_FIRST = "day"
MONTH_FIRST = "month"
AMBIGUOUS = "ambiguous"


def date_order(values: Iterable[Any]) -> str:
    """How the file writes its numeric dates: DAY_FIRST or MONTH_FIRST when a date shows it,
    AMBIGUOUS when every date could be read both ways, "" when there are none to decide."""
    seen = False
    for value in values:
        found = _NUMERIC.match(str(value or "").strip())
        if not found:
            continue
        first, second = int(found.group(1)), int(found.group(3))
        if first > 12 >= second:
            return DAY_FIRST
        if second > 12 >= first:
            return MONTH_FIRST
        seen = True
    return AMBIGUOUS if seen else ""


def parse_date(value: Any, field: str, *, day_first: bool = True) -> dt.date | None:
    """A date cell; None when empty. Refused with a message that names the forms we read."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = str(value).strip()
    try:
        if found := _ISO.match(written):
            year, _, month, day = found.groups()
            return dt.date(int(year), int(month), int(day))
        if found := _NUMERIC.match(written):
            first, _, second, year = found.groups()
            day, month = (first, second) if day_first else (second, first)
            return dt.date(_year(year), int(month), int(day))
    except ValueError:
        pass
    example = "12-3-2026" if day_first else "3/12/2026"
    raise InvalidInput("error.table_date", field=field, value=written[:40], example=example)


def _year(written: str) -> int:
    """A two-digit year is this century's: 26 is 2026 (a lab's dates are recent)."""
    return int(written) + 2000 if len(written) == 2 else int(written)


def phase_id(lab: Lab, cell: str, field: str = "factor.phase") -> str:
    """A phase given as its number (1-based), its name, or "fase 3" / "phase 3"; "" when the
    cell is empty."""
    value = " ".join(cell.split())
    if not value:
        return ""
    numbered = _PHASE.match(value)
    for phase in lab.phases:  # a phase may be called "Fase 2" itself: its name first
        if phase.name.casefold() == value.casefold():
            return phase.id
    number = value if value.isdigit() else numbered.group(1) if numbered else ""
    if number and 1 <= int(number) <= len(lab.phases):
        return lab.phases[int(number) - 1].id
    names = ", ".join(f"{i} ({p.name})" for i, p in enumerate(lab.phases, start=1))
    raise InvalidInput("error.table_phase", field=field, value=value[:40], phases=names)
