import json
import subprocess

import pytest

from monitor.cli import main


def test_demo_labs_export_import_round_trip(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["demo", "--data-dir", str(first)]) == 0
    lab_id, name = capsys.readouterr().out.strip().split("\t")
    assert main(["labs", "--data-dir", str(first)]) == 0
    assert capsys.readouterr().out == f"{lab_id}\t{name}\n"
    out = tmp_path / "lab.json"
    assert main(["export", "--lab", lab_id, "--out", str(out), "--data-dir", str(first)]) == 0
    assert main(["import", str(out), "--data-dir", str(second)]) == 0
    capsys.readouterr()
    assert main(["labs", "--json", "--data-dir", str(second)]) == 0
    assert json.loads(capsys.readouterr().out) == [{"id": lab_id, "name": name}]


def test_the_environment_variable_chooses_the_store(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABMONITOR_DATA_DIR", str(tmp_path / "env"))
    assert main(["demo"]) == 0
    assert (tmp_path / "env" / "catalog.json").exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["export", "--lab", "nope", "--out", "x.json"], "does not exist"),
        (["import", "missing.json"], "No such file"),
    ],
)
def test_user_errors_print_one_line_and_exit_nonzero(tmp_path, capsys, argv, message):
    assert main([*argv, "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_second_demo_load_is_refused(tmp_path, capsys):
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    assert main(["demo", "--data-dir", str(tmp_path)]) == 1
    assert "already there" in capsys.readouterr().err


def _content(export: dict) -> dict:
    """An export without the moments it was made and stored, and without link hashes (each
    store makes links with its own secret key)."""
    drop = ("created", "updated", "token_hash", "code_hash")
    return {
        kind: [{k: v for k, v in r.items() if k not in drop} for r in records]
        for kind, records in export["records"].items()
    }


def test_the_large_demo_is_deterministic(tmp_path, capsys):
    for directory in ("a", "b"):
        assert main(["demo", "--scale", "large", "--data-dir", str(tmp_path / directory)]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first == second
    for directory in ("a", "b"):
        main(
            [
                "export",
                "--lab",
                first.split("\t")[0],
                "--out",
                str(tmp_path / f"{directory}.json"),
                "--data-dir",
                str(tmp_path / directory),
            ]
        )
    a, b = (json.loads((tmp_path / f"{d}.json").read_text()) for d in "ab")
    assert _content(a) == _content(b)
    kinds = ("stakeholders", "activities", "sources", "factors", "learning_questions", "actions")
    assert [len(a["records"][k]) for k in kinds] == [60, 40, 400, 3000, 150, 400]
    assert len(a["records"]["responses"]) == 2000


def test_the_console_script_is_installed():
    result = subprocess.run(
        ["labmonitor", "labs", "--help"], capture_output=True, text=True, check=True
    )
    assert "--data-dir" in result.stdout


def test_every_cli_option_has_help_that_states_its_default():
    """`labmonitor <command> --help` explains every argument; an option that may be left out
    says what it is then (flags are off unless given)."""
    import argparse

    from monitor import cli

    unclear = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        chosen = {
            a for g in parser._mutually_exclusive_groups if g.required for a in g._group_actions
        }
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{path} {name}")
            elif isinstance(action, argparse._HelpAction | argparse._VersionAction):
                continue
            elif not action.help:
                unclear.append(f"{path} {action.dest}: no help")
            elif (
                action.option_strings
                and not action.required
                and action not in chosen
                and not isinstance(action, argparse._StoreTrueAction)
                and "default" not in action.help
            ):
                unclear.append(f"{path} {action.option_strings[0]}: no default in {action.help!r}")

    walk(cli._parser(), "labmonitor")
    assert unclear == []


def test_report_and_export_show_their_steps_on_a_terminal(tmp_path, capsys, monkeypatch):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    data = str(tmp_path / "d")
    assert main(["demo", "--data-dir", data]) == 0
    lab_id = capsys.readouterr().out.split("\t")[0]
    monkeypatch.setenv("LABMONITOR_LANG", "nl")
    for command, expected in (
        (["report", "--kind", "phase", "--out", str(tmp_path / "r.docx")], "Word-bestand"),
        (["export", "--out", str(tmp_path / "lab.json")], "Alle gegevens van het lab lezen"),
    ):
        shown = Terminal()
        monkeypatch.setattr(sys, "stderr", shown)
        assert main([*command, "--lab", lab_id, "--data-dir", data]) == 0
        assert expected in shown.getvalue() and "Klaar" in shown.getvalue()
    assert json.loads((tmp_path / "lab.json").read_text("utf-8"))["lab"]["id"] == lab_id
