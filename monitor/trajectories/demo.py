"""Trajectories for the demo lab (about thirty candidates on two routes at seven employers)
and for the large synthetic lab (a thousand, two pilot arms and a control group)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from monitor import labs, surveys
from monitor.model import (
    Arm,
    ArmMoment,
    Consent,
    Factor,
    FactorKind,
    Lab,
    LabRecord,
    LearningLocation,
    Participant,
    Stakeholder,
    StakeholderGroup,
    Trajectory,
    TrajectoryOutcome,
    TrajectoryStep,
    new_id,
)

# Employers that joined during implementation, besides the four of the exploration phase.
EXTRA_EMPLOYERS = (
    ("Karin Oosterwijk", "Bakkerij De Korenaar"),
    ("Youssef Benali", "Metaalbewerking Veenstra"),
    ("Linda Hofstede", "Kinderopvang Het Klimrek"),
)
NEW_CANDIDATES = (
    "Dewi Kartosen",
    "Mehmet Aydin",
    "Priscilla Baptiste",
    "Ruud Tielemans",
    "Sanne de Graaf",
    "Abdi Warsame",
    "Jolanda Meerman",
    "Kevin Roelofsen",
    "Nisrine Haddou",
    "Bas Wijnhoven",
    "Gloria Mensah",
    "Thijs Apeldoorn",
    "Monique Spaans",
    "Ivan Petrov",
    "Esra Kaplan",
    "Wouter Dijkhuis",
    "Chantal Verhoef",
    "Omar Said",
)
# Per employer: the route, the job and where the candidate learns.
PLACES = (
    ("small_scale", "Assistent-monteur", LearningLocation.EMPLOYER),
    ("small_scale", "Helpende zorg en welzijn", LearningLocation.EMPLOYER),
    ("development", "Orderpicker", LearningLocation.JOB_COMPANY),
    ("small_scale", "Medewerker groenonderhoud", LearningLocation.EMPLOYER),
    ("small_scale", "Verkoopmedewerker bakkerij", LearningLocation.EMPLOYER),
    ("development", "Productiemedewerker metaal", LearningLocation.TRAINING),
    ("development", "Pedagogisch hulpkracht", LearningLocation.OTHER_EMPLOYER),
)
OUTCOMES = (
    [TrajectoryOutcome.INTENDED_JOB] * 13
    + [TrajectoryOutcome.OTHER_EMPLOYER] * 4
    + [TrajectoryOutcome.AGENCY] * 2
    + [TrajectoryOutcome.LEARNING] * 6
    + [TrajectoryOutcome.NO_JOB] * 3
    + [TrajectoryOutcome.UNKNOWN] * 2
)
STEP_NOTES = {
    1: "Werkgever en coach bespreken welke vaste functie er over een jaar kan zijn.",
    2: "Kandidaat loopt twee dagen mee; coach brengt in kaart wat nog geleerd moet worden.",
    3: "Kennismakingsgesprek met de leidinggevende; beide kanten willen verder.",
    4: "Leerplan met afspraken over begeleiding, uren en evaluatiemomenten getekend.",
    5: "Tussenevaluatie: de kandidaat groeit, de go/no-go volgt na de proefperiode.",
    6: "Arbeidsovereenkomst voor onbepaalde tijd in de beoogde functie.",
}
REASONS_LEFT = {
    TrajectoryOutcome.OTHER_EMPLOYER: "Kreeg eerder een aanbod bij een andere werkgever",
    TrajectoryOutcome.AGENCY: "Werkgever nam alleen via het uitzendbureau aan",
    TrajectoryOutcome.NO_JOB: "Stopte om gezondheidsredenen",
}
STEP_FACTORS = (
    (1, "enabler", "De werkgever benoemt vooraf een concrete vacature voor over een jaar."),
    (2, "barrier", "Voor de kandidaat is onduidelijk wat de functie inhoudt tot hij meeloopt."),
    (3, "enabler", "Een kennismaking op de werkvloer geeft beide kanten vertrouwen in de match."),
    (3, "barrier", "Reistijd naar de werkgever maakt sommige matches onhaalbaar."),
    (4, "enabler", "Vaste afspraken over uren en begeleiding voorkomen misverstanden later."),
    (4, "barrier", "De werkgever aarzelt om een leerplan te tekenen zonder subsidiezekerheid."),
    (5, "enabler", "Maandelijkse evaluatie met coach en leidinggevende houdt het leren op koers."),
    (5, "barrier", "Ziekte van de werkbegeleider laat de kandidaat weken zonder begeleiding."),
    (6, "enabler", "Het go/no-go-gesprek maakt de stap naar een vast contract vanzelfsprekend."),
    (6, "barrier", "Kleine werkgevers durven geen vast contract aan in een onzeker jaar."),
)


def _employers(lab: Lab, stakeholders: list[Stakeholder], rng: random.Random) -> list[Stakeholder]:
    """The employers who joined later, added to the stakeholder table after the others."""
    rows = [
        {
            "name": name,
            "organisation": organisation,
            "group": StakeholderGroup.EMPLOYER,
            "consent": Consent.GIVEN,
        }
        for name, organisation in EXTRA_EMPLOYERS
    ]
    return labs.new_stakeholders(lab.id, rows, stakeholders, rng=rng)


def _steps(
    rng: random.Random, start: dt.date, outcome: TrajectoryOutcome, end: dt.date | None
) -> tuple[TrajectoryStep, ...]:
    reached = {
        TrajectoryOutcome.INTENDED_JOB: 6,
        TrajectoryOutcome.OTHER_EMPLOYER: rng.choice((3, 4, 5)),
        TrajectoryOutcome.AGENCY: 5,
        TrajectoryOutcome.LEARNING: rng.choice((4, 5)),
        TrajectoryOutcome.NO_JOB: rng.choice((2, 3, 4)),
        TrajectoryOutcome.UNKNOWN: rng.choice((1, 2, 3)),
    }[outcome]
    last = (end - start).days if end else 200
    days = [0, rng.randint(7, 20), rng.randint(21, 45), rng.randint(46, 70)]
    if last < 140:  # a short learning period: the first steps come quicker too
        days = [d * last // 140 for d in days]
    days += [days[3] + (last - days[3]) // 2, last]
    return tuple(
        TrajectoryStep(
            number=n,
            reached=start + dt.timedelta(days=days[n - 1]),
            note=STEP_NOTES[n] if rng.random() < 0.4 else "",
        )
        for n in range(1, reached + 1)
    )


def demo_records(lab: Lab, records: dict[str, list[LabRecord]]) -> dict[str, list[LabRecord]]:
    """The demo lab's trajectories, the employers they need, their factors per step and a
    comparison of the pilot with the region's other job seekers."""
    rng = random.Random(16)
    stakeholders = list(records.get(Stakeholder.KIND, []))
    employers = [s for s in stakeholders if s.group == StakeholderGroup.EMPLOYER]
    extra = _employers(lab, stakeholders, rng)
    employers += extra
    coaches = [s for s in stakeholders if s.group == StakeholderGroup.JOB_COACH]
    people = list(records.get(Participant.KIND, []))
    candidates = [p for p in people if p.group == StakeholderGroup.JOB_SEEKER]
    codes = surveys.pseudonym_codes({p.pseudonym for p in people})
    added = [
        surveys.new_participant(
            lab.id, name=name, group=StakeholderGroup.JOB_SEEKER, codes=codes, rng=rng
        )
        for name in NEW_CANDIDATES
    ]
    candidates += added
    phase = lab.phases[-1]
    factors = [
        Factor(
            id=new_id(rng),
            lab_id=lab.id,
            kind=FactorKind(kind),
            text=text,
            phase_id=phase.id,
            themes=("frontline_engagement",) if step in (4, 5) else ("employer_engagement",),
            groups=(StakeholderGroup.JOB_COACH,),
            step=step,
        )
        for step, kind, text in STEP_FACTORS
    ]
    outcomes = list(OUTCOMES)
    rng.shuffle(outcomes)
    trajectories = []
    today = dt.date.today()
    for index, (person, outcome) in enumerate(zip(candidates, outcomes, strict=False)):
        employer = employers[index % len(employers)]
        route, job, location = PLACES[index % len(PLACES)]
        start = phase.start + dt.timedelta(days=rng.randint(0, 150))
        length = rng.randint(30, 365)
        end = None if outcome == TrajectoryOutcome.LEARNING else start + dt.timedelta(days=length)
        if end is not None and end > today:
            end = max(today, start)
        steps = _steps(rng, start, outcome, end)
        linked = tuple(f.id for f in factors if f.step <= len(steps) and rng.random() < 0.35)
        trajectories.append(
            Trajectory(
                id=new_id(rng),
                lab_id=lab.id,
                candidate=person.pseudonym,
                participant_id=person.id,
                route=route,
                employer_id=employer.id,
                location=location,
                job=job,
                coach_id=coaches[index % len(coaches)].id if coaches else "",
                start=start,
                end=end,
                steps=steps,
                outcome=outcome,
                reason=REASONS_LEFT.get(outcome, ""),
                factor_ids=linked,
            )
        )
    pilot = len(trajectories)
    into_work = sum(t.outcome in (TrajectoryOutcome.INTENDED_JOB,) for t in trajectories)
    part_time = sum(
        t.outcome in (TrajectoryOutcome.OTHER_EMPLOYER, TrajectoryOutcome.AGENCY)
        for t in trajectories
    )
    arms = [
        Arm(
            id=new_id(rng),
            lab_id=lab.id,
            name="Pilot groeibanen",
            kind="pilot",
            size=pilot,
            description="De kandidaten van de pilot, twaalf maanden na hun start.",
            moments=(
                ArmMoment(
                    moment="12 maanden",
                    counts={
                        "work": into_work,
                        "part_time": part_time,
                        "other": 2,
                        "benefit": pilot - into_work - part_time - 2,
                    },
                ),
            ),
        ),
        Arm(
            id=new_id(rng),
            lab_id=lab.id,
            name="Vergelijkingsgroep regio",
            kind="control",
            size=240,
            description="Werkzoekenden in de regio met een vergelijkbare afstand tot werk, "
            "alleen als totalen bekend uit de uitkeringsadministratie.",
            moments=(
                ArmMoment(
                    moment="12 maanden",
                    counts={"work": 46, "part_time": 31, "other": 19, "benefit": 144},
                ),
            ),
        ),
    ]
    return {
        Stakeholder.KIND: stakeholders + extra,
        Participant.KIND: people + added,
        Factor.KIND: list(records.get(Factor.KIND, [])) + factors,
        Trajectory.KIND: trajectories,
        Arm.KIND: arms,
    }


def large_records(
    lab: Lab, records: dict[str, list[LabRecord]], rng: random.Random, n: int = 1000
) -> dict[str, list[LabRecord]]:
    """n trajectories over the four routes and the lab's employers, in two pilot arms, and a
    control group of 900 known only in aggregate, measured at 6 and 12 months."""
    stakeholders = records.get(Stakeholder.KIND, [])
    employers = [s for s in stakeholders if s.group == StakeholderGroup.EMPLOYER]
    coaches = [s for s in stakeholders if s.group == StakeholderGroup.JOB_COACH]
    candidates = [
        p for p in records.get(Participant.KIND, []) if p.group == StakeholderGroup.JOB_SEEKER
    ][:n]
    arm_ids = (new_id(rng), new_id(rng), new_id(rng))
    routes = ("small_scale", "large_scale", "development", "stacked")
    weights = (35, 15, 10, 5, 20, 15)
    start0 = lab.phases[0].start
    span = (lab.phases[-1].end - start0).days - 400
    # One factor in five was coded at a step of the trajectories.
    factors = [
        dataclasses.replace(f, step=i // 5 % 6 + 1) if i % 5 == 0 else f
        for i, f in enumerate(records.get(Factor.KIND, []))
    ]
    step_factors = [f for f in factors if f.step]
    trajectories = []
    for i, person in enumerate(candidates):
        outcome = rng.choices(list(TrajectoryOutcome), weights=weights)[0]
        start = start0 + dt.timedelta(days=rng.randrange(span))
        end = (
            None
            if outcome == TrajectoryOutcome.LEARNING
            else start + dt.timedelta(days=rng.randint(30, 365))
        )
        trajectories.append(
            Trajectory(
                id=new_id(rng),
                lab_id=lab.id,
                candidate=person.pseudonym,
                participant_id=person.id,
                route=routes[i % 4] if i % 3 else routes[0],
                employer_id=rng.choice(employers).id if employers else "",
                location=rng.choice(list(LearningLocation)),
                job=f"Functie {i % 25 + 1}",
                coach_id=rng.choice(coaches).id if coaches else "",
                start=start,
                end=end,
                steps=_steps(rng, start, outcome, end),
                outcome=outcome,
                arm_id=arm_ids[i % 2],
                factor_ids=tuple(f.id for f in rng.sample(step_factors, min(2, len(step_factors)))),
            )
        )
    arms = []
    for arm_id, name, kind, size, rates in (
        (arm_ids[0], "Pilotarm A: groeibanen", "pilot", n - n // 2, (0.34, 0.12, 0.06)),
        (arm_ids[1], "Pilotarm B: intensieve coaching", "pilot", n // 2, (0.29, 0.14, 0.05)),
        (arm_ids[2], "Controlegroep", "control", 900, (0.18, 0.09, 0.07)),
    ):
        moments = []
        for moment, scale in (("6 maanden", 0.6), ("12 maanden", 1.0)):
            counts: dict[str, Any] = {
                reason: round(size * rate * scale)
                for reason, rate in zip(("work", "part_time", "other"), rates, strict=True)
            }
            counts["benefit"] = size - sum(counts.values())
            moments.append(ArmMoment(moment=moment, counts=counts))
        arms.append(
            Arm(id=arm_id, lab_id=lab.id, name=name, kind=kind, size=size, moments=tuple(moments))
        )
    return {
        Factor.KIND: factors,
        Trajectory.KIND: trajectories,
        Arm.KIND: arms,
    }
