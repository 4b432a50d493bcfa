"""`labmonitor --help` stays cheap: heavy modules are imported only by the commands that need
them (issue #24: it cost 43x a bare interpreter because the CLI imported them at the top)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAVY = (
    "pandas",
    "altair",
    "docx",
    "psycopg",
    "monitor.demo",
    "monitor.reports",
    "monitor.transfer",
)

PROBE = """
import sys
from monitor import cli
try:
    cli.main(["--help"])
except SystemExit:
    pass
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in {%s} or m in {%s})))
"""


def test_help_imports_no_heavy_module():
    tops = ",".join(repr(m) for m in HEAVY if "." not in m)
    subs = ",".join(repr(m) for m in HEAVY if "." in m)
    out = subprocess.run(
        [sys.executable, "-c", PROBE % (tops, subs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[-1] == "", f"labmonitor --help imported {out[-1]}"
