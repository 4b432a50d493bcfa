import datetime as dt

import pytest

from monitor import imports, labs
from monitor.model import Factor, Source


@pytest.fixture
def people(store, lab):
    return labs.save_stakeholders(store, lab.id, [{"name": "Anna", "group": "employer"}])


def test_good_source_rows_import_and_bad_rows_are_reported(store, lab, people):
    rows = [
        {
            "soort": "notulen",
            "titel": "Stuurgroep 1",
            "datum": "2025-01-10",
            "tekst": '=HYPERLINK("x")',
            "betrokkenen": "Anna",
        },
        {"soort": "notulen", "titel": "", "datum": "2025-01-10", "tekst": "x"},
        {"soort": "brief", "titel": "B", "datum": "2025-01-10"},
        {"soort": "document", "titel": "C", "datum": "2031-01-10"},
        {"soort": "document", "titel": "D", "datum": "2025-01-10", "betrokkenen": "Zoe"},
    ]
    preview = imports.preview_sources(store, lab.id, rows)
    assert [row for row, _ in preview.errors] == [3, 4, 5, 6]
    assert imports.commit(store, preview) == 1
    imports.commit(store, preview)  # a double click stores nothing twice
    (source,) = store.records(lab.id, Source)
    assert source.text == '=HYPERLINK("x")' and source.stakeholder_ids == (people[0].id,)


def test_unknown_columns_are_named(store, lab):
    preview = imports.preview_sources(
        store, lab.id, [{"titel": "A", "datum": "2025-01-01", "soort": "document", "tekts": "typo"}]
    )
    assert preview.unknown_columns == ["tekts"]


def test_factor_rows_take_phase_by_number_or_name_and_suggest_missing_themes(store, lab):
    labs.add_source(
        store,
        lab.id,
        kind="minutes",
        title="Notulen",
        date=dt.date(2025, 1, 5),
        text_="De coaches hebben geen uren.",
    )
    rows = [
        {
            "kind": "barrier",
            "text": "Coaches hebben geen uren naast de caseload",
            "phase": "1",
            "themes": "",
            "source": "Notulen",
            "quote": "geen uren",
        },
        {"kind": "bevorderend", "text": "Energie", "phase": "Fase 2", "themes": "momentum"},
        {"kind": "enabler", "text": "X", "phase": "7", "themes": "momentum"},
    ]
    preview = imports.preview_factors(store, lab.id, rows)
    assert [row for row, _ in preview.errors] == [4]
    imports.commit(store, preview)
    factors = sorted(store.records(lab.id, Factor), key=lambda f: f.text)
    assert factors[0].themes == ("capacity",) and factors[0].phase_id == lab.phases[0].id
    assert factors[1].phase_id == lab.phases[1].id
