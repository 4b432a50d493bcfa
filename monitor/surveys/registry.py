"""The participant registry: respondents by code, their group and outcome, whom they answer
about."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from monitor import labs, revisions, text
from monitor.errors import InvalidInput
from monitor.model import (
    Consent,
    Invitation,
    Outcome,
    Participant,
    Response,
    Stakeholder,
    StakeholderGroup,
    new_id,
)
from monitor.store import Store

PSEUDONYM_PREFIX = "R"  # respondents: ...


# -- the participant registry -------------------------------------------------------------


def pseudonym_codes(taken: set[str]) -> Iterator[str]:
    """The free codes in order (R-001, R-002 ...), each added to `taken` as it is given. One
    pass for many new participants, where next_pseudonym would count from 1 for each."""
    number = 0
    while True:
        number += 1
        code = f"{PSEUDONYM_PREFIX}-{number:03d}"
        if code not in taken:
            taken.add(code)
            yield code


def next_pseudonym(taken: set[str]) -> str:
    return next(pseudonym_codes(taken))


def new_participant(
    lab_id: str,
    *,
    name: Any,
    codes: Iterator[str],
    group: Any = StakeholderGroup.OTHER,
    contact: Any = "",
    stakeholder_id: str = "",
    outcome: Any = Outcome.UNKNOWN,
    rng: random.Random | None = None,
) -> Participant:
    """A registry entry, checked, with the next code from `codes` (pseudonym_codes of the codes
    in use); nothing stored. A seeded `rng` gives reproducible ids (synthetic labs)."""
    return Participant(
        id=new_id(rng),
        lab_id=lab_id,
        name=text.clean(name, "participant.name", text.SHORT, required=True),
        contact=text.clean(contact, "participant.contact", text.SHORT),
        group=labs.parse_choice(group, StakeholderGroup, "participant.group"),
        stakeholder_id=stakeholder_id,
        outcome=labs.parse_choice(outcome, Outcome, "participant.outcome", Outcome.UNKNOWN),
        pseudonym=next(codes),
    )


def add_participant(
    store: Store,
    lab_id: str,
    *,
    name: Any,
    group: Any = StakeholderGroup.OTHER,
    contact: Any = "",
    stakeholder_id: str = "",
) -> Participant:
    name_ = text.clean(name, "participant.name", text.SHORT, required=True)
    with store.transaction():
        existing = store.records(lab_id, Participant)
        if any(p.name.casefold() == name_.casefold() for p in existing):
            raise InvalidInput("error.duplicate", field="participant.name", value=name_)
        codes = pseudonym_codes({p.pseudonym for p in existing})
        return store.save(
            new_participant(
                lab_id,
                name=name_,
                codes=codes,
                group=group,
                contact=contact,
                stakeholder_id=stakeholder_id,
            )
        )


def save_participants(
    store: Store, lab_id: str, rows: list[dict[str, Any]], deleted: Iterable[str] = ()
) -> list[Participant]:
    """The registry table as edited: rows with id update, rows without id are new."""
    with store.transaction():
        current = {p.id: p for p in store.records(lab_id, Participant)}
        used = {r.participant_id for r in store.records(lab_id, Response)} | {
            i.participant_id for i in store.records(lab_id, Invitation)
        }
        gone = set(deleted) & current.keys()
        if gone & used:
            raise InvalidInput("participant.in_use")
        codes = pseudonym_codes({p.pseudonym for p in current.values()})
        changed, names = [], [p.name.casefold() for i, p in current.items() if i not in gone]
        for row in rows:
            name = text.clean(row.get("name"), "participant.name", text.SHORT, required=True)
            fields = {
                "name": name,
                "contact": text.clean(row.get("contact"), "participant.contact", text.SHORT),
                "group": labs.parse_choice(row.get("group"), StakeholderGroup, "participant.group"),
                "outcome": labs.parse_choice(
                    row.get("outcome"), Outcome, "participant.outcome", Outcome.UNKNOWN
                ),
            }
            old = current.get(row.get("id") or "")
            if old is None:
                if name.casefold() in names:
                    raise InvalidInput("error.duplicate", field="participant.name", value=name)
                names.append(name.casefold())
                changed.append(new_participant(lab_id, codes=codes, **fields))
            elif (new := _participant_change(old, fields, row.get("revision"))) is not None:
                others = [n for n in names if n != old.name.casefold()]
                if name.casefold() in others:
                    raise InvalidInput("error.duplicate", field="participant.name", value=name)
                changed.append(new)
        store.delete(lab_id, Participant, gone)
        return store.save_all(changed) if changed else []


def _participant_change(
    old: Participant, fields: dict[str, Any], revision: Any
) -> Participant | None:
    """The edited row applied to the stored participant, if it was based on that version."""
    return revisions.based_on(old, fields, int(revision) if revision not in (None, "") else None)


def register_stakeholders(store: Store, lab_id: str, groups: Iterable[Any]) -> list[Participant]:
    """Put the lab's stakeholders of these groups in the registry (once), with their codes."""
    wanted = {labs.parse_choice(g, StakeholderGroup, "survey.audience") for g in groups}
    with store.transaction():
        existing = store.records(lab_id, Participant)
        linked = {p.stakeholder_id for p in existing}
        names = {p.name.casefold() for p in existing}
        codes = pseudonym_codes({p.pseudonym for p in existing})
        fresh = [
            new_participant(lab_id, name=s.name, group=s.group, stakeholder_id=s.id, codes=codes)
            for s in sorted(store.records(lab_id, Stakeholder), key=lambda s: s.name.casefold())
            if s.group in wanted
            and s.id not in linked
            and s.name.casefold() not in names
            and s.consent not in (Consent.REFUSED, Consent.WITHDRAWN)
        ]
        return store.save_all(fresh) if fresh else []


def with_subjects(
    participant: Participant, subject_ids: Iterable[str], known: Collection[str]
) -> Participant:
    """The participant answering about these others (once each), who must be in the registry
    (`known`, its ids) and not the participant; nothing stored."""
    chosen = tuple(dict.fromkeys(subject_ids))
    if set(chosen) - set(known) or participant.id in chosen:
        raise InvalidInput("participant.bad_subjects")
    return dataclasses.replace(participant, subject_ids=chosen)


def set_subjects(store: Store, participant: Participant, subject_ids: Iterable[str]) -> Participant:
    known = {p.id for p in store.records(participant.lab_id, Participant)}
    return store.save(
        with_subjects(participant, subject_ids, known), expected_revision=participant.revision
    )
