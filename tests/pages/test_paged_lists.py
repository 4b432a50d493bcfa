"""Lists that grow with the data draw one page at a time (issue #24): the open answers on
Survey results 25 per page, with a search and a "not reviewed" filter."""

import pytest

from monitor import paging, surveys
from monitor.model import Response
from monitor.protocols import parse
from tests.pages.conftest import app, texts
from tests.test_surveys import QUESTIONNAIRE


def test_page_of_clamps_and_counts():
    items = list(range(60))
    assert paging.page_of(items, 1).items == list(range(25))
    last = paging.page_of(items, 3)
    assert (last.items, last.first, last.last, last.pages) == (list(range(50, 60)), 51, 60, 3)
    assert paging.page_of(items, 9).number == 3 and paging.page_of(items, 0).number == 1
    empty = paging.page_of([], 4)
    assert (empty.items, empty.pages, empty.first, empty.last) == ([], 1, 0, 0)
    with pytest.raises(ValueError):
        paging.page_of(items, 1, size=0)


def test_matching_wants_every_word_without_regard_to_case_or_accents():
    answers = ["Een coöperatieve werkgever", "De coach belt", "COOPERATIEF en snel"]
    assert paging.matching(answers, "coop", str) == [answers[0], answers[2]]
    assert paging.matching(answers, "coach BELT", str) == [answers[1]]
    assert paging.matching(answers, "  ", str) == answers


@pytest.fixture
def sixty_open_answers(demo_store):
    lab = demo_store.labs()[0]
    demo_store.save_protocol("quick", QUESTIONNAIRE)
    protocol = parse(QUESTIONNAIRE)
    rows = [{"name": f"Werkgever {i:02d}", "group": "employer"} for i in range(60)]
    surveys.save_participants(demo_store, lab.id, rows)
    made = surveys.create_survey(
        demo_store, lab.id, protocol, wave="T9", audience_groups=["employer"]
    )
    for i, invitation in enumerate(surveys.invite(demo_store, made)):
        response = surveys.start(demo_store, invitation, protocol, consent=True)
        response = surveys.answer(
            demo_store, response, protocol.question("role"), value="coach", position=1
        )
        words = f"Antwoord nummer {i:02d}" + (" over de jobcoach" if i % 20 == 0 else "")
        response = surveys.answer(
            demo_store, response, protocol.question("why"), value=words, position=2
        )
        surveys.submit(demo_store, response, protocol)
    return lab, made


def _open_tab(lang="nl"):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("pages/survey_results.py").run()
    assert not at.exception, at.exception
    return at


def _answers_shown(at) -> list[str]:
    return [t.value for t in at.text if t.value.startswith("Antwoord nummer")]


def test_open_answers_show_25_per_page_with_search_and_a_not_reviewed_filter(
    demo_store, sixty_open_answers
):
    lab, made = sixty_open_answers
    at = _open_tab()
    assert len(_answers_shown(at)) == 25
    assert "1–25 van 60 items" in texts(at) and "van 3 pagina's" in texts(at)
    at.number_input(key="results.open.page").set_value(3).run()
    assert len(_answers_shown(at)) == 10 and "51–60 van 60 items" in texts(at)

    at.text_input(key="results.open.query").input("JOBCOACH").run()
    assert sorted(_answers_shown(at)) == [
        f"Antwoord nummer {i:02d} over de jobcoach" for i in (0, 20, 40)
    ]
    assert "1–3 van 3 items" in texts(at)  # the page went back to the one there is

    mine = [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    first = next(r for r in mine if r.answers["why"].startswith("Antwoord nummer 00"))
    surveys.set_reviewed(demo_store, first, "why", True)
    at.toggle(key="results.open.unreviewed").set_value(True).run()
    assert sorted(_answers_shown(at)) == [
        f"Antwoord nummer {i:02d} over de jobcoach" for i in (20, 40)
    ]
    at.text_input(key="results.open.query").input("bestaat niet").run()
    assert "Geen open antwoorden" in texts(at)


def test_the_pager_speaks_english_with_correct_plurals(demo_store, sixty_open_answers):
    at = _open_tab("en")
    assert "1–25 of 60 items" in texts(at) and "of 3 pages" in texts(at)
    at.text_input(key="results.open.query").input("nummer 07").run()
    assert "1–1 of 1 item" in texts(at)
