"""Word reports: structure, Word features, privacy (pseudonyms, disclosure control, reviewed
open answers), hostile text, empty labs, a missing chart renderer, and LibreOffice opening
the files."""

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess

import docx
import pytest

from monitor import cli, demo, reports, survey_results, transfer
from monitor.errors import Conflict, InvalidInput
from monitor.i18n import t
from monitor.model import (
    Factor,
    FactorKind,
    Narrative,
    Participant,
    Response,
    Source,
    SourceKind,
    Stakeholder,
)
from monitor.reports import narrative
from tests.conftest import make_lab

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_lab(tmp_path_factory):
    from monitor.store import Store

    store = Store(tmp_path_factory.mktemp("reports") / "data")
    return store, demo.load_demo(store)


def _render(store, lab, kind, lang="nl", phase=2, **kwargs):
    """The report without its trajectories chapter (tests/test_trajectory_report.py has it),
    so the counts of charts and notes here stay about the parts this file tests."""
    phase_id = lab.phases[phase - 1].id if kind == "phase" else ""
    chosen = tuple(s for s in reports.SECTIONS[kind] if s != "trajectories")
    report = reports.build(
        store, lab.id, kind, phase_id=phase_id, lang=lang, today=TODAY, sections=chosen
    )
    return report, docx.Document(io.BytesIO(reports.to_docx(report, **kwargs)))


def _text(document) -> str:
    """Every word of a document: body, tables and footer."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    parts += [p.text for p in document.sections[0].footer.paragraphs]
    return "\n".join(parts)


def _headings(document) -> list[tuple[int, str]]:
    """(level, title) of every heading, without its number ("2.1 ")."""
    return [
        (int(p.style.name.split()[-1]), re.sub(r"^\d+(\.\d+)* ", "", p.text))
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]


def _no_orphan_headings(document) -> None:
    """After every heading comes content before the next heading of the same or higher rank."""
    body = document.element.body
    items = []
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            style = child.xpath("./w:pPr/w:pStyle/@w:val")
            level = int(style[0][-1]) if style and style[0].startswith("Heading") else 0
            items.append((level, "".join(child.itertext()).strip()))
        elif child.tag.endswith("}tbl"):
            items.append((0, "table"))
    for i, (level, title) in enumerate(items):
        if not level:
            continue
        following = next(
            (lv for lv, text in items[i + 1 :] if lv or text),
            None,
        )
        assert following is not None and (following == 0 or following > level), title


# -- the three reports -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_phase_report_has_every_part_with_word_structure(demo_lab, lang):
    store, lab = demo_lab
    report, document = _render(store, lab, "phase", lang, phase=3)
    levels = _headings(document)
    titles = [title for level, title in levels if level == 1]
    for key in ("summary", "sources", "activities", "factors", "questions", "surveys"):
        assert t(f"report.section.{key}", lang) in titles
    for key in ("recommendations", "appendices"):
        assert t(f"report.section.{key}", lang) in titles
    # the demo has no observations written for phase 3: left out, not an empty heading
    assert t("report.section.observations", lang) not in titles
    assert {level for level, _ in levels} == {1, 2}  # themes and surveys are level 2
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body  # a real table-of-contents field
    assert "SEQ " in body  # numbered captions
    assert "PAGE" in document.sections[0].footer._element.xml
    assert document.settings.element.xml.count("updateFields") == 1
    assert {p.style.name for p in document.paragraphs} >= {"Title", "Caption", "List Bullet"}
    assert all(table.style.name == "Light List Accent 1" for table in document.tables)
    assert len(document.inline_shapes) == 4  # factors per theme, T0 and T1 agreement, before/after
    _no_orphan_headings(document)
    cover = _text(document)
    assert lab.name in cover and lab.phases[2].name in cover
    assert "Onderzoeksbureau Veldlicht" in cover  # the author the researcher entered


def test_the_phase_report_lists_its_sources_per_kind_with_n_per_group(demo_lab):
    store, lab = demo_lab
    report, _ = _render(store, lab, "phase", phase=1)
    sources = next(s for s in report.sections if s.key == "sources")
    rows = {(kind, what): n for kind, what, _period, n in sources.blocks[0].rows}
    assert rows[("Interview", "Interviews met werkgever")] == "2"
    assert {kind for kind, _ in rows} == {"Notulen", "Interview", "Document"}


def test_the_meeting_pack_is_short_and_has_no_contents(demo_lab):
    store, lab = demo_lab
    report, document = _render(store, lab, "meeting")
    assert not report.contents
    assert "TOC" not in document.element.body.xml
    titles = [title for level, title in _headings(document)]
    for key in ("open_questions", "overdue", "decisions", "votes"):
        assert t(f"report.section.{key}", "nl") in titles
    assert len(document.paragraphs) < 120
    _no_orphan_headings(document)


def test_the_final_report_has_lessons_per_theme_and_the_agenda_chart(demo_lab):
    store, lab = demo_lab
    report, document = _render(store, lab, "final", "en")
    text = _text(document)
    assert "Lessons learned" in text and "Design principles" in text
    assert "Zet vanaf de start een werkgever in de stuurgroep." in text  # the researcher's words
    for part in ("executive", "conclusions", "phase_chapters", "history", "trajectories"):
        assert t(f"report.section.{part}", "en") in text
    assert t("report.workshops.title", "en") in text
    # per phase its factor chart, the learning agenda, the outcomes, and the workshops' charts
    assert len(document.inline_shapes) >= len(lab.phases) + 2
    descriptions = document.element.body.xpath("//wp:docPr/@descr")
    assert len(descriptions) == len(document.inline_shapes) and all(descriptions)
    _no_orphan_headings(document)


# -- privacy -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", reports.KINDS)
def test_reports_never_name_stakeholders_or_participants(demo_lab, kind):
    store, lab = demo_lab
    for phase in (1, 2, 3):
        _, document = _render(store, lab, kind, phase=phase)
        text = _text(document)
        for person in store.records(lab.id, Stakeholder):
            assert person.name not in text
        for person in store.records(lab.id, Participant):
            assert person.name not in text and (not person.contact or person.contact not in text)
        if kind != "phase":
            break


def test_survey_results_follow_the_disclosure_threshold(demo_lab):
    store, lab = demo_lab
    strict = dataclasses.replace(lab, disclosure_threshold=50)
    store.save(strict)
    try:
        _, document = _render(store, lab, "phase", phase=3)
    finally:
        store.save(dataclasses.replace(store.lab(lab.id), disclosure_threshold=5))
    text = _text(document)
    assert "uitkomsten worden pas getoond vanaf 50" in text
    assert len(document.inline_shapes) == 1  # only the factors per theme, no survey chart
    assert "Gemiddeld" not in text  # no scale table


def test_only_reviewed_open_answers_reach_a_report(demo_lab):
    store, lab = demo_lab
    protocols = reports.data.load(store, lab.id).protocols
    answers = []
    for response in survey_results.submitted(store.records(lab.id, Response)):
        answers += survey_results.open_answers(protocols[response.protocol_id], [response])
    reviewed = {a.text for a in answers if a.reviewed}
    waiting = {a.text for a in answers if not a.reviewed} - reviewed
    assert reviewed and waiting
    _, document = _render(store, lab, "phase", phase=3)
    text = _text(document)
    assert all(answer in text for answer in reviewed)
    assert not any(answer in text for answer in waiting)


# -- bad input and robustness --------------------------------------------------------------------


HOSTILE = (
    'Emoji 😀👍🏽, <script>alert(1)</script> **vet** =HYPERLINK("http://x","y") '
    "control\x07chars\x1b and a word " + "x" * 5000
)


def test_hostile_text_is_written_literally_and_the_file_stays_valid(store):
    lab = make_lab(store)
    phase = lab.phases[0]
    # Stored as if by an older version or another tool: the report must cope on its own.
    store.save(
        Narrative(
            id=narrative.narrative_id("phase", phase.id, "summary"),
            lab_id=lab.id,
            report="phase",
            phase_id=phase.id,
            section="summary",
            text=HOSTILE,
        )
    )
    source = store.save(
        Source(
            lab_id=lab.id,
            kind=SourceKind.DOCUMENT,
            title="<b>doc</b>\x00",
            date=phase.start,
            phase_id=phase.id,
        )
    )
    store.save(
        Factor(
            lab_id=lab.id,
            kind=FactorKind.BARRIER,
            text=HOSTILE,
            phase_id=phase.id,
            themes=("capacity",),
            source_id=source.id,
        )
    )
    report = reports.build(store, lab.id, "phase", phase_id=phase.id, today=TODAY)
    document = docx.Document(io.BytesIO(reports.to_docx(report)))
    text = _text(document)
    assert "😀👍🏽" in text and "<script>alert(1)</script>" in text and "**vet**" in text
    assert '=HYPERLINK("http://x","y")' in text
    assert "\x07" not in text and "controlchars" in text
    assert "x" * 30 in text and "x" * 31 not in text  # long words get break opportunities


@pytest.mark.parametrize("kind", reports.KINDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_empty_lab_gets_notes_not_bare_headings(store, kind, lang):
    lab = make_lab(store)
    report, document = _render(store, lab, kind, lang, phase=1)
    _no_orphan_headings(document)
    text = _text(document)
    if kind == "phase":
        assert t("report.empty.sources", lang) in text
        assert t("report.empty.factors", lang) in text
        assert t("report.empty.surveys", lang) in text
    if kind == "meeting":
        assert t("report.empty.votes", lang) in text


def test_a_lab_without_phases_still_gets_its_final_report(store):
    from monitor import labs

    lab = labs.create_lab(store, name="Zonder fasen", goal="", phases=())
    report, document = _render(store, lab, "final")
    _no_orphan_headings(document)
    with pytest.raises(InvalidInput):
        reports.build(store, lab.id, "phase", phase_id="nope")


def test_a_missing_or_failing_chart_renderer_leaves_a_note(demo_lab):
    store, lab = demo_lab

    def broken(chart):
        raise RuntimeError("renderer crashed")

    for renderer in (lambda chart: None, broken):
        _, document = _render(store, lab, "phase", phase=3, chart_png=renderer)
        assert len(document.inline_shapes) == 0
        assert _text(document).count("Grafiek niet getekend") == 4


# -- the researcher's narrative ------------------------------------------------------------------


def test_narrative_is_saved_once_per_place_and_conflicts_are_refused(store):
    lab = make_lab(store)
    phase_id = lab.phases[0].id
    first = narrative.save(store, lab.id, "phase", phase_id, "summary", "Eerste versie")
    again = narrative.save(
        store, lab.id, "phase", phase_id, "summary", "Tweede", expected_revision=1
    )
    assert again.id == first.id and len(store.records(lab.id, Narrative)) == 1
    with pytest.raises(Conflict):  # a second tab still holding revision 1
        narrative.save(store, lab.id, "phase", phase_id, "summary", "Oud", expected_revision=1)
    assert store.record(lab.id, Narrative, first.id).text == "Tweede"
    with pytest.raises(InvalidInput):
        narrative.save(store, lab.id, "phase", phase_id, "summary", "x" * 20_001)
    with pytest.raises(InvalidInput):
        narrative.save(store, lab.id, "phase", phase_id, "nonsense", "tekst")
    assert store.record(lab.id, Narrative, first.id).text == "Tweede"


def test_narrative_survives_the_json_round_trip(demo_lab, tmp_path):
    from monitor.store import Store

    store, lab = demo_lab
    payload = transfer.export_json(store, lab.id)
    other = Store(tmp_path / "other")
    transfer.import_json(other, payload)
    before = transfer.export_lab(store, lab.id)
    after = transfer.export_lab(other, lab.id)
    assert before["records"]["narratives"] == after["records"]["narratives"]
    assert len(after["records"]["narratives"]) >= 10
    phase_id = lab.phases[1].id
    original = _text(_render(store, lab, "phase")[1])
    restored = _text(_render(other, other.lab(lab.id), "phase")[1])
    assert original == restored
    assert narrative.get(narrative.texts(other, lab.id), "phase", phase_id, "summary")


# -- command line ----------------------------------------------------------------------------


def test_the_report_command_writes_a_word_file(demo_lab, tmp_path, capsys):
    store, lab = demo_lab
    out = tmp_path / "fase2.docx"
    code = cli.main(
        [
            "report",
            "--data-dir",
            str(store.dir),
            "--lab",
            lab.id,
            "--kind",
            "phase",
            "--phase",
            "2",
            "--lang",
            "en",
            "--out",
            str(out),
        ]
    )
    assert code == 0 and "Monitoring report" in capsys.readouterr().out
    assert "Enablers and barriers" in _text(docx.Document(out))
    code = cli.main(
        [
            "report",
            "--data-dir",
            str(store.dir),
            "--lab",
            lab.id,
            "--kind",
            "phase",
            "--phase",
            "7",
            "--out",
            str(tmp_path / "x.docx"),
        ]
    )
    assert code == 1 and "phase" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


# -- Word compatibility ------------------------------------------------------------------------


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: `apt-get install libreoffice-writer-nogui`",
)
def test_libreoffice_opens_every_kind_of_report(demo_lab, tmp_path):
    store, lab = demo_lab
    names = []
    for kind in reports.KINDS:
        phase_id = lab.phases[2].id if kind == "phase" else ""
        report = reports.build(store, lab.id, kind, phase_id=phase_id, today=TODAY)
        path = tmp_path / f"{kind}.docx"
        path.write_bytes(reports.to_docx(report))
        names.append(path)
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, names),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for path in names:
        pdf = path.with_suffix(".pdf").read_bytes()
        assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 2
