"""How far long work is. A piece of work reports each step it starts to a `Progress`
callback (the step's translation key, its number and the number of steps); the app shows that
as a status box with a bar, the command line as one line on a terminal. Plain Python."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TextIO

from monitor.i18n import t


class Progress(Protocol):
    def __call__(self, step: str, done: int, total: int) -> None: ...


def silent(step: str, done: int, total: int) -> None:
    """For callers that show nothing (tests, scripts)."""


def run_steps(steps: Sequence[tuple[str, Callable[[], Any]]], progress: Progress) -> list[Any]:
    """Run the steps in order, reporting each before it starts and the end; the results."""
    results = []
    for number, (key, work) in enumerate(steps):
        progress(key, number, len(steps))
        results.append(work())
    progress("progress.done", len(steps), len(steps))
    return results


def terminal(lang: str = "", stream: TextIO | None = None) -> Progress:
    """One line on stderr that is rewritten per step, only when it is a terminal (a cron job
    or a pipe gets no progress noise); in $LABMONITOR_LANG unless a language is given."""
    lang = lang or os.environ.get("LABMONITOR_LANG", "en")
    out = stream or sys.stderr
    shown = out.isatty()

    def report(step: str, done: int, total: int) -> None:
        if not shown:
            return
        line = f"[{done}/{total}] {t(step, lang)}"
        end = "\n" if done >= total else ""
        out.write(f"\r\033[K{line}{end}")
        out.flush()

    return report
