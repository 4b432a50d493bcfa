"""The REFI-QDA parts of the Import and Export pages."""

from pathlib import Path

from monitor.model import Factor, QdaImport
from tests.pages.conftest import app, texts

DATA = Path(__file__).parent.parent / "data" / "qdpx"


def test_import_page_reads_a_project_and_confirms_drafts(demo_store):
    lab = demo_store.labs()[0]
    before = len(demo_store.records(lab.id, Factor))
    at = app().run()
    at.switch_page("pages/import_table.py").run()
    at.radio[0].set_value("qdpx").run()
    data = (DATA / "qualcoder-shaped.qdpx").read_bytes()
    at.file_uploader[0].upload("werkpilot.qdpx", data, "application/zip").run()
    assert not demo_store.records(lab.id, QdaImport)  # nothing read before the button
    next(b for b in at.button if b.label == "Project inlezen").click().run()
    assert not at.exception, at.exception
    shown = texts(at).replace("\\", "")
    assert "Ingelezen uit Qualcoder-1.4: 6 codes, 4 fragmenten, 2 bronnen." in shown
    assert "Niet geïmporteerd" in shown and "1 koppeling tussen elementen" in shown
    assert len(demo_store.records(lab.id, Factor)) == before  # drafts only
    next(b for b in at.button if b.label.startswith("Alle 4 voorstellen")).click().run()
    assert not at.exception, at.exception
    made = len(demo_store.records(lab.id, Factor)) - before
    assert made == 2  # two codes have a theme by suggestion, two wait for the mapping
    shown = texts(at).replace("\\", "")
    assert "2 factoren opgeslagen." in shown
    assert "2 voorstellen nog niet bevestigd" in shown


def test_export_page_offers_the_project_and_the_codebook(demo_store):
    at = app().run()
    at.switch_page("pages/backup.py").run()
    assert not at.exception, at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Project (.qdpx)" in labels and "Alleen het codeboek (.qdc)" in labels
