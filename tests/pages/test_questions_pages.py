"""The learning agenda page for issue 15: ranked drafts folded after five, anchoring apart,
prompts that link to the place to act."""

from monitor import agenda
from monitor.model import Action, Factor, LearningQuestion
from tests.pages.conftest import app, texts


def _agenda(at):
    at.run()
    at.switch_page("pages/agenda.py").run()
    assert not at.exception, at.exception
    return at


def test_prompts_link_to_the_place_to_act_and_a_link_opens_the_questions_phase(demo_store):
    lab = demo_store.labs()[0]
    at = _agenda(app())
    links = at.get("page_link")
    assert links, "every prompt has a link"
    first = next(q for q in demo_store.records(lab.id, LearningQuestion) if q.on_agenda)
    at.query_params["question"] = first.id
    at.switch_page("pages/agenda.py").run()
    assert not at.exception
    assert at.segmented_control(key="agenda.phase").value == first.current_phase_id
    assert "question" not in at.query_params


def test_the_drafts_of_a_phase_are_ranked_with_reasons_and_folded_after_five(demo_store):
    lab = demo_store.labs()[0]
    drafts = agenda.ranked_drafts(
        lab,
        demo_store.records(lab.id, Factor),
        demo_store.records(lab.id, LearningQuestion),
        demo_store.records(lab.id, Action),
        lab.phases[0].start,
    )
    second = [d for d in drafts if d.phase == 2]
    assert len(second) > 5  # the demo's second phase has more drafts than fit
    at = _agenda(app())
    at.segmented_control(key="agenda.phase").set_value(lab.phases[1].id).run()
    shown = texts(at)
    assert "Nr. 1" in shown and "Nr. 6" in shown
    assert second[0].question["nl"] in shown
    assert any(e.label == f"Nog {len(second) - 5} voorstellen" for e in at.expander)
    assert "Na het project" not in shown
    at.segmented_control(key="agenda.phase").set_value(lab.phases[2].id).run()
    shown = texts(at)
    assert "Na het project" in shown  # the last phase keeps its anchoring questions apart
    assert "Wie ziet er na het project op toe dat afspraken worden nagekomen?" in shown


def test_minutes_proposals_are_confirmed_in_one_click_and_stored_once(demo_store):
    from monitor import labs

    lab = demo_store.labs()[0]
    labs.add_source(
        demo_store,
        lab.id,
        kind="minutes",
        title="Kerngroep extra",
        date=lab.phases[-1].end.isoformat(),
        text_="Actie: werkgevers uitnodigen voor de volgende werksessie, vóór 1 december.\n"
        "Afspraak: de coaches krijgen twee uur per week voor het lab.\n",
    )
    at = _agenda(app())
    assert at.selectbox(key="agenda.minutes_source").value  # the newest minutes come first
    confirm = [b for b in at.get("form_submit_button") if b.label == "Bevestigen"]
    assert len(confirm) == 2
    before = len(demo_store.records(lab.id, Action))
    confirm[0].click().run()
    assert not at.exception and not [e.value for e in at.error]
    assert len(demo_store.records(lab.id, Action)) == before + 1
    assert "Opgeslagen" in texts(at)
    assert len([b for b in at.get("form_submit_button") if b.label == "Bevestigen"]) == 1


def test_the_next_interview_round_is_drafted_edited_and_saved_as_an_instrument(demo_store):
    lab = demo_store.labs()[0]
    at = _agenda(app())
    at.segmented_control(key="agenda.phase").set_value(lab.phases[2].id).run()
    assert not [a for a in at.text_area if a.label == "Protocol (YAML)"]  # drafted on request
    make = next(b for b in at.button if b.label.startswith("Concept maken uit"))
    make.click().run()
    area = next(a for a in at.text_area if a.label == "Protocol (YAML)")
    assert "Sinds " in area.value and "mode: interview" in area.value
    assert "nl: Interviewronde" in area.value
    area.set_value(area.value.replace("nl: Interviewronde", "nl: Gesprekken najaar", 1))
    save = next(b for b in at.get("form_submit_button") if b.label == "Opslaan als instrument")
    save.click().run()
    assert not at.exception and not [e.value for e in at.error]
    assert any("U vindt het bij Interview" in s.value for s in at.success)
    (saved,) = demo_store.protocol_dir.glob("round_*.yaml")
    assert "Gesprekken najaar" in saved.read_text("utf-8")  # the researcher's edit is kept


def test_a_long_agenda_draws_ten_cards_at_a_time_and_many_factors_as_one_list(demo_store):
    lab = demo_store.labs()[0]
    phase = lab.phases[0]
    for i in range(12):
        agenda.add_question(
            demo_store, lab, theme="capacity", text_nl=f"Extra vraag {i:02d}?", phase_id=phase.id
        )
    at = _agenda(app())
    at.segmented_control(key="agenda.phase").set_value(phase.id).run()
    pages = at.segmented_control(key=f"agenda.questions_page.{phase.id}")
    shown = texts(at)
    total = len(
        [
            q
            for q in demo_store.records(lab.id, LearningQuestion)
            if q.current_phase_id == phase.id and q.on_agenda and q.kind != "anchor"
        ]
    )
    assert len(pages.options) == -(-total // 10)
    pages.set_value(10).run()
    assert not at.exception
    assert texts(at) != shown
