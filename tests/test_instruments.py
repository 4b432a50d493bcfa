import pytest

from monitor import protocols
from monitor.errors import InvalidInput
from monitor.instruments import (
    Change,
    apply_mapping,
    check_new_version,
    codebook_rows,
    core_form,
    destructive_changes,
)

BASE = """\
id: pulse
version: 1
mode: survey
title: {nl: "Peiling", en: "Pulse"}
sections:
  - id: main
    title: {nl: "Hoofd", en: "Main"}
    questions:
      - id: intro
        type: instruction
        label: {nl: "Lees dit.", en: "Read this."}
      - id: trust
        type: agreement5
        construct: climate
        core: true
        label: {nl: "Ik vertrouw mijn collega's.", en: "I trust my colleagues."}
      - id: tired
        type: agreement5
        construct: climate
        reverse: true
        label: {nl: "Ik ben vaak moe.", en: "I am often tired."}
      - id: role
        type: single_choice
        other: true
        label: {nl: "Uw rol?", en: "Your role?"}
        choices:
          - {value: "coach", label: {nl: "Coach", en: "Coach"}}
          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}
      - id: help
        type: multiple_choice
        label: {nl: "Welke hulp?", en: "Which help?"}
        choices:
          - {value: "money", label: {nl: "Geld", en: "Money"}}
          - {value: "time", label: {nl: "Tijd", en: "Time"}}
      - id: remark
        type: short_text
        label: {nl: "Opmerking?", en: "Remark?"}
"""


def make(*edits: tuple[str, str], version: int = 2) -> protocols.Protocol:
    """The base instrument with text edits applied, as a new version."""
    text = BASE.replace("version: 1", f"version: {version}")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return protocols.parse(text, "pulse.yaml")


OLD = protocols.parse(BASE, "pulse.yaml")


# -- destructive changes --------------------------------------------------------------------


def test_an_unchanged_instrument_has_no_destructive_changes():
    assert destructive_changes(OLD, make()) == []


@pytest.mark.parametrize(
    "edit, expected",
    [
        (("      - id: tired\n", "      - id: tiredness\n"), [Change("removed", "tired")]),
        (
            ("id: remark\n        type: short_text", "id: remark\n        type: number"),
            [Change("type_changed", "remark", "short_text → number")],
        ),
        (
            ('          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}\n', ""),
            [Change("choice_removed", "role", "employer")],
        ),
        (("        other: true\n", ""), [Change("other_removed", "role")]),
        (("        reverse: true\n", ""), [Change("reverse_changed", "tired")]),
        (
            ("construct: climate\n        core: true", "reverse: true\n        core: true"),
            [Change("reverse_changed", "trust")],
        ),
    ],
)
def test_each_destructive_kind_is_reported(edit, expected):
    assert destructive_changes(OLD, make(edit)) == expected


def test_short_text_becoming_long_text_is_harmless():
    new = make(("id: remark\n        type: short_text", "id: remark\n        type: long_text"))
    assert destructive_changes(OLD, new) == []


def test_wording_hints_new_questions_and_choices_moves_and_core_are_not_reported():
    new = make(
        ('en: "I trust my colleagues."', 'en: "I trust the people I work with."'),
        (
            'label: {nl: "Uw rol?", en: "Your role?"}',
            'label: {nl: "Rol?", en: "Role?"}\n        hint: {nl: "Kies er een.", en: "Pick one."}',
        ),
        (
            '          - {value: "time", label: {nl: "Tijd", en: "Time"}}\n',
            '          - {value: "time", label: {nl: "Tijd", en: "Time"}}\n'
            '          - {value: "advice", label: {nl: "Advies", en: "Advice"}}\n',
        ),
        ("construct: climate\n        core: true", "construct: mood"),
        (
            "      - id: remark\n",
            '      - id: age\n        type: number\n        label: {nl: "Leeftijd?", en: "Age?"}\n'
            '  - id: extra\n    title: {nl: "Extra", en: "Extra"}\n    questions:\n'
            "      - id: remark\n",
        ),
    )
    assert new.question("remark").section == "extra"
    assert destructive_changes(OLD, new) == []


def test_instructions_are_ignored():
    new = make(
        (
            '      - id: intro\n        type: instruction\n        label: {nl: "Lees dit.", '
            'en: "Read this."}\n',
            "",
        )
    )
    assert destructive_changes(OLD, new) == []


def test_changes_come_in_the_old_question_order():
    new = make(
        ("id: remark\n        type: short_text", "id: remark\n        type: date"),
        ("      - id: tired\n", "      - id: tiredness\n"),
        ("        other: true\n", ""),
    )
    assert [(c.kind, c.variable) for c in destructive_changes(OLD, new)] == [
        ("removed", "tired"),
        ("other_removed", "role"),
        ("type_changed", "remark"),
    ]


# -- replacing a version ---------------------------------------------------------------------


def test_without_responses_anything_goes():
    new = make(("      - id: tired\n", "      - id: tiredness\n"), version=1)
    assert check_new_version(OLD, new, responses_exist=False) == []


@pytest.mark.parametrize("version", [3, 2])
def test_with_responses_the_version_must_be_raised(version):
    with pytest.raises(InvalidInput) as caught:
        check_new_version(make(version=3), make(version=version), responses_exist=True)
    assert caught.value.key == "instrument.version_not_raised"
    assert caught.value.params == {"id": "pulse", "old": 3, "new": version}


def test_a_raised_version_without_destructive_changes_is_accepted():
    assert check_new_version(OLD, make(), responses_exist=True) == []


def test_destructive_changes_are_refused_with_a_readable_list():
    new = make(
        ("      - id: tired\n", "      - id: tiredness\n"),
        ('          - {value: "money", label: {nl: "Geld", en: "Money"}}\n', ""),
    )
    with pytest.raises(InvalidInput) as caught:
        check_new_version(OLD, new, responses_exist=True)
    assert caught.value.key == "instrument.destructive"
    assert caught.value.params == {
        "id": "pulse",
        "changes": "removed: tired; choice_removed: help (money)",
    }


def test_a_mapped_rename_and_a_mapped_choice_are_resolved():
    new = make(
        ("      - id: tired\n", "      - id: tiredness\n"),
        ('{value: "employer", label: {nl: "Werkgever"', '{value: "boss", label: {nl: "Werkgever"'),
    )
    resolved = check_new_version(
        OLD, new, responses_exist=True, mapping={"tired": "tiredness", "role=employer": "boss"}
    )
    assert resolved == [Change("removed", "tired"), Change("choice_removed", "role", "employer")]


@pytest.mark.parametrize(
    "mapping, remaining",
    [
        ({"tired": "nowhere"}, "removed: tired"),
        ({"tired": "trust"}, "removed: tired"),  # would mix two variables' answers
        ({"tired": "tiredness"}, "type_changed: tired (agreement5 → yes_no)"),
    ],
)
def test_a_rename_onto_a_missing_taken_or_incompatible_variable_is_refused(mapping, remaining):
    new = make(("id: tired\n        type: agreement5", "id: tiredness\n        type: yes_no"))
    with pytest.raises(InvalidInput) as caught:
        check_new_version(OLD, new, responses_exist=True, mapping=mapping)
    assert caught.value.params["changes"] == remaining


def test_a_choice_mapped_to_a_missing_choice_is_refused():
    new = make(('          - {value: "employer", label: {nl: "Werkgever", en: "Employer"}}\n', ""))
    with pytest.raises(InvalidInput) as caught:
        check_new_version(OLD, new, responses_exist=True, mapping={"role=employer": "boss"})
    assert caught.value.params["changes"] == "choice_removed: role (employer)"


def test_apply_mapping_renames_variables_other_text_and_choices():
    mapping = {"role": "position", "role=employer": "boss", "help=money": "support"}
    answers = {"role": "employer", "role_other": "", "help": ["money", "time"], "trust": "4"}
    assert apply_mapping(answers, mapping) == {
        "position": "boss",
        "position_other": "",
        "help": ["support", "time"],
        "trust": "4",
    }
    other = apply_mapping({"role": "other", "role_other": "Buurman"}, mapping)
    assert other == {"position": "other", "position_other": "Buurman"}


def test_apply_mapping_keeps_a_merged_choice_once_and_leaves_the_input_alone():
    answers = {"help": ["money", "time"]}
    assert apply_mapping(answers, {"help=money": "time"}) == {"help": ["time"]}
    assert answers == {"help": ["money", "time"]}


# -- codebook -------------------------------------------------------------------------------


def _rows(lang: str = "nl", waves: dict[str, list[str]] | None = None) -> dict[str, dict]:
    return {row["variable"]: row for row in codebook_rows(OLD, lang, waves)}


def test_codebook_has_one_row_per_answerable_question_and_other_text_in_order():
    assert [row["variable"] for row in codebook_rows(OLD, "nl")] == [
        "trust",
        "tired",
        "role",
        "role_other",
        "help",
        "remark",
    ]


def test_codebook_row_of_an_agreement_item():
    assert _rows("nl")["tired"] == {
        "variable": "tired",
        "label_nl": "Ik ben vaak moe.",
        "label_en": "I am often tired.",
        "type": "agreement5",
        "values": "1 = Helemaal oneens; 2 = Oneens; 3 = Neutraal; 4 = Eens; 5 = Helemaal eens; "
        "dk = Weet ik niet; na = Zeg ik liever niet",
        "construct": "climate",
        "reverse": "yes",
        "core": "",
        "relevant": "",
        "waves": "",
        "section": "main",
    }
    assert _rows("en")["trust"]["values"].startswith("1 = Fully disagree; 2 = Disagree;")
    assert _rows("en")["trust"]["core"] == "yes"


def test_codebook_rows_of_a_choice_with_other():
    rows = _rows("en")
    assert rows["role"]["values"] == (
        "coach = Coach; employer = Employer; other = Other; dk = Don't know; na = Prefer not to say"
    )
    assert rows["role_other"]["type"] == "text"
    assert rows["role_other"]["label_nl"] == "Uw rol? – anders, namelijk"
    assert rows["role_other"]["label_en"] == "Your role? – other, namely"
    assert rows["help"]["values"] == "money = Money; time = Time"  # no dk / na
    assert _rows("nl")["role"]["values"].startswith("coach = Coach; employer = Werkgever; other")


def test_codebook_yes_no_values():
    yes_no = protocols.parse(BASE.replace("type: short_text", "type: yes_no"), "pulse.yaml")
    rows = {row["variable"]: row for row in codebook_rows(yes_no, "nl")}
    assert (
        rows["remark"]["values"] == "yes = Ja; no = Nee; dk = Weet ik niet; na = Zeg ik liever niet"
    )


def test_codebook_names_the_waves_that_hold_data():
    rows = _rows("nl", {"trust": ["T0", "T1"], "role": ["T0"]})
    assert rows["trust"]["waves"] == "T0, T1"
    assert rows["role_other"]["waves"] == "T0"
    assert rows["remark"]["waves"] == ""


# -- short form -----------------------------------------------------------------------------


def test_core_form_of_coach_t0_keeps_exactly_the_core_questions():
    full = protocols.load_all()[0]["coach_t0"]
    short = core_form(full)
    core = [q.id for q in full.questions if q.core]
    assert core
    assert [q.id for q in short.questions if q.answerable] == core
    assert all(q == full.question(q.id) or q.relevant == "" for q in short.questions)
    assert (short.id, short.version, short.consent_version) == (
        full.id,
        full.version,
        full.consent_version,
    )
    assert all(any(q.core for q in s.questions) for s in short.sections)


def test_core_form_keeps_instructions_of_sections_with_core_questions_only():
    text = BASE.replace(
        "      - id: remark\n",
        '  - id: later\n    title: {nl: "Later", en: "Later"}\n    questions:\n'
        "      - id: later_intro\n        type: instruction\n"
        '        label: {nl: "Nu iets anders.", en: "Something else."}\n'
        "      - id: remark\n",
    )
    short = core_form(protocols.parse(text, "pulse.yaml"))
    assert [s.id for s in short.sections] == ["main"]
    assert [q.id for q in short.questions] == ["intro", "trust"]


def test_core_form_drops_a_skip_rule_that_reads_a_dropped_question():
    text = BASE.replace(
        "      - id: help\n",
        "      - id: help\n        core: true\n        relevant: \"${role} = 'coach'\"\n",
    )
    full = protocols.parse(text, "pulse.yaml")
    short = core_form(full)
    assert [q.id for q in short.questions] == ["intro", "trust", "help"]
    assert short.question("help").relevant == ""
    assert short.question("help").choices == full.question("help").choices
