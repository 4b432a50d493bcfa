"""The table import on the Import page with files as spreadsheets write them: quotes written as
"" in a comma file, a row with cells beyond the header, dates that read both ways."""

import datetime as dt

from monitor.model import Source
from tests.pages.conftest import app, texts


def _ambiguous_day(lab) -> dt.date:
    """A day of the lab's first phase that reads as another day with day and month swapped."""
    day = lab.phases[0].start
    while day.day > 12 or day.day == day.month:
        day += dt.timedelta(days=1)
    assert day <= lab.phases[0].end
    return day


def _upload(csv: str):
    at = app().run()
    at.switch_page("pages/import_table.py").run()
    at.file_uploader[0].upload("bronnen.csv", csv.encode(), "text/csv").run()
    assert not at.exception, at.exception
    return at


def test_a_comma_file_with_quotes_and_ambiguous_dates_asks_the_order(demo_store):
    lab = demo_store.labs()[0]
    start = _ambiguous_day(lab)
    # day and month both 12 or less: 3 April or March 4?
    day_first = f"{start.day}-{start.month}-{start.year}"
    csv = (
        "kind,title,date,text\n"
        f'minutes,"Overleg ""kort"", maar goed",{day_first},"Eerst dit, dan dat"\n'
        f"minutes,Te veel,{day_first},tekst,rest, nog meer\n"
    )
    at = _upload(csv)
    (order,) = [r for r in at.radio if r.label.startswith("Hoe staan data")]
    assert order.value is True  # day first, as Dutch spreadsheets write
    shown = texts(at)
    assert "1 regels zijn goed, 1 regels niet." in shown
    assert any("Regel 3" in e.value and "2 cellen meer" in e.value for e in at.error)
    next(b for b in at.button if b.label.startswith("1 goede")).click().run()
    (stored,) = [s for s in demo_store.records(lab.id, Source) if s.title.startswith("Overleg")]
    assert stored.title == 'Overleg "kort", maar goed'
    assert stored.text == "Eerst dit, dan dat"
    assert stored.date == start


def test_month_first_can_be_chosen(demo_store):
    lab = demo_store.labs()[0]
    start = _ambiguous_day(lab)
    csv = f"kind,title,date\nminutes,Meeting,{start.month}/{start.day}/{start.year}\n"
    at = _upload(csv)
    (order,) = [r for r in at.radio if r.label.startswith("Hoe staan data")]
    order.set_value(False).run()
    assert not at.exception, at.exception
    next(b for b in at.button if b.label.startswith("1 goede")).click().run()
    (stored,) = [s for s in demo_store.records(lab.id, Source) if s.title == "Meeting"]
    assert stored.date == start


def test_no_question_when_the_dates_show_their_order(demo_store):
    csv = "kind,title,date\nminutes,A,25-3-2026\nminutes,B,2026-03-26\n"
    at = _upload(csv)
    assert not [r for r in at.radio if r.label.startswith("Hoe staan data")]


def test_an_xls_form_is_added_on_the_instruments_page_with_its_notes(demo_store):
    from pathlib import Path

    form = Path(__file__).parent.parent / "data" / "xlsforms" / "pyxform__example_xls__tutorial.xls"
    at = app().run()
    at.switch_page("pages/protocols.py").run()
    at.file_uploader[0].upload(form.name, form.read_bytes(), "application/vnd.ms-excel").run()
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert not at.exception, at.exception
    assert not at.error
    shown = texts(at).replace("\\", "")
    assert "Niet alles uit het XLSForm is overgenomen" in shown
    assert "pyxform_example_xls_tutorial.yaml" in demo_store.uploaded_protocols()


def test_a_broken_form_lists_every_problem_at_once(demo_store):
    import io

    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "survey"
    for row in (["type", "name", "label"], ["essay", "a", "A?"], ["select_one nope", "b", "B?"]):
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    at = app().run()
    at.switch_page("pages/protocols.py").run()
    at.file_uploader[0].upload("kapot.xlsx", buffer.getvalue(), "application/zip").run()
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert not at.exception, at.exception
    errors = [e.value.replace("\\", "") for e in at.error]
    (error,) = [e for e in errors if "kapot.xlsx" in e]
    assert "los deze 2 punten op" in error
    assert "blad survey, rij 2" in error and "blad survey, rij 3" in error
    assert "YAML" not in error
    assert demo_store.uploaded_protocols() == {}
