"""The export and backup page."""

from tests.pages.conftest import app, texts


def _page():
    at = app().run()
    return at.switch_page("pages/backup.py").run()


def test_the_page_offers_every_table_and_the_backup(demo_store):
    at = _page()
    assert not at.exception, at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    # all tables, one CSV per table, the QDPX project and its codebook; the JSON backup is made
    # first, behind its button
    assert len(labels) == 1 + 7 + 2
    assert "Download back-up (.json)" not in labels
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


def test_the_backup_is_made_with_its_steps_then_downloaded_and_audited(demo_store):
    """A large lab's backup takes a second or more: it is made behind a button that shows its
    steps (issue #21 point 5), then offered; the download is what lands in the audit trail."""
    import json

    lab = demo_store.labs()[0]
    at = _page()
    next(b for b in at.button if b.label == "Back-up maken").click().run()
    assert not at.exception, at.exception
    assert "De back-up is klaar om te downloaden." in texts(at)
    (button,) = [
        b for b in at.get("download_button") if b.proto.label == "Download back-up (.json)"
    ]
    assert not [
        e for e in demo_store.audit_trail(lab.id) if e.get("detail", {}).get("what") == "backup"
    ]
    button.click().run()
    assert [
        e for e in demo_store.audit_trail(lab.id) if e.get("detail", {}).get("what") == "backup"
    ]
    # the file is the lab's export as it stands
    assert json.loads(at.session_state["backup.made"][1])["lab"]["id"] == lab.id
