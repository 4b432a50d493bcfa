"""Survey data for the demo lab and the large synthetic lab: a participant registry, coach
questionnaires at T0 and T1 about each candidate, and their answers. Fictional throughout.

Every record is made by the functions a user's action goes through (surveys.new_participant,
new_survey, new_invitation, new_response, with_answer, submitted ...), only backdated and not
yet stored: the caller writes them all at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import random
from typing import Any

from monitor import expressions, surveys
from monitor.model import (
    Invitation,
    LabRecord,
    Outcome,
    Participant,
    Response,
    Stakeholder,
    StakeholderGroup,
    Survey,
)
from monitor.protocols import Protocol, Question
from monitor.store import Store

# Open answers in the coaches' own voice; the demo draws from these.
OPEN_TEXTS = {
    "remarks": [
        "De kandidaat heeft thuis veel aan het hoofd; dat merken we aan de opkomst.",
        "Het leerbedrijf neemt echt de tijd voor uitleg, dat geeft rust.",
        "Vervoer blijft een punt: de eerste bus komt te laat voor de vroege dienst.",
    ],
    "successful_why": [
        "Er lag vanaf het begin een duidelijke baan in het vooruitzicht.",
        "De werkgever heeft het contract verlengd na de leerperiode.",
        "De leerroute sloot niet aan bij wat de kandidaat zelf wilde.",
    ],
    "positive_factors": [
        "Vaste begeleider op de werkvloer en korte lijnen met mij als coach.",
        "De kandidaat mocht eerst meelopen voordat er taken kwamen.",
        "Het taalmaatje van de bibliotheek hielp met de vaktermen.",
    ],
    "hindering_factors": [
        "Wisselende roosters maakten kinderopvang lastig.",
        "Er was te weinig tijd bij de werkgever voor de wekelijkse evaluatie.",
        "Schulden gaven onrust; de schuldhulp kwam pas laat op gang.",
    ],
    "development_explain": [
        "Komt nu uit zichzelf met vragen, dat deed hij eerst niet.",
        "Zelfstandiger geworden in het plannen van het eigen werk.",
    ],
    "helped_get_work_why": [
        "Het certificaat heftruck opende de deur bij het distributiecentrum.",
        "Zonder de proefplaatsing had de werkgever het niet aangedurfd.",
    ],
}
SHORT_TEXTS = {
    "learning_location_name": ["Afdeling logistiek", "Team groenonderhoud", "Keuken zorglocatie"],
    "adjusted_how": ["Minder uren per week", "Ander leerbedrijf gekozen"],
    "other_professionals_which": ["Schuldhulpverlening", "Taalcoach"],
}
CANDIDATES = [
    "Youssef Bakkali",
    "Mirjam Dekker",
    "Kevin Oosterhuis",
    "Priya Ramdin",
    "Dirk Jan Hofstede",
    "Lamin Ceesay",
    "Sanne Vrieling",
    "Nadia Haddou",
    "Erwin Stoffels",
    "Oksana Melnyk",
]


def _answers(protocol: Protocol, rng: random.Random, lift: float) -> dict[str, Any]:
    """What a respondent means to answer, in protocol order; `lift` moves agreement up. Skip
    logic only spares drawing answers nobody is asked; what is stored is decided by _walk."""
    answers: dict[str, Any] = {}
    for question in protocol.questions:
        if not question.answerable or not _relevant(question, answers):
            continue
        value = _value(question, rng, lift)
        if value is not None:
            answers[question.id] = value
    return answers


@functools.cache
def _parsed(source: str) -> expressions.Node:
    return expressions.parse(source)


def _relevant(question: Question, answers: dict[str, Any]) -> bool:
    return not question.relevant or expressions.evaluate(_parsed(question.relevant), answers)


def _value(question: Question, rng: random.Random, lift: float) -> Any:
    kind = question.type
    if kind == "agreement5":
        if rng.random() < 0.04:
            return rng.choice(surveys.SPECIAL)
        centre = 3.2 + lift - (1.2 if question.reverse else 0)
        return str(min(5, max(1, round(rng.gauss(centre, 0.9)))))
    if kind == "yes_no":
        return "yes" if rng.random() < 0.6 else "no"
    if kind == "single_choice":
        return rng.choice([c.value for c in question.choices])
    if kind == "multiple_choice":
        values = [c.value for c in question.choices if c.value != "none"]
        return rng.sample(values, rng.randint(1, min(3, len(values))))
    if kind == "date":
        return (dt.date(2026, 1, 12) + dt.timedelta(days=rng.randrange(30))).isoformat()
    if kind == "long_text" and question.id in OPEN_TEXTS and rng.random() < 0.7:
        return rng.choice(OPEN_TEXTS[question.id])
    if kind == "short_text" and question.id in SHORT_TEXTS:
        return rng.choice(SHORT_TEXTS[question.id])
    return None


def _moment(day: dt.date, rng: random.Random) -> str:
    """A time during the working day (UTC, as the store writes it)."""
    return f"{day.isoformat()}T{rng.randrange(8, 20):02d}:{rng.randrange(60):02d}:00.000+00:00"


def _respond(
    invitation: Invitation,
    survey: Survey,
    protocol: Protocol,
    planned: dict[str, Any],
    at: str,
    given: list[Response],
    rng: random.Random,
    *,
    stop_after: int | None = None,
) -> Response:
    """A coach answering at `at` as the phone's screens go: the consent given before to the same
    wording (among `given`, the coach's responses), else a yes now; each question shown with its
    planned answer; then sent, or left after `stop_after` answers."""
    earlier = surveys.consent_among([r for r in given if r.consent.at <= at], protocol)
    consent = earlier or surveys.consent_record(protocol, at)
    response = surveys.new_response(invitation, survey, protocol, consent, rng=rng)
    answers, position = _walk(protocol, planned, stop_after)
    # What surveys.answer stores, one call per screen; the position is the page's to give.
    response = dataclasses.replace(response, answers=answers, position=position)
    return response if stop_after is not None else surveys.submitted(response, protocol, at)


def _walk(
    protocol: Protocol, planned: dict[str, Any], stop_after: int | None
) -> tuple[dict[str, Any], int]:
    """The answers as `answer` stores them, screen after screen: each question shown (skip
    logic on the planned answers) gets its planned answer or none, checked; and the screen the
    respondent stands on after the last one passed, as the answering page counts them."""
    answers: dict[str, Any] = {}
    position = 0
    for question in surveys.steps(protocol, planned):
        if stop_after is not None and len(answers) >= stop_after:
            break
        answers = surveys.with_answer(answers, question, value=planned.get(question.id))
        position += 1
    return answers, position


def _reviewed(response: Response, count: int) -> Response:
    """The researcher has read the first `count` open answers and released them for reports."""
    for variable in [k for k in response.answers if k in OPEN_TEXTS][:count]:
        response = surveys.with_review(response, variable, True)
    return response


def demo_surveys(
    store: Store, lab_id: str, stakeholders: list[Stakeholder], protocols: dict[str, Protocol]
) -> dict[str, list[LabRecord]]:
    """Three coaches, twelve candidates, coach questionnaires at T0 (closed) and T1 (open now):
    nine trajectories paired, one response withdrawn, one half done, some not opened."""
    rng = random.Random(7)
    people = _demo_registry(lab_id, stakeholders, rng)
    t0, t1 = protocols["coach_t0"], protocols["coach_t1"]
    waves = [
        _coach_survey(lab_id, t0, "T0", "Coachvragenlijst start", rng, (1, 12), (2, 27)),
        # One coach said no to the consent question at first: a refusal, nothing else kept.
        surveys.declined(
            _coach_survey(lab_id, t1, "T1", "Coachvragenlijst einde", rng, (9, 1), (12, 31))
        ),
    ]
    invitations, responses = [], []
    given: dict[str, list[Response]] = {}  # per coach: the consent on record
    for survey, protocol, start in ((waves[0], t0, 12), (waves[1], t1, 245)):
        for number, (coach, subject) in enumerate(surveys.audience_among(survey, people)):
            invitation = surveys.new_invitation(store, survey, coach.id, subject.id, rng=rng)
            day = dt.date(2026, 1, 1) + dt.timedelta(days=start + number * 2)
            mine = given.setdefault(coach.id, [])
            lift = 0.5 if survey.wave == "T1" and subject.outcome == "successful" else 0.0
            late = survey.wave == "T1" and number >= 9
            if survey.wave == "T0" and number == 11:
                pass  # never opened
            elif late and number == 9:  # half done: the coach stopped and kept the answers
                invitation = surveys.opened_at(invitation, f"{day}T09:00:00.000+00:00")
                planned = _answers(protocol, rng, lift)
                at = _moment(day, rng)
                kept = _respond(invitation, survey, protocol, planned, at, mine, rng, stop_after=5)
                mine.append(kept)
                responses.append(kept)
            elif late and number == 10:  # opened and withdrawn: its answers went with it
                stamp = f"{day}T10:00:00.000+00:00"
                invitation = surveys.withdrawn_at(surveys.opened_at(invitation, stamp), stamp)
            elif not late:
                invitation = surveys.opened_at(invitation, f"{day}T08:00:00.000+00:00")
                planned = _answers(protocol, rng, lift)
                if survey.wave == "T1":
                    planned["successful"] = "yes" if subject.outcome == "successful" else "no"
                at = _moment(day, rng)
                sent = _respond(invitation, survey, protocol, planned, at, mine, rng)
                mine.append(sent)
                responses.append(_reviewed(sent, number % 3))
            invitations.append(invitation)
    return {
        Participant.KIND: people,
        Survey.KIND: waves,
        Invitation.KIND: invitations,
        Response.KIND: responses,
    }


def _demo_registry(
    lab_id: str, stakeholders: list[Stakeholder], rng: random.Random
) -> list[Participant]:
    """Three coaches (two of them stakeholders) with four candidates each, in the registry with
    their codes; the researcher has noted how each candidate's trajectory ended."""
    codes = surveys.pseudonym_codes(set())

    def register(name: str, group: StakeholderGroup, stakeholder_id: str = "") -> Participant:
        return surveys.new_participant(
            lab_id, name=name, group=group, stakeholder_id=stakeholder_id, codes=codes, rng=rng
        )

    coaches = [
        register(s.name, s.group, s.id)
        for s in stakeholders
        if s.group == StakeholderGroup.JOB_COACH
    ]
    coaches.append(register("Nadia Boukhari", StakeholderGroup.JOB_COACH))
    candidates = [
        register(s.name, s.group, s.id)
        for s in stakeholders
        if s.group == StakeholderGroup.JOB_SEEKER and s.consent == "given"
    ]
    candidates += [register(name, StakeholderGroup.JOB_SEEKER) for name in CANDIDATES]
    candidates = candidates[:12]
    outcomes = [Outcome.SUCCESSFUL] * 6 + [Outcome.NOT_SUCCESSFUL] * 3 + [Outcome.UNKNOWN] * 3
    rng.shuffle(outcomes)
    # The outcome is a field of the registry table, set by the researcher when a trajectory ends.
    candidates = [
        dataclasses.replace(c, outcome=o) for c, o in zip(candidates, outcomes, strict=True)
    ]
    known = {c.id for c in candidates}
    coaches = [
        surveys.with_subjects(coach, [c.id for c in candidates[i * 4 : i * 4 + 4]], known)
        for i, coach in enumerate(coaches)
    ]
    return coaches + candidates


def _coach_survey(
    lab_id: str,
    protocol: Protocol,
    wave: str,
    title: str,
    rng: random.Random,
    opens: tuple[int, int],
    closes: tuple[int, int],
) -> Survey:
    """A coach questionnaire of 2026 about each of the coach's candidates."""
    return surveys.new_survey(
        lab_id,
        protocol,
        wave=wave,
        title=title,
        audience_groups=[StakeholderGroup.JOB_COACH],
        subject_group=StakeholderGroup.JOB_SEEKER,
        opens=dt.date(2026, *opens),
        closes=dt.date(2026, *closes),
        rng=rng,
    )


def large_surveys(
    store: Store, lab_id: str, protocols: dict[str, Protocol], rng: random.Random, n: int = 2000
) -> dict[str, list[LabRecord]]:
    """Coach questionnaires at T0 and T1 over n/2 trajectories: n submitted responses."""
    people = _large_registry(lab_id, n // 2, rng)
    waves, invitations, responses = [], [], []
    given: dict[str, list[Response]] = {}
    for wave, key, lift in (("T0", "coach_t0", 0.0), ("T1", "coach_t1", 0.4)):
        protocol = protocols[key]
        survey = surveys.new_survey(
            lab_id,
            protocol,
            wave=wave,
            title=protocol.title["nl"],
            audience_groups=[StakeholderGroup.JOB_COACH],
            subject_group=StakeholderGroup.JOB_SEEKER,
            rng=rng,
        )
        waves.append(survey)
        for coach, subject in surveys.audience_among(survey, people):
            invitation = surveys.new_invitation(store, survey, coach.id, subject.id, rng=rng)
            day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(300))
            planned = _answers(protocol, rng, lift)
            at = _moment(day, rng)
            invitation = surveys.opened_at(invitation, at)
            mine = given.setdefault(coach.id, [])
            mine.append(_respond(invitation, survey, protocol, planned, at, mine, rng))
            invitations.append(invitation)
            responses.append(mine[-1])
    return {
        Participant.KIND: people,
        Survey.KIND: waves,
        Invitation.KIND: invitations,
        Response.KIND: responses,
    }


def _large_registry(lab_id: str, trajectories: int, rng: random.Random) -> list[Participant]:
    """A coach per four candidates, each candidate with an outcome."""
    codes = surveys.pseudonym_codes(set())
    coaches = [
        surveys.new_participant(
            lab_id, name=f"Coach {i + 1}", group=StakeholderGroup.JOB_COACH, codes=codes, rng=rng
        )
        for i in range(trajectories // 4)
    ]
    candidates = [
        surveys.new_participant(
            lab_id,
            name=f"Kandidaat {i + 1}",
            group=StakeholderGroup.JOB_SEEKER,
            outcome=rng.choice(list(Outcome)),
            codes=codes,
            rng=rng,
        )
        for i in range(trajectories)
    ]
    known = {c.id for c in candidates}
    coaches = [
        surveys.with_subjects(coach, [c.id for c in candidates[i * 4 : i * 4 + 4]], known)
        for i, coach in enumerate(coaches)
    ]
    return coaches + candidates
