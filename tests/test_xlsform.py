import dataclasses
import io
import zipfile

import openpyxl
import pytest

from monitor import protocols
from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.xlsform import export_xlsform, import_xlsform
from tests.samples import VALID

SHIPPED = protocols.load_all()[0]
NL, EN = "label::Nederlands (nl)", "label::English (en)"
SETTINGS = [["form_id", "version", "form_title"], ["kobo_form", "3", "Kobo"]]


def make_xlsform(
    survey: list[list[object]],
    choices: list[list[object]] | None = None,
    settings: list[list[object]] | None = SETTINGS,
) -> bytes:
    """An .xlsx with the given sheets; every sheet is a list of rows, header first."""
    workbook = openpyxl.Workbook()
    sheets = {"survey": survey, "choices": choices, "settings": settings}
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        if rows is not None:
            sheet = workbook.create_sheet(name)
            for row in rows:
                sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_rows(data: bytes, name: str) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(io.BytesIO(data))[name].iter_rows(values_only=True))


@pytest.mark.parametrize("protocol", SHIPPED.values(), ids=SHIPPED.keys())
def test_every_shipped_instrument_survives_a_round_trip(protocol):
    imported, notes = import_xlsform(export_xlsform(protocol), f"{protocol.id}.xlsx")
    assert dataclasses.replace(imported, source=protocol.source) == protocol
    assert notes == []


def test_the_export_has_the_xlsform_sheets_and_columns():
    protocol = SHIPPED["coach_t0"]
    data = export_xlsform(protocol)
    survey = sheet_rows(data, "survey")
    header = survey[0]
    assert header[:4] == ("type", "name", NL, EN)
    assert {"core", "construct", "indicators", "appearance"} <= set(header)
    assert survey[1][:2] == ("note", "_description")
    assert survey[2][:2] == ("acknowledge", "_consent")
    assert survey[3][:2] == ("begin_group", "candidate_info")
    types = {row[1]: row[0] for row in survey[1:]}
    assert types["learning_location"] == "select_one learning_location"
    assert types["learning_location_other"] == "text"
    assert types["lasting_work_chance"] == "select_one agreement5"
    settings = dict(zip(*sheet_rows(data, "settings"), strict=True))
    assert settings["form_id"] == "coach_t0"
    assert settings["version"] == str(protocol.version)
    assert settings["default_language"] == "Nederlands (nl)"
    assert settings["consent_version"] == "1"
    agreement = [row for row in sheet_rows(data, "choices") if row[0] == "agreement5"]
    assert [row[1] for row in agreement] == ["1", "2", "3", "4", "5"]


def test_a_formula_in_a_label_is_exported_as_inert_text():
    formula = '=HYPERLINK("http://example.org","click")'
    protocol = protocols.parse(VALID.replace('"Rol?"', f"'{formula}'"), "mini.yaml")
    data = export_xlsform(protocol)
    cells = [c for row in openpyxl.load_workbook(io.BytesIO(data))["survey"] for c in row]
    label = next(c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value)
    assert label.data_type == "s"
    assert label.value == "'" + formula
    assert not any(c.data_type == "f" for c in cells)
    assert import_xlsform(data)[0].question("role").label["nl"] == formula


KOBO_SURVEY = [
    ["type", "name", EN, NL, "required", "relevant", "appearance"],
    ["begin_group", "work", "Work", "Werk", "", "", ""],
    ["select_one roles or_other", "role", "Your role?", "Uw rol?", "true()", "", ""],
    ["text", "why", "Why?", "Waarom?", "", "${role} = 'coach'", "multiline"],
    ["select_one agree", "fits", "It fits.", "Het past.", "TRUE", "", ""],
    ["end_group", "", "", "", "", "", ""],
    ["integer", "age", "Age?", "Leeftijd?", "", "", ""],
]
KOBO_CHOICES = [
    ["list_name", "name", EN, NL],
    ["roles", "coach", "Coach", "Coach"],
    ["roles", "employer", "Employer", "Werkgever"],
    *[["agree", str(v), t(f"agreement.{v}", "en"), t(f"agreement.{v}", "nl")] for v in range(1, 6)],
]


def test_a_kobo_form_imports_with_languages_other_skip_logic_and_groups():
    protocol, notes = import_xlsform(make_xlsform(KOBO_SURVEY, KOBO_CHOICES), "kobo.xlsx")
    assert (protocol.id, protocol.version, protocol.mode) == ("kobo_form", 3, "survey")
    assert [s.id for s in protocol.sections] == ["work", "main"]
    assert protocol.sections[0].title == {"nl": "Werk", "en": "Work"}
    role = protocol.question("role")
    assert (role.type, role.other, role.required) == ("single_choice", True, True)
    assert role.choices[1].label == {"nl": "Werkgever", "en": "Employer"}
    why = protocol.question("why")
    assert (why.type, why.relevant) == ("long_text", "${role} = 'coach'")
    assert protocol.question("fits").type == "agreement5"
    assert protocol.question("age").type == "number"
    assert t("xlsform.note_integer", "en", rows="7") in notes
    assert t("xlsform.note_default", "en", setting="mode", value="survey") in notes


def test_calculate_and_repeat_are_imported_without_them_and_listed_in_the_notes():
    survey = [
        ["type", "name", "label", "calculation"],
        ["begin_repeat", "child", "Child", ""],
        ["text", "child_name", "Name?", ""],
        ["end_repeat", "", "", ""],
        ["calculate", "total", "", "1 + 1"],
        ["geopoint", "where", "Where?", ""],
    ]
    protocol, notes = import_xlsform(make_xlsform(survey), "kobo.xlsx")
    assert [q.id for q in protocol.questions] == ["child_name"]
    assert t("xlsform.note_repeat", "en", rows="2") in notes
    assert t("xlsform.note_type", "en", type="calculate", rows="5") in notes
    assert t("xlsform.note_type", "en", type="geopoint", rows="6") in notes
    assert t("xlsform.note_no_language", "en") in notes


def test_nested_and_untitled_groups_are_flattened_and_keep_their_skip_logic():
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yn", "works", "Works?", ""],
        ["begin_group", "job", "", "${works} = 'yes'"],
        ["begin_group", "pay", "Pay", "${works} != 'no'"],
        ["decimal", "hours", "Hours?", "selected(${works}, 'yes')"],
        ["end_group", "", "", ""],
        ["end_group", "", "", ""],
        ["date", "since", "Since?", ""],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    protocol, notes = import_xlsform(make_xlsform(survey, choices))
    assert [(s.id, [q.id for q in s.questions]) for s in protocol.sections] == [
        ("main", ["works"]),
        ("job", ["hours"]),
        ("main_2", ["since"]),
    ]
    assert protocol.sections[1].title == {"nl": "job", "en": "job"}
    assert protocol.question("hours").relevant == (
        "(${works} = 'yes') and (${works} != 'no') and (selected(${works}, 'yes'))"
    )
    assert t("xlsform.note_nested_group", "en", rows="4") in notes
    assert t("xlsform.note_group_title", "en", rows="3") in notes


def test_a_missing_language_is_filled_from_the_other_with_a_note():
    survey = [["type", "name", EN], ["begin_group", "g", "Group"], ["text", "q", "Question?"]]
    protocol, notes = import_xlsform(make_xlsform(survey), "kobo.xlsx")
    assert protocol.question("q").label == {"nl": "Question?", "en": "Question?"}
    assert protocol.title == {"nl": "Kobo", "en": "Kobo"}
    filled = t("xlsform.note_filled", "en", missing="nl", present="en", rows="survey 2, survey 3")
    assert filled in notes


def test_unsupported_columns_languages_and_sheets_become_notes():
    survey = [
        ["type", "name", EN, NL, "label::Français (fr)", "default", "$kuid"],
        ["text", "q", "Question?", "Vraag?", "Question ?", "hello", "abc123"],
    ]
    data = make_xlsform(survey, settings=[["form_id", "style"], ["kobo_form", "pages"]])
    protocol, notes = import_xlsform(data, "kobo.xlsx")
    assert [s.id for s in protocol.sections] == ["main"]
    assert t("xlsform.note_column", "en", sheet="survey", column="default", rows="2") in notes
    assert t("xlsform.note_column", "en", sheet="settings", column="style", rows="2") in notes
    language = t("xlsform.note_language", "en", sheet="survey", column="label::Français (fr)")
    assert language in notes


def test_our_own_columns_come_back():
    survey = [
        ["type", "name", NL, EN, "core", "construct", "level", "dimension", "indicators"],
        ["text", "goal", "Doel?", "Goal?", "yes", "skills", "actor", "learning", "own_goal"],
    ]
    question = import_xlsform(make_xlsform(survey))[0].question("goal")
    assert (question.core, question.construct) == (True, "skills")
    assert (question.level, question.dimension, question.indicators) == (
        "actor",
        "learning",
        ("own_goal",),
    )


def test_a_misspelled_column_is_refused_by_name():
    survey = [["type", "name", "lable::English (en)"], ["text", "q", "Question?"]]
    with pytest.raises(InvalidInput) as error:
        import_xlsform(make_xlsform(survey), "kobo.xlsx")
    assert error.value.key == "xlsform.unknown_column"
    assert error.value.params["column"] == "lable::English (en)"
    assert error.value.params["sheet"] == "survey"


def _zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"", b"id: mini\n", b"PK\x03\x04broken", _zip_without_workbook()],
    ids=["empty", "yaml", "broken-zip", "zip-without-workbook"],  # a zip made now holds its time
)
def test_bytes_that_are_not_an_xlsx_are_refused(data):
    with pytest.raises(InvalidInput) as error:
        import_xlsform(data, "form.xlsx")
    assert error.value.key == "xlsform.not_xlsx"


@pytest.mark.parametrize(
    "survey, choices, key, params",
    [
        (
            [["type", "name", "label"], ["select_one colours", "q", "Q"]],
            [["list_name", "name", "label"], ["sizes", "big", "Big"]],
            "xlsform.unknown_list",
            {"list": "colours", "row": 2},
        ),
        (
            [["type", "name", "label"], ["text", "q", "Q"], ["essay", "r", "R"]],
            None,
            "xlsform.unknown_type",
            {"type": "essay", "row": 3},
        ),
    ],
)
def test_broken_forms_name_the_row(survey, choices, key, params):
    with pytest.raises(InvalidInput) as error:
        import_xlsform(make_xlsform(survey, choices))
    assert error.value.key == key
    assert params.items() <= error.value.params.items()


def test_a_form_without_survey_sheet_is_refused():
    workbook = openpyxl.Workbook()
    workbook.active.title = "questions"
    workbook.create_sheet("lists")
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(InvalidInput) as error:
        import_xlsform(buffer.getvalue())
    assert (error.value.key, error.value.params["sheet"]) == ("xlsform.missing_sheet", "survey")


def test_the_only_sheet_of_a_workbook_is_its_survey():
    """pyxform reads a workbook of one sheet, whatever its name, as the survey."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "Sheet1"
    for row in (["type", "name", "label"], ["text", "state", "The state"]):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    protocol, notes = import_xlsform(buffer.getvalue(), "one.xlsx")
    assert [q.id for q in protocol.questions] == ["state"]
    assert t("xlsform.w.note_only_sheet", "en", sheet="Sheet1") in notes


def test_reading_stops_after_sixty_empty_rows_with_a_note():
    survey = [["type", "name", "label"], ["text", "a", "A?"], *[[None]] * 60, ["text", "z", "Z?"]]
    protocol, notes = import_xlsform(make_xlsform(survey), "gap.xlsx")
    assert [q.id for q in protocol.questions] == ["a"]
    assert t("xlsform.w.note_stopped", "en", sheet="survey", first=3, last=62) in notes
    few = [["type", "name", "label"], ["text", "a", "A?"], *[[None]] * 59, ["text", "z", "Z?"]]
    assert [q.id for q in import_xlsform(make_xlsform(few))[0].questions] == ["a", "z"]


def test_a_changed_choice_value_never_becomes_another_choice():
    survey = [["type", "name", "label", "relevant"], ["select_one l", "q", "Q?", ""]]
    survey.append(["text", "r", "R?", "${q} = 'café'"])
    choices = [["list_name", "name", "label"], ["l", "café", "Café"], ["l", "cafe", "Cafe"]]
    protocol, _ = import_xlsform(make_xlsform(survey, choices))
    assert [c.value for c in protocol.question("q").choices] == ["cafe_2", "cafe"]
    assert protocol.question("r").relevant == "${q} = 'cafe_2'"


def test_a_form_title_without_a_language_is_both_titles_without_a_note():
    data = make_xlsform([["type", "name", "label"], ["text", "q", "Q?"]], settings=SETTINGS)
    protocol, notes = import_xlsform(data)
    assert protocol.title == {"nl": "Kobo", "en": "Kobo"}
    assert not any("settings 2" in note for note in notes)


def test_a_rule_of_our_format_is_refused_in_spreadsheet_words():
    survey = [["type", "name", "label", "show"], ["text", "q", "Q?", ""], ["text", "r", "R?", "x"]]
    with pytest.raises(InvalidInput) as error:
        import_xlsform(make_xlsform(survey), "own.xlsx")
    (problem,) = error.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "show")
    for lang, start in (
        ("en", "own.xlsx, sheet survey, row 3, column show: 'x'"),
        ("nl", "own.xlsx, blad survey, rij 3, kolom show: 'x'"),
    ):
        message = problem.message(lang)
        assert message.startswith(start), message
        assert "line" not in message and "regel" not in message


def test_a_file_over_five_mb_is_refused():
    with pytest.raises(InvalidInput) as error:
        import_xlsform(b"PK\x03\x04" + b"0" * (5 * 1024 * 1024))
    assert error.value.key == "xlsform.too_large"


def test_an_expression_outside_our_subset_is_dropped_with_a_note_for_its_row():
    survey = [
        ["type", "name", "label", "constraint", "relevant"],
        ["begin_group", "g", "Group", "", ""],
        ["text", "q", "Question?", "string-length(.) < 50", ""],
        ["integer", "n", "Number?", ". > 0", "regex(${q}, '[a-z]+')"],
    ]
    protocol, notes = import_xlsform(make_xlsform(survey), "kobo.xlsx")
    q, n = protocol.questions
    assert (q.constraint, n.constraint, n.relevant) == ("", ". > 0", "")
    assert any("string-length" in note and "rows: 3" in note for note in notes)
    assert any("column relevant" in note.lower() and "rows: 4" in note for note in notes)


def test_pyxform_converts_every_exported_instrument():
    xls2xform = pytest.importorskip("pyxform.xls2xform")
    for protocol in SHIPPED.values():
        result = xls2xform.convert(xlsform=export_xlsform(protocol), validate=False)
        assert f'id="{protocol.id}"' in result.xform


def test_other_namely_is_exported_in_the_forms_own_languages():
    """pyxform's `or_other` shows an English "Other" and "Specify other." to every respondent;
    the export writes the choice and its follow-up question in Dutch and English itself."""
    protocol = SHIPPED["coach_t0"]
    data = export_xlsform(protocol)
    survey = sheet_rows(data, "survey")
    header = survey[0]
    rows = [dict(zip(header, row, strict=True)) for row in survey[1:]]
    at = next(i for i, row in enumerate(rows) if row["name"] == "learning_location")
    follow = rows[at + 1]
    assert (follow["type"], follow["name"]) == ("text", "learning_location_other")
    assert (follow[NL], follow[EN]) == ("Anders, namelijk", "Other, namely")
    assert follow["relevant"] == "${learning_location} = 'other'"
    choices = [row for row in sheet_rows(data, "choices") if row[0] == "learning_location"]
    assert choices[-1] == ("learning_location", "other", "Anders", "Other")
    assert not any("or_other" in str(row["type"]) for row in rows)
    xls2xform = pytest.importorskip("pyxform.xls2xform")
    xform = xls2xform.convert(xlsform=data, validate=False).xform
    assert "Specify other" not in xform
    assert "Anders, namelijk" in xform
    # and it comes back as the question's own "other, namely", without a note
    imported, notes = import_xlsform(data, "coach_t0.xlsx")
    question = imported.question("learning_location")
    assert question.other and "other" not in [c.value for c in question.choices]
    assert notes == []


def test_another_forms_follow_up_question_stays_a_question():
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one where", "where", "Where?", ""],
        ["text", "where_other", "Please specify", "${where} = 'other'"],
    ]
    choices = [
        ["list_name", "name", "label"],
        ["where", "home", "Home"],
        ["where", "other", "Other"],
    ]
    protocol, _ = import_xlsform(make_xlsform(survey, choices))
    assert [q.id for q in protocol.questions] == ["where", "where_other"]
    assert protocol.question("where_other").label["en"] == "Please specify"
    assert protocol.question("where_other").relevant == "${where} = 'other'"
    assert not protocol.question("where").other


def test_a_column_of_the_authors_own_is_a_note_not_a_misspelling():
    survey = [["type", "name", "label", "score", "levels"], ["text", "q", "Q?", "3", "x"]]
    protocol, notes = import_xlsform(make_xlsform(survey), "kobo.xlsx")
    assert [q.id for q in protocol.questions] == ["q"]
    for column in ("score", "levels"):
        assert t("xlsform.w.note_unknown_column", "en", sheet="survey", column=column) in notes
