"""Reports as a reader gets them: a contents page that lists the real headings, numbered
headings, honest document properties, tables whose columns fit their longest words."""

import datetime as dt
import io

import docx
import pytest

from monitor import demo, reports
from monitor.reports import word
from monitor.reports.structure import Table

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_lab(tmp_path_factory):
    from monitor.store import Store

    store = Store(tmp_path_factory.mktemp("reader") / "data")
    return store, demo.load_demo(store)


def _document(store, lab, kind, lang="nl", phase=2, **kwargs):
    phase_id = lab.phases[phase - 1].id if kind == "phase" else ""
    report = reports.build(store, lab.id, kind, phase_id=phase_id, lang=lang, today=TODAY, **kwargs)
    return report, docx.Document(io.BytesIO(reports.to_docx(report)))


def _contents_lines(document) -> list[str]:
    return [p.text.split("\t")[0] for p in document.paragraphs if p.style.name.startswith("toc ")]


def test_the_contents_already_lists_the_numbered_headings(demo_lab):
    store, lab = demo_lab
    _, document = _document(store, lab, "phase")
    headings = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert headings[0].startswith("1 ") and any(h.startswith("6.1 ") for h in headings)
    assert _contents_lines(document) == headings
    body = document.element.body.xml
    assert body.count("PAGEREF _Toc") == len(headings)
    assert "Veld bijwerken" not in body and "Update field" not in body


def test_numbered_headings_can_be_switched_off(demo_lab):
    store, lab = demo_lab
    _, document = _document(store, lab, "phase", numbered=False)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Samenvatting"


def test_document_properties_name_the_researcher_and_now(demo_lab):
    store, lab = demo_lab
    report, document = _document(store, lab, "final", lang="en")
    core = document.core_properties
    assert "Veldlicht" in core.author and core.author == core.last_modified_by
    assert "python-docx" not in f"{core.author}{core.comments}{core.last_modified_by}"
    assert core.created.year >= 2026 and core.created == core.modified
    assert core.language == "en-GB" and lab.name in core.title


def test_columns_are_never_narrower_than_their_longest_word():
    block = Table(
        columns=("Projectorganisatie", "Bedrijvenambassadeur", "n", "Verschil"),
        rows=(("Werkgeversservicepunt", "een lange zin " * 12, "3", "+0,25"),),
        caption="",
    )
    layout = word.table_layout(block)
    char = word._char_cm(layout.font_pt)
    assert not layout.landscape and abs(sum(layout.widths) - word.TEXT_WIDTH_CM) < 0.01
    for c, longest in enumerate(("Werkgeversservicepunt", "Bedrijvenambassadeur", "n", "Verschil")):
        assert layout.widths[c] >= len(longest) * char * (word.BOLD if c % 2 else 1)


def test_a_table_too_wide_for_portrait_turns_landscape_with_a_smaller_font():
    words = tuple(f"Samenwerkingsverband{i}" for i in range(8))
    layout = word.table_layout(Table(columns=words, rows=(words,), caption=""))
    assert layout.landscape and layout.font_pt < word.TABLE_PT[0]
    document = docx.Document(
        io.BytesIO(
            word.render(
                reports.Report("phase", "nl", "T", "S", (), (_section_with(words),)),
                chart_png=lambda chart: None,
            )
        )
    )
    orientations = [s.orientation for s in document.sections]
    assert orientations == [0, 1, 0]  # portrait, landscape for the table, portrait again


def _section_with(words):
    from monitor.reports.structure import Section

    return Section("x", "Brede tabel", (Table(columns=words, rows=(words,), caption="c"),))


def test_short_cells_such_as_a_period_stay_on_one_line_and_headers_wrap():
    period = "6 Jan 2025 – 30 May 2025"
    block = Table(
        columns=("Phase", "Period", "Activities", "Participants", "New learning questions"),
        rows=(("1. Verkenning", period, "4", "43", "4"),),
        caption="",
        total=("Total", "", "14", "196", "8"),
    )
    layout = word.table_layout(block)
    char = word._char_cm(layout.font_pt)
    assert layout.widths[1] >= len(period) * char
    assert layout.widths[4] < len("New learning questions") * char  # the header wraps
