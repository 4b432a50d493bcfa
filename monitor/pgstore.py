"""The PostgreSQL backend of the store, for a shared server (several app processes, many
phones): the same promises as the folder store (monitor/store_api.py), kept by the database.

Layout (schema version PG_SCHEMA_VERSION, created and migrated only by `labmonitor db upgrade`):

    lm_meta      key -> jsonb            schema version, when it was made
    lm_records   (lab_id, kind, id) -> body jsonb, revision     one row per record; labs
                                                                themselves, programmes and
                                                                their records have lab_id ''
    lm_versions  (lab_id, kind) -> version   bumped from one sequence on every write of that
                                             kind: the key of the read caches and of revision()
    lm_audit     seq, lab_id, entry jsonb    the audit trail
    lm_protocols name -> content, version    instruments researchers uploaded
    lm_secrets   name -> value               the key participants' links are signed with

Concurrency: a write locks its (lab, kind) version row and the rows it changes, and updates a
row only `WHERE revision = <the revision it read>`, so a stale write is refused by the database
itself. `transaction()` also takes an exclusive advisory lock that every plain write takes in
shared mode: a block that reads, decides and writes excludes all other writers, in any process,
like the folder store's file lock. A connection that dies mid-transaction (a killed process, a
database restart) leaves nothing half-written: PostgreSQL rolls it back.

Backups: the database's own (pg_dump, see the README) plus each lab's JSON export; the store
keeps no backup folders of its own.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool, PoolTimeout

from monitor import model
from monitor.errors import Conflict, InvalidInput, MonitorError, NotFound, StoreError
from monitor.model import Lab, LabRecord, R, Record, utc_now
from monitor.store import (
    _ID_PATTERN,
    AUDIT_NAMES_ONLY,
    AUDIT_SKIPPED,
    ERASED,
    _changes,
    stamped,
)

PG_SCHEMA_VERSION = 1
_LOCK_KEY = 0x4C41424D  # "LABM": the advisory lock of transaction()
LOCK_TIMEOUT = "30s"
CONNECT_TIMEOUT_S = 5
# How long a request waits for a connection before it says the database cannot be reached.
POOL_TIMEOUT_ENV = "LABMONITOR_DB_TIMEOUT"  # seconds; 10 by default
CATALOG = ""  # lab_id of the rows that are labs
PROTOCOLS_KIND = "protocols"
LINK_SECRET = "links"

# Statements per schema version; applying MIGRATIONS[n] turns version n-1 into n.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE lm_records (
            lab_id text NOT NULL,
            kind text NOT NULL,
            id text NOT NULL,
            body jsonb NOT NULL,
            revision integer NOT NULL,
            PRIMARY KEY (lab_id, kind, id))""",
        "CREATE INDEX lm_records_kind ON lm_records (kind, lab_id)",
        # What a respondent's page looks up: its invitation by the link's or the code's hash,
        # its response by invitation, earlier consent by participant.
        "CREATE INDEX lm_invitation_token ON lm_records (lab_id, (body->>'token_hash')) "
        "WHERE kind = 'invitations'",
        "CREATE INDEX lm_invitation_code ON lm_records (lab_id, (body->>'code_hash')) "
        "WHERE kind = 'invitations'",
        "CREATE INDEX lm_response_invitation ON lm_records (lab_id, (body->>'invitation_id')) "
        "WHERE kind = 'responses'",
        "CREATE INDEX lm_response_participant ON lm_records "
        "(lab_id, (body->>'participant_id')) WHERE kind = 'responses'",
        "CREATE INDEX lm_records_wrapped ON lm_records (lab_id, kind) WHERE body ? '$json'",
        "CREATE SEQUENCE lm_version_seq",
        """CREATE TABLE lm_versions (
            lab_id text NOT NULL,
            kind text NOT NULL,
            version bigint NOT NULL,
            PRIMARY KEY (lab_id, kind))""",
        """CREATE TABLE lm_audit (
            seq bigserial PRIMARY KEY,
            lab_id text NOT NULL,
            entry jsonb NOT NULL)""",
        "CREATE INDEX lm_audit_lab ON lm_audit (lab_id, seq)",
        """CREATE TABLE lm_protocols (
            name text PRIMARY KEY,
            content bytea NOT NULL,
            updated timestamptz NOT NULL DEFAULT now())""",
        "CREATE TABLE lm_secrets (name text PRIMARY KEY, value bytea NOT NULL)",
    ],
}


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs. A URL that does not parse gives
    a short fixed text rather than echoing a secret back."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://?"
    host = parts.get("host", "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname', '')}"


def _check_url(url: str) -> None:
    if not url.startswith(("postgresql://", "postgres://")):
        raise StoreError("error.db_url", url=safe_url(url))
    try:
        conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        raise StoreError("error.db_url", url=safe_url(url)) from None


@contextmanager
def _translated(url: str) -> Iterator[None]:
    """Database failures as the store's clear errors (the domain's own errors pass)."""
    try:
        yield
    except MonitorError:
        raise
    except pg_errors.DiskFull as exc:
        raise StoreError("error.store_write", path=safe_url(url), reason="disk full") from exc
    except pg_errors.LockNotAvailable:
        raise StoreError("error.store_busy", path=safe_url(url)) from None
    except pg_errors.UndefinedTable:
        raise StoreError("error.db_empty", url=safe_url(url)) from None
    except (psycopg.OperationalError, PoolTimeout) as exc:
        raise StoreError("error.db_unreachable", url=safe_url(url), reason=_reason(exc)) from exc
    except psycopg.Error as exc:
        raise StoreError("error.db_failed", url=safe_url(url), reason=_reason(exc)) from exc


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def connect(url: str, **kwargs: Any) -> psycopg.Connection:
    """One plain connection (for `labmonitor db`), with the store's error messages."""
    _check_url(url)
    with _translated(url):
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True, **kwargs)


def schema_version(conn: psycopg.Connection) -> int | None:
    """The schema version of the database, or None when it has none of our tables."""
    found = conn.execute("SELECT to_regclass('lm_meta') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute("SELECT value FROM lm_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def upgrade(url: str) -> tuple[int, int]:
    """Create or migrate the schema (all or nothing); returns (version before, after).
    Refuses a database from a newer version of the app."""
    conn = connect(url)
    try:
        with _translated(url), conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            found = schema_version(conn)
            if found is not None and found > PG_SCHEMA_VERSION:
                raise StoreError(
                    "error.store_newer",
                    path=safe_url(url),
                    found=found,
                    supported=PG_SCHEMA_VERSION,
                )
            if found is None:
                conn.execute("CREATE TABLE lm_meta (key text PRIMARY KEY, value jsonb NOT NULL)")
                conn.execute("INSERT INTO lm_meta VALUES ('created', %s)", (Jsonb(utc_now()),))
            start = found or 0
            for version in range(start + 1, PG_SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO lm_meta VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (Jsonb(PG_SCHEMA_VERSION),),
            )
            conn.execute(
                "INSERT INTO lm_meta VALUES ('model_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (Jsonb(model.SCHEMA_VERSION),),
            )
        return start, PG_SCHEMA_VERSION
    finally:
        conn.close()


class _Shared:
    """What every view of one database shares within a process: the pool, the read caches,
    the connection of the transaction each thread is in."""

    _all: dict[tuple[str, int], _Shared] = {}
    _lock = threading.Lock()

    def __init__(self, url: str) -> None:
        self.url = url
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=int(os.environ.get("LABMONITOR_DB_POOL", "8")),
            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S},
            timeout=float(os.environ.get(POOL_TIMEOUT_ENV) or 10),
            # A connection that died with the server is noticed on checkout and replaced, so
            # the app recovers when the database is back, without a restart.
            check=ConnectionPool.check_connection,
            open=False,
            name="labmonitor",
        )
        self.pool.open(wait=False)
        self.cache: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
        self.cache_lock = threading.Lock()
        self.local = threading.local()
        self.secret: bytes | None = None

    @classmethod
    def get(cls, url: str) -> _Shared:
        key = (url, os.getpid())  # a forked child must not share its parent's connections
        with cls._lock:
            if key not in cls._all:
                cls._all[key] = _Shared(url)
            return cls._all[key]

    @classmethod
    def drop(cls, url: str) -> None:
        with cls._lock:
            shared = cls._all.pop((url, os.getpid()), None)
        if shared is not None:
            shared.pool.close()


class PgStore:
    """Labs in PostgreSQL. Safe to share between threads and processes; see the module doc."""

    actor: str = ""

    def __init__(self, url: str) -> None:
        _check_url(url)
        self.url = url
        # Fail early, with a clear message, on a wrong URL, a server that is down or a schema
        # of another version; nothing is created here (that is `labmonitor db upgrade`).
        conn = connect(url)
        try:
            with _translated(url):
                found = schema_version(conn)
                row = None
                if found is not None:
                    row = conn.execute(
                        "SELECT value FROM lm_meta WHERE key = 'model_version'"
                    ).fetchone()
        finally:
            conn.close()
        if row and int(row[0]) > model.SCHEMA_VERSION:  # records written by a newer app
            raise StoreError(
                "error.store_newer",
                path=safe_url(url),
                found=int(row[0]),
                supported=model.SCHEMA_VERSION,
            )
        if found is None:
            raise StoreError("error.db_empty", url=safe_url(url))
        if found > PG_SCHEMA_VERSION:
            raise StoreError(
                "error.store_newer", path=safe_url(url), found=found, supported=PG_SCHEMA_VERSION
            )
        if found < PG_SCHEMA_VERSION:
            raise StoreError("error.db_old", url=safe_url(url), found=found)
        _Shared.get(url)

    @property
    def _shared(self) -> _Shared:
        """Looked up on every use: a forked child gets its own pool, never its parent's."""
        return _Shared.get(self.url)

    @property
    def location(self) -> str:
        return safe_url(self.url)

    def acting(self, actor: str) -> PgStore:
        view = object.__new__(PgStore)
        view.__dict__.update(self.__dict__)
        view.actor = actor
        return view

    def close(self) -> None:
        """Close this process's connections to the database (every view of it)."""
        _Shared.drop(self.url)

    # -- connections and transactions ---------------------------------------------------------

    @property
    def _tx(self) -> psycopg.Connection | None:
        return getattr(self._shared.local, "conn", None)

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        """The connection of the current transaction, else one from the pool (autocommit)."""
        tx = self._tx
        if tx is not None:
            with _translated(self.url):
                yield tx
            return
        with _translated(self.url), self._shared.pool.connection() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all, and no other writer (thread or
        process) writes meanwhile."""
        tx = self._tx
        if tx is not None:
            with _translated(self.url), tx.transaction():
                yield
            return
        with (
            _translated(self.url),
            self._shared.pool.connection() as conn,
            conn.transaction(),
        ):
            conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            self._shared.local.conn = conn
            try:
                yield
            finally:
                self._shared.local.conn = None

    @contextmanager
    def _write(self) -> Iterator[psycopg.Connection]:
        """A write: inside the current transaction (a savepoint), or its own short one that
        waits only for a running `transaction()` block, not for other plain writes."""
        tx = self._tx
        if tx is not None:
            with _translated(self.url), tx.transaction():
                yield tx
            return
        with (
            _translated(self.url),
            self._shared.pool.connection() as conn,
            conn.transaction(),
        ):
            conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            conn.execute("SELECT pg_advisory_xact_lock_shared(%s)", (_LOCK_KEY,))
            yield conn

    # -- versions and read caches -----------------------------------------------------------

    @staticmethod
    def _lock_version(conn: psycopg.Connection, lab_id: str, kind: str) -> int:
        """Lock the (lab, kind) version row (made if missing); returns its version."""
        conn.execute(
            "INSERT INTO lm_versions VALUES (%s, %s, 0) ON CONFLICT DO NOTHING", (lab_id, kind)
        )
        row = conn.execute(
            "SELECT version FROM lm_versions WHERE lab_id = %s AND kind = %s FOR UPDATE",
            (lab_id, kind),
        ).fetchone()
        return int(row[0])

    @staticmethod
    def _bump(conn: psycopg.Connection, lab_id: str, kind: str) -> int:
        row = conn.execute(
            "UPDATE lm_versions SET version = nextval('lm_version_seq') "
            "WHERE lab_id = %s AND kind = %s RETURNING version",
            (lab_id, kind),
        ).fetchone()
        return int(row[0])

    def _table(self, kind: str, lab_id: str) -> dict[str, Any]:
        """{id: record} of one kind of one lab, cached until its version changes. Versions
        come from a sequence and are never reused, so a cache filled inside a transaction that
        is then rolled back can never be mistaken for committed data."""
        cls = model.CATALOG_KINDS[kind] if lab_id == CATALOG else model.RECORD_KINDS[kind]
        key = (lab_id, kind)
        with self._conn() as conn:
            row = conn.execute(
                "SELECT version FROM lm_versions WHERE lab_id = %s AND kind = %s", key
            ).fetchone()
            version = int(row[0]) if row else 0
            with self._shared.cache_lock:
                cached = self._shared.cache.get(key)
            if cached and cached[0] == version:
                return cached[1]
            # In the order they were made, as the folder store keeps them (a table's own order
            # changes with every update, so a report on PostgreSQL would list things otherwise).
            rows = conn.execute(
                "SELECT id, body FROM lm_records WHERE lab_id = %s AND kind = %s "
                "ORDER BY body->>'created', id",
                key,
            ).fetchall()
        records = {}
        for record_id, body in rows:
            try:
                records[record_id] = cls.from_dict(_decode(body))
            except (KeyError, TypeError, ValueError) as exc:
                raise StoreError(
                    "error.db_record", url=self.location, kind=kind, id=record_id, reason=exc
                ) from None
        with self._shared.cache_lock:
            self._shared.cache[key] = (version, records)
        return records

    def _remember(self, key: tuple[str, str], old: int, new: int, changed: dict, gone=()) -> None:
        """After a write: a cache that held the version written over takes the new records."""
        with self._shared.cache_lock:
            cached = self._shared.cache.get(key)
            if cached and cached[0] == old:
                merged = {**cached[1], **changed}
                for record_id in gone:
                    merged.pop(record_id, None)
                self._shared.cache[key] = (new, merged)

    def revision(self, lab_id: str | None = None) -> tuple[Any, ...]:
        labs = [CATALOG] + ([lab_id] if lab_id else [])
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT lab_id, kind, version FROM lm_versions WHERE lab_id = ANY(%s) "
                "AND kind <> %s ORDER BY lab_id, kind",
                (labs, PROTOCOLS_KIND),
            ).fetchall()
        return tuple(rows)

    # -- reading ------------------------------------------------------------------------------

    def labs(self) -> list[Lab]:
        return sorted(self._table(Lab.KIND, CATALOG).values(), key=lambda lab: lab.name.casefold())

    def lab(self, lab_id: str) -> Lab:
        found = self._table(Lab.KIND, CATALOG).get(lab_id)
        if found is None:
            raise NotFound("error.lab_not_found", lab=lab_id)
        return found

    def records(self, lab_id: str | None, cls: type[R]) -> list[R]:
        """The records of a kind of one lab; with lab_id None, of the top-level kinds."""
        if lab_id is None:
            return list(self._table(cls.KIND, CATALOG).values())
        self.lab(lab_id)
        return list(self._table(cls.KIND, lab_id).values())

    def record(self, lab_id: str | None, cls: type[R], record_id: str) -> R:
        """One record by its key: one indexed row, whatever the size of the lab."""
        lab_id = CATALOG if lab_id is None else lab_id
        with self._shared.cache_lock:
            cached = self._shared.cache.get((lab_id, cls.KIND))
        with self._conn() as conn:
            row = conn.execute(
                "SELECT body FROM lm_records WHERE lab_id = %s AND kind = %s AND id = %s",
                (lab_id, cls.KIND, record_id),
            ).fetchone()
        if row is None:
            raise NotFound("error.record_not_found", kind=cls.KIND, id=record_id)
        if cached and record_id in cached[1]:
            hit = cached[1][record_id]
            if hit.to_dict() == _decode(row[0]):
                return hit  # the same object the lists hand out
        return cls.from_dict(_decode(row[0]))

    def find(self, lab_id: str | None, cls: type[R], **equal: str) -> list[R]:
        """By the text fields given; the lookups respondents make have their own indexes
        (MIGRATIONS[1]), so a link opens in the same time in a lab of any size."""
        if lab_id is None:
            lab_id = CATALOG
        else:
            self.lab(lab_id)
        names = sorted(equal)
        for name in names:
            if name not in {f.name for f in dataclasses.fields(cls)}:
                raise ValueError(f"{cls.__name__} has no field {name}")
        where = " AND ".join(f"body->>'{name}' = %s" for name in names)
        with self._conn() as conn:
            rows = conn.execute(
                f"SELECT body FROM lm_records WHERE lab_id = %s AND kind = %s "
                f"AND (({where}) OR body ? %s)",
                (lab_id, cls.KIND, *(str(equal[n]) for n in names), _WRAPPED),
            ).fetchall()
        found = [cls.from_dict(_decode(body)) for (body,) in rows]
        return [r for r in found if all(getattr(r, k) == v for k, v in equal.items())]

    # -- writing ------------------------------------------------------------------------------

    def save(self, record: R, *, expected_revision: int | None = None) -> R:
        return self.save_all([record], expected_revisions={record.id: expected_revision})[0]

    def save_all(
        self, records: Iterable[R], *, expected_revisions: dict[str, int | None] | None = None
    ) -> list[R]:
        records = list(records)
        if not records:
            return []
        kinds = {(r.KIND, getattr(r, "lab_id", None)) for r in records}
        if len(kinds) != 1:
            raise ValueError("save_all takes records of one kind and one lab")
        ((kind, lab_id),) = kinds
        for r in records:
            if not _ID_PATTERN.match(r.id):
                raise InvalidInput("error.bad_id", id=r.id)
        if len({r.id for r in records}) != len(records):
            raise ValueError("save_all takes each record once")
        expected = expected_revisions or {}
        table = CATALOG if lab_id is None else lab_id
        ids = sorted(r.id for r in records)
        with self._write() as conn:
            if lab_id is not None:
                self._check_lab(conn, lab_id)
            old_version = self._lock_version(conn, table, kind)
            rows = conn.execute(
                "SELECT id, body FROM lm_records WHERE lab_id = %s AND kind = %s "
                "AND id = ANY(%s) ORDER BY id FOR UPDATE",
                (table, kind, ids),
            ).fetchall()
            cls = type(records[0])
            current = {rid: cls.from_dict(_decode(body)) for rid, body in rows}
            stored = stamped(kind, records, current, expected)
            updates = [s for s in stored if s.id in current]
            inserts = [s for s in stored if s.id not in current]
            with conn.cursor() as cur:
                for s in updates:
                    # The revision check again, by the database: a row changed since it was
                    # read (it cannot be, under the row lock; this is the last line of defence).
                    cur.execute(
                        "UPDATE lm_records SET body = %s, revision = %s WHERE lab_id = %s "
                        "AND kind = %s AND id = %s AND revision = %s",
                        (
                            _jsonb(s.to_dict()),
                            s.revision,
                            table,
                            kind,
                            s.id,
                            current[s.id].revision,
                        ),
                    )
                    if cur.rowcount != 1:
                        raise Conflict("error.conflict", kind=kind, id=s.id)
                if inserts:
                    cur.executemany(
                        "INSERT INTO lm_records VALUES (%s, %s, %s, %s, %s)",
                        [(table, kind, s.id, _jsonb(s.to_dict()), s.revision) for s in inserts],
                    )
            self._audit_changes(conn, kind, [(current.get(s.id), s) for s in stored])
            new_version = self._bump(conn, table, kind)
        self._remember((table, kind), old_version, new_version, {s.id: s for s in stored})
        return stored  # type: ignore[return-value]

    def _check_lab(self, conn: psycopg.Connection, lab_id: str) -> None:
        row = conn.execute(
            "SELECT 1 FROM lm_records WHERE lab_id = %s AND kind = %s AND id = %s",
            (CATALOG, Lab.KIND, lab_id),
        ).fetchone()
        if row is None:
            raise NotFound("error.lab_not_found", lab=lab_id)

    def delete(self, lab_id: str | None, cls: type[Record], ids: Iterable[str]) -> None:
        ids = sorted(set(ids))
        if not ids:
            return
        lab_id = CATALOG if lab_id is None else lab_id
        with self._write() as conn:
            old_version = self._lock_version(conn, lab_id, cls.KIND)
            rows = conn.execute(
                "DELETE FROM lm_records WHERE lab_id = %s AND kind = %s AND id = ANY(%s) "
                "RETURNING body",
                (lab_id, cls.KIND, ids),
            ).fetchall()
            if not rows:
                return
            gone = [cls.from_dict(_decode(body)) for (body,) in rows]
            self._audit_changes(conn, cls.KIND, [(r, None) for r in gone])
            new_version = self._bump(conn, lab_id, cls.KIND)
        self._remember((lab_id, cls.KIND), old_version, new_version, {}, [r.id for r in gone])

    def delete_lab(self, lab_id: str) -> None:
        """The lab, its records and its trail (like the folder store, which removes the lab's
        folder; the database's own backups still hold it)."""
        with self.transaction(), self._conn() as conn:
            self.lab(lab_id)
            self._lock_version(conn, CATALOG, Lab.KIND)
            conn.execute("DELETE FROM lm_records WHERE lab_id = %s", (lab_id,))
            conn.execute(
                "DELETE FROM lm_records WHERE lab_id = %s AND kind = %s AND id = %s",
                (CATALOG, Lab.KIND, lab_id),
            )
            conn.execute("DELETE FROM lm_audit WHERE lab_id = %s", (lab_id,))
            self._bump_all(conn, lab_id)
            self._bump(conn, CATALOG, Lab.KIND)

    def _bump_all(self, conn: psycopg.Connection, lab_id: str) -> None:
        for kind in model.RECORD_KINDS:
            self._lock_version(conn, lab_id, kind)
        conn.execute(
            "UPDATE lm_versions SET version = nextval('lm_version_seq') WHERE lab_id = %s",
            (lab_id,),
        )

    def restore_lab(
        self, lab: Lab, records: dict[str, list[LabRecord]], *, replace: bool = False
    ) -> Lab:
        """Write a lab exactly as given (ids, timestamps, revisions), e.g. from an export."""
        for record in [lab, *(r for rs in records.values() for r in rs)]:
            if not _ID_PATTERN.match(record.id):
                raise InvalidInput("error.bad_id", id=record.id)
        with self.transaction(), self._conn() as conn:
            for other in self.labs():
                if other.id == lab.id and not replace:
                    raise InvalidInput("error.import_exists", name=other.name, id=other.id)
                if other.id != lab.id and other.name.casefold() == lab.name.casefold():
                    raise InvalidInput("error.duplicate", field="lab.name", value=lab.name)
            self._lock_version(conn, CATALOG, Lab.KIND)
            conn.execute("DELETE FROM lm_records WHERE lab_id = %s", (lab.id,))
            conn.execute(
                "DELETE FROM lm_records WHERE lab_id = %s AND kind = %s AND id = %s",
                (CATALOG, Lab.KIND, lab.id),
            )
            with (
                conn.cursor() as cur,
                cur.copy("COPY lm_records (lab_id, kind, id, body, revision) FROM STDIN") as copy,
            ):
                copy.write_row((CATALOG, Lab.KIND, lab.id, _json(lab), lab.revision))
                for kind, items in records.items():
                    for r in items:
                        copy.write_row((lab.id, kind, r.id, _json(r), r.revision))
            self._bump_all(conn, lab.id)
            self._bump(conn, CATALOG, Lab.KIND)
            self.audit(lab.id, "restored", replaced=replace)
        return lab

    # -- audit trail --------------------------------------------------------------------------

    def audit(self, lab_id: str, event: str, **detail: Any) -> None:
        if self.actor:
            with self._write() as conn:
                self._append_audit(conn, lab_id, [{"event": event, "detail": detail}])

    def _audit_changes(
        self, conn: psycopg.Connection, kind: str, pairs: list[tuple[Record | None, Record | None]]
    ) -> None:
        if not self.actor or kind in AUDIT_SKIPPED:
            return
        entries: dict[str, list[dict[str, Any]]] = {}
        for old, new in pairs:
            record = new or old
            assert record is not None
            changes = _changes(old, new, names_only=kind in AUDIT_NAMES_ONLY)
            if not changes:
                continue
            event = "created" if old is None else "deleted" if new is None else "changed"
            lab_id = model.trail_owner(record)
            entry = {"event": event, "kind": kind, "id": record.id, "changes": changes}
            entries.setdefault(lab_id, []).append(entry)
        for lab_id, items in entries.items():
            self._append_audit(conn, lab_id, items)

    def _append_audit(
        self, conn: psycopg.Connection, lab_id: str, entries: list[dict[str, Any]]
    ) -> None:
        now = utc_now()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO lm_audit (lab_id, entry) VALUES (%s, %s)",
                [(lab_id, _jsonb({"at": now, "actor": self.actor, **e})) for e in entries],
            )

    def audit_trail(self, lab_id: str) -> list[dict[str, Any]]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT entry FROM lm_audit WHERE lab_id = %s ORDER BY seq", (lab_id,)
            ).fetchall()
        return [_decode(entry) for (entry,) in rows]

    def redact_audit(self, lab_id: str, record_ids: set[str]) -> int:
        if not record_ids:
            return 0
        with self._write() as conn:
            rows = conn.execute(
                "SELECT seq, entry FROM lm_audit WHERE lab_id = %s AND "
                "(entry->>'id' = ANY(%s) OR entry ? %s) ORDER BY seq FOR UPDATE",
                (lab_id, sorted(record_ids), _WRAPPED),
            ).fetchall()
            rows = [(seq, _decode(e)) for seq, e in rows]
            rows = [(seq, e) for seq, e in rows if e.get("id") in record_ids]
            with conn.cursor() as cur:
                cur.executemany(
                    "UPDATE lm_audit SET entry = %s WHERE seq = %s",
                    [
                        (
                            _jsonb(
                                {
                                    **entry,
                                    "changes": dict.fromkeys(entry.get("changes", {}), ERASED),
                                }
                            ),
                            seq,
                        )
                        for seq, entry in rows
                    ],
                )
        return len(rows)

    # -- the link secret, backups, uploaded instruments ---------------------------------------

    def server_secret(self) -> bytes:
        """The key participants' links are signed with, made on first use; shared by every app
        process on this database, so a link works on any of them."""
        if self._shared.secret is None:
            with self._conn() as conn:
                conn.execute(
                    "INSERT INTO lm_secrets VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (LINK_SECRET, secrets.token_bytes(32)),
                )
                row = conn.execute(
                    "SELECT value FROM lm_secrets WHERE name = %s", (LINK_SECRET,)
                ).fetchone()
            self._shared.secret = bytes(row[0])
        return self._shared.secret

    def set_server_secret(self, value: bytes) -> None:
        """Take over the link secret of a folder store (`labmonitor db copy`), so the links
        already handed out keep working."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO lm_secrets VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
                (LINK_SECRET, value),
            )
        self._shared.secret = None

    def backup(self) -> None:
        """Nothing: a database is backed up with its own tools (pg_dump; see the README)."""
        return None

    def backups(self) -> list[Any]:
        return []

    def newest_good_backup(self) -> None:
        return None

    def forget_lab_in_backups(self, lab_id: str) -> None:
        """The store keeps no copies of its own; the database's dumps are the operator's."""

    def uploaded_protocols(self) -> dict[str, bytes]:
        with self._conn() as conn:
            rows = conn.execute("SELECT name, content FROM lm_protocols ORDER BY name").fetchall()
        return {name: bytes(content) for name, content in rows}

    def protocols_revision(self) -> Any:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT version FROM lm_versions WHERE lab_id = %s AND kind = %s",
                (CATALOG, PROTOCOLS_KIND),
            ).fetchone()
        return int(row[0]) if row else 0

    def save_protocol(self, protocol_id: str, text: str) -> str:
        if not _ID_PATTERN.match(protocol_id):
            raise InvalidInput("error.bad_id", id=protocol_id)
        name = f"{protocol_id}.yaml"
        with self._write() as conn:
            self._lock_version(conn, CATALOG, PROTOCOLS_KIND)
            conn.execute(
                "INSERT INTO lm_protocols (name, content) VALUES (%s, %s) ON CONFLICT (name) "
                "DO UPDATE SET content = EXCLUDED.content, updated = now()",
                (name, text.encode("utf-8")),
            )
            self._bump(conn, CATALOG, PROTOCOLS_KIND)
        return name


def copy_folder_store(source: Any, target: PgStore, *, replace: bool = False) -> list[tuple]:
    """Move every lab of a folder store into the database, with its audit trail, the programmes,
    the uploaded instruments and the link secret (links already handed out keep working). All
    or nothing:
    each lab's JSON export from the database must equal the one from the folder, else the whole
    copy is rolled back. Returns (lab, number of records) per lab."""
    from monitor import transfer

    copied = []
    with target.transaction(), target._conn() as conn:
        existing = {lab.id for lab in target.labs()}
        for lab in source.labs():
            if lab.id in existing and not replace:
                raise InvalidInput("error.import_exists", name=lab.name, id=lab.id)
            records = {
                kind: source.records(lab.id, cls) for kind, cls in model.RECORD_KINDS.items()
            }
            target.restore_lab(lab, records, replace=replace)
            conn.execute("DELETE FROM lm_audit WHERE lab_id = %s", (lab.id,))
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO lm_audit (lab_id, entry) VALUES (%s, %s)",
                    [(lab.id, _jsonb(entry)) for entry in source.audit_trail(lab.id)],
                )
            before, after = (
                transfer.export_json(source, lab.id),
                transfer.export_json(target, lab.id),
            )
            if _unstamped(before) != _unstamped(after):
                raise StoreError("error.db_copy_differs", lab=lab.id)
            copied.append((lab, sum(len(rs) for rs in records.values())))
        _copy_programmes(source, target, conn, replace=replace)
        for name, content in source.uploaded_protocols().items():
            target.save_protocol(name.removesuffix(".yaml"), content.decode("utf-8"))
        target.set_server_secret(source.server_secret())
    return copied


def _copy_programmes(source: Any, target: PgStore, conn: Any, *, replace: bool) -> None:
    """The programmes with their agenda, meetings and evidence, exactly as stored (ids,
    timestamps, revisions), and each programme's audit trail; checked record by record."""
    mine = {p.id: p for p in source.records(None, model.Programme)}
    there = {p.id for p in target.records(None, model.Programme)}
    clash = [p for i, p in mine.items() if i in there]
    if clash and not replace:
        raise InvalidInput("error.import_exists", name=clash[0].name, id=clash[0].id)
    for cls in model.PROGRAMME_TYPES:
        rows = source.records(None, cls)
        if not rows:
            continue
        target._lock_version(conn, CATALOG, cls.KIND)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO lm_records VALUES (%s, %s, %s, %s, %s) ON CONFLICT (lab_id, kind, id) "
                "DO UPDATE SET body = EXCLUDED.body, revision = EXCLUDED.revision",
                [(CATALOG, cls.KIND, r.id, _jsonb(r.to_dict()), r.revision) for r in rows],
            )
        target._bump(conn, CATALOG, cls.KIND)
        copied = {r.id: r for r in target.records(None, cls)}
        if any(copied.get(r.id) != r for r in rows):
            raise StoreError("error.db_copy_differs", lab=cls.KIND)
    for programme_id in mine:
        conn.execute("DELETE FROM lm_audit WHERE lab_id = %s", (programme_id,))
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO lm_audit (lab_id, entry) VALUES (%s, %s)",
                [(programme_id, _jsonb(entry)) for entry in source.audit_trail(programme_id)],
            )


def _unstamped(export: bytes) -> bytes:
    """An export without the moment it was made: what must be identical byte for byte."""
    data = json.loads(export)
    stamp = json.dumps(data["exported"]).encode()
    return export.replace(b'"exported": ' + stamp, b"", 1)


# JSONB cannot hold the character U+0000, which the folder store keeps (and hostile input
# brings). A body that holds one is stored as its JSON text under the single key below, which no
# record has; every other body is plain JSONB, queryable as such.
_WRAPPED = "$json"


def _encode(data: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return {_WRAPPED: text} if "\x00" in text or "\\u0000" in text else data


def _decode(body: Any) -> Any:
    if isinstance(body, dict) and len(body) == 1 and _WRAPPED in body:
        return json.loads(body[_WRAPPED])
    return body


def _jsonb(data: dict[str, Any]) -> Jsonb:
    return Jsonb(_encode(data))


def _json(record: Record) -> str:
    return json.dumps(_encode(record.to_dict()), ensure_ascii=False, allow_nan=False)
