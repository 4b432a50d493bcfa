"""Benchmark of surveys on `labmonitor demo --scale large` (2,000 responses stored; run on
demand, not in CI):

    python tests/benchmarks/bench_surveys.py [--runs N]

Prints medians: saving one answer of a respondent who is filling in a survey (target <= 50 ms),
submitting, and a full rerun of the results page and the surveys page through AppTest
(target <= 0.5 s)."""

from __future__ import annotations

import argparse

from _bench import large_lab, median_ms, rerun_ms

from monitor import protocols, surveys
from monitor.model import Response


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    store, lab, _ = large_lab()
    shipped, _ = protocols.load_all()
    protocol = shipped["coach_t1"]
    assert len(store.records(lab.id, Response)) == 2000
    person = surveys.add_participant(store, lab.id, name="Nieuwe coach", group="job_coach")
    survey = surveys.create_survey(store, lab.id, protocol, wave="T2", audience_ids=[person.id])
    (invitation,) = surveys.invite(store, survey)
    response = surveys.start(store, invitation, protocol, consent=True)
    question = protocol.question("development")
    answers = iter(str(1 + i % 5) for i in range(10_000))
    save = median_ms(
        lambda: surveys.answer(store, response, question, value=next(answers), position=7), runs
    )
    print(f"large lab: {lab.id}, {len(store.records(lab.id, Response))} responses stored")
    print(f"save one answer: {save:.1f} ms (target <= 50 ms)")
    for page in ("pages/survey_results.py", "pages/surveys.py"):
        print(f"rerun {page}: {rerun_ms(page, runs):.0f} ms (target <= 500 ms)")


if __name__ == "__main__":
    main()
