"""Tables as spreadsheets write them: the CSV dialect found by trying each delimiter, a row with
more cells than the header refused by row, dates in ISO, Dutch and American order with the
order decided per file, phases by number, name or "fase N"."""

import datetime as dt

import pytest

from monitor import imports, labs, table_cells, uploads
from monitor.errors import InvalidInput
from monitor.model import Source
from monitor.trajectories import tables

# A comma CSV as Google Sheets and Excel outside the Netherlands write it: a quote inside a
# cell doubled, commas and semicolons inside quoted cells. csv.Sniffer took it for a file
# without quoting and cut every cell at its first comma.
GOOGLE = (
    b"kind,title,date,text\n"
    b'document,"""Final"" report, v2",2025-01-10,"Costs, hours; and more"\n'
    b'minutes,"Board, March",2025-01-11,"He said: ""no, not yet"""\n'
)


def test_quotes_written_as_two_quotes_are_read_whole():
    rows = uploads.read_table("g.csv", GOOGLE)
    assert [r["title"] for r in rows] == ['"Final" report, v2', "Board, March"]
    assert rows[0]["text"] == "Costs, hours; and more"
    assert rows[1]["text"] == 'He said: "no, not yet"'
    assert [r.extra for r in rows] == [(), ()]


@pytest.mark.parametrize(
    "data",
    [
        "soort;titel;datum;tekst\nnotulen;Overleg, kort;2025-01-10;Hij zei: ja, nu\n",
        "kind\ttitle\tdate\ttext\nminutes\tOverleg, kort\t2025-01-10\tHij zei: ja, nu\n",
        'kind,title,date,text\nminutes,"Overleg, kort",2025-01-10,"Hij zei: ja, nu"\n',
    ],
    ids=["semicolon", "tab", "comma"],
)
def test_each_delimiter_is_found_by_a_consistent_column_count(data):
    (row,) = uploads.read_table("t.csv", data.encode())
    assert list(row.values()) == [
        "minutes" if "minutes" in data else "notulen",
        "Overleg, kort",
    ] + [
        "2025-01-10",
        "Hij zei: ja, nu",
    ]


def test_a_row_with_more_cells_than_the_header_is_an_error_for_that_row(store, lab):
    day = lab.phases[0].start.isoformat()
    data = (
        f"kind,title,date,text\ndocument,Good,{day},fine\n\n"
        f"document,Bad, with a comma,{day},text\ndocument,Trailing,{day},x,,\n"
    ).encode()
    rows = uploads.read_table("t.csv", data)
    assert [r.number for r in rows] == [2, 4, 5]  # the empty row 3 still counts
    preview = imports.preview_sources(store, lab.id, rows)
    assert [r.title for r in preview.records] == ["Good", "Trailing"]
    [(row, error)] = preview.errors
    assert (row, error.key) == (4, "error.row_extra_cells")
    assert "1 cell more" in error.message("en") and "text" in error.message("en")
    assert "1 cel meer" in error.message("nl")


def test_cells_under_an_empty_header_are_not_dropped_silently(store, lab):
    from openpyxl import Workbook

    book = Workbook()
    for row in (["kind", "title", None, "date"], ["document", "A", "lost?", "2025-01-10"]):
        book.active.append(row)
    import io

    buffer = io.BytesIO()
    book.save(buffer)
    (row,) = uploads.read_table("t.xlsx", buffer.getvalue())
    assert row.extra == ("lost?",)
    assert imports.preview_sources(store, lab.id, [row]).errors[0][1].key == (
        "error.row_extra_cells"
    )


@pytest.mark.parametrize(
    "written, day_first, expected",
    [
        ("2026-03-12", True, dt.date(2026, 3, 12)),
        ("2026-03-12 00:00:00", True, dt.date(2026, 3, 12)),  # an xlsx date cell as text
        ("12-3-2026", True, dt.date(2026, 3, 12)),
        ("12-03-26", True, dt.date(2026, 3, 12)),
        ("12/3/2026", True, dt.date(2026, 3, 12)),
        ("12.3.2026", True, dt.date(2026, 3, 12)),
        ("3/12/2026", False, dt.date(2026, 3, 12)),
        ("3-12-26", False, dt.date(2026, 3, 12)),
        (dt.datetime(2026, 3, 12, 0, 0), True, dt.date(2026, 3, 12)),
        (dt.date(2026, 3, 12), False, dt.date(2026, 3, 12)),
        ("", True, None),
    ],
)
def test_dates_as_spreadsheets_write_them(written, day_first, expected):
    assert table_cells.parse_date(written, "source.date", day_first=day_first) == expected


@pytest.mark.parametrize("written", ["31-2-2026", "12-13-2026", "maart", "2026-3", "1-2-3-4"])
def test_a_date_that_is_none_names_the_forms_we_read(written):
    with pytest.raises(InvalidInput) as refused:
        table_cells.parse_date(written, "source.date")
    assert "12-3-2026" in refused.value.message("nl")
    assert "2026-03-12" in refused.value.message("en")


@pytest.mark.parametrize(
    "values, order",
    [
        (["12-3-2026", "25-3-2026"], table_cells.DAY_FIRST),
        (["3/12/2026", "3/25/2026"], table_cells.MONTH_FIRST),
        (["3-4-2026", "5-6-26"], table_cells.AMBIGUOUS),
        (["2026-03-04", ""], ""),
    ],
)
def test_the_order_of_day_and_month_is_decided_per_file(values, order):
    assert table_cells.date_order(values) == order


def test_source_dates_follow_the_file_or_the_users_choice(store, lab):
    start = lab.phases[0].start
    day = next(
        start + dt.timedelta(days=n)
        for n in range(60)
        if (start + dt.timedelta(days=n)).day <= 12
        and (start + dt.timedelta(days=n)).day != (start + dt.timedelta(days=n)).month
    )
    dutch = f"{day.day}-{day.month}-{day.year}"
    american = f"{day.month}/{day.day}/{day.year}"
    rows = [{"soort": "document", "titel": "A", "datum": dutch}]
    assert imports.asks_date_order(rows)
    (source,) = imports.preview_sources(store, lab.id, rows).records
    assert source.date == day  # day first unless told otherwise
    rows = [{"soort": "document", "titel": "A", "datum": american}]
    (source,) = imports.preview_sources(store, lab.id, rows, day_first=False).records
    assert source.date == day
    # a date that shows the order decides for the whole file, whatever was chosen
    late = dt.date(day.year, day.month, 25)
    rows.append({"soort": "document", "titel": "B", "datum": f"{late.month}/25/{late.year}"})
    assert not imports.asks_date_order(rows)
    preview = imports.preview_sources(store, lab.id, rows, day_first=True)
    assert [s.date for s in preview.records][:1] == [day]


@pytest.mark.parametrize("cell", ["2", "fase 2", "Fase 2", "phase 2", "PHASE  2", "fase 2: x"])
def test_phases_by_number_or_fase_n(store, lab, cell):
    assert imports.phase_from_cell(lab, cell) == lab.phases[1].id


def test_a_phase_by_name_and_a_wrong_one_lists_the_phases(store, lab):
    assert imports.phase_from_cell(lab, lab.phases[2].name.upper()) == lab.phases[2].id
    with pytest.raises(InvalidInput) as refused:
        imports.phase_from_cell(lab, "fase 9")
    message = refused.value.message("nl")
    assert "'fase 9'" in message and f"1 ({lab.phases[0].name})" in message


def test_factor_rows_take_fase_n(store, lab):
    rows = [{"soort": "belemmerend", "tekst": "Geen uren", "fase": "fase 3", "thema": "capacity"}]
    (factor,) = imports.preview_factors(store, lab.id, rows).records
    assert factor.phase_id == lab.phases[2].id


def test_trajectory_dates_in_dutch_short_and_american_order(store, lab):
    labs.save_stakeholders(store, lab.id, [{"name": "Bakkerij", "group": "employer"}])
    head = "kandidaat,route,werkgever,start,einde,uitkomst\n"
    dutch = uploads.read_table("t.csv", (head + "K1,stapelbanen,Bakkerij,3-2-25,,\n").encode())
    (made,) = tables.preview(store, lab.id, dutch).created
    assert made.start == dt.date(2025, 2, 3)
    american = uploads.read_table(
        "t.csv", (head + "K1,stapelbanen,Bakkerij,2/3/2025,2/20/2025,\n").encode()
    )
    (made,) = tables.preview(store, lab.id, american).created
    assert (made.start, made.end) == (dt.date(2025, 2, 3), dt.date(2025, 2, 20))
    broken = uploads.read_table(
        "t.csv", (head + "\nK2,stapelbanen,Bakkerij,3-2-25,,,extra\n").encode()
    )
    [(row, error)] = tables.preview(store, lab.id, broken).errors
    assert (row, error.key) == (3, "error.row_extra_cells")


def test_nothing_is_stored_from_a_refused_row(store, lab):
    data = f"kind,title,date\ndocument,A, B,{lab.phases[0].start}\n".encode()
    preview = imports.preview_sources(store, lab.id, uploads.read_table("t.csv", data))
    assert imports.commit(store, preview) == 0
    assert store.records(lab.id, Source) == []


def test_the_derive_command_reads_a_factor_csv_the_same_way(tmp_path):
    from monitor import derive_io

    path = tmp_path / "factors.csv"
    path.write_bytes(b'kind,text,phase\nbarrier,"""No hours"" for coaches, so slow",1\n')
    (row,) = derive_io.read_factor_file(path)
    assert row["text"] == '"No hours" for coaches, so slow' and row["phase"] == "1"
