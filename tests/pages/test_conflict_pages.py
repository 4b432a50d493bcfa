"""A change saved from a screen that someone else changed meanwhile (AppTest): the page passes
the revision it showed, the save is refused with the conflict message, what the user typed
stays on screen, and the other person's change is kept. Loading the stored version shows it."""

from monitor import agenda, labs
from monitor.model import LearningQuestion
from tests.pages.conftest import app


def _page(path: str):
    at = app().run()
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def _submit(at, label: str, form: str):
    (button,) = [b for b in at.get("form_submit_button") if b.label == label and form in b.form_id]
    return button.click().run()


def test_the_lab_form_refuses_a_stale_save_and_keeps_what_was_typed(demo_store):
    lab = demo_store.labs()[0]
    at = _page("pages/lab_setup.py")
    (name,) = [w for w in at.text_input if w.label == "Naam van het lab"]
    name.set_value("Mijn nieuwe naam")
    # Meanwhile, in another session:
    labs.update_lab(
        demo_store, lab, name="Andermans naam", goal=lab.goal, description="", language="nl"
    )
    _submit(at, "Opslaan", "setup.lab")
    assert not at.exception
    assert any("Iemand anders heeft" in e.value for e in at.error)
    assert demo_store.lab(lab.id).name == "Andermans naam"
    (name,) = [w for w in at.text_input if w.label == "Naam van het lab"]
    assert name.value == "Mijn nieuwe naam"
    assert any("intussen gewijzigd" in w.value for w in at.warning)

    [b for b in at.button if b.label == "Opgeslagen versie laden"][0].click().run()
    (name,) = [w for w in at.text_input if w.label == "Naam van het lab"]
    assert name.value == "Andermans naam"
    assert not any("intussen gewijzigd" in w.value for w in at.warning)
    name.set_value("Samen gekozen")
    _submit(at, "Opslaan", "setup.lab")
    assert demo_store.lab(lab.id).name == "Samen gekozen"


def test_a_stale_rewording_on_the_agenda_is_refused_and_kept_on_screen(demo_store):
    lab = demo_store.labs()[0]
    at = _page("pages/agenda.py")
    on_screen = {q.id for q in demo_store.records(lab.id, LearningQuestion) if q.on_agenda}
    areas = [w for w in at.text_area if w.key and w.key.startswith("q.nl.")]
    assert areas, "the demo agenda shows questions with a rewording form"
    area = areas[0]
    question_id = area.key.split(".")[2]
    assert question_id in on_screen
    area.set_value("Mijn formulering")
    question = demo_store.record(lab.id, LearningQuestion, question_id)
    agenda.reformulate(
        demo_store, question, text_nl="Formulering van een ander", text_en="Someone else's"
    )
    _submit(at, "Herformuleren", f"q.text.{question_id}")
    assert not at.exception
    assert any("Iemand anders heeft" in e.value for e in at.error)
    stored = demo_store.record(lab.id, LearningQuestion, question_id)
    assert stored.text["nl"] == "Formulering van een ander"
    assert [w.value for w in at.text_area if w.key == area.key] == ["Mijn formulering"]
