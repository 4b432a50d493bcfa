"""Benchmark of evidence coding and the learning agenda on `labmonitor demo --scale large`
(run on demand, not in CI):

    python tests/benchmarks/bench_evidence_agenda.py [--runs N]

Prints medians: a theme suggestion with the lab's 3,000 coded factors indexed (target <= 20 ms),
derivation of the agenda on 750 / 1,500 / 3,000 factors (target <= 0.5 s, linear), and a full
rerun of the evidence and agenda pages through AppTest (target <= 0.5 s)."""

from __future__ import annotations

import argparse

from _bench import large_lab, median_ms, rerun_ms

from monitor import agenda, codebook, derive, factors
from monitor.model import Action, Factor, LearningQuestion

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    store, lab, _ = large_lab()
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

    for page in PAGES:
        print(f"rerun {page:24s}{rerun_ms(page, runs):8.1f} ms")


if __name__ == "__main__":
    main()
