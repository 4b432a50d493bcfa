"""`labmonitor instrument import`: an instrument (YAML, .xlsx or .xls) checked and stored from a
script, every problem listed as JSON or Markdown, exit 1 and nothing stored when refused."""

import json
from pathlib import Path

import pytest

from monitor import protocols
from monitor.cli import main
from monitor.store import Store
from monitor.xlsform import export_xlsform
from tests.samples import VALID
from tests.test_xlsform import make_xlsform

FORMS = Path(__file__).parent / "data" / "xlsforms"


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_xls_form_is_stored_as_an_upload_would_be(capsys, data_dir):
    form = FORMS / "pyxform__example_xls__tutorial.xls"
    code, out, err = _run(capsys, "instrument", "import", str(form), "--data-dir", data_dir)
    assert code == 0, err
    found = json.loads(out)
    assert found["id"] == "pyxform_example_xls_tutorial"
    assert found["questions"] == 10
    assert found["errors"] == []
    assert any("integer" in note for note in found["notes"])
    store = Store(data_dir)
    known, problems = protocols.load_with_store(store)
    assert problems == []
    assert sum(q.answerable for q in known["pyxform_example_xls_tutorial"].questions) == 10


def test_a_dry_run_checks_and_stores_nothing(capsys, data_dir, tmp_path):
    form = tmp_path / "mini.yaml"
    form.write_text(VALID)
    code, out, _ = _run(
        capsys, "instrument", "import", str(form), "--dry-run", "--data-dir", data_dir
    )
    assert code == 0
    assert json.loads(out)["id"] == protocols.parse(VALID, "mini.yaml").id
    assert Store(data_dir).uploaded_protocols() == {}


def test_a_refused_form_lists_every_problem_and_exits_1(capsys, data_dir, tmp_path):
    survey = [
        ["type", "name", "label"],
        ["text", "q", "Q?"],
        ["essay", "r", "R?"],
        ["select_one colours", "s", "S?"],
        ["text", "", "No name?"],
    ]
    form = tmp_path / "broken.xlsx"
    form.write_bytes(make_xlsform(survey))
    code, out, err = _run(capsys, "instrument", "import", str(form), "--data-dir", data_dir)
    assert code == 1
    assert "Traceback" not in err and "broken.xlsx" in err
    found = json.loads(out)
    assert found["id"] is None and found["questions"] == 0
    assert [(e["sheet"], e["row"]) for e in found["errors"]] == [
        ("survey", 3),
        ("survey", 4),
        ("survey", 5),
    ]
    assert all(set(e) == {"sheet", "row", "column", "message"} for e in found["errors"])
    assert found["errors"][0]["column"].startswith("type")
    assert all("yaml" not in e["message"].casefold() for e in found["errors"])
    assert Store(data_dir).uploaded_protocols() == {}


def test_markdown_in_dutch(capsys, data_dir, tmp_path):
    protocol = protocols.load_all()[0]["coach_t0"]
    form = tmp_path / "coach.xlsx"
    form.write_bytes(export_xlsform(protocol))
    argv = ("instrument", "import", str(form), "--format", "md", "--lang", "nl")
    code, out, _ = _run(capsys, *argv, "--dry-run", "--data-dir", data_dir)
    assert code == 0
    assert out.startswith("# coach.xlsx\n")
    assert "Instrument coach_t0 kan worden overgenomen" in out
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(make_xlsform([["type", "name", "label"], ["essay", "r", "R?"]]))
    code, out, err = _run(capsys, *argv[:2], str(broken), *argv[3:], "--data-dir", data_dir)
    assert code == 1
    assert "## Problemen" in out and "blad survey, rij 2" in out
    assert "kapot.xlsx is niet overgenomen (1 probleem, zie de lijst)" in out


@pytest.mark.parametrize(
    "name, data",
    [("form.txt", b"hello"), ("form.xlsx", b"not a zip"), ("form.yaml", b"id: [\n")],
)
def test_files_that_are_no_instrument_get_a_message_never_a_traceback(
    capsys, data_dir, tmp_path, name, data
):
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = _run(capsys, "instrument", "import", str(path), "--data-dir", data_dir)
    assert code == 1
    assert "Traceback" not in err
    (error,) = json.loads(out)["errors"]
    assert name in error["message"]


def test_a_missing_file_is_one_line(capsys, data_dir, tmp_path):
    code, _, err = _run(
        capsys, "instrument", "import", str(tmp_path / "nothere.xlsx"), "--data-dir", data_dir
    )
    assert code == 1
    assert len(err.strip().splitlines()) == 1
