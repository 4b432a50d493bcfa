import pytest

from monitor.model import Source
from monitor.store import Store
from monitor.text import markdown_escape
from tests.pages.conftest import PAGES, app, texts


def test_first_start_offers_the_demo_and_an_empty_lab(data_dir):
    at = app().run()
    assert not at.exception
    labels = [b.label for b in at.button] + [b.label for b in at.get("form_submit_button")]
    assert "Open het voorbeeldlab" in labels and "Begin een leeg lab" in labels


def test_opening_the_demo_lab_shows_its_overview(data_dir):
    at = app().run()
    next(b for b in at.button if b.label == "Open het voorbeeldlab").click().run()
    assert not at.exception
    (lab,) = Store(data_dir).labs()
    assert at.title[0].value == markdown_escape(lab.name)
    assert any(m.label == "Betrokkenen" and int(m.value) >= 15 for m in at.metric)


def test_starting_an_empty_lab(data_dir):
    at = app().run()
    at.text_input[0].input("Mijn lab")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    assert "Mijn lab" in at.title[0].value


def test_an_empty_lab_name_gets_a_clear_message(data_dir):
    at = app().run()
    at.get("form_submit_button")[0].click().run()
    assert "Naam van het lab is verplicht." in [e.value.replace("\\", "") for e in at.error]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_runs_on_the_demo_lab(demo_store, page, lang):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]


def test_the_language_switch_changes_the_screen(demo_store):
    at = app().run()
    assert "Huidige fase" in texts(at)
    at.sidebar.segmented_control[0].set_value("en").run()
    assert "Current phase" in texts(at)


def test_lab_setup_saves_and_rejects_with_a_message(demo_store):
    at = app().run()
    at.switch_page("pages/lab_setup.py").run()
    at.text_input[0].input("<script>alert(1)</script>")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    lab = demo_store.labs()[0]
    assert lab.name == "<script>alert(1)</script>"
    at.switch_page("pages/overview.py").run()
    assert "\\<script\\>" in at.title[0].value  # escaped: shown as text, never as markup
    at.switch_page("pages/lab_setup.py").run()
    at.text_input[0].input("")
    at.get("form_submit_button")[0].click().run()
    assert any("verplicht" in e.value for e in at.error)
    assert demo_store.labs()[0].name == "<script>alert(1)</script>"


def test_adding_a_source_stores_it_once(demo_store):
    lab = demo_store.labs()[0]
    before = len(demo_store.records(lab.id, Source))
    at = app().run()
    at.switch_page("pages/sources.py").run()
    at.date_input[0].set_value(lab.phases[1].start)
    form_inputs = [ti for ti in at.text_input if ti.label == "Titel"]
    form_inputs[0].input("Notulen extra")
    at.text_area[0].input("Er is besloten om =SUM(A1) te doen.")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    assert len(demo_store.records(lab.id, Source)) == before + 1


def test_a_source_outside_every_phase_is_refused(demo_store):
    lab = demo_store.labs()[0]
    at = app().run()
    at.switch_page("pages/sources.py").run()
    at.date_input[0].set_value(lab.phases[-1].end.replace(year=lab.phases[-1].end.year + 2))
    [ti for ti in at.text_input if ti.label == "Titel"][0].input("Te laat")
    at.get("form_submit_button")[0].click().run()
    assert any("in geen enkele fase" in e.value for e in at.error)
