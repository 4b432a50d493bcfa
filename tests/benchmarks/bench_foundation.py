"""Benchmark of the foundation on `labmonitor demo --scale large` (run on demand, not in CI):

    python tests/benchmarks/bench_foundation.py [--runs N]

Prints medians: opening the store, one write (a stakeholder edit, a new source), and a full
rerun of each page through AppTest. Targets: open <= 1 s, write <= 50 ms, rerun <= 0.5 s."""

from __future__ import annotations

import argparse
import dataclasses

from _bench import large_lab, median_ms, rerun_ms

from monitor.model import Source, Stakeholder, new_id
from monitor.store import Store

PAGES = [
    "pages/overview.py",
    "pages/lab_setup.py",
    "pages/stakeholders.py",
    "pages/activities.py",
    "pages/sources.py",
    "pages/welcome.py",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    store, lab, data_dir = large_lab()
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

    for page in PAGES:
        print(f"rerun {page:22s}{rerun_ms(page, runs):8.1f} ms")


if __name__ == "__main__":
    main()
