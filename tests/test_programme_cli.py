"""`labmonitor programme ...`."""

import json

from monitor.cli import main
from tests.conftest import make_lab
from tests.programme_helpers import coded_lab


def test_create_add_lab_list_and_agenda_json(tmp_path, capsys):
    from monitor.store import Store

    store = Store(tmp_path)
    a = coded_lab(store, "A", {1: ["capacity"]})
    b = coded_lab(store, "B", {2: ["capacity"]})
    make_lab(store, name="Erbuiten")
    args = ["--data-dir", str(tmp_path)]
    assert main(["programme", "create", "--name", "Werk", "--lead", "lead", *args]) == 0
    programme_id, name = capsys.readouterr().out.strip().split("\t")
    for lab, region in ((a, "Twente"), (b, "Zeeland")):
        assert main(["programme", "add-lab", "--programme", programme_id, "--lab", lab.id,
                     "--region", region, *args]) == 0  # fmt: skip
    assert main(["programme", "create", "--name", "Ander", *args]) == 0
    other_id = capsys.readouterr().out.strip().splitlines()[-1].split("\t")[0]
    assert main(["programme", "add-lab", "--programme", other_id, "--lab", a.id, *args]) == 1
    assert "already belongs" in capsys.readouterr().err
    assert main(["programme", "list", *args]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed == [f"{other_id}\tAnder", f"{programme_id}\t{name}"]
    assert (
        main(["programme", "agenda", "--programme", programme_id, "--format", "json", *args]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    guidance = next(t for t in data["themes"] if t["id"] == "guidance")
    assert (guidance["pillar"], guidance["labs"], guidance["barrier_labs"]) == ("route", 2, 2)
    assert guidance["questions"] == [] and data["priorities"] == []
    assert {"id", "pillar", "labs", "barrier_labs", "questions"} <= set(data["themes"][0])
    out = tmp_path / "programma.docx"
    assert main(["programme", "report", "--programme", programme_id, "--out", str(out), *args]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert main(["programme", "agenda", "--programme", "nope", *args]) == 1
    assert "does not exist" in capsys.readouterr().err
