"""Who may do what. Roles, the users of shared mode (read from the `[labmonitor]` section of
`.streamlit/secrets.toml`), password hashes, rate-limited logins and session expiry.

Local mode: no users configured. One researcher works on their own machine; nothing to log in.
Shared mode: every user is listed with a role and a password hash (made with
`labmonitor hash-password`), or an e-mail address that the identity provider of `st.login`
vouches for. Respondents never log in: their private survey or vote link is their access.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from monitor.errors import InvalidInput


class Role(StrEnum):
    RESEARCHER = "researcher"  # everything
    STEERING = "steering"  # learning agenda and actions; own actions; no sources or answers
    PROGRAMME_LEAD = "programme_lead"  # its programmes: aggregates and what labs shared; no lab
    COACH = "coach"  # trajectories: steps and outcomes of own candidates; the outcome figures


@dataclass(frozen=True, kw_only=True)
class User:
    username: str
    name: str
    role: Role
    email: str = ""
    # whose actions (steering) or whose candidates' trajectories (coach, as their coach) this
    # user may update
    stakeholder_ids: tuple[str, ...] = ()
    lab_ids: tuple[str, ...] = ()  # the labs this user sees; empty: all
    programme_ids: tuple[str, ...] = ()  # the programmes a programme lead sees (besides led ones)
    password: str = field(default="", repr=False)

    @property
    def is_researcher(self) -> bool:
        return self.role is Role.RESEARCHER

    @property
    def is_coach(self) -> bool:
        return self.role is Role.COACH

    @property
    def is_programme_lead(self) -> bool:
        return self.role is Role.PROGRAMME_LEAD

    def sees_lab(self, lab_id: str) -> bool:
        """Whether this user may open the lab itself (a programme lead never does)."""
        if self.is_programme_lead:
            return False
        return not self.lab_ids or lab_id in self.lab_ids

    @property
    def actor(self) -> str:
        """How the audit trail names this user."""
        return f"{self.username} ({self.role})"


LOCAL_USER = User(username="local", name="", role=Role.RESEARCHER)


def is_loopback(address: str | None) -> bool:
    """Whether a client's TCP peer address is this computer. Local mode opens the workbench only
    to such clients: a phone on the same network that scanned a vote QR must never reach it.
    An unknown or unreadable address is not loopback."""
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


@dataclass(frozen=True, kw_only=True)
class Config:
    users: dict[str, User] = field(default_factory=dict)
    idle_minutes: int = 30
    max_hours: int = 10
    oidc: bool = False  # an [auth] section for st.login exists

    @property
    def shared(self) -> bool:
        return bool(self.users)

    def by_email(self, email: str) -> User | None:
        wanted = email.strip().casefold()
        return next((u for u in self.users.values() if u.email and u.email == wanted), None)


def config_from(secrets_: Mapping[str, Any]) -> Config:
    """Read the access settings; a mistake in them is an error, never a silent local mode."""
    section = dict(secrets_.get("labmonitor") or {})
    users = {}
    for username, raw in dict(section.get("users") or {}).items():
        raw = dict(raw)
        role = str(raw.get("role", ""))
        if role not in set(Role):
            raise InvalidInput("error.access_role", user=username, role=role)
        password = str(raw.get("password", ""))
        email = str(raw.get("email", "")).strip().casefold()
        if password and not _parse_hash(password):
            raise InvalidInput("error.access_hash", user=username)
        if not password and not email:
            raise InvalidInput("error.access_no_login", user=username)
        owned = raw.get("stakeholders", ())
        users[username.casefold()] = User(
            username=username.casefold(),
            name=str(raw.get("name") or username),
            role=Role(role),
            email=email,
            stakeholder_ids=tuple([owned] if isinstance(owned, str) else owned),
            password=password,
            lab_ids=tuple(raw.get("labs", ())),
            programme_ids=tuple(raw.get("programmes", ())),
        )
    return Config(
        users=users,
        idle_minutes=int(section.get("idle_minutes", 30)),
        max_hours=int(section.get("max_hours", 10)),
        oidc="auth" in secrets_,
    )


# -- passwords ---------------------------------------------------------------------------------
# PBKDF2-SHA256 from the standard library, at OWASP's 2023 work factor: no extra dependency, and
# a hash copied into secrets.toml says how it was made, so the factor can rise later.

_ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000


def hash_password(password: str, *, iterations: int = ITERATIONS) -> str:
    if len(password) < 10:
        raise InvalidInput("error.password_short", n=10)
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return "$".join((_ALGORITHM, str(iterations), _b64(salt), _b64(digest)))


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    iterations, salt, digest = parsed
    given = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return hmac.compare_digest(given, digest)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _parse_hash(stored: str) -> tuple[int, bytes, bytes] | None:
    try:
        algorithm, iterations, salt, digest = stored.split("$")
        if algorithm != _ALGORITHM:
            return None
        return int(iterations), base64.b64decode(salt), base64.b64decode(digest)
    except ValueError:
        return None


# A hash of a random password: an unknown user name costs as much time as a wrong password,
# so the time a refusal takes does not tell which user names exist.
_DUMMY_HASH = "$".join((_ALGORITHM, str(ITERATIONS), _b64(b"\0" * 16), _b64(b"\0" * 32)))


# -- logging in --------------------------------------------------------------------------------


class LoginGuard:
    """Slows down password guessing: after FREE failed attempts for a user name, each further
    attempt waits twice as long as the previous one (1 minute, 2, 4 ... at most 30). One guard
    serves the whole server process; a success clears the count."""

    FREE = 5
    FIRST_WAIT_S = 60
    LONGEST_WAIT_S = 30 * 60

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}  # user -> (count, time of the last)

    def wait_seconds(self, username: str, now: float) -> int:
        with self._lock:
            count, last = self._failures.get(username.casefold(), (0, 0.0))
        if count < self.FREE:
            return 0
        wait = min(self.FIRST_WAIT_S * 2 ** (count - self.FREE), self.LONGEST_WAIT_S)
        return max(0, int(last + wait - now + 0.999))

    def failed(self, username: str, now: float) -> None:
        with self._lock:
            count, _ = self._failures.get(username.casefold(), (0, 0.0))
            self._failures[username.casefold()] = (count + 1, now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username.casefold(), None)


GUARD = LoginGuard()


def authenticate(
    config: Config,
    username: str,
    password: str,
    *,
    guard: LoginGuard | None = None,
    now: float = 0.0,
) -> User:
    """The user with this name and password, or InvalidInput saying to wait or try again
    (without telling whether the name or the password was wrong)."""
    guard = guard or GUARD
    now = now or time.time()
    username = username.strip().casefold()
    wait = guard.wait_seconds(username, now)
    if wait:
        raise InvalidInput("error.login_wait", minutes=max(1, round(wait / 60)))
    user = config.users.get(username)
    valid = verify_password(password, user.password if user and user.password else _DUMMY_HASH)
    if user is None or not user.password or not valid:
        guard.failed(username, now)
        raise InvalidInput("error.login_failed")
    guard.succeeded(username)
    return user


@dataclass(frozen=True, kw_only=True)
class Session:
    """A logged-in browser session. It ends after idle_minutes without any action, and in any
    case max_hours after logging in."""

    user: User
    started: float
    seen: float

    def expired(self, config: Config, now: float) -> bool:
        idle, total = now - self.seen, now - self.started
        return idle > config.idle_minutes * 60 or total > config.max_hours * 3600

    def touched(self, now: float) -> Session:
        return Session(user=self.user, started=self.started, seen=now)


def may_edit_action(user: User, owner_id: str) -> bool:
    """Researchers edit every action; a steering member only the actions they own."""
    return user.is_researcher or (bool(owner_id) and owner_id in user.stakeholder_ids)


# -- a login that survives a reload ------------------------------------------------------------
# After logging in, the browser keeps a cookie with the user name, a random session id, the time
# of logging in and of the last activity, signed with the server's secret. A reload (a new
# Streamlit session) reads it back; the same expiry rules apply. The signature also covers the
# user's password hash and role, so a changed password or role ends every such login. Logging out
# clears the cookie and revokes its session id in this server process.

LOGIN_COOKIE = "slm_login"
_REVOKED: set[str] = set()
_REVOKED_LOCK = threading.Lock()


def _login_mac(secret: bytes, user: User, payload: str) -> str:
    bound = f"{payload}|{user.role}|{user.password}|{user.email}".encode()
    return _b64(hmac.new(secret, bound, hashlib.sha256).digest()[:24]).rstrip("=")


def login_token(secret: bytes, session: Session, session_id: str) -> str:
    """The cookie value for this login; `seen` is kept to the minute, so the value (and the
    cookie) changes at most once a minute while the user works."""
    payload = "|".join(
        (
            session.user.username,
            session_id,
            str(int(session.started)),
            str(int(session.seen // 60 * 60)),
        )
    )
    encoded = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{encoded}.{_login_mac(secret, session.user, payload)}"


def session_from_token(
    config: Config, secret: bytes, token: Any, now: float
) -> tuple[Session, str] | None:
    """The login a cookie carries, with its session id, if the server signed it for a user who
    still exists with the same password and role, it was not logged out, and it has not
    expired; otherwise None."""
    encoded, _, mac = str(token or "").partition(".")
    try:
        payload = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        username, session_id, started, seen = payload.split("|")
        session = Session(
            user=config.users[username], started=float(int(started)), seen=float(int(seen))
        )
    except (ValueError, KeyError, UnicodeDecodeError):
        return None
    if not hmac.compare_digest(_login_mac(secret, session.user, payload), mac):
        return None
    with _REVOKED_LOCK:
        if session_id in _REVOKED:
            return None
    if session.expired(config, now) or session.started > now + 60:
        return None
    return session, session_id


def revoke(session_id: str) -> None:
    """Logging out: a cookie with this session id no longer logs anyone in."""
    if session_id:
        with _REVOKED_LOCK:
            _REVOKED.add(session_id)
