"""The room and the phones in a real browser (Debian's Chromium through Playwright): one vote per
phone across reloads and a reopened link, the vote code on /v, a survey that resumes after a
reload and starts every screen at its question (the easy profile fits a 360x640 phone), the
meeting's screens at their heading and the room's QR code, a shared-mode login that survives a
reload, deep links, and an axe-core check of the respondent, vote and meeting pages."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.test_app_flow import (
    BROWSER,
    ROOT,
    TIMEOUT_MS,
    _eventually,
    _free_port,
    _idle,
    _shot,
    expect,
    wait_until_up,
)
from tests.e2e.test_room import _network_address

pytestmark = pytest.mark.slow
PHONE = {"width": 360, "height": 640}
PROJECTOR = {"width": 1280, "height": 720}


def _serve(data: Path, port: int, secrets: Path, address: str = "0.0.0.0"):
    env = {**os.environ, "LABMONITOR_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    env.pop("LABMONITOR_BASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", address, "--server.port", str(port),
         "--browser.gatherUsageStats", "false", "--secrets.files", str(secrets)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _prepare(data: Path) -> dict:
    """The demo lab with a meeting running, an open vote round and an easy self-completion
    survey for one job seeker; returns the links a phone would get."""
    from monitor import demo, meetings, protocols, surveys
    from monitor.model import LearningQuestion
    from monitor.store import Store

    store = Store(data)
    demo.load_demo(store)
    lab = store.labs()[0]
    meeting = meetings.start(store, lab, day=dt.date.today())
    live = meetings.agenda_order(lab, store.records(lab.id, LearningQuestion))
    vote, token = meetings.open_round(store, lab, meeting, [q.id for q in live[:4]], 2)
    shipped, _ = protocols.load_all(protocols.PROTOCOL_DIR)
    surveys.add_participant(store, lab.id, name="Testkandidaat", group="job_seeker")
    made = surveys.create_survey(
        store, lab.id, shipped["candidate_self"], wave="TE", audience_groups=["job_seeker"],
        profile="easy",
    )  # fmt: skip
    invitation = surveys.invite(store, made)[0]
    return {
        "lab": lab.id,
        "round": vote.id,
        "vote": f"/?lab={lab.id}&round={vote.id}&vote={token}",
        "code": meetings.link_code(store, vote),
        "survey": "/?" + urlsplit(surveys.link(store, invitation, "http://x/")).query,
        "store": store,
    }


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    address = _network_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    data = tmp_path_factory.mktemp("phones") / "data"
    links = _prepare(data)
    port = _free_port()
    process = _serve(data, port, data.parent / "no-secrets.toml")
    wait_until_up(f"http://{address}:{port}", process)
    yield {**links, "network": f"http://{address}:{port}", "desk": f"http://127.0.0.1:{port}"}
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    from monitor import access, demo
    from monitor.store import Store

    data = tmp_path_factory.mktemp("shared") / "data"
    demo.load_demo(Store(data))
    secrets = data.parent / "secrets.toml"
    anna = access.hash_password("researcher secret", iterations=1_000)
    piet = access.hash_password("steering secret", iterations=1_000)
    secrets.write_text(
        "[labmonitor]\n"
        f'[labmonitor.users.anna]\nname = "Anna"\nrole = "researcher"\npassword = "{anna}"\n'
        f'[labmonitor.users.piet]\nname = "Piet"\nrole = "steering"\npassword = "{piet}"\n'
    )
    port = _free_port()
    process = _serve(data, port, secrets, address="127.0.0.1")
    wait_until_up(f"http://127.0.0.1:{port}", process)
    yield f"http://127.0.0.1:{port}"
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


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return context, page


def _focused(page) -> str:
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return e ? e.tagName + ':' + e.textContent.trim().slice(0, 80) : ''; })()"
    )


def _ballots(room) -> int:
    from monitor.model import VoteRound

    return len(room["store"].record(room["lab"], VoteRound, room["round"]).ballots)


# -- one vote per phone -----------------------------------------------------------------------


def test_a_phone_votes_once_across_reloads_a_reopened_link_and_the_typed_code(room, chromium):
    context, page = _page(chromium, PHONE)
    page.goto(room["network"] + room["vote"])
    _idle(page)
    expect(page.get_by_role("heading", name="Stemmen")).to_be_visible()
    assert _focused(page).startswith("H1:Stemmen")
    before = _ballots(room)
    page.locator("label:has(input[type=checkbox])").first.click()
    page.get_by_role("button", name="Stem versturen").click()
    _idle(page)
    expect(page.get_by_text("Uw stem is geteld")).to_be_visible()
    assert _eventually(lambda: _ballots(room) == before + 1)
    page.reload()  # pull to refresh
    _idle(page)
    expect(page.get_by_text("al gestemd met deze telefoon")).to_be_visible()
    assert not page.locator("input[type=checkbox]").count()
    again = context.new_page()  # the QR scanned again: the link in a new tab
    again.goto(room["network"] + room["vote"])
    _idle(again)
    expect(again.get_by_text("al gestemd met deze telefoon")).to_be_visible()
    typed = context.new_page()  # the code typed at the short address
    typed.goto(room["network"] + "/v")
    _idle(typed)
    typed.get_by_role("textbox", name="Code van het scherm").fill(room["code"].lower())
    typed.get_by_role("button", name="Naar de stemming").click()
    _idle(typed)
    expect(typed.get_by_text("al gestemd met deze telefoon")).to_be_visible()
    assert "round=" in typed.url  # the full link: a reload keeps its place
    _shot(typed, "phones-vote-once")
    assert _ballots(room) == before + 1
    context.close()

    other, phone = _page(chromium, PHONE)  # another phone still gets its ballot
    phone.goto(room["network"] + room["vote"])
    _idle(phone)
    assert phone.locator("input[type=checkbox]").count() == 4
    other.close()


# -- the survey on a small phone -----------------------------------------------------------------


def test_the_easy_survey_resumes_after_a_reload_and_each_question_fits_the_screen(room, chromium):
    context, page = _page(chromium, PHONE)
    page.goto(room["network"] + room["survey"])
    _idle(page)
    page.get_by_role("button", name="Ja, ik doe mee").click()
    _idle(page)
    welcome = page.locator("[data-testid='stMain'] h3").first.inner_text().strip()
    page.get_by_role("button", name="Volgende").click()  # past the welcome text
    headings = [welcome]
    for step in range(4):
        heading = page.locator("[data-testid='stMain'] h3").first
        expect(heading).not_to_have_text(headings[-1])  # the next screen is there
        _idle(page)
        text = heading.inner_text().strip()
        try:
            page.wait_for_function(
                "t => document.activeElement && document.activeElement.textContent.trim() === t",
                arg=text,
                timeout=5000,
            )
        except Exception:
            _shot(page, f"phones-focus-fail-{step}")
            raise AssertionError((step, text, _focused(page))) from None
        assert _focused(page) == f"H3:{text[:80]}", (step, _focused(page))
        box = heading.bounding_box()
        assert box["y"] >= 0, (step, box)  # the question's heading is in view
        answers = page.locator("[data-testid='stMain'] button[kind^='primary'],"
                               " [data-testid='stMain'] button[kind^='secondary']")  # fmt: skip
        for i in range(answers.count()):
            label = answers.nth(i).inner_text()
            if "Stoppen" in label or "Terug" in label:
                continue
            bottom = answers.nth(i).bounding_box()
            assert bottom["y"] + bottom["height"] <= PHONE["height"], (step, label, bottom)
        _shot(page, f"phones-easy-question-{step}")
        headings.append(text)
        answers.first.click()  # a tap stores the answer and goes on
    expect(page.locator("[data-testid='stMain'] h3").first).not_to_have_text(headings[-1])
    _idle(page)
    shown = page.locator("[data-testid='stMain'] h3").first.inner_text().strip()
    page.reload()  # a restored tab: the same question as before the reload
    _idle(page)
    expect(page.locator("[data-testid='stMain'] h3").first).to_have_text(shown)
    assert "Groeibanen" not in page.inner_text("body")
    context.close()


# -- the meeting on the projector ------------------------------------------------------------------


def test_meeting_screens_start_at_their_heading_and_the_room_sees_a_large_qr(room, chromium):
    context, page = _page(chromium, PROJECTOR)
    page.goto(room["desk"] + "/meeting")
    _idle(page)
    page.get_by_role("radio", name="· Leervragen").click()
    _idle(page)
    first = page.locator("[data-testid='stMain'] h2").first
    assert _focused(page).startswith("H2:") and first.bounding_box()["y"] < PROJECTOR["height"]
    page.mouse.wheel(0, 2000)
    page.get_by_role("button", name="Volgende").click()
    _idle(page)
    heading = page.locator("[data-testid='stMain'] h2").first
    assert _focused(page) == f"H2:{heading.inner_text().strip()[:80]}"
    assert 0 <= heading.bounding_box()["y"] < PROJECTOR["height"] / 2  # scrolled back up
    # no form fields on the question (the sidebar's lab choice is not on the projector's main)
    assert page.locator("[data-testid='stMain'] input[type=text]").count() == 0
    page.get_by_role("button", name="Nieuwe actie").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    size = dialog.locator("input").first.evaluate("e => getComputedStyle(e).fontSize")
    assert float(size.rstrip("px")) >= 20
    page.keyboard.press("Escape")
    _idle(page)
    page.get_by_role("radio", name="· Prioriteren").click()
    _idle(page)
    link = page.locator("[data-testid='stCode']").inner_text()
    page.get_by_role("button", name="Toon aan de zaal").click()
    _idle(page)
    qr = page.get_by_role("img", name="QR-code: scan met de camera van uw telefoon om te stemmen")
    assert qr.bounding_box()["height"] >= 0.85 * PROJECTOR["height"]
    expect(page.get_by_text(room["code"], exact=True)).to_be_visible()
    _shot(page, "phones-room-view")
    page.reload()  # the projector reloads: the same link, so scanned phones keep working
    _idle(page)
    page.get_by_role("radio", name="· Prioriteren").click()
    _idle(page)
    assert page.locator("[data-testid='stCode']").inner_text() == link
    query = parse_qs(urlsplit(link.replace("\n", "")).query)
    assert query["round"] == [room["round"]]
    context.close()


# -- shared mode --------------------------------------------------------------------------------


def _log_in(page, username: str, password: str) -> None:
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    _idle(page)


def test_a_login_survives_a_reload_and_a_deep_link_opens_its_page_after_login(shared, chromium):
    context, page = _page(chromium, PROJECTOR)
    page.goto(shared + "/actions")  # a link to a page, before logging in
    _idle(page)
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()
    assert "Page not found" not in page.inner_text("body")
    _log_in(page, "piet", "steering secret")
    expect(page.get_by_role("heading", name="Acties").first).to_be_visible()
    assert urlsplit(page.url).path == "/actions"
    page.reload()
    _idle(page)
    expect(page.get_by_text("Ingelogd als Piet")).to_be_visible()
    expect(page.get_by_role("heading", name="Acties").first).to_be_visible()
    page.goto(shared + "/sources")  # not for the steering role: a plain page, in Dutch
    _idle(page)
    expect(page.get_by_text("Deze pagina is er niet")).to_be_visible()
    assert "Page not found" not in page.inner_text("body")
    page.get_by_role("button", name="Uitloggen").click()
    _idle(page)
    page.reload()
    _idle(page)
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()
    context.close()


# -- accessibility ----------------------------------------------------------------------------


def _axe(page) -> list[dict]:
    axe = pytest.importorskip("axe_playwright_python")
    page.add_script_tag(path=str(Path(axe.__file__).parent / "axe.min.js"))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in ("critical", "serious")]


def _ours(violations: list[dict]) -> list[dict]:
    """The violations in what our pages render (text, headings, our HTML, our widgets' labels),
    not in Streamlit's own frame (its toolbar, skip link, iframes)."""
    framework = ("stToolbar", "stHeader", "stSkipLink", "stDecoration", "stStatusWidget")
    return [
        v
        for v in violations
        if any(not any(f in json.dumps(n["target"]) + n["html"] for f in framework)
               for n in v["nodes"])
    ]  # fmt: skip


def test_respondent_vote_and_meeting_pages_have_no_serious_accessibility_problems(room, chromium):
    found = {}
    context, page = _page(chromium, PHONE)
    page.goto(room["network"] + room["survey"])
    _idle(page)
    found["respond"] = _ours(_axe(page))
    page.goto(room["network"] + room["vote"])
    _idle(page)
    found["vote"] = _ours(_axe(page))
    context.close()
    context, page = _page(chromium, PROJECTOR)
    page.goto(room["desk"] + "/meeting")
    _idle(page)
    page.get_by_role("radio", name="· Prioriteren").click()
    _idle(page)
    page.get_by_role("button", name="Toon aan de zaal").click()
    _idle(page)
    found["room"] = _ours(_axe(page))
    page.get_by_role("button", name="Terug naar het overleg").click()
    _idle(page)
    page.get_by_role("radio", name="· Leervragen").click()
    _idle(page)
    found["meeting"] = _ours(_axe(page))
    context.close()
    report = {
        where: [(v["id"], v["impact"], [n["html"][:120] for n in v["nodes"][:3]]) for v in found_]
        for where, found_ in found.items()
    }
    assert not any(found.values()), json.dumps(report, indent=1)
