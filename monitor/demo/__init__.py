"""The demo lab a new user opens, and a large synthetic lab for benchmarks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
from importlib import resources
from typing import Any

import yaml

from monitor import history, i18n, labs, meetings, model, protocols
from monitor.demo import surveys as demo_surveys
from monitor.demo import workshops as demo_workshops
from monitor.errors import InvalidInput
from monitor.model import (
    Action,
    ActionStatus,
    Activity,
    ActivityKind,
    Consent,
    Factor,
    FactorKind,
    HistoryEntry,
    Lab,
    LabRecord,
    LearningQuestion,
    Meeting,
    Narrative,
    Phase,
    QuestionStatus,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    VoteRound,
    new_id,
)
from monitor.progress import Progress, silent
from monitor.reports import narrative
from monitor.store import Store
from monitor.trajectories import demo as trajectory_demo

LARGE_NAME = "Synthetisch lab (groot)"


def load_demo(store: Store, progress: Progress = silent) -> Lab:
    """Build the demo lab from demo_lab.yaml; refuses when it is already in the store."""
    steps = 4
    progress("progress.demo.read", 0, steps)
    spec = yaml.safe_load(
        resources.files("monitor.demo").joinpath("demo_lab.yaml").read_text("utf-8")
    )
    lab, records = _demo_records(spec)
    progress("progress.demo.surveys", 1, steps)
    records |= demo_surveys.demo_surveys(
        store, lab.id, records[Stakeholder.KIND], protocols.load_all()[0]
    )
    records |= trajectory_demo.demo_records(lab, records)
    progress("progress.demo.store", 2, steps)
    lab = _restore(store, lab, records)
    progress("progress.demo.workshops", 3, steps)
    demo_workshops.add(store, lab)
    progress("progress.done", steps, steps)
    return lab


def _restore(store: Store, lab: Lab, records: dict[str, list[LabRecord]]) -> Lab:
    for other in store.labs():
        if other.name.casefold() == lab.name.casefold():
            raise InvalidInput("error.demo_exists", name=other.name, id=other.id)
    now = model.utc_now()
    stamp = {"created": now, "updated": now, "revision": 1}
    lab = _stamped(lab, stamp)
    days = {s.id: s.date for s in records.get(Source.KIND, [])}
    records = {
        kind: [_stamped(r, {**stamp, **_entered(r, days)}) for r in rs]
        for kind, rs in records.items()
    }
    lab = store.restore_lab(lab, records)
    history.backfill(store, lab, dt.date.today())  # snapshots as if taken at each meeting
    return lab


def _entered(record: Any, source_days: dict[str, dt.date]) -> dict[str, str]:
    """Dated demo records look entered on their own day, so "since the last meeting" shows
    what a real lab would show."""
    day = record.due if isinstance(record, Action) else getattr(record, "date", None)
    day = day or source_days.get(getattr(record, "source_id", ""))
    if not isinstance(day, dt.date) or day > dt.date.today():
        return {}
    at = f"{day.isoformat()}T12:00:00.000+00:00"
    return {"created": at, "updated": at}


def _stamped(record: Any, stamp: dict[str, Any]) -> Any:
    return dataclasses.replace(record, **stamp)


def _demo_records(spec: dict[str, Any]) -> tuple[Lab, dict[str, list[LabRecord]]]:
    lab_spec = spec["lab"]
    phases = tuple(
        Phase(name=p["name"], start=_day(p["start"]), end=_day(p["end"]))
        for p in lab_spec["phases"]
    )
    lab = Lab(
        name=lab_spec["name"],
        goal=lab_spec["goal"].strip(),
        description=lab_spec["description"].strip(),
        language=lab_spec["language"],
        phases=phases,
    )
    # As if typed into the stakeholder table: checked, and coded per group (EMP-01 ...).
    stakeholders = labs.new_stakeholders(lab.id, spec["stakeholders"])
    ids = {s["key"]: r.id for s, r in zip(spec["stakeholders"], stakeholders, strict=True)}
    activities = []
    for a in spec["activities"]:
        day = _day(a["date"])
        record = Activity(
            lab_id=lab.id,
            kind=ActivityKind(a["kind"]),
            title=a["title"],
            date=day,
            phase_id=lab.phase_of(day).id,
            goals=a.get("goals", "").strip(),
            participant_ids=tuple(ids[k] for k in a.get("participants", [])),
            counts={StakeholderGroup(g): int(n) for g, n in a.get("counts", {}).items()},
        )
        ids[a["key"]] = record.id
        activities.append(record)
    sources = []
    for s in spec["sources"]:
        day = _day(s["date"])
        record = Source(
            lab_id=lab.id,
            kind=SourceKind(s["kind"]),
            title=s["title"],
            date=day,
            phase_id=lab.phase_of(day).id,
            activity_id=ids.get(s.get("activity"), ""),
            stakeholder_ids=tuple(ids[k] for k in s.get("stakeholders", [])),
            text=s["text"].strip(),
        )
        ids[s["key"]] = record.id
        sources.append(record)
    factors = [
        Factor(
            lab_id=lab.id,
            kind=FactorKind(f["kind"]),
            text=f["text"],
            phase_id=phases[int(f["phase"]) - 1].id,
            themes=tuple(f["themes"]),
            groups=tuple(StakeholderGroup(g) for g in f.get("groups", [])),
            step=f.get("step"),
            source_id=ids[f["source"]],
            quote=f.get("quote", ""),
        )
        for f in spec.get("factors", [])
    ]
    questions, actions = _agenda_records(spec, lab, ids, factors)
    names = {s.id: s.name for s in stakeholders}
    meetings_, actions, rounds = _meetings(lab, activities, sources, questions, actions, names)
    return lab, {
        Stakeholder.KIND: stakeholders,
        Activity.KIND: activities,
        Source.KIND: sources,
        Factor.KIND: factors,
        LearningQuestion.KIND: questions,
        Action.KIND: actions,
        Meeting.KIND: meetings_,
        VoteRound.KIND: rounds,
        Narrative.KIND: _report_texts(spec, lab),
    }


def _report_texts(spec: dict[str, Any], lab: Lab) -> list[Narrative]:
    found = []
    for item in spec.get("report_texts", []):
        phase_id = lab.phases[item["phase"] - 1].id if "phase" in item else ""
        key = (item["report"], phase_id, item["section"], item.get("theme", ""))
        found.append(
            Narrative(
                id=narrative.narrative_id(*key),
                lab_id=lab.id,
                report=item["report"],
                phase_id=phase_id,
                section=item["section"],
                theme=item.get("theme", ""),
                text=item["text"].strip(),
            )
        )
    return found


def _agenda_records(
    spec: dict[str, Any], lab: Lab, ids: dict[str, str], factors: list[Factor]
) -> tuple[list[LearningQuestion], list[Action]]:
    """The researcher's learning agenda and the steering group's actions."""
    questions = []
    for q in spec.get("learning_questions", []):
        raised = lab.phases[int(q["phase"]) - 1]
        history = [
            HistoryEntry(
                at=f"{raised.start.isoformat()}T12:00:00.000+00:00",
                event="accepted",
                phase_id=raised.id,
            )
        ]
        for number in q.get("carried", []):
            target = lab.phases[int(number) - 1]
            history.append(
                HistoryEntry(
                    at=f"{target.start.isoformat()}T09:00:00.000+00:00",
                    event="carried_over",
                    phase_id=target.id,
                )
            )
        if q["status"] == "answered":
            history.append(
                HistoryEntry(
                    at=f"{raised.end.isoformat()}T12:00:00.000+00:00",
                    event="answered",
                    note=q["answer"],
                )
            )
        record = LearningQuestion(
            lab_id=lab.id,
            theme=q["theme"],
            text={"nl": q["nl"], "en": q["en"]},
            kind=q["kind"],
            phase_id=raised.id,
            status=QuestionStatus(q["status"]),
            history=tuple(history),
            factor_ids=tuple(factors[i].id for i in q["factors"]),
            meeting_ids=tuple(ids[m] for m in q.get("meetings", [])),
            answer=q.get("answer", ""),
        )
        ids[q["key"]] = record.id
        questions.append(record)
    actions = [
        Action(
            lab_id=lab.id,
            text=a["text"],
            owner_id=ids.get(a["owner"], ""),
            due=_day(a["due"]),
            status=ActionStatus(a["status"]),
            question_id=ids.get(a["question"], ""),
        )
        for a in spec.get("actions", [])
    ]
    return questions, actions


def _meetings(
    lab: Lab,
    activities: list[Activity],
    sources: list[Source],
    questions: list[LearningQuestion],
    actions: list[Action],
    names: dict[str, str],
) -> tuple[list[Meeting], list[Action], list[VoteRound]]:
    """The two steering meetings as if held in meeting mode: what they discussed, the actions
    they decided (the first meeting that discussed an action's question), and a vote."""
    steering = sorted(
        (a for a in activities if a.kind is ActivityKind.STEERING_MEETING), key=lambda a: a.date
    )
    lang = lab.language
    decided: dict[str, str] = {}
    meetings_, rounds = [], []
    for number, activity in enumerate(steering):
        at = f"{activity.date.isoformat()}T15:00:00.000+00:00"
        meeting = Meeting(
            lab_id=lab.id,
            activity_id=activity.id,
            date=activity.date,
            attendee_ids=activity.participant_ids,
        )
        log = []
        for q in questions:
            if activity.id not in q.meeting_ids:
                continue
            log.append(HistoryEntry(at=at, event="discussed", note=q.text[lang], phase_id=q.id))
            for a in actions:
                if a.question_id == q.id and a.id not in decided:
                    decided[a.id] = activity.id
                    log.append(
                        HistoryEntry(
                            at=at,
                            event="action",
                            note=i18n.t(
                                "meeting.log_action",
                                lang,
                                action=a.text,
                                owner=names.get(a.owner_id, "—"),
                                due=a.due.isoformat() if a.due else "—",
                            ),
                            phase_id=q.id,
                        )
                    )
        if number == len(steering) - 1:
            live = [q for q in questions if activity.id in q.meeting_ids or q.on_agenda][:5]
            pattern = ((0, 1), (0, 2), (1,), (0, 3), (2, 0), (0, 1), (3, 1))
            ballots = {
                f"demo-{i}": tuple(live[j].id for j in picks if j < len(live))
                for i, picks in enumerate(pattern)
            }
            vote = VoteRound(
                lab_id=lab.id,
                meeting_id=meeting.id,
                question_ids=tuple(q.id for q in live),
                votes_each=2,
                token_hash=hashlib.sha256(new_id().encode()).hexdigest(),
                ballots=ballots,
                closed=f"{activity.date.isoformat()}T16:30:00.000+00:00",
            )
            rounds.append(vote)
            texts = {q.id: q.text[lang] for q in live}
            log.append(
                HistoryEntry(
                    at=vote.closed,
                    event="vote",
                    note=i18n.t(
                        "meeting.log_vote",
                        lang,
                        n=len(ballots),
                        result="; ".join(f"{texts[q]} ({n})" for q, n in meetings.ranking(vote)),
                    ),
                    phase_id=vote.id,
                )
            )
        minutes = next(
            (
                s.id
                for s in sources
                if s.activity_id == activity.id and s.kind is SourceKind.MINUTES
            ),
            "",
        )
        meetings_.append(
            dataclasses.replace(
                meeting,
                log=tuple(log),
                minutes_source_id=minutes,
                closed=f"{activity.date.isoformat()}T17:00:00.000+00:00",
            )
        )
    actions = [dataclasses.replace(a, meeting_id=decided.get(a.id, "")) for a in actions]
    return meetings_, actions, rounds


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


# -- the large synthetic lab -----------------------------------------------------------------

_ORGS = (
    "Bakkerij",
    "Installatiebedrijf",
    "Zorggroep",
    "Logistiek",
    "Hotel",
    "Techniek",
    "Schoonmaak",
    "Groenbedrijf",
    "Metaal",
    "Kinderopvang",
)
_OPENINGS = (
    "In dit overleg",
    "Tijdens de sessie",
    "Volgens de werkcoach",
    "De werkgever gaf aan dat",
    "Uit het gesprek bleek dat",
    "De stuurgroep constateert dat",
)
_CLAIMS = (
    "de rollen tussen gemeente en werkbedrijf nog niet helder zijn",
    "de werkcoaches te weinig uren hebben naast hun caseload",
    "werkgevers enthousiast zijn over het leren op de werkplek",
    "afspraken uit de werksessie niet worden opgevolgd",
    "kandidaten meer begeleiding vragen in de eerste weken",
    "de energie in de groep hoog is na het werkbezoek",
    "het begrip groeibaan voor iedereen iets anders betekent",
    "de financiering na de projectperiode onzeker is",
    "een eerste kandidaat een vast contract heeft gekregen",
    "de communicatie naar buiten beter kan",
)


# (claim, theme) pairs the synthetic factors are made of; themes are the fixed codebook ids.
_FACTOR_CLAIMS = (
    ("de rollen tussen gemeente en werkbedrijf zijn niet helder", "governance", "barrier"),
    ("werkcoaches hebben te weinig uren naast hun caseload", "capacity", "barrier"),
    ("werkgevers zijn enthousiast over leren op de werkplek", "employer_engagement", "enabler"),
    ("afspraken uit de werksessie worden niet opgevolgd", "action_followup", "barrier"),
    ("kandidaten vragen meer begeleiding in de eerste weken", "target_group_engagement", "barrier"),
    ("de energie in de groep is hoog na het werkbezoek", "momentum", "enabler"),
    ("het begrip groeibaan betekent voor iedereen iets anders", "shared_vision", "barrier"),
    ("de financiering na de projectperiode is onzeker", "anchoring", "barrier"),
    ("een eerste kandidaat kreeg een vast contract", "momentum", "enabler"),
    ("de communicatie naar buiten kan beter", "communication", "barrier"),
    ("de werksessie bracht partijen echt bij elkaar", "interaction", "enabler"),
    ("het stappenplan maakt de route concreet", "concretisation", "enabler"),
    ("coaches voelen zich eigenaar van de aanpak", "frontline_engagement", "enabler"),
    ("het regionale programma versterkt de route", "regional_synergy", "enabler"),
    ("resultaten per kandidaat worden niet bijgehouden", "reflexive_monitoring", "barrier"),
)


def build_large(store: Store, seed: int = 20261122) -> Lab:
    """A deterministic lab of benchmark size: 3 phases, 60 stakeholders, 40 activities,
    400 sources, 3,000 factors, 150 learning questions, 400 actions. Same seed, same content
    (ids included)."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    phases = tuple(
        Phase(
            id=new_id(rng),
            name=name,
            start=start + dt.timedelta(days=240 * i),
            end=start + dt.timedelta(days=240 * i + 239),
        )
        for i, name in enumerate(("Verkenning", "Ontwerp", "Uitvoering"))
    )
    lab = Lab(
        id=new_id(rng),
        name=LARGE_NAME,
        goal="Benchmark-lab met synthetische gegevens.",
        language="nl",
        phases=phases,
    )
    groups = list(StakeholderGroup)
    rows = [
        {
            "name": f"Deelnemer {i + 1:02d}",
            "group": groups[i % len(groups)],
            "organisation": f"{rng.choice(_ORGS)} {i % 12 + 1}",
            "consent": Consent.GIVEN,
        }
        for i in range(60)
    ]
    coded = f"{phases[0].start.isoformat()}T12:00:00.000+00:00"  # a fixed moment: same content
    stakeholders = labs.new_stakeholders(lab.id, rows, at=coded, rng=rng)
    span = (phases[-1].end - phases[0].start).days
    activities = []
    for i in range(40):
        day = phases[0].start + dt.timedelta(days=rng.randrange(span))
        activities.append(
            Activity(
                id=new_id(rng),
                lab_id=lab.id,
                kind=rng.choice(list(ActivityKind)),
                title=f"Bijeenkomst {i + 1}",
                date=day,
                phase_id=lab.phase_of(day).id,
                goals=rng.choice(_CLAIMS),
                participant_ids=tuple(s.id for s in rng.sample(stakeholders, 6)),
                counts={g: rng.randint(1, 5) for g in rng.sample(groups, 4)},
            )
        )
    sources = []
    for i in range(400):
        activity = rng.choice(activities)
        body = " ".join(f"{rng.choice(_OPENINGS)} {rng.choice(_CLAIMS)}." for _ in range(12))
        sources.append(
            Source(
                id=new_id(rng),
                lab_id=lab.id,
                kind=rng.choice(list(SourceKind)[:4]),
                title=f"Bron {i + 1}",
                date=activity.date,
                phase_id=activity.phase_id,
                activity_id=activity.id,
                stakeholder_ids=tuple(s.id for s in rng.sample(stakeholders, 2)),
                text=body,
            )
        )
    factors = []
    for i in range(3000):
        source = sources[i % len(sources)]
        claim, theme, kind = _FACTOR_CLAIMS[rng.randrange(len(_FACTOR_CLAIMS))]
        sentence = rng.choice(source.text.split(". ")).rstrip(".")
        factors.append(
            Factor(
                id=new_id(rng),
                lab_id=lab.id,
                kind=FactorKind(kind),
                text=f"{rng.choice(_OPENINGS)} {claim} ({i + 1}).",
                phase_id=source.phase_id,
                themes=(theme,),
                groups=(rng.choice(groups),),
                source_id=source.id,
                quote=sentence,
            )
        )
    questions = []
    for i in range(150):
        factor = factors[rng.randrange(len(factors))]
        phase = lab.phase(factor.phase_id)
        questions.append(
            LearningQuestion(
                id=new_id(rng),
                lab_id=lab.id,
                theme=factor.themes[0],
                text={
                    "nl": f"Hoe kunnen we dit aanpakken: {factor.text}?",
                    "en": f"How can we tackle this: question {i + 1}?",
                },
                phase_id=phase.id,
                status=rng.choice(list(QuestionStatus)[2:]),
                history=(
                    HistoryEntry(
                        at=f"{phase.start.isoformat()}T12:00:00.000+00:00", event="accepted"
                    ),
                ),
                factor_ids=tuple(f.id for f in rng.sample(factors, 5)),
            )
        )
    actions = []
    for i in range(400):
        question = rng.choice(questions)
        actions.append(
            Action(
                id=new_id(rng),
                lab_id=lab.id,
                text=f"Actie {i + 1} bij {question.theme}",
                owner_id=rng.choice([*(s.id for s in stakeholders[:20]), ""]),
                due=phases[0].start + dt.timedelta(days=rng.randrange(span + 120)),
                status=rng.choice(list(ActionStatus)),
                question_id=question.id,
            )
        )
    records: dict[str, list[LabRecord]] = {
        Stakeholder.KIND: stakeholders,
        Activity.KIND: activities,
        Source.KIND: sources,
        Factor.KIND: factors,
        LearningQuestion.KIND: questions,
        Action.KIND: actions,
    }
    records |= demo_surveys.large_surveys(store, lab.id, protocols.load_all()[0], rng)
    records |= trajectory_demo.large_records(lab, records, rng)
    return _restore(store, lab, records)
