"""The demo lab's workshops, entered through the same functions the phones use: a timeline
with an eye-opener round after it, two team reflections three months apart and a system
analysis. Everything is closed, so each workshop is also a source."""

from __future__ import annotations

import datetime as dt

from monitor import workshops
from monitor.model import Lab, Workshop
from monitor.store import Store

# Timeline marks: (part of the moment's label, phone, mark, reason).
_MARKS = (
    ("Startbijeenkomst", 1, "high", "Iedereen zat aan tafel, ook de werkgevers"),
    ("Startbijeenkomst", 2, "low", "Nog niet duidelijk wie de trekker was"),
    ("Focusgroep werkzoekenden", 3, "learning", "Kandidaten willen eerst weten wat het oplevert"),
    ("Focusgroep werkzoekenden", 4, "high", "Voor het eerst echt naar kandidaten geluisterd"),
    (
        "Werksessie 2",
        1,
        "learning",
        "Een groeibaan begint bij de groeiverwachting van de werkgever",
    ),
    ("Installatie stuurgroep", 5, "high", "Eindelijk een plek waar besluiten vallen"),
    ("Installatie stuurgroep", 6, "low", "Veel vergaderen, weinig nieuwe werkgevers"),
    ("Installatie stuurgroep", 2, "high", "De wethouder verbond zich aan de aanpak"),
    ("Werkbezoek Ophof", 3, "high", "Zien werken overtuigt meer dan een folder"),
    ("Werkbezoek Ophof", 7, "learning", "De werkgever is de beste ambassadeur"),
    ("Verbreed coachoverleg", 4, "low", "Coaches voelden zich overvallen door de nieuwe rol"),
    ("Verbreed coachoverleg", 6, "learning", "Coaches moeten eerder meedenken"),
    ("Werksessie 4", 5, "high", "De eerste kandidaten werken echt"),
    ("Werksessie 4", 1, "low", "Twee trajecten liepen vast op de planning van de opleiding"),
)
_ADDED = (
    (dt.date(2025, 10, 20), 7, "Eerste kandidaat begint bij het distributiecentrum"),
    (dt.date(2026, 1, 15), 4, "Nieuwe afspraken over de begeleiding op de werkvloer"),
)
_EYE_OPENERS = (
    (
        1,
        "Werkgevers willen wel, maar zoeken één vast aanspreekpunt",
        "Ik spreek met de werkgeversservice af wie dat aanspreekpunt wordt",
    ),  # fmt: skip
    (2, "De kandidaat bepaalt het tempo meer dan de planning", ""),
    (
        3,
        "Coaches weten veel van de werkvloer als je het ze vraagt",
        "Ik nodig twee coaches uit voor de volgende werksessie",
    ),  # fmt: skip
    (
        5,
        "Zonder vervolgfinanciering valt de begeleiding stil",
        "Ik zet verankering op de agenda van het bestuurlijk overleg",
    ),  # fmt: skip
    (
        6,
        "Een werkbezoek werkt beter dan een presentatie",
        "Ik organiseer een werkbezoek voor drie nieuwe werkgevers",
    ),  # fmt: skip
)
# Team reflections: per phone its five scores (went_well, could_differ, barriers,
# opportunities, together); the second round, three months later, shows the trend.
_REFLECTIONS = (
    (
        dt.date(2026, 3, 5),
        "Teamreflectie voorjaar",
        (
            (7, 5, 4, 6, 6),
            (6, 4, 3, 5, 5),
            (8, 6, 5, 7, 7),
            (6, 5, 4, 5, 5),
            (7, 4, 3, 6, 6),
            (5, 5, 4, 4, 5),
            (7, 6, 5, 6, 6),
        ),  # fmt: skip
        {
            ("went_well", 0): "De werkgevers doen echt mee",
            ("barriers", 1): "Regels rond de uitkering blijven lastig",
            ("together", 2): "We kennen elkaar nu beter",
            ("could_differ", 4): "Eerder de coaches betrekken",
        },
    ),
    (
        dt.date(2026, 6, 4),
        "Teamreflectie zomer",
        (
            (8, 6, 5, 7, 8),
            (7, 5, 5, 6, 7),
            (8, 7, 6, 7, 8),
            (7, 6, 4, 6, 7),
            (8, 6, 5, 7, 8),
            (6, 5, 5, 6, 7),
        ),  # fmt: skip
        {
            ("together", 0): "Het coachoverleg helpt echt",
            ("barriers", 3): "De opleidingsplanning sluit nog niet aan",
            ("opportunities", 5): "Nieuwe sectoren melden zich zelf",
        },
    ),
)
_SYSTEM = (
    (1, "rules|municipality", "barrier", "Loonkostensubsidie vraagt te veel papierwerk"),
    (2, "knowledge|job_coach", "opportunity", "Coaches kennen de werkvloer van de sector"),
    (3, "norms|employer", "barrier", "Werkgevers zoeken nog vooral kant-en-klare krachten"),
    (3, "interaction|employer", "opportunity", "Werkgevers leren van elkaars werkbezoek"),
    (4, "infrastructure|job_seeker", "barrier", "Vervoer naar het bedrijventerrein ontbreekt"),
    (5, "market|employer", "opportunity", "Tekorten in de techniek maken werkgevers bereid"),
    (6, "interaction|job_company_management", "barrier", "Afspraken lopen via te veel schijven"),
    (1, "rules|job_seeker", "barrier", "Angst om de uitkering kwijt te raken"),
)


def add(store: Store, lab: Lab) -> list[Workshop]:
    """Run and close the demo's workshops; returns them, oldest first."""
    done = []
    for day, title, scores, reasons in _REFLECTIONS:
        workshop, token = _open(store, lab, "reflection", title, day)
        for phone, row in enumerate(scores):
            for question, score in zip(workshops.REFLECTION_QUESTIONS, row, strict=True):
                workshops.submit(
                    store, lab.id, workshop.id, token, f"demo{phone}",
                    item=question, score=score, text=reasons.get((question, phone), ""),
                )  # fmt: skip
        done.append(_close(store, lab, workshop))

    workshop, token = _open(store, lab, "system", "Systeemanalyse werkgeversbenadering",
                            dt.date(2026, 4, 9))  # fmt: skip
    for phone, cell, polarity, entry in _SYSTEM:
        workshops.submit(
            store, lab.id, workshop.id, token, f"demo{phone}", item=cell, mark=polarity, text=entry
        )
    done.append(_close(store, lab, workshop))

    day = dt.date(2026, 6, 11)
    workshop, token = _open(store, lab, "timeline", "Tijdlijn: anderhalf jaar Groeibanen", day)
    for when, phone, event in _ADDED:
        workshops.submit(
            store, lab.id, workshop.id, token, f"demo{phone}", event=event, date=when
        )  # fmt: skip
    events = store.record(lab.id, Workshop, workshop.id).events
    for label, phone, mark, reason in _MARKS:
        event = next(e for e in events if label in e.label.get("nl", ""))
        workshops.submit(
            store, lab.id, workshop.id, token, f"demo{phone}", item=event.id, mark=mark, text=reason
        )
    done.append(_close(store, lab, workshop))

    workshop, token = _open(store, lab, "eye_opener", "Eyeopeners na de tijdlijn", day)
    for phone, eye_opener, action in _EYE_OPENERS:
        workshops.submit(
            store, lab.id, workshop.id, token, f"demo{phone}", text=eye_opener, action=action
        )
    done.append(_close(store, lab, workshop))
    return done


def _open(store: Store, lab: Lab, kind: str, title: str, day: dt.date) -> tuple[Workshop, str]:
    return workshops.open_workshop(store, lab, kind=kind, title=title, date=day)


def _close(store: Store, lab: Lab, workshop: Workshop) -> Workshop:
    workshops.close(store, lab, workshop)
    return store.record(lab.id, Workshop, workshop.id)
