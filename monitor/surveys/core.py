"""A survey: a protocol used in survey mode for one wave and audience, open between two
dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Collection, Iterable
from typing import Any

from monitor import labs, text
from monitor.errors import InvalidInput
from monitor.instruments import core_form
from monitor.model import (
    Participant,
    StakeholderGroup,
    Survey,
    SurveyForm,
    SurveyProfile,
    new_id,
)
from monitor.protocols import Protocol
from monitor.store import Store

# -- surveys --------------------------------------------------------------------------------


def create_survey(
    store: Store,
    lab_id: str,
    protocol: Protocol,
    *,
    wave: Any,
    title: Any = "",
    audience_groups: Iterable[Any] = (),
    audience_ids: Iterable[str] = (),
    subject_group: Any = None,
    form: Any = SurveyForm.FULL,
    profile: Any = SurveyProfile.STANDARD,
    opens: Any = None,
    closes: Any = None,
) -> Survey:
    store.lab(lab_id)
    survey = new_survey(
        lab_id,
        protocol,
        known={p.id for p in store.records(lab_id, Participant)},
        wave=wave,
        title=title,
        audience_groups=audience_groups,
        audience_ids=audience_ids,
        subject_group=subject_group,
        form=form,
        profile=profile,
        opens=opens,
        closes=closes,
    )
    with store.transaction():
        for other in store.records(lab_id, Survey):
            if other.protocol_id == protocol.id and other.wave.casefold() == survey.wave.casefold():
                raise InvalidInput("survey.duplicate", wave=survey.wave)
        return store.save(survey)


def new_survey(
    lab_id: str,
    protocol: Protocol,
    *,
    wave: Any,
    known: Collection[str] = (),
    title: Any = "",
    audience_groups: Iterable[Any] = (),
    audience_ids: Iterable[str] = (),
    subject_group: Any = None,
    form: Any = SurveyForm.FULL,
    profile: Any = SurveyProfile.STANDARD,
    opens: Any = None,
    closes: Any = None,
    rng: random.Random | None = None,
) -> Survey:
    """A survey checked as create_survey checks it, people invited by name among `known` (the
    registry's ids); nothing stored, so not compared with the lab's other surveys. A seeded
    `rng` gives a reproducible id (synthetic labs)."""
    wave_ = text.clean(wave, "survey.wave", text.SHORT, required=True)
    groups = tuple(
        labs.parse_choice(g, StakeholderGroup, "survey.audience") for g in audience_groups
    )
    people = tuple(dict.fromkeys(audience_ids))
    if set(people) - set(known):
        raise InvalidInput("error.record_not_found", kind="participants", id=", ".join(people))
    if not groups and not people:
        raise InvalidInput("error.required", field="survey.audience")
    start = labs.parse_date(opens, "survey.opens", required=False)
    end = labs.parse_date(closes, "survey.closes", required=False)
    if start and end and end < start:
        raise InvalidInput("survey.closes_before_opens")
    return Survey(
        id=new_id(rng),
        lab_id=lab_id,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        title=text.clean(title, "survey.title", text.SHORT)
        or protocol.title.get("nl", protocol.id),
        wave=wave_,
        audience_groups=groups,
        audience_ids=people,
        subject_group=(
            labs.parse_choice(subject_group, StakeholderGroup, "survey.subject_group")
            if subject_group
            else None
        ),
        form=labs.parse_choice(form, SurveyForm, "survey.form"),
        profile=labs.parse_choice(profile, SurveyProfile, "survey.profile"),
        opens=start,
        closes=end,
    )


def instrument(protocol: Protocol, survey: Survey) -> Protocol:
    """The questions this survey asks: the whole protocol, or its core items only."""
    return core_form(protocol) if survey.form == SurveyForm.CORE else protocol


def set_closes(store: Store, survey: Survey, closes: Any) -> Survey:
    end = labs.parse_date(closes, "survey.closes", required=False)
    if end and survey.opens and end < survey.opens:
        raise InvalidInput("survey.closes_before_opens")
    return store.save(dataclasses.replace(survey, closes=end), expected_revision=survey.revision)


def is_open(survey: Survey, today: dt.date | None = None) -> str:
    """ "" when answers are accepted, else the translation key of why not."""
    today = today or dt.date.today()
    if survey.opens and today < survey.opens:
        return "survey.not_open_yet"
    if survey.closes and today > survey.closes:
        return "survey.closed"
    return ""
