"""The fault suite of issue #22: what a year of fieldwork must survive. Two writers on the same
record, for every write path; a backup killed half-way or starved of disk; a read-only command
on a full disk; forged rows from a steering member; hostile text in every message; invisible
characters in names; a survey link tried on a copy of its lab. Each test states what held."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import random
import re
import signal
import string
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from monitor import agenda, cli, factors, i18n, lab_tables, labs, meetings, surveys, transfer
from monitor import store as store_module
from monitor.errors import Conflict, InvalidInput, StoreError
from monitor.model import (
    Action,
    Factor,
    FactorKind,
    Lab,
    LearningQuestion,
    Participant,
    Source,
    Stakeholder,
    Survey,
)
from monitor.reports import narrative
from monitor.store import MANIFEST, PARTIAL_PREFIX, Store, verify_backup
from tests import backends
from tests.conftest import make_lab
from tests.test_load_fault import LOAD, _run_together

ROOT = Path(__file__).parent.parent
WRITERS = 6  # writers that all start from the same screen
NO_SPACE = "No space left on device"


def _race(shown: Any, writers: list[Callable[[Any], Any]]) -> tuple[list[Any], int]:
    """Let every writer change `shown` (what each of them read) at the same moment. Returns
    the acknowledged results and the number of refusals; anything else fails the test."""
    start = threading.Barrier(len(writers))
    acks: list[Any] = []
    refused: list[Conflict] = []
    failures: list[BaseException] = []

    def run(write: Callable[[Any], Any]) -> None:
        start.wait(30)
        try:
            acks.append(write(shown))
        except Conflict as exc:
            refused.append(exc)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures, failures
    for exc in refused:
        assert exc.key == "error.conflict" and "{" not in exc.message("nl") + exc.message("en")
    return acks, len(refused)


# -- the records each write path starts from ---------------------------------------------------


@pytest.fixture
def world(store, lab):
    """A lab with a bit of everything, written by a researcher (so changes are audited)."""
    editor = store.acting("researcher")
    people = labs.save_stakeholders(
        editor,
        lab.id,
        [
            {"name": "Els de Wit", "group": "municipality"},
            {"name": "Piet Boer", "group": "employer"},
        ],
    )
    source = labs.add_source(
        editor,
        lab.id,
        kind="minutes",
        title="Stuurgroep 1",
        date=dt.date(2025, 2, 3),
        text_="De coaches hebben geen tijd. Niemand weet wie beslist.",
    )
    factor = factors.code_factor(
        editor, lab.id, kind="barrier", text_="Geen tijd", themes=["capacity"], source_id=source.id
    )
    question = agenda.add_question(
        editor, lab, theme="capacity", text_nl="Hoe maken we tijd?", phase_id=lab.phases[0].id
    )
    action = agenda.save_action(
        editor, lab, text_="Uren vrijmaken", question_id=question.id, owner_id=people[1].id
    )
    return {"store": editor, "lab": lab, "people": people, "source": source, "factor": factor,
            "question": question, "action": action}  # fmt: skip


def _paths(w: dict[str, Any]) -> dict[str, tuple[Callable[[], Any], Callable[[Any, int], Any]]]:
    """Per write path: how the screen reads the record, and writer i's change based on it."""
    s, lab, people = w["store"], w["lab"], w["people"]
    q_id, a_id, f_id, src_id = w["question"].id, w["action"].id, w["factor"].id, w["source"].id

    def question() -> LearningQuestion:
        return s.record(lab.id, LearningQuestion, q_id)

    def action() -> Action:
        return s.record(lab.id, Action, a_id)

    def meeting_of() -> meetings.Meeting:
        return meetings.current(s, lab.id) or meetings.start(
            s, lab, day=dt.date(2025, 2, 10), attendee_ids=[people[0].id]
        )

    def survey():
        found = s.records(lab.id, Survey)
        if found:
            return found[0]
        surveys.add_participant(s, lab.id, name="Coach Een", group="job_coach")
        return surveys.create_survey(s, lab.id, LOAD, wave="T0", audience_groups=["job_coach"])

    def participant() -> Participant:
        survey()
        if len(s.records(lab.id, Participant)) < 2:
            surveys.add_participant(s, lab.id, name="Kandidaat Twee", group="job_seeker")
        return next(p for p in s.records(lab.id, Participant) if p.group == "job_coach")

    def candidate() -> str:
        return next(p.id for p in s.records(lab.id, Participant) if p.group == "job_seeker")

    def narrative_of():
        found = narrative.get(narrative.texts(s, lab.id), "phase", lab.phases[0].id, "summary")
        return found or narrative.save(
            s, lab.id, "phase", lab.phases[0].id, "summary", "Eerste versie"
        )

    return {
        "merge": (
            question,
            lambda shown, i: agenda.merge(s, _proposal(i), shown),
        ),
        "reword": (
            question,
            lambda shown, i: agenda.reformulate(
                s, shown, text_nl=f"Versie {i}", text_en=f"Version {i}"
            ),
        ),
        "question status": (
            question,
            lambda shown, i: agenda.set_status(s, shown, "answered", answer=f"Antwoord {i}"),
        ),
        "factor edit": (
            lambda: s.record(lab.id, Factor, f_id),
            lambda shown, i: factors.code_factor(
                s,
                lab.id,
                kind="barrier",
                text_=f"Tekst {i}",
                themes=["capacity"],
                source_id=src_id,
                factor_id=f_id,
                expected_revision=shown.revision,
            ),  # fmt: skip
        ),
        "source edit": (
            lambda: s.record(lab.id, Source, src_id),
            lambda shown, i: factors.edit_source(s, shown, title=f"Titel {i}", text_=shown.text),
        ),
        "action (form)": (
            action,
            lambda shown, i: agenda.save_action(
                s,
                lab,
                text_=f"Actie {i}",
                action_id=shown.id,
                question_id=q_id,
                expected_revision=shown.revision,
            ),  # fmt: skip
        ),
        "action rows": (
            action,
            lambda shown, i: agenda.save_action_rows(
                s,
                lab,
                [
                    {
                        "id": shown.id,
                        "revision": shown.revision,
                        "text": f"Rij {i}",
                        "status": "doing",
                        "question_id": q_id,
                    }
                ],
            ),  # fmt: skip
        ),
        "follow-up note": (
            action,
            lambda shown, i: agenda.add_follow_up(s, shown, f"Notitie {i}"),
        ),
        "narrative": (
            narrative_of,
            lambda shown, i: narrative.save(
                s,
                lab.id,
                "phase",
                lab.phases[0].id,
                "summary",
                f"Tekst {i}",
                expected_revision=shown.revision,
            ),  # fmt: skip
        ),
        "meeting: status": (
            question,
            lambda shown, i: meetings.set_status(
                s, lab, meeting_of(), shown, "in_progress", answer=f"Besluit {i}"
            ),
        ),
        "meeting: reword": (
            question,
            lambda shown, i: meetings.reformulate(
                s, lab, meeting_of(), shown, text_nl=f"Besluit {i}", text_en=f"Decision {i}"
            ),
        ),
        "survey: closing date": (
            survey,
            lambda shown, i: surveys.set_closes(s, shown, dt.date(2026, 1, 1 + i)),
        ),
        "survey: subjects": (
            participant,
            lambda shown, i: surveys.set_subjects(s, shown, [candidate()] if i % 2 else []),
        ),
        "participant rows": (
            participant,
            lambda shown, i: surveys.save_participants(
                s,
                lab.id,
                [
                    {
                        "id": shown.id,
                        "revision": shown.revision,
                        "name": f"Naam {i}",
                        "group": "job_coach",
                    }
                ],
            ),  # fmt: skip
        ),
        "stakeholder rows": (
            lambda: s.record(lab.id, Stakeholder, people[0].id),
            lambda shown, i: labs.save_stakeholders(
                s,
                lab.id,
                [
                    {
                        "id": shown.id,
                        "revision": shown.revision,
                        "name": f"Els {i}",
                        "group": "municipality",
                    }
                ],
            ),  # fmt: skip
        ),
        "lab settings": (
            lambda: s.lab(lab.id),
            lambda shown, i: labs.update_lab(
                s, shown, name=f"Lab {i}", goal=shown.goal, description="", language="nl"
            ),
        ),
        "stale record object": (
            lambda: s.record(lab.id, Stakeholder, people[1].id),
            lambda shown, i: s.save(dataclasses.replace(shown, organisation=f"Org {i}")),
        ),
    }


def _proposal(i: int):
    """A draft with evidence of its own, to merge into the question on screen."""
    from monitor import derive

    return derive.Proposal(
        phase=1,
        theme="capacity",
        kind="improve",
        question={"nl": f"Concept {i}", "en": f"Draft {i}"},
        evidence=(f"extra{i}",),
        sources=1,
        groups=(),
        salience=1.0,
        flags=(),
    )


PATHS = (
    "merge", "reword", "question status", "factor edit", "source edit", "action (form)",
    "action rows", "follow-up note", "narrative", "meeting: status", "meeting: reword",
    "survey: closing date", "survey: subjects", "participant rows", "stakeholder rows",
    "lab settings", "stale record object",
)  # fmt: skip


@pytest.mark.parametrize("path", PATHS)
def test_writers_on_one_screen_never_overwrite_each_other(world, path):
    """Every writer read the same version: one change is stored, the others are refused with
    the conflict message, and the stored record is exactly the acknowledged change."""
    read, write = _paths(world)[path]
    shown = read()
    writers = [lambda seen, i=i: write(seen, i) for i in range(WRITERS)]
    acks, refused = _race(shown, writers)
    assert len(acks) == 1 and refused == WRITERS - 1, (path, len(acks), refused)
    after = read()
    assert after.revision > shown.revision
    (ack,) = acks
    if isinstance(ack, list):
        (ack,) = ack
    if isinstance(ack, type(after)) and ack.id == after.id:
        assert dataclasses.replace(ack, updated="") == dataclasses.replace(after, updated="")


def test_a_stale_screen_cannot_reject_what_another_accepted(store, lab):
    """Issue #22 point 1: A accepts a draft with new wording, B's stale screen rejects it."""
    factor = Factor(
        lab_id=lab.id, kind=FactorKind.BARRIER, text="Geen tijd", phase_id=lab.phases[0].id,
        themes=("capacity",),
    )  # fmt: skip
    store.save(factor)
    (draft,) = agenda.drafts(store.lab(lab.id), [factor], [], [])
    acks, refused = _race(
        draft,
        [
            lambda d: agenda.accept(store, lab, d, text_nl="Eigen woorden", text_en="Own words"),
            lambda d: agenda.reject(store, lab, d, "nee"),
        ],
    )
    assert len(acks) == 1 and refused == 1
    (stored,) = store.records(lab.id, LearningQuestion)
    assert stored == acks[0]


def test_a_deleted_record_is_not_brought_back_by_a_stale_save(store, lab):
    """An erased or deleted row on someone's open screen: saving it again is a conflict."""
    person = store.save(Stakeholder(lab_id=lab.id, name="Wordt gewist"))
    store.delete(lab.id, Stakeholder, [person.id])
    with pytest.raises(Conflict):
        store.save(dataclasses.replace(person, organisation="nog iets"))
    assert store.records(lab.id, Stakeholder) == []


def test_a_change_without_the_revision_it_was_based_on_is_refused(world):
    """The domain functions refuse a change to a stored record that names no revision; the
    same values again (a double click) are accepted as the stored record."""
    s, lab, action = world["store"], world["lab"], world["action"]
    same = agenda.save_action(
        s, lab, text_=action.text, action_id=action.id, question_id=action.question_id,
        owner_id=action.owner_id,
    )  # fmt: skip
    assert same == action
    with pytest.raises(Conflict):
        agenda.save_action(s, lab, text_="Anders", action_id=action.id)
    factor = world["factor"]
    with pytest.raises(Conflict):
        factors.code_factor(
            s, lab.id, kind="enabler", text_="Anders", themes=["capacity"], factor_id=factor.id,
            source_id=factor.source_id,
        )  # fmt: skip
    assert s.record(lab.id, Factor, factor.id) == factor


# -- 4 processes x 8 threads on one factor ------------------------------------------------------


def _edit_factor(job: tuple[str, str, str, str, int], start_together) -> list[tuple]:
    """Keep changing the factor's text, each time based on what was just read."""
    where, lab_id, factor_id, tag, rounds = job
    store = backends.open_spec(where).acting(f"editor {tag}")
    start_together.wait(60)
    acks = []
    for k in range(rounds):
        shown = store.record(lab_id, Factor, factor_id)
        try:
            saved = factors.code_factor(
                store, lab_id, kind="barrier", text_=f"{tag}-{k}", themes=["capacity"],
                phase_id=shown.phase_id, factor_id=factor_id, expected_revision=shown.revision,
            )  # fmt: skip
        except Conflict:
            acks.append(("conflict", shown.revision, None))
            continue
        acks.append(("ack", shown.revision, (saved.revision, saved.text)))
    return acks


def _factor_storm(store: Store, lab: Lab, processes: int, threads: int, rounds: int) -> None:
    factor = factors.code_factor(
        store, lab.id, kind="barrier", text_="begin", themes=["capacity"],
        phase_id=lab.phases[0].id,
    )  # fmt: skip
    jobs = [
        (backends.spec(store), lab.id, factor.id, f"p{p}t{t}", rounds)
        for p in range(processes)
        for t in range(threads)
    ]
    outcomes = _run_together(_edit_factor, jobs, processes)
    acks = [detail for result in outcomes for kind, _, detail in result if kind == "ack"]
    based = [b for result in outcomes for kind, b, _ in result if kind == "ack"]
    conflicts = sum(kind == "conflict" for result in outcomes for kind, _, _ in result)
    assert len(acks) + conflicts == processes * threads * rounds
    assert acks, "no change got through at all"
    revisions = sorted(r for r, _ in acks)
    # Each acknowledged change made exactly one revision, on top of the one it was based on:
    # no two writers ever both got revision n, so none overwrote another unseen.
    assert revisions == list(range(factor.revision + 1, factor.revision + 1 + len(acks)))
    assert sorted(based) == [r - 1 for r in revisions]
    final = backends.reopen(store).record(lab.id, Factor, factor.id)
    assert final.revision == revisions[-1]
    assert final.text == dict(acks)[revisions[-1]]
    trail = [
        e["changes"]["text"][1]
        for e in backends.reopen(store).audit_trail(lab.id)
        if e.get("id") == factor.id and e["event"] == "changed"
    ]
    assert sorted(trail) == sorted(text for _, text in acks)  # every one is in the history


def test_threads_editing_one_factor_lose_no_acknowledged_change(store, lab):
    _factor_storm(store.acting("researcher"), lab, processes=1, threads=8, rounds=4)


@pytest.mark.slow
def test_four_processes_of_eight_threads_on_one_factor_lose_no_acknowledged_change(store, lab):
    """Issue #22 point 2 (480 acknowledged, 417 lost before): now every acknowledged change
    is the base of the next one, or a conflict is reported."""
    _factor_storm(store.acting("researcher"), lab, processes=4, threads=8, rounds=15)


# -- backups: whole or absent --------------------------------------------------------------------


@pytest.fixture
def folder_lab(folder_store) -> Lab:
    return make_lab(folder_store)


def _a_store_with_data(store: Store, lab: Lab, people: int = 30) -> None:
    labs.save_stakeholders(
        store, lab.id, [{"name": f"Persoon {i}", "group": "employer"} for i in range(people)]
    )


def test_a_backup_has_a_manifest_that_the_check_verifies(folder_store, folder_lab):
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    made = store.backup()
    manifest = json.loads((made / MANIFEST).read_text())
    assert set(manifest["files"]) == {
        p.relative_to(store.dir).as_posix() for p in store.data_files()
    }
    assert verify_backup(made) and store.newest_good_backup() == made


@pytest.mark.parametrize(
    "damage",
    ["no manifest", "file missing", "file cut short", "file changed", "forged path", "empty"],
)
def test_a_damaged_or_half_made_backup_is_never_the_newest_good_one(
    folder_store, folder_lab, damage
):
    """Issue #22 point 4: a folder cut off between two files passed the check before."""
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    good = store.backup()
    time.sleep(0.01)
    bad = store.backup()
    stakeholders = bad / "labs" / lab.id / "stakeholders.json"
    if damage == "no manifest":
        (bad / MANIFEST).unlink()
    elif damage == "file missing":
        stakeholders.unlink()
    elif damage == "file cut short":
        stakeholders.write_bytes(stakeholders.read_bytes()[:-10])
    elif damage == "file changed":
        raw = stakeholders.read_bytes()
        stakeholders.write_bytes(raw.replace(b"Persoon 1", b"Persoon 9", 1))
    elif damage == "forged path":
        manifest = json.loads((bad / MANIFEST).read_text())
        manifest["files"]["../../catalog.json"] = manifest["files"]["catalog.json"]
        (bad / MANIFEST).write_text(json.dumps(manifest))
    else:
        for path in sorted(bad.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    assert not verify_backup(bad)
    assert store.newest_good_backup() == good
    # The damaged-file message names the good one, so copying it back restores the lab.
    (store.dir / "labs" / lab.id / "stakeholders.json").write_text("{broken")
    with pytest.raises(StoreError) as caught:
        Store(store.dir)
    assert caught.value.params["backup"] == str(good)


def test_crash_leftovers_are_removed_at_start_up(folder_store, folder_lab):
    """Issue #22 point 7: temp files of crashed writes and unfinished backups."""
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    lab_dir = store.dir / "labs" / lab.id
    leftovers = [
        store.dir / ".catalog.json.k3j4.tmp",
        lab_dir / ".stakeholders.json.x8d2.tmp",
        store.dir / "protocols" / ".mine.yaml.a1.tmp",
    ]
    for path in leftovers:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 4096)
    partial = store.backup_dir / f"{PARTIAL_PREFIX}20250101T000000000000Z"
    (partial / "labs").mkdir(parents=True)
    (partial / "catalog.json").write_text("{}")
    before = {p: p.read_bytes() for p in store.data_files()}

    reopened = Store(store.dir)
    assert not any(p.exists() for p in leftovers) and not partial.exists()
    assert {p: p.read_bytes() for p in reopened.data_files()} == before
    assert len(reopened.records(lab.id, Stakeholder)) == 30


_BACKUP_LOOP = """
import sys
from monitor.store import Store
store = Store(sys.argv[1])
print("ready", flush=True)
while True:
    store.backup()
"""


@pytest.mark.slow
def test_kill_9_during_backups_leaves_only_whole_backups(folder_store, folder_lab):
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab, people=400)
    chance = random.Random(22)
    rounds = 8
    for _ in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-c", _BACKUP_LOOP, str(store.dir)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(chance.uniform(0.05, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        Store(store.dir)  # start-up: what the crash left is cleared away
        assert not list(store.backup_dir.glob(f"{PARTIAL_PREFIX}*"))
        assert not list(store.dir.rglob("*.tmp"))
        assert all(verify_backup(b) for b in store.backups())
    assert store.newest_good_backup() is not None


def test_a_backup_killed_half_way_leaves_nothing_that_counts(folder_store, folder_lab, monkeypatch):
    """The kill -9 case without a process: the copy stops between two files."""
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    real = Path.read_bytes
    copied = []

    def crash_on_second_file(path: Path) -> bytes:
        if store.backup_dir not in path.parents and path.suffix == ".json":
            copied.append(path)
            if len(copied) == 2:
                raise KeyboardInterrupt  # as abrupt as it gets inside the process
        return real(path)

    before = store.backups()
    monkeypatch.setattr(Path, "read_bytes", crash_on_second_file)
    with pytest.raises(KeyboardInterrupt):
        store.backup()
    monkeypatch.undo()
    assert store.backups() == before and store.newest_good_backup() == before[0]
    assert not list(store.backup_dir.glob(f"{PARTIAL_PREFIX}*"))


# -- a full disk -------------------------------------------------------------------------------


def _no_space(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, NO_SPACE)


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every way of putting bytes on the disk fails, as on a full disk."""
    monkeypatch.setattr(store_module.os, "fsync", _no_space)
    monkeypatch.setattr(store_module.tempfile, "mkstemp", _no_space)


def _backup_due(store: Store) -> None:
    import shutil

    shutil.rmtree(store.backup_dir, ignore_errors=True)


def test_a_full_disk_during_a_backup_leaves_nothing_and_says_so(
    folder_store, folder_lab, monkeypatch
):
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    before = sorted(store.backup_dir.iterdir())
    _full_disk(monkeypatch)
    with pytest.raises(StoreError) as caught:
        store.backup()
    monkeypatch.undo()
    english, dutch = caught.value.message("en"), caught.value.message("nl")
    assert caught.value.key == "error.backup_failed" and NO_SPACE in english
    assert "disk" in english and "schijf" in dutch and "{" not in english + dutch
    assert sorted(store.backup_dir.iterdir()) == before


def test_a_read_only_command_works_on_a_full_disk_when_a_backup_is_due(
    folder_store, folder_lab, monkeypatch, capsys
):
    """Issue #22 point 5: `labmonitor labs` printed a raw error and left a 0-byte backup."""
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    _backup_due(store)
    _full_disk(monkeypatch)
    assert cli.main(["labs", "--data-dir", str(store.dir)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith(f"{lab.id}\t") and NO_SPACE not in out.err
    opened = Store(store.dir)  # the app opening the store, same situation
    assert opened.backup_error is not None and opened.backup_error.key == "error.backup_failed"
    assert len(opened.records(lab.id, Stakeholder)) == 30
    assert store.backups() == [] and not list(store.backup_dir.glob(f"{PARTIAL_PREFIX}*"))
    monkeypatch.undo()
    # The disk has room again: the next write makes the backup that was due.
    opened.save(Stakeholder(lab_id=lab.id, name="Na de volle schijf"))
    (made,) = store.backups()
    assert verify_backup(made) and opened.backup_error is None


def test_a_failed_backup_of_a_user_s_save_is_known_to_the_shared_store(
    folder_store, folder_lab, monkeypatch
):
    """The app saves through `store.acting(user)`, a copy: the failure of the backup that
    save started was kept on the copy and never reached the sidebar warning."""
    store, lab = folder_store, folder_lab
    monkeypatch.setattr(store_module, "BACKUP_INTERVAL", dt.timedelta(0))  # always due

    def fails(self):
        raise StoreError("error.backup_failed", path=str(self.backup_dir), reason="no space")

    with monkeypatch.context() as broken:
        broken.setattr(Store, "backup", fails)
        store.acting("researcher").save(Stakeholder(lab_id=lab.id, name="Tijdens de storing"))
    assert store.backup_error is not None and store.backup_error.key == "error.backup_failed"
    store.acting("researcher").save(Stakeholder(lab_id=lab.id, name="Daarna"))
    assert store.backup_error is None and store.backups()


def test_a_full_disk_does_not_stop_reading_and_exporting(folder_store, folder_lab, monkeypatch):
    store, lab = folder_store, folder_lab  # backups are files of the embedded store
    _a_store_with_data(store, lab)
    editor = store.acting("researcher")
    editor.save(Stakeholder(lab_id=lab.id, name="Nog een"))
    _full_disk(monkeypatch)
    monkeypatch.setattr(store_module.os, "fdopen", _no_space)
    reader = Store(store.dir)
    assert len(reader.records(lab.id, Stakeholder)) == 31
    assert reader.audit_trail(lab.id)
    assert lab_tables.csv_bytes(lab_tables.tables(reader, lab.id, "nl")["stakeholders"])
    assert json.loads(transfer.export_json(reader, lab.id))["lab"]["id"] == lab.id
    with pytest.raises(StoreError) as caught:  # a write says what is wrong, in both languages
        reader.save(Stakeholder(lab_id=lab.id, name="Past niet meer"))
    assert caught.value.key == "error.store_write"


# -- a steering member's forged rows -------------------------------------------------------------


FORGED = {
    "text": {"text": "Iets anders"},
    "owner": {"owner_id": "OTHER"},
    "question": {"question_id": ""},
    "owner and status": {"owner_id": "OTHER", "status": "done"},
}


@pytest.fixture
def steering(world):
    """Piet (people[1]) owns world's action; Els owns another one."""
    s, lab, people = world["store"], world["lab"], world["people"]
    other = agenda.save_action(s, lab, text_="Van Els", owner_id=people[0].id)
    return world | {"other": other, "may_edit": lambda owner: owner == people[1].id}


def _row(action: Action, **change: Any) -> dict[str, Any]:
    row = {
        "id": action.id,
        "revision": action.revision,
        "text": action.text,
        "owner_id": action.owner_id,
        "due": action.due,
        "status": action.status.value,
        "question_id": action.question_id,
    }
    return row | change


@pytest.mark.parametrize("forged", list(FORGED))
def test_a_steering_member_cannot_change_text_owner_or_question(steering, forged):
    s, lab, mine = steering["store"], steering["lab"], steering["action"]
    change = {
        k: (steering["people"][0].id if v == "OTHER" else v) for k, v in FORGED[forged].items()
    }
    before = s.records(lab.id, Action)
    with pytest.raises(InvalidInput) as caught:
        agenda.save_action_rows(s, lab, [_row(mine, **change)], may_edit=steering["may_edit"])
    assert caught.value.key == "error.field_not_allowed"
    assert "{" not in caught.value.message("nl") + caught.value.message("en")
    assert s.records(lab.id, Action) == before


@pytest.mark.parametrize("forged", ["someone else's", "claims to own it", "new row", "delete"])
def test_a_steering_member_cannot_touch_other_actions_add_or_delete(steering, forged):
    s, lab, mine, other = steering["store"], steering["lab"], steering["action"], steering["other"]
    piet = steering["people"][1].id
    rows, deleted = {
        "someone else's": ([_row(other, status="done")], []),
        "claims to own it": ([_row(other, owner_id=piet, status="done")], []),
        "new row": ([{"text": "Nieuw", "owner_id": piet, "status": "planned"}], []),
        "delete": ([], [mine.id]),
    }[forged]
    before = s.records(lab.id, Action)
    with pytest.raises(InvalidInput) as caught:
        agenda.save_action_rows(s, lab, rows, deleted, may_edit=steering["may_edit"])
    assert caught.value.key == "error.not_allowed"
    assert s.records(lab.id, Action) == before
    with pytest.raises(InvalidInput):
        agenda.add_follow_up(s, other, "niet de mijne", may_edit=steering["may_edit"])


def test_a_steering_member_changes_status_due_date_and_follow_up_of_their_own(steering):
    s, lab, mine = steering["store"], steering["lab"], steering["action"]
    row = {"id": mine.id, "revision": mine.revision, "status": "doing", "due": "2025-03-01"}
    (saved,) = agenda.save_action_rows(s, lab, [row], may_edit=steering["may_edit"])
    assert (saved.status, saved.due, saved.text) == ("doing", dt.date(2025, 3, 1), mine.text)
    noted = agenda.add_follow_up(s, saved, "Gebeld", may_edit=steering["may_edit"])
    assert noted.notes[-1].note == "Gebeld" and noted.owner_id == mine.owner_id


# -- hostile text in every message ---------------------------------------------------------------

HOSTILE = (
    "**bold** [link](http://evil.example) ![img](http://evil.example/x.png) <b>html</b> "
    "<img src=x onerror=alert(1)> `code` _em_ # heading $$x$$ :red[x] &lt;"
)


def _every_message() -> None:
    """Every translated text with placeholders, each value hostile, through the helpers."""
    import string as string_module

    import streamlit as st

    from monitor import i18n
    from pages import _text

    hostile = st.session_state["hostile"]
    kinds = ["error", "warning", "info", "success", "toast"]
    for index, key in enumerate(sorted(i18n.TEXT)):
        params: dict[str, Any] = {}
        for variant in i18n.TEXT[key].values():
            for template in variant.values() if isinstance(variant, dict) else [variant]:
                for _, name, spec, _ in string_module.Formatter().parse(template):
                    if name:
                        params[name] = 2 if name == "n" or spec else f"{hostile} {key}"
        if not params:
            continue
        _text.say(kinds[index % len(kinds)], key, **params)
    st.button(_text.label(f"{hostile} button"))
    with st.expander(_text.label(f"{hostile} expander")):
        _text.say_plain("error", f"{hostile} plain")


def _literal(source: str) -> str:
    """What markdown shows of an escaped source: the backslash escapes removed."""
    return "".join(c for i, c in enumerate(source) if c != "\\" or source[i - 1 : i] == "\\")


ACTIVE = (
    "**bold", "[link]", "![img]", "<b>", "<img", "`code`", "_em_", "# heading", "$$x$$",
    ":red[", "&lt;",
)  # fmt: skip


def _fields(entry: dict[str, Any]) -> dict[str, bool]:
    """The placeholders of a text, each with whether it takes a number (a count, a format)."""
    found: dict[str, bool] = {}
    for variant in entry.values():
        for template in variant.values() if isinstance(variant, dict) else [variant]:
            for _, name, spec, _ in string.Formatter().parse(template):
                if name:
                    found[name] = found.get(name, False) or name == "n" or bool(spec)
    return found


def test_every_message_shows_hostile_values_as_typed():
    at = AppTest.from_function(_every_message, default_timeout=60)
    at.session_state["hostile"] = HOSTILE
    at.run()
    assert not at.exception
    shown = [(kind, str(e.value)) for kind in ("error", "warning", "info", "success", "toast")
             for e in getattr(at, kind)]  # fmt: skip
    shown += [("button", str(b.label)) for b in at.button]
    shown += [("expander", str(e.label)) for e in at.expander]
    fields = {key: _fields(entry) for key, entry in i18n.TEXT.items()}
    expected = sum(1 for found in fields.values() if found)
    quoting = sum(1 for found in fields.values() if any(not numeric for numeric in found.values()))
    assert len(shown) == expected + 3
    checked = 0
    for kind, source in shown:
        if HOSTILE not in _literal(source):
            continue  # a value rendered by a format spec, a count
        for markup in ACTIVE:
            # Markup whose first character is not escaped would act instead of being shown.
            found = re.search(r"(?<!\\)" + re.escape(markup), source)
            assert found is None, (kind, markup, source[:200])
        checked += 1
    assert checked == quoting + 3  # every message that quotes a value, and the labels


def test_pages_show_messages_only_through_the_escaping_helpers():
    """No page calls st.error/warning/info/success/toast itself: pages/_text.py does."""
    import ast

    offenders = []
    for path in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        if path.name == "_text.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (  # also st.warning picked in an expression and called after
                isinstance(node, ast.Attribute)
                and node.attr in {"error", "warning", "info", "success", "toast"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "st"
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


# -- invisible characters --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("abc\u202egnp.exe", "abcgnp.exe"),
        ("Anna\u200b de Vries", "Anna de Vries"),
        ("\u2066Bram\u2069", "Bram"),
        ("\ufeffCor", "Cor"),
        ("team \U0001f469\u200d\U0001f4bb", "team \U0001f469\u200d\U0001f4bb"),  # one emoji
        ("\u05d3\u05e0\u05d4 \u200f!", "\u05d3\u05e0\u05d4 \u200f!"),  # a mark only nudges "!"
    ],
)
def test_names_lose_characters_that_reorder_or_hide_text(store, lab, typed, stored):
    (person,) = labs.save_stakeholders(store, lab.id, [{"name": typed, "group": "employer"}])
    assert person.name == stored
    source = labs.add_source(
        store, lab.id, kind="document", title=typed, date=dt.date(2025, 1, 5), text_=typed
    )
    assert source.title == stored and source.text == typed.strip()  # free text is kept


def test_free_text_shows_invisible_characters_in_exports(store, lab):
    labs.add_source(
        store, lab.id, kind="document", title="Brief", date=dt.date(2025, 1, 5),
        text_="Zie bijlage abc\u202egnp.exe",
    )  # fmt: skip
    frame = lab_tables.tables(store, lab.id, "nl", names=True)["sources"]
    exported = lab_tables.csv_bytes(frame).decode("utf-8-sig")
    assert "abc<U+202E>gnp.exe" in exported and "\u202e" not in exported


# -- a survey link opens one survey of one lab ------------------------------------------------


def test_a_survey_link_does_not_open_a_copy_of_its_lab(store, lab):
    """Issue #22 point 9: a copy of the lab under another id accepted the original's links."""
    person = surveys.add_participant(store, lab.id, name="Coach", group="job_coach")
    survey = surveys.create_survey(store, lab.id, LOAD, wave="T0", audience_ids=[person.id])
    (invitation,) = surveys.invite(store, survey)
    token, code = surveys.token_for(store, invitation), surveys.code_for(store, invitation)
    data = json.loads(transfer.export_json(store, lab.id))
    copy_id = "copyofthelab"
    data["lab"] |= {"id": copy_id, "name": "Kopie"}
    for records in data["records"].values():
        for record in records:
            record["lab_id"] = copy_id
    transfer.import_json(store, json.dumps(data).encode())
    assert store.record(copy_id, Participant, person.id)  # the copy holds the same invitation
    for lab_id, opens in ((lab.id, True), (copy_id, False)):
        for look_up, secret in ((surveys.open_link, token), (surveys.find_by_code, code)):
            if opens:
                assert look_up(store, lab_id, secret)[1].id == invitation.id
            else:
                with pytest.raises(InvalidInput):
                    look_up(store, lab_id, secret)
    # Nor does it open another survey of the same lab whose invitation has the same nonce.
    forged = dataclasses.replace(invitation, survey_id="othersurvey")
    assert surveys.token_for(store, forged) != token


def test_a_mangled_link_is_refused_with_the_one_message(store, lab):
    """Any token, also one with characters outside ASCII, gets the same answer."""
    person = surveys.add_participant(store, lab.id, name="Coach", group="job_coach")
    survey = surveys.create_survey(store, lab.id, LOAD, wave="T0", audience_ids=[person.id])
    (invitation,) = surveys.invite(store, survey)
    token = surveys.token_for(store, invitation)
    for mangled in ("\u00e9" * len(token), token[:-1] + "\u00e9", "", token + "x"):
        with pytest.raises(InvalidInput) as caught:
            surveys.open_link(store, lab.id, mangled)
        assert caught.value.key == "survey.bad_link"
