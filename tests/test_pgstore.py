"""The PostgreSQL backend: its own promises, and the loads and faults of tests/test_load_fault.py
against a real server (a throwaway cluster, tests/pg_cluster.py). Every test here is slow."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from monitor import cli, demo, pgstore, surveys, transfer
from monitor.errors import Conflict, InvalidInput, MonitorError, StoreError
from monitor.i18n import TEXT
from monitor.model import Factor, Invitation, Response, ResponseStatus, Stakeholder
from monitor.pgstore import PgStore, _Shared
from monitor.store import Store
from monitor.store_api import StoreAPI, open_store
from tests import backends, pg_cluster
from tests import test_load_fault as load
from tests.conftest import fresh_pg_store, make_lab

pytestmark = pytest.mark.slow
ROOT = load.ROOT


@pytest.fixture
def pg(pg_url) -> PgStore:
    return fresh_pg_store(pg_url)


def assert_clear(error: MonitorError) -> None:
    assert error.key in TEXT, error.key
    nl, en = error.message("nl"), error.message("en")
    assert nl.strip() and en.strip() and nl != en and error.key not in nl + en


# -- opening: addresses, schema versions ---------------------------------------------------------


def test_both_backends_keep_the_store_interface(pg, folder_store):
    assert isinstance(pg, StoreAPI) and isinstance(folder_store, StoreAPI)
    assert isinstance(pg.acting("x"), StoreAPI)


@pytest.mark.parametrize(
    "url",
    ["mysql://root@localhost/x", "postgresql://u:p@[bad", "labs"],
    ids=["other database", "does not parse", "no scheme"],
)
def test_a_wrong_url_gets_a_clear_message(url):
    with pytest.raises(StoreError) as caught:
        PgStore(url)
    assert caught.value.key == "error.db_url"
    assert_clear(caught.value)


def test_a_server_that_is_not_there_gets_a_message_without_the_password():
    url = f"postgresql://anna:geheim@127.0.0.1:{pg_cluster.free_port()}/labmonitor"
    with pytest.raises(StoreError) as caught:
        open_store(url=url)
    assert caught.value.key == "error.db_unreachable"
    assert_clear(caught.value)
    assert "geheim" not in caught.value.message("nl") + caught.value.message("en")


def test_the_schema_is_explicit_versioned_and_a_newer_one_refused(pg_cluster_session):
    url = pg_cluster_session.create_database("versions")
    with pytest.raises(StoreError) as caught:
        PgStore(url)  # nothing is created behind the operator's back
    assert caught.value.key == "error.db_empty" and "db upgrade" in caught.value.message("en")
    assert pgstore.upgrade(url) == (0, pgstore.PG_SCHEMA_VERSION)
    assert pgstore.upgrade(url) == (pgstore.PG_SCHEMA_VERSION,) * 2  # idempotent
    PgStore(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE lm_meta SET value = '99' WHERE key = 'schema_version'")
    _Shared.drop(url)
    for attempt in (lambda: PgStore(url), lambda: pgstore.upgrade(url)):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert caught.value.key == "error.store_newer"
        assert_clear(caught.value)
    with psycopg.connect(url, autocommit=True) as conn:
        assert (
            conn.execute("SELECT value FROM lm_meta WHERE key = 'schema_version'").fetchone()[0]
            == 99
        )


def test_records_from_a_newer_app_are_refused(pg_cluster_session):
    url = pg_cluster_session.create_database("newer_records")
    pgstore.upgrade(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE lm_meta SET value = '99' WHERE key = 'model_version'")
    with pytest.raises(StoreError) as caught:
        PgStore(url)
    assert caught.value.key == "error.store_newer" and "99" in caught.value.message("en")


def test_the_cli_upgrades_and_reports_in_the_users_language(pg_cluster_session, capsys):
    url = pg_cluster_session.create_database("cli_upgrade")
    assert cli.main(["db", "upgrade", "--database-url", url]) == 0
    assert "0 -> 1" in capsys.readouterr().out
    os.environ["LABMONITOR_LANG"] = "nl"
    try:
        assert cli.main(["db", "upgrade", "--database-url", url]) == 0
        assert "al bijgewerkt" in capsys.readouterr().out
        assert cli.main(["labs", "--database-url", "mysql://x"]) == 1
        assert "geen geldig PostgreSQL-adres" in capsys.readouterr().err
    finally:
        del os.environ["LABMONITOR_LANG"]


# -- the promises, kept by the database ----------------------------------------------------------


def test_a_stale_write_is_refused_and_save_all_is_all_or_nothing(pg):
    lab = make_lab(pg)
    a, b = (pg.save(Stakeholder(lab_id=lab.id, name=n)) for n in ("Anna", "Bram"))
    other = backends.reopen(pg)  # another server process: no cache in common
    other.save(dataclasses.replace(b, organisation="elders"), expected_revision=b.revision)
    with pytest.raises(Conflict):
        pg.save_all(
            [dataclasses.replace(a, name="Anna B."), dataclasses.replace(b, name="Bram B.")],
            expected_revisions={a.id: a.revision, b.id: b.revision},
        )
    names = {
        s.id: (s.name, s.organisation) for s in backends.reopen(pg).records(lab.id, Stakeholder)
    }
    assert names == {a.id: ("Anna", ""), b.id: ("Bram", "elders")}


def test_a_transaction_commits_together_or_not_at_all(pg):
    lab = make_lab(pg)
    with pytest.raises(RuntimeError), pg.transaction():
        pg.save(Stakeholder(lab_id=lab.id, name="Anna"))
        assert [s.name for s in pg.records(lab.id, Stakeholder)] == ["Anna"]  # sees its own
        raise RuntimeError("something went wrong halfway")
    assert pg.records(lab.id, Stakeholder) == []
    assert backends.reopen(pg).records(lab.id, Stakeholder) == []


def test_a_transaction_keeps_other_writers_out_until_it_ends(pg):
    lab = make_lab(pg)
    inside, order = threading.Event(), []

    def other_writer() -> None:
        inside.wait(10)
        backends.open_spec(pg.url).save(Stakeholder(lab_id=lab.id, name="Bram"))
        order.append("other")

    thread = threading.Thread(target=other_writer)
    thread.start()
    with pg.transaction():
        pg.save(Stakeholder(lab_id=lab.id, name="Anna"))
        inside.set()
        time.sleep(0.5)
        order.append("transaction")
    thread.join(10)
    assert order == ["transaction", "other"]


def test_the_audit_trail_is_a_table_written_with_each_change(pg):
    lab = make_lab(pg)
    acting = pg.acting("anna (researcher)")
    person = acting.save(Stakeholder(lab_id=lab.id, name="Ann\x00a <b>"))  # NUL: not JSONB-able
    acting.save(dataclasses.replace(person, name="Anna"), expected_revision=person.revision)
    trail = backends.reopen(pg).audit_trail(lab.id)
    assert [(e["event"], e["actor"]) for e in trail if e.get("id") == person.id] == [
        ("created", "anna (researcher)"),
        ("changed", "anna (researcher)"),
    ]
    assert trail[-1]["changes"]["name"] == ["Ann\x00a <b>", "Anna"]
    assert backends.reopen(pg).record(lab.id, Stakeholder, person.id).name == "Anna"
    assert pg.redact_audit(lab.id, {person.id}) == 2
    assert all("Ann" not in json.dumps(e) for e in pg.audit_trail(lab.id) if e.get("id"))


def test_the_link_secret_is_shared_by_every_process_on_the_database(pg):
    key = pg.server_secret()
    assert len(key) == 32 and backends.reopen(pg).server_secret() == key
    assert key not in str(backends.snapshot(pg)["lm_records"]).encode()


def test_one_record_is_read_by_its_key_and_revisions_move(pg):
    lab = make_lab(pg)
    before = pg.revision(lab.id)
    saved = pg.save(
        Factor(lab_id=lab.id, text="Korte lijnen", kind="enabler", phase_id=lab.phases[0].id)
    )
    assert pg.revision(lab.id) != before
    assert backends.reopen(pg).record(lab.id, Factor, saved.id) == saved


# -- loads and faults (the scenarios of tests/test_load_fault.py, on PostgreSQL) -----------------


def test_150_respondents_at_once_lose_no_response_and_no_answer(pg):
    lab = make_lab(pg)
    rows = [{"name": f"Coach {i:03d}", "group": "job_coach"} for i in range(150)]
    surveys.save_participants(pg, lab.id, rows)
    survey = surveys.create_survey(pg, lab.id, load.LOAD, wave="T0", audience_groups=["job_coach"])
    invited = sorted(surveys.invite(pg, survey), key=lambda i: i.id)
    jobs = [(pg.url, lab.id, invitation.id, i) for i, invitation in enumerate(invited)]
    submitted = load._run_together(load._respond, jobs, processes=4)
    reopened = backends.reopen(pg)
    responses = {r.id: r for r in reopened.records(lab.id, Response)}
    assert sorted(submitted) == sorted(responses) and len(responses) == 150
    by_invitation = {r.invitation_id: r for r in responses.values()}
    for i, invitation in enumerate(invited):
        response = by_invitation[invitation.id]
        assert response.status == ResponseStatus.SUBMITTED
        assert response.answers == load._answers_for(invitation.id, i)


def test_four_processes_of_eight_threads_editing_keep_every_acknowledged_save(pg):
    lab = make_lab(pg)
    shared = pg.save(Stakeholder(lab_id=lab.id, name="Gedeeld", organisation="start"))
    own = [pg.save(Stakeholder(lab_id=lab.id, name=f"eigen-{w}")) for w in range(32)]
    jobs = [(pg.url, lab.id, w, shared.id, own[w].id) for w in range(32)]
    outcomes = load._run_together(load._edit, jobs, processes=4)
    winners = [o["worker"] for o in outcomes if o["won"]]
    assert len(winners) == 1, "of 32 saves from one revision exactly one may win"
    acknowledged = [token for o in outcomes for token in o["acknowledged"]]
    reopened = backends.reopen(pg)
    final = reopened.record(lab.id, Stakeholder, shared.id)
    first, *tokens = final.organisation.split(",")
    assert first == f"first-{winners[0]}"
    assert sorted(tokens) == sorted(acknowledged) and len(acknowledged) == 32 * load.EDIT_ROUNDS
    assert final.revision == shared.revision + 1 + len(acknowledged)
    for w in range(32):
        mine = reopened.record(lab.id, Stakeholder, own[w].id)
        assert mine.revision == 1 + load.EDIT_ROUNDS
    trail = reopened.audit_trail(lab.id)
    changes = [e for e in trail if e.get("id") == shared.id and e["event"] == "changed"]
    assert len(changes) == 1 + len(acknowledged)


def test_a_writer_killed_mid_write_leaves_every_acknowledged_write(pg, tmp_path):
    lab = make_lab(pg)
    person = surveys.add_participant(pg, lab.id, name="Coach", group="job_coach")
    survey = surveys.create_survey(pg, lab.id, load.LOAD, wave="T0", audience_ids=[person.id])
    (invitation,) = surveys.invite(pg, survey)
    acknowledged: set[str] = set()
    for round_, (answers, pause) in enumerate([(5, 0.0), (17, 0.004), (30, 0.011)]):
        acks = load._kill_after(
            pg.url, lab.id, invitation.id, round_, answers, pause, errors_dir=tmp_path
        )
        reopened = backends.reopen(pg)
        acknowledged |= {value for kind, value in acks if kind == "stakeholder"}
        present = {s.id for s in reopened.records(lab.id, Stakeholder)}
        assert acknowledged <= present
        created = {e["id"] for e in reopened.audit_trail(lab.id) if e.get("event") == "created"}
        assert acknowledged <= created
    backends.reopen(pg).save(Stakeholder(lab_id=lab.id, name="Na de crash"))


_HOLD_TRANSACTION = """
import sys, time
from monitor.model import Stakeholder
from monitor.pgstore import PgStore
store = PgStore(sys.argv[1])
with store.transaction():
    store.save(Stakeholder(lab_id=sys.argv[2], name="half"))
    print("inside", flush=True)
    time.sleep(60)
"""


def test_a_process_killed_inside_a_transaction_leaves_nothing_and_no_lock(pg):
    lab = make_lab(pg)
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD_TRANSACTION, pg.url, lab.id],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout.readline().strip() == b"inside"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    started = time.monotonic()
    with pg.transaction():  # the dead process's advisory lock went with its connection
        pg.save(Stakeholder(lab_id=lab.id, name="after"))
    assert time.monotonic() - started < 10
    assert [s.name for s in backends.reopen(pg).records(lab.id, Stakeholder)] == ["after"]


def test_a_full_disk_gives_a_clear_message_and_changes_nothing(pg_cluster_session):
    url = pg_cluster_session.create_database("full_disk")
    pgstore.upgrade(url)
    store = PgStore(url).acting("anna (researcher)")
    lab = make_lab(store)
    anna = store.save(Stakeholder(lab_id=lab.id, name="Anna"))
    with psycopg.connect(url, autocommit=True) as conn:
        # What the server raises when it cannot extend a file (SQLSTATE 53100).
        conn.execute(
            "CREATE FUNCTION lm_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$"
        )
        conn.execute(
            "CREATE TRIGGER lm_full BEFORE INSERT ON lm_audit FOR EACH ROW "
            "EXECUTE FUNCTION lm_full()"
        )
    before = backends.snapshot(store)
    with pytest.raises(StoreError) as caught:
        store.save(dataclasses.replace(anna, name="Anna B."), expected_revision=anna.revision)
    assert caught.value.key == "error.store_write"
    assert_clear(caught.value)
    assert backends.snapshot(store) == before
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TRIGGER lm_full ON lm_audit")
    store.save(dataclasses.replace(anna, name="Anna B."), expected_revision=anna.revision)
    assert store.record(lab.id, Stakeholder, anna.id).name == "Anna B."


def test_a_database_that_goes_down_gives_a_message_and_the_store_recovers(monkeypatch):
    monkeypatch.setenv(pgstore.POOL_TIMEOUT_ENV, "2")
    with pg_cluster.cluster(durable=True) as own:  # a crash loses nothing acknowledged
        url = own.create_database("down")
        pgstore.upgrade(url)
        store = PgStore(url)
        try:
            lab = make_lab(store)
            own.stop("immediate")  # like a crash of the server
            with pytest.raises(StoreError) as caught:
                store.save(Stakeholder(lab_id=lab.id, name="tijdens storing"))
            assert caught.value.key == "error.db_unreachable"
            assert_clear(caught.value)
            own.start(durable=True)
            deadline = time.monotonic() + 30
            while True:  # the same store object, no restart: the pool replaces dead connections
                try:
                    store.save(Stakeholder(lab_id=lab.id, name="daarna"))
                    break
                except StoreError:
                    assert time.monotonic() < deadline, "the store did not recover"
                    time.sleep(0.5)
            assert [s.name for s in store.records(lab.id, Stakeholder)] == ["daarna"]
        finally:
            store.close()


# -- moving a folder store into the database -----------------------------------------------------


def test_db_copy_moves_a_folder_store_and_verifies_the_export(pg, tmp_path, capsys):
    folder = Store(tmp_path / "data").acting("anna (researcher)")
    lab = demo.load_demo(folder)
    folder.save_protocol("extra", (ROOT / "tests" / "data" / "devset-factors.yaml").read_text())
    invitation = next(iter(folder.records(lab.id, Invitation)), None)
    token = surveys.token_for(folder, invitation) if invitation else None
    args = ["db", "copy", "--from", str(folder.dir), "--to", pg.url]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert lab.id in out and "export identical" in out
    first = json.loads(transfer.export_json(folder, lab.id))
    second = json.loads(transfer.export_json(backends.reopen(pg), lab.id))
    first.pop("exported"), second.pop("exported")
    assert first == second
    assert backends.reopen(pg).audit_trail(lab.id) == folder.audit_trail(lab.id)
    assert "extra.yaml" in pg.uploaded_protocols()
    if token:  # links already handed out keep working
        assert surveys.token_for(backends.reopen(pg), invitation) == token
    assert cli.main(args) == 1  # a second copy would overwrite: refused, nothing changed
    assert "--replace" in capsys.readouterr().err
    assert cli.main([*args, "--replace"]) == 0


def test_db_copy_carries_the_programmes_with_their_trails(pg, tmp_path):
    """`db copy` moved labs only: a programme, its agenda and its national meeting stayed
    behind in the folder."""
    from monitor.model import PROGRAMME_TYPES, Programme
    from monitor.pgstore import copy_folder_store
    from monitor.programme import demo as programme_demo

    folder = Store(tmp_path / "data").acting("anna (researcher)")
    programme_demo.load_demo_programme(folder)
    copy_folder_store(folder, pg)
    copied = backends.reopen(pg)
    for cls in PROGRAMME_TYPES:  # the same records; the order of equal times is free
        by_id = sorted(copied.records(None, cls), key=lambda r: r.id)
        assert by_id == sorted(folder.records(None, cls), key=lambda r: r.id), cls.KIND
    (programme,) = folder.records(None, Programme)
    assert copied.audit_trail(programme.id) == folder.audit_trail(programme.id)
    with pytest.raises(InvalidInput):  # a second copy would overwrite: refused
        copy_folder_store(folder, pg)
