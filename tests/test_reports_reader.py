"""Reports as a reader gets them: a contents page that lists the real headings, numbered
headings, honest document properties, tables whose columns fit their longest words."""

import dataclasses
import datetime as dt
import io
import re

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


# -- the state at the end of a phase ---------------------------------------------------------


def _question_with_action(store, lab):
    from monitor.model import Action, HistoryEntry, LearningQuestion

    phase = lab.phases[0]
    question = store.save(
        LearningQuestion(
            lab_id=lab.id,
            theme="capacity",
            text={"nl": "Hoe maken we tijd vrij voor coaches?"},
            phase_id=phase.id,
            history=(HistoryEntry(at=f"{phase.start.isoformat()}T10:00:00Z", event="raised"),),
        )
    )
    store.save(
        Action(
            lab_id=lab.id,
            text="Uren voor coaches reserveren",
            question_id=question.id,
            created=f"{phase.start.isoformat()}T11:00:00Z",
        )
    )
    store.save(Action(lab_id=lab.id, text="Later afgesproken actie", question_id=question.id))
    return phase


def test_a_past_phase_is_reported_as_it_stood_on_its_last_day(store):
    from tests.conftest import make_lab

    lab = make_lab(store)
    phase = _question_with_action(store, lab)
    report = reports.build(store, lab.id, "phase", phase_id=phase.id, today=TODAY)
    text = _all_text(report)
    assert "Uren voor coaches reserveren" in text
    assert "Later afgesproken actie" not in text  # agreed after the phase ended
    assert "laatste dag van de fase" in text
    today = reports.build(store, lab.id, "phase", phase_id=phase.id, today=TODAY, as_of_today=True)
    assert "Later afgesproken actie" in _all_text(today)


def test_an_action_finished_after_the_phase_counts_as_open_then(store):
    from monitor.model import Action, ActionStatus
    from monitor.reports import data as report_data
    from tests.conftest import make_lab

    lab = make_lab(store)
    phase = _question_with_action(store, lab)
    loaded = report_data.load(store, lab.id, TODAY)
    done = [dataclasses.replace(a, status=ActionStatus.DONE) for a in loaded.actions]
    then = report_data.as_of(dataclasses.replace(loaded, actions=done), phase.end)
    assert [a.status for a in then.actions] == [ActionStatus.PLANNED]
    assert then.today == phase.end and isinstance(then.actions[0], Action)


def _all_text(report) -> str:
    document = docx.Document(io.BytesIO(reports.to_docx(report, chart_png=lambda chart: None)))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts).replace("\u00a0", " ")


# -- words a reader understands -------------------------------------------------------------


def test_reports_speak_plainly(demo_lab):
    store, lab = demo_lab
    for kind in reports.KINDS:
        for lang in ("nl", "en"):
            phase_id = lab.phases[2].id if kind == "phase" else ""
            report = reports.build(store, lab.id, kind, phase_id=phase_id, lang=lang, today=TODAY)
            text = _all_text(report)
            assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), (kind, lang)  # no ISO dates
            assert not re.search(r"\(v\d+\)", text), (kind, lang)  # no version marks
            assert "employee_skills" not in text and "coach_capacity" not in text
            assert not re.search(r"\b1 (leervragen|factoren|enablers|barriers|acties)\b", text)
            if kind != "meeting":
                assert ("EMP = " in text) and ("COACH = " in text)  # the code legend
            english_note = "The lab works in Dutch" in text
            assert english_note == (lang == "en" and kind != "meeting")


def test_numbers_follow_the_language(demo_lab):
    store, lab = demo_lab
    phase_id = lab.phases[2].id
    nl = _all_text(reports.build(store, lab.id, "phase", phase_id=phase_id, today=TODAY))
    en = _all_text(reports.build(store, lab.id, "phase", phase_id=phase_id, lang="en", today=TODAY))
    assert re.search(r"\b\d,\d\d\b", nl) and not re.search(r"\b\d\.\d\d\b", nl)
    assert re.search(r"\b\d\.\d\d\b", en) and not re.search(r"\b\d,\d\d\b", en)
    assert "Werknemersvaardigheden" in nl and "Employee skills" in en


def test_plurals_with_one_of_everything(store):
    from monitor.model import Factor, FactorKind
    from tests.conftest import make_lab

    lab = make_lab(store)
    phase = lab.phases[0]
    store.save(
        Factor(
            lab_id=lab.id,
            kind=FactorKind.ENABLER,
            text="Goed idee",
            phase_id=phase.id,
            themes=("capacity",),
        )
    )
    nl = _all_text(reports.build(store, lab.id, "phase", phase_id=phase.id, today=TODAY))
    en = _all_text(reports.build(store, lab.id, "phase", phase_id=phase.id, lang="en", today=TODAY))
    assert "1 factor gecodeerd: 1 bevorderend, 0 belemmerend." in nl
    assert "1 factor coded: 1 enabler, 0 barriers." in en


def test_open_answers_sit_under_their_question_and_repeat_once():
    from types import SimpleNamespace

    from monitor.reports import parts
    from monitor.reports.structure import Paragraph, Quote

    first = SimpleNamespace(id="q1", label={"en": "What helped you?"})
    second = SimpleNamespace(id="q2", label={"en": "What should change?"})
    answers = [
        SimpleNamespace(question=first, text="The coach"),
        SimpleNamespace(question=second, text="More time"),
        SimpleNamespace(question=first, text="The  coach"),
    ]
    blocks = parts.open_answer_blocks(answers, "en")
    shown = [
        (type(b).__name__, b.bold_lead if isinstance(b, Paragraph) else b.text) for b in blocks
    ]
    assert shown[1:] == [
        ("Paragraph", "What helped you?"),
        ("Quote", "The coach (2 times)"),
        ("Paragraph", "What should change?"),
        ("Quote", "More time"),
    ]
    assert isinstance(blocks[2], Quote)


# -- scale and bad input ----------------------------------------------------------------------


def test_a_phase_with_many_factors_shows_the_main_ones_and_sends_the_rest_on(store):
    from monitor.model import Factor, FactorKind
    from monitor.reports import parts
    from tests.conftest import make_lab

    lab = make_lab(store)
    phase = lab.phases[0]
    store.save_all(
        [
            Factor(
                lab_id=lab.id,
                kind=FactorKind.BARRIER if i % 2 else FactorKind.ENABLER,
                text=f"Factor nummer {i}",
                phase_id=phase.id,
                themes=(("capacity", "governance", "momentum")[i % 3],),
            )
            for i in range(parts.FULL_LIST_LIMIT + 30)
        ]
    )
    report = reports.build(store, lab.id, "phase", phase_id=phase.id, today=TODAY)
    factors = next(s for s in report.sections if s.key == "factors")
    table = next(b for b in factors.blocks if isinstance(b, Table))
    for row in table.rows:
        for cell in row[1:]:
            assert cell.count("• ") <= parts.MAIN_PER_SIDE and "en nog" in cell
    appendix = next(s for s in report.sections if s.key == "appendix")
    assert "te veel om hier af te drukken" in reports.structure.describe(
        appendix.children[0].blocks, "nl"
    )


def test_outcomes_under_the_disclosure_threshold_become_a_note(store):
    from monitor.model import Outcome, Participant
    from tests.conftest import make_lab

    lab = make_lab(store)
    for name in ("A", "B"):
        store.save(Participant(lab_id=lab.id, name=name, outcome=Outcome.SUCCESSFUL))
    text = _all_text(reports.build(store, lab.id, "final", lang="en", today=TODAY))
    assert "2 trajectories have a known outcome; outcomes are shown from 5 on" in text
    assert "successful" not in text.split("Trajectory outcomes")[-1].split("Appendices")[0][60:]


def test_an_empty_final_report_has_a_note_in_every_part(store):
    from tests.conftest import make_lab

    lab = make_lab(store)
    text = _all_text(reports.build(store, lab.id, "final", lang="en", today=TODAY))
    for key in ("conclusions", "questions", "all_lessons"):
        assert reports.t(f"report.empty.{key}", "en") in text
