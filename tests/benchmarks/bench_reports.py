"""Benchmark of the reports on the demo lab and `labmonitor demo --scale large`, side by side in
one run (on demand, not in CI):

    python tests/benchmarks/bench_reports.py [--runs N]

For the phase report (the lab's last phase) and the final report, as a user gets them from
the command line: a fresh `labmonitor report` process each time (start-up, imports and the
chart engine included), median wall time, median CPU time of the child and its peak memory;
then the PDF conversion alone (LibreOffice on the Word file), when LibreOffice is there.
Targets on the large lab: <= 5 s and <= 500 MB per report; PDF time reported separately."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import ROOT

from monitor import demo, reports
from monitor.reports import pdf
from monitor.store import Store


def fresh_process(command: list[str]) -> tuple[float, float, float]:
    """Wall and CPU seconds and peak MB of one child process (read with wait4)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(child.stderr.read().decode() if child.stderr else "report failed")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    labs = {}
    for name in ("demo", "large"):
        data_dir = Path(tempfile.mkdtemp(prefix=f"labmonitor-bench-{name}-"))
        store = Store(data_dir)
        lab = demo.load_demo(store) if name == "demo" else demo.build_large(store)
        labs[name] = (store, lab, data_dir)
    out_dir = Path(tempfile.mkdtemp())
    results: dict[tuple[str, str], tuple[float, float, float]] = {}
    print(f"{'lab':6} {'report':6} {'wall s':>7} {'cpu s':>7} {'peak MB':>8}")
    for kind in ("phase", "final"):
        for name, (_, lab, data_dir) in labs.items():
            out = out_dir / f"{name}-{kind}.docx"
            command = [
                sys.executable, "-m", "monitor.cli", "report", "--data-dir", str(data_dir),
                "--lab", lab.id, "--kind", kind, "--out", str(out),
            ]  # fmt: skip
            if kind == "phase":
                command += ["--phase", str(len(lab.phases))]
            measured = [fresh_process(command) for _ in range(runs)]
            wall = statistics.median(m[0] for m in measured)
            cpu = statistics.median(m[1] for m in measured)
            peak = max(m[2] for m in measured)
            results[(name, kind)] = (wall, cpu, peak)
            print(f"{name:6} {kind:6} {wall:7.2f} {cpu:7.2f} {peak:8.0f}")
    for kind in ("phase", "final"):
        (dw, dc, _), (lw, lc, _) = results[("demo", kind)], results[("large", kind)]
        print(f"{kind}: large / demo = {lw / dw:.2f} wall, {lc / dc:.2f} CPU")
    if not pdf.available():
        print("PDF: LibreOffice not found, conversion not measured")
        return
    for kind in ("phase", "final"):
        for name, (store, lab, _) in labs.items():
            phase_id = lab.phases[-1].id if kind == "phase" else ""
            report = reports.build(store, lab.id, kind, phase_id=phase_id)
            times = []
            for _ in range(max(1, runs // 2)):
                start = time.perf_counter()
                document = pdf.render(report)
                times.append(time.perf_counter() - start)
            pages = len(pdf.pdf_pages(document))
            print(
                f"PDF {name:6} {kind:6}: median {statistics.median(times):.2f} s "
                f"(build + Word + LibreOffice), {pages} pages"
            )
    print(f"(run from {ROOT}, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
