"""Private links: tokens under the server key, the six-letter codes, and the invitations
that carry them (made, renewed, opened, found by link or code)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import random
from collections.abc import Callable, Iterable
from typing import Any

from monitor import text
from monitor.errors import InvalidInput, NotFound
from monitor.model import (
    Invitation,
    InvitationState,
    Participant,
    Response,
    Survey,
    new_id,
    utc_now,
)
from monitor.store import Store

CODE_LENGTH = 6
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


# -- the server key and tokens ------------------------------------------------------------


def server_key(store: Store) -> bytes:
    """The secret the links are made with; the store keeps it (never in exports or backups)."""
    return store.server_secret()


def _mac(store: Store, purpose: str, invitation: Invitation) -> bytes:
    """Signs the lab, the survey and the invitation together: a copy of the invitation
    under another lab or survey (a lab copied under a new id) gets another token."""
    message = "\x1f".join(
        (purpose, invitation.lab_id, invitation.survey_id, invitation.id, invitation.nonce)
    ).encode()
    return hmac.new(server_key(store), message, hashlib.sha256).digest()


def token_for(store: Store, invitation: Invitation) -> str:
    return base64.urlsafe_b64encode(_mac(store, "link", invitation)[:18]).decode()


def code_for(store: Store, invitation: Invitation) -> str:
    digest = _mac(store, "code", invitation)
    return "".join(_CODE_ALPHABET[b % len(_CODE_ALPHABET)] for b in digest[:CODE_LENGTH])


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def link(store: Store, invitation: Invitation, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/?lab={invitation.lab_id}&survey={token_for(store, invitation)}"


# -- invitations ----------------------------------------------------------------------------


def audience(store: Store, survey: Survey) -> list[tuple[Participant, Participant | None]]:
    """(participant, subject) pairs this survey is for, in registry order."""
    return audience_among(survey, store.records(survey.lab_id, Participant))


def audience_among(
    survey: Survey, people: Iterable[Participant]
) -> list[tuple[Participant, Participant | None]]:
    """The audience pairs among these registry entries (the whole registry, for `audience`)."""
    people = list(people)
    by_id = {p.id: p for p in people}
    invited = [
        p for p in people if p.group in survey.audience_groups or p.id in survey.audience_ids
    ]
    invited.sort(key=lambda p: p.pseudonym)
    if survey.subject_group is None:
        return [(p, None) for p in invited]
    return [
        (p, by_id[s])
        for p in invited
        for s in p.subject_ids
        if s in by_id and by_id[s].group == survey.subject_group
    ]


def invite(store: Store, survey: Survey) -> list[Invitation]:
    """Create the invitations the audience still lacks; returns the new ones."""
    with store.transaction():
        have = {
            (i.participant_id, i.subject_id)
            for i in store.records(survey.lab_id, Invitation)
            if i.survey_id == survey.id
        }
        fresh = []
        for person, subject in audience(store, survey):
            key = (person.id, subject.id if subject else "")
            if key in have:
                continue
            have.add(key)
            fresh.append(new_invitation(store, survey, *key))
        return store.save_all(fresh) if fresh else []


def new_invitation(
    store: Store,
    survey: Survey,
    participant_id: str,
    subject_id: str = "",
    *,
    rng: random.Random | None = None,
) -> Invitation:
    """One participant's invitation (about one subject) with the hashes of its link and code
    under the server key; nothing stored. A seeded `rng` gives reproducible ids and nonces."""
    made = Invitation(
        id=new_id(rng),
        lab_id=survey.lab_id,
        survey_id=survey.id,
        participant_id=participant_id,
        subject_id=subject_id,
        nonce=new_id(rng),
    )
    return with_hashes(store, made)


def with_hashes(store: Store, invitation: Invitation) -> Invitation:
    return dataclasses.replace(
        invitation,
        token_hash=_hash(token_for(store, invitation)),
        code_hash=_hash(code_for(store, invitation)),
    )


def renew_link(store: Store, invitation: Invitation) -> Invitation:
    """A new link and code for one invitation (the old ones stop working); answers stay."""
    fresh = dataclasses.replace(invitation, nonce=new_id())
    return store.save(with_hashes(store, fresh), expected_revision=invitation.revision)


def invitations(store: Store, survey: Survey) -> list[Invitation]:
    return [i for i in store.records(survey.lab_id, Invitation) if i.survey_id == survey.id]


def status(invitation: Invitation, response: Response | None) -> InvitationState:
    if invitation.withdrawn:
        return InvitationState.WITHDRAWN
    if response is not None:
        return InvitationState(response.status.value)
    return InvitationState.OPENED if invitation.opened else InvitationState.NOT_OPENED


def responses_by_invitation(store: Store, lab_id: str) -> dict[str, Response]:
    return {r.invitation_id: r for r in store.records(lab_id, Response) if r.invitation_id}


def open_link(store: Store, lab_id: str, token: str) -> tuple[Survey, Invitation]:
    """The survey and invitation a respondent's link opens. A wrong, changed or truncated token
    gets one answer, whatever was wrong, and a lookup that does not depend on how close it was."""
    wanted = _hash(str(token or ""))
    try:
        found = next(iter(store.find(lab_id, Invitation, token_hash=wanted)), None)
    except NotFound:
        found = None
    # The stored hash travels with a copied lab; the signature over lab and survey does not.
    if not _signed_for(found, lab_id, str(token or ""), lambda i: token_for(store, i)):
        raise InvalidInput("survey.bad_link")
    return store.record(lab_id, Survey, found.survey_id), found


def _signed_for(
    found: Invitation | None, lab_id: str, given: str, sign: Callable[[Invitation], str]
) -> bool:
    """Whether the token (or code) given is the one signed for this lab, survey and invitation."""
    if found is None or found.lab_id != lab_id:
        return False
    return hmac.compare_digest(given.encode(), sign(found).encode())


def find_by_code(store: Store, lab_id: str, code: Any) -> tuple[Survey, Invitation]:
    """For an interviewer resuming on the phone: the invitation with this short code."""
    wanted = _hash("".join(str(code or "").upper().split()))
    found = next(iter(store.find(lab_id, Invitation, code_hash=wanted)), None)
    typed = "".join(str(code or "").upper().split())
    if not _signed_for(found, lab_id, typed, lambda i: code_for(store, i)):
        raise InvalidInput("survey.bad_code")
    return store.record(lab_id, Survey, found.survey_id), found


def interviewer_name(value: Any) -> str:
    """Who fills in a survey with a respondent: required, one line of plain text."""
    return text.clean(value, "survey.interviewer", text.SHORT, required=True)


def not_yet_invited(store: Store, survey: Survey) -> list[tuple[Participant, Participant | None]]:
    """The audience (participant, subject) pairs without an invitation to this survey yet."""
    have = {(i.participant_id, i.subject_id) for i in invitations(store, survey)}
    return [(p, s) for p, s in audience(store, survey) if (p.id, s.id if s else "") not in have]


def opened_at(invitation: Invitation, at: str) -> Invitation:
    """The invitation marked opened at `at` (UTC, ISO), unless it was opened before."""
    return invitation if invitation.opened else dataclasses.replace(invitation, opened=at)


def mark_opened(store: Store, invitation: Invitation) -> Invitation:
    if invitation.opened:
        return invitation
    with store.transaction():
        fresh = store.record(invitation.lab_id, Invitation, invitation.id)
        if fresh.opened:
            return fresh
        return store.save(opened_at(fresh, utc_now()))
