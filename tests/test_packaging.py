"""An installed wheel works on its own: built, installed in a fresh venv, run outside the repo."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_a_built_wheel_installs_and_runs_from_any_folder(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-w",
            dist,
            ROOT,
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "monitor/reports/word.py" in names
    assert "monitor/_protocols/framework.yaml" in names
    assert "monitor/_protocols/codebook.yaml" in names
    assert "monitor/demo/demo_lab.yaml" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--force-reinstall", "--no-deps", "--no-index", wheel],
        check=True,
        capture_output=True,
    )
    exe = env_dir / "bin" / "labmonitor"
    home = tmp_path / "home"
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(home / "share")}

    def run(*argv):
        return subprocess.run(
            [exe, *argv], cwd=work, env=env, check=True, capture_output=True, text=True
        ).stdout

    assert "usage: labmonitor" in run("--help")
    assert run("--version").strip() == "labmonitor 0.1.0"
    run("demo")
    store = home / "share" / "labmonitor"
    assert any(store.iterdir()), "the installed copy keeps its store in the user data folder"
    lab_id = run("labs").split("\t")[0]
    out = work / "report.docx"
    run("report", "--lab", lab_id, "--kind", "phase", "--out", str(out))
    assert out.stat().st_size > 0
