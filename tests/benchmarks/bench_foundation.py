"""Benchmark of the foundation on `labmonitor demo --scale large` (run on demand, not in CI):

    python tests/benchmarks/bench_foundation.py [--runs N]

Prints medians: opening the store, one write (a stakeholder edit, a new source), and a full
rerun of each page through AppTest. Targets: open <= 1 s, write <= 50 ms, rerun <= 0.5 s."""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor import demo  # noqa: E402
from monitor.model import Source, Stakeholder, new_id  # noqa: E402
from monitor.store import Store  # noqa: E402

PAGES = [
    "pages/overview.py",
    "pages/lab_setup.py",
    "pages/stakeholders.py",
    "pages/activities.py",
    "pages/sources.py",
    "pages/welcome.py",
]


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    data_dir = Path(tempfile.mkdtemp(prefix="labmonitor-bench-"))
    os.environ["LABMONITOR_DATA_DIR"] = str(data_dir)
    store = Store(data_dir)
    lab = demo.build_large(store)
    size = sum(p.stat().st_size for p in store.data_files()) / 1e6
    print(f"large lab: {lab.id}, {size:.1f} MB in {len(store.data_files())} files")
    print(f"open store            {median_ms(lambda: Store(data_dir).check(), runs):8.1f} ms")

    person = store.records(lab.id, Stakeholder)[0]
    counter = iter(range(10**6))

    def edit_person() -> None:
        store.save(dataclasses.replace(person, organisation=f"org {next(counter)}"))

    template = store.records(lab.id, Source)[0]

    def new_source() -> None:
        store.save(dataclasses.replace(template, id=new_id()))

    print(f"write: edit person    {median_ms(edit_person, runs):8.1f} ms")
    print(f"write: new source     {median_ms(new_source, runs):8.1f} ms")

    from streamlit.testing.v1 import AppTest

    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.switch_page(page).run()
        assert not at.exception, at.exception
        print(f"rerun {page:22s}{median_ms(lambda at=at: at.run(), runs):8.1f} ms")


if __name__ == "__main__":
    main()
