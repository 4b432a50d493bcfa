"""Stakeholder codes (EMP-03): they follow the person's group until a report or table export
has shown them. From then on a reader may know the person by that code, so a change of group
asks whether to keep it; nothing changes a published code silently.

Whether a code was published is read from the audit trail, which notes every report and
export with the moment it was made."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from monitor.errors import InvalidInput
from monitor.model import Stakeholder, StakeholderGroup
from monitor.store import Store

PREFIX = {
    StakeholderGroup.EMPLOYER: "EMP",
    StakeholderGroup.JOB_SEEKER: "JS",
    StakeholderGroup.JOB_COACH: "COACH",
    StakeholderGroup.JOB_COMPANY_MANAGEMENT: "MGT",
    StakeholderGroup.MUNICIPALITY: "MUN",
    StakeholderGroup.RESEARCHER: "RES",
    StakeholderGroup.CIVIL_SOCIETY: "CSO",
    StakeholderGroup.BUSINESS_AMBASSADOR: "AMB",
    StakeholderGroup.OTHER: "OTH",
}
# Exports that show stakeholder codes to a reader. A JSON backup is not one: restoring it
# brings back the codes it holds.
_PUBLISHING = ("report.", "tables.")


class CodeChoice(StrEnum):
    KEEP = "keep"
    NEW = "new"


@dataclass(frozen=True)
class PendingCode:
    """A published code whose group changed: the researcher decides whether it stays."""

    stakeholder_id: str
    name: str
    code: str
    group: StakeholderGroup


class CodeChoiceNeeded(InvalidInput):
    """Some changed stakeholders carry a published code; nothing was stored."""

    def __init__(self, pending: list[PendingCode]) -> None:
        super().__init__(
            "stakeholders.code_choice_needed",
            n=len(pending),
            codes=", ".join(p.code for p in pending),
        )
        self.pending = pending


def last_publication(store: Store, lab_id: str) -> str:
    """The UTC time of the newest report or table export of the lab, "" if there was none."""
    times = [
        entry.get("at", "")
        for entry in store.audit_trail(lab_id)
        if entry.get("event") == "export"
        and str((entry.get("detail") or {}).get("what", "")).startswith(_PUBLISHING)
    ]
    return max(times, default="")


def is_published(person: Stakeholder, published_at: str) -> bool:
    """Whether a report or export made after the code was given has shown it."""
    since = person.pseudonym_since or person.created
    return bool(person.pseudonym) and bool(published_at) and published_at > since


def prefix_of(code: str) -> str:
    return code.rsplit("-", 1)[0]


def next_code(group: StakeholderGroup, taken: set[str]) -> str:
    prefix, number = PREFIX[group], 1
    while f"{prefix}-{number:02d}" in taken:
        number += 1
    return f"{prefix}-{number:02d}"


def to_recode(
    changed: Iterable[Stakeholder],
    current: dict[str, Stakeholder],
    published_at: str,
    choices: dict[str, str],
) -> tuple[set[str], list[PendingCode]]:
    """Which changed stakeholders get a new code because their group changed, and which
    published codes still wait for the researcher's choice."""
    recode, pending = set(), []
    for person in changed:
        old = current.get(person.id)
        if old is None or not old.pseudonym or prefix_of(old.pseudonym) == PREFIX[person.group]:
            continue
        if not is_published(old, published_at) or choices.get(person.id) == CodeChoice.NEW:
            recode.add(person.id)
        elif choices.get(person.id) != CodeChoice.KEEP:
            pending.append(PendingCode(person.id, person.name, old.pseudonym, person.group))
    return recode, pending
