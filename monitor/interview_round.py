"""The next interview round from the learning agenda: a draft interview protocol built from
the open learning questions of a phase. Pure: the researcher edits the draft (YAML, the
format of protocols/FORMAT.md) and saves it as an instrument (monitor.surveys.install_protocol),
which the guided interview then offers like any other.

Per open learning question, one section:
- the questions of the shipped interview and focus-group protocols that listen for the
  framework indicators of the question's theme (the theme's `indicators` in the codebook),
  most shared indicators first, interview before focus-group questions, at most PER_QUESTION,
  none twice in the protocol;
- one question about the learning question itself: what has changed since it was put on the
  agenda, and why.
Copied questions keep their wording, hint, type, choices and indicators; skip logic that
points at questions left behind is dropped, so the draft always loads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import yaml

from monitor import i18n
from monitor.codebook import Codebook
from monitor.model import Lab, LearningQuestion
from monitor.protocols import Protocol, Question

PER_QUESTION = 3  # questions taken from the shipped protocols per learning question
SOURCE_MODES = ("interview", "focus_group")
CONSENT_FROM = "phase_monitoring_interview"  # whose consent text the round reuses
MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def round_id(lab: Lab, phase: int, known: Iterable[str]) -> str:
    """A protocol id for the round that no instrument uses yet: round_<lab>_<phase>[_n]."""
    base = re.sub(r"[^a-z0-9_]", "_", f"round_{lab.id.casefold()}_{phase}")
    taken = set(known)
    if base not in taken:
        return base
    n = 2
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"


def _day(day: dt.date, lang: str) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def _since(question: LearningQuestion, lab: Lab) -> dt.date:
    """When the question went on the agenda: its first history entry, else its phase's start."""
    for entry in question.history:
        try:
            return dt.date.fromisoformat(entry.at[:10])
        except ValueError:
            continue
    phase = lab.phase(question.phase_id)
    return phase.start if phase else dt.date.today()


def _matching(
    indicators: tuple[str, ...], protocols: dict[str, Protocol], used: set[str]
) -> list[Question]:
    """Shipped questions listening for these indicators, most shared first, file order next."""
    wanted = set(indicators)
    found = []
    order = 0
    for protocol_id in sorted(protocols):
        protocol = protocols[protocol_id]
        if protocol.mode not in SOURCE_MODES or protocol_id.startswith("round_"):
            continue
        for question in protocol.questions:
            order += 1
            shared = len(wanted & set(question.indicators))
            if shared and question.answerable and question.id not in used:
                # interview questions before focus-group ones, which address a group
                found.append((-shared, protocol.mode != "interview", order, question))
    found.sort(key=lambda item: item[:3])
    picked: list[Question] = []
    for *_, question in found:
        if question.id in {q.id for q in picked}:
            continue  # the same variable in two shipped protocols
        picked.append(question)
        if len(picked) == PER_QUESTION:
            break
    return picked


def _copy(question: Question) -> dict[str, Any]:
    item: dict[str, Any] = {"id": question.id, "type": question.type, "label": question.label}
    if question.hint:
        item["hint"] = question.hint
    if question.level and question.dimension:
        item["cell"] = {"level": question.level, "dimension": question.dimension}
    if question.indicators:
        item["indicators"] = list(question.indicators)
    if question.choices:
        item["choices"] = [{"value": c.value, "label": c.label} for c in question.choices]
    if question.other:
        item["other"] = True
    if question.constraint and "${" not in question.constraint:
        item["constraint"] = question.constraint
        if question.constraint_message:
            item["constraint_message"] = question.constraint_message
    return item


def draft(
    lab: Lab,
    phase: int,
    questions: Iterable[LearningQuestion],
    protocols: dict[str, Protocol],
    book: Codebook,
) -> dict[str, Any]:
    """The draft protocol (as the data of a protocol file) for the open learning questions
    on the agenda of phase `phase`."""
    phase_id = lab.phases[phase - 1].id
    mine = [q for q in questions if q.on_agenda and q.current_phase_id == phase_id]
    mine.sort(key=lambda q: (q.kind == "anchor", q.theme, q.id))
    used: set[str] = set()
    sections = []
    for number, question in enumerate(mine, start=1):
        theme = book.theme(question.theme)
        indicators = theme.indicators if theme else ()
        picked = _matching(indicators, protocols, used)
        used.update(q.id for q in picked)
        since = _since(question, lab)
        own = {
            "id": f"lq{number}_change",
            "type": "long_text",
            "label": {
                lang: i18n.t(
                    "round.change",
                    lang,
                    since=_day(since, lang),
                    question=question.text.get(lang) or question.text.get("nl", ""),
                )
                for lang in ("nl", "en")
            },
            "hint": {lang: i18n.t("round.change_hint", lang) for lang in ("nl", "en")},
        }
        if indicators:
            own["indicators"] = list(indicators)
        sections.append(
            {
                "id": f"lq{number}",
                "title": {
                    lang: question.text.get(lang) or question.text.get("nl", "")
                    for lang in ("nl", "en")
                },
                "questions": [*(_copy(q) for q in picked), own],
            }
        )
    phase_name = lab.phases[phase - 1].name
    data: dict[str, Any] = {
        "id": round_id(lab, phase, protocols),
        "version": 1,
        "mode": "interview",
        "title": {
            lang: i18n.t("round.title", lang, lab=lab.name, phase=phase_name)
            for lang in ("nl", "en")
        },
        "description": {
            lang: i18n.t("round.description", lang, n=len(mine), phase=phase_name)
            for lang in ("nl", "en")
        },
    }
    consent = protocols.get(CONSENT_FROM)
    if consent is not None and consent.consent_version:
        data["consent"] = {"version": consent.consent_version, "text": consent.consent_text}
    data["sections"] = sections
    return data


def to_yaml(data: dict[str, Any]) -> str:
    """The draft as a protocol file the researcher can edit."""
    header = (
        "# Draft interview round from the learning agenda. Edit the wording, drop or add\n"
        "# questions (format: protocols/FORMAT.md), then save it as an instrument.\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
