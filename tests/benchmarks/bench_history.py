"""Learning history on `demo --scale large`: computing it (what the page and `labmonitor
history` do) and `labmonitor history` as a fresh process. Medians of wall and CPU time.

    python tests/benchmarks/bench_history.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from monitor import demo, history
from monitor.store import Store

ROUNDS = 7


def _timed(run) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _median(samples: list[tuple[float, float]]) -> str:
    wall = statistics.median(s[0] for s in samples)
    cpu = statistics.median(s[1] for s in samples)
    return f"wall {wall * 1000:7.1f} ms   cpu {cpu * 1000:7.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        small, large = demo.load_demo(store), demo.build_large(store)
        today = dt.date.today()
        for lab in (small, large):
            found = history.learning_history(store, lab, today)
            samples = [
                _timed(lambda lab=lab: history.learning_history(store, lab, today))
                for _ in range(ROUNDS)
            ]
            print(
                f"{lab.name[:28]:28s} {len(found.snapshots):3d} snapshots "
                f"{len(found.questions):4d} questions  {_median(samples)}"
            )
        env = {**os.environ, "LABMONITOR_DATA_DIR": tmp}
        command = [sys.executable, "-m", "monitor.cli", "history", "--lab", large.id]
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            child = subprocess.run(command, env=env, capture_output=True, check=True)
            wall = time.perf_counter() - start
            usage = os.times()
            samples.append((wall, usage.children_user + usage.children_system))
            assert child.stdout
        cpu_each = [samples[0][1]] + [
            b[1] - a[1] for a, b in zip(samples, samples[1:], strict=False)
        ]
        samples = [(w, c) for (w, _), c in zip(samples, cpu_each, strict=True)]
        print(f"labmonitor history (large), fresh process  {_median(samples)}")


if __name__ == "__main__":
    main()
