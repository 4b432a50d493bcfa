"""Surveys: a protocol used in survey mode for one wave and audience, the participant registry,
private links, consent first, and answers stored one by one as they are given.

Links. Each invitation's token is an HMAC of its id and nonce under a server key kept in the
store folder (never in a record, backup or export). The records hold only a hash of the
token, so a copy of the data cannot open a survey, while the researcher can print the same
links again at any time. A new nonce revokes a link.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import hmac
from collections.abc import Callable, Iterable
from typing import Any

from monitor import interviews, labs, revisions, text, xlsform
from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.i18n import t
from monitor.instruments import DONT_KNOW, NO_ANSWER, SPECIAL_TYPES, check_new_version, core_form
from monitor.model import (
    Consent,
    ConsentRecord,
    Invitation,
    Outcome,
    Participant,
    Response,
    ResponseMode,
    ResponseStatus,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    Survey,
    SurveyForm,
    SurveyProfile,
    new_id,
    utc_now,
)
from monitor.protocols import MAX_BYTES, Protocol, Question, parse
from monitor.store import Store

SPECIAL = (DONT_KNOW, NO_ANSWER)  # "Weet ik niet" / "Zeg ik liever niet"
CODE_LENGTH = 6
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PSEUDONYM_PREFIX = "R"  # respondents: ...


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


# -- surveys --------------------------------------------------------------------------------


def create_survey(
    store: Store,
    lab_id: str,
    protocol: Protocol,
    *,
    wave: Any,
    title: Any = "",
    audience_groups: Iterable[Any] = (),
    audience_ids: Iterable[str] = (),
    subject_group: Any = None,
    form: Any = SurveyForm.FULL,
    profile: Any = SurveyProfile.STANDARD,
    opens: Any = None,
    closes: Any = None,
) -> Survey:
    store.lab(lab_id)
    wave_ = text.clean(wave, "survey.wave", text.SHORT, required=True)
    groups = tuple(
        labs.parse_choice(g, StakeholderGroup, "survey.audience") for g in audience_groups
    )
    known = {p.id for p in store.records(lab_id, Participant)}
    people = tuple(dict.fromkeys(audience_ids))
    if set(people) - known:
        raise InvalidInput("error.record_not_found", kind="participants", id=", ".join(people))
    if not groups and not people:
        raise InvalidInput("error.required", field="survey.audience")
    start = labs.parse_date(opens, "survey.opens", required=False)
    end = labs.parse_date(closes, "survey.closes", required=False)
    if start and end and end < start:
        raise InvalidInput("survey.closes_before_opens")
    survey = Survey(
        lab_id=lab_id,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        title=text.clean(title, "survey.title", text.SHORT)
        or protocol.title.get("nl", protocol.id),
        wave=wave_,
        audience_groups=groups,
        audience_ids=people,
        subject_group=(
            labs.parse_choice(subject_group, StakeholderGroup, "survey.subject_group")
            if subject_group
            else None
        ),
        form=labs.parse_choice(form, SurveyForm, "survey.form"),
        profile=labs.parse_choice(profile, SurveyProfile, "survey.profile"),
        opens=start,
        closes=end,
    )
    with store.transaction():
        for other in store.records(lab_id, Survey):
            if other.protocol_id == protocol.id and other.wave.casefold() == wave_.casefold():
                raise InvalidInput("survey.duplicate", wave=wave_)
        return store.save(survey)


def instrument(protocol: Protocol, survey: Survey) -> Protocol:
    """The questions this survey asks: the whole protocol, or its core items only."""
    return core_form(protocol) if survey.form == SurveyForm.CORE else protocol


def set_closes(store: Store, survey: Survey, closes: Any) -> Survey:
    end = labs.parse_date(closes, "survey.closes", required=False)
    if end and survey.opens and end < survey.opens:
        raise InvalidInput("survey.closes_before_opens")
    return store.save(dataclasses.replace(survey, closes=end), expected_revision=survey.revision)


def is_open(survey: Survey, today: dt.date | None = None) -> str:
    """ "" when answers are accepted, else the translation key of why not."""
    today = today or dt.date.today()
    if survey.opens and today < survey.opens:
        return "survey.not_open_yet"
    if survey.closes and today > survey.closes:
        return "survey.closed"
    return ""


# -- the participant registry -------------------------------------------------------------


def next_pseudonym(taken: set[str]) -> str:
    number = 1
    while f"{PSEUDONYM_PREFIX}-{number:03d}" in taken:
        number += 1
    taken.add(f"{PSEUDONYM_PREFIX}-{number:03d}")
    return f"{PSEUDONYM_PREFIX}-{number:03d}"


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
        return store.save(
            Participant(
                lab_id=lab_id,
                name=name_,
                contact=text.clean(contact, "participant.contact", text.SHORT),
                group=labs.parse_choice(group, StakeholderGroup, "participant.group"),
                stakeholder_id=stakeholder_id,
                pseudonym=next_pseudonym({p.pseudonym for p in existing}),
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
        taken = {p.pseudonym for p in current.values()}
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
                changed.append(
                    Participant(lab_id=lab_id, pseudonym=next_pseudonym(taken), **fields)
                )
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
        taken = {p.pseudonym for p in existing}
        fresh = [
            Participant(
                lab_id=lab_id,
                name=s.name,
                group=s.group,
                stakeholder_id=s.id,
                pseudonym=next_pseudonym(taken),
            )
            for s in sorted(store.records(lab_id, Stakeholder), key=lambda s: s.name.casefold())
            if s.group in wanted
            and s.id not in linked
            and s.name.casefold() not in names
            and s.consent not in (Consent.REFUSED, Consent.WITHDRAWN)
        ]
        return store.save_all(fresh) if fresh else []


def set_subjects(store: Store, participant: Participant, subject_ids: Iterable[str]) -> Participant:
    chosen = tuple(dict.fromkeys(subject_ids))
    known = {p.id for p in store.records(participant.lab_id, Participant)}
    if set(chosen) - known or participant.id in chosen:
        raise InvalidInput("participant.bad_subjects")
    return store.save(
        dataclasses.replace(participant, subject_ids=chosen), expected_revision=participant.revision
    )


# -- invitations ----------------------------------------------------------------------------


def audience(store: Store, survey: Survey) -> list[tuple[Participant, Participant | None]]:
    """(participant, subject) pairs this survey is for, in registry order."""
    people = store.records(survey.lab_id, Participant)
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
            invitation = Invitation(
                lab_id=survey.lab_id, survey_id=survey.id, participant_id=key[0], subject_id=key[1]
            )
            fresh.append(with_hashes(store, invitation))
        return store.save_all(fresh) if fresh else []


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


def status(invitation: Invitation, response: Response | None) -> str:
    if invitation.withdrawn:
        return "withdrawn"
    if response is not None:
        return response.status.value
    return "opened" if invitation.opened else "not_opened"


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


def mark_opened(store: Store, invitation: Invitation) -> Invitation:
    if invitation.opened:
        return invitation
    with store.transaction():
        fresh = store.record(invitation.lab_id, Invitation, invitation.id)
        if fresh.opened:
            return fresh
        return store.save(dataclasses.replace(fresh, opened=utc_now()))


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
    key = consent_key(protocol)
    return next(
        (
            r.consent
            for r in store.find(
                invitation.lab_id, Response, participant_id=invitation.participant_id
            )
            if r.consent.text_key == key
        ),
        None,
    )


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
            store.save(dataclasses.replace(survey, refusals=survey.refusals + 1))
            return None
        if (existing := response_for(store, fresh)) is not None:
            return existing
        record = earlier or ConsentRecord(
            version=protocol.consent_version or 1,
            text_key=consent_key(protocol),
            at=utc_now(),
            mode=mode_,
            witness=witness_,
        )
        return store.save(
            Response(
                lab_id=fresh.lab_id,
                survey_id=survey.id,
                invitation_id=fresh.id,
                participant_id=fresh.participant_id,
                subject_id=fresh.subject_id,
                wave=survey.wave,
                protocol_id=protocol.id,
                protocol_version=protocol.version,
                form=survey.form,
                mode=mode_,
                interviewer=interviewer_,
                consent=record,
            )
        )


# -- answering ------------------------------------------------------------------------------


def steps(protocol: Protocol, answers: dict[str, Any]) -> list[Question]:
    """The questions to show now: skip logic applied to the answers so far."""
    return interviews.steps(protocol, _plain(answers))


def _plain(answers: dict[str, Any]) -> dict[str, Any]:
    """Answers as skip logic sees them: "don't know" and "prefer not to say" are no answer."""
    return {k: v for k, v in answers.items() if v not in SPECIAL}


def check(question: Question, value: Any, lang: str) -> Any:
    if question.type in SPECIAL_TYPES and value in SPECIAL:
        return value
    return interviews.check_answer(question, value, lang)


def answer(
    store: Store,
    response: Response,
    question: Question,
    *,
    value: Any,
    other: Any = "",
    helped: bool = False,
    position: int,
    lang: str = "nl",
) -> Response:
    """Store one answer at once. Raises InvalidInput (nothing stored) for an invalid answer and
    Conflict when the response was submitted or withdrawn in the meantime."""
    checked = check(question, value, lang) if question.answerable else None
    namely = text.clean(other, "interview.other", text.LONG) if question.other else ""
    with store.transaction():
        fresh = _open_response(store, response)
        answers = {
            k: v for k, v in fresh.answers.items() if k not in (question.id, _other(question))
        }
        if checked is not None:
            answers[question.id] = checked
        if namely and _chose_other(checked):
            answers[_other(question)] = namely
        helped_ = [i for i in fresh.helped if i != question.id] + ([question.id] if helped else [])
        return store.save(
            dataclasses.replace(
                fresh, answers=answers, helped=tuple(helped_), position=max(0, position)
            )
        )


def _other(question: Question) -> str:
    return f"{question.id}{interviews.OTHER_SUFFIX}"


def _chose_other(value: Any) -> bool:
    return value == interviews.OTHER or (isinstance(value, list) and interviews.OTHER in value)


def _open_response(store: Store, response: Response) -> Response:
    try:
        fresh = store.record(response.lab_id, Response, response.id)
    except NotFound:
        raise Conflict("survey.response_gone") from None
    if fresh.status == ResponseStatus.SUBMITTED:
        raise Conflict("survey.already_submitted")
    invitation = store.records(response.lab_id, Invitation)
    if any(i.id == fresh.invitation_id and i.withdrawn for i in invitation):
        raise Conflict("survey.withdrawn")
    return fresh


def move(store: Store, response: Response, position: int) -> Response:
    """Go back or forward without answering: only where the respondent stands changes."""
    with store.transaction():
        fresh = _open_response(store, response)
        return store.save(dataclasses.replace(fresh, position=max(0, position)))


def missing_required(protocol: Protocol, response: Response) -> list[Question]:
    return [
        q
        for q in steps(protocol, response.answers)
        if q.required and q.answerable and response.answers.get(q.id) in (None, "", [])
    ]


def submit(store: Store, response: Response, protocol: Protocol) -> Response:
    """Hand in. A second submit (double click, second tab) changes nothing."""
    with store.transaction():
        fresh = store.record(response.lab_id, Response, response.id)
        if fresh.status == ResponseStatus.SUBMITTED:
            return fresh
        fresh = _open_response(store, fresh)
        if missing := missing_required(protocol, fresh):
            raise InvalidInput("survey.missing_required", n=len(missing))
        shown = {q.id for q in steps(protocol, fresh.answers)}
        kept = {
            k: v
            for k, v in fresh.answers.items()
            if k in shown or k.removesuffix(interviews.OTHER_SUFFIX) in shown
        }
        return store.save(
            dataclasses.replace(
                fresh, answers=kept, status=ResponseStatus.SUBMITTED, submitted=utc_now()
            )
        )


def stop(store: Store, response: Response, *, keep: bool) -> None:
    """The respondent stops: keep the partial answers to go on later, or delete them."""
    if not keep:
        with store.transaction():
            fresh = store.record(response.lab_id, Response, response.id)
            if fresh.status == ResponseStatus.SUBMITTED:
                raise Conflict("survey.already_submitted")
            store.delete(response.lab_id, Response, [response.id])


def withdraw(store: Store, invitation: Invitation) -> Invitation:
    """The respondent withdraws completely: every answer of this invitation is deleted and the
    link says so from now on."""
    with store.transaction():
        fresh = store.record(invitation.lab_id, Invitation, invitation.id)
        gone = [r.id for r in store.records(fresh.lab_id, Response) if r.invitation_id == fresh.id]
        store.delete(fresh.lab_id, Response, gone)
        if fresh.withdrawn:
            return fresh
        return store.save(dataclasses.replace(fresh, withdrawn=utc_now()))


def waves_present(responses: Iterable[Response], protocol_id: str) -> dict[str, list[str]]:
    """Per variable of an instrument, the waves in which somebody answered it (codebook)."""
    waves: dict[str, set[str]] = {}
    for response in responses:
        if response.protocol_id == protocol_id:
            for variable in response.answers:
                waves.setdefault(variable, set()).add(response.wave)
    return {variable: sorted(found) for variable, found in waves.items()}


def set_reviewed(store: Store, response: Response, variable: str, reviewed: bool) -> Response:
    """Mark an open answer as reviewed by the researcher: only then may it reach a report."""
    with store.transaction():
        fresh = store.record(response.lab_id, Response, response.id)
        kept = [v for v in fresh.reviewed if v != variable] + ([variable] if reviewed else [])
        return store.save(dataclasses.replace(fresh, reviewed=tuple(kept)))


def as_source(
    store: Store, response: Response, protocol: Protocol, lang: str
) -> tuple[Source, Participant | None]:
    """The response as a piece of evidence (pseudonymous), so its open answers can be coded
    as factors. Made once per response; asking again returns the same source."""
    survey = store.record(response.lab_id, Survey, response.survey_id)
    people = {p.id: p for p in store.records(response.lab_id, Participant)}
    who = people.get(response.participant_id)
    lines = []
    for question in steps(protocol, response.answers):
        value = response.answers.get(question.id)
        if not question.answerable or value is None:
            continue
        shown = special_label(value, lang) or interviews.display(question, value, lang)
        namely = response.answers.get(_other(question))
        lines.append(f"{question.label[lang]}\n{shown}" + (f" ({namely})" if namely else ""))
    day = dt.date.fromisoformat((response.submitted or response.updated or utc_now())[:10])
    lab = store.lab(response.lab_id)
    started = [p for p in lab.phases if p.start <= day] or list(lab.phases[:1])
    phase = lab.phase_of(day) or (started[-1] if started else None)
    source = labs.add_source(
        store,
        response.lab_id,
        kind=SourceKind.SURVEY_RESPONSE.value,
        title=f"{survey.title} {survey.wave} – {who.pseudonym if who else '?'}"[: text.SHORT],
        date=day,
        text_="\n\n".join(lines),
        answers={"response_id": response.id},
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        source_id=f"response-{response.id}",
        phase_id=phase.id if phase else "",
    )
    return source, who


def special_label(value: Any, lang: str) -> str:
    if value == DONT_KNOW:
        return t("answer.dont_know", lang)
    if value == NO_ANSWER:
        return t("answer.rather_not", lang)
    return ""


def install_protocol(
    store: Store,
    name: str,
    data: bytes,
    known: dict[str, Protocol],
    mapping: Any = None,
    lang: str = "nl",
) -> tuple[Protocol, list[str]]:
    """Check an uploaded instrument (YAML, or XLSForm .xlsx or .xls) and keep it as YAML; returns it
    with notes on what an XLSForm held that was not imported. A new version of an instrument
    that already has responses must raise its version and may not break them."""
    new, text_, notes = check_protocol(store, name, data, known, mapping, lang)
    store.save_protocol(new.id, text_)
    return new, notes


def check_protocol(
    store: Store,
    name: str,
    data: bytes,
    known: dict[str, Protocol],
    mapping: Any = None,
    lang: str = "nl",
) -> tuple[Protocol, str, list[str]]:
    """What install_protocol would keep (the instrument, its YAML text, the notes), every check
    made, nothing stored: for a dry run."""
    notes: list[str] = []
    if name.lower().endswith((".xlsx", ".xls")):
        new, text_, notes = xlsform.xlsform_to_yaml(data, name, lang)
    else:
        if len(data) > MAX_BYTES:
            raise InvalidInput("protocol.too_large", file=name, line=1, field="-")
        try:
            text_ = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("protocol.encoding", file=name, line=1, field="-") from None
        new = parse(text_, name)
    old = known.get(new.id)
    if old is not None and old.source != f"{new.id}.yaml":
        raise InvalidInput("protocol.duplicate_protocol", file=name, line=1, field="id", id=new.id)
    if old is not None:
        answered = any(
            r.protocol_id == new.id for lab in store.labs() for r in store.records(lab.id, Response)
        )
        check_new_version(old, new, answered, mapping)
    return new, text_, notes
