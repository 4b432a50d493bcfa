"""The programme pages: the cross-lab view, the national agenda and meeting, settings, sharing
from a lab, the phone page, and what a programme lead can and cannot reach."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest

from monitor import access
from monitor.model import LearningQuestion, ProgrammeQuestion, ProgrammeShare, Stakeholder
from monitor.programme import demo as programme_demo
from monitor.programme import meeting, setup, sharing
from monitor.store import Store
from tests.pages.conftest import app, texts
from tests.pages.test_hostile_pages import hostile_store  # noqa: F401 - a fixture
from tests.programme_helpers import RESEARCHER

PAGES = [
    "pages/programme.py",
    "pages/programme_agenda.py",
    "pages/programme_meeting.py",
    "pages/programme_setup.py",
    "pages/programme_share.py",
]
LEAD_HASH = access.hash_password("programme secret", iterations=1_000)


@pytest.fixture
def programme_store(data_dir) -> Store:
    store = Store(data_dir)
    programme_demo.load_demo_programme(store)
    return store


def _page(page: str, lang: str = "nl"):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    return at.switch_page(page).run()


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_programme_page_runs_on_the_demo_programme(programme_store, page, lang):
    at = _page(page, lang)
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]
    for widget in [*at.multiselect, *at.selectbox]:  # no "Select all" in any language
        assert widget.proto.select_all == 0 if widget.type == "multiselect" else True


def test_the_cross_lab_view_shows_counts_groups_and_the_heatmap(programme_store):
    at = _page("pages/programme.py")
    shown = texts(at)
    assert "Landelijk programma Werk in de regio" in shown
    assert "Hardnekkige belemmeringen over labs heen" in shown
    assert "gedeeld door" in shown
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    metric = next(m for m in at.metric if m.label == "Labs")
    assert int(metric.value) == 6
    at.multiselect[0].set_value(["Twente"]).run()
    assert int(next(m for m in at.metric if m.label == "Labs").value) == 1


def test_no_source_or_name_of_a_lab_reaches_the_programme_pages(programme_store):
    store = programme_store
    names = [s.name for lab in store.labs() for s in store.records(lab.id, Stakeholder)]
    shared = {s.question_id for lab in store.labs() for s in store.records(lab.id, ProgrammeShare)}
    hidden = [
        q.text["nl"]
        for lab in store.labs()
        for q in store.records(lab.id, LearningQuestion)
        if q.id not in shared
        and q.text["nl"]
        not in {
            s.text.get("nl")
            for lab2 in store.labs()
            for s in store.records(lab2.id, ProgrammeShare)
        }
    ]
    for page in ("pages/programme.py", "pages/programme_agenda.py", "pages/programme_meeting.py"):
        shown = texts(_page(page))
        assert not [n for n in names if n in shown], page
        assert not [q for q in hidden if q in shown], page


def test_accepting_a_draft_and_adding_a_question_on_the_agenda_page(programme_store):
    from monitor.programme import agenda, crosslab

    store = programme_store
    programme = setup.programmes(store)[0]
    waiting = agenda.drafts(store, programme, crosslab.view(store, programme))
    assert waiting, "the demo leaves proposals to decide on"
    before = len(store.records(None, ProgrammeQuestion))
    at = _page("pages/programme_agenda.py")
    next(b for b in at.button if b.label == "Overnemen").click().run()
    assert not at.exception
    assert len(store.records(None, ProgrammeQuestion)) == before + 1
    left = agenda.drafts(store, programme, crosslab.view(store, programme))
    assert len(left) == len(waiting) - 1
    at = _page("pages/programme_agenda.py")
    adding = next(a for a in at.text_area if a.label == "Leervraag (Nederlands)")
    adding.input("Hoe houden we werkgevers vast na de plaatsing?")
    next(f for f in at.get("form_submit_button") if f.label == "Leervraag toevoegen").click().run()
    assert not at.exception and not at.error
    made = [
        q for q in store.records(None, ProgrammeQuestion) if "vast na de plaatsing" in q.text["nl"]
    ]
    assert len(made) == 1 and made[0].programme_id == programme.id


def test_an_empty_question_gets_a_message_and_nothing_is_stored(programme_store):
    store = programme_store
    before = len(store.records(None, ProgrammeQuestion))
    at = _page("pages/programme_agenda.py", "en")
    next(
        f for f in at.get("form_submit_button") if f.label == "Add a learning question"
    ).click().run()
    assert [e.value for e in at.error]
    assert "required" in at.error[0].value
    assert len(store.records(None, ProgrammeQuestion)) == before


def test_a_national_meeting_from_screen_to_phone(programme_store):
    at = _page("pages/programme_meeting.py")
    at.text_input[0].input("Tweede leerdag")
    at.multiselect[1].set_value(["employers", "guidance"])
    next(b for b in at.get("form_submit_button") if b.label == "Bijeenkomst openen").click().run()
    assert not at.exception and not at.error, at.error
    query = parse_qs(urlsplit(at.code[0].value).query)
    phone = app()
    for key, values in query.items():
        phone.query_params[key] = values[0]
    phone.run()
    assert not phone.exception and not phone.sidebar.children
    assert "Tweede leerdag" in texts(phone)
    for box in phone.checkbox[:2]:
        box.check()
    next(b for b in phone.get("form_submit_button") if b.label == "Stem versturen").click().run()
    assert not phone.exception and not phone.error, [e.value for e in phone.error]
    programme = setup.programmes(programme_store)[0]
    held = meeting.current(programme_store, programme)
    assert len(meeting.vote_of(programme_store, held).ballots) == 1
    assert "Uw stem is geteld" in texts(phone)
    phone.radio[0].set_value("solution")
    phone.text_area[0].input("Een loket voor alle werkgevers")
    next(b for b in phone.get("form_submit_button") if b.label == "Versturen").click().run()
    assert not phone.exception and not phone.error
    entries = [e for s in meeting.tables_of(programme_store, held) for e in s.entries]
    assert [e.text for e in entries] == ["Een loket voor alle werkgevers"]


def test_sharing_and_taking_back_from_the_lab_page(programme_store):
    store = programme_store
    lab = next(lab for lab in store.labs() if lab.name == "Groeibanen Brakkenveen")
    at = app()
    at.session_state["lab_id"] = lab.id
    at.run()
    at.switch_page("pages/programme_share.py").run()
    assert not at.exception
    before = len(sharing.active(store, lab.id))
    share = next(b for b in at.button if b.label == "Delen")
    share.click().run()
    assert not at.exception and len(sharing.active(store, lab.id)) == before + 1
    back = next(b for b in at.button if b.label == "Terugnemen")
    back.click().run()
    assert len(sharing.active(store, lab.id)) == before
    events = [e.get("event") for e in store.audit_trail(lab.id)]
    assert "shared" in events and "unshared" in events


def _lead_app(store, lead: str = "programmaleider"):
    at = app()
    at.secrets["labmonitor"] = {
        "users": {lead: {"role": "programme_lead", "password": LEAD_HASH, "name": "Lead"}}
    }
    config = access.config_from({"labmonitor": dict(at.secrets["labmonitor"])})
    now = time.time()
    at.session_state["auth.session"] = access.Session(
        user=config.users[lead], started=now, seen=now
    )
    return at.run()


def test_a_programme_lead_sees_the_programme_and_no_lab_page(programme_store):
    at = _lead_app(programme_store)
    assert not at.exception, at.exception
    assert "Landelijk programma Werk in de regio" in texts(at)
    for page in ("pages/sources.py", "pages/overview.py", "pages/programme_share.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(page)
    at.switch_page("pages/programme_agenda.py").run()
    assert not at.exception and "Landelijke leeragenda" in texts(at)


def test_a_programme_of_another_lead_stays_closed_by_address(programme_store):
    store = programme_store
    outside = next(lab for lab in store.labs() if lab.name == "Groeibanen Brakkenveen")
    mine = setup.programmes(store)[0]
    setup.remove_lab(store, mine, outside.id)
    theirs = setup.create(store, name="Ander programma", lead="iemand")
    setup.add_lab(store, theirs, outside.id, "Elders")
    sharing.share_text(
        store, RESEARCHER, outside, kind="lesson", theme="capacity", nl="Alleen voor het andere."
    )
    at = _lead_app(store)
    shown = texts(at)
    assert "Ander programma" not in shown and outside.name not in shown
    assert "Alleen voor het andere." not in shown
    at.query_params["pid"] = theirs.id
    at.run()
    assert "bestaat niet of u heeft er geen toegang" in texts(at)
    assert "Alleen voor het andere." not in texts(at)
    at.switch_page("pages/programme_agenda.py").run()
    assert "Ander programma" not in texts(at)


@pytest.mark.parametrize("page", PAGES)
def test_markup_typed_anywhere_in_a_programme_stays_text(hostile_store, page):  # noqa: F811
    from monitor.programme import agenda
    from tests.pages.test_hostile_pages import active_markup, hostile, open_page

    (lab,) = hostile_store.labs()
    made = setup.create(hostile_store, name=hostile("programme.name"), lead="lead")
    made = setup.add_lab(hostile_store, made, lab.id, hostile("programme.region"))
    # stored as is: the name check (which these texts would fail) is not what is tested here
    hostile_store.save(
        ProgrammeShare(
            lab_id=lab.id, kind="lesson", theme="capacity", shared="2026-01-05T10:00:00+00:00",
            text={"nl": hostile("share.nl"), "en": hostile("share.en")},
        )
    )  # fmt: skip
    agenda.add_question(hostile_store, RESEARCHER, made, theme="guidance", nl=hostile("pq.nl"))
    at = open_page(page)
    assert active_markup(at) == []
