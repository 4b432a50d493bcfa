"""Workshop benchmark, run on demand: `python tests/benchmarks/bench_workshops.py`.

1. Thirty phones open the join link of the running app at the same moment and each sends an
   entry: median and p95 from opening the link to the thanks.
2. The projector (the Workshops page on this computer) shows the new count after an entry:
   median and worst of 7 single entries made while 30 phones are in, time from the stored
   entry to the count on the screen.

CPU of the app process is read from /proc (utime + stime)."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor import workshops  # noqa: E402
from monitor.model import Workshop  # noqa: E402
from monitor.store import Store  # noqa: E402
from tests.e2e.test_app_flow import BROWSER  # noqa: E402
from tests.e2e.test_workshop_room import open_eye_opener_round, room, start_app  # noqa: E402

PHONES = 30


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def projector_latency(base: str, data: Path, ids: tuple[str, str, str], runs: int = 7):
    from playwright.sync_api import sync_playwright

    lab_id, workshop_id, token = ids
    store = Store(data)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.set_default_timeout(120_000)
        page.goto(f"{base}/workshops")
        page.get_by_text("deelnemers met een telefoon").first.wait_for()
        latencies = []
        for run in range(runs):
            expected = PHONES + run + 1
            # A phone's entry, through the same function the phone page calls.
            stored = time.perf_counter()
            workshops.submit(store, lab_id, workshop_id, token, f"bench{run}", text="x")
            page.get_by_text(f"{expected} deelnemers met een telefoon").wait_for()
            latencies.append(time.perf_counter() - stored)
        browser.close()
    return latencies


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="labmonitor-bench-")) / "data"
    lab_id, workshop_id, token = open_eye_opener_round(data)
    url, process = start_app(data)
    try:
        cpu_before, wall_before = cpu_seconds(process.pid), time.perf_counter()
        _, timings, _ = asyncio.run(room(url, lab_id, workshop_id, token, PHONES))
        cpu_join, wall_join = (
            cpu_seconds(process.pid) - cpu_before,
            time.perf_counter() - wall_before,
        )
        latencies = projector_latency(url, data, (lab_id, workshop_id, token))
    finally:
        process.terminate()
        process.wait(timeout=20)
    stored = Store(data).record(lab_id, Workshop, workshop_id)
    print(f"phones joining and sending at once: {PHONES}, entries stored: {len(stored.entries)}")
    print(
        f"  link to thanks: median {statistics.median(timings):.2f} s, p95 {p95(timings):.2f} s, "
        f"max {max(timings):.2f} s"
    )
    print(f"  the whole room: {wall_join:.1f} s wall, app process {cpu_join:.1f} s CPU")
    print(
        f"projector count after an entry (30 phones in): median "
        f"{statistics.median(latencies):.2f} s, worst {max(latencies):.2f} s (target <= 2 s)"
    )


if __name__ == "__main__":
    main()
