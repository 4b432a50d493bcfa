"""Programmes, their member labs, pillars and themes. A lab belongs to at most one programme;
joining and leaving are written to the lab's own audit trail too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from monitor import factors, text
from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.model import (
    Pillar,
    Programme,
    ProgrammeAction,
    ProgrammeMember,
    ProgrammeQuestion,
    ProgrammeShare,
    ProgrammeTheme,
    new_id,
    utc_now,
)
from monitor.store_api import StoreAPI

# The four pillars of a national labour-market programme, and the learning themes under them,
# each gathering the codebook themes a lab codes its factors with.
DEFAULT_PILLARS = (
    ("supply", "Aanbod", "Supply"),
    ("demand", "Vraag", "Demand"),
    ("route", "Route", "Route"),
    ("schooling", "Scholing", "Schooling"),
)
DEFAULT_THEMES = (
    (
        "reach",
        "supply",
        "Werkzoekenden bereiken en motiveren",
        "Reaching and motivating job seekers",
        ("target_group_engagement",),
    ),
    (
        "employers",
        "demand",
        "Werkgevers betrekken",
        "Involving employers",
        ("employer_engagement",),
    ),
    (
        "regional_demand",
        "demand",
        "Regionale vraag en samenwerking",
        "Regional demand and cooperation",
        ("regional_synergy",),
    ),
    (
        "guidance",
        "route",
        "Begeleiding naar werk",
        "Guidance into work",
        ("frontline_engagement", "capacity"),
    ),
    (
        "cooperation",
        "route",
        "Regie en samenwerking",
        "Direction and cooperation",
        ("shared_vision", "governance", "interaction", "communication", "reflexive_monitoring"),
    ),
    (
        "pace",
        "route",
        "Tempo en doorpakken",
        "Pace and follow-through",
        ("momentum", "action_followup"),
    ),
    (
        "learning_routes",
        "schooling",
        "Leerroutes en scholing",
        "Learning routes and schooling",
        ("concretisation",),
    ),
    (
        "anchoring",
        "schooling",
        "Borgen in het reguliere aanbod",
        "Anchoring in the regular offer",
        ("anchoring",),
    ),
)
_USER = re.compile(r"^[a-z0-9._@-]{0,60}$")


def default_pillars() -> tuple[Pillar, ...]:
    return tuple(Pillar(id=i, label={"nl": nl, "en": en}) for i, nl, en in DEFAULT_PILLARS)


def default_themes() -> tuple[ProgrammeTheme, ...]:
    return tuple(
        ProgrammeTheme(id=i, pillar=p, label={"nl": nl, "en": en}, themes=ids)
        for i, p, nl, en, ids in DEFAULT_THEMES
    )


def label(item: Pillar | ProgrammeTheme | None, lang: str) -> str:
    if item is None:
        return "—"
    return item.label.get(lang) or next((v for v in item.label.values() if v), item.id)


# -- reading ---------------------------------------------------------------------------------


def programmes(store: StoreAPI) -> list[Programme]:
    return sorted(store.records(None, Programme), key=lambda p: p.name.casefold())


def get(store: StoreAPI, programme_id: str) -> Programme:
    try:
        return store.record(None, Programme, str(programme_id or ""))
    except NotFound:
        raise NotFound("programme.error.not_found", id=str(programme_id)[:40]) from None


def programme_of_lab(store: StoreAPI, lab_id: str) -> Programme | None:
    return next((p for p in programmes(store) if lab_id in p.lab_ids), None)


def member_labs(store: StoreAPI, programme: Programme, regions: Iterable[str] = ()) -> list:
    """The member labs that still exist (a deleted lab drops out), optionally of some regions."""
    wanted = set(regions)
    known = {lab.id: lab for lab in store.labs()}
    return [
        known[m.lab_id]
        for m in programme.members
        if m.lab_id in known and (not wanted or m.region in wanted)
    ]


def regions(programme: Programme) -> list[str]:
    return sorted({m.region for m in programme.members if m.region}, key=str.casefold)


def region_of(programme: Programme, lab_id: str) -> str:
    member = programme.member(lab_id)
    return member.region if member else ""


# -- making and changing ---------------------------------------------------------------------


def create(
    store: StoreAPI, *, name: Any, description: Any = "", lead: Any = "", language: Any = "nl"
) -> Programme:
    """A new programme with the default pillars and themes."""
    cleaned = text.clean(name, "programme.name", text.SHORT, required=True)
    about = text.clean(description, "programme.description", text.LONG)
    lead_name = _lead(lead)
    lang = str(language or "nl")
    if lang not in ("nl", "en"):
        raise InvalidInput(
            "error.bad_choice",
            field="programme.language",
            value=lang[:10],
            choices=("lang.nl", "lang.en"),
        )
    with store.transaction():
        for other in programmes(store):
            if other.name.casefold() == cleaned.casefold():
                raise InvalidInput("error.duplicate", field="programme.name", value=cleaned)
        return store.save(
            Programme(
                name=cleaned,
                description=about,
                lead=lead_name,
                language=lang,
                pillars=default_pillars(),
                themes=default_themes(),
            )
        )


def _lead(value: Any) -> str:
    lead = text.clean(value, "programme.lead", text.SHORT).casefold()
    if not _USER.match(lead):
        raise InvalidInput("programme.error.lead", value=lead[:40])
    return lead


def update(
    store: StoreAPI, programme: Programme, *, name: Any, description: Any, lead: Any
) -> Programme:
    """Name, description and lead; `programme` is the copy the user saw (its revision)."""
    cleaned = text.clean(name, "programme.name", text.SHORT, required=True)
    about = text.clean(description, "programme.description", text.LONG)
    lead_name = _lead(lead)
    with store.transaction():
        for other in programmes(store):
            if other.id != programme.id and other.name.casefold() == cleaned.casefold():
                raise InvalidInput("error.duplicate", field="programme.name", value=cleaned)
        return store.save(
            dataclasses.replace(programme, name=cleaned, description=about, lead=lead_name),
            expected_revision=programme.revision,
        )


def add_lab(
    store: StoreAPI,
    programme: Programme,
    lab_id: Any,
    region: Any = "",
    today: dt.date | None = None,
) -> Programme:
    """Add a lab (or change its region). A lab in another programme is refused."""
    where = text.clean(region, "programme.region", text.SHORT)
    with store.transaction():
        lab = store.lab(str(lab_id or ""))
        fresh = get(store, programme.id)
        if fresh.revision != programme.revision:
            raise Conflict("error.conflict", kind=Programme.KIND, id=programme.id)
        other = programme_of_lab(store, lab.id)
        if other is not None and other.id != fresh.id:
            raise InvalidInput("programme.error.other_programme", lab=lab.name, name=other.name)
        member = fresh.member(lab.id)
        joined = member.joined if member else (today or dt.date.today())
        members = tuple(m for m in fresh.members if m.lab_id != lab.id) + (
            ProgrammeMember(lab_id=lab.id, region=where, joined=joined),
        )
        saved = store.save(dataclasses.replace(fresh, members=members))
        if member is None:
            store.audit(lab.id, "programme_joined", programme=fresh.id, region=where)
        return saved


def remove_lab(store: StoreAPI, programme: Programme, lab_id: str) -> Programme:
    """A lab leaves: its shared items are withdrawn (in its own trail) and it is taken off the
    programme's questions and actions, so nothing of it stays in the programme's views."""
    with store.transaction():
        fresh = get(store, programme.id)
        if fresh.member(lab_id) is None:
            return fresh
        now = utc_now()
        exists = any(lab.id == lab_id for lab in store.labs())  # else the lab was deleted
        own = store.records(lab_id, ProgrammeShare) if exists else []
        shares = [s for s in own if s.active]
        store.save_all([dataclasses.replace(s, withdrawn=now) for s in shares])
        gone = {s.id for s in own}
        changed = []
        for question in store.records(None, ProgrammeQuestion):
            if question.programme_id != fresh.id:
                continue
            if (
                lab_id in question.lab_ids
                or question.owner == lab_id
                or gone & set(question.share_ids)
            ):
                changed.append(
                    dataclasses.replace(
                        question,
                        lab_ids=tuple(i for i in question.lab_ids if i != lab_id),
                        share_ids=tuple(i for i in question.share_ids if i not in gone),
                        owner="" if question.owner == lab_id else question.owner,
                    )
                )
        store.save_all(changed)
        actions = [
            dataclasses.replace(a, owner="")
            for a in store.records(None, ProgrammeAction)
            if a.programme_id == fresh.id and a.owner == lab_id
        ]
        store.save_all(actions)
        saved = store.save(
            dataclasses.replace(
                fresh, members=tuple(m for m in fresh.members if m.lab_id != lab_id)
            )
        )
        if exists:
            store.audit(lab_id, "programme_left", programme=fresh.id, withdrawn=len(shares))
        return saved


def save_pillars(store: StoreAPI, programme: Programme, rows: list[dict[str, Any]]) -> Programme:
    """The pillars as edited: rows of {id (empty for a new one), nl, en}; a row with both labels
    empty is left out. A pillar that still holds a theme cannot go."""
    pillars = []
    for row in rows:
        nl = text.clean(row.get("nl"), "programme.pillar_nl", text.SHORT)
        en = text.clean(row.get("en"), "programme.pillar_en", text.SHORT)
        if not nl and not en:
            continue
        pillars.append(
            Pillar(
                id=str(row.get("id") or "") or f"p-{new_id()}",
                label={"nl": nl or en, "en": en or nl},
            )
        )
    if not pillars:
        raise InvalidInput("programme.error.no_pillars")
    kept = {p.id for p in pillars}
    used = [t for t in programme.themes if t.pillar not in kept]
    if used:
        raise InvalidInput(
            "programme.error.pillar_in_use", theme=label(used[0], programme.language)
        )
    return store.save(
        dataclasses.replace(programme, pillars=tuple(pillars)), expected_revision=programme.revision
    )


def save_theme(
    store: StoreAPI,
    programme: Programme,
    *,
    theme_id: str = "",
    pillar: Any,
    nl: Any,
    en: Any,
    themes: Iterable[Any] = (),
) -> Programme:
    """Add a programme theme (theme_id "") or change one: its pillar, labels and the codebook
    themes it gathers (fixed ids of protocols/codebook.yaml)."""
    pillar_id = str(pillar or "")
    if programme.pillar(pillar_id) is None:
        raise InvalidInput("error.required", field="programme.pillar")
    label_nl = text.clean(nl, "programme.theme_nl", text.SHORT)
    label_en = text.clean(en, "programme.theme_en", text.SHORT)
    if not label_nl and not label_en:
        raise InvalidInput("error.required", field="programme.theme_nl")
    book = factors.default_codebook()
    chosen = tuple(dict.fromkeys(str(t) for t in themes))
    unknown = [t for t in chosen if book.theme(t) is None]
    if unknown:
        raise InvalidInput("programme.error.codebook_theme", theme=unknown[0][:40])
    theme = ProgrammeTheme(
        id=theme_id or f"t-{new_id()}",
        pillar=pillar_id,
        label={"nl": label_nl or label_en, "en": label_en or label_nl},
        themes=chosen,
    )
    if theme_id and programme.theme(theme_id) is None:
        raise NotFound("error.record_not_found", kind=Programme.KIND, id=theme_id)
    listed = (
        tuple(theme if t.id == theme_id else t for t in programme.themes)
        if theme_id
        else (*programme.themes, theme)
    )
    return store.save(
        dataclasses.replace(programme, themes=listed), expected_revision=programme.revision
    )


def remove_theme(store: StoreAPI, programme: Programme, theme_id: str) -> Programme:
    in_use = [
        q
        for q in store.records(None, ProgrammeQuestion)
        if q.programme_id == programme.id and q.theme == theme_id and q.on_agenda
    ]
    if in_use:
        raise InvalidInput("programme.error.theme_in_use", n=len(in_use))
    return store.save(
        dataclasses.replace(
            programme, themes=tuple(t for t in programme.themes if t.id != theme_id)
        ),
        expected_revision=programme.revision,
    )


def themes_of(programme: Programme, codebook_themes: Iterable[str]) -> list[str]:
    """The programme themes that gather any of these codebook themes, in programme order."""
    wanted = set(codebook_themes)
    return [t.id for t in programme.themes if wanted & set(t.themes)]
