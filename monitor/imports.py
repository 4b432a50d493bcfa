"""Importing sources and factors from a table (CSV or XLSX). Every row is checked first; the
preview shows each bad row with its message, and only the good rows are stored.

Columns (English or Dutch names, any order, case-insensitive):

sources: kind/soort (interview, minutes/notulen, observation/observatie, document), title/titel,
         date/datum (2026-03-12, 12-3-2026, 12-3-26 or a date cell), text/tekst,
         activity/activiteit (title or id, optional),
         stakeholders/betrokkenen (names or codes separated by ;, optional)
factors: kind/soort (enabler/bevorderend, barrier/belemmerend), text/tekst, phase/fase (number,
         name or "fase 2"; optional when a source is given), themes/themas (ids or labels
         separated by ;; when empty the suggester picks one), groups/groepen (;), step/stap
         (1-6), source/bron (title or id), quote/citaat

A comma, semicolon or tab file is read (the one that gives every row as many cells as the
header); a row with more cells than the header is refused, not cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from monitor import codebook, factors, labs, table_cells, text, uploads
from monitor.errors import InvalidInput, MonitorError
from monitor.model import Activity, Factor, Lab, Source, SourceKind, Stakeholder, StakeholderGroup
from monitor.store import Store

ALIASES = {
    "soort": "kind",
    "titel": "title",
    "datum": "date",
    "tekst": "text",
    "activiteit": "activity",
    "betrokkenen": "stakeholders",
    "fase": "phase",
    "themas": "themes",
    "thema's": "themes",
    "thema": "themes",
    "theme": "themes",
    "groepen": "groups",
    "groep": "groups",
    "group": "groups",
    "stap": "step",
    "bron": "source",
    "citaat": "quote",
}
SOURCE_COLUMNS = ("kind", "title", "date", "text", "activity", "stakeholders")
FACTOR_COLUMNS = ("kind", "text", "phase", "themes", "groups", "step", "source", "quote")
SOURCE_KIND_WORDS = {
    "notulen": "minutes",
    "observatie": "observation",
    "interview": "interview",
    "document": "document",
    "minutes": "minutes",
    "observation": "observation",
}


@dataclass
class Preview:
    """What an import would do: the records ready to store, and the rows that are wrong."""

    kind: str
    records: list[Any] = field(default_factory=list)
    errors: list[tuple[int, MonitorError]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)


def _normalise(rows: list[dict[str, str]], known: tuple[str, ...]) -> tuple[list[dict], list[str]]:
    renamed = [_renamed(row, ALIASES) for row in rows]
    columns = {k for row in renamed for k in row}
    return renamed, sorted(columns - set(known))


def _renamed(row: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    if isinstance(row, uploads.Row):  # keeps its number in the file and its extra cells
        return row.renamed(names)
    return {names.get(k, k): v for k, v in row.items()}


def date_order(rows: list[dict[str, str]]) -> str:
    """How the table writes its dates (see table_cells.date_order): AMBIGUOUS asks the user
    whether the day or the month comes first."""
    return table_cells.date_order(
        value for row in rows for key, value in row.items() if ALIASES.get(key, key) == "date"
    )


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]


def _by_name_or_id(records: list[Any], attribute: str) -> dict[str, str]:
    lookup = {r.id: r.id for r in records}
    for r in records:
        lookup.setdefault(getattr(r, attribute).casefold(), r.id)
    return lookup


def asks_date_order(rows: list[dict[str, str]]) -> bool:
    """True when the user must say whether 3-4-2026 has the day or the month first."""
    return date_order(rows) == table_cells.AMBIGUOUS


def preview_sources(
    store: Store, lab_id: str, rows: list[dict[str, str]], *, day_first: bool | None = None
) -> Preview:
    """The sources a table would add. `day_first` says how to read 3-4-2026 when no date in the
    file shows it; None: as the file shows, else day first (as Dutch spreadsheets write)."""
    lab = store.lab(lab_id)
    order = date_order(rows)
    if order in (table_cells.DAY_FIRST, table_cells.MONTH_FIRST) or day_first is None:
        day_first = order != table_cells.MONTH_FIRST
    rows, unknown = _normalise(rows, SOURCE_COLUMNS)
    activities = _by_name_or_id(store.records(lab_id, Activity), "title")
    people = _by_name_or_id(store.records(lab_id, Stakeholder), "name")
    people.update(
        {s.pseudonym.casefold(): s.id for s in store.records(lab_id, Stakeholder) if s.pseudonym}
    )

    def parse(row: dict[str, str]) -> Source:
        kind = SOURCE_KIND_WORDS.get(row.get("kind", "").casefold(), row.get("kind", ""))
        day = table_cells.parse_date(row.get("date"), "source.date", day_first=day_first)
        if day is None:
            raise InvalidInput("error.required", field="source.date")
        phase = lab.phase_of(day)
        if phase is None:
            raise InvalidInput("error.date_outside_phases", date=day.isoformat())
        activity = row.get("activity", "")
        if activity and activity.casefold() not in activities and activity not in activities:
            raise InvalidInput("error.unknown_reference", field="source.activity", value=activity)
        ids = []
        for name in _split(row.get("stakeholders", "")):
            if name.casefold() not in people and name not in people:
                raise InvalidInput(
                    "error.unknown_reference", field="sources.stakeholders", value=name
                )
            ids.append(people.get(name) or people[name.casefold()])
        return Source(
            lab_id=lab_id,
            kind=labs.parse_choice(kind, SourceKind, "source.kind"),
            title=text.clean(row.get("title"), "source.title", text.SHORT, required=True),
            date=day,
            phase_id=phase.id,
            activity_id=activities.get(activity) or activities.get(activity.casefold(), ""),
            stakeholder_ids=tuple(ids),
            text=text.clean(row.get("text"), "source.text", text.DOCUMENT),
        )

    return _preview("sources", rows, unknown, parse)


def preview_factors(store: Store, lab_id: str, rows: list[dict[str, str]]) -> Preview:
    lab = store.lab(lab_id)
    rows, unknown = _normalise(rows, FACTOR_COLUMNS)
    book = factors.lab_codebook(lab)
    index = factors.index(store.records(lab_id, Factor))
    sources = store.records(lab_id, Source)
    source_ids = _by_name_or_id(sources, "title")
    by_id = {s.id: s for s in sources}

    def parse(row: dict[str, str]) -> Factor:
        reference = row.get("source", "")
        source_id = source_ids.get(reference) or source_ids.get(reference.casefold(), "")
        if reference and not source_id:
            raise InvalidInput("error.unknown_reference", field="factor.source", value=reference)
        phase_id = phase_from_cell(lab, row.get("phase", ""))
        themes = [theme_from_cell(book, t) for t in _split(row.get("themes", ""))]
        if not themes:
            ranked = codebook.suggest(row.get("text", ""), book, index)
            themes = [ranked[0].theme] if ranked else []
        fields = factors._factor_fields(
            store,
            lab,
            kind=row.get("kind"),
            text_=row.get("text"),
            themes=themes,
            phase_id=phase_id,
            groups=[_group(g) for g in _split(row.get("groups", ""))],
            step=row.get("step") or None,
            source_id=source_id,
            quote=row.get("quote", ""),
        )
        if source_id and row.get("phase") and by_id[source_id].phase_id != phase_id:
            raise InvalidInput("error.phase_not_source", title=by_id[source_id].title)
        return Factor(lab_id=lab_id, **fields)

    return _preview("factors", rows, unknown, parse)


def phase_from_cell(lab: Lab, cell: str) -> str:
    """A phase given as its number (1-based), its name or "fase 2"; '' when the cell is empty."""
    return table_cells.phase_id(lab, cell)


def theme_from_cell(book: codebook.Codebook, cell: str) -> str:
    for theme in book.themes:
        if cell == theme.id or cell.casefold() in {v.casefold() for v in theme.label.values()}:
            return theme.id
    raise InvalidInput("error.unknown_theme", theme=cell)


def _group(cell: str) -> str:
    for group in StakeholderGroup:
        if cell.casefold() in (group.value, group.value.replace("_", " ")):
            return group.value
    from monitor.i18n import TEXT

    for group in StakeholderGroup:
        if cell.casefold() in {v.casefold() for v in TEXT[f"group.{group.value}"].values()}:
            return group.value
    return cell


def _preview(
    kind: str, rows: list[dict], unknown: list[str], parse: Callable[[dict[str, str]], Any]
) -> Preview:
    preview = Preview(kind=kind, unknown_columns=unknown)
    for index, row in enumerate(rows, start=2):  # row 1 is the header
        number = getattr(row, "number", 0) or index  # its row in the file, empty rows counted
        try:
            extra_cells(row)
            preview.records.append(parse(row))
        except MonitorError as exc:
            preview.errors.append((number, exc))
    return preview


def extra_cells(row: dict[str, str]) -> None:
    """Refuse a row with more cells than the header: most often a comma or semicolon in a text
    that was not put between quotes, so that the rest of the row moved a column on."""
    extra = getattr(row, "extra", ())
    if extra:
        shown = "; ".join(value[:30] for value in extra[:3])
        raise InvalidInput("error.row_extra_cells", n=len(extra), cells=shown)


def commit(store: Store, preview: Preview) -> int:
    """Store the good rows of a preview. Ids were fixed by the preview, so a double click on
    'import' stores every row once: rows already stored are left as they are."""
    if not preview.records:
        return 0
    first = preview.records[0]
    with store.transaction():
        stored = {r.id for r in store.records(first.lab_id, type(first))}
        store.save_all(r for r in preview.records if r.id not in stored)
    return len(preview.records)
