"""The store under load and under faults: many respondents and editors at once, a server killed
in the middle of a write, a full disk. Every test runs the real store on a tmp_path folder;
workers run in forked processes (each with threads), and only the disk is ever faked."""

import dataclasses
import errno
import json
import multiprocessing
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from monitor import store as store_module
from monitor import surveys
from monitor.errors import Conflict, StoreError
from monitor.model import Invitation, Response, ResponseStatus, Stakeholder
from monitor.protocols import parse
from monitor.store import Store
from tests import backends


@pytest.fixture
def store(folder_store):
    """This module tests the folder store through its files and folders; the same promises
    on PostgreSQL are tested in tests/test_pgstore.py."""
    return folder_store


ROOT = Path(__file__).parent.parent
WAIT_S = 120  # generous upper bound for a stuck worker; a healthy run needs a few seconds
NO_SPACE = "No space left on device"

QUESTIONNAIRE = """\
id: load
version: 1
mode: survey
title: {nl: "Belasting", en: "Load"}
consent:
  version: 1
  text: {nl: "Doe je mee?", en: "Will you take part?"}
sections:
  - id: main
    title: {nl: "Hoofd", en: "Main"}
    questions:
      - id: works
        type: agreement5
        required: true
        label: {nl: "Het werk gaat goed.", en: "Work goes well."}
      - id: role
        type: single_choice
        required: true
        label: {nl: "Rol?", en: "Role?"}
        choices:
          - {value: "coach", label: {nl: "Coach", en: "Coach"}}
          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}
      - id: tools
        type: multiple_choice
        label: {nl: "Middelen?", en: "Tools?"}
        choices:
          - {value: "phone", label: {nl: "Telefoon", en: "Phone"}}
          - {value: "mail", label: {nl: "Mail", en: "Mail"}}
      - id: hours
        type: number
        label: {nl: "Uren per week?", en: "Hours a week?"}
      - id: why
        type: long_text
        label: {nl: "Waarom?", en: "Why?"}
"""
LOAD = parse(QUESTIONNAIRE)


# -- helpers --------------------------------------------------------------------------------


def _assert_every_store_file_parses(data_dir: Path, *, torn_audit_allowed: bool = False) -> None:
    """Every JSON file (data and backups) parses; audit lines too, except one torn by a kill."""
    for path in data_dir.rglob("*.json"):
        json.loads(path.read_bytes())
    for path in data_dir.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                json.loads(line)
            except json.JSONDecodeError:
                if not torn_audit_allowed:
                    raise


def _leftover_temp_files(data_dir: Path) -> list[Path]:
    return list(data_dir.rglob("*.tmp"))


def _run_together(work: Callable[..., Any], jobs: list[Any], processes: int) -> list[Any]:
    """Run work(job, start_together) for every job at the same time: the jobs are spread over
    `processes` forked processes with a thread per job, all released by one barrier."""
    context = multiprocessing.get_context("fork")
    start_together = context.Barrier(len(jobs))
    results = context.Queue()
    workers = [
        context.Process(target=_threads, args=(work, jobs[p::processes], start_together, results))
        for p in range(processes)
    ]
    for worker in workers:
        worker.start()
    outcomes, deadline = [], time.monotonic() + WAIT_S
    while len(outcomes) < len(jobs) and time.monotonic() < deadline:
        try:
            outcomes.append(results.get(timeout=1))
        except queue.Empty:
            if not any(worker.is_alive() for worker in workers):
                break
    for worker in workers:
        worker.join(WAIT_S)
    errors = [detail for ok, detail in outcomes if not ok]
    assert not errors, "\n".join(errors)
    assert len(outcomes) == len(jobs), f"only {len(outcomes)} of {len(jobs)} workers reported"
    assert [worker.exitcode for worker in workers] == [0] * processes
    return [detail for _, detail in outcomes]


def _threads(work, jobs, start_together, results) -> None:
    """In a forked process: one thread per job; a failure releases the others' barrier."""

    def run(job: Any) -> None:
        try:
            results.put((True, work(job, start_together)))
        except BaseException:
            start_together.abort()
            results.put((False, traceback.format_exc()))

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# -- 50 respondents submitting at once ------------------------------------------------------


def _answers_for(invitation_id: str, index: int) -> dict[str, Any]:
    return {
        "works": str(1 + index % 5),
        "role": "coach" if index % 2 else "employer",
        "tools": ["phone", "mail"][: 1 + index % 2],
        "hours": index,
        "why": f"Antwoord {index} via uitnodiging {invitation_id}",
    }


def _respond(job: tuple[str, str, str, int], start_together) -> str:
    """One respondent with their own link and their own Store: consent, answer all, submit."""
    data_dir, lab_id, invitation_id, index = job
    store = backends.open_spec(data_dir)  # a folder, or a database URL (tests/test_pgstore.py)
    invitation = store.record(lab_id, Invitation, invitation_id)
    start_together.wait(WAIT_S)
    response = surveys.start(store, invitation, LOAD, consent=True)
    for position, (name, value) in enumerate(_answers_for(invitation_id, index).items()):
        response = surveys.answer(
            store, response, LOAD.question(name), value=value, position=position + 1
        )
    return surveys.submit(store, response, LOAD).id


@pytest.mark.slow
def test_fifty_respondents_submitting_at_once_lose_no_response_and_no_answer(store, lab):
    rows = [{"name": f"Coach {i:02d}", "group": "job_coach"} for i in range(50)]
    surveys.save_participants(store, lab.id, rows)
    survey = surveys.create_survey(store, lab.id, LOAD, wave="T0", audience_groups=["job_coach"])
    invited = sorted(surveys.invite(store, survey), key=lambda i: i.id)
    assert len(invited) == 50
    jobs = [(str(store.dir), lab.id, invitation.id, i) for i, invitation in enumerate(invited)]

    submitted_ids = _run_together(_respond, jobs, processes=5)

    reopened = Store(store.dir)
    responses = {r.invitation_id: r for r in reopened.records(lab.id, Response)}
    assert len(responses) == 50 and set(submitted_ids) == {r.id for r in responses.values()}
    for _, _, invitation_id, index in jobs:
        response = responses[invitation_id]
        assert response.status == ResponseStatus.SUBMITTED and response.submitted
        assert response.answers == _answers_for(invitation_id, index)
    _assert_every_store_file_parses(store.dir)
    assert _leftover_temp_files(store.dir) == []


# -- 10 editors on one store ----------------------------------------------------------------

EDIT_ROUNDS = 5


def _edit(job: tuple[str, str, int, str, str], start_together) -> dict[str, Any]:
    """One editor: a race on the shared record from the same revision, then rounds of own
    edits, new records and read-modify-write on the shared record (retrying on Conflict)."""
    data_dir, lab_id, worker, shared_id, own_id = job
    store = backends.open_spec(data_dir).acting(f"editor-{worker}")
    shared = store.record(lab_id, Stakeholder, shared_id)
    start_together.wait(WAIT_S)  # every editor has read the same revision before anyone saves
    try:
        store.save(
            dataclasses.replace(shared, organisation=f"first-{worker}"),
            expected_revision=shared.revision,
        )
        won = True
    except Conflict:
        won = False
    own = store.record(lab_id, Stakeholder, own_id)
    created, acknowledged = [], []
    for i in range(EDIT_ROUNDS):
        own = store.save(
            dataclasses.replace(own, organisation=f"{worker}-{i}"), expected_revision=own.revision
        )
        created.append(store.save(Stakeholder(lab_id=lab_id, name=f"nieuw-{worker}-{i}")).id)
        acknowledged.append(_append_token(store, lab_id, shared_id, f"{worker}-{i}"))
    return {"worker": worker, "won": won, "created": created, "acknowledged": acknowledged}


def _append_token(store: Store, lab_id: str, record_id: str, token: str) -> str:
    """Read, add a token, save from the revision read; on Conflict read again and retry."""
    for _ in range(1000):
        current = store.record(lab_id, Stakeholder, record_id)
        changed = dataclasses.replace(current, organisation=f"{current.organisation},{token}")
        try:
            store.save(changed, expected_revision=current.revision)
        except Conflict:
            continue
        return token
    raise AssertionError(f"{token}: no save got through in 1000 attempts")


@pytest.mark.slow
def test_ten_editors_at_once_keep_every_acknowledged_save_and_conflicts_refuse(store, lab):
    shared = store.save(Stakeholder(lab_id=lab.id, name="Gedeeld", organisation="start"))
    own = [store.save(Stakeholder(lab_id=lab.id, name=f"eigen-{w}")) for w in range(10)]
    jobs = [(str(store.dir), lab.id, w, shared.id, own[w].id) for w in range(10)]

    outcomes = _run_together(_edit, jobs, processes=2)

    winners = [o["worker"] for o in outcomes if o["won"]]
    assert len(winners) == 1, "of ten saves from one revision exactly one may win"
    acknowledged = [token for o in outcomes for token in o["acknowledged"]]
    reopened = Store(store.dir)
    final = reopened.record(lab.id, Stakeholder, shared.id)
    first, *tokens = final.organisation.split(",")
    assert first == f"first-{winners[0]}"  # the losers' stale values never overwrote it
    assert sorted(tokens) == sorted(acknowledged) and len(acknowledged) == 10 * EDIT_ROUNDS
    assert final.revision == shared.revision + 1 + len(acknowledged)
    for w in range(10):
        mine = reopened.record(lab.id, Stakeholder, own[w].id)
        assert (mine.organisation, mine.revision) == (f"{w}-{EDIT_ROUNDS - 1}", 1 + EDIT_ROUNDS)
    names = {s.id: s.name for s in reopened.records(lab.id, Stakeholder)}
    for o in outcomes:
        assert [names[i] for i in o["created"]] == [
            f"nieuw-{o['worker']}-{i}" for i in range(EDIT_ROUNDS)
        ]
    trail = reopened.audit_trail(lab.id)
    changes = [e for e in trail if e.get("id") == shared.id and e["event"] == "changed"]
    assert len(changes) == 1 + len(acknowledged)  # one audit line per acknowledged save
    _assert_every_store_file_parses(store.dir)


# -- a server killed in the middle of writing -----------------------------------------------

_RUN_WRITER = (
    "import sys; from tests.test_load_fault import write_until_killed as w; w(*sys.argv[1:])"
)


def write_until_killed(data_dir: str, lab_id: str, invitation_id: str, round_: str) -> None:
    """The child process: saves stakeholders and a survey answer, alternately, forever, and
    prints an acknowledgement only after each save has returned."""
    store = backends.open_spec(data_dir).acting("writer")
    invitation = store.record(lab_id, Invitation, invitation_id)
    response = surveys.start(store, invitation, LOAD, consent=True)
    question = LOAD.question("why")
    for i in range(1_000_000):
        saved = store.save(Stakeholder(lab_id=lab_id, name=f"{round_}-{i}", organisation="x" * 800))
        print("stakeholder", saved.id, flush=True)
        response = surveys.answer(store, response, question, value=f"{round_}-{i}", position=i)
        print("answer", f"{round_}-{i}", flush=True)


def _read_lines(stream: Any, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)  # the writer is gone


def _kill_after(
    data_dir: Path | str,
    lab_id: str,
    invitation_id: str,
    round_: int,
    answers: int,
    pause: float,
    errors_dir: Path | None = None,
) -> list[list[str]]:
    """Start a writer and SIGKILL it `pause` seconds after its `answers`-th acknowledged answer;
    return every acknowledgement it printed, also those printed just before the kill."""
    args = [str(data_dir), lab_id, invitation_id, str(round_)]
    errors_dir = errors_dir or Path(data_dir).parent
    with open(errors_dir / f"writer-{round_}.err", "w+b") as errors:
        proc = subprocess.Popen(
            [sys.executable, "-c", _RUN_WRITER, *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        lines: queue.Queue[bytes | None] = queue.Queue()
        reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines))
        reader.start()
        acks: list[list[str]] = []
        while sum(kind == "answer" for kind, _ in acks) < answers:
            line = lines.get(timeout=WAIT_S)
            if line is None:
                errors.seek(0)
                pytest.fail(f"the writer stopped by itself: {errors.read().decode()}")
            acks.append(line.decode().split())
        time.sleep(pause)  # lands the kill somewhere else in the loop each round
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join()
    while (line := lines.get()) is not None:
        if line.endswith(b"\n"):  # a line cut by the kill was never acknowledged
            acks.append(line.decode().split())
    return acks


@pytest.mark.slow
def test_a_server_killed_mid_write_restarts_with_every_acknowledged_write(store, lab):
    person = surveys.add_participant(store, lab.id, name="Coach", group="job_coach")
    survey = surveys.create_survey(store, lab.id, LOAD, wave="T0", audience_ids=[person.id])
    (invitation,) = surveys.invite(store, survey)
    acknowledged: set[str] = set()
    chance = random.Random(20240611)  # a fixed seed: the same rounds every run
    for round_ in range(4):
        answers, pause = chance.randint(5, 40), chance.uniform(0, 0.02)
        acks = _kill_after(store.dir, lab.id, invitation.id, round_, answers, pause)

        reopened = Store(store.dir)  # opens without error: nothing half-written
        _assert_every_store_file_parses(store.dir, torn_audit_allowed=True)
        acknowledged |= {value for kind, value in acks if kind == "stakeholder"}
        present = {s.id: s for s in reopened.records(lab.id, Stakeholder)}
        assert acknowledged <= present.keys()
        assert all(present[i].organisation == "x" * 800 for i in acknowledged)
        created = {e["id"] for e in reopened.audit_trail(lab.id) if e.get("event") == "created"}
        assert acknowledged <= created
        last = [value for kind, value in acks if kind == "answer"][-1]
        step = int(last.split("-")[1])
        (response,) = reopened.records(lab.id, Response)
        assert response.answers["why"] in (last, f"{round_}-{step + 1}")
    assert len(acknowledged) >= 4 * 5
    Store(store.dir).save(Stakeholder(lab_id=lab.id, name="Na de crash"))


# -- a full disk ----------------------------------------------------------------------------


def _no_space(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, NO_SPACE)


class _FullDisk:
    """A disk with a few bytes left: a file opened through os.fdopen takes bytes until none
    are left, then its write fails half-way, as on a real full disk."""

    def __init__(self, free: int) -> None:
        self.free = free
        self.real_fdopen = os.fdopen

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> Any:
        return _CappedFile(self, self.real_fdopen(fd, *args, **kwargs))


class _CappedFile:
    def __init__(self, disk: _FullDisk, handle: Any) -> None:
        self.disk, self.handle = disk, handle

    def __enter__(self) -> "_CappedFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        room = min(self.disk.free, len(data))
        self.handle.write(data[:room])
        self.handle.flush()
        self.disk.free -= room
        if room < len(data):
            raise OSError(errno.ENOSPC, NO_SPACE)
        return room

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return self.handle.fileno()


def _fill_while_creating_the_temp_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module.tempfile, "mkstemp", _no_space)


def _fill_while_writing_the_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module.os, "fdopen", _FullDisk(free=100).fdopen)


def _fill_while_flushing_to_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module.os, "fsync", _no_space)


@pytest.mark.parametrize(
    "fill_disk",
    [
        pytest.param(_fill_while_creating_the_temp_file, id="creating the temp file"),
        pytest.param(_fill_while_writing_the_bytes, id="writing the bytes"),
        pytest.param(_fill_while_flushing_to_disk, id="flushing to disk"),
    ],
)
def test_a_full_disk_gives_a_clear_error_and_keeps_the_last_good_store(
    store, lab, monkeypatch, fill_disk
):
    store.save(Stakeholder(lab_id=lab.id, name="Anna", organisation="x" * 500))
    path = store.dir / "labs" / lab.id / "stakeholders.json"
    before = path.read_bytes()
    fill_disk(monkeypatch)

    bram = Stakeholder(lab_id=lab.id, name="Bram")
    with pytest.raises(StoreError) as caught:
        store.save(bram)

    monkeypatch.undo()
    error = caught.value
    english, dutch = error.message("en"), error.message("nl")
    assert error.key == "error.store_write" and english != dutch
    assert str(path) in english and str(path) in dutch and NO_SPACE in english
    assert "disk" in english.lower() and "schijf" in dutch.lower()
    assert "{" not in english + dutch  # every placeholder filled in
    assert path.read_bytes() == before
    assert _leftover_temp_files(store.dir) == []
    assert [s.name for s in store.records(lab.id, Stakeholder)] == ["Anna"]
    store.save(bram)  # the disk has room again: the same save now works
    assert sorted(s.name for s in Store(store.dir).records(lab.id, Stakeholder)) == ["Anna", "Bram"]


def test_a_full_disk_at_the_audit_line_keeps_the_record_file_as_it_was(store, lab, monkeypatch):
    editor = store.acting("researcher")
    editor.save(Stakeholder(lab_id=lab.id, name="Anna"))
    path = store.dir / "labs" / lab.id / "stakeholders.json"
    trail = store.dir / "labs" / lab.id / store_module.AUDIT_FILE
    before, real_fsync = path.read_bytes(), os.fsync

    def full_at_the_trail(fd: int) -> None:
        if os.fstat(fd).st_ino == trail.stat().st_ino:
            _no_space()
        real_fsync(fd)

    monkeypatch.setattr(store_module.os, "fsync", full_at_the_trail)
    with pytest.raises(StoreError) as caught:
        editor.save(Stakeholder(lab_id=lab.id, name="Bram"))
    monkeypatch.undo()
    assert caught.value.key == "error.store_write"
    assert path.read_bytes() == before  # what the message promises
