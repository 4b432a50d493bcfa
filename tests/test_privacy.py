"""The promises to the people in a lab: consent before storing and showing, erasure that leaves
nothing behind, retention, and an audit trail that records changes but not erased content."""

import dataclasses
import datetime as dt
import io
import json

import docx
import pytest

from monitor import demo, interviews, lab_tables, labs, privacy, protocols, reports, transfer
from monitor.errors import InvalidInput
from monitor.model import (
    Consent,
    Factor,
    FactorKind,
    Invitation,
    Participant,
    Response,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    VoteRound,
)
from monitor.store import ERASED, Store
from tests.conftest import make_lab

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo_store(tmp_path):
    store = Store(tmp_path / "data").acting("anna (researcher)")
    return store, demo.load_demo(store)


def _person(store, lab, name):
    return next(s for s in store.records(lab.id, Stakeholder) if s.name == name)


def _store_bytes(store) -> bytes:
    """Every file in the store folder: data, backups, audit trail."""
    return b"".join(p.read_bytes() for p in sorted(store.dir.rglob("*")) if p.is_file())


def _docx_text(payload: bytes) -> str:
    document = docx.Document(io.BytesIO(payload))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _outputs(store, lab) -> str:
    """What leaves the store: every table with names, the JSON backup, a phase report."""
    frames = lab_tables.tables(store, lab.id, "nl", names=True)
    parts = [lab_tables.csv_bytes(f).decode("utf-8-sig") for f in frames.values()]
    parts.append(transfer.export_json(store, lab.id).decode("utf-8"))
    report = reports.build(store, lab.id, "phase", phase_id=lab.phases[-1].id, lang="nl")
    parts.append(_docx_text(reports.to_docx(report, chart_png=lambda _chart: None)))
    return "\n".join(parts)


# -- consent -------------------------------------------------------------------------------------


def _people(store, lab, **consents):
    return {
        name: store.save(
            Stakeholder(lab_id=lab.id, name=name, group=StakeholderGroup.EMPLOYER, consent=c)
        )
        for name, c in consents.items()
    }


def test_an_interview_needs_consent_on_record_and_nothing_is_stored_without(store, lab):
    people = _people(store, lab, ann="unknown", bob="refused", cor="given")
    day = lab.phases[0].start
    for name in ("ann", "bob"):
        with pytest.raises(InvalidInput) as caught:
            labs.add_source(
                store, lab.id, kind="interview", title="I", date=day,
                stakeholder_ids=[people[name].id],
            )  # fmt: skip
        assert name in caught.value.message("nl") and "Stakeholders" in caught.value.message("en")
    assert store.records(lab.id, Source) == []
    labs.add_source(
        store, lab.id, kind="interview", title="I", date=day, stakeholder_ids=[people["cor"].id]
    )
    # Minutes record a meeting: someone not yet asked may be named, someone who refused not.
    labs.add_source(
        store, lab.id, kind="minutes", title="M", date=day, stakeholder_ids=[people["ann"].id]
    )
    with pytest.raises(InvalidInput):
        labs.add_source(
            store, lab.id, kind="minutes", title="M2", date=day,
            stakeholder_ids=[people["cor"].id, people["bob"].id],
        )  # fmt: skip
    assert len(store.records(lab.id, Source)) == 2


def test_consent_given_in_a_guided_interview_is_recorded_for_the_stakeholder(store, lab):
    person = _people(store, lab, ann="unknown")["ann"]
    protocol = protocols.load_all()[0]["employer_exploration_interview"]
    draft = interviews.start(
        store, lab.id, protocol, stakeholder_id=person.id, date=lab.phases[0].start
    )
    interviews.set_consent(store, draft, True)
    assert store.record(lab.id, Stakeholder, person.id).consent is Consent.GIVEN


def test_withdrawn_consent_takes_a_person_out_of_reports_and_exports(store, lab):
    people = _people(store, lab, ann="given", bob="given")
    day = lab.phases[0].start
    talk = labs.add_source(
        store, lab.id, kind="interview", title="Gesprek", date=day,
        text_="Bob zegt: de roosters passen niet.", stakeholder_ids=[people["bob"].id],
    )  # fmt: skip
    meeting = labs.add_source(
        store, lab.id, kind="minutes", title="Overleg", date=day, text_="Samen besproken.",
        stakeholder_ids=[people["ann"].id, people["bob"].id],
    )  # fmt: skip
    for source, words in ((talk, "ROOSTERPROBLEEM"), (meeting, "SAMENWERKING")):
        store.save(
            Factor(
                lab_id=lab.id, kind=FactorKind.BARRIER, text=words, phase_id=source.phase_id,
                themes=("collaboration",), source_id=source.id,
            )
        )  # fmt: skip
    store.save(dataclasses.replace(people["bob"], consent=Consent.WITHDRAWN))

    assert privacy.consent_label(talk, {p.id: p for p in store.records(lab.id, Stakeholder)}) == (
        "consent_source.withheld"
    )
    frames = lab_tables.tables(store, lab.id, "nl", names=True)
    assert list(frames["sources"]["title"]) == ["Overleg"]  # the minutes stay, without Bob
    assert list(frames["factors"]["text"]) == ["SAMENWERKING"]
    assert list(frames["stakeholders"]["name"]) == ["ann"]
    report = reports.build(store, lab.id, "phase", phase_id=lab.phases[0].id, lang="nl")
    text = _docx_text(reports.to_docx(report, chart_png=lambda _chart: None))
    assert "SAMENWERKING" in text and "ROOSTERPROBLEEM" not in text


# -- erasure -------------------------------------------------------------------------------------


def test_erasure_removes_a_person_everywhere_and_keeps_only_that_it_happened(demo_store):
    store, lab = demo_store
    person = _person(store, lab, "Anouk Verbeek")
    registered = next(
        p for p in store.records(lab.id, Participant) if p.stakeholder_id == person.id
    )
    person = store.save(dataclasses.replace(person, organisation="Bakkerij Verbeek"))  # audited
    store.backup()  # an older backup that holds her
    plan = privacy.plan_erasure(store, lab.id, stakeholder_id=person.id)
    assert plan.delete[Response.KIND] and plan.delete[Source.KIND] and plan.factors
    quotes = [f.quote for f in plan.factors if f.quote]
    response_ids = plan.delete[Response.KIND]
    assert person.name.encode() in _store_bytes(store)

    rewrite = {plan.factors[0].id: "Kandidaten missen soms uitleg over hun eerste werkweek."}
    counts = privacy.erase(store, plan, rewrite)

    assert counts["factors_rewritten"] == 1
    left = _store_bytes(store)
    secrets = [person.name, "Bakkerij Verbeek", registered.name, registered.contact]
    for secret in [*secrets, *quotes, *response_ids]:
        if secret:
            assert secret.encode() not in left, secret
    assert not any(r.participant_id == registered.id for r in store.records(lab.id, Response))
    kept = store.record(lab.id, Factor, plan.factors[0].id)
    assert kept.quote == "" and kept.source_id == ""
    outputs = _outputs(store, lab)
    assert person.name not in outputs and all(q not in outputs for q in quotes)
    trail = store.audit_trail(lab.id)
    assert trail[-1]["event"] == "erasure" and not trail[-1]["detail"]
    about = [e for e in trail if e.get("id") in {person.id, registered.id, kept.id}]
    assert about and all(set(e["changes"].values()) <= {ERASED} for e in about)
    assert store.newest_good_backup() is not None


def test_a_rewrite_that_keeps_the_quote_is_refused_and_nothing_is_erased(demo_store):
    store, lab = demo_store
    person = _person(store, lab, "Marieke Ophof")
    plan = privacy.plan_erasure(store, lab.id, stakeholder_id=person.id)
    factor = next(f for f in plan.factors if f.quote)
    before = _store_bytes(store)
    for text in (f"Samengevat: {factor.quote}", f"Volgens {person.name} loopt het goed"):
        with pytest.raises(InvalidInput) as caught:
            privacy.erase(store, plan, {factor.id: text})
        assert caught.value.message("en").endswith("nothing was erased.")
    assert _store_bytes(store) == before


def test_erasure_lists_other_texts_that_still_name_the_person(demo_store):
    store, lab = demo_store
    person = _person(store, lab, "Henk Scholtens")
    minutes = next(s for s in store.records(lab.id, Source) if s.kind is SourceKind.MINUTES)
    store.save(dataclasses.replace(minutes, text=minutes.text + "\nHenk Scholtens was er ook."))
    plan = privacy.plan_erasure(store, lab.id, stakeholder_id=person.id)
    assert (Source.KIND, minutes.id) in plan.mentions


def test_erasing_a_survey_participant_removes_the_answers_about_them_too(demo_store):
    store, lab = demo_store
    responses = store.records(lab.id, Response)
    subject = next(p for p in store.records(lab.id, Participant) if p.name == "Mirjam Dekker")
    about = {r.id for r in responses if r.subject_id == subject.id}
    assert about
    plan = privacy.plan_erasure(store, lab.id, participant_id=subject.id)
    privacy.erase(store, plan, {})
    left = {r.id for r in store.records(lab.id, Response)}
    assert not about & left and len(left) == len(responses) - len(about)
    assert not any(subject.id in p.subject_ids for p in store.records(lab.id, Participant))
    assert subject.name.encode() not in _store_bytes(store)


# -- retention -----------------------------------------------------------------------------------


def test_retention_warns_a_month_ahead_and_then_drops_names_and_links(demo_store):
    store, lab = demo_store
    assert privacy.retention_state(lab, TODAY) == "none"
    with pytest.raises(InvalidInput):
        privacy.set_retention(store, lab, TODAY, TODAY)
    lab = privacy.set_retention(store, lab, TODAY + dt.timedelta(days=20), TODAY)
    assert privacy.retention_state(lab, TODAY) == "soon"
    assert not privacy.apply_retention(store, lab.id, TODAY)
    names = [s.name for s in store.records(lab.id, Stakeholder)]
    names += [p.name for p in store.records(lab.id, Participant)]

    later = TODAY + dt.timedelta(days=21)
    assert privacy.retention_state(store.lab(lab.id), later) == "due"
    assert privacy.apply_retention(store, lab.id, later)
    assert not privacy.apply_retention(store, lab.id, later)  # once
    assert store.records(lab.id, Invitation) == []
    registry = store.records(lab.id, Participant)
    assert registry and all(p.name == p.pseudonym and not p.contact for p in registry)
    assert {r.participant_id for r in store.records(lab.id, Response)} <= {p.id for p in registry}
    registry_files = b"".join(
        (store.dir / "labs" / lab.id / f"{kind}.json").read_bytes()
        for kind in ("stakeholders", "participants", "sources")
    )
    assert not [n for n in names if n.encode() in registry_files]
    assert privacy.retention_state(store.lab(lab.id), later) == "done"
    with pytest.raises(InvalidInput):
        privacy.set_retention(store, store.lab(lab.id), later + dt.timedelta(days=9), later)


# -- audit trail ---------------------------------------------------------------------------------


def test_changes_are_audited_with_who_when_and_old_to_new(store, lab):
    acting = store.acting("anna (researcher)")
    person = acting.save(Stakeholder(lab_id=lab.id, name="Ann", consent=Consent.GIVEN))
    acting.save(dataclasses.replace(person, name="Ann B."))
    acting.delete(lab.id, Stakeholder, [person.id])
    store.save(Stakeholder(lab_id=lab.id, name="Unaudited"))  # a plain store: a respondent
    trail = store.audit_trail(lab.id)
    assert [e["event"] for e in trail] == ["created", "changed", "deleted"]
    assert trail[1]["changes"] == {"name": ["Ann", "Ann B."]}
    assert trail[0]["actor"] == "anna (researcher)" and trail[0]["at"].startswith("20")
    rows = privacy.audit_rows(trail)
    assert rows[0]["event"] == "deleted" and rows[1]["changes"] == "name: Ann → Ann B."


def test_survey_answers_and_ballots_never_get_a_copy_in_the_trail(store, lab):
    acting = store.acting("anna (researcher)")
    acting.save(
        VoteRound(
            lab_id=lab.id,
            meeting_id="m",
            question_ids=("q",),
            token_hash="h",
            ballots={"k": ("q",)},
        )
    )
    assert store.audit_trail(lab.id) == []
    store.audit(lab.id, "export")  # a plain store records nothing
    acting.audit(lab.id, "export", what="tables.xlsx", names=True)
    assert store.audit_trail(lab.id)[-1]["detail"] == {"what": "tables.xlsx", "names": True}


def test_a_line_torn_by_a_crash_is_skipped_and_a_restore_keeps_the_trail(folder_store):
    store = folder_store  # a torn line is a file's fault: PostgreSQL has none
    lab = make_lab(store)
    acting = store.acting("anna (researcher)")
    acting.save(Stakeholder(lab_id=lab.id, name="Ann"))
    path = store.dir / "labs" / lab.id / "audit.jsonl"
    with path.open("a") as handle:
        handle.write('{"at": "2026-')
    assert len(store.audit_trail(lab.id)) == 1
    payload = transfer.export_json(store, lab.id)
    transfer.import_json(acting, payload, replace=True)
    events = [e["event"] for e in store.audit_trail(lab.id)]
    assert events[0] == "created" and events[-1] == "restored"
    assert json.loads(payload)  # the export itself holds no trail
    assert b"audit" not in payload
