import datetime as dt

import pytest

from monitor import interviews, labs, protocols
from monitor.errors import InvalidInput
from monitor.model import InterviewDraft, Source
from tests.samples import VALID

CONSENTED = VALID.replace(
    'title: {nl: "Mini", en: "Mini"}',
    """title: {nl: "Mini", en: "Mini"}
consent:
  version: 1
  text: {nl: "Mag het?", en: "May we?"}""",
)


@pytest.fixture
def protocol():
    return protocols.parse(CONSENTED, "mini.yaml")


@pytest.fixture
def person(store, lab):
    (anna,) = labs.save_stakeholders(store, lab.id, [{"name": "Anna", "consent": "given"}])
    return anna


def test_every_answer_is_stored_as_it_is_given(store, lab, protocol, person):
    draft = interviews.start(
        store, lab.id, protocol, stakeholder_id=person.id, date=dt.date(2025, 2, 1)
    )
    draft = interviews.set_consent(store, draft, True)
    role = protocol.question("role")
    interviews.record(
        store, draft, role, value="other", other="buurtwerker", note="aarzelde", position=1
    )
    stored = store.record(lab.id, InterviewDraft, draft.id)
    assert stored.answers["role"] == "other" and stored.answers["role_other"] == "buurtwerker"
    assert stored.notes == {"role": "aarzelde"} and stored.position == 1


def test_skip_logic_follows_the_answers(protocol):
    assert [q.id for q in interviews.steps(protocol, {"role": "coach"})] == ["role", "why"]
    assert [q.id for q in interviews.steps(protocol, {"role": "employer"})] == ["role"]


def test_finishing_stores_one_interview_source_with_structured_answers(
    store, lab, protocol, person
):
    draft = interviews.start(
        store, lab.id, protocol, stakeholder_id=person.id, date=dt.date(2025, 2, 1)
    )
    draft = interviews.set_consent(store, draft, True)
    draft = interviews.record(store, draft, protocol.question("role"), value="coach", position=1)
    draft = interviews.record(
        store, draft, protocol.question("why"), value="<b>Omdat</b>", position=2
    )
    for _ in range(2):  # a double click
        source = interviews.finish(store, draft, protocol, "nl")
    assert store.records(lab.id, Source) == [source]
    assert source.answers["answers"]["why"] == "<b>Omdat</b>"
    assert "Rol?\nCoach" in source.text and source.protocol_id == "mini"
    assert store.records(lab.id, InterviewDraft) == []


def test_without_consent_nothing_is_kept(store, lab, protocol):
    draft = interviews.start(
        store, lab.id, protocol, pseudonym="Kandidaat 7", date=dt.date(2025, 2, 1)
    )
    assert interviews.set_consent(store, draft, False) is None
    assert store.records(lab.id, InterviewDraft) == []


def test_a_stakeholder_who_refused_cannot_be_interviewed(store, lab, protocol):
    (bram,) = labs.save_stakeholders(store, lab.id, [{"name": "Bram", "consent": "refused"}])
    with pytest.raises(InvalidInput, match="not consented"):
        interviews.start(store, lab.id, protocol, stakeholder_id=bram.id, date=dt.date(2025, 2, 1))


def test_an_interview_needs_a_participant_and_a_date_in_a_phase(store, lab, protocol):
    with pytest.raises(InvalidInput, match="required"):
        interviews.start(store, lab.id, protocol, date=dt.date(2025, 2, 1))
    with pytest.raises(InvalidInput, match="not in any phase"):
        interviews.start(store, lab.id, protocol, pseudonym="X", date=dt.date(2030, 1, 1))


def test_constraints_give_the_protocols_message():
    question = protocols.Question(
        id="n",
        type="number",
        label={"nl": "n", "en": "n"},
        section="s",
        constraint=". >= 0",
        constraint_message={"nl": "Niet negatief.", "en": "Not < 0."},
    )
    assert interviews.check_answer(question, "4", "nl") == 4
    with pytest.raises(InvalidInput) as caught:
        interviews.check_answer(question, -2, "nl")
    assert "Niet negatief." in caught.value.message("nl")


def test_an_interview_just_after_a_phase_can_be_about_that_phase(store, lab, protocol, person):
    first = lab.phases[0]
    day = first.end + dt.timedelta(days=5)  # already in the second phase
    draft = interviews.start(
        store, lab.id, protocol, stakeholder_id=person.id, date=day, phase_id=first.id
    )
    draft = interviews.set_consent(store, draft, True)
    source = interviews.finish(store, draft, protocol, "nl")
    assert source.phase_id == first.id and source.date == day
    with pytest.raises(InvalidInput) as caught:
        interviews.start(store, lab.id, protocol, pseudonym="P1", date=day, phase_id="nope")
    assert caught.value.key == "error.unknown_phase"
