import pytest

from monitor.model import Action, LearningQuestion, QuestionStatus, Stakeholder
from tests.pages.conftest import app, texts


@pytest.mark.parametrize("page", ["pages/agenda.py", "pages/actions.py"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_agenda_pages_run_on_the_demo_lab(demo_store, page, lang):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]


def _agenda_on(phase: str):
    at = app().run()
    at.switch_page("pages/agenda.py").run()
    at.segmented_control(key="agenda.phase").set_value(phase).run()
    return at


def _buttons(at, label: str) -> list:
    return [b for b in at.get("form_submit_button") if b.label == label]


def _drafts(at) -> list:
    """One accept button per draft on the page."""
    return _buttons(at, "Overnemen")


def test_the_agenda_prompts_for_follow_up(demo_store):
    lab = demo_store.labs()[0]
    at = _agenda_on(lab.phases[-1].id)
    shown = texts(at)
    assert "Vraagt om opvolging" in shown
    assert "dagen te laat" in shown  # the demo has overdue actions


def test_accepting_a_draft_puts_it_on_the_agenda_once(demo_store):
    lab = demo_store.labs()[0]
    at = _agenda_on(lab.phases[0].id)
    drafts = _drafts(at)
    assert drafts, "the demo lab has undecided drafts in the first phase"
    before = len(demo_store.records(lab.id, LearningQuestion))
    accept = _drafts(at)[0]
    accept.click().run()
    assert not at.exception
    stored = demo_store.records(lab.id, LearningQuestion)
    assert len(stored) == before + 1
    left = _drafts(at)
    assert len(left) == len(drafts) - 1


def test_a_rejected_draft_does_not_come_back(demo_store):
    lab = demo_store.labs()[0]
    at = _agenda_on(lab.phases[0].id)
    count = len(_drafts(at))
    _buttons(at, "Afwijzen")[0].click().run()
    at.run()
    again = _drafts(at)
    assert len(again) == count - 1
    assert any(
        q.status is QuestionStatus.REJECTED for q in demo_store.records(lab.id, LearningQuestion)
    )


def test_an_action_added_to_a_question_is_stored_with_its_owner(demo_store):
    lab = demo_store.labs()[0]
    question = next(
        q
        for q in demo_store.records(lab.id, LearningQuestion)
        if q.on_agenda and q.current_phase_id == lab.phases[-1].id
    )
    at = _agenda_on(lab.phases[-1].id)
    before = len(demo_store.records(lab.id, Action))
    form = f"q.action.{question.id}"
    field = next(w for w in at.text_input if w.proto.form_id == form)
    field.input("Werkgevers uitnodigen voor een rondleiding")
    owner = next(w for w in at.selectbox if w.proto.form_id == form)
    owner.set_value(demo_store.records(lab.id, Stakeholder)[0].id)
    next(b for b in at.get("form_submit_button") if b.proto.form_id == form).click().run()
    assert not at.exception and not at.error
    actions = demo_store.records(lab.id, Action)
    assert len(actions) == before + 1
    added = next(a for a in actions if a.text == "Werkgevers uitnodigen voor een rondleiding")
    assert added.question_id == question.id and added.owner_id


def test_an_empty_action_is_refused_with_a_message(demo_store):
    lab = demo_store.labs()[0]
    question = next(
        q
        for q in demo_store.records(lab.id, LearningQuestion)
        if q.on_agenda and q.current_phase_id == lab.phases[-1].id
    )
    at = _agenda_on(lab.phases[-1].id)
    before = len(demo_store.records(lab.id, Action))
    form = f"q.action.{question.id}"
    next(b for b in at.get("form_submit_button") if b.proto.form_id == form).click().run()
    assert at.error
    assert len(demo_store.records(lab.id, Action)) == before


def test_the_actions_page_lists_overdue_first_and_stores_a_follow_up_note(demo_store):
    lab = demo_store.labs()[0]
    at = app().run()
    at.switch_page("pages/actions.py").run()
    table = at.dataframe[0].value
    assert table.iloc[0]["late"] == "⚠"
    at.text_area[0].input("Gebeld met het MT; besluit volgt in december.")
    # the first form is the action table's; the follow-up note has its own
    next(b for b in at.get("form_submit_button") if b.label != "Wijzigingen opslaan").click().run()
    assert not at.exception
    noted = [a for a in demo_store.records(lab.id, Action) if a.notes]
    assert any("besluit volgt" in n.note for a in noted for n in a.notes)
