"""Survey data for the demo lab and the large synthetic lab: a participant registry, coach
questionnaires at T0 and T1 about each candidate, and their answers. Fictional throughout."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import random
from typing import Any

from monitor import expressions, surveys
from monitor.model import (
    ConsentRecord,
    Invitation,
    LabRecord,
    Outcome,
    Participant,
    Response,
    ResponseMode,
    ResponseStatus,
    Stakeholder,
    StakeholderGroup,
    Survey,
    new_id,
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
    """Plausible answers in protocol order, skip logic respected; `lift` moves agreement up."""
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


def _response(
    invitation: Invitation,
    survey: Survey,
    protocol: Protocol,
    answers: dict[str, Any],
    day: dt.date,
    rng: random.Random,
    *,
    done: bool = True,
) -> Response:
    at = f"{day.isoformat()}T{rng.randrange(8, 20):02d}:{rng.randrange(60):02d}:00.000+00:00"
    shown = [q for q in surveys.steps(protocol, answers) if q.answerable]
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
        mode=ResponseMode.SELF,
        consent=ConsentRecord(
            version=protocol.consent_version or 1,
            text_key=surveys.consent_key(protocol),
            at=at,
        ),
        answers=answers,
        position=len(shown) if done else len(shown) // 2,
        status=ResponseStatus.SUBMITTED if done else ResponseStatus.STARTED,
        submitted=at if done else "",
        created=at,
        updated=at,
    )


def _invite(
    store: Store, survey: Survey, person: str, subject: str, rng: random.Random
) -> Invitation:
    made = Invitation(
        id=new_id(rng),
        lab_id=survey.lab_id,
        survey_id=survey.id,
        participant_id=person,
        subject_id=subject,
        nonce=new_id(rng),
    )
    return surveys.with_hashes(store, made)


def demo_surveys(
    store: Store, lab_id: str, stakeholders: list[Stakeholder], protocols: dict[str, Protocol]
) -> dict[str, list[LabRecord]]:
    """Three coaches, twelve candidates, coach questionnaires at T0 (closed) and T1 (open now):
    nine trajectories paired, one response withdrawn, one half done, some not opened."""
    rng = random.Random(7)
    coaches = [s for s in stakeholders if s.group == StakeholderGroup.JOB_COACH]
    seekers = [s for s in stakeholders if s.group == StakeholderGroup.JOB_SEEKER]
    people: list[Participant] = []
    taken: set[str] = set()

    def register(name: str, group: StakeholderGroup, stakeholder_id: str = "") -> Participant:
        person = Participant(
            id=new_id(rng),
            lab_id=lab_id,
            name=name,
            group=group,
            stakeholder_id=stakeholder_id,
            pseudonym=surveys.next_pseudonym(taken),
        )
        people.append(person)
        return person

    coach_ids = [register(s.name, s.group, s.id) for s in coaches]
    coach_ids.append(register("Nadia Boukhari", StakeholderGroup.JOB_COACH))
    candidates = [register(s.name, s.group, s.id) for s in seekers if s.consent == "given"]
    candidates += [register(name, StakeholderGroup.JOB_SEEKER) for name in CANDIDATES]
    candidates = candidates[:12]
    outcomes = [Outcome.SUCCESSFUL] * 6 + [Outcome.NOT_SUCCESSFUL] * 3 + [Outcome.UNKNOWN] * 3
    rng.shuffle(outcomes)
    by_id = {p.id: p for p in people}
    for index, candidate in enumerate(candidates):
        by_id[candidate.id] = dataclasses.replace(candidate, outcome=outcomes[index])
    for index, coach in enumerate(coach_ids):
        mine = tuple(c.id for c in candidates[index * 4 : index * 4 + 4])
        by_id[coach.id] = dataclasses.replace(coach, subject_ids=mine)

    t0, t1 = protocols["coach_t0"], protocols["coach_t1"]
    waves = [
        Survey(
            id=new_id(rng),
            lab_id=lab_id,
            protocol_id=t0.id,
            protocol_version=t0.version,
            title="Coachvragenlijst start",
            wave="T0",
            audience_groups=(StakeholderGroup.JOB_COACH,),
            subject_group=StakeholderGroup.JOB_SEEKER,
            opens=dt.date(2026, 1, 12),
            closes=dt.date(2026, 2, 27),
        ),
        Survey(
            id=new_id(rng),
            lab_id=lab_id,
            protocol_id=t1.id,
            protocol_version=t1.version,
            title="Coachvragenlijst einde",
            wave="T1",
            audience_groups=(StakeholderGroup.JOB_COACH,),
            subject_group=StakeholderGroup.JOB_SEEKER,
            opens=dt.date(2026, 9, 1),
            closes=dt.date(2026, 12, 31),
            refusals=1,
        ),
    ]
    invitations, responses = [], []
    for survey, protocol, start in ((waves[0], t0, 12), (waves[1], t1, 245)):
        pairs = [(c.id, s) for c in coach_ids for s in by_id[c.id].subject_ids]
        for number, (coach, subject) in enumerate(pairs):
            invitation = _invite(store, survey, coach, subject, rng)
            day = dt.date(2026, 1, 1) + dt.timedelta(days=start + number * 2)
            lift = 0.5 if survey.wave == "T1" and by_id[subject].outcome == "successful" else 0.0
            late = survey.wave == "T1" and number >= 9
            if survey.wave == "T0" and number == 11:
                pass  # never opened
            elif late and number == 9:
                invitation = dataclasses.replace(invitation, opened=f"{day}T09:00:00.000+00:00")
                answers = _answers(protocol, rng, lift)
                half = dict(list(answers.items())[:5])
                responses.append(
                    _response(invitation, survey, protocol, half, day, rng, done=False)
                )
            elif late and number == 10:
                stamp = f"{day}T10:00:00.000+00:00"
                invitation = dataclasses.replace(invitation, opened=stamp, withdrawn=stamp)
            elif not late:
                invitation = dataclasses.replace(invitation, opened=f"{day}T08:00:00.000+00:00")
                answers = _answers(protocol, rng, lift)
                if survey.wave == "T1":
                    answers["successful"] = (
                        "yes" if by_id[subject].outcome == "successful" else "no"
                    )
                response = _response(invitation, survey, protocol, answers, day, rng)
                reviewed = tuple(k for k in answers if k in OPEN_TEXTS)[: number % 3]
                responses.append(dataclasses.replace(response, reviewed=reviewed))
            invitations.append(invitation)
    return {
        Participant.KIND: list(by_id.values()),
        Survey.KIND: waves,
        Invitation.KIND: invitations,
        Response.KIND: responses,
    }


def large_surveys(
    store: Store, lab_id: str, protocols: dict[str, Protocol], rng: random.Random, n: int = 2000
) -> dict[str, list[LabRecord]]:
    """Coach questionnaires at T0 and T1 over n/2 trajectories: n submitted responses."""
    trajectories = n // 2
    coaches = [
        Participant(
            id=new_id(rng),
            lab_id=lab_id,
            name=f"Coach {i + 1}",
            group=StakeholderGroup.JOB_COACH,
            pseudonym=f"R-{i + 1:04d}",
        )
        for i in range(trajectories // 4)
    ]
    candidates = [
        Participant(
            id=new_id(rng),
            lab_id=lab_id,
            name=f"Kandidaat {i + 1}",
            group=StakeholderGroup.JOB_SEEKER,
            pseudonym=f"R-{len(coaches) + i + 1:04d}",
            outcome=rng.choice(list(Outcome)),
        )
        for i in range(trajectories)
    ]
    coaches = [
        dataclasses.replace(c, subject_ids=tuple(x.id for x in candidates[i * 4 : i * 4 + 4]))
        for i, c in enumerate(coaches)
    ]
    waves, invitations, responses = [], [], []
    for wave, key, lift in (("T0", "coach_t0", 0.0), ("T1", "coach_t1", 0.4)):
        protocol = protocols[key]
        survey = Survey(
            id=new_id(rng),
            lab_id=lab_id,
            protocol_id=protocol.id,
            protocol_version=protocol.version,
            title=protocol.title["nl"],
            wave=wave,
            audience_groups=(StakeholderGroup.JOB_COACH,),
            subject_group=StakeholderGroup.JOB_SEEKER,
        )
        waves.append(survey)
        for coach in coaches:
            for subject in coach.subject_ids:
                invitation = _invite(store, survey, coach.id, subject, rng)
                invitations.append(invitation)
                day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(300))
                answers = _answers(protocol, rng, lift)
                responses.append(_response(invitation, survey, protocol, answers, day, rng))
    return {
        Participant.KIND: coaches + candidates,
        Survey.KIND: waves,
        Invitation.KIND: invitations,
        Response.KIND: responses,
    }
