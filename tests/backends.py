"""Test helpers that work on either backend of the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from monitor.store import Store


def is_folder(store: Any) -> bool:
    return isinstance(store, Store)


def spec(store: Any) -> str:
    """What another process needs to open the same store: a folder or a database URL."""
    return str(store.dir) if is_folder(store) else store.url


def open_spec(where: str) -> Any:
    """The store at `where` (see spec), as a restarted server would open it."""
    if where.startswith("postgresql://"):
        from monitor.pgstore import PgStore

        return PgStore(where)
    return Store(where)


def reopen(store: Any) -> Any:
    """A second store on the same data: what a restarted server reads (no cache kept over)."""
    if is_folder(store):
        return Store(store.dir)
    from monitor.pgstore import PgStore, _Shared

    _Shared.drop(store.url)
    return PgStore(store.url)


def snapshot(store: Any) -> dict[str, Any]:
    """Everything the store holds, to prove that a refused input changed nothing."""
    if is_folder(store):
        return {
            str(p.relative_to(store.dir)): p.read_bytes()
            for p in sorted(Path(store.dir).rglob("*"))
            if p.is_file() and p.name != ".lock"
        }
    import psycopg

    found: dict[str, Any] = {}
    with psycopg.connect(store.url) as conn:
        for table, order in (
            ("lm_records", "lab_id, kind, id"),
            ("lm_audit", "seq"),
            ("lm_protocols", "name"),
            ("lm_secrets", "name"),
        ):
            found[table] = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    return found


def cli_args(store: Any) -> list[str]:
    """The options that point `labmonitor` at this store."""
    if is_folder(store):
        return ["--data-dir", str(store.dir)]
    return ["--database-url", store.url]
