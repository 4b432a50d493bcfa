"""A respondent whose answer cannot be stored right now (the database is down or busy) sees a
plain message without the database's address, keeps their choice and can try again."""

from monitor import surveys
from monitor.errors import StoreError
from monitor.model import Response
from tests.pages import test_survey_pages
from tests.pages.conftest import texts
from tests.pages.test_survey_pages import _button, _open

quick = test_survey_pages.quick  # the fixture: three employers invited to a short survey

DOWN = StoreError("error.db_unreachable", url="postgresql://db-intern.example:5432/lm", reason="x")


def test_an_answer_that_could_not_be_stored_says_so_and_the_same_tap_retries(
    demo_store,
    quick,
    monkeypatch,
):
    lab, made, invited = quick
    phone = _open(demo_store, invited[0])
    _button(phone, "Ja, ik doe mee").click().run()
    real = surveys.answer

    def down(*args, **kwargs):
        raise DOWN

    monkeypatch.setattr(surveys, "answer", down)
    _button(phone, "Eens").click().run()
    assert not phone.exception
    shown = texts(phone)
    assert "kon niet worden opgeslagen" in shown and "db-intern" not in shown
    assert "Het werk gaat goed" in shown  # still on the same question
    (response,) = [r for r in demo_store.records(lab.id, Response) if r.survey_id == made.id]
    assert response.answers == {}

    monkeypatch.setattr(surveys, "answer", real)  # the database is back
    _button(phone, "Eens").click().run()
    assert demo_store.record(lab.id, Response, response.id).answers == {"works": "4"}


def test_a_link_opened_while_the_database_is_down_gets_a_plain_message(
    demo_store,
    quick,
    monkeypatch,
):
    lab, made, invited = quick

    def down(*args, **kwargs):
        raise DOWN

    monkeypatch.setattr(surveys, "open_link", down)
    phone = _open(demo_store, invited[1], lang="en")
    assert not phone.exception
    shown = texts(phone)
    assert "cannot be reached just now" in shown and "db-intern" not in shown


def test_a_researcher_page_whose_database_goes_down_shows_the_message_not_a_traceback(
    demo_store, monkeypatch
):
    from monitor.model import Factor
    from monitor.store import Store
    from tests.pages.conftest import app

    at = app()
    at.run()
    real = Store.records

    def down(self, lab_id, cls):
        if cls is Factor:
            raise DOWN
        return real(self, lab_id, cls)

    monkeypatch.setattr(Store, "records", down)
    at.switch_page("pages/factor_overview.py").run()
    assert not at.exception
    assert any("cannot be reached" in e.value or "niet bereikbaar" in e.value for e in at.error)
    monkeypatch.setattr(Store, "records", real)  # back: the next rerun works again
    at.run()
    assert not at.exception and not at.error
