import pytest

from monitor import protocols
from monitor.errors import InvalidInput
from tests.samples import VALID


def _broken(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new)


def test_a_valid_protocol_loads_with_both_languages():
    protocol = protocols.parse(VALID, "mini.yaml")
    assert [q.id for q in protocol.questions] == ["role", "why"]
    assert protocol.question("why").level == "actor"
    assert protocol.question("role").choices[1].label["en"] == "Employer"


@pytest.mark.parametrize(
    "text, key, line, field",
    [
        (_broken("    questions:\n", "    questions:\n\t\n"), "protocol.yaml_syntax", 9, "-"),
        (_broken("type: long_text", "type: essay"), "protocol.unknown_type", 16, "why.type"),
        (
            _broken('label: {nl: "Waarom?", en: "Why?"}', 'label: {nl: "Waarom?"}'),
            "protocol.missing_language",
            18,
            "label",
        ),
        (_broken("      - id: why", "      - id: role"), "protocol.duplicate_id", 16, "id"),
        (
            _broken(
                "        choices:\n"
                '          - {value: "coach", label: {nl: "Coach", en: "Coach"}}\n'
                '          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}\n',
                "",
            ),
            "protocol.no_choices",
            9,
            "role.choices",
        ),
        (
            _broken("version: 1\n", "version: 1\nversion: 2\n"),
            "protocol.duplicate_key",
            3,
            "version",
        ),
        (
            _broken("${role} = 'coach'", "${role} == 'coach'"),
            "protocol.bad_expression",
            16,
            "why.relevant",
        ),
        (
            _broken("${role} = 'coach'", "${later} = 'x'"),
            "protocol.unknown_reference",
            16,
            "why.relevant",
        ),
        (
            _broken("[own_goal]", "[own_goals]"),
            "protocol.unknown_indicator",
            16,
            "why.indicators",
        ),
    ],
    ids=[
        "tab",
        "unknown type",
        "missing language",
        "duplicate id",
        "no choices",
        "duplicate key",
        "bad expression",
        "forward reference",
        "unknown indicator",
    ],
)
def test_a_broken_protocol_names_file_line_and_field(text, key, line, field):
    with pytest.raises(InvalidInput) as caught:
        protocols.parse(text, "mini.yaml")
    error = caught.value
    assert (error.key, error.params["line"], error.params["field"]) == (key, line, field)
    message = error.message("nl")
    assert "mini.yaml" in message and str(line) in message


def test_a_broken_file_is_listed_and_the_others_still_load(tmp_path):
    (tmp_path / "good.yaml").write_text(VALID)
    (tmp_path / "bad.yaml").write_text(VALID.replace("id: mini", "id: Bad Id"))
    (tmp_path / "binary.yaml").write_bytes(b"\xff\xfe\x00")
    found, problems = protocols.load_all(tmp_path)
    assert list(found) == ["mini"]
    assert sorted(p.params["file"] for p in problems) == ["bad.yaml", "binary.yaml"]


def test_yaml_yes_and_no_must_be_quoted_choice_values():
    text = _broken('{value: "coach"', "{value: yes")
    with pytest.raises(InvalidInput) as caught:
        protocols.parse(text, "mini.yaml")
    assert caught.value.key == "protocol.bad_choice_value"


def test_the_shipped_instruments_all_load():
    found, problems = protocols.load_all()
    assert not problems, [p.message("en") for p in problems]
    expected = {
        "phase_monitoring_interview",
        "final_evaluation_interview",
        "employer_exploration_interview",
        "focus_group_guide",
        "candidate_interview",
        "coach_t0",
        "coach_t1",
    }
    assert expected <= set(found)


def test_the_phase_interview_covers_every_framework_cell():
    protocol = protocols.load_all()[0]["phase_monitoring_interview"]
    cells = {(q.level, q.dimension) for q in protocol.questions if q.level}
    assert cells == {(lv, dm) for lv in protocols.LEVELS for dm in protocols.DIMENSIONS}


def test_the_candidate_interview_has_ten_core_questions_and_asks_consent_first():
    protocol = protocols.load_all()[0]["candidate_interview"]
    assert sum(q.core for q in protocol.questions) == 10
    assert protocol.consent_version and protocol.consent_text["nl"]


def test_coach_t0_has_the_fourteen_skills_with_one_reversed():
    protocol = protocols.load_all()[0]["coach_t0"]
    skills = [q for q in protocol.questions if q.construct == "employee_skills"]
    assert len(skills) == 14 and sum(q.reverse for q in skills) == 1


def test_the_phase_interview_asks_after_every_framework_indicator():
    protocol = protocols.load_all()[0]["phase_monitoring_interview"]
    asked = {i for q in protocol.questions for i in q.indicators}
    assert asked == set(protocols.framework())
    for question in protocol.questions:
        for indicator in question.indicators:
            found = protocols.framework()[indicator]
            assert (found.level, found.dimension) == (question.level, question.dimension)


def test_a_respondent_alone_never_sees_interviewer_texts(tmp_path):
    shipped, problems = protocols.load_all(protocols.PROTOCOL_DIR)
    assert not problems
    interview = shipped["candidate_interview"]
    alone = protocols.for_mode(interview, alone=True)
    shown = " ".join(
        text
        for q in alone.questions
        for part in (q.label, q.hint, q.guidance)
        for text in part.values()
    )
    assert "interviewer" not in shown.casefold()
    assert "dit gesprek" not in shown and "Dank u wel voor het invullen" in shown
    assert any(q.guidance for q in protocols.for_mode(interview, alone=False).questions)
    for protocol in shipped.values():  # every interviewer text is marked, none left in a hint
        for q in protocol.questions:
            assert not q.hint.get("nl", "").startswith("Voor de interviewer"), (protocol.id, q.id)


def test_show_keeps_a_question_to_one_way_of_answering_and_a_bad_value_is_refused():
    text = """
id: two_ways
version: 1
mode: survey
title: {nl: "Twee", en: "Two"}
sections:
  - id: s
    title: {nl: "S", en: "S"}
    questions:
      - id: asked_by_interviewer
        type: instruction
        show: interview
        label: {nl: "Ik lees nu voor.", en: "I will read out now."}
      - id: own
        type: yes_no
        label: {nl: "Ik lees de vragen voor.", en: "I read the questions out."}
        self_label: {nl: "Lees de vraag.", en: "Read the question."}
      - id: alone_only
        type: instruction
        show: self
        label: {nl: "Kies een antwoord.", en: "Choose an answer."}
"""
    protocol = protocols.parse(text)
    alone = protocols.for_mode(protocol, alone=True)
    together = protocols.for_mode(protocol, alone=False)
    assert [q.id for q in alone.questions] == ["own", "alone_only"]
    assert alone.question("own").label["nl"] == "Lees de vraag."
    assert [q.id for q in together.questions] == ["asked_by_interviewer", "own"]
    with pytest.raises(InvalidInput):
        protocols.parse(text.replace("show: self", "show: sometimes"))


def test_the_self_completion_questionnaire_is_short_and_mostly_choices():
    shipped, _ = protocols.load_all(protocols.PROTOCOL_DIR)
    own = shipped["candidate_self"]
    answerable = [q for q in own.questions if q.answerable]
    free = [q for q in answerable if q.type in ("short_text", "long_text")]
    assert own.mode == "survey" and not protocols.made_for_interviews(own)
    assert 6 <= len(answerable) <= 15 and len(free) <= 1
    words = [w for q in own.questions for w in q.label["nl"].split()]
    assert sum(len(w) for w in words) / len(words) < 6.5  # short, everyday Dutch words
    assert protocols.made_for_interviews(shipped["candidate_interview"])
