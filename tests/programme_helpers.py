"""Builders for the programme tests: labs with coded factors, a programme around them."""

from __future__ import annotations

import datetime as dt

from monitor import factors, labs
from monitor.access import Role, User
from monitor.model import LearningQuestion
from monitor.programme import setup
from tests.conftest import make_lab

RESEARCHER = User(username="onderzoeker", name="Onderzoeker", role=Role.RESEARCHER)
LEAD = User(username="lead", name="Programmaleider", role=Role.PROGRAMME_LEAD)
OTHER_LEAD = User(username="andere", name="Andere leider", role=Role.PROGRAMME_LEAD)
STEERING = User(username="piet", name="Piet", role=Role.STEERING)


def coded_lab(store, name: str, barriers: dict[int, list[str]], enablers=(), person="Anna Jansen"):
    """A lab with one source per phase; `barriers` maps a phase number (1-3) to the codebook
    themes of the barriers coded in it."""
    lab = make_lab(store, name=name)
    labs.save_stakeholders(store, lab.id, [{"name": person, "group": "employer"}])
    for phase, themes in barriers.items():
        day = lab.phases[phase - 1].start + dt.timedelta(days=3)
        source = labs.add_source(
            store, lab.id, kind="minutes", title=f"Notulen {phase}", date=day, text_="Verslag."
        )
        for theme in themes:
            factors.code_factor(
                store, lab.id, kind="barrier", text_="Loopt vast", themes=[theme],
                source_id=source.id, quote="Verslag",
            )  # fmt: skip
    for theme in enablers:
        day = lab.phases[0].start + dt.timedelta(days=5)
        source = labs.add_source(
            store, lab.id, kind="minutes", title="Notulen", date=day, text_="Verslag."
        )
        factors.code_factor(
            store, lab.id, kind="enabler", text_="Helpt", themes=[theme], source_id=source.id,
            quote="Verslag",
        )  # fmt: skip
    return store.lab(lab.id)


def question(store, lab, theme: str, nl: str, en: str = "") -> LearningQuestion:
    return store.save(
        LearningQuestion(
            lab_id=lab.id,
            theme=theme,
            text={"nl": nl, "en": en or nl},
            phase_id=lab.phases[0].id,
        )
    )


def programme_of(store, *members, lead: str = "lead"):
    made = setup.create(store, name="Programma", lead=lead)
    for lab, region in members:
        made = setup.add_lab(store, made, lab.id, region)
    return made
