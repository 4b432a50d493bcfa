"""Everyday quality on the pages: marks that reports rely on, work that runs at the right
moment, texts in the user's language."""

from monitor import surveys
from monitor.model import Invitation, Stakeholder
from tests.pages.conftest import app, texts
from tests.pages.test_survey_pages import _open, quick  # noqa: F401 - quick is a fixture


def test_opening_a_survey_link_marks_the_invitation_opened(demo_store, quick):  # noqa: F811
    lab, made, invited = quick
    assert surveys.status(invited[0], None) == "not_opened"
    phone = _open(demo_store, invited[0])
    assert not phone.exception
    fresh = demo_store.record(lab.id, Invitation, invited[0].id)
    assert fresh.opened
    assert surveys.status(fresh, None) == "opened"
    assert not demo_store.record(lab.id, Invitation, invited[1].id).opened


def _retention_passed(store):
    import dataclasses
    import datetime as dt

    lab = store.labs()[0]
    store.save(dataclasses.replace(lab, retention_until=dt.date.today() - dt.timedelta(days=1)))
    return lab


def test_retention_is_not_run_for_a_steering_member_s_page_view(demo_store):
    from tests.pages.test_access_pages import logged_in

    lab = _retention_passed(demo_store)
    named = {s.name for s in demo_store.records(lab.id, Stakeholder)}
    at = logged_in(demo_store, "piet")
    assert not at.exception, at.exception
    assert demo_store.lab(lab.id).retention_done is None
    assert {s.name for s in demo_store.records(lab.id, Stakeholder)} == named


def test_retention_runs_once_when_a_researcher_opens_the_workbench(demo_store, monkeypatch):
    from monitor import privacy

    lab = _retention_passed(demo_store)
    calls = []
    real = privacy.apply_all_due
    monkeypatch.setattr(privacy, "apply_all_due", lambda *a: calls.append(a) or real(*a))
    at = app().run()
    assert not at.exception, at.exception
    assert demo_store.lab(lab.id).retention_done is not None
    assert "namen en contactgegevens zijn verwijderd" in texts(at)
    at.switch_page("pages/stakeholders.py").run()
    at.switch_page("pages/overview.py").run()
    assert len(calls) == 1
