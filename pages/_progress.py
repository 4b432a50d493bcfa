"""Long work on screen: a status box that names the step and a bar that shows how far it
is (monitor.progress reports the steps). Not a page (underscore)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import streamlit as st

from monitor.progress import Progress
from pages import _ui


@contextmanager
def status(label_key: str) -> Iterator[Progress]:
    """`with status("progress.report") as progress:` hands out a Progress for the work; the
    box closes as complete, or as failed when the work raised (the error is shown by the
    caller)."""
    box = st.status(_ui.t(label_key), expanded=True)
    with box:
        bar = st.progress(0.0)

        def report(step: str, done: int, total: int) -> None:
            bar.progress(min(done / total, 1.0) if total else 1.0, text=_ui.t(step))

        try:
            yield report
        except BaseException:
            box.update(state="error", expanded=True)
            raise
        box.update(label=_ui.t(label_key), state="complete", expanded=False)


def steps(label_key: str, work: list[tuple[str, Callable[[], object]]]) -> list[object]:
    """Run named steps under a status box; their results."""
    from monitor.progress import run_steps

    with status(label_key) as progress:
        return run_steps(work, progress)
