"""The whole loop in a real browser (Debian's Chromium, driven by Playwright): open the demo lab,
code a factor, accept a drafted learning question, add an action, fill in a survey through its
private link in a second browser, see it counted, and download a phase report. A screenshot of
every step is kept in test-artifacts/e2e/ for a person to look at."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from monitor.i18n import t

ROOT = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
BROWSER = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(BROWSER).exists():
    pytest.skip(
        "the browser test needs Chromium: install Debian's package `chromium`",
        allow_module_level=True,
    )
playwright = pytest.importorskip(
    "playwright.sync_api", reason="the browser test needs the Python package `playwright`"
)
expect = playwright.expect
TIMEOUT_MS = 30_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen) -> None:
    """Wait until the app at `url` answers its health check; fail with its error output if it
    stops or takes over a minute."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"the app did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on its own port and empty store, as `streamlit run app.py` starts it."""
    data = tmp_path_factory.mktemp("e2e") / "data"
    port = _free_port()
    env = {**os.environ, "LABMONITOR_DATA_DIR": str(data)}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false",
         # Local mode whatever secrets this machine has: no login in this walk.
         "--secrets.files", str(data.parent / "no-secrets.toml")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://localhost:{port}"
    wait_until_up(url, process)
    yield url, data, env
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"]
        )
        yield chromium
        chromium.close()


def _idle(page) -> None:
    """Wait until Streamlit has finished running the script for the last interaction."""
    page.wait_for_timeout(300)
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=TIMEOUT_MS
    )
    page.wait_for_timeout(300)


def _eventually(check, seconds: float = 20) -> bool:
    """The store catches up with a click a moment after the browser shows it sent."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _go(page, link: str) -> None:
    page.get_by_role("link", name=link, exact=True).first.click()
    _idle(page)


def _choose(page, label: str, option: str) -> None:
    """Pick an option of a selectbox or multiselect; typing filters the (virtual) list."""
    page.get_by_role("combobox", name=label).first.click()
    page.keyboard.type(option[:20])
    page.get_by_role("option", name=option).first.click()
    _idle(page)


@pytest.mark.slow
def test_the_monitoring_loop_in_a_real_browser(server, browser):
    url, data, env = server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)

    # 1. Open the app and the demo lab.
    page.goto(url)
    _idle(page)
    expect(page.get_by_text("Lokale modus")).to_be_visible()
    page.get_by_role("button", name="Open het voorbeeldlab").click()
    _idle(page)
    expect(page.get_by_role("heading", name="Groeibanen Brakkenveen")).to_be_visible()
    _shot(page, "01-demo-lab")

    # 2. Code a factor from a passage of a source.
    from monitor.model import Factor, Source
    from monitor.store import Store

    store = Store(data)
    lab = store.labs()[0]
    source = next(s for s in store.records(lab.id, Source) if s.kind == "minutes")
    passage = next(line for line in source.text.splitlines() if len(line) > 40)[:40]
    _go(page, "Factoren coderen")
    page.get_by_role("combobox", name="Bron").first.click()
    page.keyboard.type(source.title[:20])
    page.get_by_role("option", name=re.compile(re.escape(source.title))).first.click()
    _idle(page)
    page.get_by_role("textbox", name="Geciteerde passage").fill(passage)
    factor = page.get_by_role("textbox", name="Factor", exact=True)
    factor.fill("Vast wekelijks contact tussen coach en werkgever")
    factor.press("Tab")
    _idle(page)
    _choose(page, "Thema's", "Ontmoeting en samenwerking")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Factor opslaan").click()
    _idle(page)
    assert _eventually(
        lambda: any(
            f.text == "Vast wekelijks contact tussen coach en werkgever"
            for f in store.records(lab.id, Factor)
        )
    )
    _shot(page, "02-factor-coded")

    # 3. Accept a drafted learning question.
    from monitor.model import Action, LearningQuestion

    before = {q.id for q in store.records(lab.id, LearningQuestion) if q.status != "draft"}
    _go(page, "Leervragen")
    page.get_by_role("tab", name=re.compile("Voorstellen uit de factoren")).click()
    _idle(page)
    page.get_by_role("button", name="Overnemen").first.click()
    _idle(page)

    def accepted() -> set[str]:
        return {q.id for q in store.records(lab.id, LearningQuestion) if q.status != "draft"}

    assert _eventually(lambda: len(accepted() - before) == 1)
    _shot(page, "03-question-accepted")
    (question_id,) = accepted() - before
    question = store.record(lab.id, LearningQuestion, question_id)

    # 4. Add an action to that question.
    page.get_by_role("tab", name=re.compile("Op de agenda|On the agenda|Leervragen")).first.click()
    _idle(page)
    card = page.get_by_role("heading", name=question.text["nl"]).locator(
        "xpath=ancestor::div[@data-testid='stVerticalBlock'][1]"
    )
    card.get_by_text("Onderbouwing, geschiedenis en wijzigen").click()
    card.get_by_label("Actie", exact=True).fill("Werkgevers bellen over het vaste contactmoment")
    card.get_by_role("button", name="Actie toevoegen").click()
    _idle(page)
    assert _eventually(
        lambda: any(
            a.question_id == question_id and a.text.startswith("Werkgevers bellen")
            for a in store.records(lab.id, Action)
        )
    )
    _shot(page, "04-action-added")

    # 5. A respondent opens their private link in another browser and fills in the survey.
    from monitor.model import Response, Survey

    submitted = {r.id for r in store.records(lab.id, Response) if r.status == "submitted"}
    # The demo's T1 survey has invitations nobody answered yet. Its closing date is a fixed day
    # in the demo; the researcher keeps it open here, so this walk does not depend on the date.
    survey = next(s for s in store.records(lab.id, Survey) if s.wave == "T1")
    if survey.closes is not None and survey.closes < dt.date.today():
        survey = store.save(dataclasses.replace(survey, closes=dt.date.today()))
    lines = subprocess.run(
        ["labmonitor", "survey-links", "--lab", lab.id, "--survey", survey.id,
         "--base-url", f"{url}/"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    private = next(
        line.split("\t")[2] for line in lines if line.split("\t")[1] in ("not_opened", "opened")
    )
    phone = browser.new_context(viewport={"width": 400, "height": 850})
    respondent = phone.new_page()
    respondent.set_default_timeout(TIMEOUT_MS)
    respondent.goto(private)
    _idle(respondent)
    _shot(respondent, "05a-survey-consent")
    # Consent first; a coach who consented at T0 to the same text is only asked to begin.
    respondent.get_by_role("button", name=re.compile("^(Ja, ik doe mee|Beginnen)$")).click()
    _idle(respondent)
    for _step in range(80):
        send = respondent.get_by_role("button", name="Versturen")
        if send.count():
            _shot(respondent, "05b-survey-review")
            send.click()
            _idle(respondent)
            break
        options = respondent.locator("[data-testid='stForm'] [role='radiogroup'] label")
        if options.count():
            options.first.click()
        else:
            tap = respondent.locator("button[kind='secondary']").first
            if tap.count() and not respondent.get_by_role("button", name="Volgende").count():
                tap.click()
                _idle(respondent)
                continue
        respondent.get_by_role("button", name="Volgende").click()
        _idle(respondent)
    else:
        _shot(respondent, "05-stuck")
        pytest.fail("the survey did not reach its end")
    _shot(respondent, "05c-survey-sent")
    phone.close()

    def sent() -> set[str]:
        return {r.id for r in store.records(lab.id, Response) if r.status == "submitted"}

    assert _eventually(lambda: len(sent() - submitted) == 1)
    now = sent()

    # 6. The researcher sees the response counted.
    n = sum(r.survey_id == survey.id for r in store.records(lab.id, Response) if r.id in now)
    _go(page, "Resultaten")
    page.get_by_role("tab", name="Vragen", exact=True).click()
    _choose(page, "Vragenlijst", f"{survey.title} · {survey.wave}")
    expect(page.get_by_text(t("results.n", "nl", n=n))).to_be_visible()
    _shot(page, "06-response-counted")

    # 7. Download the phase report.
    _go(page, "Rapporten")
    page.get_by_role("button", name="Rapport maken").click()
    _idle(page)
    with page.expect_download(timeout=60_000) as caught:
        page.get_by_role("button", name="Download als Word (.docx)").click()
    target = ARTIFACTS / "07-phase-report.docx"
    caught.value.save_as(target)
    assert target.read_bytes()[:2] == b"PK" and target.stat().st_size > 20_000
    _shot(page, "07-report")
    context.close()
