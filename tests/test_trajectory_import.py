"""Importing the job company's registration export, and the trajectory commands."""

import json

import pytest
from openpyxl import Workbook

from monitor import uploads
from monitor.cli import main
from monitor.errors import Conflict, InvalidInput
from monitor.model import Participant, Stakeholder, StakeholderGroup, Trajectory
from monitor.trajectories import core, tables

HEADER = "kandidaat;route;werkgever;functie;inleerlocatie;start;einde;uitkomst;stap1;stap6;reden"
GOOD = [
    "K-001;kleinschalige groei;Ophof Installatietechniek;monteur;werkgever;2025-03-01;"
    "2025-09-01;beoogde baan;2025-03-01;2025-09-01;",
    "K-002;stapelbanen;Bakkerij De Korenaar;verkoper;werkbedrijf;01-04-2025;;nog in traject;;;",
    "K-003;Ontwikkelbanen;bakkerij de korenaar;inpakker;opleiding;2025-05-01;2025-08-15;"
    "geen werk;;;vervoer lukte niet",
]
BAD = {
    "ladder": "K-010;ladder;X;y;werkgever;2025-03-01;;geen werk;;;",
    "end": "K-011;ontwikkelbanen;Nieuw BV;y;opleiding;2025-05-01;2025-03-01;geen werk;;;",
    "step": "K-012;stapelbanen;X;y;werkgever;2025-03-01;;onbekend;2025-01-01;;",
    "outcome": "K-013;stapelbanen;X;y;werkgever;2025-03-01;;promotie;;;",
}


def _rows(lines: list[str]) -> list[dict[str, str]]:
    data = "\n".join([HEADER, *lines]).encode()
    return uploads.read_table("export.csv", data)


def test_good_rows_import_and_unknown_people_are_created(store, lab):
    found = tables.preview(store, lab.id, _rows(GOOD))
    assert found.errors == [] and len(found.created) == 3
    assert [p.pseudonym for p in found.new_candidates] == ["K-001", "K-002", "K-003"]
    # The same employer in another spelling is one new employer.
    assert [e.name for e in found.new_employers] == [
        "Ophof Installatietechniek",
        "Bakkerij De Korenaar",
    ]
    tables.commit(store, found)
    stored = {t.candidate: t for t in store.records(lab.id, Trajectory)}
    assert stored["K-002"].start.isoformat() == "2025-04-01"
    assert stored["K-002"].location == "job_company"
    assert stored["K-003"].route == "development" and stored["K-003"].reason
    assert stored["K-001"].outcome == "intended_job"
    assert core.step(stored["K-001"], 6).reached.isoformat() == "2025-09-01"
    employers = [s for s in store.records(lab.id, Stakeholder)]
    assert {s.group for s in employers} == {StakeholderGroup.EMPLOYER}
    assert {s.pseudonym for s in employers} == {"EMP-01", "EMP-02"}
    assert stored["K-002"].employer_id == stored["K-003"].employer_id
    people = {p.id: p for p in store.records(lab.id, Participant)}
    assert all(people[t.participant_id].pseudonym == t.candidate for t in stored.values())
    tables.commit(store, found)  # a second click stores nothing twice
    assert len(store.records(lab.id, Trajectory)) == 3


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_row_stores_nothing_and_good_rows_import(store, lab, case):
    found = tables.preview(store, lab.id, _rows([GOOD[0], BAD[case]]))
    assert [row for row, _ in found.errors] == [3]
    message = found.errors[0][1]
    assert message.message("nl") != message.message("en")
    tables.commit(store, found)
    assert [t.candidate for t in store.records(lab.id, Trajectory)] == ["K-001"]
    # Neither the bad row's candidate nor its employer was created.
    assert [p.pseudonym for p in store.records(lab.id, Participant)] == ["K-001"]
    assert [s.name for s in store.records(lab.id, Stakeholder)] == ["Ophof Installatietechniek"]


def test_the_same_candidate_twice_refuses_both_rows(store, lab):
    found = tables.preview(
        store, lab.id, _rows([GOOD[0], GOOD[1], GOOD[1].replace("01-04", "02-04")])
    )
    assert [row for row, _ in found.errors] == [3, 4]
    assert "regel 4" in found.errors[0][1].message("nl")
    assert len(found.created) == 1


def test_reimport_updates_and_keeps_notes(store, lab):
    tables.commit(store, tables.preview(store, lab.id, _rows(GOOD)))
    first = next(t for t in store.records(lab.id, Trajectory) if t.candidate == "K-002")
    core.update_step(store, first, 2, "2025-04-10", "Gesprek met de bakker")
    later = GOOD[1].replace(";;nog in traject;;;", ";2025-10-01;beoogde baan;;2025-10-01;")
    found = tables.preview(store, lab.id, _rows([later]))
    assert not found.created and len(found.updated) == 1 and not found.new_employers
    # Someone changes the trajectory between the preview and the import: nothing is stored.
    now = store.record(lab.id, Trajectory, first.id)
    core.update_outcome(store, now, "learning", "", "")
    with pytest.raises(Conflict):
        tables.commit(store, found)
    found = tables.preview(store, lab.id, _rows([later]))
    tables.commit(store, found)
    done = store.record(lab.id, Trajectory, first.id)
    assert done.outcome == "intended_job"
    assert core.step(done, 2).note == "Gesprek met de bakker"
    assert core.step(done, 6).reached.isoformat() == "2025-10-01"


def test_english_columns_and_xlsx(store, lab, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["candidate", "route", "employer", "job", "location", "start", "end", "outcome"])
    sheet.append(
        ["K-100", "large_scale", "Zorggroep", "helper", "training", "2025-02-01", "", "agency"]
    )
    path = tmp_path / "export.xlsx"
    book.save(path)
    found = tables.preview(store, lab.id, uploads.read_table("export.xlsx", path.read_bytes()))
    assert found.errors == [] and found.created[0].outcome == "agency"


def test_a_file_without_the_candidate_column_is_refused(store, lab):
    with pytest.raises(InvalidInput) as caught:
        tables.preview(store, lab.id, [{"naam": "Jan", "route": "stapelbanen"}])
    assert caught.value.key == "error.traj_file"


def test_cli_create_import_outcomes(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    assert main(["lab", "create", "--name", "Proeftuin", "--lang", "en", *data]) == 0
    lab_id = capsys.readouterr().out.strip()
    file = tmp_path / "export.csv"
    file.write_text("\n".join([HEADER, *GOOD, BAD["ladder"]]), encoding="utf-8")
    assert main(["trajectories", "import", "--lab", lab_id, str(file), *data]) == 1
    out, err = capsys.readouterr()
    assert "3 new, 0 updated, 1 row not imported." in out
    assert "3 new candidates: K-001, K-002, K-003" in out
    assert "Row 5:" in err and "ladder" in err
    assert main(["outcomes", "--lab", lab_id, *data]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["total"] == 3
    assert found["by_outcome"] == {
        "intended_job": 1,
        "other_employer": 0,
        "agency": 0,
        "learning": 1,
        "no_job": 1,
        "unknown": 0,
    }
    # three candidates over three routes: every route is under the lab's disclosure threshold
    assert found["by_route"] == {}
    assert found["held_back"] == {"routes": 3, "trajectories": 3, "threshold": 5}
    assert found["learning_months"] == {"min": 3.5, "median": 4.8, "max": 6.0}
    assert main(["outcomes", "--lab", lab_id, "--format", "md", *data]) == 0
    md = capsys.readouterr().out
    assert "Development jobs" not in md and "3 trajectories" in md
    assert "3 routes have fewer than 5 trajectories" in md


def test_cli_lab_create_defaults_and_refuses_a_duplicate(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path)]
    assert main(["lab", "create", "--name", "Proeftuin", *data]) == 0
    lab_id = capsys.readouterr().out.strip()
    assert main(["labs", *data]) == 0
    assert capsys.readouterr().out == f"{lab_id}\tProeftuin\n"
    assert main(["lab", "create", "--name", "proeftuin", *data]) == 1
    assert "already exists" in capsys.readouterr().err


def test_the_outcomes_command_does_not_load_charts_or_reports(tmp_path):
    """A fresh `labmonitor outcomes` stays fast: no Altair, pandas or report modules."""
    import subprocess
    import sys

    data = tmp_path / "d"
    assert main(["lab", "create", "--name", "Snel", "--data-dir", str(data)]) == 0
    script = (
        "import sys\n"
        "from monitor import cli, store\n"
        "lab = store.Store(sys.argv[1]).labs()[0].id\n"
        "assert cli.main(['outcomes', '--lab', lab, '--data-dir', sys.argv[1]]) == 0\n"
        "heavy = [m for m in ('altair', 'pandas', 'monitor.reports', 'docx') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(data)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
