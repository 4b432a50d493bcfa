"""The room and the phones (issue #23), run on demand: `python tests/benchmarks/bench_room.py`.

The demo lab in a running app (Debian's Chromium through Playwright):

1. Thirty phones open their survey link at the same moment (a tab each, one browser): time
   from opening the link to the consent screen, and from "Ja, ik doe mee" to the first
   question. Target: the first question <= 2 s on a quiet machine.
2. The projector shows the room view of an open vote round; phones vote one after another
   (through the function the vote page calls): time from the stored ballot to the new count
   on the projector. Target <= 2 s.

CPU of the app process is read from /proc (utime + stime), next to wall time."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from monitor import demo, meetings, protocols, surveys  # noqa: E402
from monitor.model import LearningQuestion  # noqa: E402
from monitor.store import Store  # noqa: E402
from tests.e2e.test_app_flow import BROWSER  # noqa: E402
from tests.e2e.test_workshop_room import start_app  # noqa: E402

PHONES = 30
VOTES = 7
TIMEOUT_MS = 180_000


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def prepare(data: Path) -> dict:
    """The demo lab, 30 invited job seekers on the easy self-completion survey, and a meeting
    with an open vote round."""
    store = Store(data)
    demo.load_demo(store)
    lab = store.labs()[0]
    for i in range(PHONES):
        surveys.add_participant(store, lab.id, name=f"Bankkandidaat {i:02d}", group="job_seeker")
    shipped, _ = protocols.load_all(protocols.PROTOCOL_DIR)
    made = surveys.create_survey(
        store, lab.id, shipped["candidate_self"], wave="BR", audience_groups=["job_seeker"],
        profile="easy",
    )  # fmt: skip
    links = [
        "/?" + urlsplit(surveys.link(store, i, "http://x/")).query
        for i in surveys.invite(store, made)
    ]
    meeting = meetings.start(store, lab, day=dt.date.today())
    live = meetings.agenda_order(lab, store.records(lab.id, LearningQuestion))
    vote, token = meetings.open_round(store, lab, meeting, [q.id for q in live[:4]], 2)
    return {"lab": lab.id, "round": vote.id, "token": token, "links": links[:PHONES],
            "questions": [q.id for q in live[:4]]}  # fmt: skip


async def _idle(page) -> None:
    await page.wait_for_timeout(100)
    await page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=TIMEOUT_MS
    )


async def _phone(page, link: str, consent: list[float], first: list[float]) -> None:
    started = time.perf_counter()
    await page.goto(link, wait_until="commit")
    yes = page.get_by_role("button", name="Ja, ik doe mee")
    await yes.wait_for(timeout=TIMEOUT_MS)
    consent.append(time.perf_counter() - started)
    await _idle(page)
    tapped = time.perf_counter()
    await yes.click()
    await page.get_by_role("button", name="Volgende").wait_for(timeout=TIMEOUT_MS)
    first.append(time.perf_counter() - tapped)


async def phones(base: str, links: list[str]) -> tuple[list[float], list[float]]:
    from playwright.async_api import async_playwright

    consent: list[float] = []
    first: list[float] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = await browser.new_context(viewport={"width": 360, "height": 640})
            pages = [await context.new_page() for _ in links]
            await asyncio.gather(
                *(
                    _phone(page, base + link, consent, first)
                    for page, link in zip(pages, links, strict=True)
                )
            )
        finally:
            await browser.close()
    return consent, first


def projector(base: str, data: Path, room: dict) -> list[float]:
    from playwright.sync_api import sync_playwright

    store = Store(data)
    latencies = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(f"{base}/meeting")
        page.get_by_role("radio", name="· Prioriteren").click()
        page.get_by_role("button", name="Toon aan de zaal").click()
        page.get_by_text("0 deelnemers hebben gestemd").wait_for()
        for n in range(1, VOTES + 1):
            stored = time.perf_counter()
            meetings.cast(
                store, room["lab"], room["round"], room["token"], f"bench-{n}",
                room["questions"][:1],
            )  # fmt: skip
            counted = "1 deelnemer heeft gestemd" if n == 1 else f"{n} deelnemers hebben gestemd"
            page.get_by_text(counted).wait_for()
            latencies.append(time.perf_counter() - stored)
        browser.close()
    return latencies


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="labmonitor-bench-room-")) / "data"
    room = prepare(data)
    base, process = start_app(data)
    try:
        cpu_before, wall_before = cpu_seconds(process.pid), time.perf_counter()
        consent, first = asyncio.run(phones(base, room["links"]))
        cpu_room = cpu_seconds(process.pid) - cpu_before
        wall_room = time.perf_counter() - wall_before
        cpu_before = cpu_seconds(process.pid)
        latencies = projector(base, data, room)
        cpu_projector = cpu_seconds(process.pid) - cpu_before
    finally:
        process.terminate()
        process.wait(timeout=20)
    print(f"{PHONES} phones opening their survey link at once (load {os.getloadavg()[0]:.1f}):")
    print(
        f"  link to consent screen: median {statistics.median(consent):.2f} s, "
        f"p95 {p95(consent):.2f} s, max {max(consent):.2f} s"
    )
    print(
        f"  consent to first question: median {statistics.median(first):.2f} s, "
        f"p95 {p95(first):.2f} s, max {max(first):.2f} s (target <= 2 s)"
    )
    print(f"  the whole room: {wall_room:.1f} s wall, app process {cpu_room:.1f} s CPU")
    print(
        f"projector count after a phone's vote ({VOTES} votes): median "
        f"{statistics.median(latencies):.2f} s, worst {max(latencies):.2f} s (target <= 2 s); "
        f"app process {cpu_projector:.1f} s CPU"
    )


if __name__ == "__main__":
    main()
