"""Consent first: the consent question of an instrument, earlier consent, and the start of
a response once consent is on record."""

from __future__ import annotations

import dataclasses
import hashlib
import random
from collections.abc import Iterable
from typing import Any

from monitor import labs, text
from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.model import (
    ConsentRecord,
    Invitation,
    Response,
    ResponseMode,
    Survey,
    new_id,
    utc_now,
)
from monitor.protocols import Protocol
from monitor.store import Store
from monitor.surveys.core import is_open

# -- consent --------------------------------------------------------------------------------


def consent_text(protocol: Protocol, lang: str) -> str:
    return protocol.consent_text.get(lang) or t("survey.consent_default", lang)


def consent_key(protocol: Protocol) -> str:
    """Identifies the consent wording: a changed text (in either language) asks again."""
    wording = "\n".join(consent_text(protocol, lang) for lang in ("nl", "en"))
    return hashlib.sha256(wording.encode()).hexdigest()[:16]


def earlier_consent(
    store: Store, invitation: Invitation, protocol: Protocol
) -> ConsentRecord | None:
    """Consent the participant gave to the same wording in an earlier wave, if any."""
    given = store.find(invitation.lab_id, Response, participant_id=invitation.participant_id)
    return consent_among(given, protocol)


def consent_among(responses: Iterable[Response], protocol: Protocol) -> ConsentRecord | None:
    """The consent to this protocol's wording that one of these responses (of one participant)
    holds: what earlier_consent finds among the stored ones."""
    key = consent_key(protocol)
    return next((r.consent for r in responses if r.consent.text_key == key), None)


def consent_record(
    protocol: Protocol, at: str, mode: ResponseMode = ResponseMode.SELF, witness: str = ""
) -> ConsentRecord:
    """A yes to the consent question at `at` (UTC, ISO): the protocol's consent version and the
    key of its wording, so that a changed text asks again."""
    return ConsentRecord(
        version=protocol.consent_version or 1,
        text_key=consent_key(protocol),
        at=at,
        mode=mode,
        witness=witness,
    )


def new_response(
    invitation: Invitation,
    survey: Survey,
    protocol: Protocol,
    consent: ConsentRecord,
    *,
    mode: ResponseMode = ResponseMode.SELF,
    interviewer: str = "",
    rng: random.Random | None = None,
) -> Response:
    """The response an invitation starts once consent is on record, no answers yet; nothing
    stored. A seeded `rng` gives a reproducible id (synthetic labs)."""
    return Response(
        id=new_id(rng),
        lab_id=invitation.lab_id,
        survey_id=survey.id,
        invitation_id=invitation.id,
        participant_id=invitation.participant_id,
        subject_id=invitation.subject_id,
        wave=survey.wave,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        form=survey.form,
        mode=mode,
        interviewer=interviewer,
        consent=consent,
    )


def declined(survey: Survey) -> Survey:
    """The survey after somebody said no to the consent question: one more refusal, nothing
    else of them is kept."""
    return dataclasses.replace(survey, refusals=survey.refusals + 1)


def response_for(store: Store, invitation: Invitation) -> Response | None:
    return next(iter(store.find(invitation.lab_id, Response, invitation_id=invitation.id)), None)


def _usable(store: Store, invitation: Invitation) -> tuple[Survey, Invitation]:
    fresh = store.record(invitation.lab_id, Invitation, invitation.id)
    survey = store.record(invitation.lab_id, Survey, fresh.survey_id)
    if fresh.withdrawn:
        raise InvalidInput("survey.withdrawn")
    if reason := is_open(survey):
        raise InvalidInput(reason)
    return survey, fresh


def start(
    store: Store,
    invitation: Invitation,
    protocol: Protocol,
    *,
    consent: bool,
    mode: Any = ResponseMode.SELF,
    interviewer: Any = "",
    witness: Any = "",
    earlier: ConsentRecord | None = None,
) -> Response | None:
    """Consent comes first: yes starts the response (or returns the one already started, so a
    double click stores once); no stores nothing but one more refusal on the survey."""
    mode_ = labs.parse_choice(mode, ResponseMode, "survey.mode")
    interviewer_ = text.clean(interviewer, "survey.interviewer", text.SHORT)
    witness_ = text.clean(witness, "survey.witness", text.SHORT)
    if mode_ == ResponseMode.INTERVIEWER and not interviewer_:
        raise InvalidInput("error.required", field="survey.interviewer")
    with store.transaction():
        survey, fresh = _usable(store, invitation)
        if not consent:
            store.save(declined(survey))
            return None
        if (existing := response_for(store, fresh)) is not None:
            return existing
        record = earlier or consent_record(protocol, utc_now(), mode_, witness_)
        return store.save(
            new_response(fresh, survey, protocol, record, mode=mode_, interviewer=interviewer_)
        )
