"""Long work on screen: a status box that names the step and a bar that shows how far it
is (monitor.progress reports the steps). Not a page (underscore)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st

from monitor.progress import Progress
from pages import _text


@contextmanager
def status(label_key: str) -> Iterator[Progress]:
    """`with status("progress.report") as progress:` hands out a Progress for the work; the
    box closes as complete, or as failed when the work raised (the error is shown by the
    caller)."""
    box = st.status(_text.t(label_key), expanded=True)
    with box:
        bar = st.progress(0.0)

        def report(step: str, done: int, total: int) -> None:
            bar.progress(min(done / total, 1.0) if total else 1.0, text=_text.t(step))

        try:
            yield report
        except BaseException:
            box.update(state="error", expanded=True)
            raise
        box.update(label=_text.t(label_key), state="complete", expanded=False)


def steps(label_key: str, work: list[tuple[str, Callable[[], object]]]) -> list[object]:
    """Run named steps under a status box; their results."""
    from monitor.progress import run_steps

    with status(label_key) as progress:
        return run_steps(work, progress)


def prepared(key: str, wanted: tuple, button: str, label_key: str, work: list) -> Any | None:
    """Long work behind a button: the result of `work` (named steps, the last one's result
    is kept) once made for `wanted` (the choices and the store's revision it was made from),
    else None. While it runs a Cancel button is on screen: a click starts a new run, which ends
    this one between two steps, and nothing is kept."""
    done = st.session_state.get(key)
    if done is not None and done[0] == wanted:
        return done[1]
    if st.button(_text.t(button), key=f"{key}.make", icon=":material/construction:"):
        st.button(_text.t("progress.cancel"), key=f"{key}.cancel", icon=":material/cancel:")
        result = steps(label_key, work)[-1]
        st.session_state[key] = (wanted, result)
        st.rerun()
    return None
