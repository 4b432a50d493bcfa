"""Everyday quality on the pages: marks that reports rely on, work that runs at the right
moment, texts in the user's language."""

from monitor import surveys
from monitor.model import Invitation, InvitationState, Stakeholder
from pages import _widgets
from tests.pages.conftest import app, texts
from tests.pages.test_survey_pages import _open, quick  # noqa: F401 - quick is a fixture


def test_opening_a_survey_link_marks_the_invitation_opened(demo_store, quick):  # noqa: F811
    lab, made, invited = quick
    assert surveys.status(invited[0], None) is InvitationState.NOT_OPENED
    phone = _open(demo_store, invited[0])
    assert not phone.exception
    fresh = demo_store.record(lab.id, Invitation, invited[0].id)
    assert fresh.opened
    assert surveys.status(fresh, None) is InvitationState.OPENED
    assert not demo_store.record(lab.id, Invitation, invited[1].id).opened


def _retention_passed(store):
    import dataclasses
    import datetime as dt

    lab = store.labs()[0]
    store.save(dataclasses.replace(lab, retention_until=dt.date.today() - dt.timedelta(days=1)))
    return lab


def test_retention_is_not_run_for_a_steering_member_s_page_view(demo_store):
    from tests.pages.test_access_pages import logged_in

    lab = _retention_passed(demo_store)
    named = {s.name for s in demo_store.records(lab.id, Stakeholder)}
    at = logged_in(demo_store, "piet")
    assert not at.exception, at.exception
    assert demo_store.lab(lab.id).retention_done is None
    assert {s.name for s in demo_store.records(lab.id, Stakeholder)} == named


def test_retention_runs_once_when_a_researcher_opens_the_workbench(demo_store, monkeypatch):
    from monitor import privacy

    lab = _retention_passed(demo_store)
    calls = []
    real = privacy.apply_all_due
    monkeypatch.setattr(privacy, "apply_all_due", lambda *a: calls.append(a) or real(*a))
    at = app().run()
    assert not at.exception, at.exception
    assert demo_store.lab(lab.id).retention_done is not None
    assert "namen en contactgegevens zijn verwijderd" in texts(at)
    at.switch_page("pages/stakeholders.py").run()
    at.switch_page("pages/overview.py").run()
    assert len(calls) == 1


ALL_PAGES = [
    "pages/overview.py",
    "pages/lab_setup.py",
    "pages/stakeholders.py",
    "pages/activities.py",
    "pages/sources.py",
    "pages/interview.py",
    "pages/coding.py",
    "pages/factor_overview.py",
    "pages/import_table.py",
    "pages/protocols.py",
    "pages/surveys.py",
    "pages/survey_results.py",
    "pages/agenda.py",
    "pages/actions.py",
    "pages/meeting.py",
    "pages/history.py",
    "pages/reports.py",
    "pages/backup.py",
    "pages/privacy.py",
    "pages/programme.py",
    "pages/programme_agenda.py",
    "pages/programme_meeting.py",
    "pages/programme_setup.py",
    "pages/programme_share.py",
]


def _choice_widgets(at):
    from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode

    for widget in [*at.multiselect, *at.selectbox]:
        yield widget, widget.proto, SelectWidgetFilterMode


def test_no_choice_widget_shows_streamlit_s_english_texts(demo_store):
    """No "Select all" in any multiselect; no search (hence no "No results") over a list
    short enough to read."""
    at = app().run()
    for page in ALL_PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        for widget, proto, modes in _choice_widgets(at):
            where = (page, widget.label)
            if widget.type == "multiselect":
                assert proto.select_all == 0, where
            if len(widget.options) <= _widgets.SCAN_BY_EYE:
                assert proto.filter_mode == modes.Value("FILTER_MODE_NONE"), where


def test_a_guided_interview_counts_its_questions_from_one(demo_store):
    at = app().run()
    at.switch_page("pages/interview.py").run()
    at.selectbox[0].set_value("employer_exploration_interview")
    at.text_input[0].input("Werkgever A")
    at.get("form_submit_button")[0].click().run()
    if any(b.key == "interview.consent.yes" for b in at.button):
        at.button(key="interview.consent.yes").click().run()
    progress = [p.proto.text for p in at.get("progress")]
    assert progress and progress[0].startswith("Vraag 1 van "), progress


def test_empty_text_cells_of_a_grid_are_blank_not_none():
    import datetime as dt

    import pandas as pd
    import streamlit as st

    from pages import _grid

    frame = pd.DataFrame(
        {"name": ["Anna", None], "due": [None, dt.date(2026, 1, 5)], "note": [None, None]}
    )
    shown = _grid._blank_cells(
        frame,
        {"note": st.column_config.TextColumn("Notitie"), "due": st.column_config.DateColumn("D")},
    )
    assert list(shown["name"]) == ["Anna", ""]
    assert list(shown["note"]) == ["", ""]
    assert shown["due"][0] is None  # a date column keeps its type


def test_the_app_draws_its_own_menu_and_no_raw_page_names():
    """Streamlit's menu is off (it flashes pages/ file names on a first load); the app's
    sidebar lists the pages by their titles."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).parent.parent.parent
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showSidebarNavigation"] is False


def test_the_sidebar_menu_lists_every_page_by_title(demo_store):
    at = app().run()
    links = [e.proto.label for e in at.sidebar.get("page_link")]
    assert {"Overzicht", "Betrokkenen", "Bronnen", "Leervragen", "Rapporten"} <= set(links)
    assert not [name for name in links if name in {"app", "ui", "respond", "vote"}]


def test_the_page_icon_is_not_fetched_from_a_font_server():
    import ast
    from pathlib import Path

    tree = ast.parse((Path(__file__).parent.parent.parent / "app.py").read_text())
    (call,) = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "set_page_config"
    ]
    icon = next(k.value.value for k in call.keywords if k.arg == "page_icon")
    assert not icon.startswith(":material") and "://" not in icon


def test_building_a_report_shows_its_steps_and_audits_the_download(demo_store):
    lab = demo_store.labs()[0]
    at = app().run()
    at.switch_page("pages/reports.py").run()
    assert not at.get("download_button")  # nothing is built before the researcher asks
    next(b for b in at.button if b.label == "Rapport maken").click().run()
    assert not at.exception, at.exception
    assert "Het rapport is klaar om te downloaden." in texts(at)
    assert not [e for e in demo_store.audit_trail(lab.id) if e.get("event") == "export"]
    at.get("download_button")[0].click().run()
    exports = [e for e in demo_store.audit_trail(lab.id) if e.get("event") == "export"]
    assert [e["detail"]["what"] for e in exports] == ["report.phase"]


def test_loading_the_demo_reports_its_steps(data_dir, monkeypatch):
    from monitor.store import Store
    from pages import _progress

    seen = []
    real = _progress.status

    def watched(label_key):
        seen.append(label_key)
        return real(label_key)

    monkeypatch.setattr(_progress, "status", watched)
    at = app().run()
    next(b for b in at.button if b.label == "Open het voorbeeldlab").click().run()
    assert not at.exception, at.exception
    assert seen == ["progress.demo"] and Store(data_dir).labs()


def test_the_terminal_progress_line_is_written_only_to_a_terminal():
    import io

    from monitor import progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, piped = Terminal(), io.StringIO()
    for stream in (shown, piped):
        progress.run_steps([("progress.report.build", lambda: 1)], progress.terminal("nl", stream))
    assert "[0/1] Gegevens verzamelen" in shown.getvalue() and "[1/1] Klaar" in shown.getvalue()
    assert piped.getvalue() == ""


def _an_uploader() -> None:
    import streamlit as st

    from pages import _widgets

    st.session_state["lang"] = "nl"
    _widgets.file_uploader(st, "Tabel", ["csv", "xlsx"], max_mb=20, key="upload")


def test_a_file_uploader_speaks_the_user_s_language():
    """Streamlit writes "Upload" and "20MB per file • CSV" in English in every uploader: the
    wrapper puts our word on the button and says the limit and the types in a caption."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_an_uploader).run()
    assert not at.exception, at.exception
    assert [c.value for c in at.caption] == [
        "Sleep een bestand hierheen of kies er een · tot 20 MB · CSV, XLSX"
    ]
    style = "".join(h.proto.body for h in at.get("html"))
    assert 'content: "Bestand kiezen"' in style and "stFileUploaderDropzoneInstructions" in style


def test_no_page_draws_a_file_uploader_of_its_own():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = [
        f"{path.name}:{node.lineno}"
        for path in [root / "app.py", *sorted((root / "pages").glob("*.py"))]
        if path.name != "_widgets.py"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr == "file_uploader"
        if not (isinstance(node.value, ast.Name) and node.value.id == "_widgets")
    ]
    assert offenders == []
