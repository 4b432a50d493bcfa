"""The promises made to the people in a lab, kept in code: consent before anything is stored
or shown, erasure of one person everywhere, and retention after which the registry of names
goes. Reports and exports read the lab through `without_withheld`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from monitor import text
from monitor.errors import InvalidInput
from monitor.model import (
    Action,
    Activity,
    Consent,
    Factor,
    InterviewDraft,
    Invitation,
    Lab,
    LabRecord,
    LearningQuestion,
    Meeting,
    Narrative,
    Participant,
    Response,
    Source,
    SourceKind,
    Stakeholder,
)
from monitor.store import Store

WITHHELD = (Consent.REFUSED, Consent.WITHDRAWN)
RETENTION_WARNING_DAYS = 30


# -- consent -------------------------------------------------------------------------------------


def check_consent(people: Iterable[Stakeholder], kind: SourceKind) -> None:
    """Before evidence is stored about people: nobody who refused or withdrew, and for an
    interview (what a person says themselves) consent must have been given."""
    for person in people:
        if person.consent in WITHHELD or (
            kind == SourceKind.INTERVIEW and person.consent != Consent.GIVEN
        ):
            raise InvalidInput(
                "error.no_consent_for", name=person.name, status=f"consent.{person.consent}"
            )


def withheld_people(stakeholders: Iterable[Stakeholder]) -> set[str]:
    return {s.id for s in stakeholders if s.consent in WITHHELD}


def withheld_source(source: Source, withheld: set[str]) -> bool:
    """A source is left out of reports and exports when it is an interview with someone who
    withdrew, or when every person it is about withdrew."""
    linked = set(source.stakeholder_ids)
    if not linked & withheld:
        return False
    return source.kind == SourceKind.INTERVIEW or linked <= withheld


def consent_label(source: Source, people: dict[str, Stakeholder]) -> str:
    """The consent key for one source: given, missing (someone without consent) or n/a."""
    linked = [people[i] for i in source.stakeholder_ids if i in people]
    if not linked:
        return "consent_source.none"
    if any(p.consent in WITHHELD for p in linked):
        return "consent_source.withheld"
    if all(p.consent == Consent.GIVEN for p in linked):
        return "consent_source.given"
    return "consent_source.missing"


def consent_rows(stakeholders: Iterable[Stakeholder], sources: list[Source]) -> list[dict]:
    """Per stakeholder: consent, the sources that name them, and how many of those are left
    out of reports and exports because of their refusal or withdrawal."""
    people = list(stakeholders)
    withheld = withheld_people(people)
    rows = []
    for person in sorted(people, key=lambda p: p.pseudonym):
        theirs = [x for x in sources if person.id in x.stakeholder_ids]
        rows.append(
            {
                "name": person.name,
                "pseudonym": person.pseudonym,
                "consent": person.consent,
                "sources": len(theirs),
                "withheld": sum(withheld_source(x, withheld) for x in theirs),
            }
        )
    return rows


# -- erasure -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasurePlan:
    """Everything that holds one person, found before anything is changed, so the researcher
    sees it first. Factors coded from the person's interviews need a rewrite or go."""

    lab_id: str
    stakeholder_id: str = ""
    participant_ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    delete: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> ids
    unlink_sources: tuple[str, ...] = ()  # minutes and documents that also name others
    factors: tuple[Factor, ...] = ()  # coded from a deleted source, or quoting the person
    mentions: tuple[tuple[str, str], ...] = ()  # (kind, id) of texts that mention a name

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.delete.values()) + len(self.unlink_sources)


def plan_erasure(
    store: Store, lab_id: str, *, stakeholder_id: str = "", participant_id: str = ""
) -> ErasurePlan:
    """What erasing this stakeholder (and their survey registration) or this participant
    touches. A stakeholder's participant records go with them."""
    people = {s.id: s for s in store.records(lab_id, Stakeholder)}
    registry = store.records(lab_id, Participant)
    person = people.get(stakeholder_id)
    if stakeholder_id and person is None:
        raise InvalidInput("error.unknown_stakeholder")
    participants = [
        p
        for p in registry
        if p.id == participant_id or (stakeholder_id and p.stakeholder_id == stakeholder_id)
    ]
    if participant_id and not participants:
        raise InvalidInput("error.unknown_stakeholder")
    pids = {p.id for p in participants}
    names = tuple(
        n
        for n in {*(p.name for p in participants), *([person.name] if person else [])}
        if len(n.strip()) >= 3
    )
    sources = store.records(lab_id, Source)
    gone_sources = {
        s.id
        for s in sources
        if stakeholder_id in s.stakeholder_ids
        and (s.kind == SourceKind.INTERVIEW or set(s.stakeholder_ids) == {stakeholder_id})
    }
    unlink = tuple(
        s.id
        for s in sources
        if stakeholder_id and stakeholder_id in s.stakeholder_ids and s.id not in gone_sources
    )
    responses = {
        r.id
        for r in store.records(lab_id, Response)
        if r.participant_id in pids or r.subject_id in pids
    }
    factors = tuple(
        f
        for f in store.records(lab_id, Factor)
        if f.source_id in gone_sources or (f.quote and any(_mentions(f.quote, n) for n in names))
    )
    delete = {
        Stakeholder.KIND: (stakeholder_id,) if stakeholder_id else (),
        Participant.KIND: tuple(sorted(pids)),
        Invitation.KIND: tuple(
            i.id
            for i in store.records(lab_id, Invitation)
            if i.participant_id in pids or i.subject_id in pids
        ),
        Response.KIND: tuple(sorted(responses)),
        Source.KIND: tuple(sorted(gone_sources)),
        InterviewDraft.KIND: tuple(
            d.id
            for d in store.records(lab_id, InterviewDraft)
            if stakeholder_id and d.stakeholder_id == stakeholder_id
        ),
    }
    touched = set(gone_sources) | {f.id for f in factors}
    mentions = tuple(
        (kind, record.id)
        for kind, records in (
            (Source.KIND, sources),
            (Factor.KIND, store.records(lab_id, Factor)),
            (Narrative.KIND, store.records(lab_id, Narrative)),
            (Action.KIND, store.records(lab_id, Action)),
            (Activity.KIND, store.records(lab_id, Activity)),
        )
        for record in records
        if record.id not in touched and any(_mentions(_texts(record), n) for n in names)
    )
    return ErasurePlan(
        lab_id=lab_id,
        stakeholder_id=stakeholder_id,
        participant_ids=tuple(sorted(pids)),
        names=names,
        delete={k: v for k, v in delete.items() if v},
        unlink_sources=unlink,
        factors=factors,
        mentions=mentions,
    )


def _mentions(haystack: str, name: str) -> bool:
    return name.casefold() in haystack.casefold()


def _texts(record: LabRecord) -> str:
    return " ".join(str(getattr(record, f, "")) for f in ("title", "text", "quote", "goals"))


def erase(store: Store, plan: ErasurePlan, rewrites: dict[str, str]) -> dict[str, int]:
    """Carry out a plan. A factor in the plan survives only with a rewrite (no quote, no source,
    no name in it); the others are deleted. References elsewhere are cleared, the audit trail
    keeps that an erasure happened but not what, and the lab's older backups are replaced."""
    lab_id = plan.lab_id
    factor_quotes = {f.id: f.quote for f in plan.factors}
    kept: list[Factor] = []
    for factor in plan.factors:
        new = text.clean(rewrites.get(factor.id, ""), "factor.text", text.LONG)
        if not new:
            continue
        quote = factor_quotes[factor.id]
        if (quote and quote.casefold() in new.casefold()) or any(
            _mentions(new, n) for n in plan.names
        ):
            raise InvalidInput("error.erasure_rewrite_quotes")
        kept.append(dataclasses.replace(factor, text=new, quote="", source_id=""))
    gone_factors = {f.id for f in plan.factors} - {f.id for f in kept}
    pids = set(plan.participant_ids)
    sid = plan.stakeholder_id
    # The changes themselves are not audited one by one: the trail keeps only the erasure.
    quiet = store.acting("")
    with store.transaction():
        if kept:
            quiet.save_all(kept)
        if gone_factors:
            quiet.delete(lab_id, Factor, gone_factors)
        for kind, ids in plan.delete.items():
            quiet.delete(lab_id, _KINDS[kind], ids)
        _unlink(quiet, lab_id, Source, lambda s: _drop(s, "stakeholder_ids", {sid}), sid)
        _unlink(quiet, lab_id, Activity, lambda a: _drop(a, "participant_ids", {sid}), sid)
        _unlink(quiet, lab_id, Meeting, lambda m: _drop(m, "attendee_ids", {sid}), sid)
        _unlink(
            store, lab_id, Action, lambda a: dataclasses.replace(a, owner_id=""), sid, "owner_id"
        )
        _unlink(
            quiet,
            lab_id,
            LearningQuestion,
            lambda q: _drop(q, "factor_ids", gone_factors),
            gone_factors,
            "factor_ids",
        )
        _unlink(
            store, lab_id, Participant, lambda p: _drop(p, "subject_ids", pids), pids, "subject_ids"
        )
        touched = (
            {i for ids in plan.delete.values() for i in ids} | {f.id for f in plan.factors} | pids
        )
        store.redact_audit(lab_id, touched)
        store.audit(lab_id, "erasure")
        _replace_backups(store, lab_id)
    return {kind: len(ids) for kind, ids in plan.delete.items()} | {
        "factors_rewritten": len(kept),
        "factors_deleted": len(gone_factors),
    }


_KINDS = {
    cls.KIND: cls
    for cls in (Stakeholder, Participant, Invitation, Response, Source, InterviewDraft)
}


def _drop(record: LabRecord, name: str, ids: set[str]) -> LabRecord:
    return dataclasses.replace(
        record, **{name: tuple(i for i in getattr(record, name) if i not in ids)}
    )


def _unlink(store, lab_id, cls, change, ids, attr: str = "") -> None:
    """Save `change(record)` for every record of cls that refers to ids (through attr, or the
    default link field of the kind)."""
    ids = {ids} if isinstance(ids, str) else set(ids)
    ids.discard("")
    if not ids:
        return
    attr = (
        attr
        or {Source: "stakeholder_ids", Activity: "participant_ids", Meeting: "attendee_ids"}[cls]
    )
    hits = []
    for record in store.records(lab_id, cls):
        value = getattr(record, attr)
        linked = set(value) if isinstance(value, tuple) else {value}
        if linked & ids:
            hits.append(change(record))
    if hits:
        store.save_all(hits)


def _replace_backups(store: Store, lab_id: str) -> None:
    """Older backups still hold the erased person: drop this lab from them and back up the
    erased state at once, so no copy in the store folder keeps what was erased."""
    store.forget_lab_in_backups(lab_id)
    store.backup()


# -- retention -----------------------------------------------------------------------------------


class RetentionState(StrEnum):
    NONE = "none"  # no retention date set
    OK = "ok"
    SOON = "soon"  # within RETENTION_WARNING_DAYS
    DUE = "due"  # the date has passed; names still there
    DONE = "done"


def retention_state(lab: Lab, today: dt.date) -> RetentionState:
    if lab.retention_done:
        return RetentionState.DONE
    if lab.retention_until is None:
        return RetentionState.NONE
    if today > lab.retention_until:
        return RetentionState.DUE
    if (lab.retention_until - today).days <= RETENTION_WARNING_DAYS:
        return RetentionState.SOON
    return RetentionState.OK


def apply_all_due(store: Store, today: dt.date) -> list[Lab]:
    """Retention for every lab whose date has passed; the labs it was applied to. Run once
    at the start of the app's day and by `labmonitor retention`, never per page view."""
    return [lab for lab in store.labs() if apply_retention(store, lab.id, today)]


def apply_retention(store: Store, lab_id: str, today: dt.date) -> bool:
    """After the retention date: names and contacts leave the registry, links stop working,
    stakeholders keep only their pseudonym. Answers and evidence stay, under pseudonyms.
    Returns whether anything was done."""
    with store.transaction():
        lab = store.lab(lab_id)
        if retention_state(lab, today) != RetentionState.DUE:
            return False
        quiet = store.acting("")  # one "retention" entry instead of one per record
        people = store.records(lab_id, Stakeholder)
        names = {s.name: s.pseudonym for s in people if len(s.name.strip()) >= 3}
        registry = store.records(lab_id, Participant)
        names |= {p.name: p.pseudonym for p in registry if len(p.name.strip()) >= 3}
        quiet.save_all(
            [
                dataclasses.replace(p, name=p.pseudonym, contact="", stakeholder_id="")
                for p in registry
            ]
        )
        quiet.delete(lab_id, Invitation, [i.id for i in store.records(lab_id, Invitation)])
        quiet.save_all([dataclasses.replace(s, name=s.pseudonym, organisation="") for s in people])
        renamed = []
        for source in store.records(lab_id, Source):
            title = source.title
            for name, pseudonym in names.items():
                title = title.replace(name, pseudonym)
            if title != source.title:
                renamed.append(dataclasses.replace(source, title=title))
        quiet.save_all(renamed)
        store.redact_audit(
            lab_id, {s.id for s in people} | {p.id for p in registry} | {s.id for s in renamed}
        )
        quiet.save(dataclasses.replace(lab, retention_done=today))
        store.audit(lab_id, "retention")
        _replace_backups(store, lab_id)
    return True


def set_retention(store: Store, lab: Lab, until: dt.date | None, today: dt.date) -> Lab:
    """The date after which names and contacts go. A date in the past would drop them at
    once, so it is refused; once dropped, they cannot come back."""
    if lab.retention_done:
        raise InvalidInput("error.retention_done")
    if until is not None and until <= today:
        raise InvalidInput("error.retention_past")
    return store.save(
        dataclasses.replace(lab, retention_until=until), expected_revision=lab.revision
    )


def audit_rows(entries: list[dict]) -> list[dict[str, str]]:
    """The audit trail as table rows, newest first: one line per entry, changes as
    'field: old → new'."""
    rows = []
    for entry in reversed(entries):
        changes = entry.get("changes") or {}
        rows.append(
            {
                "at": str(entry.get("at", ""))[:19].replace("T", " "),
                "actor": str(entry.get("actor", "")),
                "event": str(entry.get("event", "")),
                "kind": str(entry.get("kind", "")),
                "record": str(entry.get("id", "")),
                "changes": "; ".join(_change_line(k, v) for k, v in changes.items()),
                "detail": ", ".join(f"{k}={v}" for k, v in (entry.get("detail") or {}).items()),
            }
        )
    return rows


def _change_line(name: str, value: object) -> str:
    if isinstance(value, list) and len(value) == 2:
        return f"{name}: {_cell(value[0])} → {_cell(value[1])}"
    return f"{name}: {value}" if value is not None else name


def _cell(value: object) -> str:
    return "—" if value in (None, "", "[]", "{}") else str(value)
