"""Learning-question derivation on `demo --scale large` (issue 15): derivation with wording and
anchoring, its growth with the number of factors, a rerun of the agenda page, and one theme
suggestion against the lab's own coding. Medians of wall and CPU time, all in one run.

    python tests/benchmarks/bench_derive.py

Budgets: derivation <= 500 ms and linear in the factors; agenda page rerun <= 500 ms; one
suggestion <= 20 ms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import time

from _bench import large_lab, rerun_ms

from monitor import agenda, codebook, derive, factors
from monitor.model import Action, Factor, LearningQuestion

ROUNDS = 7


def _timed(run) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median(run, rounds: int = ROUNDS) -> tuple[float, float]:
    samples = [_timed(run) for _ in range(rounds)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def _scaled(inputs: list[derive.FactorInput], factor: float) -> list[derive.FactorInput]:
    """A share of the factors, or copies of them under new keys (the same spread of phases,
    themes and groups)."""
    if factor <= 1:
        return inputs[: int(len(inputs) * factor)]
    copies = []
    for n in range(int(factor)):
        copies += [dataclasses.replace(f, key=f"{f.key}~{n}") for f in inputs]
    return copies


def main() -> None:
    store, lab, _ = large_lab()
    today = dt.date.today()
    stored = store.records(lab.id, Factor)
    questions = store.records(lab.id, LearningQuestion)
    actions = store.records(lab.id, Action)
    inputs = agenda.factor_inputs(lab, stored)
    known = agenda.decisions(lab, questions, actions)
    book = factors.lab_codebook(lab)
    anchor = agenda.anchor_phase(lab, today)

    def derivation(items=inputs):
        return derive.propose(items, decisions=known, book=book, anchor_phase=anchor)

    proposals = derivation()
    wall, cpu = _median(derivation)
    print(
        f"derivation with wording   {len(inputs):6d} factors  {len(proposals):4d} proposals  "
        f"wall {wall:7.1f} ms  cpu {cpu:7.1f} ms   (budget 500 ms)"
    )

    print("growth with the number of factors (one run, same machine load):")
    base = None
    for share in (0.25, 0.5, 1, 2, 4):
        items = _scaled(inputs, share)
        wall, cpu = _median(lambda items=items: derivation(items), 5)
        # CPU time per factor: on a shared machine wall time also counts the others' work
        per_k = cpu / len(items) * 1000
        base = base or per_k
        print(
            f"  {len(items):6d} factors  wall {wall:7.1f} ms  cpu {cpu:7.1f} ms  "
            f"cpu {per_k:6.2f} ms per 1000 factors  ratio {per_k / base:4.2f}"
        )

    prompts_wall, prompts_cpu = _median(
        lambda: agenda.prompts(lab, questions, actions, stored, today)
    )
    print(f"prompts (all kinds)        wall {prompts_wall:7.1f} ms  cpu {prompts_cpu:7.1f} ms")

    cpu_start = time.process_time()
    page = rerun_ms("pages/agenda.py", ROUNDS)
    page_cpu = (time.process_time() - cpu_start) * 1000 / (ROUNDS + 2)  # incl. the 2 setup runs
    print(
        f"agenda page rerun          wall {page:7.1f} ms  cpu ~{page_cpu:6.1f} ms per run"
        "   (budget 500 ms)"
    )

    index = factors.index(stored)
    texts = [f.text for f in stored[:: max(1, len(stored) // 200)]]
    codebook.suggest(texts[0], book, index)  # build the keyword matcher once
    samples = [_timed(lambda text=text: codebook.suggest(text, book, index)) for text in texts]
    wall = statistics.median(s[0] for s in samples)
    cpu = statistics.median(s[1] for s in samples)
    worst = max(s[1] for s in samples)
    print(
        f"one suggestion ({len(index.factors)} coded)  wall {wall:7.2f} ms  cpu {cpu:7.2f} ms  "
        f"worst cpu {worst:6.2f} ms of {len(texts)}   (budget 20 ms)"
    )


if __name__ == "__main__":
    main()
