"""Rules that used to live in the pages, now in monitor: which statuses a question may be
given, who is not yet invited, the interviewer's name, the evidence of a question and the
counts of the survey overview."""

import pytest

from monitor import agenda, survey_results, surveys
from monitor.errors import InvalidInput
from monitor.model import Invitation, LearningQuestion, QuestionStatus, Response
from monitor.protocols import parse
from tests.test_surveys import QUESTIONNAIRE, QUICK, _fill


def test_a_question_on_the_agenda_cannot_be_set_back_to_draft(store, lab):
    question = store.save(
        LearningQuestion(lab_id=lab.id, theme="capacity", text={"nl": "Hoe?", "en": "How?"})
    )
    with pytest.raises(InvalidInput) as refused:
        agenda.set_status(store, question, "draft")
    assert "Kies uit: Open, " in refused.value.message("nl")
    assert store.record(lab.id, LearningQuestion, question.id).status == QuestionStatus.OPEN
    moved = agenda.set_status(store, question, "in_progress")
    assert moved.status == QuestionStatus.IN_PROGRESS
    assert QuestionStatus.DRAFT not in agenda.SETTABLE_STATUSES


def test_who_is_not_yet_invited_shrinks_as_invitations_go_out(store, lab):
    store.save_protocol("quick", QUESTIONNAIRE)
    for name in ("Werkgever A", "Werkgever B"):
        surveys.add_participant(store, lab.id, name=name, group="employer")
    survey = surveys.create_survey(
        store, lab.id, parse(QUESTIONNAIRE), wave="T0", audience_groups=["employer"]
    )
    assert len(surveys.not_yet_invited(store, survey)) == 2
    surveys.invite(store, survey)
    assert surveys.not_yet_invited(store, survey) == []
    surveys.add_participant(store, lab.id, name="Werkgever C", group="employer")
    assert [p.name for p, _ in surveys.not_yet_invited(store, survey)] == ["Werkgever C"]


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_an_interviewer_must_be_named(typed):
    with pytest.raises(InvalidInput) as refused:
        surveys.interviewer_name(typed)
    assert refused.value.message("nl") == "Naam van de interviewer is verplicht."
    assert surveys.interviewer_name("  Anna  ") == "Anna"


def test_the_evidence_of_a_question_counts_its_sources_and_groups_in_plurals(store, lab):
    from monitor import factors, labs
    from monitor.model import StakeholderGroup

    source = labs.add_source(
        store, lab.id, kind="minutes", title="Notulen", date=lab.phases[0].start, text_="Uren."
    )
    one = factors.code_factor(
        store,
        lab.id,
        kind="barrier",
        text_="Te weinig uren",
        themes=["capacity"],
        source_id=source.id,
        groups=["job_coach"],
    )
    other = factors.code_factor(
        store, lab.id, kind="barrier", text_="Los", themes=["capacity"], source_id=source.id
    )
    question = LearningQuestion(lab_id=lab.id, theme="capacity", factor_ids=(one.id,))
    backing = agenda.evidence_of(question, [one, other])
    assert backing.factors == (one,)
    assert (backing.sources, backing.groups) == (1, 1)
    assert one.groups == (StakeholderGroup.JOB_COACH,)
    assert backing.summary("nl") == "Onderbouwd met 1 factor uit 1 bron, 1 groep."


def test_the_survey_overview_counts_invited_and_submitted_without_withdrawn(store, lab):
    for name in ("Coach A", "Coach B", "Coach C"):
        surveys.add_participant(store, lab.id, name=name, group="job_coach")
    survey = surveys.create_survey(store, lab.id, QUICK, wave="T0", audience_groups=["job_coach"])
    first, second, _ = surveys.invite(store, survey)
    _fill(store, first)
    _fill(store, second)
    surveys.withdraw(store, store.record(lab.id, Invitation, second.id))
    counted = survey_results.tallies(
        store.records(lab.id, Invitation), store.records(lab.id, Response)
    )
    assert counted == {survey.id: survey_results.Tally(invited=3, submitted=1)}
