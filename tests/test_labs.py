import datetime as dt

import pytest

from monitor import labs
from monitor.errors import InvalidInput, InvalidRows
from monitor.model import Activity, Source, Stakeholder
from tests import backends
from tests.conftest import make_lab

D = dt.date


def _stakeholder_rows(*names):
    return [{"name": n, "group": "employer", "organisation": "", "consent": "given"} for n in names]


def test_a_new_lab_gets_three_default_phases_in_its_language(store):
    lab = labs.create_lab(store, name="Groeibanen", language="en", today=D(2026, 3, 15))
    assert [p.name for p in lab.phases] == ["Exploration", "Design", "Implementation"]
    assert lab.phases[0].start == D(2026, 3, 1)
    assert all(a.end < b.start for a, b in zip(lab.phases, lab.phases[1:], strict=False))


@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_lab_needs_a_name(store, name):
    with pytest.raises(InvalidInput, match="required"):
        labs.create_lab(store, name=name)
    assert store.labs() == []


def test_lab_names_are_unique_ignoring_case(store, lab):
    with pytest.raises(InvalidInput, match="already exists"):
        labs.create_lab(store, name=lab.name.upper())


def test_html_is_stored_as_plain_text(store):
    lab = labs.create_lab(store, name="<script>alert(1)</script>", goal="<b>=SUM(A1)</b>")
    assert store.lab(lab.id).name == "<script>alert(1)</script>"


def test_a_megabyte_of_text_is_refused_with_the_limit(store, lab):
    with pytest.raises(InvalidInput) as caught:
        labs.update_lab(
            store, lab, name=lab.name, goal="x" * 1_048_576, description="", language="nl"
        )
    assert "20,000" in caught.value.message("en")
    assert store.lab(lab.id).goal == lab.goal


def test_control_characters_are_refused_but_word_line_breaks_kept(store, lab):
    with pytest.raises(InvalidInput, match="control characters"):
        labs.create_lab(store, name="Lab\x00 twee")
    saved = labs.update_lab(
        store, lab, name=lab.name, goal="een\x0btwee", description="", language="nl"
    )
    assert saved.goal == "een\ntwee"


def test_phases_must_not_overlap_or_end_before_they_start(store, lab):
    rows = [{"id": p.id, "name": p.name, "start": p.start, "end": p.end} for p in lab.phases]
    rows[1]["start"] = rows[0]["end"]
    with pytest.raises(InvalidRows, match="overlaps"):
        labs.save_phases(store, lab.id, rows)
    rows[1]["start"], rows[1]["end"] = D(2025, 6, 1), D(2025, 5, 1)
    with pytest.raises(InvalidRows, match="ends before"):
        labs.save_phases(store, lab.id, rows)
    assert store.lab(lab.id).phases == lab.phases


def test_duplicate_phase_names_are_refused(store, lab):
    rows = [{"name": "Fase", "start": p.start, "end": p.end} for p in lab.phases]
    with pytest.raises(InvalidRows, match="already exists"):
        labs.save_phases(store, lab.id, rows)


def test_moving_phase_dates_moves_activities_along(store, lab):
    labs.save_stakeholders(store, lab.id, _stakeholder_rows("Anna"))
    labs.save_activities(
        store, lab.id, [{"title": "Sessie", "kind": "work_session", "date": D(2025, 4, 15)}]
    )
    assert store.records(lab.id, Activity)[0].phase_id == lab.phases[1].id
    rows = [{"id": p.id, "name": p.name, "start": p.start, "end": p.end} for p in lab.phases]
    rows[0]["end"], rows[1]["start"] = D(2025, 4, 30), D(2025, 5, 1)
    labs.save_phases(store, lab.id, rows)
    assert store.records(lab.id, Activity)[0].phase_id == lab.phases[0].id


def test_phase_change_that_strands_an_activity_is_refused(store, lab):
    labs.save_activities(store, lab.id, [{"title": "Laat", "date": D(2025, 9, 1)}])
    rows = [{"id": p.id, "name": p.name, "start": p.start, "end": p.end} for p in lab.phases[:2]]
    with pytest.raises(InvalidRows, match="outside every phase"):
        labs.save_phases(store, lab.id, rows)
    assert len(store.lab(lab.id).phases) == 3


def test_stakeholders_get_stable_pseudonyms_per_group(store, lab):
    saved = labs.save_stakeholders(store, lab.id, _stakeholder_rows("Anna", "Bram"))
    assert sorted(s.pseudonym for s in saved) == ["EMP-01", "EMP-02"]
    anna = next(s for s in saved if s.name == "Anna")
    labs.save_stakeholders(store, lab.id, [], deleted_ids=[anna.id])
    (carla,) = labs.save_stakeholders(store, lab.id, _stakeholder_rows("Carla"))
    assert carla.pseudonym == "EMP-01" or carla.pseudonym == "EMP-03"
    assert carla.pseudonym != next(s for s in saved if s.name == "Bram").pseudonym


def test_bad_stakeholder_rows_are_all_reported_and_nothing_saved(store, lab):
    rows = _stakeholder_rows("Anna", "", "anna")
    rows[0]["group"] = "alien"
    with pytest.raises(InvalidRows) as caught:
        labs.save_stakeholders(store, lab.id, rows)
    assert "Row 1" in caught.value.message("en") and "Regel 2" in caught.value.message("nl")
    assert store.records(lab.id, Stakeholder) == []


def test_duplicate_stakeholder_names_are_refused(store, lab):
    labs.save_stakeholders(store, lab.id, _stakeholder_rows("Anna"))
    with pytest.raises(InvalidRows, match="already exists"):
        labs.save_stakeholders(store, lab.id, _stakeholder_rows("ANNA"))


def test_a_stakeholder_at_an_activity_cannot_be_deleted(store, lab):
    (anna,) = labs.save_stakeholders(store, lab.id, _stakeholder_rows("Anna"))
    labs.save_activities(
        store, lab.id, [{"title": "Sessie", "date": D(2025, 1, 5), "participant_ids": [anna.id]}]
    )
    with pytest.raises(InvalidInput, match="Anna"):
        labs.save_stakeholders(store, lab.id, [], deleted_ids=[anna.id])
    assert store.records(lab.id, Stakeholder) == [anna]


def test_an_edit_based_on_an_old_revision_is_refused(store, lab):
    (anna,) = labs.save_stakeholders(store, lab.id, _stakeholder_rows("Anna"))
    row = {"id": anna.id, "revision": anna.revision, "name": "Anna K", "group": "employer"}
    labs.save_stakeholders(store, lab.id, [row])
    with pytest.raises(Exception, match="Someone else"):
        labs.save_stakeholders(store, lab.id, [{**row, "name": "Anna J"}])
    assert store.record(lab.id, Stakeholder, anna.id).name == "Anna K"


def test_activity_counts_and_phase_come_from_the_row(store, lab):
    (act,) = labs.save_activities(
        store,
        lab.id,
        [
            {
                "title": "Werksessie 1",
                "kind": "work_session",
                "date": "2025-02-10",
                "count_employer": 5,
                "count_job_seeker": 3.0,
                "count_job_coach": None,
            }
        ],
    )
    assert act.phase_id == lab.phases[0].id
    assert act.participant_total == 8


@pytest.mark.parametrize(
    "date, message",
    [("2031-01-01", "not in any phase"), ("gisteren", "not a date"), (None, "required")],
)
def test_an_activity_date_must_fall_in_a_phase(store, lab, date, message):
    with pytest.raises(InvalidRows, match=message):
        labs.save_activities(store, lab.id, [{"title": "X", "date": date}])


@pytest.mark.parametrize("count", [-1, 2.5, "veel", 10_001])
def test_participant_counts_are_whole_and_reasonable(store, lab, count):
    with pytest.raises(InvalidRows):
        labs.save_activities(
            store, lab.id, [{"title": "X", "date": D(2025, 1, 2), "count_employer": count}]
        )


def test_a_source_is_stored_once_when_submitted_twice(store, lab):
    for _ in range(2):
        labs.add_source(
            store,
            lab.id,
            kind="minutes",
            title="Notulen",
            date=D(2025, 1, 3),
            text_="Besproken: rollen.",
            source_id="form123abc",
        )
    (source,) = store.records(lab.id, Source)
    assert source.phase_id == lab.phases[0].id


def test_sources_are_found_by_every_word(store, lab):
    for title, body in [("Notulen stuurgroep", "rollen onduidelijk"), ("Interview", "energie")]:
        labs.add_source(store, lab.id, kind="minutes", title=title, date=D(2025, 1, 3), text_=body)
    found = labs.search_sources(store.records(lab.id, Source), "STUURGROEP rollen")
    assert [s.title for s in found] == ["Notulen stuurgroep"]


def test_deleting_a_lab_removes_its_files_after_a_backup(store):
    lab = make_lab(store, "Weg")
    store.delete_lab(lab.id)
    assert store.labs() == []
    if backends.is_folder(store):  # the folder store keeps its own backups
        assert not (store.dir / "labs" / lab.id).exists()
        assert store.backups()
    else:
        assert lab.id not in str(backends.snapshot(store)["lm_records"])


def test_new_stakeholders_are_checked_and_coded_like_table_rows(store, lab):
    saved = labs.save_stakeholders(store, lab.id, [{"name": "Ans", "group": "employer"}])
    made = labs.new_stakeholders(
        lab.id,
        [{"name": " Bert ", "group": "employer"}, {"name": "Cor", "group": "job_coach"}],
        saved,
        at="2025-01-01T12:00:00.000+00:00",
    )
    assert [(s.name, s.pseudonym) for s in made] == [("Bert", "EMP-02"), ("Cor", "COACH-01")]
    assert {s.pseudonym_since for s in made} == {"2025-01-01T12:00:00.000+00:00"}
    assert store.records(lab.id, Stakeholder) == saved  # nothing stored
    with pytest.raises(InvalidRows):
        labs.new_stakeholders(lab.id, [{"name": "ans"}], saved)
    with pytest.raises(InvalidRows):
        labs.new_stakeholders(lab.id, [{"name": "Dirk", "group": "alien"}])
