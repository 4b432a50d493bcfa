"""Programme benchmark (run on demand: `python tests/benchmarks/bench_programme.py`).

Measures, in one run and on the same machine:
- the cross-lab view and the programme agenda (view, drafts, agenda data) over the demo
  programme (6 labs) and over 35 labs of the demo lab's size, median wall and CPU time, and the
  ratio 35-lab / 6-lab; target: a rerun of 35 labs within 1 s;
- full page reruns (AppTest) of the cross-lab page and the agenda page over 35 labs;
- 150 phones voting at once (threads): the time from the last ballot stored until the result
  is counted, and the whole round; target: counted within 2 s after the last ballot.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor.access import LOCAL_USER  # noqa: E402
from monitor.programme import agenda, crosslab, meeting, setup  # noqa: E402
from monitor.programme import demo as programme_demo  # noqa: E402
from monitor.store import Store  # noqa: E402

RUNS = 9


def timed(action, runs: int = RUNS) -> tuple[float, float]:
    """Median wall and CPU time of `action`, in ms."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def agenda_work(store: Store, programme_id: str):
    def run() -> None:
        programme = setup.get(store, programme_id)
        view = crosslab.view(store, programme)
        agenda.drafts(store, programme, view)
        agenda.agenda_data(store, LOCAL_USER, programme_id, "nl")

    return run


def page_rerun(data_dir: Path, page: str, runs: int = 5) -> tuple[float, float]:
    from streamlit.testing.v1 import AppTest

    os.environ["LABMONITOR_DATA_DIR"] = str(data_dir)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return timed(at.run, runs)


def ballots(store: Store, programme_id: str, phones: int = 150) -> tuple[float, float]:
    """(ms from the last ballot stored to the count, ms for the whole round)."""
    programme = setup.get(store, programme_id)
    held = meeting.current(store, programme)
    if held is not None:
        meeting.close(store, LOCAL_USER, held)
    held = meeting.open_meeting(
        store, LOCAL_USER, programme, title="Benchmark", date="2026-06-01",
        items=[f"theme:{t.id}" for t in programme.themes], votes_each=3,
    )  # fmt: skip
    token = meeting.link_token(store, held)
    items = [f"theme:{t.id}" for t in programme.themes]
    start, done = threading.Barrier(phones), []

    def phone(n: int) -> None:
        start.wait()
        meeting.cast(store, programme.id, held.id, token, f"b{n}", items[n % 5 : n % 5 + 3])
        done.append(time.perf_counter())

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
    begin = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counted = meeting.results(store, held)
    end = time.perf_counter()
    assert counted.ballots == phones, counted.ballots
    return (end - max(done)) * 1000, (end - begin) * 1000


def main() -> None:
    small_dir = Path(tempfile.mkdtemp(prefix="bench-programme-6-"))
    large_dir = Path(tempfile.mkdtemp(prefix="bench-programme-35-"))
    small, large = Store(small_dir), Store(large_dir)
    small_programme = programme_demo.load_demo_programme(small)
    large_programme = programme_demo.build_large(large)
    print(f"labs: {len(small_programme.members)} and {len(large_programme.members)}")
    wall6, cpu6 = timed(agenda_work(small, small_programme.id))
    wall35, cpu35 = timed(agenda_work(large, large_programme.id))
    print(f"cross-lab view + agenda,  6 labs: wall {wall6:7.1f} ms  cpu {cpu6:7.1f} ms")
    print(f"cross-lab view + agenda, 35 labs: wall {wall35:7.1f} ms  cpu {cpu35:7.1f} ms")
    print(f"ratio 35/6: wall {wall35 / wall6:4.1f}x  cpu {cpu35 / cpu6:4.1f}x")
    for page in ("pages/programme.py", "pages/programme_agenda.py"):
        wall, cpu = page_rerun(large_dir, page)
        print(f"page rerun {page:28s} 35 labs: wall {wall:7.1f} ms  cpu {cpu:7.1f} ms")
    rounds = [ballots(large, large_programme.id) for _ in range(3)]
    after = statistics.median(r[0] for r in rounds)
    total = statistics.median(r[1] for r in rounds)
    print(f"150 ballots at once: counted {after:6.1f} ms after the last; round {total:7.1f} ms")


if __name__ == "__main__":
    main()
