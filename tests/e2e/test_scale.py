"""Several app processes on one PostgreSQL database, and phones at once through the real server
(issue #24): two `streamlit run` processes share one database, so an answer given through one
is there in the other; 30 phones open their survey links at the same moment and answer five
questions each, and every answer is stored. Loopback only, bounded in count and time."""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time

import pytest

from monitor import pgstore, surveys
from monitor.model import Participant, Response
from monitor.pgstore import PgStore
from monitor.protocols import parse
from tests.e2e.test_app_flow import BROWSER, ROOT, TIMEOUT_MS, _free_port, wait_until_up

pytestmark = pytest.mark.slow
PHONES = int(os.environ.get("LABMONITOR_E2E_PHONES") or 30)
LOAD_TIMEOUT_MS = 240_000  # per step of one phone; the whole test stops well within CI's time
QUESTIONS = 5

FIVE = """\
id: five
version: 1
mode: survey
title: {nl: "Vijf vragen", en: "Five questions"}
consent:
  version: 1
  text: {nl: "Doe je mee aan dit korte onderzoek?", en: "Will you take part in this short study?"}
sections:
  - id: main
    title: {nl: "Over het werk", en: "About the work"}
    questions:
""" + "".join(
    f"""      - id: q{i}
        type: agreement5
        required: true
        label:
          nl: "Stelling {i} over de samenwerking."
          en: "Statement {i} on working together."
"""
    for i in range(1, QUESTIONS + 1)
)


@pytest.fixture(scope="module")
def two_servers(pg_cluster_session, tmp_path_factory):
    """One database with the demo lab, and two app processes on it (as behind a proxy)."""
    url = pg_cluster_session.create_database("e2e_scale")
    pgstore.upgrade(url)
    env = {**os.environ, "LABMONITOR_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    env.pop("LABMONITOR_DATA_DIR", None)
    subprocess.run(
        [sys.executable, "-m", "monitor.cli", "demo"], env=env, check=True, capture_output=True
    )
    none = tmp_path_factory.mktemp("scale") / "no-secrets.toml"
    processes, bases = [], []
    for _ in range(2):
        port = _free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--secrets.files", str(none)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        processes.append(process)
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base, process in zip(bases, processes, strict=True):
            wait_until_up(base, process)
        yield url, bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _links(url: str, base: str, n: int) -> tuple[str, list[str], list]:
    store = PgStore(url).acting("test")
    lab = store.labs()[0]
    store.save_protocol("five", FIVE)
    protocol = parse(FIVE)
    wave = f"S{time.monotonic_ns() % 10**6}"
    rows = [{"name": f"Telefoon {wave} {i:02d}", "group": "employer"} for i in range(n)]
    surveys.save_participants(store, lab.id, rows)
    names = {r["name"] for r in rows}
    people = [p for p in store.records(lab.id, Participant) if p.name in names]
    survey = surveys.create_survey(
        store, lab.id, protocol, wave=wave, audience_ids=[p.id for p in people]
    )
    invited = surveys.invite(store, survey)
    return lab.id, [surveys.link(store, i, base + "/") for i in invited], invited


async def _idle(page) -> None:
    await page.wait_for_timeout(200)
    await page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=LOAD_TIMEOUT_MS
    )


async def _answer(page, count: int, taps: list[float]) -> None:
    """Consent, then `count` questions: tap the first option and "Volgende"; the time from
    the tap on "Volgende" until the next question is shown goes into `taps`."""
    await page.get_by_role("button", name="Ja, ik doe mee").click()
    await _idle(page)
    for step in range(1, count + 1):
        label = f"Stelling {step} over de samenwerking."
        await page.get_by_text(label).first.wait_for(timeout=LOAD_TIMEOUT_MS)
        await page.locator("[data-testid='stForm'] [role='radiogroup'] label").nth(3).click()
        started = time.monotonic()
        await page.get_by_role("button", name="Volgende").click()
        await _idle(page)
        if step < count:
            await page.get_by_text(f"Stelling {step + 1} over de samenwerking.").first.wait_for(
                timeout=LOAD_TIMEOUT_MS
            )
        taps.append(time.monotonic() - started)


async def _phones(links: list[str], count: int) -> list[float]:
    from playwright.async_api import async_playwright

    taps: list[float] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            # One browser profile, a tab per phone: each tab is its own Streamlit session (a
            # link needs no cookie), and the tabs share the app's cached scripts, so the test
            # measures the server rather than 30 copies of the browser parsing the same code.
            context = await browser.new_context(viewport={"width": 390, "height": 844})
            pages = [await context.new_page() for _ in links]
            for page in pages:  # 30 tabs on one small machine: generous, but bounded
                page.set_default_timeout(LOAD_TIMEOUT_MS)
            # Every link opened at the same moment, then everyone answers.
            await asyncio.gather(
                *(
                    page.goto(link, wait_until="commit")
                    for page, link in zip(pages, links, strict=True)
                )
            )
            await asyncio.gather(*(_idle(page) for page in pages))
            await asyncio.gather(*(_answer(page, count, taps) for page in pages))
        finally:
            await browser.close()
    return taps


def test_an_answer_given_through_one_process_is_there_in_the_other(two_servers):
    pytest.importorskip("playwright.async_api")
    url, (first, second) = two_servers
    lab_id, (link,), (invitation,) = _links(url, first, 1)
    taps: list[float] = []

    async def walk() -> str:
        from playwright.async_api import async_playwright

        async with async_playwright() as p:
            browser = await p.chromium.launch(
                executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                page = await (await browser.new_context()).new_page()
                await page.goto(link)  # the first process
                await _idle(page)
                await _answer(page, 2, taps)
                other = await (await browser.new_context()).new_page()
                await other.goto(link.replace(first, second))  # the same link, other process
                await _idle(other)
                await other.get_by_text("Stelling 3 over de samenwerking.").first.wait_for(
                    timeout=TIMEOUT_MS
                )
                return await other.inner_text("body")
            finally:
                await browser.close()

    body = asyncio.run(walk())
    assert "Stelling 1 over" not in body  # it resumed where the first process left off
    (response,) = PgStore(url).find(lab_id, Response, invitation_id=invitation.id)
    assert response.answers == {"q1": "4", "q2": "4"}


def test_thirty_phones_at_once_store_every_answer(two_servers):
    pytest.importorskip("playwright.async_api")
    url, (first, second) = two_servers
    lab_id, links, invited = _links(url, first, PHONES)
    # Half the phones on each process, as a proxy with sticky sessions spreads them.
    links = [link if i % 2 else link.replace(first, second) for i, link in enumerate(links)]
    started = time.monotonic()
    taps = asyncio.run(_phones(links, QUESTIONS))
    took = time.monotonic() - started
    store = PgStore(url)
    answers = {
        invitation.id: store.find(lab_id, Response, invitation_id=invitation.id)
        for invitation in invited
    }
    assert all(len(found) == 1 for found in answers.values())
    stored = [found[0].answers for found in answers.values()]
    assert stored == [{f"q{i}": "4" for i in range(1, QUESTIONS + 1)}] * PHONES  # 100 %
    ordered = sorted(taps)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"\n{PHONES} phones x {QUESTIONS} questions in {took:.1f} s: tap to next question "
        f"median {statistics.median(taps):.2f} s, p95 {p95:.2f} s, load {os.getloadavg()[0]:.1f}"
    )
