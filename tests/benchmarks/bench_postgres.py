"""Benchmark of the PostgreSQL backend against the folder store (run on demand, not in CI):

    python tests/benchmarks/bench_postgres.py [--runs N] [--sizes 10000,100000]

Starts a throwaway durable cluster (fsync on, as in production; tests/pg_cluster.py), fills a
lab with N factors per size and prints medians, wall and CPU side by side:

- one edit of one factor (a save with its revision check and audit line) at each size;
- opening the lab of each size in a fresh process-like state (new pool, empty caches): connect,
  check the schema, read the lab and its revision; and, apart, decoding all its factors;
- one edit at 30,000 factors on the folder store and on PostgreSQL, in the same run: the ratio.

Targets (issue #24): one edit <= 10 ms at 10k and 100k, flat; open 100k <= 1 s; >= 20x faster
than the folder store at 30k."""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path

from _bench import ROOT  # noqa: F401  (puts the repository on sys.path)

from monitor import labs, pgstore
from monitor.model import Factor, FactorKind, Lab, Phase, new_id, utc_now
from monitor.pgstore import PgStore, _Shared
from monitor.store import Store
from tests import pg_cluster


def timed(action, runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `runs` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def make_lab(store, name: str) -> Lab:
    import datetime as dt

    phase = Phase(name="Fase 1", start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    return labs.create_lab(store, name=name, goal="Meten", phases=(phase,))


def factors(lab: Lab, n: int) -> list[Factor]:
    now = utc_now()
    kinds = (FactorKind.ENABLER, FactorKind.BARRIER)
    return [
        Factor(
            id=new_id(),
            lab_id=lab.id,
            kind=kinds[i % 2],
            text=f"Factor {i}: korte lijnen tussen coach en werkgever maken het verschil",
            phase_id=lab.phases[0].id,
            created=now,
            updated=now,
            revision=1,
        )
        for i in range(n)
    ]


def fill(store, lab: Lab, n: int) -> None:
    """n factors at once, as an import would (restore_lab: one COPY / one file write)."""
    store.restore_lab(lab, {Factor.KIND: factors(lab, n)}, replace=True)


def edit_action(store, lab: Lab):
    target = store.records(lab.id, Factor)[0]
    counter = iter(range(10**6))

    def edit() -> None:
        nonlocal target
        target = store.save(
            dataclasses.replace(target, text=f"edit {next(counter)}"),
            expected_revision=target.revision,
        )

    return edit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--tinydb-size", type=int, default=30000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with pg_cluster.cluster(durable=True) as cluster:
        url = cluster.create_database("bench")
        pgstore.upgrade(url)
        pg = PgStore(url).acting("bench")
        print(f"PostgreSQL {cluster.bin.parent.name}, durable (fsync on); medians of {args.runs}")
        print(f"{'':34}{'wall ms':>10}{'CPU ms':>10}")
        for n in sizes:
            lab = make_lab(pg, f"Lab {n}")
            fill(pg, lab, n)
            pg.records(lab.id, Factor)  # warm the cache as a running server has it
            wall, cpu = timed(edit_action(pg, lab), args.runs)
            print(f"{f'PG one edit, {n:,} factors':34}{wall:10.1f}{cpu:10.1f}")

            def open_lab(lab=lab) -> None:
                """What a fresh server process does before a page: connect, check the schema,
                find the lab and its revision (records load per page, by kind or by key)."""
                _Shared.drop(url)
                fresh = PgStore(url)
                fresh.lab(lab.id)
                fresh.revision(lab.id)

            def load_all(lab=lab, n=n) -> None:
                _Shared.drop(url)
                assert len(PgStore(url).records(lab.id, Factor)) == n

            wall, cpu = timed(open_lab, max(3, args.runs // 5))
            print(f"{f'PG open lab, {n:,} factors':34}{wall:10.1f}{cpu:10.1f}")
            wall, cpu = timed(load_all, 3)
            print(f"{f'PG decode all {n:,} factors':34}{wall:10.1f}{cpu:10.1f}")

        n = args.tinydb_size
        lab = make_lab(pg, f"Lab vs {n}")
        fill(pg, lab, n)
        pg.records(lab.id, Factor)
        pg_wall, pg_cpu = timed(edit_action(pg, lab), args.runs)
        folder = Store(Path(tempfile.mkdtemp(prefix="labmonitor-bench-"))).acting("bench")
        flab = make_lab(folder, f"Lab vs {n}")
        fill(folder, flab, n)
        folder.records(flab.id, Factor)
        tiny_wall, tiny_cpu = timed(edit_action(folder, flab), max(5, args.runs // 3))
        print(f"{f'folder one edit, {n:,} factors':34}{tiny_wall:10.1f}{tiny_cpu:10.1f}")
        print(f"{f'PG one edit, {n:,} factors':34}{pg_wall:10.1f}{pg_cpu:10.1f}")
        wall_ratio, cpu_ratio = tiny_wall / pg_wall, tiny_cpu / pg_cpu
        print(f"ratio folder/PG at {n:,}: wall {wall_ratio:.0f}x, CPU {cpu_ratio:.0f}x")
        _Shared.drop(url)


if __name__ == "__main__":
    main()
