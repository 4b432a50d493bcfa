"""The only module that touches TinyDB.

Layout of a store directory::

    catalog.json              tables `meta` (schema version) and `labs`
    labs/<lab id>/<kind>.json one TinyDB file per record kind of a lab (stakeholders, sources ...)
    labs/<lab id>/audit.jsonl the lab's audit trail: one JSON line per change, appended
    programmes/<kind>.json    the top-level records of programmes (model.PROGRAMME_TYPES)
    programmes/trails/<programme id>.jsonl   a programme's audit trail
    backups/<UTC stamp>/      rotating copies of the above
    .lock                     cross-process lock

Why this shape: TinyDB rewrites a whole file on every write, so small files per lab and kind keep
a write cheap; every write holds an in-process lock and a cross-process file lock, and replaces
the file atomically (temp file, fsync, os.replace), so neither threads, processes nor a crash can
leave a half-written file. A file that does not parse is reported, never overwritten.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, ClassVar

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from monitor import model
from monitor.errors import Conflict, InvalidInput, NotFound, StoreError
from monitor.model import Lab, LabRecord, R, Record, utc_now

DATA_DIR_ENV = "LABMONITOR_DATA_DIR"
MANIFEST = "manifest.json"
PARTIAL_PREFIX = ".partial-"  # a backup folder being written; renamed when complete
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_STAMP = re.compile(r"^\d{8}T\d{12}Z$")
BACKUPS_KEPT = 10
BACKUP_INTERVAL = dt.timedelta(hours=1)
LOCK_TIMEOUT_S = 30
_ID_PATTERN = re.compile(r"^[a-z0-9_-]{1,40}$")
AUDIT_FILE = "audit.jsonl"
# Kinds whose changes are not audited: drafts saved answer by answer (the finished interview is
# a source, audited), invitations (links) and vote rounds (an anonymous ballot must stay so).
AUDIT_SKIPPED = {
    "interview_drafts",
    "invitations",
    "vote_rounds",
    "programme_votes",
    "table_sessions",
}
# Kinds audited by field name only: a survey answer never gets a second copy in the trail.
AUDIT_NAMES_ONLY = {"responses"}
AUDIT_VALUE_CHARS = 300
ERASED = "[erased]"
SECRET_FILE = ".survey_key"
_SECRETS: dict[Path, bytes] = {}

# Migrations from schema version N to N+1; each rewrites raw JSON files of an opened store.
MIGRATIONS: dict[int, Callable[[Store], None]] = {}


def default_data_dir() -> Path:
    """$LABMONITOR_DATA_DIR, else data/ of a source checkout, else the user's data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "monitor").is_dir():
        return root / "data"
    return user_data_dir()


def user_data_dir() -> Path:
    """Where an installed copy keeps its store: never inside site-packages."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "labmonitor"


class _CorruptFile(Exception):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads the file fresh and replaces it atomically on write."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return parse_store_file(self.path, raw)

    def write(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        atomic_write(self.path, text.encode("utf-8"))

    def close(self) -> None:
        pass


class _WriterStorage(AtomicJSONStorage):
    """The storage TinyDB writes through, used only while the store's locks are held. It
    remembers what it last wrote, so the next write to a big file (2,000 survey responses)
    need not parse it again. Another process's write changes the file and forgets the copy."""

    last: ClassVar[dict[Path, tuple[Any, dict[str, Any]]]] = {}

    def read(self) -> dict[str, Any] | None:
        key = _stat_key(self.path)
        hit = self.last.pop(self.path, None)  # TinyDB changes what it reads: hand it out once
        if key is not None and hit is not None and hit[0] == key:
            return hit[1]
        return super().read()

    def write(self, data: dict[str, Any]) -> None:
        super().write(data)
        self.last[self.path] = (_stat_key(self.path), data)


def parse_store_file(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _CorruptFile(path, str(exc)) from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise _CorruptFile(path, "not a TinyDB document") from None
    return data


def atomic_write(path: Path, payload: bytes) -> None:
    """Write a whole file so that readers and a crash see either the old or the new version."""
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise StoreError("error.store_write", path=str(path), reason=exc.strerror or exc) from exc
    except BaseException:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise


class _StrIdTable(Table):
    """Documents are keyed by our own string ids, never by TinyDB's counters."""

    document_id_class = str  # type: ignore[assignment]

    def _get_next_id(self) -> str:  # pragma: no cover - we always pass an id
        raise RuntimeError("records always carry their own id")


class _TinyDB(TinyDB):
    table_class = _StrIdTable


_REGISTRY_LOCK = threading.Lock()
_LOCKS: dict[tuple[Path, int], tuple[threading.RLock, FileLock]] = {}


def _locks_for(directory: Path) -> tuple[threading.RLock, FileLock]:
    """One pair of locks per store folder and process (a forked child gets its own)."""
    key = (directory, os.getpid())
    with _REGISTRY_LOCK:
        if key not in _LOCKS:
            _LOCKS[key] = (threading.RLock(), FileLock(directory / ".lock"))
        return _LOCKS[key]


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class Store:
    """A directory of labs. Safe to share between the threads of one server and between
    processes; reads are cached per file and refreshed when the file changes on disk.

    A store `acting(actor)` writes the same files and also records every change in the lab's
    audit trail under that actor's name; a plain store (a respondent's link) does not."""

    actor: str = ""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.dir = Path(data_dir) if data_dir else default_data_dir()
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("error.store_dir", path=str(self.dir), reason=exc.strerror) from exc
        self.dir = self.dir.resolve()
        self.catalog_path = self.dir / "catalog.json"
        self.programme_dir = self.dir / "programmes"
        self.backup_dir = self.dir / "backups"
        self._thread_lock, self._file_lock = _locks_for(self.dir)
        self._cache: dict[tuple[Path, str], tuple[Any, dict[str, Any]]] = {}
        self._cache_lock = threading.Lock()
        # Shared by every acting() view of this store: when the last backup was made, and the
        # failure of the last try (a full disk), which the app shows to the researcher.
        self._backups: dict[str, Any] = {"last": None, "error": None}
        self._open()

    def acting(self, actor: str) -> Store:
        """This store, with changes audited as made by `actor`. Shares locks and caches."""
        view = copy.copy(self)
        view.actor = actor
        return view

    # -- locking and files --------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold both locks: everything inside sees and writes a consistent store."""
        with self._thread_lock:
            try:
                self._file_lock.acquire(timeout=LOCK_TIMEOUT_S)
            except Timeout:
                raise StoreError("error.store_busy", path=str(self.dir)) from None
            try:
                yield
            finally:
                self._file_lock.release()

    def _lab_dir(self, lab_id: str) -> Path:
        if not _ID_PATTERN.match(lab_id):
            raise NotFound("error.lab_not_found", lab=lab_id)
        return self.dir / "labs" / lab_id

    def _path(self, kind: str, lab_id: str | None) -> Path:
        if kind == Lab.KIND:
            return self.catalog_path
        if lab_id is None:  # a top-level record (a programme and what belongs to it)
            return self.programme_dir / f"{kind}.json"
        return self._lab_dir(lab_id) / f"{kind}.json"

    def _trail(self, owner_id: str, kind: str | None = None) -> Path:
        """The audit trail of a lab, or of a programme (known by the kind that changed, or
        else by the programme catalog)."""
        programme = (
            kind in model.CATALOG_KINDS and kind != Lab.KIND
            if kind
            else owner_id in self._table(model.Programme.KIND, None)
        )
        if not programme:
            return self._lab_dir(owner_id) / AUDIT_FILE
        if not _ID_PATTERN.match(owner_id):
            raise NotFound("error.record_not_found", kind=model.Programme.KIND, id=owner_id)
        return self.programme_dir / "trails" / f"{owner_id}.jsonl"

    def _corrupt(self, error: _CorruptFile) -> StoreError:
        backup = self.newest_good_backup()
        return StoreError(
            "error.store_corrupt",
            path=str(error.path),
            reason=error.reason,
            backup=str(backup) if backup else "-",
        )

    @contextmanager
    def _db(self, path: Path) -> Iterator[TinyDB]:
        db = _TinyDB(str(path), storage=_WriterStorage)
        try:
            yield db
        except _CorruptFile as exc:
            raise self._corrupt(exc) from None
        finally:
            db.close()

    def _table(self, kind: str, lab_id: str | None) -> dict[str, Any]:
        """The decoded records of one table, as {id: record}; cached until the file changes."""
        path = self._path(kind, lab_id)
        key = _stat_key(path)
        with self._cache_lock:
            cached = self._cache.get((path, kind))
        if cached and cached[0] == key:
            return cached[1]
        cls = model.CATALOG_KINDS[kind] if lab_id is None else model.RECORD_KINDS[kind]
        try:
            raw = AtomicJSONStorage(path).read() or {}
        except _CorruptFile as exc:
            raise self._corrupt(exc) from None
        records = {}
        for doc_id, doc in raw.get(kind, {}).items():
            try:
                records[doc_id] = cls.from_dict(doc)
            except (KeyError, TypeError, ValueError) as exc:
                raise self._corrupt(_CorruptFile(path, f"record {doc_id}: {exc}")) from None
        with self._cache_lock:
            self._cache[(path, kind)] = (key, records)
        return records

    # -- opening, migrations, backups ----------------------------------------------------

    def _open(self) -> None:
        with self.transaction():
            meta = self._read_meta()
            if meta is None:
                self._write_meta({"schema_version": model.SCHEMA_VERSION, "created": utc_now()})
                return
            found = int(meta.get("schema_version", 0))
            if found > model.SCHEMA_VERSION:
                raise StoreError(
                    "error.store_newer",
                    path=str(self.catalog_path),
                    found=found,
                    supported=model.SCHEMA_VERSION,
                )
            self.remove_stale_temp_files()
            self.check()
            if found < model.SCHEMA_VERSION:
                self.backup()
                for version in range(found, model.SCHEMA_VERSION):
                    MIGRATIONS[version](self)
                    self._write_meta({**meta, "schema_version": version + 1})
                with self._cache_lock:
                    self._cache.clear()
            self.maybe_backup()

    def _read_meta(self) -> dict[str, Any] | None:
        try:
            raw = AtomicJSONStorage(self.catalog_path).read()
        except _CorruptFile as exc:
            raise self._corrupt(exc) from None
        if raw is None:
            return None
        return raw.get("meta", {}).get("store", {})

    def _write_meta(self, meta: dict[str, Any]) -> None:
        with self._db(self.catalog_path) as db:
            db.table("meta").upsert(Document(meta, doc_id="store"))

    def data_files(self, root: Path | None = None) -> list[Path]:
        root = root or self.dir
        files = [root / "catalog.json"] if (root / "catalog.json").exists() else []
        return (
            files
            + sorted((root / "programmes").glob("*.json"))
            + sorted((root / "labs").glob("*/*.json"))
        )

    def check(self) -> None:
        """Parse every file and record; raise the clear StoreError on the first bad one."""
        for kind in model.CATALOG_KINDS:
            self._table(kind, None)
        for lab in self.labs():
            for kind in model.RECORD_KINDS:
                self._table(kind, lab.id)

    def backups(self) -> list[Path]:
        """Finished backup folders, newest first (a folder still being written has another
        name, so it never shows up here)."""
        if not self.backup_dir.exists():
            return []
        return sorted(
            (p for p in self.backup_dir.iterdir() if p.is_dir() and _STAMP.match(p.name)),
            reverse=True,
        )

    def newest_good_backup(self) -> Path | None:
        """The newest backup whose manifest lists lab files and whose every file is there with
        the size and hash the manifest gives, and parses."""
        for candidate in self.backups():
            if verify_backup(candidate):
                return candidate
        return None

    def backup(self) -> Path | None:
        """Copy every data file into a new backup folder, whole or not at all: the copies and
        a manifest (files, sizes, hashes) go into a temporary folder that is renamed into place
        when complete. Keeps the newest BACKUPS_KEPT. A failure leaves nothing behind and
        raises StoreError."""
        with self.transaction():
            files = self.data_files()
            if not files:
                return None
            now = dt.datetime.now(dt.UTC)
            target = self.backup_dir / now.strftime(_STAMP_FORMAT)
            partial = self.backup_dir / f"{PARTIAL_PREFIX}{target.name}"
            try:
                _write_backup(self.dir, files, partial)
                os.replace(partial, target)
                _fsync_dir(self.backup_dir)
            except OSError as exc:
                shutil.rmtree(partial, ignore_errors=True)
                where = exc.filename or partial
                raise StoreError(
                    "error.backup_failed", path=str(where), reason=exc.strerror or exc
                ) from exc
            except BaseException:
                shutil.rmtree(partial, ignore_errors=True)
                raise
            for old in self.backups()[BACKUPS_KEPT:]:
                # Renamed out of the list first: a crash while deleting leaves no half backup.
                trash = self.backup_dir / f"{PARTIAL_PREFIX}old-{old.name}"
                with suppress(OSError):
                    os.replace(old, trash)
                    shutil.rmtree(trash, ignore_errors=True)
        self._backups.update(last=now, error=None)
        return target

    def maybe_backup(self) -> None:
        """The hourly backup, when due. It never stops what the user was doing: a failure
        (a full disk) is remembered in `backup_error` and the backup is tried again at the
        next write."""
        now = dt.datetime.now(dt.UTC)
        if self._backups["last"] is None:
            for newest in self.backups():
                if (newest / MANIFEST).is_file():  # a folder without one is not a backup
                    stamp = dt.datetime.strptime(newest.name, _STAMP_FORMAT)
                    self._backups["last"] = stamp.replace(tzinfo=dt.UTC)
                    break
        last = self._backups["last"]
        if last is None or now - last >= BACKUP_INTERVAL:
            try:
                self.backup()
            except StoreError as exc:
                if exc.key == "error.store_busy":
                    return
                self._backups["error"] = exc

    @property
    def backup_error(self) -> StoreError | None:
        """Why the last hourly backup failed, until one succeeds; None when all is well."""
        return self._backups["error"]

    def remove_stale_temp_files(self) -> int:
        """Remove what crashed writes left: temporary files of atomic writes and unfinished
        backup folders. Runs under the store's lock, so no write of ours is under way."""
        removed = 0
        folders = [self.dir, self.protocol_dir, self.programme_dir, *(self.dir / "labs").glob("*")]
        for folder in folders:
            if not folder.is_dir():
                continue
            for tmp in folder.glob(".*.tmp"):
                with suppress(OSError):
                    tmp.unlink()
                    removed += 1
        if self.backup_dir.is_dir():
            for partial in self.backup_dir.glob(f"{PARTIAL_PREFIX}*"):
                shutil.rmtree(partial, ignore_errors=True)
                removed += 1
        return removed

    def revision(self, lab_id: str | None = None) -> tuple[Any, ...]:
        """Changes whenever a file of the lab (or the catalog) changes: a key for derived views.
        Without a lab: whenever the catalog or a programme's records change."""
        paths = [self.catalog_path]
        if lab_id:
            paths += [self._path(kind, lab_id) for kind in model.RECORD_KINDS]
        else:
            paths += [self._path(kind, None) for kind in model.CATALOG_KINDS if kind != Lab.KIND]
        return tuple(_stat_key(p) for p in paths)

    # -- reading -------------------------------------------------------------------------

    def labs(self) -> list[Lab]:
        return sorted(self._table(Lab.KIND, None).values(), key=lambda lab: lab.name.casefold())

    def lab(self, lab_id: str) -> Lab:
        found = self._table(Lab.KIND, None).get(lab_id)
        if found is None:
            raise NotFound("error.lab_not_found", lab=lab_id)
        return found

    def records(self, lab_id: str | None, cls: type[R]) -> list[R]:
        """The records of a kind of one lab; with lab_id None, of the top-level kinds."""
        if lab_id is not None:
            self.lab(lab_id)
        return list(self._table(cls.KIND, lab_id).values())

    def record(self, lab_id: str | None, cls: type[R], record_id: str) -> R:
        found = self._table(cls.KIND, lab_id).get(record_id)
        if found is None:
            raise NotFound("error.record_not_found", kind=cls.KIND, id=record_id)
        return found

    def find(self, lab_id: str | None, cls: type[R], **equal: str) -> list[R]:
        if lab_id is not None:
            self.lab(lab_id)
        return [
            r
            for r in self._table(cls.KIND, lab_id).values()
            if all(getattr(r, k) == v for k, v in equal.items())
        ]

    # -- writing -------------------------------------------------------------------------

    def save(self, record: R, *, expected_revision: int | None = None) -> R:
        """Insert or replace one record; with expected_revision, refuse if someone else saved
        it in the meantime. Returns the stored record (timestamps and revision set)."""
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
        expected = expected_revisions or {}
        with self.transaction():
            if lab_id is not None:
                self.lab(lab_id)
            current = self._table(kind, lab_id)
            stored = stamped(kind, records, current, expected)
            # The trail line goes first and is cut off again if the write fails, so the trail
            # and the records never disagree, whichever of the two runs out of disk.
            marks = self._audit_changes(kind, [(current.get(r.id), r) for r in stored])
            try:
                self._write(kind, lab_id, stored, current)
            except BaseException:
                _truncate(marks)
                raise
        self.maybe_backup()
        return stored  # type: ignore[return-value]

    def _write(self, kind: str, lab_id: str | None, stored: list[Record], current: dict) -> None:
        docs = {r.id: r.to_dict() for r in stored}
        existing = [i for i in docs if i in current]
        fresh = [Document(docs[i], doc_id=i) for i in docs if i not in current]
        path = self._path(kind, lab_id)
        with self._db(path) as db:
            table = db.table(kind)
            if existing:
                table.update(lambda doc: _replace_doc(doc, docs), doc_ids=existing)
            if fresh:
                table.insert_multiple(fresh)
        # We hold the lock and just wrote the file: the cache can take the new records as they
        # are instead of decoding the whole file again on the next read.
        with self._cache_lock:
            self._cache[(path, kind)] = (_stat_key(path), {**current, **{r.id: r for r in stored}})

    def delete(self, lab_id: str | None, cls: type[Record], ids: Iterable[str]) -> None:
        ids = list(ids)
        with self.transaction():
            current = self._table(cls.KIND, lab_id)
            present = [i for i in ids if i in current]
            if present:
                marks = self._audit_changes(cls.KIND, [(current[i], None) for i in present])
                try:
                    with self._db(self._path(cls.KIND, lab_id)) as db:
                        db.table(cls.KIND).remove(doc_ids=present)
                except BaseException:
                    _truncate(marks)
                    raise

    def restore_lab(
        self, lab: Lab, records: dict[str, list[LabRecord]], *, replace: bool = False
    ) -> Lab:
        """Write a lab exactly as given (ids, timestamps, revisions), e.g. from an export."""
        for record in [lab, *(r for rs in records.values() for r in rs)]:
            if not _ID_PATTERN.match(record.id):
                raise InvalidInput("error.bad_id", id=record.id)
        with self.transaction():
            for other in self.labs():
                if other.id == lab.id and not replace:
                    raise InvalidInput("error.import_exists", name=other.name, id=other.id)
                if other.id != lab.id and other.name.casefold() == lab.name.casefold():
                    raise InvalidInput("error.duplicate", field="lab.name", value=lab.name)
            trail = self._lab_dir(lab.id) / AUDIT_FILE
            kept = trail.read_bytes() if trail.exists() else b""
            if lab.id in self._table(Lab.KIND, None):
                self.delete_lab(lab.id)
            shutil.rmtree(self._lab_dir(lab.id), ignore_errors=True)  # leftovers of a crash
            if kept:
                atomic_write(trail, kept)
            for kind, items in records.items():
                if items:
                    with self._db(self._path(kind, lab.id)) as db:
                        db.table(kind).insert_multiple(
                            Document(r.to_dict(), doc_id=r.id) for r in items
                        )
            with self._db(self.catalog_path) as db:
                db.table(Lab.KIND).insert(Document(lab.to_dict(), doc_id=lab.id))
            self.audit(lab.id, "restored", replaced=replace)
        return lab

    # -- what the domain reaches through the store (monitor.store_api.StoreAPI) ---------------

    @property
    def location(self) -> str:
        return str(self.dir)

    def server_secret(self) -> bytes:
        """The key participants' links are signed with: `.survey_key` in the store folder,
        created on first use, readable by the owner only, never in backups or exports."""
        path = self.dir / SECRET_FILE
        if path not in _SECRETS:
            with self.transaction():
                if not path.exists():
                    atomic_write(path, secrets.token_bytes(32))
                    os.chmod(path, 0o600)
                _SECRETS[path] = path.read_bytes()
        return _SECRETS[path]

    def forget_lab_in_backups(self, lab_id: str) -> None:
        with self.transaction():
            for folder in self.backups():
                shutil.rmtree(folder / "labs" / lab_id, ignore_errors=True)

    def uploaded_protocols(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.protocol_dir.glob("*.yaml"))}

    def protocols_revision(self) -> Any:
        return tuple((p.name, _stat_key(p)) for p in sorted(self.protocol_dir.glob("*.yaml")))

    @property
    def protocol_dir(self) -> Path:
        """Instruments researchers uploaded (the shipped ones live in protocols/)."""
        return self.dir / "protocols"

    def save_protocol(self, protocol_id: str, text: str) -> Path:
        if not _ID_PATTERN.match(protocol_id):
            raise InvalidInput("error.bad_id", id=protocol_id)
        path = self.protocol_dir / f"{protocol_id}.yaml"
        with self.transaction():
            atomic_write(path, text.encode("utf-8"))
        return path

    def delete_lab(self, lab_id: str) -> None:
        with self.transaction():
            self.lab(lab_id)
            self.backup()
            with self._db(self.catalog_path) as db:
                db.table(Lab.KIND).remove(doc_ids=[lab_id])
            shutil.rmtree(self._lab_dir(lab_id), ignore_errors=True)

    # -- audit trail ---------------------------------------------------------------------

    def audit(self, lab_id: str, event: str, **detail: Any) -> None:
        """Record an event that changes no record (an export, an erasure) in the trail."""
        if self.actor:
            self._append_audit(self._trail(lab_id), [{"event": event, "detail": detail}])

    def _audit_changes(
        self, kind: str, pairs: list[tuple[Record | None, Record | None]]
    ) -> list[tuple[Path, int]]:
        """Append the trail lines for these changes; returns (file, size before) to undo."""
        if not self.actor or kind in AUDIT_SKIPPED:
            return []
        entries: dict[Path, list[dict[str, Any]]] = {}
        for old, new in pairs:
            record = new or old
            assert record is not None
            changes = _changes(old, new, names_only=kind in AUDIT_NAMES_ONLY)
            if not changes:
                continue
            event = "created" if old is None else "deleted" if new is None else "changed"
            trail = self._trail(model.trail_owner(record), kind)
            entry = {"event": event, "kind": kind, "id": record.id, "changes": changes}
            entries.setdefault(trail, []).append(entry)
        marks = []
        for path, items in entries.items():
            marks.append((path, path.stat().st_size if path.exists() else 0))
            self._append_audit(path, items)
        return marks

    def _append_audit(self, path: Path, entries: list[dict[str, Any]]) -> None:
        now = utc_now()
        lines = "".join(
            json.dumps({"at": now, "actor": self.actor, **e}, ensure_ascii=False) + "\n"
            for e in entries
        )
        with self.transaction():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if _torn(path):  # a crash cut the last line: start on a fresh one
                    lines = "\n" + lines
                with path.open("a", encoding="utf-8") as handle:
                    handle.write(lines)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise StoreError("error.store_write", path=str(path), reason=exc.strerror) from exc

    def audit_trail(self, lab_id: str) -> list[dict[str, Any]]:
        """The lab's (or programme's) audit entries, oldest first. A line torn by a crash is
        left out."""
        path = self._trail(lab_id)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        entries = []
        for line in lines:
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return entries

    def redact_audit(self, lab_id: str, record_ids: set[str]) -> int:
        """Blank the old and new values of every entry about these records (an erasure keeps
        that a change happened, never what it was). Returns the number of entries blanked."""
        with self.transaction():
            entries = self.audit_trail(lab_id)
            blanked = 0
            for entry in entries:
                if entry.get("id") in record_ids:
                    entry["changes"] = dict.fromkeys(entry.get("changes", {}), ERASED)
                    blanked += 1
            if blanked:
                payload = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
                atomic_write(self._lab_dir(lab_id) / AUDIT_FILE, payload.encode("utf-8"))
        return blanked


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_backup(root: Path, files: list[Path], partial: Path) -> None:
    """Copy the files under `partial` with a manifest written last, everything fsynced."""
    listed = {}
    for path in files:
        rel = path.relative_to(root)
        dest = partial / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        payload = path.read_bytes()
        with dest.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        listed[rel.as_posix()] = {
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        }
    manifest = {"created": utc_now(), "schema_version": model.SCHEMA_VERSION, "files": listed}
    with (partial / MANIFEST).open("w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    for folder in {partial, *((partial / rel).parent for rel in listed)}:
        _fsync_dir(folder)


def verify_backup(folder: Path) -> bool:
    """Whether a backup folder is whole: its manifest lists the catalog, and every listed file
    is there with the listed size and hash and parses as a store file."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed = manifest["files"]
        if not isinstance(listed, dict) or "catalog.json" not in listed:
            return False
        for rel, info in listed.items():
            path = folder / rel
            if folder.resolve() not in path.resolve().parents:  # a forged "../" entry
                return False
            if path.stat().st_size != info["size"] or _sha256(path) != info["sha256"]:
                return False
            parse_store_file(path, path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, _CorruptFile):
        return False
    return True


def _truncate(marks: list[tuple[Path, int]]) -> None:
    """Cut audit files back to their size before a change that was not stored."""
    for path, size in marks:
        with suppress(OSError):
            os.truncate(path, size)


def _torn(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except OSError:  # missing or empty
        return False


def stamped(
    kind: str, records: list[R], current: dict[str, Record], expected: dict[str, int | None]
) -> list[R]:
    """The records as they will be stored, or Conflict. Both backends use this one rule: a
    record carries the revision it was read at, and without an explicit expected revision
    that one is checked, so a stale copy never overwrites a newer one and a record deleted
    meanwhile (an erasure) is not brought back."""
    now = utc_now()
    stored = []
    for r in records:
        old = current.get(r.id)
        want = expected.get(r.id)
        if want is None:
            want = r.revision
        if (old.revision if old else 0) != want:
            raise Conflict("error.conflict", kind=kind, id=r.id)
        stored.append(
            dataclasses.replace(
                r,
                created=(old.created if old else r.created) or now,
                updated=now,
                revision=want + 1,
            )
        )
    return stored


_BOOKKEEPING = {"created", "updated", "revision"}


def _changes(old: Record | None, new: Record | None, *, names_only: bool) -> dict[str, Any]:
    """{field: [old, new]} for the fields that differ; values cut to AUDIT_VALUE_CHARS."""
    before = old.to_dict() if old else {}
    after = new.to_dict() if new else {}
    changed = {}
    for name in sorted((before.keys() | after.keys()) - _BOOKKEEPING):
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        changed[name] = None if names_only else [_short(a), _short(b)]
    return changed


def _short(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= AUDIT_VALUE_CHARS else text[: AUDIT_VALUE_CHARS - 1] + "…"


def _replace_doc(doc: dict[str, Any], docs: dict[str, dict[str, Any]]) -> None:
    new = docs[doc["id"]]
    doc.clear()
    doc.update(new)
