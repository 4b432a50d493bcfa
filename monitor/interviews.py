"""Guided interviews: a draft that stores every answer as it is given, walked through question
by question, and finished into an interview Source with structured answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from monitor import expressions, labs, text
from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.model import Consent, InterviewDraft, Source, SourceKind, Stakeholder
from monitor.protocols import Protocol, Question
from monitor.store import Store

CONSENT_ID = "_consent"  # the answer that records consent, when the protocol asks for it
OTHER = "other"  # the choice value of "other, namely ..."
OTHER_SUFFIX = "_other"  # answers[f"{id}_other"] holds the "namely" text (as XLSForm does)


def start(
    store: Store,
    lab_id: str,
    protocol: Protocol,
    *,
    stakeholder_id: str = "",
    pseudonym: Any = "",
    date: Any = None,
    draft_id: str | None = None,
    phase_id: str = "",
) -> InterviewDraft:
    lab = store.lab(lab_id)
    day = labs.parse_date(date or dt.date.today(), "source.date")
    labs.source_phase(lab, day, phase_id)
    name = text.clean(pseudonym, "interview.pseudonym", text.SHORT)
    if stakeholder_id:
        person = store.record(lab_id, Stakeholder, stakeholder_id)
        if person.consent in (Consent.REFUSED, Consent.WITHDRAWN):
            raise InvalidInput("error.no_consent", name=person.name)
        if person.consent != Consent.GIVEN and not protocol.consent_version:
            # Nobody asks for consent during this interview: it must be on record already.
            raise InvalidInput(
                "error.no_consent_for", name=person.name, status=f"consent.{person.consent}"
            )
    elif not name:
        raise InvalidInput("error.required", field="interview.participant")
    draft = InterviewDraft(
        lab_id=lab_id,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        stakeholder_id=stakeholder_id,
        pseudonym=name,
        date=day,
        phase_id=phase_id,
        **({"id": draft_id} if draft_id else {}),
    )
    with store.transaction():
        existing = [d for d in store.records(lab_id, InterviewDraft) if d.id == draft.id]
        return existing[0] if existing else store.save(draft)


def steps(protocol: Protocol, answers: dict[str, Any]) -> list[Question]:
    """The questions to walk through now: skip logic applied to the answers so far."""
    shown = []
    for question in protocol.questions:
        if question.relevant and not expressions.evaluate(
            expressions.parse(question.relevant), answers
        ):
            continue
        shown.append(question)
    return shown


def check_answer(question: Question, value: Any, lang: str) -> Any:
    """The answer in its stored form, or InvalidInput with the protocol's own message."""
    if value in (None, "", [], ()):
        if question.required:
            raise InvalidInput("error.answer_required")
        return None
    if question.type in ("short_text", "long_text"):
        value = text.clean(value, "interview.answer", text.LONG)
    elif question.type == "number":
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise InvalidInput(
                "error.bad_number", field="interview.answer", value=str(value)[:20]
            ) from None
        value = int(value) if value.is_integer() else value
    elif question.type == "date":
        value = labs.parse_date(value, "interview.answer").isoformat()
    if question.constraint and not expressions.evaluate(
        expressions.parse(question.constraint), {}, current=value
    ):
        message = question.constraint_message.get(lang)
        raise InvalidInput("error.answer_constraint", detail=message or "")
    return value


def record(
    store: Store,
    draft: InterviewDraft,
    question: Question | None,
    *,
    value: Any = None,
    other: Any = "",
    note: Any = "",
    position: int,
    lang: str = "nl",
) -> InterviewDraft:
    """Store one answer (with its "other, namely" text and the interviewer's note) and where
    the interview now stands."""
    answers, notes = dict(draft.answers), dict(draft.notes)
    skipped = list(draft.skipped)
    if question is not None and question.answerable:
        answer = check_answer(question, value, lang)
        answers.pop(question.id, None)
        answers.pop(f"{question.id}{OTHER_SUFFIX}", None)
        if answer is not None:
            answers[question.id] = answer
        namely = text.clean(other, "interview.other", text.LONG)
        if namely and question.other:
            answers[f"{question.id}{OTHER_SUFFIX}"] = namely
        skipped = [s for s in skipped if s != question.id]
    if question is not None:
        cleaned = text.clean(note, "interview.note", text.LONG)
        if cleaned:
            notes[question.id] = cleaned
        else:
            notes.pop(question.id, None)
    return store.save(
        dataclasses.replace(
            draft, answers=answers, notes=notes, skipped=tuple(skipped), position=max(0, position)
        )
    )


def skip(store: Store, draft: InterviewDraft, question: Question, position: int) -> InterviewDraft:
    skipped = tuple(dict.fromkeys((*draft.skipped, question.id)))
    answers = {k: v for k, v in draft.answers.items() if k != question.id}
    return store.save(
        dataclasses.replace(draft, skipped=skipped, answers=answers, position=position)
    )


def set_consent(store: Store, draft: InterviewDraft, given: bool) -> InterviewDraft | None:
    """Consent comes first. Without it nothing of the interview is kept."""
    if not given:
        store.delete(draft.lab_id, InterviewDraft, [draft.id])
        return None
    with store.transaction():
        if draft.stakeholder_id:
            person = store.record(draft.lab_id, Stakeholder, draft.stakeholder_id)
            if person.consent != Consent.GIVEN:  # the registry records it too
                store.save(dataclasses.replace(person, consent=Consent.GIVEN))
        return store.save(dataclasses.replace(draft, answers={**draft.answers, CONSENT_ID: "yes"}))


def transcript(protocol: Protocol, draft: InterviewDraft, lang: str) -> str:
    """The interview as readable text: question, answer, note; skipped questions marked."""
    lines = []
    for question in steps(protocol, draft.answers):
        if not question.answerable:
            continue
        answer = draft.answers.get(question.id)
        if question.id in draft.skipped:
            shown = t("interview.skipped", lang)
        elif answer is None:
            continue
        else:
            shown = display(question, answer, lang)
            namely = draft.answers.get(f"{question.id}{OTHER_SUFFIX}")
            shown += f" ({namely})" if namely else ""
        lines.append(f"{question.label[lang]}\n{shown}")
        if draft.notes.get(question.id):
            lines.append(f"[{t('interview.note', lang)}] {draft.notes[question.id]}")
        lines.append("")
    return "\n".join(lines).strip()


def display(question: Question, answer: Any, lang: str) -> str:
    labels = {c.value: c.label[lang] for c in question.choices}
    labels.setdefault(OTHER, t("answer.other", lang))
    if question.type == "agreement5":
        return t(f"agreement.{answer}", lang)
    if question.type == "yes_no":
        return t(f"answer.{answer}", lang)
    if isinstance(answer, list):
        return "; ".join(labels.get(a, str(a)) for a in answer)
    return labels.get(str(answer), str(answer))


def finish(store: Store, draft: InterviewDraft, protocol: Protocol, lang: str) -> Source:
    """Turn the draft into an interview Source with structured answers; the draft goes."""
    person = (
        store.record(draft.lab_id, Stakeholder, draft.stakeholder_id)
        if draft.stakeholder_id
        else None
    )
    who = person.name if person else draft.pseudonym
    with store.transaction():
        source = labs.add_source(
            store,
            draft.lab_id,
            kind=SourceKind.INTERVIEW.value,
            title=f"{protocol.title[lang]} – {who}"[: text.SHORT],
            date=draft.date,
            text_=transcript(protocol, draft, lang),
            stakeholder_ids=[draft.stakeholder_id] if draft.stakeholder_id else [],
            answers={
                "answers": draft.answers,
                "notes": draft.notes,
                "skipped": list(draft.skipped),
                "participant": draft.pseudonym,
            },
            protocol_id=protocol.id,
            protocol_version=protocol.version,
            source_id=draft.id,
            phase_id=draft.phase_id,
        )
        store.delete(draft.lab_id, InterviewDraft, [draft.id])
    return source
