"""The rule every change to an existing record follows: it names the revision it was based on.

A page shows a record at some revision; what the user then submits is applied only if the
record is still at that revision, so a change made meanwhile by someone else is reported as a
conflict instead of being overwritten. The store checks the revision again under its lock."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from monitor.errors import Conflict
from monitor.model import Record

R = TypeVar("R", bound=Record)


def based_on(old: R, fields: dict[str, Any], expected_revision: int | None) -> R | None:
    """`old` with `fields` applied, or None when the change is already stored (a double
    click). Without an expected revision only a repeat of what is stored is accepted: any
    other change to an existing record must say which version it was based on."""
    new = dataclasses.replace(old, **fields)
    if expected_revision is not None and old.revision != expected_revision:
        raise Conflict("error.conflict", kind=old.KIND, id=old.id)
    if new == old:
        return None
    if expected_revision is None:
        raise Conflict("error.conflict", kind=old.KIND, id=old.id)
    return new
