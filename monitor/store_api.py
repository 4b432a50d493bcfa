"""What the domain needs from a store, and how the app and the CLI choose one.

Two backends keep the same promises:

- `monitor.store.Store`: the embedded default, TinyDB files in a folder (one researcher's laptop);
- `monitor.pgstore.PgStore`: PostgreSQL, for a shared server with several app processes.

The domain (monitor/) reaches records, the audit trail, the secret that signs participants'
links, backups and uploaded instruments only through the methods below, never through files
beside the store; so either backend can sit behind every page and command.

Promises every backend keeps:

- a save with `expected_revision` (or `expected_revisions` in `save_all`) is refused with
  `Conflict` when the stored record has another revision, and nothing of the call is stored;
- `save_all` is all or nothing; so is everything inside `with store.transaction():`, which also
  excludes every other writer (of this process and of any other process on the same store);
- a store `acting(actor)` writes an audit line per change in the same transaction as the change;
- `revision(lab_id)` changes whenever a record of the lab (or the catalog of labs) changes: the
  key under which pages cache what they compute from a lab; `revision()` changes whenever the
  catalog or a top-level (programme) record changes;
- records with no lab (`model.CATALOG_KINDS`: labs, programmes and what belongs to a programme)
  are read and deleted with lab_id None; their changes are audited in the trail of their
  programme (`model.trail_owner`), which `audit_trail(programme_id)` reads.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # the CLI imports this module for --help: keep it light
    from monitor.model import Lab, LabRecord, R, Record

DATABASE_URL_ENV = "LABMONITOR_DATABASE_URL"
SECRETS_FILE = Path(".streamlit") / "secrets.toml"


@runtime_checkable
class StoreAPI(Protocol):
    """The store as the domain uses it (see the module docstring for the promises)."""

    actor: str

    @property
    def location(self) -> str:
        """Where the data live, for messages: a folder, or a database URL without password."""
        ...

    def acting(self, actor: str) -> StoreAPI: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    # -- reading
    def labs(self) -> list[Lab]: ...

    def lab(self, lab_id: str) -> Lab: ...

    def records(self, lab_id: str | None, cls: type[R]) -> list[R]:
        """A kind's records of one lab; with None, the top-level (programme) records."""
        ...

    def record(self, lab_id: str | None, cls: type[R], record_id: str) -> R: ...

    def find(self, lab_id: str | None, cls: type[R], **equal: str) -> list[R]:
        """The records of a kind whose text fields equal the given values (a respondent's
        invitation by its token hash, their response by invitation): PostgreSQL answers from
        an index, whatever the size of the lab."""
        ...

    def revision(self, lab_id: str | None = None) -> tuple[Any, ...]: ...

    # -- writing
    def save(self, record: R, *, expected_revision: int | None = None) -> R: ...

    def save_all(
        self, records: Iterable[R], *, expected_revisions: dict[str, int | None] | None = None
    ) -> list[R]: ...

    def delete(self, lab_id: str | None, cls: type[Record], ids: Iterable[str]) -> None: ...

    def delete_lab(self, lab_id: str) -> None: ...

    def restore_lab(
        self, lab: Lab, records: dict[str, list[LabRecord]], *, replace: bool = False
    ) -> Lab: ...

    # -- audit trail
    def audit(self, lab_id: str, event: str, **detail: Any) -> None: ...

    def audit_trail(self, lab_id: str) -> list[dict[str, Any]]: ...

    def redact_audit(self, lab_id: str, record_ids: set[str]) -> int: ...

    # -- the secret participants' links are signed with (never exported, never backed up)
    def server_secret(self) -> bytes: ...

    # -- backups kept by the store itself (PostgreSQL leaves them to pg_dump: none here)
    def backup(self) -> Any: ...

    def backups(self) -> list[Any]: ...

    def forget_lab_in_backups(self, lab_id: str) -> None:
        """Remove every copy of the lab from the store's own backups (an erasure)."""
        ...

    # -- instruments researchers uploaded (the shipped ones live in protocols/)
    def uploaded_protocols(self) -> dict[str, bytes]:
        """{file name: YAML file content} of the uploaded instruments."""
        ...

    def protocols_revision(self) -> Any:
        """Changes whenever an uploaded instrument changes."""
        ...

    def save_protocol(self, protocol_id: str, text: str) -> Any: ...


def database_url(secrets: dict[str, Any] | None = None) -> str:
    """The configured PostgreSQL URL: $LABMONITOR_DATABASE_URL, else `[labmonitor]
    database_url` of the given secrets (the app passes st.secrets), else of
    .streamlit/secrets.toml in the working folder (the CLI, started where the app is). Empty
    when none: the embedded store."""
    env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if env:
        return env
    if secrets is None:
        try:
            secrets = tomllib.loads(SECRETS_FILE.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            secrets = {}
    section = secrets.get("labmonitor") if isinstance(secrets, dict) else None
    value = section.get("database_url", "") if isinstance(section, dict) else ""
    return value.strip() if isinstance(value, str) else ""


def open_store(
    data_dir: str | Path | None = None, *, url: str | None = None, secrets: dict | None = None
) -> StoreAPI:
    """PostgreSQL when a database URL is configured (or given), else the folder store."""
    url = url if url is not None else database_url(secrets)
    if url:
        try:
            from monitor.pgstore import PgStore
        except ImportError:
            from monitor.errors import StoreError

            raise StoreError("error.db_driver") from None
        return PgStore(url)
    from monitor.store import Store

    return Store(data_dir)
