"""Deleting a source: dependants first, refused while factors quote it unless they go too."""

import datetime as dt

import pytest

from monitor import factors, labs, sources
from monitor.errors import Conflict, InvalidInput, NotFound
from monitor.model import Activity, Factor, LearningQuestion, Meeting, Source

D = dt.date


def _source(store, lab, title="Notulen werksessie", **kwargs):
    return labs.add_source(
        store,
        lab.id,
        kind="minutes",
        title=title,
        date=D(2025, 2, 1),
        text_="Er is gesproken.",
        **kwargs,
    )


def _factor(store, lab, source, text="Te weinig uren"):
    return factors.code_factor(
        store, lab.id, kind="barrier", text_=text, themes=["governance"], source_id=source.id
    )


def test_a_source_nobody_quotes_is_deleted(store, lab):
    source = _source(store, lab)
    assert sources.dependants(store, lab.id, source.id).empty
    sources.delete_source(store, source)
    with pytest.raises(NotFound):
        store.record(lab.id, Source, source.id)


def test_a_quoted_source_is_refused_unless_its_factors_go_too(store, lab):
    source = _source(store, lab)
    other = _source(store, lab, title="Interview")
    quoted, kept = _factor(store, lab, source), _factor(store, lab, other, "Goede matching")
    question = store.save(
        LearningQuestion(lab_id=lab.id, theme="governance", factor_ids=(quoted.id, kept.id))
    )
    meeting = store.save(
        Meeting(lab_id=lab.id, activity_id="a", date=D(2025, 2, 1), minutes_source_id=source.id)
    )
    found = sources.dependants(store, lab.id, source.id)
    assert [f.id for f in found.factors] == [quoted.id]
    assert [q.id for q in found.questions] == [question.id]
    assert [m.id for m in found.meetings] == [meeting.id]

    with pytest.raises(InvalidInput) as refused:
        sources.delete_source(store, source)
    assert refused.value.message("nl") == (
        "Niet verwijderd: 1 factor is uit deze bron gecodeerd. Verwijder die mee of eerst apart."
    )
    assert store.record(lab.id, Source, source.id)  # nothing changed

    sources.delete_source(store, source, with_factors=True)
    assert [f.id for f in store.records(lab.id, Factor)] == [kept.id]
    assert store.record(lab.id, LearningQuestion, question.id).factor_ids == (kept.id,)
    assert store.record(lab.id, Meeting, meeting.id).minutes_source_id == ""


def test_deleting_a_source_someone_just_changed_is_refused(store, lab):
    source = _source(store, lab)
    factors.edit_source(store, source, title="Nieuwe titel", text_=source.text)
    with pytest.raises(Conflict):
        sources.delete_source(store, source)
    assert store.record(lab.id, Source, source.id).title == "Nieuwe titel"


def test_minutes_of_an_activity_belong_to_the_activity_s_phase(store, lab):
    (meeting,) = labs.save_activities(
        store, lab.id, [{"title": "Stuurgroep", "date": lab.phases[0].end, "kind": "other"}]
    )
    later = lab.phases[1].start + dt.timedelta(days=3)  # minutes written a few days later
    minutes = labs.add_source(
        store, lab.id, kind="minutes", title="Notulen", date=later, activity_id=meeting.id
    )
    assert minutes.phase_id == lab.phases[0].id
    assert store.record(lab.id, Activity, meeting.id).phase_id == lab.phases[0].id
