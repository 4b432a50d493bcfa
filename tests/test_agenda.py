import datetime as dt

import pytest

from monitor import agenda
from monitor.errors import Conflict, InvalidInput
from monitor.model import Action, Factor, FactorKind, LearningQuestion

D = dt.date


@pytest.fixture
def coded(store, lab):
    def add(phase: int, kind: str, theme: str, text: str) -> Factor:
        return store.save(
            Factor(
                lab_id=lab.id,
                kind=FactorKind(kind),
                text=text,
                phase_id=lab.phases[phase - 1].id,
                themes=(theme,),
            )
        )

    return add


def _drafts(store, lab):
    lab = store.lab(lab.id)
    return agenda.drafts(
        lab,
        store.records(lab.id, Factor),
        store.records(lab.id, LearningQuestion),
        store.records(lab.id, Action),
    )


def test_accepting_a_draft_puts_it_on_the_agenda_once(store, lab, coded):
    coded(1, "barrier", "capacity", "Coaches hebben geen uren.")
    (draft,) = _drafts(store, lab)
    for _ in range(2):  # a double click
        question = agenda.accept(store, lab, draft, text_nl="Hoe maken we uren vrij?")
    assert store.records(lab.id, LearningQuestion) == [question]
    assert question.text["nl"] == "Hoe maken we uren vrij?" and question.status == "open"
    assert _drafts(store, lab) == []


def test_a_rejected_draft_stays_away_until_new_evidence(store, lab, coded):
    coded(1, "barrier", "capacity", "Coaches hebben geen uren.")
    agenda.reject(store, lab, _drafts(store, lab)[0], "niet nu")
    assert _drafts(store, lab) == []
    coded(1, "barrier", "capacity", "Ook geen budget.")
    assert len(_drafts(store, lab)) == 1


def test_merging_adds_the_evidence_to_the_existing_question(store, lab, coded):
    coded(1, "barrier", "capacity", "Geen uren.")
    question = agenda.accept(store, lab, _drafts(store, lab)[0])
    coded(3, "barrier", "capacity", "Geen budget.")
    merged = agenda.merge(store, _drafts(store, lab)[0], question)
    assert len(merged.factor_ids) == 2 and merged.history[-1].event == "merged"
    # phase 3 is the last: only its anchoring question is left to decide
    assert [d.kind for d in _drafts(store, lab)] == ["anchor"]


def test_the_life_of_a_question(store, lab):
    question = agenda.add_question(
        store, lab, theme="governance", text_nl="Wie beslist?", phase_id=lab.phases[0].id
    )
    question = agenda.reformulate(store, question, text_nl="Wie beslist wat?", text_en="Who?")
    (carried,) = agenda.close_phase(store, lab, lab.phases[0].id, "nog niet opgelost")
    assert carried.current_phase_id == lab.phases[1].id
    with pytest.raises(InvalidInput, match="how the question was answered"):
        agenda.set_status(store, carried, "answered")
    done = agenda.set_status(store, carried, "answered", answer="Mandaat bij de stuurgroep")
    assert [h.event for h in done.history] == ["raised", "reformulated", "carried_over", "answered"]
    with pytest.raises(InvalidInput):
        agenda.close_phase(store, lab, lab.phases[-1].id)


def test_two_people_changing_one_action_do_not_overwrite_each_other(store, lab):
    action = agenda.save_action(store, lab, text_="Uren regelen", due=D(2025, 3, 1))
    agenda.save_action(
        store,
        lab,
        text_="Uren regelen bij MT",
        action_id=action.id,
        expected_revision=action.revision,
    )
    with pytest.raises(Conflict):
        agenda.save_action(
            store, lab, text_="Anders", action_id=action.id, expected_revision=action.revision
        )
    rows = [{"id": action.id, "revision": action.revision, "text": "X", "status": "done"}]
    with pytest.raises(Conflict, match="Someone else"):  # the conflict itself, not a row error
        agenda.save_action_rows(store, lab, rows)
    assert store.record(lab.id, Action, action.id).text == "Uren regelen bij MT"


def test_prompts_point_at_what_has_no_follow_up(store, lab, coded):
    coded(1, "barrier", "governance", "Rollen onduidelijk.")
    coded(2, "barrier", "governance", "Nog steeds onduidelijk.")
    question = agenda.accept(store, lab, _drafts(store, lab)[0])
    agenda.mark_discussed(store, question, "meeting1")
    agenda.save_action(store, lab, text_="Te laat", due=D(2025, 2, 1))
    today = lab.phases[1].start + dt.timedelta(days=5)
    found = agenda.prompts(
        store.lab(lab.id),
        store.records(lab.id, LearningQuestion),
        store.records(lab.id, Action),
        store.records(lab.id, Factor),
        today,
    )
    kinds = [p.kind for p in found]
    assert kinds[0] == "escalated"
    assert {"overdue", "no_owner", "discussed_no_action"} <= set(kinds)


def test_actions_sort_overdue_first_and_done_last():
    today = D(2025, 6, 1)
    a = Action(lab_id="x", text="later", due=D(2025, 7, 1))
    b = Action(lab_id="x", text="late", due=D(2025, 5, 1))
    c = Action(lab_id="x", text="done", due=D(2025, 4, 1), status="done")
    assert [x.text for x in agenda.sort_actions([a, c, b], today)] == ["late", "later", "done"]


def test_anchoring_is_asked_near_the_end(store, lab):
    assert agenda.needs_anchoring(lab, [], lab.phases[-1].start)
    assert not agenda.needs_anchoring(lab, [], lab.phases[0].start)


def test_stale_reject_after_accept_is_refused(store, lab, coded):
    coded(1, "barrier", "capacity", "Coaches hebben geen uren.")
    (draft,) = _drafts(store, lab)
    accepted = agenda.accept(store, lab, draft, text_nl="Hoe maken we uren vrij?")
    with pytest.raises(Conflict):
        agenda.reject(store, lab, draft, "stale screen")
    kept = store.record(lab.id, LearningQuestion, accepted.id)
    assert kept.text["nl"] == "Hoe maken we uren vrij?"
    assert [h.event for h in kept.history] == ["accepted"]
