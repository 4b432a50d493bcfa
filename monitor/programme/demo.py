"""The demo programme: the demo lab and five smaller generated labs in other regions, what
they share, a national agenda drafted from it, and a national meeting with 120 ballots and five
table sessions. `build_large` makes a programme of 35 labs of the demo lab's size (benchmarks).
Same seed, same content. Every text here is written for the demo; the people are synthetic."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from monitor import factors, wording
from monitor.access import LOCAL_USER
from monitor.labs import PSEUDONYM_PREFIX as PREFIX
from monitor.model import (
    Consent,
    Factor,
    FactorKind,
    Lab,
    LabRecord,
    LearningQuestion,
    Phase,
    Programme,
    ProgrammeShare,
    QuestionStatus,
    ShareKind,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    TableEntry,
    new_id,
    utc_now,
)
from monitor.programme import agenda, crosslab, meeting, setup
from monitor.progress import Progress, silent
from monitor.store_api import StoreAPI

NAME = "Landelijk programma Werk in de regio"
LARGE_NAME = "Landelijk programma (35 regio's)"
DEMO_REGION = "Brakkenveen en omstreken"
# Labour-market regions of the Netherlands (public place names), for the generated labs.
REGIONS = (
    "Twente",
    "Zuid-Limburg",
    "Groot Amsterdam",
    "Rijnmond",
    "Friesland",
    "Groningen",
    "Drenthe",
    "Regio Zwolle",
    "Stedendriehoek",
    "Achterhoek",
    "Midden-Gelderland",
    "Rijk van Nijmegen",
    "FoodValley",
    "Rivierenland",
    "Midden-Utrecht",
    "Amersfoort",
    "Gooi en Vechtstreek",
    "Zaanstreek/Waterland",
    "Noord-Holland Noord",
    "Zuid-Kennemerland en IJmond",
    "Holland Rijnland",
    "Haaglanden",
    "Midden-Holland",
    "Drechtsteden",
    "Gorinchem",
    "West-Brabant",
    "Midden-Brabant",
    "Noordoost-Brabant",
    "Helmond-De Peel",
    "Zuidoost-Brabant",
    "Noord-Limburg",
    "Midden-Limburg",
    "Zeeland",
    "Flevoland",
    "Noordoost-Friesland",
)
THEMES = (
    "employer_engagement",
    "frontline_engagement",
    "target_group_engagement",
    "capacity",
    "governance",
    "momentum",
    "concretisation",
    "regional_synergy",
    "anchoring",
    "communication",
    "shared_vision",
)
# A short factor line per theme and kind, for the generated labs' own records (the programme
# never sees these; it counts them).
_FACTOR_LINES = {
    FactorKind.BARRIER: "Dit loopt vast rond {theme}.",
    FactorKind.ENABLER: "Dit helpt rond {theme}.",
}
# What the generated labs share: lessons, design principles and best practices, per theme.
LESSONS: dict[str, tuple[tuple[ShareKind, str, str], ...]] = {
    "employer_engagement": (
        (
            ShareKind.LESSON,
            "Werkgevers haken aan als het gesprek over hun eigen groei gaat, niet "
            "over de doelgroep.",
            "Employers join when the conversation is about their own growth, "
            "not about the target group.",
        ),
        (
            ShareKind.PRACTICE,
            "Een vast aanspreekpunt per werkgever, dat ook na de plaatsing langskomt.",
            "One fixed contact per employer, who also visits after the placement.",
        ),
    ),
    "frontline_engagement": (
        (
            ShareKind.PRINCIPLE,
            "Geef werkcoaches tijd en mandaat om met werkgevers mee te denken.",
            "Give job coaches time and a mandate to think along with employers.",
        ),
    ),
    "target_group_engagement": (
        (
            ShareKind.LESSON,
            "Kandidaten blijven gemotiveerd als ze de toekomstige werkplek vroeg zien.",
            "Candidates stay motivated when they see the future workplace early.",
        ),
        (
            ShareKind.PRACTICE,
            "Een meeloopdag voordat het leertraject vastligt.",
            "A day of shadowing before the learning route is fixed.",
        ),
    ),
    "capacity": (
        (
            ShareKind.LESSON,
            "Reken begeleiding op de werkvloer mee in de begroting, anders "
            "verdwijnt ze als eerste.",
            "Budget for on-the-job guidance, or it is the first thing to go.",
        ),
    ),
    "governance": (
        (
            ShareKind.PRINCIPLE,
            "Zet een werkgever in de stuurgroep, met mandaat.",
            "Put an employer on the steering group, with a mandate.",
        ),
    ),
    "momentum": (
        (
            ShareKind.LESSON,
            "Laat tussentijdse successen zien; dat houdt partners aan boord.",
            "Show interim successes; it keeps partners on board.",
        ),
    ),
    "concretisation": (
        (
            ShareKind.PRACTICE,
            "Een stappenplan per kandidaat met een go/no-go-moment halverwege.",
            "A step plan per candidate with a go/no-go moment halfway.",
        ),
    ),
    "regional_synergy": (
        (
            ShareKind.PRINCIPLE,
            "Sluit aan bij bestaande regionale werkgeversnetwerken in plaats "
            "van een nieuw netwerk te bouwen.",
            "Join existing regional employer networks instead of building a new one.",
        ),
    ),
    "anchoring": (
        (
            ShareKind.LESSON,
            "Begin in de eerste fase al over wie de aanpak na het project draagt.",
            "Start talking in the first phase about who carries the approach after the project.",
        ),
    ),
}
# What phones and table hosts wrote at the demo's national meeting, per programme theme.
TABLE_ENTRIES: dict[str, tuple[tuple[str, str], ...]] = {
    "employers": (
        ("bottleneck", "Kleine werkgevers hebben geen tijd voor lange intakes."),
        ("bottleneck", "Elke regio benadert dezelfde grote werkgevers."),
        ("solution", "Eén regionaal werkgeversloket voor alle gemeenten samen."),
        ("solution", "Start bij de vacatures die werkgevers over twee jaar verwachten."),
        ("practice", "Werkgeversontbijt per sector, vier keer per jaar."),
    ),
    "guidance": (
        ("bottleneck", "Werkcoaches hebben te veel kandidaten om werkgevers te bezoeken."),
        ("bottleneck", "Na plaatsing stopt de begeleiding te vroeg."),
        ("solution", "Jobcoaching zes maanden na plaatsing als vaste afspraak."),
        ("practice", "Koppels van werkcoach en werkgeversadviseur per sector."),
    ),
    "reach": (
        ("bottleneck", "Mensen zonder vaste woonplaats vallen buiten elke regeling."),
        ("solution", "Werven via buurtteams en taalcafés in plaats van brieven."),
        ("practice", "Ervaringsdeskundigen die zelf de eerste afspraak maken."),
        ("practice", "Een kennismaking op de werkvloer zonder verplichtingen."),
    ),
    "learning_routes": (
        ("bottleneck", "Opleidingen beginnen maar twee keer per jaar."),
        ("bottleneck", "Praktijkverklaringen worden niet overal erkend."),
        ("solution", "Modulair leren op de werkplek met certificaat per module."),
        ("practice", "Een leerwerkbedrijf dat per kwartaal nieuwe groepen start."),
    ),
    "anchoring": (
        ("bottleneck", "Na de subsidie is niemand eigenaar van de aanpak."),
        ("solution", "Maak de aanpak onderdeel van het regionale werkbedrijf."),
        ("practice", "Een convenant met werkgevers voor drie jaar, met jaarlijkse evaluatie."),
    ),
}


def _stamp(record, at: str):
    return type(record).from_dict({**record.to_dict(), "created": at, "updated": at, "revision": 1})


def region_lab(
    store: StoreAPI, rng: random.Random, region: str, *, size: float = 0.5, start: dt.date
) -> Lab:
    """A generated lab in one region: phases, pseudonymous stakeholders, sources and factors
    (more barriers on the themes the region struggles with), questions on its main barriers,
    shared with the programme."""
    phases = tuple(
        Phase(
            id=new_id(rng),
            name=name,
            start=start + dt.timedelta(days=150 * i),
            end=start + dt.timedelta(days=150 * i + 149),
        )
        for i, name in enumerate(("Verkenning", "Ontwerp", "Uitvoering"))
    )
    lab = Lab(
        id=new_id(rng),
        name=f"Regiolab {region}",
        goal=f"Meer mensen in {region} duurzaam aan het werk, samen met werkgevers in de regio.",
        language="nl",
        phases=phases,
    )
    groups = [g for g in StakeholderGroup if g is not StakeholderGroup.OTHER]
    people = [
        Stakeholder(
            id=new_id(rng),
            lab_id=lab.id,
            name=f"Deelnemer {region} {i + 1}",
            group=groups[i % len(groups)],
            consent=Consent.GIVEN,
            pseudonym=f"{PREFIX[groups[i % len(groups)]]}-{i // len(groups) + 1:02d}",
        )
        for i in range(max(4, round(20 * size)))
    ]
    hard = rng.sample(THEMES, 3)  # the region's sore points
    sources, found = [], []
    for i in range(max(4, round(23 * size))):
        phase = phases[min(2, i * 3 // max(4, round(23 * size)))]
        day = phase.start + dt.timedelta(days=rng.randrange(140))
        sources.append(
            Source(
                id=new_id(rng),
                lab_id=lab.id,
                kind=rng.choice((SourceKind.INTERVIEW, SourceKind.MINUTES, SourceKind.OBSERVATION)),
                title=f"Bron {i + 1}",
                date=day,
                phase_id=phase.id,
                text="Verslag van een gesprek in de regio.",
            )
        )
    for i in range(max(8, round(50 * size))):
        source = sources[i % len(sources)]
        theme = rng.choice(hard) if rng.random() < 0.55 else rng.choice(THEMES)
        kind = (
            FactorKind.BARRIER if (theme in hard) == (rng.random() < 0.75) else FactorKind.ENABLER
        )
        found.append(
            Factor(
                id=new_id(rng),
                lab_id=lab.id,
                kind=kind,
                text=_FACTOR_LINES[kind].format(theme=theme.replace("_", " ")),
                phase_id=source.phase_id,
                themes=(theme,),
                source_id=source.id,
            )
        )
    book = factors.default_codebook()
    questions = []
    for theme in hard:
        evidence = [f for f in found if theme in f.themes and f.kind is FactorKind.BARRIER]
        questions.append(
            LearningQuestion(
                id=new_id(rng),
                lab_id=lab.id,
                theme=theme,
                text=wording.question(
                    book.theme(theme), theme, "improve", [f.text for f in evidence]
                ),
                phase_id=phases[1].id,
                status=QuestionStatus.OPEN,
                factor_ids=tuple(f.id for f in evidence[:5]),
            )
        )
    at = f"{phases[1].end.isoformat()}T12:00:00.000+00:00"
    shares = [
        ProgrammeShare(
            id=new_id(rng),
            lab_id=lab.id,
            kind=ShareKind.QUESTION,
            theme=q.theme,
            text=dict(q.text),
            question_id=q.id,
            shared=at,
        )
        for q in questions[:2]
    ]
    for theme in hard:
        for kind, nl, en in LESSONS.get(theme, ())[:1]:
            shares.append(
                ProgrammeShare(
                    id=new_id(rng),
                    lab_id=lab.id,
                    kind=kind,
                    theme=theme,
                    text={"nl": nl, "en": en},
                    shared=at,
                )
            )
    records: dict[str, list[LabRecord]] = {
        Stakeholder.KIND: people,
        Source.KIND: sources,
        Factor.KIND: found,
        LearningQuestion.KIND: questions,
        ProgrammeShare.KIND: shares,
    }
    now = utc_now()
    return store.restore_lab(
        _stamp(lab, now), {k: [_stamp(r, now) for r in rs] for k, rs in records.items()}
    )


def _share_demo_lab(store: StoreAPI, lab: Lab) -> None:
    """The demo lab shares two of its questions, a lesson and a design principle."""
    from monitor.programme import sharing

    on_agenda = [q for q in store.records(lab.id, LearningQuestion) if q.on_agenda]
    for question in on_agenda[:2]:
        sharing.share_question(store, LOCAL_USER, lab, question.id)
    for theme, (kind, nl, en) in (
        ("employer_engagement", LESSONS["employer_engagement"][0]),
        ("governance", LESSONS["governance"][0]),
    ):
        sharing.share_text(store, LOCAL_USER, lab, kind=kind.value, theme=theme, nl=nl, en=en)


def _programme_with(store: StoreAPI, name: str, members: list[tuple[Lab, str]]) -> Programme:
    programme = setup.create(
        store,
        name=name,
        description="Regio's leren van elkaar hoe mensen met afstand tot de arbeidsmarkt "
        "aan het werk komen en blijven, met werkgevers als partner.",
        lead="programmaleider",
    )
    for lab, region in members:
        programme = setup.add_lab(store, programme, lab.id, region)
    return programme


def _agenda(store: StoreAPI, programme: Programme) -> list:
    view = crosslab.view(store, programme)
    accepted = [
        agenda.accept(store, LOCAL_USER, programme, d)
        for d in agenda.drafts(store, programme, view)[:5]
    ]
    if accepted:
        agenda.add_action(
            store,
            LOCAL_USER,
            accepted[0],
            text_="Bundel de werkgeversaanpakken van de regio's in één handreiking.",
            owner=programme.lab_ids[0],
            due=dt.date.today() + dt.timedelta(days=60),
        )
    return accepted


def _meeting(store: StoreAPI, programme: Programme, rng: random.Random, ballots: int) -> None:
    """A national meeting: `ballots` phones prioritise, five tables write, the meeting closes."""
    questions = [q for q in agenda.questions(store, programme) if q.on_agenda]
    items = [f"theme:{t.id}" for t in programme.themes] + [f"question:{q.id}" for q in questions]
    tables = [t for t in TABLE_ENTRIES if programme.theme(t)][:5]
    held = meeting.open_meeting(
        store,
        LOCAL_USER,
        programme,
        title="Landelijke leerdag",
        date=dt.date.today() - dt.timedelta(days=14),
        items=items,
        votes_each=3,
        tables=tables,
    )
    vote = meeting.vote_of(store, held)
    weights = [1 + (i * 7) % 5 for i in range(len(items))]
    chosen = {}
    for n in range(ballots):
        picked: list[str] = []
        while len(picked) < 3:
            item = rng.choices(items, weights)[0]
            if item not in picked:
                picked.append(item)
        chosen[f"demo-{n:03d}"] = tuple(picked)
    store.save(dataclasses.replace(vote, ballots=chosen), expected_revision=vote.revision)
    for session in meeting.tables_of(store, held):
        entries = tuple(
            TableEntry(
                id=new_id(rng),
                voter=f"demo-{rng.randrange(ballots):03d}",
                mark=m,
                text=line,
                at=utc_now(),
            )
            for m, line in TABLE_ENTRIES[session.theme]
        )
        store.save(
            dataclasses.replace(session, entries=entries), expected_revision=session.revision
        )
    meeting.close(store, LOCAL_USER, held)


def load_demo_programme(
    store: StoreAPI, progress: Progress = silent, seed: int = 20261201
) -> Programme:
    """The demo lab (loaded when missing) and five regional labs in a programme."""
    from monitor import demo

    steps = 5
    rng = random.Random(seed)
    for existing in setup.programmes(store):
        if existing.name.casefold() == NAME.casefold():
            from monitor.errors import InvalidInput

            raise InvalidInput("error.demo_exists", name=existing.name, id=existing.id)
    progress("progress.demo.read", 0, steps)
    spec_name = "Groeibanen Brakkenveen"
    lab = next((lab for lab in store.labs() if lab.name == spec_name), None) or demo.load_demo(
        store
    )
    progress("progress.demo.store", 1, steps)
    start = dt.date(2025, 3, 3)
    members = [(lab, DEMO_REGION)] + [
        (region_lab(store, rng, region, size=0.5, start=start), region) for region in REGIONS[:5]
    ]
    progress("progress.demo.surveys", 2, steps)
    programme = _programme_with(store, NAME, members)
    _share_demo_lab(store, lab)
    progress("progress.demo.workshops", 3, steps)
    _agenda(store, programme)
    _meeting(store, programme, rng, 120)
    progress("progress.done", steps, steps)
    return setup.get(store, programme.id)


def build_large(
    store: StoreAPI, seed: int = 20261202, on_lab: Callable[[int], None] | None = None
) -> Programme:
    """A programme of 35 generated labs of the demo lab's size, one per region, with its agenda
    and a national meeting of 150 ballots."""
    rng = random.Random(seed)
    start = dt.date(2024, 9, 2)
    members = []
    for n, region in enumerate(REGIONS):
        members.append((region_lab(store, rng, f"{region} (groot)", size=1.0, start=start), region))
        if on_lab:
            on_lab(n)
    programme = _programme_with(store, LARGE_NAME, members)
    _agenda(store, programme)
    _meeting(store, programme, rng, 150)
    return setup.get(store, programme.id)
