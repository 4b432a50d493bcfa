"""Benchmark of what issue #24 asks to stay flat as a lab grows (run on demand, not in CI):

    python tests/benchmarks/bench_scale.py [--runs N] [--backends folder,postgres]

For each backend, the demo lab and `demo --scale large` side by side in one run, medians of
full page reruns through AppTest, CPU (this process: AppTest runs the page in a thread here)
next to wall time:

- a respondent's survey page (their link; target: large/demo <= 1.2);
- researcher pages, the Survey results page first (target: large/demo <= 2, and Survey results
  <= 0.5 s on the large lab);

and `labmonitor --help` against a bare interpreter (CPU of the child; target <= 0.5 s)."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from _bench import ROOT

from monitor import demo, pgstore, protocols, surveys
from monitor.pgstore import PgStore
from monitor.store import Store
from tests import pg_cluster


def timed(action, runs: int) -> tuple[float, float]:
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def link_query(store, lab) -> dict[str, str]:
    """A fresh respondent in the lab, consented and one answer in: their link's parameters."""
    shipped = protocols.load_all()[0]
    protocol = next(p for p in shipped.values() if p.mode == "survey")
    person = surveys.add_participant(store, lab.id, name="Bench coach", group="job_coach")
    survey = surveys.create_survey(store, lab.id, protocol, wave="B1", audience_ids=[person.id])
    (invitation,) = surveys.invite(store, survey)
    surveys.start(store, invitation, surveys.instrument(protocol, survey), consent=True)
    url = surveys.link(store, invitation, "http://localhost/")
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def environment(where: str) -> None:
    os.environ.pop("LABMONITOR_DATABASE_URL", None)
    if where.startswith("postgresql://"):
        os.environ["LABMONITOR_DATABASE_URL"] = where
    else:
        os.environ["LABMONITOR_DATA_DIR"] = where


def respondent_rerun(where: str, query: dict[str, str], runs: int) -> tuple[float, float]:
    from streamlit.testing.v1 import AppTest

    environment(where)
    phone = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        phone.query_params[key] = value
    phone.run()
    assert not phone.exception, phone.exception
    return timed(phone.run, runs)


def page_rerun(where: str, page: str, runs: int) -> tuple[float, float]:
    from streamlit.testing.v1 import AppTest

    environment(where)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return timed(at.run, runs)


def help_cpu(runs: int) -> tuple[float, float]:
    def child_cpu(args: list[str]) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000

    bare = statistics.median(child_cpu([sys.executable, "-c", "pass"]) for _ in range(runs))
    cli = statistics.median(
        child_cpu([sys.executable, "-m", "monitor.cli", "--help"]) for _ in range(runs)
    )
    return bare, cli


def stores(backend: str, cluster) -> tuple[tuple[object, str], tuple[object, str]]:
    if backend == "folder":
        a, b = (Path(tempfile.mkdtemp(prefix=f"labmonitor-{n}-")) for n in ("demo", "large"))
        return (Store(a), str(a)), (Store(b), str(b))
    made = []
    for name in ("bench_demo", "bench_large"):
        url = cluster.create_database(name)
        pgstore.upgrade(url)
        made.append((PgStore(url), url))
    return made[0], made[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--backends", default="folder,postgres")
    parser.add_argument(
        "--pages",
        default="survey_results,surveys,overview,agenda,actions,sources,factor_overview,privacy",
        help="researcher pages (names in pages/) to rerun besides the respondent's",
    )
    args = parser.parse_args()
    bare, cli = help_cpu(max(5, args.runs))
    print(
        f"labmonitor --help: {cli:.0f} ms CPU (bare interpreter {bare:.0f} ms, {cli / bare:.1f}x)"
    )
    with pg_cluster.cluster(durable=True) as cluster:
        for backend in args.backends.split(","):
            (small, small_at), (large, large_at) = stores(backend, cluster)
            small_lab, large_lab = demo.load_demo(small), demo.build_large(large)
            queries = link_query(small, small_lab), link_query(large, large_lab)
            print(f"\n{backend}: medians of {args.runs} reruns, ms")
            print(
                f"  {'page':16}{'demo wall':>10}{'CPU':>6}{'large wall':>12}{'CPU':>6}{'CPU x':>8}"
            )
            figures = {}
            for label, where, query in (
                ("demo", small_at, queries[0]),
                ("large", large_at, queries[1]),
            ):
                figures[("respondent", label)] = respondent_rerun(where, query, args.runs)
                for page in args.pages.split(","):
                    figures[(page, label)] = page_rerun(where, f"pages/{page}.py", args.runs)
            for page in ["respondent", *args.pages.split(",")]:
                (dw, dc), (lw, lc) = figures[(page, "demo")], figures[(page, "large")]
                print(f"  {page:16}{dw:10.0f}{dc:6.0f}{lw:12.0f}{lc:6.0f}{lc / dc:8.2f}")


if __name__ == "__main__":
    main()
