"""Login, roles and the privacy page, through the real app."""

import time

import pytest

from monitor import access
from monitor.model import Action, Stakeholder
from tests.pages.conftest import app, texts

ANNA = access.hash_password("researcher secret", iterations=1_000)
PIET = access.hash_password("steering secret", iterations=1_000)


@pytest.fixture(autouse=True)
def _fresh_guard(monkeypatch):
    monkeypatch.setattr(access, "GUARD", access.LoginGuard())


def shared_app(demo_store, **piet):
    at = app()
    at.secrets["labmonitor"] = {
        "users": {
            "anna": {"role": "researcher", "password": ANNA, "name": "Anna"},
            "piet": {"role": "steering", "password": PIET, "name": "Piet", **piet},
        }
    }
    return at


def log_in(at, username, password):
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    at.get("form_submit_button")[0].click().run()
    return at


def logged_in(demo_store, username, idle_s: float = 0, **piet):
    """A session that logged in as `username`. (AppTest keeps running the login page after a
    rerun, as Streamlit's legacy pages/ mode would, so the app is started with the session.)"""
    at = shared_app(demo_store, **piet)
    config = access.config_from({"labmonitor": dict(at.secrets["labmonitor"])})
    now = time.time()
    user = config.users[username]
    session = access.Session(user=user, started=now - idle_s, seen=now - idle_s)
    at.session_state["auth.session"] = session
    return at.run()


def test_local_mode_says_so_and_needs_no_login(demo_store):
    at = app().run()
    assert "Lokale modus" in texts(at)
    at.switch_page("pages/privacy.py").run()
    assert not at.exception and "Privacy en logboek" in texts(at)


def test_shared_mode_shows_nothing_before_login(demo_store):
    at = shared_app(demo_store).run()
    shown = texts(at)
    assert "Inloggen" in shown and demo_store.labs()[0].name not in shown
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/sources.py")  # no page but the login is registered


def test_a_wrong_password_gets_a_clear_message_and_then_waits(demo_store):
    at = shared_app(demo_store).run()
    for _ in range(access.LoginGuard.FREE):
        log_in(at, "anna", "wrong")
        assert at.error[0].value.replace("\\", "") == "Gebruikersnaam of wachtwoord klopt niet."
    log_in(at, "anna", "researcher secret")
    assert "Te veel mislukte pogingen" in at.error[0].value


def test_a_researcher_logs_in_and_sees_every_page(demo_store):
    at = log_in(shared_app(demo_store).run(), "anna", "researcher secret")
    assert at.session_state["auth.session"].user.username == "anna"
    at = logged_in(demo_store, "anna")
    assert not at.exception
    assert "Ingelogd als Anna (onderzoeker)" in texts(at)
    assert demo_store.labs()[0].name in texts(at)
    assert "Uitloggen" in [b.label for b in at.button]  # clicked in tests/e2e (AppTest reruns
    # a page without app.py, so it cannot press a sidebar button of app.py)


def test_an_idle_session_expires(demo_store):
    at = logged_in(demo_store, "anna", idle_s=29 * 60)
    assert demo_store.labs()[0].name in texts(at)
    at = logged_in(demo_store, "anna", idle_s=31 * 60)
    assert "uitgelogd omdat u een tijd niets deed" in texts(at)
    assert demo_store.labs()[0].name not in texts(at)
    assert "auth.session" not in at.session_state


def test_a_steering_member_sees_the_agenda_and_edits_only_own_actions(demo_store):
    lab = demo_store.labs()[0]
    owner = next(a.owner_id for a in demo_store.records(lab.id, Action) if a.owner_id)
    at = log_in(shared_app(demo_store).run(), "piet", "steering secret")
    assert at.session_state["auth.session"].user.role == "steering"
    at = logged_in(demo_store, "piet", stakeholders=[owner])
    assert not at.exception
    assert "Ingelogd als Piet (stuurgroeplid)" in texts(at)
    assert "Leervragen" in texts(at)
    assert not at.get("form_submit_button")  # the agenda is read-only
    assert not at.tabs  # no drafts
    for page in ("pages/sources.py", "pages/privacy.py", "pages/backup.py", "pages/meeting.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(page)  # not registered for steering: cannot be opened
    at.switch_page("pages/actions.py").run()
    assert not at.exception
    mine = [a for a in demo_store.records(lab.id, Action) if a.owner_id == owner]
    assert f"Uw acties ({len([a for a in mine if a.status not in ('done', 'dropped')])})" in texts(
        at
    )
    assert "Acties van anderen" in texts(at)


def test_a_broken_user_list_keeps_the_monitor_closed(demo_store):
    at = app()
    at.secrets["labmonitor"] = {"users": {"x": {"role": "admin", "password": ANNA}}}
    at.run()
    assert "onbekende rol" in at.error[0].value
    assert demo_store.labs()[0].name not in texts(at)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_privacy_page_erases_a_person_and_shows_the_trail(demo_store, lang):
    lab = demo_store.labs()[0]
    person = next(s for s in demo_store.records(lab.id, Stakeholder) if s.name == "Henk Scholtens")
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("pages/privacy.py").run()
    at.selectbox(key="privacy.erase_who.0").set_value(f"s:{person.id}").run()

    def erase():
        labels = ("Definitief wissen", "Erase for good")
        return next(b for b in at.get("form_submit_button") if b.proto.label in labels)

    erase().click().run()  # not yet confirmed
    assert at.error and not at.exception
    assert any(s.id == person.id for s in demo_store.records(lab.id, Stakeholder))
    at.checkbox[0].check()
    erase().click().run()
    assert not at.exception
    assert not any(s.id == person.id for s in demo_store.records(lab.id, Stakeholder))
    assert at.success
    trail = demo_store.audit_trail(lab.id)
    assert trail[-1]["event"] == "erasure" and trail[-1]["actor"] == "local (researcher)"


def test_in_local_mode_another_computer_sees_no_lab(demo_store, monkeypatch):
    """A phone on the network that opens the bare address gets a plain page, not the workbench
    (issue: a reload of a vote link used to hand phones the researcher's pages)."""
    from pages import _session

    monkeypatch.setattr(_session, "client_is_local", lambda: False)
    at = app()
    at.run()
    shown = texts(at)
    assert not at.exception
    assert "alleen open op de eigen computer" in shown
    lab = demo_store.labs()[0]
    assert lab.name not in shown and not at.selectbox
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; nothing may be returned
        _session.store()


def _after_login(demo_store, username, password):
    """Log in on the form, then the app's next run (AppTest reruns only the login page, see
    logged_in), which gives the browser its login cookie."""
    form = log_in(shared_app(demo_store).run(), username, password)
    at = shared_app(demo_store)
    for key in ("auth.session", "auth.login_id"):
        at.session_state[key] = form.session_state[key]
    return at.run()


def test_a_login_survives_a_reload_and_logging_out_ends_it(demo_store, cookie_jar):
    at = _after_login(demo_store, "anna", "researcher secret")
    assert "Ingelogd als Anna" in texts(at)
    assert access.LOGIN_COOKIE in cookie_jar
    reloaded = shared_app(demo_store).run()  # a new session with the same cookies
    assert not reloaded.exception
    assert "Ingelogd als Anna (onderzoeker)" in texts(reloaded)
    assert demo_store.labs()[0].name in texts(reloaded)
    next(b for b in reloaded.sidebar.button if b.label == "Uitloggen").click().run()
    assert access.LOGIN_COOKIE not in cookie_jar
    assert "Ingelogd als" not in texts(reloaded)
    again = shared_app(demo_store).run()
    assert "Inloggen" in texts(again) and demo_store.labs()[0].name not in texts(again)


def test_a_stolen_cookie_is_useless_after_logout(demo_store, cookie_jar):
    at = _after_login(demo_store, "anna", "researcher secret")
    stolen = dict(cookie_jar)
    next(b for b in at.sidebar.button if b.label == "Uitloggen").click().run()
    cookie_jar.update(stolen)  # a copy of the cookie kept elsewhere
    later = shared_app(demo_store).run()
    assert "Ingelogd als" not in texts(later) and "Inloggen" in texts(later)
