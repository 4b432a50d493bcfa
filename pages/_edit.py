"""Changing a stored record from a form: run the change and show its error, and keep the
revision the user saw so that a change someone else made meanwhile is refused, not
overwritten. Not a page (underscore).

A submit reruns the page, which reads the store again; the revision the user saw must come
from the session. The forms editing a record key their widgets on that revision: what the
user typed stays on screen when the save is refused, until they load the stored version."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import streamlit as st

from monitor.errors import MonitorError
from pages import _grid, _text


def attempt(change: Callable[[], Any], rerun: bool = True, done: Any = None) -> bool:
    """Run a change; show its error in the user's language, or rerun to show the result. With
    `done` (the record the change was based on), its forms open at the new version next."""
    try:
        change()
    except MonitorError as exc:
        _text.show_error(exc)
        return False
    if done is not None:
        edit_done(done)
    if rerun:
        st.rerun()
    return True


def as_shown(record: Any, revision: int) -> Any:
    """The record as the user saw it, as far as the revision goes: a change based on it is
    checked against that revision (the store then refuses it if someone saved meanwhile)."""
    return record if record.revision == revision else dataclasses.replace(record, revision=revision)


def _base_key(record: Any) -> str:
    return f"edit.{record.KIND}.{record.id}"


def edit_base(record: Any, widgets: Callable[[int], list[str]] = lambda base: []) -> int:
    """The revision the forms editing `record` were opened at (kept until saved or reloaded).
    `widgets(base)` names the forms' widget keys: when none of them is on screen any more (the
    user went to another page), nothing typed can be lost and the forms open afresh."""
    base = st.session_state.setdefault(_base_key(record), record.revision)
    if base != record.revision and not any(k in st.session_state for k in widgets(base)):
        st.session_state[_base_key(record)] = base = record.revision
    return base


def edit_done(record: Any) -> None:
    """The record was saved (or the user chose the stored version): forms open afresh."""
    st.session_state.pop(_base_key(record), None)


def stale_notice(record: Any, base: int) -> None:
    """When someone else changed the record after the forms were opened: say so, and offer
    to load the stored version (the user's own input stays until they do). Not in a form."""
    if record.revision == base:
        return
    _text.say("warning", "edit.changed_meanwhile", icon=":material/sync_problem:")
    if st.button(_text.t("edit.load_stored"), key=f"{_base_key(record)}.reload"):
        edit_done(record)
        st.rerun()


def add_person(form_key: str, grid: str, add: Callable[[], Any]) -> None:
    """The submit of a short form that adds a person (a stakeholder, a participant): store it,
    or show why not with the form as typed; after a save the form opens empty (a new version
    under `form_key`), the bulk-edit table `grid` shows the new row, a toast names the code."""
    try:
        added = add()
    except MonitorError as exc:
        _text.show_error(exc)
        return
    st.session_state[form_key] = st.session_state.get(form_key, 0) + 1
    _grid.reset(grid)
    _text.say(
        "toast",
        "stakeholders.added",
        name=added.name,
        code=added.pseudonym,
        icon=":material/check:",
    )
    st.rerun()
