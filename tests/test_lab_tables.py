"""Table exports: every table, codes instead of names by default, inert cells, empty labs."""

import io

import openpyxl
import pytest

from monitor import demo, lab_tables
from monitor.model import Factor, FactorKind, Participant, Source, SourceKind, Stakeholder
from monitor.store import Store
from tests.conftest import make_lab

FORMULA = '=HYPERLINK("http://x","y")'


@pytest.fixture(scope="module")
def demo_lab(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("tables") / "data")
    return store, demo.load_demo(store)


def _cells(payload: bytes) -> list:
    book = openpyxl.load_workbook(io.BytesIO(payload))
    return [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


def test_every_table_has_rows_and_stable_columns(demo_lab):
    store, lab = demo_lab
    frames = lab_tables.tables(store, lab.id, "nl")
    assert list(frames) == list(lab_tables.TABLES)
    for name, frame in frames.items():
        assert len(frame) > 0, name
    assert {"pseudonym", "group", "consent"} <= set(frames["stakeholders"].columns)
    assert {"owner", "due", "status", "overdue"} <= set(frames["actions"].columns)
    assert "Bevorderend" in set(frames["factors"]["kind"])


def test_without_names_nobody_is_named_anywhere(demo_lab):
    store, lab = demo_lab
    frames = lab_tables.tables(store, lab.id, "nl")
    blobs = [lab_tables.csv_bytes(f).decode("utf-8-sig") for f in frames.values()]
    cells = " ".join(str(c) for c in _cells(lab_tables.xlsx_bytes(frames, "nl")))
    people = [s.name for s in store.records(lab.id, Stakeholder)]
    people += [p.name for p in store.records(lab.id, Participant)]
    for text in [*blobs, cells]:
        assert not [name for name in people if name in text]
    assert "text" not in frames["sources"].columns and "quote" not in frames["factors"].columns
    named = lab_tables.tables(store, lab.id, "nl", names=True)
    assert set(named["stakeholders"]["name"]) == {
        s.name for s in store.records(lab.id, Stakeholder) if s.consent != "refused"
    }  # the demo's one refusal stays out even with names
    assert "text" in named["sources"].columns and "quote" in named["factors"].columns
    assert named["responses"]["name"].notna().all()


def test_formulas_and_markup_export_as_plain_text(store):
    lab = make_lab(store)
    phase = lab.phases[0]
    source = store.save(
        Source(
            lab_id=lab.id,
            kind=SourceKind.DOCUMENT,
            title=FORMULA,
            date=phase.start,
            phase_id=phase.id,
        )
    )
    store.save(
        Factor(
            lab_id=lab.id,
            kind=FactorKind.ENABLER,
            text="<script>alert(1)</script>",
            phase_id=phase.id,
            themes=("capacity",),
            source_id=source.id,
        )
    )
    frames = lab_tables.tables(store, lab.id, "en")
    csv = lab_tables.csv_bytes(frames["sources"]).decode("utf-8-sig")
    assert f"'{FORMULA}".replace('"', '""') in csv
    cells = _cells(lab_tables.xlsx_bytes(frames, "en"))
    assert f"'{FORMULA}" in cells and "<script>alert(1)</script>" in cells
    assert not [c for c in cells if isinstance(c, str) and c.startswith("=")]


def test_an_empty_lab_exports_headers_only(store):
    lab = make_lab(store)
    frames = lab_tables.tables(store, lab.id, "nl")
    assert all(frame.empty for frame in frames.values())
    assert all(len(frame.columns) for frame in frames.values())
    assert lab_tables.csv_bytes(frames["actions"]).decode("utf-8-sig").startswith("action,owner")
    assert (
        len(openpyxl.load_workbook(io.BytesIO(lab_tables.xlsx_bytes(frames, "nl"))).sheetnames) == 7
    )
