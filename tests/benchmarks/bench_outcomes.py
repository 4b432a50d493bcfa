"""Outcomes on `demo --scale large` (1,000 trajectories, three groups): the Outcomes page's
full rerun through AppTest (budget 0.5 s), the counting alone, and `labmonitor outcomes` as a
fresh process (budget 2 s). Medians of wall and CPU time, all measured in one run.

    python tests/benchmarks/bench_outcomes.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from _bench import ROOT, large_lab

from monitor.model import Arm, Factor, Trajectory
from monitor.trajectories import core, stats

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
    store, lab, data_dir = large_lab()
    print(f"{len(store.records(lab.id, Trajectory))} trajectories, load 2 cores shared")

    def count() -> None:
        stats.overview(
            store.records(lab.id, Trajectory),
            core.routes(store, lab.id),
            store.records(lab.id, Factor),
            store.records(lab.id, Arm),
            lab.disclosure_threshold,
        )

    counted = [_timed(count) for _ in range(ROUNDS)]
    print(f"counting (stats.overview)                  {_median(counted)}")

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/outcomes.py").run()
    assert not at.exception, at.exception
    samples = [_timed(at.run) for _ in range(ROUNDS)]
    print(f"Outcomes page rerun (AppTest, app.py)      {_median(samples)}")

    env = {**os.environ, "LABMONITOR_DATA_DIR": str(data_dir)}
    # `labmonitor labs` is the baseline every command pays: start-up and opening the store.
    for name, argv in (
        ("labmonitor labs (baseline)", ["labs"]),
        ("labmonitor outcomes", ["outcomes", "--lab", lab.id]),
    ):
        samples = []
        for _ in range(5):
            before = os.times()
            start = time.perf_counter()
            child = subprocess.run(
                [sys.executable, "-m", "monitor.cli", *argv],
                env=env,
                capture_output=True,
                check=True,
            )
            wall = time.perf_counter() - start
            after = os.times()
            cpu = (after.children_user + after.children_system) - (
                before.children_user + before.children_system
            )
            samples.append((wall, cpu))
            assert child.stdout
        print(f"{name + ', fresh process':43s}{_median(samples)}")


if __name__ == "__main__":
    main()
