from urllib.parse import parse_qs, urlsplit

import pytest

from monitor import surveys
from monitor.model import Participant, Response, Survey
from monitor.protocols import parse
from tests.pages.conftest import app, texts
from tests.test_surveys import QUESTIONNAIRE


@pytest.fixture
def quick(demo_store):
    """A short questionnaire in the easy profile for three employers of the demo lab."""
    lab = demo_store.labs()[0]
    demo_store.save_protocol("quick", QUESTIONNAIRE)
    protocol = parse(QUESTIONNAIRE)
    for name in ("Werkgever A", "Werkgever B", "Werkgever C"):
        surveys.add_participant(demo_store, lab.id, name=name, group="employer")
    made = surveys.create_survey(
        demo_store, lab.id, protocol, wave="T0", audience_groups=["employer"], profile="easy"
    )
    invited = surveys.invite(demo_store, made)
    return lab, made, invited


def _open(store, invitation, lang="nl"):
    url = surveys.link(store, invitation, "http://x/")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    phone = app()
    phone.session_state["lang"] = lang
    for key, value in query.items():
        phone.query_params[key] = value
    return phone.run()


def _button(at, label):
    return next(b for b in at.button if b.label.endswith(label))


def test_a_link_opens_only_its_survey_and_asks_consent_first(demo_store, quick):
    lab, made, invited = quick
    phone = _open(demo_store, invited[0])
    assert not phone.exception
    assert not phone.sidebar.children  # no navigation, no lab choice
    shown = texts(phone)
    assert "Doet u mee?" in shown and "Doe je mee?" in shown
    assert "Groeibanen" not in shown
    _button(phone, "Nee, ik doe niet mee").click().run()
    assert "Er is niets van u bewaard" in texts(phone)
    assert not [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    assert demo_store.record(lab.id, Survey, made.id).refusals == 1


def test_easy_profile_taps_store_each_answer_and_resume_after_a_reload(demo_store, quick):
    lab, made, invited = quick
    phone = _open(demo_store, invited[1])
    _button(phone, "Ja, ik doe mee").click().run()
    assert "Het werk gaat goed" in texts(phone)
    _button(phone, "Eens").click().run()  # 🙂 Eens, stored at once
    (response,) = [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    assert response.answers == {"works": "4"}
    _button(phone, "Weet ik niet").click().run()
    # a new session with the same link (a closed tab, a flat battery) goes on where it was
    again = _open(demo_store, invited[1])
    assert "Rol?" in texts(again)
    stored = demo_store.record(lab.id, Response, response.id)
    assert stored.answers == {"works": "4", "tense": "dk"}


def test_answering_to_the_end_submits_once_and_the_link_can_withdraw(demo_store, quick):
    lab, made, invited = quick
    phone = _open(demo_store, invited[2], lang="en")
    _button(phone, "Yes, I take part").click().run()
    _button(phone, "Agree").click().run()
    _button(phone, "Fully disagree").click().run()
    # a choice with "other, namely" uses a small form
    phone.radio[0].set_value("coach")
    next(b for b in phone.get("form_submit_button") if b.label == "Next").click().run()
    assert "Why?" in texts(phone)
    phone.text_area[0].input("<b>Omdat</b> =1+1")
    next(b for b in phone.get("form_submit_button") if b.label == "Next").click().run()
    _button(phone, "Send").click().run()
    assert "Thank you" in texts(phone)
    (response,) = [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    assert response.status == "submitted"
    assert response.answers["why"] == "<b>Omdat</b> =1+1"
    _button(phone, "Stop and delete everything").click().run()
    assert "deleted" in texts(phone)
    assert not [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    assert "deleted" in texts(_open(demo_store, invited[2], lang="en"))


def test_a_tampered_link_gets_a_friendly_message(demo_store, quick):
    _, _, invited = quick
    url = surveys.link(demo_store, invited[0], "http://x/")
    phone = app()
    phone.query_params["lab"] = invited[0].lab_id
    phone.query_params["survey"] = url.rsplit("=", 1)[1][:-3]
    phone.run()
    assert not phone.exception and not phone.sidebar.children
    assert "Deze link werkt niet" in texts(phone)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page", ["pages/surveys.py", "pages/survey_results.py"])
def test_survey_pages_run_on_the_demo_lab(demo_store, page, lang):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]


def test_results_hide_small_groups_and_show_the_pairs(demo_store):
    at = app()
    at.run()
    at.switch_page("pages/survey_results.py").run()
    shown = texts(at)
    assert "minder dan 5" in shown
    assert not at.exception
    names = [p.name for p in demo_store.records(demo_store.labs()[0].id, Participant)]
    assert not any(name in shown for name in names)  # codes only


def test_interviewer_mode_fills_in_on_behalf_of_a_respondent(demo_store, quick):
    lab, made, invited = quick
    at = app()
    at.run()
    at.session_state["surveys.interview"] = {"invitation": invited[0].id, "interviewer": "Bram"}
    at.switch_page("pages/surveys.py").run()
    assert "Lees de tekst voor" in texts(at)
    assert at.text_input[0].value == "Bram"  # consent witnessed by
    _button(at, "Ja, ik doe mee").click().run()
    at.radio[0].set_value("4")
    at.checkbox[0].check()
    next(b for b in at.get("form_submit_button") if b.label == "Volgende").click().run()
    (response,) = [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    assert response.mode == "interviewer" and response.interviewer == "Bram"
    assert response.consent.witness == "Bram"
    assert response.answers == {"works": "4"} and response.helped == ("works",)


def test_an_interview_protocol_filled_in_alone_hides_the_interviewer_texts(demo_store):
    from monitor import protocols

    lab = demo_store.labs()[0]
    shipped, _ = protocols.load_all(protocols.PROTOCOL_DIR)
    surveys.add_participant(demo_store, lab.id, name="Kandidaat K", group="job_seeker")
    made = surveys.create_survey(
        demo_store,
        lab.id,
        shipped["candidate_interview"],
        wave="TX",
        audience_groups=["job_seeker"],
        profile="easy",
    )
    invitation = surveys.invite(demo_store, made)[0]
    phone = _open(demo_store, invitation)
    _button(phone, "Ja, ik doe mee").click().run()
    seen = []
    for _ in range(6):  # the first screens: the welcome, then the first questions
        shown = texts(phone)
        seen.append(shown)
        assert "interviewer" not in shown.casefold(), shown
        nxt = [b for b in phone.get("form_submit_button") if b.label == "Volgende"]
        if not nxt:
            break
        nxt[0].click().run()
    assert any("U krijgt nu een paar vragen" in shown for shown in seen)


def test_the_survey_creator_warns_when_an_interview_protocol_is_chosen(demo_store):
    at = app()
    at.session_state["lang"] = "nl"
    at.run()
    at.switch_page("pages/surveys.py").run()
    at.selectbox(key="surveys.protocol_pick").set_value("candidate_interview").run()
    assert "Dit is een interviewprotocol" in texts(at)
    assert "Uw werk en uw begeleiding" in texts(at)  # the questionnaire it suggests
    at.selectbox(key="surveys.protocol_pick").set_value("candidate_self").run()
    assert "Dit is een interviewprotocol" not in texts(at)


def test_a_large_wave_shows_its_links_a_page_at_a_time(demo_store):
    """A wave of a thousand invitations drew every link (and its signature) on each rerun."""
    lab = demo_store.labs()[0]
    demo_store.save_protocol("quick", QUESTIONNAIRE)
    rows = [{"name": f"Grote golf {i:03d}", "group": "job_seeker"} for i in range(120)]
    surveys.save_participants(demo_store, lab.id, rows)
    made = surveys.create_survey(
        demo_store, lab.id, parse(QUESTIONNAIRE), wave="T9", audience_groups=["job_seeker"]
    )
    invited = surveys.invite(demo_store, made)
    at = app().run()
    at.session_state["surveys.chosen"] = made.id
    at.switch_page("pages/surveys.py").run()
    assert not at.exception, at.exception
    table = next(f for f in at.dataframe if "link" in f.value.columns)
    assert len(table.value) == 50 and len(invited) > 100
    assert f"van {len(invited)}" in texts(at)  # "1–50 van 12x"


def test_a_participant_is_added_through_the_short_form_which_then_clears(demo_store):
    lab = demo_store.labs()[0]
    at = app().run()
    at.switch_page("pages/surveys.py").run()
    before = len(demo_store.records(lab.id, Participant))
    name = next(w for w in at.text_input if w.label == "Naam *")
    name.input("Jesse Koster")
    next(s for s in at.selectbox if s.label == "Groep *").set_value("job_seeker")
    next(b for b in at.button if b.label == "Deelnemer toevoegen").click().run()
    assert not at.exception, at.exception
    added = [p for p in demo_store.records(lab.id, Participant) if p.name == "Jesse Koster"]
    assert len(added) == 1 and added[0].group == "job_seeker" and added[0].pseudonym
    assert next(w for w in at.text_input if w.label == "Naam *").value == ""
    assert "Jesse Koster" in list(at.data_editor[0].value["name"])
    # the emptied form stores nothing on a second press; without a group it says what is missing
    next(b for b in at.button if b.label == "Deelnemer toevoegen").click().run()
    assert len(demo_store.records(lab.id, Participant)) == before + 1
    assert "verplicht" in texts(at)
