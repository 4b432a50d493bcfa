"""The export and backup page."""

from tests.pages.conftest import app, texts


def _page():
    at = app().run()
    return at.switch_page("pages/backup.py").run()


def test_the_page_offers_every_table_and_the_backup(demo_store):
    at = _page()
    assert not at.exception, at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    # all tables, one CSV per table, the QDPX project and its codebook, the JSON backup
    assert len(labels) == 1 + 7 + 2 + 1
    assert "Download back-up (.json)" in labels
    assert "persoonsgegevens" not in texts(at)
    at.toggle(key="tables.names").set_value(True).run()
    assert "persoonsgegevens" in texts(at)


def test_a_failed_hourly_backup_is_shown_to_the_researcher(demo_store, monkeypatch):
    from monitor.errors import StoreError
    from monitor.store import Store

    failure = StoreError("error.backup_failed", path="/data/backups", reason="No space left")
    monkeypatch.setattr(Store, "backup_error", property(lambda self: failure))
    at = app().run()
    assert not at.exception, at.exception
    shown = [w.value for w in at.sidebar.warning]
    assert any("De reservekopie is niet gemaakt" in w for w in shown), shown
