"""A workshop in a real room: thirty phones (browser contexts of Debian's Chromium) open the
join link at the same moment and each sends an entry through the running app; nothing is lost,
a reload keeps what the phone sent, and the projector shows the count. The same walk, timed,
is the benchmark in tests/benchmarks/bench_workshops.py."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest

from tests.e2e.test_app_flow import BROWSER, ROOT, _free_port, wait_until_up

pytestmark = pytest.mark.slow
PHONES = 30
TIMEOUT_MS = 180_000


def start_app(data) -> tuple[str, subprocess.Popen]:
    env = {**os.environ, "LABMONITOR_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false",
         "--secrets.files", str(data.parent / "no-secrets.toml")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    wait_until_up(url, process)
    return url, process


def open_eye_opener_round(data) -> tuple[str, str, str]:
    """A lab with an open eye-opener workshop; returns (lab id, workshop id, token)."""
    from monitor import workshops
    from monitor.store import Store
    from tests.conftest import make_lab

    store = Store(data)
    lab = make_lab(store, phases=1)
    lab = store.lab(lab.id)
    workshop, token = workshops.open_workshop(
        store, lab, kind="eye_opener", title="Eyeopeners", date=lab.phases[0].start
    )
    return lab.id, workshop.id, token


async def _idle(page) -> None:
    await page.wait_for_timeout(200)
    await page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=TIMEOUT_MS
    )


async def phone(browser, link: str, number: int, timings: list[float]) -> str:
    """One participant: open the link, send an eye-opener, wait for the thanks."""
    context = await browser.new_context(viewport={"width": 360, "height": 640})
    page = await context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    started = time.perf_counter()
    await page.goto(link, wait_until="commit")
    await page.get_by_label("Mijn eyeopener").wait_for()
    await page.get_by_label("Mijn eyeopener").fill(f"Inzicht van telefoon {number}")
    await page.get_by_label("Mijn eyeopener").press("Tab")
    await page.get_by_role("button", name="Versturen").click()
    await page.get_by_text("Ontvangen, dank u.").wait_for()
    timings.append(time.perf_counter() - started)
    address = page.url
    await context.close()
    return address


async def room(base: str, lab_id: str, workshop_id: str, token: str, phones: int):
    from playwright.async_api import async_playwright

    link = f"{base}/?lab={lab_id}&workshop={workshop_id}&w={token}"
    timings: list[float] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"]
        )
        addresses = await asyncio.gather(*(phone(browser, link, n, timings) for n in range(phones)))
        # One phone comes back (a reload of its own address): it sees what it sent.
        context = await browser.new_context(viewport={"width": 360, "height": 640})
        page = await context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        await page.goto(addresses[0], wait_until="commit")
        await page.get_by_text("Wat u stuurde").wait_for()
        again = await page.get_by_text("Inzicht van telefoon").count()
        await browser.close()
    return addresses, timings, again


@pytest.fixture
def app_with_workshop(tmp_path):
    data = tmp_path / "data"
    ids = open_eye_opener_round(data)
    url, process = start_app(data)
    yield url, data, ids
    process.terminate()
    process.wait(timeout=20)


def test_thirty_phones_join_and_send_at_once_through_the_running_app(app_with_workshop):
    from monitor.model import Workshop
    from monitor.store import Store

    url, data, (lab_id, workshop_id, token) = app_with_workshop
    addresses, timings, again = asyncio.run(room(url, lab_id, workshop_id, token, PHONES))
    stored = Store(data).record(lab_id, Workshop, workshop_id)
    assert len(stored.entries) == PHONES  # every acknowledged entry is stored
    assert len({e.voter for e in stored.entries}) == PHONES  # one key per phone
    assert len(set(addresses)) == PHONES and all("me=" in a for a in addresses)
    assert again >= 1  # the phone that came back sees its entry
