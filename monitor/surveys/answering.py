"""Answers stored one by one as they are given: the steps of an instrument, checking,
moving, submitting, stopping and withdrawing; open answers reviewed; an interview response
as a source; uploaded instruments installed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from monitor import interviews, labs, text, xlsform
from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.i18n import t
from monitor.instruments import DONT_KNOW, NO_ANSWER, SPECIAL_TYPES, check_new_version
from monitor.model import (
    Invitation,
    Participant,
    Response,
    ResponseStatus,
    Source,
    SourceKind,
    Survey,
    utc_now,
)
from monitor.protocols import MAX_BYTES, Protocol, Question, parse
from monitor.store import Store

SPECIAL = (DONT_KNOW, NO_ANSWER)  # "Weet ik niet" / "Zeg ik liever niet"


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


def with_answer(
    answers: dict[str, Any], question: Question, *, value: Any, other: Any = "", lang: str = "nl"
) -> dict[str, Any]:
    """The answers with this question's answer given, as `answer` stores it: checked
    (InvalidInput when it is not valid), an earlier answer replaced, "other, namely" kept only
    with other; the dict given is not changed."""
    return _replaced(answers, question, *_checked(question, value, other, lang))


def _checked(question: Question, value: Any, other: Any, lang: str) -> tuple[Any, str]:
    checked = check(question, value, lang) if question.answerable else None
    namely = text.clean(other, "interview.other", text.LONG) if question.other else ""
    return checked, namely


def _replaced(
    answers: dict[str, Any], question: Question, checked: Any, namely: str
) -> dict[str, Any]:
    kept = dict(answers)
    kept.pop(question.id, None)
    kept.pop(_other(question), None)
    if checked is not None:
        kept[question.id] = checked
    if namely and _chose_other(checked):
        kept[_other(question)] = namely
    return kept


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
    checked, namely = _checked(question, value, other, lang)
    with store.transaction():
        fresh = _open_response(store, response)
        answers = _replaced(fresh.answers, question, checked, namely)
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
    return _missing(steps(protocol, response.answers), response.answers)


def _missing(shown: list[Question], answers: dict[str, Any]) -> list[Question]:
    return [q for q in shown if q.required and q.answerable and answers.get(q.id) in (None, "", [])]


def submit(store: Store, response: Response, protocol: Protocol) -> Response:
    """Hand in. A second submit (double click, second tab) changes nothing."""
    with store.transaction():
        fresh = store.record(response.lab_id, Response, response.id)
        if fresh.status == ResponseStatus.SUBMITTED:
            return fresh
        fresh = _open_response(store, fresh)
        return store.save(submitted(fresh, protocol, utc_now()))


def submitted(response: Response, protocol: Protocol, at: str) -> Response:
    """The response handed in at `at` (UTC, ISO), as `submit` stores it: InvalidInput while a
    required question shown is unanswered; answers to questions no longer shown are dropped."""
    questions = steps(protocol, response.answers)
    if missing := _missing(questions, response.answers):
        raise InvalidInput("survey.missing_required", n=len(missing))
    shown = {q.id for q in questions}
    kept = {
        k: v
        for k, v in response.answers.items()
        if k in shown or k.removesuffix(interviews.OTHER_SUFFIX) in shown
    }
    return dataclasses.replace(
        response, answers=kept, status=ResponseStatus.SUBMITTED, submitted=at
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
        return store.save(withdrawn_at(fresh, utc_now()))


def withdrawn_at(invitation: Invitation, at: str) -> Invitation:
    """The invitation withdrawn at `at` (UTC, ISO): its link says so from then on. Its answers
    are deleted with it (`withdraw`); a withdrawn invitation has no response."""
    return invitation if invitation.withdrawn else dataclasses.replace(invitation, withdrawn=at)


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
        return store.save(with_review(fresh, variable, reviewed))


def with_review(response: Response, variable: str, reviewed: bool) -> Response:
    """The response with this open answer marked reviewed (or not); nothing stored."""
    kept = [v for v in response.reviewed if v != variable] + ([variable] if reviewed else [])
    return dataclasses.replace(response, reviewed=tuple(kept))


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
