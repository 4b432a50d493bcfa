"""The room: in local mode a phone on the network reaches a survey or vote link and nothing
else, also after a reload or on the bare address. The app listens on all addresses, as the
README's meeting instructions start it, and the phone uses this machine's network address."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys

import pytest

from tests.e2e.test_app_flow import (
    BROWSER,
    ROOT,
    TIMEOUT_MS,
    _free_port,
    _idle,
    _shot,
    expect,
    wait_until_up,
)

pytestmark = pytest.mark.slow


def _network_address() -> str | None:
    """An address of this machine that is not loopback, as a phone in the room would use."""
    out = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
    for address in out:
        if "." in address and not address.startswith("127."):
            return address
    return None


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    address = _network_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    data = tmp_path_factory.mktemp("room") / "data"
    env = {**os.environ, "LABMONITOR_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "monitor.cli", "demo"], env=env, check=True, capture_output=True
    )
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "0.0.0.0", "--server.port", str(port),
         "--browser.gatherUsageStats", "false",
         "--secrets.files", str(data.parent / "no-secrets.toml")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    wait_until_up(f"http://{address}:{port}", process)
    yield f"http://{address}:{port}", f"http://127.0.0.1:{port}", data, env
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def chromium():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=BROWSER,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def _survey_link(base: str, data, env) -> str:
    from monitor.model import Survey
    from monitor.store import Store

    store = Store(data)
    lab = store.labs()[0]
    survey = next(s for s in store.records(lab.id, Survey) if s.wave == "T1")
    if survey.closes is not None and survey.closes < dt.date.today():
        store.save(dataclasses.replace(survey, closes=dt.date.today()))
    lines = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "survey-links", "--lab", lab.id,
         "--survey", survey.id, "--base-url", f"{base}/"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    return next(
        line.split("\t")[2] for line in lines if line.split("\t")[1] in ("not_opened", "opened")
    )


@pytest.mark.parametrize("size", [(360, 640), (1280, 720)])
def test_a_phone_on_the_network_never_reaches_the_workbench(room, chromium, size):
    network, loopback, data, env = room
    phone = chromium.new_context(viewport={"width": size[0], "height": size[1]})
    page = phone.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    for path in ("/", "/sources", "/privacy"):
        page.goto(network + path)
        _idle(page)
        expect(page.get_by_text("alleen open op de eigen computer")).to_be_visible()
        body = page.inner_text("body")
        assert "Groeibanen Brakkenveen" not in body and "Bronnen" not in body
    _shot(page, f"room-bare-address-{size[0]}")

    # A survey link opens the survey; a reload (pull to refresh) opens the same survey again.
    page.goto(_survey_link(network, data, env))
    _idle(page)
    start = page.get_by_role("button", name="Ja, ik doe mee").or_(
        page.get_by_role("button", name="Beginnen")
    )
    expect(start.first).to_be_visible()
    assert "survey=" in page.url
    page.reload()
    _idle(page)
    expect(start.first).to_be_visible()
    assert "Groeibanen Brakkenveen" not in page.inner_text("body")
    _shot(page, f"room-survey-after-reload-{size[0]}")
    phone.close()

    # The researcher's own computer still has the workbench.
    desk = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = desk.new_page()
    page.goto(loopback)
    _idle(page)
    expect(page.get_by_text("Lokale modus")).to_be_visible()
    desk.close()
