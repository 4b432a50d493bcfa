"""Tables for bulk edits. Edits stay in the browser until "Save changes", so a save never
rebuilds the table under someone who is typing (no lost first characters), rows keep the order
they had when the page opened, and every column has a fixed width. Not a page (underscore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from monitor.errors import MonitorError
from pages import _session, _text

_DEFAULT_WIDTH = "medium"


def editor(
    name: str,
    frame: pd.DataFrame,
    save: Callable[[list[dict], list[str]], Any],
    **editor_kwargs: Any,
) -> bool:
    """A data editor in a form. `save(rows, deleted_ids)` gets the changed and new rows (with
    `_row`, their 1-based line) and raises MonitorError to refuse; a refused edit stays in
    the table with the message above it. Returns True on the run right after a save."""
    version_key = f"{name}.version"
    key = f"{name}.editor.{st.session_state.setdefault(version_key, 0)}"
    frame = _stable_order(name, _blank_cells(frame, editor_kwargs.get("column_config", {})))
    error = st.session_state.get(f"{name}.error")
    if error:
        _text.say_plain("error", error, icon=":material/error:")
    editor_kwargs.setdefault("height", min(36 * (len(frame) + 3), 640))
    editor_kwargs["column_config"] = _fixed_widths(editor_kwargs.get("column_config", {}))
    with st.form(f"{name}.grid", border=False, enter_to_submit=False):
        st.data_editor(frame, key=key, **editor_kwargs)
        st.form_submit_button(
            _text.t("grid.save"),
            icon=":material/save:",
            on_click=_apply_edits,
            args=(name, key, frame, save),
        )
    return bool(st.session_state.pop(f"{name}.saved", False))


def reset(name: str) -> None:
    """Show the stored rows afresh (after a change made outside the table)."""
    st.session_state[f"{name}.version"] = st.session_state.get(f"{name}.version", 0) + 1
    st.session_state[f"{name}.error"] = None


def _stable_order(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The rows in the order of the first time this session showed them; new ones at the end."""
    if frame.empty or "id" not in frame.columns:
        return frame.reset_index(drop=True)
    ids = [str(i) for i in frame["id"]]
    present = set(ids)
    remembered = [i for i in st.session_state.get(f"{name}.order", []) if i in present]
    known = set(remembered)
    order = remembered + [i for i in ids if i not in known]
    st.session_state[f"{name}.order"] = order
    position = {record_id: n for n, record_id in enumerate(order)}
    ranked = frame.assign(_position=[position[i] for i in ids]).sort_values("_position")
    return ranked.drop(columns="_position").reset_index(drop=True)


def _blank_cells(frame: pd.DataFrame, config: dict[str, Any]) -> pd.DataFrame:
    """Empty text cells as empty strings: a grid would show a missing value as "None". Only
    columns configured as text (or with all values text) change; a date column stays a date."""
    frame = frame.copy()
    for column in frame.columns:
        textual = frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column])
        if not textual:  # numbers and dates: nothing to blank (and no cell to look at)
            continue
        kind = ((config.get(column) or {}) if isinstance(config.get(column), dict) else {}).get(
            "type_config", {}
        )
        blank = [
            (not v)
            if isinstance(v, list | tuple)
            else (v is None or v != v or v == "" or (isinstance(v, str) and not v.strip()))
            for v in frame[column]
        ]  # _blank, inline: this runs for every cell of a grid on every rerun
        if not any(blank):
            continue
        text = kind.get("type") == "text" or (
            not kind
            and not all(blank)
            and all(isinstance(v, str) for v, b in zip(frame[column], blank, strict=True) if not b)
        )
        if text:
            frame[column] = ["" if b else v for v, b in zip(frame[column], blank, strict=True)]
    return frame


def _fixed_widths(config: dict[str, Any]) -> dict[str, Any]:
    """Every configured column gets a width, so the grid does not re-fit its columns to the
    content after a save and a click lands in the column it was aimed at."""
    fixed = {}
    for column, value in config.items():
        if isinstance(value, str | None):
            value = st.column_config.Column(value)
        if isinstance(value, dict) and not value.get("width"):
            value = {**value, "width": _DEFAULT_WIDTH}
        fixed[column] = value
    return fixed


def _apply_edits(
    name: str, key: str, frame: pd.DataFrame, save: Callable[[list[dict], list[str]], Any]
) -> None:
    delta = st.session_state.get(key) or {}
    rows = []
    for index, changes in delta.get("edited_rows", {}).items():
        row = _clean_row(frame.iloc[int(index)].to_dict())
        rows.append({**row, **changes, "_row": int(index) + 1})
    for offset, added in enumerate(delta.get("added_rows", [])):
        if any(not _blank(v) for v in added.values()):
            rows.append({**_clean_row(added), "_row": len(frame) + offset + 1})
    deleted = [str(frame.iloc[i]["id"]) for i in delta.get("deleted_rows", [])]
    if not rows and not deleted:
        return
    try:
        save(rows, deleted)
    except MonitorError as exc:
        st.session_state[f"{name}.error"] = exc.message(_session.lang())
        return
    reset(name)
    st.session_state[f"{name}.saved"] = True
    _text.say("toast", "common.saved", icon=":material/check:")


def _blank(value: Any) -> bool:
    if isinstance(value, list | tuple):
        return not value
    return value is None or value != value or (isinstance(value, str) and not value.strip())


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _clean_value(v) for k, v in row.items()}


def _clean_value(value: Any) -> Any:
    if isinstance(value, str) or not pd.api.types.is_scalar(value):
        return list(value) if hasattr(value, "tolist") else value
    return None if pd.isna(value) else value
