"""Trajectories: checking and saving, quick updates, arms, and the counts of the Outcomes page."""

import dataclasses
import datetime as dt

import pytest

from monitor import i18n
from monitor.errors import Conflict, InvalidInput
from monitor.model import (
    Arm,
    Factor,
    FactorKind,
    Participant,
    Stakeholder,
    StakeholderGroup,
    Trajectory,
    TrajectoryOutcome,
    TrajectoryStep,
)
from monitor.trajectories import core, stats

D = dt.date


def _employer(store, lab, name="Ophof Installatietechniek") -> Stakeholder:
    return store.save(
        Stakeholder(lab_id=lab.id, name=name, organisation=name, group=StakeholderGroup.EMPLOYER)
    )


def _traj(lab, code="K-001", **fields) -> Trajectory:
    base = {"route": "small_scale", "start": D(2025, 3, 1)}
    return Trajectory(lab_id=lab.id, candidate=code, **{**base, **fields})


def test_create_links_a_new_candidate_by_code(store, lab):
    employer = _employer(store, lab)
    saved = core.create(
        store, lab.id, candidate="K-001", route="small_scale", employer_id=employer.id
    )
    person = store.record(lab.id, Participant, saved.participant_id)
    assert person.pseudonym == "K-001" and person.group == StakeholderGroup.JOB_SEEKER
    assert saved.revision == 1


def test_a_known_participant_code_is_reused(store, lab):
    person = store.save(
        Participant(lab_id=lab.id, name="Samira", group="job_seeker", pseudonym="R-005")
    )
    saved = core.create(store, lab.id, candidate="R-005", route="stacked")
    assert saved.participant_id == person.id
    assert len(store.records(lab.id, Participant)) == 1


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"route": "ladder"}, "error.traj_unknown_route"),
        ({"end": D(2025, 2, 1)}, "error.traj_end_before_start"),
        (
            {"steps": (TrajectoryStep(number=2, reached=D(2025, 1, 5)),)},
            "error.traj_step_before_start",
        ),
        (
            {
                "steps": (
                    TrajectoryStep(number=3, reached=D(2025, 5, 1)),
                    TrajectoryStep(number=4, reached=D(2025, 4, 1)),
                )
            },
            "error.traj_steps_order",
        ),
        ({"steps": (TrajectoryStep(number=7, reached=D(2025, 5, 1)),)}, "error.bad_step"),
    ],
)
def test_bad_trajectories_are_refused_and_nothing_is_stored(store, lab, fields, key):
    with pytest.raises(InvalidInput) as caught:
        core.save(store, _traj(lab, **fields), expected_revision=0)
    assert caught.value.key == key
    for lang in ("nl", "en"):
        assert "{" not in caught.value.message(lang)
    assert store.records(lab.id, Trajectory) == []
    assert store.records(lab.id, Participant) == []


def test_a_name_is_not_a_candidate_code(store, lab):
    with pytest.raises(InvalidInput) as caught:
        core.save(store, _traj(lab, code="Samira El Idrissi"), expected_revision=0)
    assert caught.value.key == "error.traj_code"
    assert "nooit een naam" in caught.value.message("nl")


def test_one_trajectory_per_candidate(store, lab):
    core.save(store, _traj(lab), expected_revision=0)
    with pytest.raises(InvalidInput) as caught:
        core.save(store, _traj(lab, code="k-001"), expected_revision=0)
    assert caught.value.key == "error.traj_exists"


def test_employer_must_be_an_employer(store, lab):
    coach = store.save(Stakeholder(lab_id=lab.id, name="Ilse", group=StakeholderGroup.JOB_COACH))
    with pytest.raises(InvalidInput) as caught:
        core.save(store, _traj(lab, employer_id=coach.id), expected_revision=0)
    assert caught.value.key == "error.traj_not_employer"
    saved = core.save(store, _traj(lab, coach_id=coach.id), expected_revision=0)
    assert saved.coach_id == coach.id


def test_quick_step_update_and_stale_update_is_refused(store, lab):
    saved = core.save(store, _traj(lab), expected_revision=0)
    first = core.update_step(store, saved, 1, "2025-03-10", "Baan in de zorg in beeld")
    assert core.step(first, 1).reached == D(2025, 3, 10)
    assert core.last_step(first) == 1
    # A second session still holds the version before the first update.
    with pytest.raises(Conflict):
        core.update_step(store, saved, 2, "2025-03-20", "")
    second = core.update_step(store, first, 2, "2025-03-20", "")
    assert [s.number for s in second.steps] == [1, 2]
    assert core.step(second, 1).note == "Baan in de zorg in beeld"


def test_step_update_before_start_names_the_step(store, lab):
    saved = core.save(store, _traj(lab), expected_revision=0)
    with pytest.raises(InvalidInput) as caught:
        core.update_step(store, saved, 3, "2025-01-01", "")
    assert caught.value.message("nl") == "Stap 3 (2025-01-01) ligt voor de start (2025-03-01)."
    assert store.record(lab.id, Trajectory, saved.id).steps == ()


def test_outcome_update(store, lab):
    saved = core.save(store, _traj(lab), expected_revision=0)
    done = core.update_outcome(store, saved, "intended_job", "", "2025-09-01")
    assert done.outcome is TrajectoryOutcome.INTENDED_JOB and done.end == D(2025, 9, 1)
    with pytest.raises(InvalidInput) as caught:
        core.update_outcome(store, done, "promoted", "", "")
    assert caught.value.key == "error.traj_unknown_outcome"


def test_link_factors_and_responses(store, lab):
    factor = store.save(
        Factor(lab_id=lab.id, kind=FactorKind.ENABLER, text="x", phase_id=lab.phases[0].id)
    )
    saved = core.save(store, _traj(lab), expected_revision=0)
    linked = core.link_factors(store, saved, [factor.id])
    assert core.factors_for(store, linked) == [store.record(lab.id, Factor, factor.id)]
    with pytest.raises(InvalidInput):
        core.link_factors(store, linked, ["nosuchfactor"])
    assert core.responses_for(store, linked) == []


def test_routes_can_be_renamed_and_added_but_not_removed_in_use(store, lab):
    core.save(store, _traj(lab, route="stacked"), expected_revision=0)
    current = core.settings(store, lab.id)
    rows = [{"id": r.id, **r.label} for r in current.routes]
    rows[0]["nl"] = "Groei in het klein"
    rows.append({"id": "care", "nl": "Zorgroute", "en": "Care route"})
    saved = core.save_routes(store, lab.id, rows, expected_revision=current.revision)
    assert core.route_label(saved.routes, "small_scale", "nl") == "Groei in het klein"
    core.save(store, _traj(lab, code="K-002", route="care"), expected_revision=0)
    with pytest.raises(InvalidInput) as caught:
        core.save_routes(store, lab.id, [r for r in rows if r["id"] != "care"], saved.revision)
    assert caught.value.key == "error.traj_route_in_use"
    with pytest.raises(Conflict):
        core.save_routes(store, lab.id, rows, expected_revision=current.revision)


def test_arm_with_aggregate_counts(store, lab):
    arm = core.save_arm(
        store,
        lab.id,
        name="Controlegroep",
        kind="control",
        size=900,
        moments=[{"moment": "T1", "work": 90, "part_time": 45, "other": 30}],
    )
    assert arm.moments[0].counts == {"work": 90, "part_time": 45, "other": 30, "benefit": 735}
    with pytest.raises(InvalidInput) as caught:
        core.save_arm(
            store,
            lab.id,
            name="Arm A",
            size=10,
            moments=[{"moment": "T1", "work": 8, "part_time": 2, "other": 1, "benefit": 0}],
        )
    assert "11" in caught.value.message("en")
    assert [a.name for a in store.records(lab.id, Arm)] == ["Controlegroep"]
    with pytest.raises(Conflict):
        stale = dataclasses.replace(arm, revision=0)
        core.save_arm(store, lab.id, name="Controle", kind="control", size=900, arm=stale)


# -- counting --------------------------------------------------------------------------------


def test_months_and_summary_shape():
    a = Trajectory(
        lab_id="l",
        candidate="K-1",
        route="small_scale",
        start=D(2025, 1, 1),
        end=D(2025, 7, 2),
        outcome="intended_job",
    )
    b = dataclasses.replace(a, candidate="K-2", route="care", end=D(2025, 2, 15), outcome="no_job")
    c = dataclasses.replace(a, candidate="K-3", end=None, outcome="learning")
    found = stats.summary([a, b, c], core.default_routes())
    assert found["total"] == 3
    assert set(found["by_outcome"]) == set(stats.OUTCOMES)
    assert found["by_outcome"]["intended_job"] == 1
    assert list(found["by_route"]) == ["small_scale", "care"]
    assert found["by_route"]["small_scale"] == {
        "total": 2,
        "by_outcome": {**dict.fromkeys(stats.OUTCOMES, 0), "intended_job": 1, "learning": 1},
    }
    assert found["learning_months"] == {"min": 1.5, "median": 3.8, "max": 6.0}
    assert stats.months_to_job(a) == 6.0
    assert stats.months_to_job(b) is None


def test_the_outcomes_summary_holds_back_routes_under_the_threshold():
    """`labmonitor outcomes` printed every route, however small; the page held them back."""
    ts = [
        Trajectory(lab_id="l", candidate=f"K-{i}", route="small_scale" if i < 5 else "stacked")
        for i in range(7)
    ]
    found = stats.summary(ts, core.default_routes(), threshold=5)
    assert list(found["by_route"]) == ["small_scale"] and found["total"] == 7
    assert found["held_back"] == {"routes": 1, "trajectories": 2, "threshold": 5}
    assert sum(found["by_outcome"].values()) == 7  # the totals still count everyone


def test_threshold_holds_back_small_groups():
    ts = [
        Trajectory(lab_id="l", candidate=f"K-{i}", route="small_scale" if i < 5 else "stacked")
        for i in range(7)
    ]
    split = stats.disclosed(stats.group_by(ts, "route"), 5)
    assert list(split.shown) == ["small_scale"]
    assert (split.hidden, split.hidden_people) == (1, 2)


def test_factors_per_step():
    fs = [
        Factor(lab_id="l", kind=FactorKind.ENABLER, text="a", phase_id="p", step=3),
        Factor(lab_id="l", kind=FactorKind.BARRIER, text="b", phase_id="p", step=3),
        Factor(lab_id="l", kind=FactorKind.BARRIER, text="c", phase_id="p"),
    ]
    table = stats.factors_per_step(fs)
    assert [f.text for f in table[3]["enabler"]] == ["a"]
    assert [f.text for f in table[3]["barrier"]] == ["b"]
    assert sum(len(v) for row in table.values() for v in row.values()) == 2


def test_difference_of_proportions_interval():
    diff, interval = stats.difference_interval(60, 200, 135, 900)
    assert diff == pytest.approx(0.15)
    low, high = interval
    # se = sqrt(.3*.7/200 + .15*.85/900) = 0.03462
    assert low == pytest.approx(0.15 - 1.96 * 0.03462, abs=1e-3)
    assert high == pytest.approx(0.15 + 1.96 * 0.03462, abs=1e-3)
    assert stats.difference_interval(3, 12, 135, 900)[1] is None


def test_compare_arms_against_the_control_group_with_threshold():
    def arm(name, kind, size, work, part):
        return Arm(
            lab_id="l",
            name=name,
            kind=kind,
            size=size,
            moments=(
                core.ArmMoment(
                    moment="T1",
                    counts={"work": work, "part_time": part, "other": 0, "benefit": size - work},
                ),
            ),
        )

    arms = [arm("A", "pilot", 200, 50, 10), arm("Controle", "control", 900, 100, 35)]
    arms.append(arm("Klein", "pilot", 3, 1, 0))
    (comparison,) = stats.compare(arms, threshold=5)
    assert comparison.hidden == ["Klein"]
    a, control = comparison.rows
    assert control.reference and control.difference is None
    assert a.to_work == 60 and a.to_work_share == pytest.approx(0.3)
    assert a.difference == pytest.approx(0.3 - 135 / 900)
    assert a.interval is not None and a.interval[0] < a.difference < a.interval[1]


def test_texts_are_bilingual():
    keys = [k for k in i18n.TEXT if k.startswith(("traj.", "arm.", "error.traj", "error.arm"))]
    assert len(keys) > 40
    for key in keys:
        assert i18n.TEXT[key].get("nl") and i18n.TEXT[key].get("en"), key


# -- demo ------------------------------------------------------------------------------------


def test_demo_trajectories_are_valid_and_linked(store):
    from monitor import demo

    lab = demo.load_demo(store)
    found = store.records(lab.id, Trajectory)
    assert 28 <= len(found) <= 32
    assert {t.route for t in found} == {"small_scale", "development"}
    known = core.routes(store, lab.id)
    for trajectory in found:
        assert core.check(trajectory, known) == trajectory
    people = {p.id: p for p in store.records(lab.id, Participant)}
    assert all(people[t.participant_id].pseudonym == t.candidate for t in found)
    employers = {t.employer_id for t in found}
    assert len(employers) >= 6
    stakeholders = {s.id: s for s in store.records(lab.id, Stakeholder)}
    assert all(stakeholders[e].group == StakeholderGroup.EMPLOYER for e in employers)
    # Candidates with survey answers pair with their trajectory.
    assert any(core.responses_for(store, t) for t in found)
    assert any(core.factors_for(store, t) for t in found)
    table = stats.factors_per_step(store.records(lab.id, Factor))
    assert all(table[n]["enabler"] and table[n]["barrier"] for n in (3, 4, 5, 6))
    (comparison,) = stats.compare(store.records(lab.id, Arm), lab.disclosure_threshold)
    assert [r.reference for r in comparison.rows] == [False, True]


def test_an_employer_with_trajectories_cannot_be_deleted(store, lab):
    from monitor import labs

    employer = _employer(store, lab)
    core.save(store, _traj(lab, employer_id=employer.id), expected_revision=0)
    with pytest.raises(InvalidInput) as caught:
        labs.save_stakeholders(store, lab.id, [], deleted_ids=[employer.id])
    assert caught.value.key == "error.stakeholder_in_use"
    assert store.record(lab.id, Stakeholder, employer.id)


def test_only_a_candidate_s_own_coach_or_a_researcher_updates_the_trajectory(store):
    from monitor import access, labs
    from monitor.errors import InvalidInput
    from tests.conftest import make_lab

    lab = make_lab(store)
    c1, c2 = labs.save_stakeholders(
        store, lab.id, [{"name": n, "group": "job_coach"} for n in ("Kim", "Bo")]
    )
    trajectory = core.create(store, lab.id, candidate="K-1", route="small_scale", coach_id=c1.id)
    kim = access.User(username="kim", name="Kim", role=access.Role.COACH, stakeholder_ids=(c1.id,))
    bo = access.User(username="bo", name="Bo", role=access.Role.COACH, stakeholder_ids=(c2.id,))
    piet = access.User(username="piet", name="Piet", role=access.Role.STEERING)
    for outsider in (bo, piet):
        with pytest.raises(InvalidInput):
            core.update_step(store, trajectory, 1, "2025-02-01", "", user=outsider)
        with pytest.raises(InvalidInput):
            core.update_outcome(store, trajectory, "no_job", "", None, user=outsider)
    assert store.record(lab.id, Trajectory, trajectory.id).revision == trajectory.revision
    saved = core.update_step(store, trajectory, 1, "2025-02-01", "Gesprek", user=kim)
    assert core.step(saved, 1).note == "Gesprek"
    with pytest.raises(InvalidInput):  # the coded evidence is the researcher's
        core.link_factors(store, saved, [], user=kim)
    assert core.visible_to(bo, [saved]) == [] and core.visible_to(kim, [saved]) == [saved]
