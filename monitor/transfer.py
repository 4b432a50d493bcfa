"""Whole-lab JSON export and import: a lossless round trip, checked before anything is written."""

from __future__ import annotations

import json
from typing import Any

from monitor import model, text
from monitor.errors import InvalidInput
from monitor.model import Lab, LabRecord, utc_now
from monitor.store import Store

FORMAT = "social-lab-monitor.lab"


def export_lab(store: Store, lab_id: str) -> dict[str, Any]:
    lab = store.lab(lab_id)
    return {
        "format": FORMAT,
        "schema_version": model.SCHEMA_VERSION,
        "exported": utc_now(),
        "lab": _canonical(lab.to_dict()),
        "records": {
            kind: [
                _canonical(r.to_dict())
                for r in sorted(store.records(lab_id, cls), key=lambda r: r.id)
            ]
            for kind, cls in model.RECORD_KINDS.items()
        },
    }


def _canonical(record: dict[str, Any]) -> dict[str, Any]:
    """A record's fields in their own order, and every map inside it (answers, labels per
    language) sorted by key: the same lab gives the same file from either backend
    (PostgreSQL's JSONB keeps no key order), and the order of a map carries no meaning."""

    def sort(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: sort(value[k]) for k in sorted(value)}
        if isinstance(value, list):
            return [sort(v) for v in value]
        return value

    return {k: sort(v) for k, v in record.items()}


def export_json(store: Store, lab_id: str) -> bytes:
    return as_json(export_lab(store, lab_id))


def as_json(export: dict[str, Any]) -> bytes:
    """An export_lab as the bytes of the backup file."""
    return json.dumps(export, ensure_ascii=False, indent=1).encode("utf-8")


def parse_export(payload: bytes) -> tuple[Lab, dict[str, list[LabRecord]]]:
    """Decode and check an export file; raises InvalidInput with the reason, writes nothing."""
    try:
        data = json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput("error.import_encoding") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput("error.import_json", line=exc.lineno, reason=exc.msg) from None
    except RecursionError:  # thousands of nested brackets: no export looks like that
        raise InvalidInput("error.import_nested") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput("error.import_format")
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidInput("error.import_version", found=str(version)[:20])
    if version > model.SCHEMA_VERSION:
        raise InvalidInput("error.import_newer", found=version, supported=model.SCHEMA_VERSION)
    _check_strings(data)
    try:
        lab = Lab.from_dict(data["lab"])
        records = {
            kind: [cls.from_dict(doc) for doc in data.get("records", {}).get(kind, [])]
            for kind, cls in model.RECORD_KINDS.items()
        }
    except (KeyError, TypeError, ValueError, AttributeError, StopIteration) as exc:
        raise InvalidInput("error.import_record", reason=str(exc)[:200]) from None
    strays = [r.id for rs in records.values() for r in rs if r.lab_id != lab.id]
    if strays:
        raise InvalidInput("error.import_record", reason=f"records of another lab: {strays[:3]}")
    return lab, records


def _check_strings(value: Any, depth: int = 0) -> None:
    """Every text in the file, keys included, as the app itself would have stored it: records
    are restored verbatim, so nothing may slip in that typing it would not let through."""
    if depth > 20:
        raise InvalidInput("error.import_nested")
    if isinstance(value, str):
        text.check_verbatim(value, "import.text", text.DOCUMENT)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, depth + 1)
            _check_strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, depth + 1)


def import_json(store: Store, payload: bytes, *, replace: bool = False) -> Lab:
    lab, records = parse_export(payload)
    return store.restore_lab(lab, records, replace=replace)
