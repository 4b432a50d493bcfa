"""Who sees which programme, and who shares for a lab. Checked here, in monitor, by every
function a page, the command line or an export calls, not only by the menu.

- a researcher sees every programme with a lab they may open (all, without a lab list);
- a programme lead sees the programmes they lead (`Programme.lead`) or are given
  (`programmes = [...]` in secrets.toml), and never a lab itself;
- a steering-group member sees no programme;
- only a researcher of a lab decides what the lab shares.

An unknown programme and one the user may not see get the same answer, so an address that
was guessed or shared tells nothing."""

from __future__ import annotations

from monitor.access import Role, User
from monitor.errors import InvalidInput, NotFound
from monitor.model import Lab, Programme
from monitor.programme import setup
from monitor.store_api import StoreAPI


def may_see(user: User, programme: Programme) -> bool:
    if user.is_programme_lead:
        return user.username == programme.lead or programme.id in user.programme_ids
    if user.role is not Role.RESEARCHER:
        return False
    return not user.lab_ids or bool(set(user.lab_ids) & set(programme.lab_ids))


def may_change(user: User, programme: Programme) -> bool:
    """Pillars, themes, the agenda and meetings: the lead and the researchers who see it."""
    return may_see(user, programme)


def may_manage_members(user: User) -> bool:
    """Making programmes and adding labs: a researcher with every lab in view."""
    return user.is_researcher and not user.lab_ids


def visible(store: StoreAPI, user: User) -> list[Programme]:
    return [p for p in setup.programmes(store) if may_see(user, p)]


def programme_for(store: StoreAPI, user: User, programme_id: str) -> Programme:
    """The programme, if this user may see it; otherwise the answer to an unknown one."""
    try:
        found = setup.get(store, programme_id)
    except NotFound:
        found = None
    if found is None or not may_see(user, found):
        raise NotFound("programme.error.not_found", id=str(programme_id)[:40])
    return found


def require_change(user: User, programme: Programme) -> None:
    if not may_change(user, programme):
        raise NotFound("programme.error.not_found", id=programme.id)


def require_members(user: User) -> None:
    if not may_manage_members(user):
        raise InvalidInput("programme.error.members_forbidden")


def require_sharing(user: User, lab: Lab) -> None:
    """Only a researcher who may open the lab shares for it."""
    if not (user.is_researcher and user.sees_lab(lab.id)):
        raise InvalidInput("programme.error.share_forbidden")
