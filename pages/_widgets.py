"""Choice widgets without Streamlit's own English texts. Streamlit writes "Select all" into a
multiselect and "No results" under a search that finds nothing, in English whatever the user's
language; these wrappers switch the bulk action off and, for lists short enough to scan by eye,
the typing (no search, so no "No results"). Not a page (underscore)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

SCAN_BY_EYE = 7  # up to this many options (what the open list shows at once), no search


def multiselect(where: Any, label: str, options: Sequence[Any], **kwargs: Any) -> list[Any]:
    """`where.multiselect(...)` (where is st, a column, the sidebar ...) in the user's
    language: no "Select all", no English placeholder, no search over a short list."""
    kwargs.setdefault("select_all", False)
    kwargs.setdefault("placeholder", _choose())
    _short_list(options, kwargs)
    return where.multiselect(label, options, **kwargs)


def selectbox(where: Any, label: str, options: Sequence[Any], **kwargs: Any) -> Any:
    """`where.selectbox(...)` without a search over a short list."""
    _short_list(options, kwargs)
    kwargs.setdefault("placeholder", _choose())  # never Streamlit's English "Choose an option"
    return where.selectbox(label, options, **kwargs)


def _choose() -> str:
    from pages import _ui  # _ui uses these widgets too: imported when first needed

    return _ui.t("common.choose")


def _short_list(options: Sequence[Any], kwargs: dict[str, Any]) -> None:
    if len(options) <= SCAN_BY_EYE and not kwargs.get("accept_new_options"):
        kwargs.setdefault("filter_mode", None)
