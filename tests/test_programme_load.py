"""150 phones voting at a national meeting at the same moment: every ballot is counted."""

import multiprocessing
import threading
import time

import pytest

from monitor.programme import agenda, meeting
from tests.programme_helpers import LEAD, coded_lab, programme_of

PHONES = 150
ITEMS = ["theme:employers", "theme:guidance", "theme:reach", "theme:learning_routes"]


def _meeting(store):
    lab = coded_lab(store, "A", {1: ["capacity"]})
    programme = programme_of(store, (lab, "1"))
    held = meeting.open_meeting(
        store, LEAD, programme, title="Leerdag", date="2026-05-01", items=ITEMS, votes_each=2
    )
    return programme, held, meeting.link_token(store, held)


def _choice(n: int) -> list[str]:
    return [ITEMS[n % len(ITEMS)], ITEMS[(n + 1) % len(ITEMS)]]


@pytest.mark.slow
def test_150_phones_voting_at_once_are_all_counted(store):
    programme, held, token = _meeting(store)
    start = threading.Barrier(PHONES)
    failures = []

    def phone(n: int) -> None:
        start.wait()
        try:
            meeting.cast(store, programme.id, held.id, token, f"phone-{n:03d}", _choice(n))
        except Exception as exc:  # noqa: BLE001 - every failure is a lost ballot: report it
            failures.append(repr(exc))

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    last = time.perf_counter()
    counted = meeting.results(store, held)
    assert time.perf_counter() - last <= 2.0
    assert failures == []
    assert counted.ballots == PHONES
    expected = {item: sum(item in _choice(n) for n in range(PHONES)) for item in ITEMS}
    assert dict(counted.ranking) == expected
    assert [p.points for p in agenda.priorities(store, programme)] == sorted(
        expected.values(), reverse=True
    )


def _process(data_dir: str, programme_id: str, meeting_id: str, token: str, first: int) -> None:
    from monitor.store import Store

    store = Store(data_dir)
    threads = [
        threading.Thread(
            target=meeting.cast,
            args=(store, programme_id, meeting_id, token, f"phone-{n:03d}", _choice(n)),
        )
        for n in range(first, first + PHONES // 5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.slow
def test_150_phones_through_five_server_processes_are_all_counted(folder_store):
    programme, held, token = _meeting(folder_store)
    # Forked, as in tests/test_load_fault.py: a spawned child re-runs __main__, which after an
    # AppTest.from_function test is a temporary script of that test.
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(
            target=_process,
            args=(str(folder_store.dir), programme.id, held.id, token, first),
        )
        for first in range(0, PHONES, PHONES // 5)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    assert meeting.results(folder_store, held).ballots == PHONES
