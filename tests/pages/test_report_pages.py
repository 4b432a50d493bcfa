"""The Reports page: choose, write, preview, download."""

import pytest

from monitor.i18n import t
from monitor.model import Narrative
from monitor.reports import narrative
from tests.pages.conftest import app, texts


def _reports(lang: str = "nl"):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    return at.switch_page("pages/reports.py").run()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["phase", "meeting", "final"])
def test_every_kind_of_report_can_be_chosen_previewed_and_downloaded(demo_store, lang, kind):
    at = _reports(lang)
    at.radio(key="reports.kind").set_value(kind).run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]
    make = next(b for b in at.button if b.label in ("Rapport maken", "Build report"))
    make.click().run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]
    button = at.get("download_button")[0]
    assert button.proto.label.startswith(("Download als Word", "Download as Word"))
    shown = texts(at)
    heading = {"phase": "report.title.phase", "meeting": "report.title.meeting"}.get(
        kind, "report.title.final"
    )
    assert t(heading, "nl") in shown  # the outline starts with the report's title (report language)


def test_writing_the_summary_saves_it_with_the_lab(demo_store):
    lab = demo_store.labs()[0]
    at = _reports()
    phase_id = at.selectbox(key="reports.phase").value
    key = f"reports.text.{lab.id}.phase.{phase_id}.summary."
    at.text_area(key=key).input("Een samenvatting <script>x</script>").run()
    assert not at.exception
    found = narrative.get(narrative.texts(demo_store, lab.id), "phase", phase_id, "summary")
    assert found.text == "Een samenvatting <script>x</script>"
    at.text_area(key=key).input("Tweede versie").run()
    assert demo_store.record(lab.id, Narrative, found.id).text == "Tweede versie"


def test_a_save_after_someone_else_changed_the_text_is_refused_with_a_message(demo_store):
    lab = demo_store.labs()[0]
    at = _reports()
    phase_id = at.selectbox(key="reports.phase").value
    key = f"reports.text.{lab.id}.phase.{phase_id}.summary."
    stored = narrative.get(narrative.texts(demo_store, lab.id), "phase", phase_id, "summary")
    narrative.save(
        demo_store,
        lab.id,
        "phase",
        phase_id,
        "summary",
        "Uit een ander tabblad",
        expected_revision=stored.revision if stored else 0,
    )
    at.text_area(key=key).input("Mijn versie").run()
    assert at.error  # a conflict message; the other tab's text is kept
    found = narrative.get(narrative.texts(demo_store, lab.id), "phase", phase_id, "summary")
    assert found.text == "Uit een ander tabblad"
    assert at.text_area(key=key).value == "Mijn versie"  # and what this user typed stays on screen


def test_the_final_report_shows_a_theme_with_its_evidence_beside_the_editor(demo_store):
    at = _reports()
    at.radio(key="reports.kind").set_value("final").run()
    at.selectbox(key="reports.theme").set_value("governance").run()
    assert not at.exception
    shown = texts(at)
    assert "Bevorderend" in shown and "Belemmerend" in shown
    lessons = [a for a in at.text_area if a.label == "Geleerde lessen"]
    assert lessons and "stuurgroep met mandaat" in lessons[0].value


def _built(lang: str = "nl"):
    at = _reports(lang)
    next(b for b in at.button if b.label in ("Rapport maken", "Build report")).click().run()
    return at


def test_a_pdf_download_is_offered_only_when_libreoffice_is_there(demo_store, monkeypatch):
    from monitor.reports import pdf

    monkeypatch.setattr(pdf, "soffice", lambda: "/usr/bin/soffice")
    labels = [b.proto.label for b in _built("en").get("download_button")]
    assert labels[:2] == ["Download as Word (.docx)", "Download as PDF"]
    monkeypatch.setattr(pdf, "soffice", lambda: None)
    at = _built("en")
    assert [b.proto.label for b in at.get("download_button")] == ["Download as Word (.docx)"]
    assert "PDF not available" in texts(at)


def test_a_phase_report_can_be_switched_to_today(demo_store):
    at = _reports("en")
    assert at.toggle(key="reports.as_of").value is False
    at.toggle(key="reports.as_of").set_value(True).run()
    assert not at.exception and at.toggle(key="reports.numbered").value is True
