"""Benchmark of the Word reports on `labmonitor demo --scale large` (run on demand, not in CI):

    python tests/benchmarks/bench_reports.py [--runs N]

Prints medians for building and writing each kind of report in this process, and for the
phase report as a user gets it from the command line: a fresh `labmonitor report` process
(start-up, imports and chart engine included) with its peak memory. Targets for the phase
report: <= 5 s and <= 500 MB."""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import large_lab, median_ms

from monitor import reports


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    store, lab, data_dir = large_lab()
    phase = max(lab.phases, key=lambda p: p.end)  # the busiest: surveys, most questions
    number = lab.phase_number(phase.id)
    print(f"large lab: {lab.id}, phase report of phase {number} ({phase.name})")
    for kind in reports.KINDS:
        phase_id = phase.id if kind == "phase" else ""

        def write(kind: str = kind, phase_id: str = phase_id) -> bytes:
            return reports.to_docx(reports.build(store, lab.id, kind, phase_id=phase_id))

        size = len(write())
        print(f"{kind} report in-process: {median_ms(write, runs):.0f} ms ({size / 1e6:.1f} MB)")
    out = Path(tempfile.mkdtemp()) / "phase.docx"
    command = [
        sys.executable, "-m", "monitor.cli", "report", "--data-dir", str(data_dir),
        "--lab", lab.id, "--kind", "phase", "--phase", str(number), "--out", str(out),
    ]  # fmt: skip
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"phase report via `labmonitor report`: median {statistics.median(times):.2f} s, "
        f"peak memory {peak:.0f} MB (targets <= 5 s, <= 500 MB)"
    )


if __name__ == "__main__":
    main()
