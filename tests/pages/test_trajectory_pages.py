"""The Trajectories and Outcomes pages through the real app."""

import pytest

from monitor.model import Stakeholder, Trajectory
from monitor.trajectories import core
from tests.pages.conftest import app, texts
from tests.pages.test_access_pages import logged_in


def _open(page: str, lang: str = "nl"):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_trajectories_page_shows_table_and_six_steps(demo_store, lang):
    at = _open("pages/trajectories.py", lang)
    shown = texts(at)
    assert ("Zes stappen" if lang == "nl" else "Six steps") in shown
    assert ("Toekomstige baan in beeld" if lang == "nl" else "Future job comes into view") in shown
    table = at.dataframe[0].value
    assert len(table) == len(demo_store.records(demo_store.labs()[0].id, Trajectory))
    # Candidates by code only: no name from the registry appears.
    assert "Samira" not in shown and "Samira" not in table.to_string()


def test_filter_by_outcome(demo_store):
    at = _open("pages/trajectories.py")
    lab = demo_store.labs()[0]
    no_job = [t for t in demo_store.records(lab.id, Trajectory) if t.outcome == "no_job"]
    at.multiselect(key="traj.f_outcome").set_value(["no_job"]).run()
    assert len(at.dataframe[0].value) == len(no_job)


def test_quick_step_update_is_stored_with_the_revision(demo_store):
    at = _open("pages/trajectories.py")
    lab = demo_store.labs()[0]
    picked = next(s for s in at.selectbox if s.label == "Traject bekijken").value
    before = demo_store.record(lab.id, Trajectory, picked)
    form_step = next(s for s in at.selectbox if s.label == "Stap")
    form_step.set_value(1)
    notes = next(a for a in at.text_area if a.label == "Notitie bij de stap")
    notes.input("Werkgever noemt een vacature **bij** de balie")
    day = next(d for d in at.date_input if d.label == "Datum bereikt")
    day.set_value(before.start)
    next(b for b in at.button if b.label == "Stap opslaan").click().run()
    assert not at.exception, at.exception
    after = demo_store.record(lab.id, Trajectory, picked)
    assert after.revision == before.revision + 1
    assert core.step(after, 1).note == "Werkgever noemt een vacature **bij** de balie"
    assert "Stap 1 is opgeslagen" in texts(at)
    # The note is shown as typed, never as markup.
    assert any("\\*\\*bij\\*\\*" in c.value for c in at.caption)


def test_a_stale_step_update_is_refused(demo_store):
    at = _open("pages/trajectories.py")
    lab = demo_store.labs()[0]
    code = next(s for s in at.selectbox if s.label == "Traject bekijken").value
    # Someone else saves the trajectory after this page read it.
    current = demo_store.record(lab.id, Trajectory, code)
    core.update_outcome(demo_store, current, "agency", "", current.end)
    notes = next(a for a in at.text_area if a.label == "Notitie bij de stap")
    notes.input("Tweede sessie")
    next(b for b in at.button if b.label == "Stap opslaan").click().run()
    assert "Iemand anders heeft dit traject net gewijzigd" in texts(at)
    stored = demo_store.record(lab.id, Trajectory, code)
    assert stored.outcome == "agency"
    assert all(s.note != "Tweede sessie" for s in stored.steps)


def test_a_new_trajectory_with_a_name_is_refused(demo_store):
    at = _open("pages/trajectories.py")
    lab = demo_store.labs()[0]
    count = len(demo_store.records(lab.id, Trajectory))
    next(i for i in at.text_input if i.label == "Kandidaat (code)").input("Jan de Vries")
    next(b for b in at.button if b.label == "Traject toevoegen").click().run()
    assert "geen kandidaatcode" in texts(at)
    assert len(demo_store.records(lab.id, Trajectory)) == count
    next(i for i in at.text_input if i.label == "Kandidaat (code)").input("K-900")
    arm = next(s for s in at.selectbox if s.label == "Arm of cohort")
    arm.set_value(_arm_ids(demo_store, lab.id)[0])
    next(b for b in at.button if b.label == "Traject toevoegen").click().run()
    assert "is toegevoegd" in texts(at)
    assert len(demo_store.records(lab.id, Trajectory)) == count + 1
    (made,) = demo_store.find(lab.id, Trajectory, candidate="K-900")
    assert made.arm_id == _arm_ids(demo_store, lab.id)[0]  # the arm is set on the page too


def _arm_ids(store, lab_id):
    from monitor.model import Arm

    return sorted(a.id for a in store.records(lab_id, Arm))


def test_an_empty_lab_says_what_to_do(data_dir):
    from monitor.store import Store
    from tests.conftest import make_lab

    make_lab(Store(data_dir))
    at = _open("pages/trajectories.py")
    assert "Nog geen trajecten" in texts(at)
    at = _open("pages/outcomes.py")
    assert "Nog geen trajecten om te tellen" in texts(at)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_outcomes_page_on_the_demo_lab(demo_store, lang):
    at = _open("pages/outcomes.py", lang)
    shown = texts(at)
    for nl, en in (
        ("Uitkomst per route", "Outcome per route"),
        ("Van start tot uitkomst", "From start to outcome"),
        ("Factoren per stap", "Factors per step"),
        ("Vergelijking van groepen", "Comparison of groups"),
    ):
        assert (nl if lang == "nl" else en) in shown
    assert len(at.get("vega_lite_chart")) >= 5
    arms = at.dataframe[-1].value
    assert any("referentie" in g or "reference" in g for g in arms.iloc[:, 0])


def test_outcomes_hold_back_small_employers(demo_store):
    at = _open("pages/outcomes.py")
    # Seven employers share about thirty candidates: some have fewer than five.
    assert "niet getoond" in texts(at)


def test_steering_sees_outcomes_with_employer_codes_but_not_trajectories(demo_store):
    at = logged_in(demo_store, "piet")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/trajectories.py")  # not registered for steering
    at.switch_page("pages/outcomes.py").run()
    assert not at.exception, at.exception
    assert "Uitkomst per route" in texts(at)
    lab = demo_store.labs()[0]
    organisations = {
        s.organisation for s in demo_store.records(lab.id, Stakeholder) if s.organisation
    }
    charts = b"".join(c.proto.SerializeToString() for c in at.get("vega_lite_chart"))
    assert b"EMP-0" in charts
    assert not any(o.encode() in charts for o in organisations)


def test_the_import_previews_then_stores_only_good_rows(demo_store):
    lab = demo_store.labs()[0]
    count = len(demo_store.records(lab.id, Trajectory))
    data = (
        b"kandidaat;route;werkgever;functie;inleerlocatie;start;einde;uitkomst\n"
        b"K-500;stapelbanen;Fietsenmakerij Spaak;monteur;werkgever;2026-02-01;;nog in traject\n"
        b"K-501;ladder;Fietsenmakerij Spaak;monteur;werkgever;2026-02-01;;geen werk\n"
    )
    at = _open("pages/trajectories.py")
    at.get("file_uploader")[0].upload("export.csv", data, "text/csv")
    at.run()
    assert not at.exception, at.exception
    shown = texts(at)
    assert "1 nieuw, 0 bijgewerkt, 1 regel niet ingelezen." in shown
    assert "Regel 3" in shown and "ladder" in shown
    assert "Fietsenmakerij Spaak" in shown  # the new employer is listed
    assert len(demo_store.records(lab.id, Trajectory)) == count  # a preview stores nothing
    next(b for b in at.button if b.label == "1 regel inlezen").click().run()
    assert not at.exception, at.exception
    codes = {t.candidate for t in demo_store.records(lab.id, Trajectory)}
    assert "K-500" in codes and "K-501" not in codes
    # The imported file is not offered again as updates.
    assert "Ingelezen: 1 nieuw, 0 bijgewerkt." in texts(at)
    assert not [b for b in at.button if b.label.endswith("inlezen")]


def test_a_coach_updates_the_steps_of_own_candidates_and_sees_no_evidence(demo_store):
    """Issue #16: quick step and outcome updates "by the coach or researcher"; there was no
    coach role, so a coach needed the researcher's whole workbench."""
    import time

    from monitor import access
    from monitor.model import Trajectory

    lab = demo_store.labs()[0]
    mine = [t for t in demo_store.records(lab.id, Trajectory) if t.coach_id]
    coach_id = mine[0].coach_id
    theirs = sorted(t.candidate for t in mine if t.coach_id == coach_id)
    others = [t.candidate for t in demo_store.records(lab.id, Trajectory) if t.coach_id != coach_id]
    assert others and theirs
    at = app()
    hashed = access.hash_password("coach secret", iterations=1_000)
    at.secrets["labmonitor"] = {
        "users": {
            "kim": {"role": "coach", "password": hashed, "name": "Kim", "stakeholders": [coach_id]}
        }
    }
    config = access.config_from({"labmonitor": dict(at.secrets["labmonitor"])})
    now = time.time()
    at.session_state["auth.session"] = access.Session(
        user=config.users["kim"], started=now, seen=now
    )
    at.run()
    assert not at.exception, at.exception
    assert [tab.label for tab in at.tabs] == ["Overzicht"], [tab.label for tab in at.tabs]
    shown = texts(at)
    assert all(code not in shown for code in others if code not in theirs)
    assert "Vragenlijsten over deze kandidaat" not in shown
    assert "Factoren bij dit traject" not in shown
    with pytest.raises(ValueError, match="Known pages"):  # no other page is registered
        at.switch_page("pages/sources.py")
