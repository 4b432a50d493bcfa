"""The demo lab's survey records are the ones the real functions make: replaying a demo
response through the answering functions stores the same thing, and its links work."""

import random

import pytest

from monitor import demo, labs, protocols, surveys
from monitor.demo import surveys as demo_surveys
from monitor.model import Invitation, Participant, Response, Stakeholder, Survey
from monitor.store import Store

SHIPPED, _ = protocols.load_all()


@pytest.fixture
def demo_lab(tmp_path):
    store = Store(tmp_path / "data")
    return store, demo.load_demo(store)


def _records(store, lab, kind):
    return store.records(lab.id, kind)


def _replay(store, response, protocol, invitation, *, submit):
    """What the answering page stores for these answers: consent (the earlier one, as the page
    offers it), then each question shown in turn, then send."""
    earlier = surveys.earlier_consent(store, invitation, protocol)
    replay = surveys.start(store, invitation, protocol, consent=True, earlier=earlier)
    while replay.position < len(shown := surveys.steps(protocol, replay.answers)) and (
        submit or len(replay.answers) < len(response.answers)
    ):
        question = shown[replay.position]
        value = response.answers.get(question.id)
        replay = surveys.answer(store, replay, question, value=value, position=replay.position + 1)
    return surveys.submit(store, replay, protocol) if submit else replay


def _invited_again(store, lab, response):
    """The coach invited about the same candidate to a new wave of the same questionnaire."""
    survey = store.record(lab.id, Survey, response.survey_id)
    protocol = SHIPPED[survey.protocol_id]
    again = surveys.create_survey(
        store,
        lab.id,
        protocol,
        wave=f"{survey.wave}-{response.id}",
        audience_ids=[response.participant_id],
        subject_group="job_seeker",
    )
    invited = surveys.invite(store, again)
    return protocol, next(i for i in invited if i.subject_id == response.subject_id)


@pytest.mark.parametrize("wave", ["T0", "T1"])
def test_a_demo_response_is_what_the_answering_functions_store(demo_lab, wave):
    store, lab = demo_lab
    done = [r for r in _records(store, lab, Response) if r.wave == wave and r.status == "submitted"]
    for response in (done[0], done[-1]):
        protocol, invitation = _invited_again(store, lab, response)
        replay = _replay(store, response, protocol, invitation, submit=True)
        assert replay.answers == response.answers
        assert replay.position == response.position == len(surveys.steps(protocol, replay.answers))
        assert (replay.status, replay.form, replay.mode) == (
            response.status,
            response.form,
            response.mode,
        )
        assert replay.consent == response.consent  # the coach's consent of the first wave
        assert response.consent.text_key == surveys.consent_key(protocol)
        assert response.consent.version == (protocol.consent_version or 1)
        assert response.protocol_version == protocol.version


def _survey(store, lab, wave):
    return next(s for s in _records(store, lab, Survey) if s.wave == wave)


def test_the_half_done_demo_response_stands_where_the_page_left_it(demo_lab):
    store, lab = demo_lab
    (half,) = [r for r in _records(store, lab, Response) if r.status == "started"]
    protocol, invitation = _invited_again(store, lab, half)
    replay = _replay(store, half, protocol, invitation, submit=False)
    assert (replay.answers, replay.position) == (half.answers, half.position)


def test_each_coach_consents_once_before_answering(demo_lab):
    store, lab = demo_lab
    responses = _records(store, lab, Response)
    opened = {i.id: i.opened for i in _records(store, lab, Invitation)}
    for coach in {r.participant_id for r in responses}:
        mine = [r for r in responses if r.participant_id == coach]
        assert len({r.consent for r in mine}) == 1
        assert all(r.consent.at <= (r.submitted or r.consent.at) for r in mine)
        assert all(opened[r.invitation_id] <= r.submitted for r in mine if r.submitted)


def test_every_demo_link_and_code_opens_its_own_invitation(demo_lab):
    store, lab = demo_lab
    for invitation in _records(store, lab, Invitation):
        survey, found = surveys.open_link(store, lab.id, surveys.token_for(store, invitation))
        assert (survey.id, found.id) == (invitation.survey_id, invitation.id)
        _, found = surveys.find_by_code(store, lab.id, surveys.code_for(store, invitation))
        assert found.id == invitation.id


def test_a_demo_link_not_yet_opened_can_be_answered_and_sent(demo_lab):
    store, lab = demo_lab
    t1 = surveys.set_closes(store, _survey(store, lab, "T1"), None)  # kept open for late ones
    answered = {r.invitation_id for r in _records(store, lab, Response)}
    invitation = next(
        i
        for i in surveys.invitations(store, t1)
        if not i.opened and not i.withdrawn and i.id not in answered
    )
    survey, invitation = surveys.open_link(store, lab.id, surveys.token_for(store, invitation))
    invitation = surveys.mark_opened(store, invitation)
    protocol = SHIPPED[survey.protocol_id]
    planned = demo_surveys._answers(protocol, random.Random(1), 0.0)
    response = surveys.start(store, invitation, protocol, consent=True)
    for position, question in enumerate(surveys.steps(protocol, planned), start=1):
        value = planned.get(question.id)
        response = surveys.answer(store, response, question, value=value, position=position)
    sent = surveys.submit(store, response, protocol)
    assert sent.status == "submitted"
    assert surveys.status(store.record(lab.id, Invitation, invitation.id), sent) == "submitted"


def test_the_registry_and_stakeholder_codes_are_the_ones_the_tables_give(demo_lab):
    store, lab = demo_lab
    people = _records(store, lab, Participant)
    codes = surveys.pseudonym_codes(set())
    assert sorted(p.pseudonym for p in people) == [next(codes) for _ in people]
    stakeholders = _records(store, lab, Stakeholder)
    again = labs.new_stakeholders(
        lab.id, [{"name": s.name, "group": s.group, "consent": s.consent} for s in stakeholders]
    )
    assert [s.pseudonym for s in stakeholders] == [s.pseudonym for s in again]


def test_the_large_lab_surveys_go_through_the_same_steps(tmp_path):
    store = Store(tmp_path / "data")
    made = demo_surveys.large_surveys(store, "lab", SHIPPED, random.Random(3), n=40)
    invitations = {i.id: i for i in made[Invitation.KIND]}
    assert len(made[Response.KIND]) == 40
    for response in made[Response.KIND]:
        protocol = SHIPPED[response.protocol_id]
        assert surveys.submitted(response, protocol, response.submitted) == response
        assert response.position == len(surveys.steps(protocol, response.answers))
        invitation = invitations[response.invitation_id]
        assert surveys.with_hashes(store, invitation) == invitation
        assert invitation.opened <= response.submitted
        assert response.consent.at <= response.submitted
