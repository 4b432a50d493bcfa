"""The workshop screen and the phone page a workshop's QR opens."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from monitor import workshops
from monitor.model import Workshop
from monitor.store import Store
from tests.conftest import make_lab
from tests.pages.conftest import app, texts


def _screen(lang: str = "nl"):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    return at.switch_page("pages/workshops.py").run()


def _open_on_screen(at, kind: str, title: str = "Reflectie voorjaar"):
    at.radio[0].set_value(kind)
    at.text_input[0].input(title)
    at.date_input[0].set_value(dt.date(2025, 2, 1))
    labels = ("Workshop openen", "Open the workshop")
    next(b for b in at.get("form_submit_button") if b.label in labels).click().run()
    assert not at.exception and not at.error, at.error
    query = parse_qs(urlsplit(at.code[0].value).query)
    return {key: values[0] for key, values in query.items()}


def _phone(link: dict):
    phone = app()
    for key, value in link.items():
        phone.query_params[key] = value
    return phone.run()


@pytest.fixture
def lab_store(data_dir) -> Store:
    store = Store(data_dir)
    make_lab(store)
    return store


def test_a_reflection_from_screen_to_phone_and_back(lab_store):
    lab = lab_store.labs()[0]
    screen = _screen()
    link = _open_on_screen(screen, "reflection")
    phone = _phone(link)
    assert not phone.exception and not phone.sidebar.children
    assert "Wat ging goed" in texts(phone) and "Testlab" not in texts(phone)
    me = phone.query_params["me"]
    me = me[0] if isinstance(me, list) else me
    assert me, "the phone got its own key in the address"
    phone.select_slider[0].set_value(8)
    phone.text_input[0].input("Korte lijnen met de werkgevers")
    phone.get("form_submit_button")[0].click().run()
    assert not phone.exception and not phone.error, phone.error
    (stored,) = lab_store.records(lab.id, Workshop)
    assert len(stored.entries) == len(workshops.REFLECTION_QUESTIONS)
    assert {e.score for e in stored.entries if e.item == "went_well"} == {8}
    # A reload: the same address (with its key) shows what this phone sent and changes it.
    again = _phone({**link, "me": me})
    assert "Wat u stuurde" in texts(again)
    assert again.select_slider[0].value == 8
    again.get("form_submit_button")[0].click().run()
    assert len(lab_store.record(lab.id, Workshop, stored.id).entries) == 5
    # The screen closes it; the phone is told, and nothing more is stored.
    screen.run()
    next(b for b in screen.button if b.label == "Workshop sluiten").click().run()
    assert not screen.exception
    late = _phone({**link, "me": me})
    assert "gesloten" in texts(late) and not late.get("form_submit_button")


def test_a_phone_keeps_what_it_typed_when_an_entry_is_refused(lab_store):
    screen = _screen()
    link = _open_on_screen(screen, "timeline", "Tijdlijn")
    phone = _phone(link)
    phone.text_input[0].input("Alleen een reden, geen moment")
    phone.get("form_submit_button")[0].click().run()
    assert phone.error, "a mark without a moment is refused with a message"
    assert phone.text_input[0].value == "Alleen een reden, geen moment"


def test_entries_with_markup_stay_plain_text(lab_store):
    lab = lab_store.labs()[0]
    screen = _screen()
    link = _open_on_screen(screen, "eye_opener", "**Eye** [x](http://evil)")
    hostile = "**bold** <img src=x onerror=alert(1)>"
    phone = _phone(link)
    phone.text_area[0].input(hostile)
    phone.get("form_submit_button")[0].click().run()
    assert not phone.error, phone.error
    assert any(t.value.endswith(hostile) for t in phone.text)  # st.text: never markup
    assert all("<img" not in m.value for m in phone.markdown)
    assert any("\\*\\*Eye\\*\\*" in h.value for h in phone.header)
    (stored,) = lab_store.records(lab.id, Workshop)
    assert stored.entries[0].text == hostile


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_workshops_show_on_the_screen(demo_store, lang):
    at = _screen(lang)
    assert not at.exception, at.exception
    ids = _ids(demo_store)
    assert len(ids) >= 4
    assert ("Workshops" in texts(at)) and at.dataframe
    if lang != "nl":
        return  # AppTest formats option labels outside the session, i.e. in the default nl
    for workshop_id in ids:
        at.selectbox[0].set_value(workshop_id).run()
        assert not at.exception, at.exception
        assert at.dataframe or at.get("arrow_vega_lite_chart")


def _ids(store: Store) -> list[str]:
    lab = store.labs()[0]
    return [w.id for w in workshops.workshops(store, lab.id)]


def test_a_phone_on_the_network_can_join_a_workshop_in_local_mode(lab_store, monkeypatch):
    """The join link was not among the links that are their own access: a phone that is not
    this computer got "session expired" instead of the workshop."""
    from pages import _session

    link = _open_on_screen(_screen(), "eye_opener", "Eyeopeners")
    monkeypatch.setattr(_session, "client_is_local", lambda: False)
    phone = _phone(link)
    assert not phone.exception and not phone.error, (phone.exception, phone.error)
    assert phone.text_area or phone.text_input, "the phone shows the entry form"
