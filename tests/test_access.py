"""Roles and login: password hashes, the users of shared mode, rate limiting, expiry."""

import pytest

from monitor import access
from monitor.errors import InvalidInput

FAST = 1_000  # iterations for tests; the real work factor is access.ITERATIONS


@pytest.fixture(scope="module")
def config():
    return access.config_from(
        {
            "labmonitor": {
                "idle_minutes": 20,
                "max_hours": 8,
                "users": {
                    "Anna": {
                        "name": "Anna Kloppenburg",
                        "role": "researcher",
                        "password": access.hash_password("correct horse battery", iterations=FAST),
                    },
                    "piet": {
                        "role": "steering",
                        "password": access.hash_password("another long secret", iterations=FAST),
                        "stakeholders": "st1",
                        "labs": ["lab1"],
                    },
                    "sso": {"role": "steering", "email": "Sso@Example.org"},
                },
            }
        }
    )


def test_a_password_hash_verifies_only_its_own_password():
    stored = access.hash_password("a long enough secret", iterations=FAST)
    assert stored.startswith("pbkdf2_sha256$1000$")
    assert access.verify_password("a long enough secret", stored)
    assert not access.verify_password("a long enough secreT", stored)
    assert stored != access.hash_password("a long enough secret", iterations=FAST)  # salted
    assert not access.verify_password("x", "not a hash")


def test_short_passwords_are_refused():
    with pytest.raises(InvalidInput) as caught:
        access.hash_password("short")
    assert "10" in caught.value.message("en")


def test_without_users_the_app_runs_in_local_mode():
    assert not access.config_from({}).shared
    assert access.LOCAL_USER.is_researcher


def test_users_are_read_with_role_stakeholders_and_labs(config):
    assert config.shared and set(config.users) == {"anna", "piet", "sso"}
    piet = config.users["piet"]
    assert piet.role is access.Role.STEERING and piet.stakeholder_ids == ("st1",)
    assert piet.lab_ids == ("lab1",) and piet.name == "piet"
    assert config.by_email("sso@example.ORG").username == "sso"
    assert "password" not in repr(piet)


@pytest.mark.parametrize(
    ("user", "key"),
    [
        ({"role": "admin", "password": "x"}, "error.access_role"),
        ({"role": "researcher", "password": "plain text"}, "error.access_hash"),
        ({"role": "researcher"}, "error.access_no_login"),
    ],
)
def test_a_mistake_in_the_settings_is_an_error_not_local_mode(user, key):
    with pytest.raises(InvalidInput) as caught:
        access.config_from({"labmonitor": {"users": {"x": user}}})
    assert caught.value.key == key
    assert "secrets.toml" in caught.value.message("nl")


def test_login_with_name_and_password(config):
    guard = access.LoginGuard()
    user = access.authenticate(config, " ANNA ", "correct horse battery", guard=guard, now=1.0)
    assert user.username == "anna" and user.is_researcher
    for name, password in [("anna", "wrong"), ("nobody", "correct horse battery"), ("sso", "")]:
        with pytest.raises(InvalidInput) as caught:
            access.authenticate(config, name, password, guard=guard, now=1.0)
        assert caught.value.key == "error.login_failed"  # never says which part was wrong


def test_failed_logins_are_slowed_down_and_a_success_resets(config):
    guard = access.LoginGuard()
    for _ in range(access.LoginGuard.FREE):
        with pytest.raises(InvalidInput):
            access.authenticate(config, "anna", "guess", guard=guard, now=100.0)
    with pytest.raises(InvalidInput) as caught:  # even the right password has to wait
        access.authenticate(config, "anna", "correct horse battery", guard=guard, now=110.0)
    assert caught.value.key == "error.login_wait"
    assert "1" in caught.value.message("nl")
    with pytest.raises(InvalidInput):  # one more failure after the wait doubles it
        access.authenticate(config, "anna", "guess", guard=guard, now=161.0)
    assert guard.wait_seconds("anna", 162.0) == 119
    assert guard.wait_seconds("piet", 162.0) == 0  # other users are not locked out
    access.authenticate(config, "anna", "correct horse battery", guard=guard, now=300.0)
    assert guard.wait_seconds("anna", 300.0) == 0


def test_the_wait_never_exceeds_half_an_hour():
    guard = access.LoginGuard()
    for _ in range(40):
        guard.failed("x", 0.0)
    assert guard.wait_seconds("x", 0.0) == access.LoginGuard.LONGEST_WAIT_S


def test_sessions_expire_when_idle_and_after_the_longest_day(config):
    user = config.users["anna"]
    session = access.Session(user=user, started=0.0, seen=0.0)
    assert not session.expired(config, 20 * 60)
    assert session.expired(config, 20 * 60 + 1)
    busy = session.touched(7.9 * 3600).touched(8 * 3600)
    assert not busy.expired(config, 8 * 3600)
    assert busy.expired(config, 8 * 3600 + 1)


def test_steering_members_edit_only_their_own_actions(config):
    piet, anna = config.users["piet"], config.users["anna"]
    assert access.may_edit_action(piet, "st1")
    assert not access.may_edit_action(piet, "st2") and not access.may_edit_action(piet, "")
    assert access.may_edit_action(anna, "st2") and access.may_edit_action(anna, "")


def test_the_command_line_makes_a_hash_that_logs_in(capsys, monkeypatch):
    import io

    from monitor import cli

    monkeypatch.setattr("sys.stdin", io.StringIO("a very long password\n"))
    assert cli.main(["hash-password"]) == 0
    stored = capsys.readouterr().out.strip()
    assert access.verify_password("a very long password", stored)
    config = access.config_from(
        {"labmonitor": {"users": {"x": {"role": "steering", "password": stored}}}}
    )
    assert access.authenticate(config, "x", "a very long password", guard=access.LoginGuard())


def test_a_steering_member_saves_only_rows_of_their_own_actions(tmp_path):
    from monitor import agenda
    from monitor.model import Action, Stakeholder
    from monitor.store import Store
    from tests.conftest import make_lab

    store = Store(tmp_path / "data")
    lab = make_lab(store)
    piet, other = (store.save(Stakeholder(lab_id=lab.id, name=n)) for n in ("Piet", "Els"))
    mine = store.save(Action(lab_id=lab.id, text="Mijn actie", owner_id=piet.id))
    theirs = store.save(Action(lab_id=lab.id, text="Andere actie", owner_id=other.id))
    user = access.User(username="piet", name="Piet", role=access.Role.STEERING,
                       stakeholder_ids=(piet.id,))  # fmt: skip

    def may_edit(owner):
        return access.may_edit_action(user, owner)

    def row(action, status):
        return {"id": action.id, "revision": action.revision, "text": action.text,
                "owner_id": piet.id, "status": status}  # fmt: skip

    for rows, deleted in (
        ([row(theirs, "done")], []),  # someone else's, even when the row names Piet as owner
        ([row(mine, "done")], [theirs.id]),
        ([{"text": "Nieuw", "owner_id": piet.id}], []),
    ):
        with pytest.raises(InvalidInput) as caught:
            agenda.save_action_rows(store, lab, rows, deleted, may_edit=may_edit)
        assert caught.value.key == "error.not_allowed"
    assert {a.status for a in store.records(lab.id, Action)} == {"planned"}
    agenda.save_action_rows(store, lab, [row(mine, "doing")], may_edit=may_edit)
    assert store.record(lab.id, Action, mine.id).status == "doing"


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("127.0.0.1", True),
        ("127.0.1.1", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("192.168.1.20", False),
        ("10.0.0.5", False),
        ("fd00::2", False),
        ("fe80::1%eth0", False),
        ("", False),
        (None, False),
        ("not an address", False),
    ],
)
def test_only_this_computer_counts_as_local(address, local):
    assert access.is_loopback(address) is local


def test_a_signed_login_cookie_survives_a_reload_until_it_expires_or_is_revoked(config):
    import dataclasses

    secret, other_secret = b"k" * 32, b"x" * 32
    now = 1_000_000.0
    session = access.Session(user=config.users["anna"], started=now - 600, seen=now - 60)
    token = access.login_token(secret, session, "sid-1")
    restored, sid = access.session_from_token(config, secret, token, now)
    assert restored.user.username == "anna" and sid == "sid-1"
    assert restored.started == session.started and restored.seen <= session.seen
    # idle longer than idle_minutes, or past max_hours: refused
    assert access.session_from_token(config, secret, token, now + 21 * 60) is None
    long_ago = access.Session(user=config.users["anna"], started=now - 8 * 3600 - 1, seen=now)
    assert (
        access.session_from_token(config, secret, access.login_token(secret, long_ago, "s"), now)
        is None
    )
    # another server's secret, a changed value, or garbage: refused
    assert access.session_from_token(config, other_secret, token, now) is None
    head, _, mac = token.partition(".")
    forged = access.Session(user=config.users["piet"], started=now, seen=now)
    forged_head = access.login_token(other_secret, forged, "sid-1").partition(".")[0]
    assert access.session_from_token(config, secret, f"{forged_head}.{mac}", now) is None
    for junk in ("", "abc", "a.b", None, "%%%.%%%"):
        assert access.session_from_token(config, secret, junk, now) is None
    # a changed password or role ends the login
    changed = dataclasses.replace(
        config,
        users={**config.users, "anna": dataclasses.replace(config.users["anna"], password="x")},
    )
    assert access.session_from_token(changed, secret, token, now) is None
    # logging out revokes it
    access.revoke("sid-1")
    assert access.session_from_token(config, secret, token, now) is None
