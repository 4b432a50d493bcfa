import datetime as dt
import threading
import time

import pytest

from monitor import protocols, survey_results, surveys
from monitor.errors import Conflict, InvalidInput
from monitor.model import (
    Invitation,
    Outcome,
    Participant,
    Response,
    ResponseMode,
    Source,
    Survey,
)
from monitor.protocols import parse
from tests import backends

SHIPPED, _ = protocols.load_all()

QUESTIONNAIRE = """\
id: quick
version: 1
mode: survey
title: {nl: "Kort", en: "Short"}
consent:
  version: 1
  text: {nl: "Doe je mee?", en: "Will you take part?"}
sections:
  - id: main
    title: {nl: "Hoofd", en: "Main"}
    questions:
      - id: works
        type: agreement5
        core: true
        construct: climate
        label: {nl: "Het werk gaat goed.", en: "Work goes well."}
      - id: tense
        type: agreement5
        core: true
        reverse: true
        construct: climate
        label: {nl: "Er is spanning.", en: "There is tension."}
      - id: role
        type: single_choice
        required: true
        other: true
        label: {nl: "Rol?", en: "Role?"}
        choices:
          - {value: "coach", label: {nl: "Coach", en: "Coach"}}
          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}
      - id: why
        type: long_text
        label: {nl: "Waarom?", en: "Why?"}
        relevant: "${role} = 'coach'"
"""
QUICK = parse(QUESTIONNAIRE)


@pytest.fixture
def people(store, lab):
    coaches = [
        surveys.add_participant(store, lab.id, name=f"Coach {i}", group="job_coach")
        for i in range(3)
    ]
    candidates = [
        surveys.add_participant(store, lab.id, name=f"Kandidaat {i}", group="job_seeker")
        for i in range(4)
    ]
    return coaches, candidates


@pytest.fixture
def survey(store, lab, people):
    made = surveys.create_survey(store, lab.id, QUICK, wave="T0", audience_groups=["job_coach"])
    surveys.invite(store, made)
    return made


def _invitation(store, survey, index=0):
    return sorted(surveys.invitations(store, survey), key=lambda i: i.participant_id)[index]


def _fill(store, invitation, protocol=QUICK, answers=None, submit=True):
    response = surveys.start(store, invitation, protocol, consent=True)
    answers = answers or {"works": "4", "tense": "2", "role": "employer"}
    for position, (name, value) in enumerate(answers.items()):
        response = surveys.answer(
            store, response, protocol.question(name), value=value, position=position + 1
        )
    return surveys.submit(store, response, protocol) if submit else response


# -- registry and invitations ---------------------------------------------------------------


def test_pseudonyms_are_given_once_and_names_stay_in_the_registry(store, lab, people):
    coaches, candidates = people
    codes = [p.pseudonym for p in coaches + candidates]
    assert codes == [f"R-{i:03d}" for i in range(1, 8)]
    with pytest.raises(InvalidInput):
        surveys.add_participant(store, lab.id, name="coach 0", group="job_coach")


def test_pseudonym_codes_fill_the_gaps_in_order_and_mark_them_taken():
    taken = {"R-001", "R-003"}
    codes = surveys.pseudonym_codes(taken)
    assert [next(codes) for _ in range(3)] == ["R-002", "R-004", "R-005"]
    assert surveys.next_pseudonym(taken) == "R-006"
    with pytest.raises(InvalidInput):
        surveys.new_participant("lab", name=" ", codes=codes)


def test_invitations_are_made_once_per_participant(store, lab, survey):
    assert len(surveys.invitations(store, survey)) == 3
    assert surveys.invite(store, survey) == []
    assert all(len(i.token_hash) == 64 for i in surveys.invitations(store, survey))


def test_a_survey_about_subjects_invites_each_coach_per_candidate(store, lab, people):
    coaches, candidates = people
    surveys.set_subjects(store, coaches[0], [candidates[0].id, candidates[1].id])
    surveys.set_subjects(store, coaches[1], [candidates[2].id])
    about = surveys.create_survey(
        store,
        lab.id,
        SHIPPED["coach_t0"],
        wave="T0",
        audience_groups=["job_coach"],
        subject_group="job_seeker",
    )
    made = surveys.invite(store, about)
    assert {(i.participant_id, i.subject_id) for i in made} == {
        (coaches[0].id, candidates[0].id),
        (coaches[0].id, candidates[1].id),
        (coaches[1].id, candidates[2].id),
    }


def test_the_link_opens_its_invitation_and_nothing_else(store, lab, survey):
    invitation = _invitation(store, survey)
    token = surveys.token_for(store, invitation)
    assert token not in str(backends.snapshot(store))
    found_survey, found = surveys.open_link(store, lab.id, token)
    assert (found_survey.id, found.id) == (survey.id, invitation.id)
    url = surveys.link(store, invitation, "https://lab.example.org/")
    assert url == f"https://lab.example.org/?lab={lab.id}&survey={token}"


@pytest.mark.parametrize(
    "tamper", [lambda t: t[:-1], lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"), lambda t: ""]
)
def test_tampered_or_truncated_tokens_reveal_nothing(store, lab, survey, tamper):
    token = surveys.token_for(store, _invitation(store, survey))
    with pytest.raises(InvalidInput) as caught:
        surveys.open_link(store, lab.id, tamper(token))
    assert caught.value.key == "survey.bad_link"
    with pytest.raises(InvalidInput) as caught:
        surveys.open_link(store, "nolab", token)
    assert caught.value.key == "survey.bad_link"


def test_rejecting_a_token_takes_the_same_time_however_close_it_is(store, lab, survey):
    token = surveys.token_for(store, _invitation(store, survey))

    def timing(candidate: str) -> float:
        start = time.perf_counter()
        for _ in range(200):
            with pytest.raises(InvalidInput):
                surveys.open_link(store, lab.id, candidate)
        return time.perf_counter() - start

    # The fastest of several interleaved rounds: a busy machine only ever adds time.
    rounds = [(timing(token[:-1] + "x"), timing("x" * len(token))) for _ in range(5)]
    almost, far = min(r[0] for r in rounds), min(r[1] for r in rounds)
    assert abs(almost - far) / max(almost, far) < 0.5  # one hashed lookup either way


def test_a_renewed_link_stops_the_old_one_and_keeps_the_answers(store, lab, survey):
    invitation = _invitation(store, survey)
    old = surveys.token_for(store, invitation)
    _fill(store, invitation, submit=False)
    renewed = surveys.renew_link(store, invitation)
    with pytest.raises(InvalidInput):
        surveys.open_link(store, lab.id, old)
    assert surveys.open_link(store, lab.id, surveys.token_for(store, renewed))[1].id == renewed.id
    assert surveys.response_for(store, renewed) is not None


def test_short_code_finds_the_invitation_for_an_interviewer(store, lab, survey):
    invitation = _invitation(store, survey, 1)
    code = surveys.code_for(store, invitation)
    assert len(code) == surveys.CODE_LENGTH
    assert surveys.find_by_code(store, lab.id, f" {code.lower()} ")[1].id == invitation.id
    with pytest.raises(InvalidInput):
        surveys.find_by_code(store, lab.id, "ZZZZZZ")


# -- consent, answering, submitting -------------------------------------------------------


def test_no_consent_stores_nothing_but_a_refusal_count(store, lab, survey):
    invitation = _invitation(store, survey)
    assert surveys.start(store, invitation, QUICK, consent=False) is None
    assert store.records(lab.id, Response) == []
    assert store.record(lab.id, Survey, survey.id).refusals == 1


def test_consent_is_recorded_with_version_time_and_mode(store, lab, survey):
    invitation = _invitation(store, survey)
    response = surveys.start(
        store,
        invitation,
        QUICK,
        consent=True,
        mode=ResponseMode.INTERVIEWER,
        interviewer="Anna",
        witness="Anna",
    )
    assert response.consent.version == 1
    assert response.consent.mode == ResponseMode.INTERVIEWER
    assert response.consent.witness == "Anna"
    assert response.consent.at
    assert response.protocol_version == 1
    # a double click on "yes" stores one response
    again = surveys.start(store, invitation, QUICK, consent=True)
    assert again.id == response.id
    assert len(store.records(lab.id, Response)) == 1


def test_a_changed_consent_text_asks_again_at_the_next_wave(store, lab, survey):
    invitation = _invitation(store, survey)
    _fill(store, invitation)
    t1 = surveys.create_survey(store, lab.id, QUICK, wave="T1", audience_groups=["job_coach"])
    later = next(
        i for i in surveys.invite(store, t1) if i.participant_id == invitation.participant_id
    )
    assert surveys.earlier_consent(store, later, QUICK) is not None
    changed = parse(QUESTIONNAIRE.replace("Doe je mee?", "Doe je weer mee?"))
    assert surveys.earlier_consent(store, later, changed) is None


def test_every_answer_is_stored_as_it_is_given(store, lab, survey):
    response = _fill(store, _invitation(store, survey), submit=False)
    stored = store.record(lab.id, Response, response.id)
    assert stored.answers == {"works": "4", "tense": "2", "role": "employer"}
    assert stored.position == 3
    assert stored.status == "started"


def test_bad_answers_get_a_message_and_change_nothing(store, lab, survey):
    response = _fill(store, _invitation(store, survey), submit=False)
    before = store.record(lab.id, Response, response.id)
    with pytest.raises(InvalidInput):
        surveys.answer(store, response, QUICK.question("role"), value="", position=3)
    with pytest.raises(InvalidInput):
        surveys.answer(store, response, QUICK.question("why"), value="x" * 20_001, position=4)
    assert store.record(lab.id, Response, response.id) == before


def test_long_answers_are_kept_whole_and_html_stays_text(store, lab, survey):
    response = _fill(store, _invitation(store, survey), answers={"role": "coach"}, submit=False)
    long = '<script>alert(1)</script> =HYPERLINK("x") ' + "a" * 19_000
    response = surveys.answer(store, response, QUICK.question("why"), value=long, position=2)
    assert store.record(lab.id, Response, response.id).answers["why"] == long.strip()


def test_dont_know_and_prefer_not_to_say_are_answers(store, lab, survey):
    response = _fill(
        store, _invitation(store, survey), answers={"works": "dk", "tense": "na", "role": "coach"}
    )
    assert response.answers["works"] == "dk"
    assert survey_results.score(QUICK.question("works"), "dk") is None


def test_other_namely_is_kept_only_with_other(store, lab, survey):
    response = _fill(store, _invitation(store, survey), answers={"works": "3"}, submit=False)
    response = surveys.answer(
        store, response, QUICK.question("role"), value="other", other="Buurman", position=3
    )
    assert response.answers["role_other"] == "Buurman"
    response = surveys.answer(
        store, response, QUICK.question("role"), value="coach", other="Buurman", position=3
    )
    assert "role_other" not in response.answers


def test_submit_needs_required_answers_and_drops_skipped_ones(store, lab, survey):
    response = _fill(store, _invitation(store, survey), answers={"works": "3"}, submit=False)
    with pytest.raises(InvalidInput) as caught:
        surveys.submit(store, response, QUICK)
    assert caught.value.key == "survey.missing_required"
    response = surveys.answer(store, response, QUICK.question("role"), value="coach", position=3)
    response = surveys.answer(store, response, QUICK.question("why"), value="Omdat", position=4)
    response = surveys.answer(store, response, QUICK.question("role"), value="employer", position=3)
    done = surveys.submit(store, response, QUICK)
    assert "why" not in done.answers  # no longer asked after the change of role
    assert done.status == "submitted"


def test_a_double_submit_stores_once_and_later_answers_are_refused(store, lab, survey):
    response = _fill(store, _invitation(store, survey), submit=False)
    first = surveys.submit(store, response, QUICK)
    second = surveys.submit(store, response, QUICK)
    assert first.revision == second.revision
    with pytest.raises(Conflict):
        surveys.answer(store, response, QUICK.question("works"), value="1", position=1)


def test_stop_keeps_or_deletes_the_partial_answers(store, lab, survey):
    response = _fill(store, _invitation(store, survey), submit=False)
    surveys.stop(store, response, keep=True)
    assert store.records(lab.id, Response)
    surveys.stop(store, response, keep=False)
    assert store.records(lab.id, Response) == []


def test_withdrawal_deletes_every_answer_and_closes_the_link(store, lab, survey):
    invitation = _invitation(store, survey)
    _fill(store, invitation)
    withdrawn = surveys.withdraw(store, invitation)
    assert store.records(lab.id, Response) == []
    assert surveys.status(withdrawn, None) == "withdrawn"
    with pytest.raises(InvalidInput) as caught:
        surveys.start(store, withdrawn, QUICK, consent=True)
    assert caught.value.key == "survey.withdrawn"
    raw = str(backends.snapshot(store))
    assert withdrawn.id in raw and "employer" not in raw


def test_closed_and_not_yet_open_surveys_refuse_answers(store, lab, people):
    today = dt.date.today()
    closed = surveys.create_survey(
        store,
        lab.id,
        QUICK,
        wave="old",
        audience_groups=["job_coach"],
        closes=today - dt.timedelta(days=1),
    )
    early = surveys.create_survey(
        store,
        lab.id,
        QUICK,
        wave="new",
        audience_groups=["job_coach"],
        opens=today + dt.timedelta(days=1),
    )
    for made, key in ((closed, "survey.closed"), (early, "survey.not_open_yet")):
        invitation = surveys.invite(store, made)[0]
        with pytest.raises(InvalidInput) as caught:
            surveys.start(store, invitation, QUICK, consent=True)
        assert caught.value.key == key


def test_fifty_respondents_submitting_at_once_are_all_stored(store, lab):
    for i in range(50):
        surveys.add_participant(store, lab.id, name=f"Persoon {i}", group="employer")
    made = surveys.create_survey(store, lab.id, QUICK, wave="T0", audience_groups=["employer"])
    invited = surveys.invite(store, made)
    errors = []

    def respond(invitation: Invitation) -> None:
        try:
            _fill(store, invitation)
        except Exception as exc:  # noqa: BLE001 - collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=respond, args=(i,)) for i in invited]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    stored = store.records(lab.id, Response)
    assert len(stored) == 50
    assert all(r.status == "submitted" and len(r.answers) == 3 for r in stored)


def test_core_form_asks_only_core_items_with_the_same_names(store, lab, people):
    short = surveys.create_survey(
        store, lab.id, QUICK, wave="T0", audience_groups=["job_coach"], form="core"
    )
    asked = [q.id for q in surveys.instrument(QUICK, short).questions]
    assert asked == ["works", "tense"]


def test_an_open_answer_becomes_evidence_for_coding(store, lab, survey):
    response = _fill(store, _invitation(store, survey), answers={"role": "coach"}, submit=False)
    response = surveys.answer(
        store, response, QUICK.question("why"), value="Goede sfeer", position=2
    )
    response = surveys.submit(store, response, QUICK)
    source, who = surveys.as_source(store, response, QUICK, "nl")
    assert "Goede sfeer" in source.text
    assert who.pseudonym in source.title and who.name not in source.title
    again, _ = surveys.as_source(store, response, QUICK, "nl")
    assert again.id == source.id and len(store.records(lab.id, Source)) == 1


# -- results ----------------------------------------------------------------------------------


def _many(store, lab, n, wave="T0", outcome=None):
    people = [
        surveys.add_participant(store, lab.id, name=f"{wave} mens {i}", group="employer")
        for i in range(n)
    ]
    made = surveys.create_survey(store, lab.id, QUICK, wave=wave, audience_groups=["employer"])
    for i, invitation in enumerate(sorted(surveys.invite(store, made), key=lambda i: i.id)):
        _fill(store, invitation, answers={"works": str(1 + i % 5), "tense": "2", "role": "coach"})
    return made, people


def test_small_groups_are_hidden(store, lab):
    made, _ = _many(store, lab, 4)
    answered = survey_results.submitted(store.records(lab.id, Response))
    frame, hidden = survey_results.agreement_frame(QUICK, answered, "nl", threshold=5)
    assert frame.empty and {h.n for h in hidden} == {4}
    frame, hidden = survey_results.agreement_frame(QUICK, answered, "nl", threshold=4)
    assert set(frame["n"]) == {4} and not hidden


def test_diverging_bars_centre_neutral_on_zero(store, lab):
    _many(store, lab, 5)
    answered = survey_results.submitted(store.records(lab.id, Response))
    frame, _ = survey_results.agreement_frame(QUICK, answered, "nl", threshold=5)
    works = frame[frame["item"] == "Het werk gaat goed."].set_index("value")
    assert works.loc[3, "start"] == pytest.approx(-works.loc[3, "end"])
    assert works["share"].sum() == pytest.approx(1)
    assert any(item.endswith("(R)") for item in frame["item"])


def test_scale_scores_turn_reverse_items_round(store, lab):
    answers = {"works": "4", "tense": "2"}
    assert survey_results.scale_score(survey_results.constructs(QUICK)["climate"], answers) == 4
    assert (
        survey_results.scale_score(survey_results.constructs(QUICK)["climate"], {"works": "dk"})
        is None
    )


def test_t0_and_t1_pair_by_participant(store, lab):
    people = [
        surveys.add_participant(store, lab.id, name=f"P{i}", group="employer") for i in range(6)
    ]
    t0 = surveys.create_survey(store, lab.id, QUICK, wave="T0", audience_groups=["employer"])
    t1 = surveys.create_survey(store, lab.id, QUICK, wave="T1", audience_groups=["employer"])
    for invitation in surveys.invite(store, t0):
        _fill(store, invitation, answers={"works": "2", "tense": "4", "role": "coach"})
    for invitation in surveys.invite(store, t1)[:5]:  # one person did not answer at T1
        _fill(store, invitation, answers={"works": "4", "tense": "2", "role": "coach"})
    answered = survey_results.submitted(store.records(lab.id, Response))
    first = [r for r in answered if r.survey_id == t0.id]
    second = [r for r in answered if r.survey_id == t1.id]
    table, hidden = survey_results.paired_items(QUICK, first, QUICK, second, "nl", threshold=5)
    assert list(table["variable"]) == ["works", "tense"]
    assert list(table["n"]) == [5, 5]
    assert list(table["change"]) == [2.0, 2.0]  # tension down is better: reverse-scored
    long = survey_results.long_frame(
        {"quick": QUICK},
        {t0.id: t0, t1.id: t1},
        answered,
        {p.id: p for p in people},
        "nl",
    )
    assert not any(p.name in long.to_csv() for p in people)
    wide = survey_results.wide_frame(long)
    assert len(wide) == 6
    assert {"works_T0", "works_T1"} <= set(wide.columns)


def test_group_comparison_by_trajectory_outcome(store, lab):
    made, people = _many(store, lab, 10)
    rows = [
        {"id": p.id, "revision": p.revision, "name": p.name, "group": p.group.value}
        | {"outcome": outcome}
        for p, outcome in zip(people, ["successful"] * 6 + ["not_successful"] * 4, strict=True)
    ]
    surveys.save_participants(store, lab.id, rows)
    registry = {p.id: p for p in store.records(lab.id, Participant)}
    assert sum(p.outcome == Outcome.SUCCESSFUL for p in registry.values()) == 6
    answered = survey_results.submitted(store.records(lab.id, Response))
    groups = survey_results.outcome_groups(answered, registry, "nl")
    summary, hidden = survey_results.scale_summary(QUICK, answered, 5, by=groups)
    assert list(summary["group"]) == ["Geslaagd"]
    assert [h.n for h in hidden] == [4]


def test_exports_are_inert_in_spreadsheets(store, lab, survey):
    response = _fill(store, _invitation(store, survey), answers={"role": "coach"}, submit=False)
    response = surveys.answer(
        store, response, QUICK.question("why"), value='=HYPERLINK("http://x")', position=2
    )
    surveys.submit(store, response, QUICK)
    answered = survey_results.submitted(store.records(lab.id, Response))
    people = {p.id: p for p in store.records(lab.id, Participant)}
    long = survey_results.long_frame({"quick": QUICK}, {survey.id: survey}, answered, people, "nl")
    csv = survey_results.to_csv(long).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(survey_results.to_xlsx({"long": long})))
    cells = [c.value for row in book["long"].iter_rows() for c in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert not any(isinstance(c, str) and c.startswith("=") for c in cells)


def test_response_rates_count_per_group(store, lab, survey):
    _fill(store, _invitation(store, survey))
    frame = survey_results.response_rates(
        [survey],
        store.records(lab.id, Invitation),
        store.records(lab.id, Response),
        {p.id: p for p in store.records(lab.id, Participant)},
        "en",
    )
    row = frame.iloc[0]
    assert (row["invited"], row["submitted"], row["rate"]) == (3, 1, 33)


def test_a_new_version_may_not_break_collected_answers(store, lab, survey):
    known = {"quick": parse(QUESTIONNAIRE, "quick.yaml")}
    _fill(store, _invitation(store, survey))
    renamed = QUESTIONNAIRE.replace("id: works", "id: work_ok").replace("version: 1", "version: 2")
    with pytest.raises(InvalidInput) as caught:
        surveys.install_protocol(store, "quick.yaml", renamed.encode(), known)
    assert caught.value.key == "instrument.destructive"
    same_version = QUESTIONNAIRE.replace("Het werk gaat goed.", "Het werk loopt goed.")
    with pytest.raises(InvalidInput) as caught:
        surveys.install_protocol(store, "quick.yaml", same_version.encode(), known)
    assert caught.value.key == "instrument.version_not_raised"
    reworded = same_version.replace("version: 1", "version: 2")
    installed, _ = surveys.install_protocol(store, "quick.yaml", reworded.encode(), known)
    assert installed.version == 2


def test_an_xlsform_upload_is_kept_as_a_yaml_instrument(store, lab):
    from monitor import xlsform

    data = xlsform.export_xlsform(QUICK)
    installed, notes = surveys.install_protocol(store, "quick.xlsx", data, {})
    assert installed.id == "quick" and notes == []
    again = protocols.load_with_store(store)[0]["quick"]
    assert [q.id for q in again.questions] == [q.id for q in QUICK.questions]


def test_the_codebook_knows_the_waves_each_variable_was_answered_in(store, lab, survey):
    _fill(store, _invitation(store, survey))
    waves = surveys.waves_present(store.records(lab.id, Response), "quick")
    assert waves == {"works": ["T0"], "tense": ["T0"], "role": ["T0"]}
