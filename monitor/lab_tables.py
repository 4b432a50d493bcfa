"""Every table of a lab as a spreadsheet: stakeholders, activities, sources, factors, learning
questions, actions and survey responses. People appear by their codes unless the researcher
explicitly asks for names; every cell is made inert for spreadsheet programs."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from monitor import agenda, survey_results
from monitor.i18n import t
from monitor.reports.data import LabData, load, wording
from monitor.store import Store

TABLES = (
    "stakeholders",
    "activities",
    "sources",
    "factors",
    "learning_questions",
    "actions",
    "responses",
)


def tables(
    store: Store, lab_id: str, lang: str, *, names: bool = False, today: dt.date | None = None
) -> dict[str, pd.DataFrame]:
    data = load(store, lab_id, today)
    return {name: table(data, name, lang, names=names) for name in TABLES}


def table(data: LabData, name: str, lang: str, *, names: bool = False) -> pd.DataFrame:
    return _BUILDERS[name](data, lang, names)


def _who(data: LabData, stakeholder_id: str, names: bool) -> str:
    person = data.stakeholders.get(stakeholder_id)
    if person is None:
        return ""
    return person.name if names else person.pseudonym


def _phase(data: LabData, phase_id: str) -> str:
    found = data.lab.phase(phase_id)
    return found.name if found else ""


def _stakeholders(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    rows = [
        {
            "pseudonym": s.pseudonym,
            **({"name": s.name, "organisation": s.organisation} if names else {}),
            "group": t(f"group.{s.group}", lang),
            "consent": t(f"consent.{s.consent}", lang),
        }
        for s in sorted(data.stakeholders.values(), key=lambda s: s.pseudonym)
    ]
    columns = ["pseudonym", *(["name", "organisation"] if names else []), "group", "consent"]
    return pd.DataFrame(rows, columns=columns)


def _activities(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    groups = sorted({g for a in data.activities for g in a.counts}, key=lambda g: g.value)
    rows = [
        {
            "date": a.date.isoformat(),
            "phase": _phase(data, a.phase_id),
            "kind": t(f"activity_kind.{a.kind}", lang),
            "title": a.title,
            "goals": a.goals,
            **{f"n_{g.value}": a.counts.get(g, 0) for g in groups},
            "participants": "; ".join(_who(data, i, names) for i in a.participant_ids),
        }
        for a in data.activities
    ]
    columns = ["date", "phase", "kind", "title", "goals"]
    return pd.DataFrame(rows, columns=[*columns, *(f"n_{g.value}" for g in groups), "participants"])


def _sources(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    activities = {a.id: a.title for a in data.activities}
    columns = ["date", "phase", "kind", "title", "activity", "stakeholders", "instrument"]
    columns += ["text_length", *(["text"] if names else [])]
    rows = [
        {
            "date": s.date.isoformat(),
            "phase": _phase(data, s.phase_id),
            "kind": t(f"source_kind.{s.kind}", lang),
            "title": s.title,
            "activity": activities.get(s.activity_id, ""),
            "stakeholders": "; ".join(_who(data, i, names) for i in s.stakeholder_ids),
            "instrument": f"{s.protocol_id} v{s.protocol_version}" if s.protocol_id else "",
            "text_length": len(s.text),
            "text": s.text,  # raw evidence may name people: only with names
        }
        for s in sorted(data.sources.values(), key=lambda s: (s.date, s.title))
    ]
    return pd.DataFrame(rows, columns=columns)


def _factors(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    rows = []
    for f in data.factors:
        source = data.sources.get(f.source_id)
        rows.append(
            {
                "phase": _phase(data, f.phase_id),
                "kind": t(f"factor_kind.{f.kind}", lang),
                "text": f.text,
                "themes": "; ".join(data.book.label(th, lang) for th in f.themes),
                "groups": "; ".join(t(f"group.{g}", lang) for g in f.groups),
                "step": f.step,
                "source": f"{source.title} ({source.date.isoformat()})" if source else "",
                "quote": f.quote,  # verbatim words: only with names
            }
        )
    columns = ["phase", "kind", "text", "themes", "groups", "step", "source"]
    return pd.DataFrame(rows, columns=[*columns, *(["quote"] if names else [])])


def _questions(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    rows = [
        {
            "theme": data.book.label(q.theme, lang),
            "question": wording(q, lang),
            "kind": t(f"qkind.{q.kind}", lang),
            "status": t(f"status.{q.status}", lang),
            "phase_raised": _phase(data, q.phase_id),
            "phase_now": _phase(data, q.current_phase_id),
            "factors": len(q.factor_ids),
            "answer": q.answer,
            "last_event": t(f"event.{q.history[-1].event}", lang) if q.history else "",
            "last_event_date": q.history[-1].at[:10] if q.history else "",
        }
        for q in data.questions
    ]
    columns = ["theme", "question", "kind", "status", "phase_raised", "phase_now", "factors"]
    return pd.DataFrame(rows, columns=[*columns, "answer", "last_event", "last_event_date"])


def _actions(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    questions = {q.id: q for q in data.questions}
    rows = [
        {
            "action": a.text,
            "owner": _who(data, a.owner_id, names),
            "due": a.due.isoformat() if a.due else "",
            "status": t(f"action_status.{a.status}", lang),
            "overdue": agenda.is_overdue(a, data.today),
            "learning_question": wording(questions[a.question_id], lang)
            if a.question_id in questions
            else "",
            "last_note": a.notes[-1].note if a.notes else "",
        }
        for a in agenda.sort_actions(data.actions, data.today)
    ]
    columns = ["action", "owner", "due", "status", "overdue", "learning_question", "last_note"]
    return pd.DataFrame(rows, columns=columns)


def _responses(data: LabData, lang: str, names: bool) -> pd.DataFrame:
    done = survey_results.submitted(data.responses)
    frame = survey_results.long_frame(
        data.protocols, {s.id: s for s in data.surveys}, done, data.participants, lang
    )
    if names and not frame.empty:
        named = {p.pseudonym: p.name for p in data.participants.values()}
        frame.insert(1, "name", frame["participant"].map(named))
    return frame if not frame.empty else pd.DataFrame(columns=["participant", "wave", "survey"])


_BUILDERS = {
    "stakeholders": _stakeholders,
    "activities": _activities,
    "sources": _sources,
    "factors": _factors,
    "learning_questions": _questions,
    "actions": _actions,
    "responses": _responses,
}


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return survey_results.to_csv(frame)


def xlsx_bytes(frames: dict[str, pd.DataFrame], lang: str) -> bytes:
    """One sheet per table, named in the reader's language."""
    return survey_results.to_xlsx(
        {t(f"tables.{name}", lang): frame for name, frame in frames.items()}
    )
