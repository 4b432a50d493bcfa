"""Benchmark of steering-group meeting mode on `labmonitor demo --scale large` (run on demand,
not in CI):

    python tests/benchmarks/bench_meeting.py [--runs N]

Prints medians: a full rerun of the meeting page in each step through AppTest (target <= 0.3 s),
and the time from casting a vote to seeing it counted, with 30 voters voting one after another
and 30 voting at the same moment (target <= 100 ms)."""

from __future__ import annotations

import argparse
import statistics
import threading
import time

from _bench import large_lab, rerun_ms

from monitor import meetings
from monitor.model import LearningQuestion, Stakeholder, VoteRound
from monitor.store import Store

VOTERS = 30


def _counted(store: Store, vote: VoteRound, token: str, voter: str, question: str) -> float:
    """Milliseconds from casting a vote until a fresh read of the round counts it."""
    start = time.perf_counter()
    meetings.cast(store, vote.lab_id, vote.id, token, voter, [question])
    assert voter in store.record(vote.lab_id, VoteRound, vote.id).ballots
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    store, lab, _ = large_lab()
    people = [s.id for s in store.records(lab.id, Stakeholder)][:6]
    day = lab.phases[-1].start
    meeting = meetings.start(store, lab, day=day, attendee_ids=people)
    live = [q.id for q in store.records(lab.id, LearningQuestion) if q.on_agenda][:8]

    vote, token = meetings.open_round(store, lab, meeting, live, votes_each=1)
    one_by_one = [_counted(store, vote, token, f"a{i}", live[i % len(live)]) for i in range(VOTERS)]
    meetings.close_round(store, lab, meeting, vote)
    vote, token = meetings.open_round(store, lab, meeting, live, votes_each=1)
    at_once: list[float] = []

    def voter(i: int) -> None:
        at_once.append(_counted(store, vote, token, f"b{i}", live[i % len(live)]))

    threads = [threading.Thread(target=voter, args=(i,)) for i in range(VOTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    meetings.close_round(store, lab, meeting, vote)
    print(f"large lab: {lab.id}, {len(live)} questions in the round, {VOTERS} voters")
    print(
        f"vote counted, one by one   median {statistics.median(one_by_one):6.1f} ms"
        f"  max {max(one_by_one):6.1f} ms  (target <= 100)"
    )
    print(
        f"vote counted, all at once  median {statistics.median(at_once):6.1f} ms"
        f"  max {max(at_once):6.1f} ms  (target <= 100)"
    )

    for step in ("since", "questions", "actions", "close"):

        def go(at, step=step) -> None:
            at.segmented_control(key="meeting.step").set_value(step).run()

        print(f"rerun meeting step {step:10s}{rerun_ms('pages/meeting.py', runs, go):8.1f} ms")


if __name__ == "__main__":
    main()
