"""Benchmark of evidence coding and the learning agenda on `labmonitor demo --scale large`
(run on demand, not in CI):

    python tests/benchmarks/bench_evidence_agenda.py [--runs N]

Prints medians: a theme suggestion with the lab's 3,000 coded factors indexed (target <= 20 ms),
derivation of the agenda on 750 / 1,500 / 3,000 factors (target <= 0.5 s, linear), and a full
rerun of the evidence and agenda pages through AppTest (target <= 0.5 s)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor import agenda, codebook, demo, derive, factors  # noqa: E402
from monitor.model import Action, Factor, LearningQuestion  # noqa: E402
from monitor.store import Store  # noqa: E402

PAGES = [
    "pages/coding.py",
    "pages/factor_overview.py",
    "pages/interview.py",
    "pages/protocols.py",
    "pages/agenda.py",
    "pages/actions.py",
]
TEXTS = [
    "De werkcoaches hebben geen uren naast hun caseload voor het lab.",
    "Afspraken uit de werksessies worden niet opgevolgd door de stuurgroep.",
    "Employers keep asking what the route expects from them in the first months.",
    "Na afloop van de subsidie is niet duidelijk wie de aanpak voortzet.",
    "The site visit at the warehouse gave the group a lot of energy.",
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
    coded = store.records(lab.id, Factor)
    print(f"large lab: {lab.id}, {len(coded)} factors")

    book = factors.lab_codebook(lab)
    index = factors.index(coded)
    build = median_ms(lambda: factors.index(coded), max(3, runs // 3))
    texts = iter(TEXTS * runs * 2)
    suggest = median_ms(lambda: codebook.suggest(next(texts), book, index), runs * 2)
    print(f"index 3000 factors      {build:8.1f} ms  (once per store revision)")
    print(f"suggest with index      {suggest:8.1f} ms  (target <= 20)")

    inputs = agenda.factor_inputs(lab, coded)
    known = agenda.decisions(
        lab, store.records(lab.id, LearningQuestion), store.records(lab.id, Action)
    )
    for share in (4, 2, 1):
        part = inputs[: len(inputs) // share]
        ms = median_ms(lambda part=part: derive.propose(part, decisions=known), runs)
        print(f"derive {len(part):5d} factors    {ms:8.1f} ms  (target <= 500, linear)")

    from streamlit.testing.v1 import AppTest

    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.switch_page(page).run()
        assert not at.exception, at.exception
        print(f"rerun {page:24s}{median_ms(lambda at=at: at.run(), runs):8.1f} ms")


if __name__ == "__main__":
    main()
