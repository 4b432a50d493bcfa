import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from monitor import model
from monitor import store as store_module
from monitor.errors import Conflict, NotFound, StoreError
from monitor.model import Lab, Stakeholder
from monitor.store import Store


@pytest.fixture
def store(folder_store):
    """This module tests the folder store through its files and folders; the same promises
    on PostgreSQL are tested in tests/test_pgstore.py."""
    return folder_store


def test_a_new_store_is_created_with_the_current_schema(tmp_path):
    Store(tmp_path / "fresh")
    meta = json.loads((tmp_path / "fresh" / "catalog.json").read_text())["meta"]["store"]
    assert meta["schema_version"] == model.SCHEMA_VERSION


def test_saved_records_survive_reopening_and_get_timestamps(store, lab):
    saved = store.save(Stakeholder(lab_id=lab.id, name="Anna"))
    assert saved.revision == 1 and saved.created and saved.updated
    again = Store(store.dir).record(lab.id, Stakeholder, saved.id)
    assert again == saved


def test_a_stale_revision_is_refused_and_the_newer_change_kept(store, lab):
    first = store.save(Stakeholder(lab_id=lab.id, name="Anna"))
    store.save(
        first.__class__(**{**first.__dict__, "name": "Anna B."}), expected_revision=first.revision
    )
    with pytest.raises(Conflict):
        store.save(first, expected_revision=first.revision)
    assert store.record(lab.id, Stakeholder, first.id).name == "Anna B."


def test_another_process_sees_writes_through_the_read_cache(store, lab):
    assert store.records(lab.id, Stakeholder) == []
    other = Store(store.dir)
    other._cache.clear()
    Store(store.dir).save(Stakeholder(lab_id=lab.id, name="Bram"))
    assert [s.name for s in store.records(lab.id, Stakeholder)] == ["Bram"]


def test_eight_threads_writing_at_once_lose_nothing(store, lab):
    def write(worker: int) -> None:
        for i in range(25):
            store.save(Stakeholder(lab_id=lab.id, name=f"t{worker}-{i}"))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(Store(store.dir).records(lab.id, Stakeholder)) == 200


_WRITER = """
import sys
from monitor.model import Stakeholder
from monitor.store import Store
store = Store(sys.argv[1])
for i in range(int(sys.argv[4])):
    store.save(Stakeholder(lab_id=sys.argv[2], name=f"{sys.argv[3]}-{i}"))
"""
ROOT = Path(__file__).parent.parent


def _thread_writer(store: Store, lab_id: str, worker: str, count: int) -> None:
    for i in range(count):
        store.save(Stakeholder(lab_id=lab_id, name=f"{worker}-{i}"))


def test_three_processes_and_threads_writing_at_once_lose_nothing(store, lab):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(store.dir), lab.id, f"p{w}", "30"], cwd=ROOT
        )
        for w in range(3)
    ]
    threads = [
        threading.Thread(target=_thread_writer, args=(store, lab.id, f"t{w}", 15)) for w in range(2)
    ]
    for thread in threads:
        thread.start()
    for proc in procs:
        assert proc.wait(120) == 0
    for thread in threads:
        thread.join()
    names = {s.name for s in Store(store.dir).records(lab.id, Stakeholder)}
    assert len(names) == 3 * 30 + 2 * 15


_KILLED_WRITER = """
import sys
from monitor.store import Store
from monitor.model import Stakeholder
store = Store(sys.argv[1])
for i in range(100000):
    store.save(Stakeholder(lab_id=sys.argv[2], name=f"k{i}", organisation="x" * 2000))
    print(i, flush=True)
"""


def test_a_writer_killed_mid_write_leaves_every_acknowledged_write(store, lab):
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(store.dir), lab.id],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    acknowledged = -1
    deadline = time.monotonic() + 60
    while acknowledged < 150 and time.monotonic() < deadline:
        acknowledged = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    names = {s.name for s in Store(store.dir).records(lab.id, Stakeholder)}
    assert {f"k{i}" for i in range(acknowledged + 1)} <= names


def test_a_corrupt_file_is_reported_with_a_backup_and_left_untouched(store, lab):
    store.save(Stakeholder(lab_id=lab.id, name="Anna"))
    store.backup()
    target = store.dir / "labs" / lab.id / "stakeholders.json"
    target.write_text('{"stakeholders": {"x": ')
    before = target.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store(store.dir)
    message = caught.value.message("en")
    assert str(target) in message and "backups" in message
    with pytest.raises(StoreError):
        store.save(Stakeholder(lab_id=lab.id, name="Bram"))
    assert target.read_bytes() == before


def test_a_corrupt_catalog_stops_opening(tmp_path):
    (tmp_path / "catalog.json").write_text("\x00\x00\x00")
    with pytest.raises(StoreError) as caught:
        Store(tmp_path)
    assert "catalog.json" in caught.value.message("nl")
    assert (tmp_path / "catalog.json").read_text() == "\x00\x00\x00"


def test_a_store_from_a_newer_version_is_refused(store):
    catalog = json.loads(store.catalog_path.read_text())
    catalog["meta"]["store"]["schema_version"] = model.SCHEMA_VERSION + 1
    store.catalog_path.write_text(json.dumps(catalog))
    with pytest.raises(StoreError, match="schema version"):
        Store(store.dir)


def test_migrations_run_once_after_a_backup(store, lab, monkeypatch):
    calls = []

    def rename_goal(s: Store) -> None:
        calls.append(s.dir)
        with s.transaction():
            s.save(Lab.from_dict({**s.lab(lab.id).to_dict(), "goal": "migrated"}))

    monkeypatch.setattr(model, "SCHEMA_VERSION", model.SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_module.MIGRATIONS, model.SCHEMA_VERSION - 1, rename_goal)
    backups_before = len(store.backups())
    migrated = Store(store.dir)
    assert migrated.lab(lab.id).goal == "migrated"
    assert len(migrated.backups()) > backups_before
    Store(store.dir)
    assert len(calls) == 1


def test_backups_rotate(store, lab, monkeypatch):
    monkeypatch.setattr(store_module, "BACKUPS_KEPT", 3)
    for _ in range(5):
        store.backup()
    assert len(store.backups()) == 3
    assert store.newest_good_backup() == store.backups()[0]


def test_a_failed_write_keeps_the_previous_file(store, lab, monkeypatch):
    store.save(Stakeholder(lab_id=lab.id, name="Anna"))

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", full_disk)
    with pytest.raises(StoreError, match="No space left"):
        store.save(Stakeholder(lab_id=lab.id, name="Bram"))
    monkeypatch.undo()
    assert [s.name for s in Store(store.dir).records(lab.id, Stakeholder)] == ["Anna"]
    assert not list((store.dir / "labs" / lab.id).glob(".*.tmp"))


def test_ids_cannot_reach_outside_the_store(store):
    with pytest.raises(NotFound):
        store.records("../../etc", Stakeholder)
