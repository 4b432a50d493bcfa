"""Stakeholder codes follow the group until a report or export has shown them."""

import pytest

from monitor import labs, pseudonyms
from monitor.model import Stakeholder


def _add(store, lab, name, group="other"):
    (person,) = labs.save_stakeholders(store, lab.id, [{"name": name, "group": group}])
    return person


def _regroup(store, lab, person, group, **kwargs):
    row = {"id": person.id, "revision": person.revision, "name": person.name, "group": group}
    (saved,) = labs.save_stakeholders(store, lab.id, [row], **kwargs)
    return saved


def test_the_code_follows_a_group_fixed_after_the_name(store, lab):
    petra = _add(store, lab, "Petra de Wit")
    assert petra.pseudonym == "OTH-01"
    fixed = _regroup(store, lab, petra, "municipality")
    assert fixed.pseudonym == "MUN-01"
    assert store.record(lab.id, Stakeholder, petra.id).pseudonym == "MUN-01"
    # the unseen OTH-01 is free again
    assert _add(store, lab, "Karel").pseudonym == "OTH-01"


def test_a_published_code_asks_before_it_changes(store, lab):
    audited = store.acting("anna")
    petra = _add(audited, lab, "Petra de Wit")
    audited.audit(lab.id, "export", what="report.phase")
    with pytest.raises(pseudonyms.CodeChoiceNeeded) as raised:
        _regroup(audited, lab, petra, "municipality")
    assert [p.code for p in raised.value.pending] == ["OTH-01"]
    assert "OTH-01" in raised.value.message("nl")
    assert store.record(lab.id, Stakeholder, petra.id).group == "other"  # nothing stored

    kept = _regroup(audited, lab, petra, "municipality", codes={petra.id: "keep"})
    assert (kept.group, kept.pseudonym) == ("municipality", "OTH-01")


def test_a_new_code_after_publication_never_reuses_the_old_one(store, lab):
    audited = store.acting("anna")
    petra = _add(audited, lab, "Petra de Wit")
    audited.audit(lab.id, "export", what="tables.stakeholders")
    renewed = _regroup(audited, lab, petra, "municipality", codes={petra.id: "new"})
    assert renewed.pseudonym == "MUN-01"
    assert _add(audited, lab, "Karel").pseudonym == "OTH-02"
    # the new code itself has not been published yet: it follows the next change freely
    assert _regroup(audited, lab, renewed, "employer").pseudonym == "EMP-01"


def test_a_backup_does_not_publish_codes(store, lab):
    audited = store.acting("anna")
    petra = _add(audited, lab, "Petra de Wit")
    audited.audit(lab.id, "export", what="backup")
    assert _regroup(audited, lab, petra, "employer").pseudonym == "EMP-01"


def test_a_change_without_a_new_group_keeps_the_code(store, lab):
    audited = store.acting("anna")
    petra = _add(audited, lab, "Petra de Wit", "employer")
    audited.audit(lab.id, "export", what="report.phase")
    row = {"id": petra.id, "revision": petra.revision, "name": "Petra de Wit-Jansen"}
    (saved,) = labs.save_stakeholders(audited, lab.id, [{**row, "group": "employer"}])
    assert saved.pseudonym == "EMP-01"


def test_the_replaced_published_code_is_remembered(store, lab):
    audited = store.acting("anna")
    petra = _add(audited, lab, "Petra de Wit")
    audited.audit(lab.id, "export", what="report.final")
    renewed = _regroup(audited, lab, petra, "employer", codes={petra.id: "new"})
    assert renewed.former_pseudonyms == ("OTH-01",)
