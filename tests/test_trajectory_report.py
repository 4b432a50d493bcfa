"""The trajectories chapter of the phase and final reports."""

import dataclasses
import datetime as dt
import io

import docx
import pytest

from monitor import demo, reports
from monitor.i18n import t
from monitor.model import Participant, Stakeholder, Trajectory
from monitor.trajectories import report as trajectory_report
from tests.conftest import make_lab

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_lab(tmp_path_factory):
    from monitor.store import Store

    store = Store(tmp_path_factory.mktemp("traj_reports") / "data")
    return store, demo.load_demo(store)


def _build(store, lab, kind, lang="nl", phase=3):
    phase_id = lab.phases[phase - 1].id if kind == "phase" else ""
    return reports.build(store, lab.id, kind, phase_id=phase_id, lang=lang, today=TODAY)


def _chapter(report):
    return next(s for s in report.sections if s.key == "trajectories")


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("kind", ["phase", "final"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_chapter_has_routes_outcomes_steps_and_groups(demo_lab, kind, lang):
    store, lab = demo_lab
    found = _chapter(_build(store, lab, kind, lang))
    assert found.title == t("report.section.trajectories", lang)
    titles = [c.title for c in found.children]
    for key in ("report.traj.routes", "report.traj.outcomes", "report.traj.steps"):
        assert t(key, lang) in titles
    assert any(title.startswith(t("report.traj.arms", lang)) for title in titles)
    outcomes = found.children[titles.index(t("report.traj.outcomes", lang))]
    table = next(b for b in outcomes.blocks if isinstance(b, trajectory_report.Table))
    total = sum(int(row[1]) for row in table.rows)
    shown = len(store.records(lab.id, Trajectory))
    assert 0 < total <= shown  # routes below the threshold are held back


def test_the_word_file_names_employers_by_code_and_nobody_by_name(demo_lab):
    store, lab = demo_lab
    for kind in ("phase", "final"):
        phase_id = lab.phases[2].id if kind == "phase" else ""
        only = reports.build(
            store,
            lab.id,
            kind,
            phase_id=phase_id,
            sections=("trajectories",) if kind == "phase" else ("outcomes",),
            today=TODAY,
        )
        document = docx.Document(io.BytesIO(reports.to_docx(only)))
        text = _text(document)
        assert "Routes in de praktijk" in text and "EMP-0" in text
        for person in store.records(lab.id, Stakeholder):
            assert person.name not in text
            if person.group == "employer":
                assert person.organisation not in text
        for person in store.records(lab.id, Participant):
            assert person.name not in text
        assert "Vergelijkingsgroep regio (referentie)" in text


def test_too_few_trajectories_for_the_threshold_leave_a_note(demo_lab):
    store, lab = demo_lab
    strict = store.save(dataclasses.replace(lab, disclosure_threshold=100))
    try:
        found = _chapter(_build(store, strict, "final"))
        notes = [b.text for b in found.blocks if isinstance(b, trajectory_report.Note)]
        assert notes == [t("outcomes.too_few", "nl", threshold=100)]
        assert t("report.traj.routes", "nl") not in [c.title for c in found.children]
    finally:
        current = store.lab(lab.id)
        store.save(dataclasses.replace(current, disclosure_threshold=5))


def test_a_lab_without_trajectories_has_no_chapter(store):
    lab = make_lab(store)
    for kind in ("phase", "final"):
        report = _build(store, lab, kind, phase=1)
        assert all(s.key != "trajectories" for s in report.sections)


def test_a_phase_report_counts_only_trajectories_of_that_phase(demo_lab):
    store, lab = demo_lab
    found = _chapter(_build(store, lab, "phase", phase=1))
    # The demo's trajectories all start in the implementation phase.
    assert t("report.traj.routes", "nl") not in [c.title for c in found.children]
