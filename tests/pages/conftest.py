from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from monitor import demo
from monitor.store import Store

ROOT = Path(__file__).parent.parent.parent
PAGES = [
    "pages/overview.py",
    "pages/lab_setup.py",
    "pages/stakeholders.py",
    "pages/activities.py",
    "pages/welcome.py",
    "pages/sources.py",
    # programme pages: without a programme they say so; see test_programme_pages.py with one
    "pages/programme.py",
    "pages/programme_agenda.py",
    "pages/programme_meeting.py",
    "pages/programme_setup.py",
    "pages/programme_share.py",
]


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Streamlit caches outlive an AppTest; every test starts without them."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("LABMONITOR_DATA_DIR", str(path))
    return path


@pytest.fixture
def demo_store(data_dir) -> Store:
    store = Store(data_dir)
    demo.load_demo(store)
    return store


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)


def texts(at: AppTest) -> str:
    """Everything the page shows as text, for assertions on what a user reads."""
    parts = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "text",
        "error",
        "info",
        "warning",
        "success",
        "metric",
    ):
        for element in getattr(at, kind):
            parts.append(
                str(getattr(element, "value", "")) + " " + str(getattr(element, "label", ""))
            )
    return "\n".join(parts)


@pytest.fixture(autouse=True, scope="session")
def _quiet_streamlit():
    """AppTest runs scripts without a server; Streamlit's warnings about that are noise."""
    from streamlit import logger

    logger.set_log_level("error")


@pytest.fixture
def cookie_jar(monkeypatch):
    """The browser's cookies: what a page sets comes back with the next connection (a reload
    or a reopened link), as a real browser sends them; max-age 0 deletes."""
    from pages import _room

    jar: dict[str, str] = {}

    def set_cookie(name: str, value: str, max_age_s: int) -> None:
        if max_age_s > 0:
            jar[name] = value
        else:
            jar.pop(name, None)

    monkeypatch.setattr(_room, "request_cookies", lambda: dict(jar))
    monkeypatch.setattr(_room, "set_cookie", set_cookie)
    return jar
