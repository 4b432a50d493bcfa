import json

import pytest

from monitor import demo, labs, transfer
from monitor.errors import InvalidInput
from monitor.model import SCHEMA_VERSION
from monitor.store import Store


@pytest.fixture
def demo_store(store):
    lab = demo.load_demo(store)
    return store, lab


def test_export_then_import_is_lossless(demo_store, tmp_path):
    store, lab = demo_store
    payload = transfer.export_json(store, lab.id)
    other = Store(tmp_path / "other")
    transfer.import_json(other, payload)
    again = json.loads(transfer.export_json(other, lab.id))
    original = json.loads(payload)
    again.pop("exported"), original.pop("exported")
    assert again == original


def test_a_truncated_file_is_refused_and_changes_nothing(demo_store):
    store, lab = demo_store
    payload = transfer.export_json(store, lab.id)
    before = transfer.export_lab(store, lab.id)["records"]
    with pytest.raises(InvalidInput, match="cut off"):
        transfer.import_json(store, payload[: len(payload) // 2], replace=True)
    assert transfer.export_lab(store, lab.id)["records"] == before


def test_a_file_from_a_newer_schema_is_refused(demo_store, tmp_path):
    store, lab = demo_store
    data = json.loads(transfer.export_json(store, lab.id))
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(InvalidInput, match="Update the app"):
        transfer.import_json(Store(tmp_path / "x"), json.dumps(data).encode())


def test_an_existing_lab_is_only_replaced_on_request(demo_store):
    store, lab = demo_store
    payload = transfer.export_json(store, lab.id)
    with pytest.raises(InvalidInput, match="--replace"):
        transfer.import_json(store, payload)
    labs.update_lab(
        store, store.lab(lab.id), name=lab.name, goal="changed", description="", language="nl"
    )
    transfer.import_json(store, payload, replace=True)
    assert store.lab(lab.id).goal == lab.goal


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"\xff\xfe garbage", "UTF-8"),
        (b"[1, 2]", "not a Social Lab Monitor export"),
        (
            json.dumps(
                {"format": transfer.FORMAT, "schema_version": 1, "lab": {"id": "x"}}
            ).encode(),
            "invalid record",
        ),
    ],
)
def test_foreign_files_are_refused_with_a_reason(store, payload, message):
    with pytest.raises(InvalidInput, match=message):
        transfer.import_json(store, payload)
    assert store.labs() == []


def test_control_characters_in_an_import_are_refused(demo_store, tmp_path):
    store, lab = demo_store
    data = json.loads(transfer.export_json(store, lab.id))
    data["lab"]["name"] = "Lab\x07"
    with pytest.raises(InvalidInput, match="control characters"):
        transfer.import_json(Store(tmp_path / "x"), json.dumps(data).encode())
