"""What the benchmark scripts share: timing, the large synthetic lab, page reruns."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor import demo  # noqa: E402
from monitor.model import Lab  # noqa: E402
from monitor.store import Store  # noqa: E402


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def large_lab() -> tuple[Store, Lab, Path]:
    """`labmonitor demo --scale large` in a fresh temporary store that the app pages use too."""
    data_dir = Path(tempfile.mkdtemp(prefix="labmonitor-bench-"))
    os.environ["LABMONITOR_DATA_DIR"] = str(data_dir)
    store = Store(data_dir)
    return store, demo.build_large(store), data_dir


def rerun_ms(page: str, runs: int, prepare: Callable | None = None) -> float:
    """Median full rerun of one page through AppTest, after an optional prepare(at)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page(page).run()
    if prepare is not None:
        prepare(at)
    assert not at.exception, at.exception
    return median_ms(at.run, runs)
