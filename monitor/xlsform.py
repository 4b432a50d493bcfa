"""Instruments as XLSForm (.xlsx), the form format of KoboToolbox and ODK, in both directions.

Export writes the survey / choices / settings sheets plus a few columns of our own (core,
construct, cell, indicators ...) that XLSForm tools ignore and that import reads back. Import
reads our own files and forms made elsewhere, turns them into the YAML of protocols/FORMAT.md
and validates that with protocols.parse, so every rule lives in one place. Whatever cannot be
imported is listed in the notes, never dropped silently."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import Any

import yaml
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from monitor import expressions
from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.protocols import AGREEMENT, LANGUAGES, MODES, Protocol, Question, from_data
from monitor.text import spreadsheet_safe
from monitor.uploads import safe_name

MAX_BYTES = 5 * 1024 * 1024
MAX_UNPACKED = 50 * 1024 * 1024  # an .xlsx is a zip: a small file can unpack to gigabytes
LANGUAGE_NAMES = {"nl": "Nederlands (nl)", "en": "English (en)"}
YES_NO = (("yes", "answer.yes"), ("no", "answer.no"))
SHARED_LISTS = {"agreement5": AGREEMENT, "yes_no": YES_NO}

# Our own columns: XLSForm tools ignore them, import reads them back.
EXTRA_SURVEY = ("core", "reverse", "construct", "level", "dimension", "indicators", "show")
EXTRA_SETTINGS = ("form_title_en", "mode", "consent_version")
OWN_COLUMNS = (*EXTRA_SURVEY, *EXTRA_SETTINGS)
# Columns per sheet that import reads, and standard XLSForm columns it recognises but does not
# import (a value in those becomes a note). Anything else is refused: pyxform silently drops a
# misspelled column, and with it the labels or skip logic the author meant to give.
IMPORTED = {
    "survey": (
        *("type", "name", "label", "hint", "required", "relevant", "constraint"),
        *("constraint_message", "appearance", *EXTRA_SURVEY, "guidance_hint", "self_label"),
    ),
    "choices": ("list_name", "name", "label"),
    "settings": ("form_id", "version", "form_title", "default_language", *EXTRA_SETTINGS),
}
NOT_IMPORTED = {
    "survey": (
        *("required_message", "default", "calculation", "choice_filter", "parameters"),
        *("read_only", "readonly", "image", "big-image", "audio", "video"),
        *("repeat_count", "trigger", "save_to", "bind", "body", "instance"),
    ),
    "choices": ("image", "big-image", "audio", "video"),
    "settings": (
        *("style", "instance_name", "public_key", "submission_url", "allow_choice_duplicates"),
        *("clean_text_values", "name", "namespaces", "auto_send", "auto_delete"),
    ),
}
# Columns that may carry `::something`: a language (label::English (en)), or an attribute
# name for bind::, body:: and instance:: (bind::odk:length).
SUFFIXED = (
    *("label", "hint", "constraint_message", "required_message", "guidance_hint", "image"),
    "self_label",
    *("big-image", "audio", "video", "bind", "body", "instance"),
)

SIMPLE_TYPES = {
    "text": "short_text",
    "integer": "number",
    "decimal": "number",
    "date": "date",
    "note": "instruction",
    "acknowledge": "yes_no",
    "time": "short_text",  # typed as text, with a note
    "datetime": "date",  # the date only, with a note
}
EXPORT_TYPES = {
    "short_text": "text",
    "long_text": "text",
    "date": "date",
    "number": "decimal",
    "instruction": "note",
}
GROUP_TYPES = ("begin_group", "begin_repeat", "end_group", "end_repeat")
# Standard XLSForm types that have no counterpart in our format: the row becomes a note.
UNSUPPORTED_TYPES = frozenset(
    (
        *("calculate", "hidden", "geopoint", "geotrace", "geoshape", "start-geopoint"),
        *("background-geopoint", "image", "photo", "audio", "background-audio", "video"),
        *("file", "barcode", "range", "rank", "start", "end", "today"),
        *("deviceid", "phonenumber", "username", "email", "simserial", "subscriberid"),
        *("audit", "trigger", "xml-external", "csv-external", "select_one_from_file"),
        *("select_multiple_from_file", "select_one_external"),
    )
)
_TRUE = ("yes", "true", "true()", "1")
_FALSE = ("", "no", "false", "false()", "0")
_LANGUAGE_WORDS = {
    **{word: "nl" for word in ("nl", "dutch", "nederlands")},
    **{word: "en" for word in ("en", "english", "engels")},
}
_SAFE_PREFIXED = re.compile(r"^'[=+\-@\t\r]")  # what text.spreadsheet_safe writes
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # LibYAML when there: the same text


# -- export ----------------------------------------------------------------------------------


def _localised(column: str) -> tuple[str, ...]:
    return tuple(f"{column}::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES)


SURVEY_HEADER = (
    *("type", "name", *_localised("label"), *_localised("hint"), "required", "relevant"),
    *("constraint", *_localised("constraint_message"), "appearance", *EXTRA_SURVEY),
    # XLSForm's guidance_hint is for the enumerator (hidden from respondents), like our
    # guidance; self_label is our own column: the wording for a respondent answering alone.
    *_localised("guidance_hint"),
    *_localised("self_label"),
)
CHOICES_HEADER = ("list_name", "name", *_localised("label"))
SETTINGS_HEADER = (
    *("form_id", "version", "form_title", "form_title_en", "default_language", "mode"),
    "consent_version",
)


def export_xlsform(protocol: Protocol) -> bytes:
    """The protocol as an XLSForm workbook (.xlsx bytes) for KoboToolbox, ODK or pyxform."""
    survey: list[dict[str, str]] = []
    lists: dict[str, list[tuple[str, dict[str, str]]]] = {}
    if protocol.description:
        survey.append(
            {"type": "note", "name": "_description", **_cells("label", protocol.description)}
        )
    if protocol.consent_version is not None:
        consent = _cells("label", protocol.consent_text)
        survey.append({"type": "acknowledge", "name": "_consent", "required": "yes", **consent})
    for section in protocol.sections:
        survey.append({"type": "begin_group", "name": section.id, **_cells("label", section.title)})
        for question in section.questions:
            survey.append(_question_row(question, lists))
            if question.other:
                survey.append(_other_row(question))
        survey.append({"type": "end_group"})
    choices = [
        {"list_name": name, "name": value, **_cells("label", label)}
        for name, items in lists.items()
        for value, label in items
    ]
    settings = {
        "form_id": protocol.id,
        "version": str(protocol.version),
        "form_title": protocol.title["nl"],
        "form_title_en": protocol.title["en"],
        "default_language": LANGUAGE_NAMES["nl"],
        "mode": protocol.mode,
        "consent_version": ""
        if protocol.consent_version is None
        else str(protocol.consent_version),
    }
    workbook = Workbook()
    _write(workbook.active, "survey", SURVEY_HEADER, survey)
    _write(workbook.create_sheet(), "choices", CHOICES_HEADER, choices)
    _write(workbook.create_sheet(), "settings", SETTINGS_HEADER, [settings])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _question_row(
    question: Question, lists: dict[str, list[tuple[str, dict[str, str]]]]
) -> dict[str, str]:
    return {
        "type": _export_type(question, lists),
        "name": question.id,
        **_cells("label", question.label),
        **_cells("hint", question.hint),
        "required": _yes(question.required),
        "relevant": question.relevant,
        "constraint": question.constraint,
        **_cells("constraint_message", question.constraint_message),
        "appearance": "multiline" if question.type == "long_text" else "",
        "core": _yes(question.core),
        "reverse": _yes(question.reverse),
        "construct": question.construct,
        "level": question.level,
        "dimension": question.dimension,
        "indicators": " ".join(question.indicators),
        "show": "" if question.show == "both" else question.show,
        **_cells("guidance_hint", question.guidance),
        **_cells("self_label", question.self_label),
    }


def _export_type(question: Question, lists: dict[str, list[tuple[str, dict[str, str]]]]) -> str:
    """The XLSForm type of a question; adds the choice list it needs to `lists`.

    "Other, namely" is written out as a choice `other` and a text question after it (see
    _other_row), both in the form's own languages: pyxform's `or_other` would show respondents
    an English "Other" and "Specify other." whatever the form's language."""
    if question.type in EXPORT_TYPES:
        return EXPORT_TYPES[question.type]
    if question.type in SHARED_LISTS:
        items = [
            (value, {lang: t(key, lang) for lang in LANGUAGES})
            for value, key in SHARED_LISTS[question.type]
        ]
        # with "other" added, the list is no longer the shared one
        list_name = question.type if not question.other else f"{question.id}_list"
    else:
        items = [(choice.value, choice.label) for choice in question.choices]
        # A question may be called yes_no too; its own list must not replace the shared one.
        list_name = question.id if question.id not in SHARED_LISTS else f"{question.id}_list"
    if question.other and all(value != OTHER_VALUE for value, _ in items):
        items.append((OTHER_VALUE, {lang: t("answer.other", lang) for lang in LANGUAGES}))
    lists[list_name] = items
    select = "select_multiple" if question.type == "multiple_choice" else "select_one"
    return f"{select} {list_name}"


def _other_row(question: Question) -> dict[str, str]:
    """The text question that asks what "other" is, shown only when it is chosen."""
    chosen = (
        f"selected(${{{question.id}}}, '{OTHER_VALUE}')"
        if question.type == "multiple_choice"
        else f"${{{question.id}}} = '{OTHER_VALUE}'"
    )
    return {
        "type": "text",
        "name": f"{question.id}_{OTHER_VALUE}",
        **_cells("label", {lang: t(OTHER_LABEL, lang) for lang in LANGUAGES}),
        "relevant": chosen,
    }


def _cells(column: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{column}::{LANGUAGE_NAMES[lang]}": texts.get(lang, "") for lang in LANGUAGES}


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def _write(
    sheet: Worksheet, title: str, header: tuple[str, ...], rows: list[dict[str, str]]
) -> None:
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append([spreadsheet_safe(row.get(column) or None) for column in header])


# -- import: reading the workbook ------------------------------------------------------------
#
# Forms as they are in the wild (KoboToolbox, ODK Build, Excel by hand, pyxform's own tests):
# .xls as well as .xlsx; column names in any case with one or two colons (`label:English`,
# `label::English (en)`), `bind::` prefixes and pyxform's aliases (`caption`, `relevance`,
# `jr:constraintMsg` ...); `id_string`, `title` and other settings; legacy type spellings
# (`select one from X`, `select all that apply from X`, `string`, `int`, `gps` ...). What this
# app cannot hold is left out with a note per question; what cannot be imported at all is
# reported together, every problem with its sheet, row, column and what to do.

XLS_READER = "xlrd"  # .xls (Excel 97-2003): the reader pyxform itself uses, pure Python
EMPTY_RUN = 60  # empty rows in a row after which a sheet is taken to end (pyxform's rule)
MAX_ID = 40  # the store's limit for an instrument id
_COLUMN_ALIASES = {
    "survey": {
        "caption": "label",
        "relevance": "relevant",
        "constraining_message": "constraint_message",
        "jr:constraintmsg": "constraint_message",
        "jr:requiredmsg": "required_message",
        "requiredmsg": "required_message",
        "calculate": "calculation",
        "count": "repeat_count",
        "jr:count": "repeat_count",
        "command": "type",
        "tag": "name",
        "value": "name",
        "readonly": "read_only",
        "no_app_error_string": "noapperrorstring",
        "constraint-msg": "constraint_message",
        "constraint_msg": "constraint_message",
        "required-msg": "required_message",
        "hint_text": "hint",
    },
    "choices": {"list name": "list_name", "caption": "label", "value": "name"},
    "settings": {
        "id_string": "form_id",
        "set_form_id": "form_id",
        "title": "form_title",
        "set_form_title": "form_title",
    },
}
# `bind::x` columns we read as the plain column x
_BIND = {
    "relevant": "relevant",
    "required": "required",
    "constraint": "constraint",
    "calculate": "calculation",
    "jr:constraintmsg": "constraint_message",
    "jr:requiredmsg": "required_message",
    "readonly": "read_only",
}
# Other XLSForm columns: known, not used by this app; a value in one becomes a note.
OTHER_COLUMNS = {
    "survey": (
        *("rows", "autoplay", "noapperrorstring", "sms_field", "sms_option", "compact_tag"),
        *("choice_filter", "media", "trigger", "label_tag", "odk:length"),
    ),
    "choices": (),
    "settings": (
        *("prefix", "delimiter", "xml_root", "omit_instanceID", "add_none_option", "sms_keyword"),
        *("sms_separator", "sms_allow_media", "sms_date_format", "sms_datetime_format"),
        *("sms_response", "submission_url", "entities_version", "form_name"),
    ),
}
# Legacy and alias spellings of types, as pyxform accepts them.
_TYPE_ALIASES = {
    "string": "text",
    "q string": "text",
    "add text prompt": "text",
    "int": "integer",
    "q int": "integer",
    "add integer prompt": "integer",
    "add decimal prompt": "decimal",
    "q decimal": "decimal",
    "add date prompt": "date",
    "q date": "date",
    "add note prompt": "note",
    "q note": "note",
    "q acknowledge": "acknowledge",
    "add acknowledge prompt": "acknowledge",
    "gps": "geopoint",
    "location": "geopoint",
    "q location": "geopoint",
    "q geopoint": "geopoint",
    "add location prompt": "geopoint",
    "phone number": "phonenumber",
    "get phone number": "phonenumber",
    "uri:phonenumber": "phonenumber",
    "date time": "datetime",
    "datetime": "datetime",
    "q date time": "datetime",
    "add date time prompt": "datetime",
    "photo": "image",
    "q picture": "image",
    "q image": "image",
    "add image prompt": "image",
    "q audio": "audio",
    "add audio prompt": "audio",
    "q video": "video",
    "add video prompt": "video",
    "q barcode": "barcode",
    "add barcode prompt": "barcode",
    "q calculate": "calculate",
    "add calculate prompt": "calculate",
    "add file prompt": "file",
    "start time": "start",
    "get start time": "start",
    "end time": "end",
    "get end time": "end",
    "get today": "today",
    "device id": "deviceid",
    "get device id": "deviceid",
    "imei": "deviceid",
    "uri:deviceid": "deviceid",
    "sim id": "simserial",
    "get sim id": "simserial",
    "uri:simserial": "simserial",
    "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid",
    "uri:subscriberid": "subscriberid",
    "uri:username": "username",
    "uri:email": "email",
    "q geoshape": "geoshape",
    "q geotrace": "geotrace",
    "number of days in last month": "integer",
    "number of days in last six months": "integer",
    "number of days in last year": "integer",
    "percentage": "integer",
}
_SELECT_PREFIXES = (
    ("select all that apply from ", "select_multiple"),
    ("select multiple from ", "select_multiple"),
    ("select multiple using ", "select_multiple"),
    ("add select multiple prompt using ", "select_multiple"),
    ("select all that apply ", "select_multiple"),
    ("select_multiple ", "select_multiple"),
    ("select multiple ", "select_multiple"),
    ("select one from ", "select_one"),
    ("select one using ", "select_one"),
    ("add select one prompt using ", "select_one"),
    ("select_one ", "select_one"),
    ("select one ", "select_one"),
    ("select1 ", "select_one"),
    ("q select1 ", "select_one"),
    ("q select ", "select_multiple"),
)
_MORE_UNSUPPORTED = frozenset(
    ("osm", "select_one_external", "select one external", "csv-external", "xml-external")
)
_GROUP_WORDS = {
    "begin_group": "begin_group",
    "begin group": "begin_group",
    "begin_repeat": "begin_repeat",
    "begin repeat": "begin_repeat",
    "begin lgroup": "begin_repeat",
    "begin looped group": "begin_repeat",
    "end_group": "end_group",
    "end group": "end_group",
    "end_repeat": "end_repeat",
    "end repeat": "end_repeat",
    "end lgroup": "end_repeat",
    "end looped group": "end_repeat",
    "end loop": "end_repeat",
}
_REFERENCE = re.compile(r"\$\{([^}]*)\}")
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")


@dataclass
class _Sheet:
    name: str
    headers: list[str]  # as written, for messages
    columns: list[str]  # normalised, aligned with headers
    rows: list[tuple[int, dict[str, str]]]  # (row number, normalised column -> text), no empty rows
    letters: dict[str, str] = field(default_factory=dict)  # normalised column -> its letter
    stopped: tuple[int, int] | None = None  # (first, last) row of the empty run reading ended at
    title: str = ""  # as written, when the sheet was read under another name (the only sheet)


@dataclass(frozen=True)
class Problem:
    """One reason an upload cannot be imported, where it is and what to do."""

    sheet: str
    row: int | None
    column: str
    key: str
    params: dict[str, Any]
    # A rule of the instrument format that the form breaks: (key, params) of its message,
    # whose "file, line, field:" start is replaced by the sheet, row and column.
    reason: tuple[str, dict[str, Any]] | None = None

    def message(self, lang: str) -> str:
        if self.reason is None:
            return t(self.key, lang, **self.params)
        key, params = self.reason
        said = t(key, lang, **params)
        said = said[len(params["file"]) :] if said.startswith(params["file"]) else said
        return t(self.key, lang, **self.params, reason=said.split(": ", 1)[-1])

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message(lang),
        }


class XlsformProblems(InvalidInput):
    """Every problem of one upload at once. Key and parameters are those of the first problem,
    so a caller that knows one problem still finds it; the message lists them all."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(first.key, **first.params)
        self.file = file
        self.problems = problems

    def message(self, lang: str = "en") -> str:
        if len(self.problems) == 1:
            return self.problems[0].message(lang)
        lines = [t("xlsform.w.problems", lang, file=self.file, n=len(self.problems))]
        lines += [f"- {problem.message(lang)}" for problem in self.problems]
        return "\n".join(lines)


def import_xlsform(
    data: bytes, filename: str = "upload.xlsx", lang: str = "en"
) -> tuple[Protocol, list[str]]:
    """An instrument from an XLSForm (ours, KoboToolbox, ODK), checked like a YAML protocol,
    and notes in `lang` on everything in the form that was not imported."""
    protocol, _, notes = xlsform_to_yaml(data, filename, lang)
    return protocol, notes


def xlsform_to_yaml(
    data: bytes, filename: str = "upload.xlsx", lang: str = "en"
) -> tuple[Protocol, str, list[str]]:
    """import_xlsform, with the instrument also as the YAML text the protocols folder keeps.
    Raises XlsformProblems (an InvalidInput) listing every problem when the form is refused."""
    file = safe_name(filename)
    sheets = _read_workbook(data, file)
    if "survey" not in sheets:
        raise InvalidInput("xlsform.missing_sheet", file=file, sheet="survey")
    notes = _Notes()
    problems: list[Problem] = []
    for name, sheet in sheets.items():
        if name in IMPORTED:
            _check_columns(sheet, file, notes, problems)
            if sheet.title:
                notes.add("xlsform.w.note_only_sheet", sheet=sheet.title)
            if sheet.stopped:
                first, last = sheet.stopped
                notes.add("xlsform.w.note_stopped", sheet=name, first=first, last=last)
        elif sheet.rows:
            notes.add("xlsform.note_sheet", sheet=name)
    reader = _Reader(sheets, file, notes, problems)
    document = reader.document()
    if problems:
        raise XlsformProblems(file, problems)
    # Checked as values, each mapping marked with the sheet row it came from, then kept as the
    # YAML the protocols folder holds: no second reading of a long text just to check it.
    places: list[tuple[str, int]] = [("settings", 2)]
    try:
        protocol = from_data(_with_places(document, reader.places, places), file)
    except InvalidInput as error:
        raise XlsformProblems(file, [_located(error, places, file)]) from None
    text = yaml.dump(document, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
    return protocol, text, notes.messages(lang)


def _read_workbook(data: bytes, file: str) -> dict[str, _Sheet]:
    if len(data) > MAX_BYTES:
        raise InvalidInput("xlsform.too_large", file=file, mb=MAX_BYTES // 2**20)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an Excel 97-2003 (.xls) file
        return _read_xls(data, file)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InvalidInput("xlsform.not_xlsx", file=file) from None
    if unpacked > MAX_UNPACKED:
        raise InvalidInput("xlsform.too_large", file=file, mb=MAX_BYTES // 2**20)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            keys = _keys(workbook.sheetnames)
            return {
                keys[ws.title]: _sheet(
                    keys[ws.title], ws.title, ws.iter_rows(values_only=True), ws.max_row
                )
                if keys[ws.title] in IMPORTED
                else _peek(ws.title, ws.iter_rows(values_only=True))
                for ws in workbook.worksheets
            }
        finally:
            workbook.close()
    except Exception:  # openpyxl raises a dozen different errors for a damaged or foreign zip
        raise InvalidInput("xlsform.not_xlsx", file=file) from None


def _keys(titles: list[str]) -> dict[str, str]:
    """Each sheet's name as we use it; the only sheet of a workbook is the survey, whatever it
    is called (pyxform reads it so too)."""
    if len(titles) == 1 and _sheet_key(titles[0]) not in IMPORTED:
        return {titles[0]: "survey"}
    return {title: _sheet_key(title) for title in titles}


def _read_xls(data: bytes, file: str) -> dict[str, _Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception:  # xlrd's errors for a damaged file are of many kinds
        raise InvalidInput("xlsform.not_xlsx", file=file) from None
    try:
        found = {}
        keys = _keys(book.sheet_names())
        for index, title in enumerate(book.sheet_names()):
            sheet = book.sheet_by_index(index)
            rows = (
                [_xls_value(cell, book.datemode) for cell in sheet.row(r)]
                for r in range(sheet.nrows)
            )
            key = keys[title]
            found[key] = (
                _sheet(key, title, rows, sheet.nrows) if key in IMPORTED else _peek(title, rows)
            )
        return found
    except Exception:
        raise InvalidInput("xlsform.not_xlsx", file=file) from None
    finally:
        book.release_resources()


def _xls_value(cell: Any, datemode: int) -> object:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def _sheet_key(title: str) -> str:
    return title.strip().lower()


def _peek(title: str, rows: Any) -> _Sheet:
    """A sheet we do not read: only whether it holds anything beyond its header."""
    next(rows, None)
    second = next(rows, None)
    filled = second is not None and any(_text(v) for v in second)
    return _Sheet(_sheet_key(title), [], [], [(2, {"_": "x"})] if filled else [])


def _sheet(name: str, title: str, rows: Any, total: int | None) -> _Sheet:
    """A sheet we read, from its header row on. Reading stops after a run of EMPTY_RUN empty
    rows, as pyxform does: a sheet formatted down to row 1,048,576 is not read to its end."""
    headers = [_text(value) for value in next(rows, ())]
    # $kuid, $autoname ...: KoboToolbox's own bookkeeping, no content of the form
    columns = [_normalised(h, name) if h and not h.startswith("$") else "" for h in headers]
    letters = {c: _letter(i) for i, c in enumerate(columns) if c}
    used = [(i, c) for i, c in enumerate(columns) if c]
    found = []
    empty = 0
    stopped = None
    for number, values in enumerate(rows, start=2):
        cells = {}
        for index, column in used:
            if index < len(values) and column not in cells:
                cell = _text(values[index])
                if cell:
                    cells[column] = cell
        if cells:
            found.append((number, cells))
            empty = 0
            continue
        empty += 1
        if empty == EMPTY_RUN:
            stopped = number
            break
    sheet = _Sheet(name, headers, columns, found, letters)
    if stopped is not None and (total is None or total > stopped):
        sheet.stopped = (stopped - EMPTY_RUN + 1, stopped)
    if title != name and _sheet_key(title) != name:
        sheet.title = title
    return sheet


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: object) -> str:
    """A cell as text: 2.0 -> "2", TRUE -> "true", and our formula guard undone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text[1:] if _SAFE_PREFIXED.match(text) else text


def _normalised(header: str, sheet: str = "survey") -> str:
    """`List Name` -> `list_name`, `label:English` -> `label::English`, `bind::relevant` ->
    `relevant`, `media::image::English (en)` -> `image::English (en)`, `caption` -> `label`."""
    header = header.strip()
    if "::" in header:
        parts = [part.strip() for part in header.split("::")]
    elif ":" in header and not header.lower().startswith(("jr:", "odk:", "uri:")):
        parts = [part.strip() for part in header.split(":", 1)]
    else:
        parts = [header]
    if parts[0].lower() == "media" and len(parts) > 1:
        parts = parts[1:]
    base = parts[0].lower()
    if base == "bind" and len(parts) > 1:
        inner = parts[1].lower()
        if inner in _BIND:
            return _BIND[inner]
        return "bind::" + "::".join(parts[1:])
    aliases = _COLUMN_ALIASES.get(sheet, {})
    base = aliases.get(base, base)
    if base not in aliases.values():
        base = aliases.get(base.replace("_", " "), base)
    base = base.replace(" ", "_") if base != "list name" else "list_name"
    return "::".join([base, *parts[1:]])


def _split(column: str) -> tuple[str, str]:
    """(`label`, `English (en)`) from `label::English (en)`; the language is "" when absent."""
    base, _, language = column.partition("::")
    return base, language


def _check_columns(sheet: _Sheet, file: str, notes: _Notes, problems: list[Problem]) -> None:
    """A column we do not know: a note when it is nothing like ours, a problem when it looks
    like a misspelling of one (other programs skip such a column without a word)."""
    known = (*IMPORTED[sheet.name], *NOT_IMPORTED[sheet.name], *OTHER_COLUMNS[sheet.name])
    used = {c for _, cells in sheet.rows for c in cells}
    for header, column in zip(sheet.headers, sheet.columns, strict=True):
        if not column:
            continue
        base, suffix = _split(column)
        if base == "bind":
            if column in used:
                notes.add("xlsform.w.note_unknown_column", sheet=sheet.name, column=header)
            continue
        if base in known and (not suffix or base in SUFFIXED):
            continue
        # Only a standard column counts as misspelt: our own (core, level, show ...) are in no
        # other form, and a column such as `score` or `levels` is the author's own, not ours.
        standard = [c for c in IMPORTED[sheet.name] if c not in (*OWN_COLUMNS, "self_label")]
        close = difflib.get_close_matches(base, standard, n=1, cutoff=0.8)
        if close and base not in NOT_IMPORTED[sheet.name]:
            problems.append(
                Problem(
                    sheet.name,
                    1,
                    sheet.letters.get(column, ""),
                    "xlsform.unknown_column",
                    {
                        "file": file,
                        "sheet": sheet.name,
                        "column": header,
                        "known": ", ".join(IMPORTED[sheet.name]),
                    },
                )
            )
        elif column in used:
            notes.add("xlsform.w.note_unknown_column", sheet=sheet.name, column=header)


def _language(name: str) -> str:
    """`Nederlands (nl)`, `Dutch (nl)`, `nl` -> `nl`; "" for a language we do not support."""
    match = re.search(r"\(([^()]*)\)\s*$", name)
    word = (match.group(1) if match else name).strip().lower().split("-")[0]
    return _LANGUAGE_WORDS.get(word, "")


def _flag(value: str) -> bool | None:
    """yes / TRUE / true() -> True, no or empty -> False, anything else (an expression) -> None."""
    word = value.strip().lower()
    if word in _TRUE:
        return True
    return False if word in _FALSE else None


class _Notes:
    """Notes on what was not imported, one per kind of thing, with the rows it concerns."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, tuple[tuple[str, str], ...]], list[str]] = {}

    def add(self, key: str, row: int | str | None = None, **params: str) -> None:
        rows = self._found.setdefault((key, tuple(params.items())), [])
        if row is not None:
            rows.append(str(row))

    def messages(self, lang: str) -> list[str]:
        return [
            t(key, lang, **dict(params), **({"rows": _rows(rows)} if rows else {}))
            for (key, params), rows in self._found.items()
        ]


def _rows(rows: list[str], shown: int = 12) -> str:
    unique = list(dict.fromkeys(rows))
    return ", ".join(unique[:shown]) + (", …" if len(unique) > shown else "")


# -- import: building the protocol -----------------------------------------------------------


@dataclass
class _Places:
    """Sheet rows of what went into the YAML, to point an error at the row the user wrote."""

    description: int = 0
    consent: int = 0
    sections: list[tuple[int, list[int]]] = field(default_factory=list)
    choices: dict[str, list[int]] = field(default_factory=dict)  # question id -> choice rows


_Choices = list[tuple[int, str, dict[str, str]]]  # (row, value, label texts as given)


_Section = tuple[dict[str, Any], int, list[int]]  # (section, its row, rows of its questions)


def normalise_name(name: str) -> str:
    """An XLSForm name as our ids must be: lower case letters, digits and _, a letter first."""
    folded = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9_]+", "_", plain).strip("_")
    if not slug:
        return ""
    return slug if slug[0].isalpha() else f"q_{slug}"


def normalise_value(value: str) -> str:
    """A choice value as our format takes it: letters, digits, _ . and - (no accents)."""
    folded = unicodedata.normalize("NFKD", value)
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", plain).strip("_")


class _Reader:
    def __init__(
        self, sheets: dict[str, _Sheet], file: str, notes: _Notes, problems: list[Problem]
    ) -> None:
        self.sheets, self.file, self.notes, self.problems = sheets, file, notes, problems
        self.places = _Places()
        self.default: str | None = None  # the form's default language; "" when unsupported
        self.default_name = ""
        self.fallback: str | None = None  # the language to use for both when there is no nl/en
        self.sections: list[_Section] = []
        self.current: _Section | None = None  # the section that takes the next question
        self.groups: list[tuple[int, str]] = []  # (row, `relevant`) of every open group
        self.description: dict[str, str] = {}
        self.consent: dict[str, Any] = {}
        self.consent_version = ""
        self.loose = 0  # sections made for questions outside any group
        self.names: dict[str, str] = {}  # name as written -> our id, for every survey row
        self.values: dict[str, str] = {}  # choice value as written -> as imported (changed ones)
        self.asked: set[str] = set()  # ids of questions imported so far, in order
        self.dropped: set[str] = set()  # names of rows left out (calculate, geopoint ...)
        self.ids: dict[str, int] = {}  # our id -> row that took it
        self.row_ids: dict[int, str] = {}  # survey row -> the id of its question

    def problem(self, sheet: str, at: int | None, column: str, key: str, **params: Any) -> None:
        self.problems.append(
            Problem(sheet, at, self._letter(sheet, column), key, {"file": self.file, **params})
        )

    def _letter(self, sheet: str, column: str) -> str:
        found = self.sheets.get(sheet)
        letter = found.letters.get(column, "") if found else ""
        return f"{column} ({letter})" if letter else column

    def document(self) -> dict[str, Any]:
        document = self._settings()
        self._language_notes()
        self._names()
        lists = self._lists()
        rows = self.sheets["survey"].rows
        skip: set[int] = set()
        for index, (row, cells) in enumerate(rows):
            if row in skip:
                continue
            follow = rows[index + 1] if index + 1 < len(rows) else None
            if self._row(row, cells, lists, document["title"], follow):
                skip.add(follow[0])
        if self.description:
            document["description"] = self.description
        if self.consent:
            document["consent"] = self.consent
        # A group whose rows were all left out (and noted) only held a title.
        kept = [(section, row, rows_) for section, row, rows_ in self.sections if rows_]
        document["sections"] = [section for section, _, _ in kept]
        self.places.sections = [(row, rows_) for _, row, rows_ in kept]
        if not kept and not self.problems:
            self.problem("survey", None, "type", "xlsform.w.no_questions")
        return document

    # -- settings and texts

    def _settings(self) -> dict[str, Any]:
        sheet = self.sheets.get("settings")
        row, cells = sheet.rows[0] if sheet and sheet.rows else (2, {})
        self._unsupported_columns("settings", row, cells)
        if "default_language" in cells:
            self.default = _language(cells["default_language"])
            self.default_name = cells["default_language"]
        self.consent_version = cells.get("consent_version", "")
        written = cells.get("form_id", "")
        form_id = normalise_name(written)[:MAX_ID].rstrip("_") if written else ""
        if written and form_id != written:
            self.notes.add("xlsform.w.note_form_id", written=written, used=form_id, limit=MAX_ID)
        if not form_id:
            form_id = self._default("form_id", _form_id(self.file)[:MAX_ID])
        title = {}
        if cells.get("form_title"):
            # in the form's default language; both of ours when it names none or another one
            for lang in self._languages("") or LANGUAGES:
                title[lang] = cells["form_title"]
        if cells.get("form_title_en"):
            title["en"] = cells["form_title_en"]
        if not title:
            title = dict.fromkeys(LANGUAGES, self._default("form_title", form_id))
        return {
            "id": form_id,
            "version": self._whole_number("version", cells.get("version", "")),
            "mode": cells.get("mode") if cells.get("mode") in MODES else self._mode(cells),
            "title": self._complete(title, "settings 2"),
        }

    def _mode(self, cells: dict[str, str]) -> str:
        if cells.get("mode"):
            self.notes.add("xlsform.w.note_mode", value=cells["mode"])
        return self._default("mode", "survey")

    def _default(self, setting: str, value: str) -> str:
        self.notes.add("xlsform.note_default", setting=setting, value=value)
        return value

    def _whole_number(self, setting: str, value: str) -> int:
        if value.isdigit() and 1 <= int(value) < 2**31:
            return int(value)
        if value:
            self.notes.add("xlsform.note_version", setting=setting, value=value)
        else:
            self._default(setting, "1")
        return 1

    def _languages(self, language: str) -> tuple[str, ...]:
        if not language:  # a column without language holds the form's default language
            if self.default is None:
                return LANGUAGES
            return (self.default,) if self.default else ()
        code = _language(language)
        return (code,) if code else ()

    def _language_notes(self) -> None:
        """Which languages the form has; a form with neither Dutch nor English labels is read
        in its first language, that text in both of ours, with one clear note."""
        seen: dict[str, str] = {}  # column language as written -> "" or our code
        for name in ("survey", "choices"):
            sheet = self.sheets.get(name)
            for column in (
                dict.fromkeys(c for _, cells in sheet.rows for c in cells) if sheet else ()
            ):
                base, language = _split(column)
                if base not in ("label", "hint", "constraint_message"):
                    continue
                seen.setdefault(language, "".join(self._languages(language)[:1]))
        ours = any(code for code in seen.values())
        if not ours and seen:
            self.fallback = next(iter(seen))
            self.notes.add(
                "xlsform.w.note_other_language", language=self.fallback or self.default_name
            )
            return
        for name in ("survey", "choices"):
            sheet = self.sheets.get(name)
            for column in (
                dict.fromkeys(c for _, cells in sheet.rows for c in cells) if sheet else ()
            ):
                base, language = _split(column)
                if base not in (
                    "label",
                    "hint",
                    "constraint_message",
                    "guidance_hint",
                    "self_label",
                ):
                    continue
                if not self._languages(language):
                    self.notes.add("xlsform.note_language", sheet=name, column=column)
                elif not language and self.default is None:
                    self.notes.add("xlsform.note_no_language")

    def _texts(self, cells: dict[str, str], base: str) -> dict[str, str]:
        if self.fallback is not None:  # no Dutch or English anywhere: the form's own language
            value = cells.get(f"{base}::{self.fallback}" if self.fallback else base)
            if value is None:  # another language column of the same form
                value = next((v for c, v in cells.items() if _split(c)[0] == base), None)
            return dict.fromkeys(LANGUAGES, value) if value is not None else {}
        found = [
            (self._languages(_split(column)[1]), value)
            for column, value in cells.items()
            if _split(column)[0] == base
        ]
        texts: dict[str, str] = {}
        for languages, value in sorted(found, key=lambda item: len(item[0])):
            for lang in languages:  # a named language wins over a column without one
                texts.setdefault(lang, value)
        return texts

    def _complete(self, texts: dict[str, str], place: str) -> dict[str, str]:
        """Both languages, as our format needs: a missing one is filled from the other."""
        if len(texts) == 1:
            [(present, text)] = texts.items()
            missing = next(lang for lang in LANGUAGES if lang != present)
            self.notes.add("xlsform.note_filled", place, missing=missing, present=present)
            texts = {present: text, missing: text}
        return {lang: texts[lang] for lang in LANGUAGES if lang in texts}

    def _unsupported_columns(self, sheet: str, row: int, cells: dict[str, str]) -> None:
        for column in cells:
            if _split(column)[0] in (*NOT_IMPORTED[sheet], *OTHER_COLUMNS[sheet]):
                self.notes.add("xlsform.note_column", row, sheet=sheet, column=column)

    # -- names

    def _names(self) -> None:
        """Every survey row's name as our id, decided once, so that skip logic can follow. A
        name used twice (pyxform allows it in different groups) gets a number, with a note;
        references to it follow the latest row of that name before them."""
        changed: list[str] = []
        twice: list[str] = []
        for row, cells in self.sheets["survey"].rows:
            written = cells.get("name", "")
            if not written or written in ("_description", "_consent"):
                continue
            if cells.get("type", "").strip().lower().startswith(("begin", "end")):
                continue  # a group's name is a section id, apart from the questions' ids
            ours = normalise_name(written)
            base, n = ours, 2
            while ours and ours in self.ids:
                ours, n = f"{base}_{n}", n + 1
            if not ours:
                continue
            if written in self.names:
                twice.append(f"{row}: {written} → {ours}")
            elif ours != written:
                changed.append(f"{written} → {ours}")
            self.ids[ours] = row
            self.row_ids[row] = ours
            self.names.setdefault(written, ours)
        if changed:
            self.notes.add("xlsform.w.note_names", names=_rows(changed, 8))
        if twice:
            self.notes.add("xlsform.w.note_twice", names=_rows(twice, 8))

    def _expression(self, row: int, column: str, source: str, qid: str, constraint: bool) -> str:
        """Skip logic or a validity rule in our subset, names as imported; "" (with a note)
        when it uses what this app cannot evaluate."""
        missing: list[str] = []

        def rename(match: re.Match[str]) -> str:
            written = match.group(1).strip()
            ours = self.names.get(written, "")
            if not ours or ours in self.dropped_ids or (ours not in self.asked and ours != qid):
                missing.append(written)
            return "${" + (ours or written) + "}"

        def revalue(match: re.Match[str]) -> str:
            text = match.group(1) if match.group(1) is not None else match.group(2)
            return f"'{self.values.get(text, text)}'"

        renamed = _REFERENCE.sub(rename, source.strip())
        renamed = _QUOTED.sub(revalue, renamed)
        if missing and not constraint:
            self.notes.add("xlsform.w.note_reference", row, column=column)
            return ""
        try:
            node = expressions.parse(renamed)
        except expressions.ExpressionError:
            self.notes.add("xlsform.w.note_expression", row, column=column)
            return ""
        if expressions.variables(node) - (self.asked | {qid}):
            self.notes.add("xlsform.w.note_reference", row, column=column)
            return ""
        return renamed

    @property
    def dropped_ids(self) -> set[str]:
        return {self.names.get(name, name) for name in self.dropped}

    # -- choices and survey rows

    def _lists(self) -> dict[str, _Choices]:
        lists: dict[str, _Choices] = {}
        sheet = self.sheets.get("choices")
        renamed: list[str] = []
        written_as: dict[str, dict[str, str]] = {}  # list -> value as imported -> as written
        kept: dict[str, set[str]] = {}  # list -> values that need no change
        for _, cells in sheet.rows if sheet else ():
            written = cells.get("name", "")
            if written and normalise_value(written) == written:
                kept.setdefault(cells.get("list_name", ""), set()).add(written)
        for row, cells in sheet.rows if sheet else ():
            self._unsupported_columns("choices", row, cells)
            list_name = cells.get("list_name", "")
            if not list_name:
                self.problem("choices", row, "list_name", "xlsform.w.no_list_name", row=row)
                continue
            written = cells.get("name", "")
            value = normalise_value(written)
            if not value:
                self.problem("choices", row, "name", "xlsform.w.no_choice_name", row=row)
                continue
            # café and cafe are two choices: the changed one must not become the other
            taken = written_as.setdefault(list_name, {})
            base, n = value, 2
            while value != written and (
                value in kept.get(list_name, ()) or taken.get(value, written) != written
            ):
                value, n = f"{base}_{n}", n + 1
            taken[value] = written
            if value != written:
                self.values[written] = value
                renamed.append(f"{written} → {value}")
            texts = self._texts(cells, "label")
            if not texts:
                self.notes.add("xlsform.w.note_choice_label", f"choices {row}")
                texts = dict.fromkeys(LANGUAGES, written)
            lists.setdefault(list_name, []).append((row, value, texts))
        if renamed:
            self.notes.add("xlsform.w.note_values", values=_rows(renamed, 8))
        return lists

    def _row(
        self,
        row: int,
        cells: dict[str, str],
        lists: dict[str, _Choices],
        title: dict[str, str],
        follow: tuple[int, dict[str, str]] | None,
    ) -> bool:
        """Import one survey row; True when it also took the next row (our "other, namely")."""
        kind, list_name, other = self._type(row, cells.get("type", ""))
        name = cells.get("name", "")
        if row in self.row_ids:  # from here on, ${name} means this row's question
            self.names[name] = self.row_ids[row]
        if kind is None:
            return False
        if kind in UNSUPPORTED_TYPES or kind in _MORE_UNSUPPORTED:
            self.notes.add("xlsform.note_type", row, type=kind)
            self.dropped.add(name)
        elif kind in GROUP_TYPES:
            self._group(row, cells, kind)
        elif kind == "note" and name == "_description":
            self.description = self._complete(self._texts(cells, "label"), f"survey {row}")
            self.places.description = row
        elif kind == "acknowledge" and name == "_consent":
            version = self._whole_number("consent_version", self.consent_version)
            text = self._complete(self._texts(cells, "label"), f"survey {row}")
            self.consent = {"version": version, "text": text}
            self.places.consent = row
        else:
            qid = self.row_ids.get(row, "")
            if not qid and kind == "note":  # pyxform lets a note go without a name
                qid = f"note_{row}"
                while qid in self.ids:
                    qid += "_"
                self.ids[qid] = row
            if not qid:
                self.problem("survey", row, "name", "xlsform.w.no_name", row=row)
                return False
            took = False
            choices = lists.get(list_name) if list_name else None
            if kind.startswith("select_") and choices is not None:
                other, took = self._own_other(name, choices, other, follow)
                if took:
                    choices = [c for c in choices if c[1] != OTHER_VALUE]
            section, _, rows = self.current or self._loose_section(row, title)
            question = self._question(row, cells, qid, kind, choices, other, list_name)
            if question is None:
                return took
            section["questions"].append(question)
            rows.append(row)
            self.asked.add(qid)
            return took
        return False

    def _own_other(
        self,
        name: str,
        choices: _Choices,
        other: bool,
        follow: tuple[int, dict[str, str]] | None,
    ) -> tuple[bool, bool]:
        """Our export spells "other, namely" as a choice `other` and a text row after it."""
        if other or follow is None or not any(value == OTHER_VALUE for _, value, _ in choices):
            return other, False
        _, cells = follow
        ours = {t(OTHER_LABEL, lang) for lang in LANGUAGES}
        if (
            cells.get("type", "").strip().lower() == "text"
            and cells.get("name") == f"{name}_{OTHER_VALUE}"
            and set(self._texts(cells, "label").values()) <= ours
        ):
            return True, True
        # another form's own follow-up question ("Please specify") stays a question of its own
        return other, False

    def _type(self, row: int, value: str) -> tuple[str | None, str, bool]:
        """(kind, choice list, or_other) from a type cell such as `select_one colours or_other`
        or `select one from colours`; kind None when the row is refused (a problem noted)."""
        spaced = " ".join(value.split())
        specify = re.search(r"\s+or[ _](?:specify[ _])?other$", spaced, flags=re.IGNORECASE)
        if specify and spaced.lower().startswith(("select", "add select", "q select")):
            kind, list_name, _ = self._type(row, spaced[: specify.start()])
            return kind, list_name, kind is not None
        lowered = spaced.lower()
        if lowered in _GROUP_WORDS:
            return _GROUP_WORDS[lowered], "", False
        if lowered.startswith(("begin loop", "begin_loop")):
            return "begin_repeat", "", False
        for prefix, kind in _SELECT_PREFIXES:
            if lowered.startswith(prefix):
                rest = spaced[len(prefix) :].split()
                other = len(rest) == 2 and rest[1].lower() in ("or_other", "or other")
                if len(rest) == 1 or other:
                    return kind, rest[0], other
        if lowered.startswith(("select_one_from_file", "select_multiple_from_file")):
            return "select_one_from_file", "", False
        if lowered.startswith(("select one from file", "select multiple from file")):
            return "select_one_from_file", "", False
        lowered = _TYPE_ALIASES.get(lowered, lowered)
        words = lowered.split()
        kind = words[0] if words else ""
        if kind in ("rank", "select_one_external", "range", "osm", "xml-external"):
            return kind, "", False
        if len(words) == 1 and (kind in SIMPLE_TYPES or kind in UNSUPPORTED_TYPES):
            return kind, "", False
        if kind in ("begin_group", "begin_repeat", "end_group", "end_repeat"):
            return kind, "", False
        if not kind:  # pyxform skips such rows too (comments, spare notes)
            self.notes.add("xlsform.w.note_no_type", row)
        else:
            self.problems.append(
                Problem(
                    "survey",
                    row,
                    self._letter("survey", "type"),
                    "xlsform.unknown_type",
                    {"file": self.file, "type": value, "row": row},
                )
            )
        return None, "", False

    def _open_section(self, section: dict[str, Any], row: int) -> _Section:
        self.current = ({**section, "questions": []}, row, [])
        self.sections.append(self.current)
        return self.current

    def _loose_section(self, row: int, title: dict[str, str]) -> _Section:
        """A section for questions outside any group: `main`, then `main_2` ..."""
        self.loose += 1
        section_id = "main" if self.loose == 1 else f"main_{self.loose}"
        while section_id in self.ids:
            section_id += "_"
        return self._open_section({"id": section_id, "title": dict(title)}, row)

    def _group(self, row: int, cells: dict[str, str], kind: str) -> None:
        if kind.startswith("end_"):
            if self.groups:
                self.groups.pop()
            if not self.groups:
                self.current = None
            return
        if kind == "begin_repeat":
            self.notes.add("xlsform.note_repeat", row)
        if cells.get("appearance"):
            self.notes.add("xlsform.note_appearance", row, value=cells["appearance"])
        self._unsupported_columns("survey", row, cells)
        relevant = ""
        if cells.get("relevant"):
            relevant = self._expression(row, "relevant", cells["relevant"], "", False)
        if self.groups:
            self.notes.add("xlsform.note_nested_group", row)
        else:
            title = self._complete(self._texts(cells, "label"), f"survey {row}")
            group_id = normalise_name(cells.get("name", "")) or f"group_{row}"
            if not title:  # ODK groups often only carry skip logic
                self.notes.add("xlsform.note_group_title", row)
                title = dict.fromkeys(LANGUAGES, cells.get("name") or group_id)
            self._open_section({"id": group_id, "title": title}, row)
        self.groups.append((row, relevant))

    def _question(
        self,
        row: int,
        cells: dict[str, str],
        qid: str,
        kind: str,
        choices: _Choices | None,
        other: bool,
        list_name: str,
    ) -> dict[str, Any] | None:
        place = f"survey {row}"
        self._unsupported_columns("survey", row, cells)
        question: dict[str, Any] = {"id": qid, "type": SIMPLE_TYPES.get(kind)}
        appearance = cells.get("appearance", "")
        if kind == "text" and appearance.split() and appearance.split()[0] == "multiline":
            question["type"] = "long_text"
        elif appearance:
            self.notes.add("xlsform.note_appearance", row, value=appearance)
        if kind == "integer":
            self.notes.add("xlsform.note_integer", row)
        elif kind == "time":
            self.notes.add("xlsform.w.note_time", row)
        elif kind == "datetime":
            self.notes.add("xlsform.w.note_datetime", row)
        elif kind == "acknowledge":
            self.notes.add("xlsform.note_acknowledge", row)
        if kind.startswith("select_"):
            if choices is None:
                self.problem("survey", row, "type", "xlsform.unknown_list", list=list_name, row=row)
                return None
            question["type"], question["choices"] = self._select(kind, choices, qid)
            if cells.get("choice_filter"):
                self.notes.add("xlsform.w.note_choice_filter", row)
        label = self._complete(self._texts(cells, "label"), place)
        if not label:
            self.notes.add("xlsform.w.note_no_label", row)
            label = dict.fromkeys(LANGUAGES, cells.get("name") or qid)
        question["label"] = label
        for key, ours in (
            ("hint", "hint"),
            ("constraint_message", "constraint_message"),
            ("guidance_hint", "guidance"),
            ("self_label", "self_label"),
        ):
            if texts := self._complete(self._texts(cells, key), place):
                question[ours] = texts
        if cells.get("show"):
            question["show"] = cells["show"]
        for key in ("required", "core", "reverse"):
            flag = _flag(cells.get(key, ""))
            if flag is None:
                self.notes.add("xlsform.note_value", row, column=key)
            question[key] = bool(flag)
        question["other"] = other
        question.update(self._rules(row, cells, qid))
        return question

    def _select(self, kind: str, choices: _Choices, qid: str) -> tuple[str, list[dict[str, Any]]]:
        if kind == "select_one":
            for qtype, standard in SHARED_LISTS.items():
                if _is_standard(choices, standard):
                    return qtype, []
        seen: set[str] = set()
        found = []
        rows = self.places.choices.setdefault(qid, [])
        for choice_row, value, texts in choices:
            if value in seen:
                self.notes.add("xlsform.w.note_duplicate_choice", f"choices {choice_row}")
                continue
            seen.add(value)
            found.append({"value": value, "label": self._complete(texts, f"choices {choice_row}")})
            rows.append(choice_row)
        return "single_choice" if kind == "select_one" else "multiple_choice", found

    def _rules(self, row: int, cells: dict[str, str], qid: str) -> dict[str, Any]:
        """Skip logic (a group's included), validity rule and our own columns."""
        found: dict[str, Any] = {}
        own = ""
        if cells.get("relevant"):
            own = self._expression(row, "relevant", cells["relevant"], qid, False)
        relevant = [f for f in (*(r for _, r in self.groups), own) if f]
        if relevant:
            found["relevant"] = relevant[0] if len(relevant) == 1 else _all(relevant)
        if cells.get("constraint"):
            rule = self._expression(row, "constraint", cells["constraint"], qid, True)
            if rule:
                found["constraint"] = rule
            elif cells.get("constraint_message"):
                found.pop("constraint_message", None)
        if cells.get("calculation"):
            self.notes.add("xlsform.w.note_calculation", row)
        if cells.get("construct"):
            found["construct"] = cells["construct"]
        if cells.get("level") or cells.get("dimension"):
            found["cell"] = {
                "level": cells.get("level", ""),
                "dimension": cells.get("dimension", ""),
            }
        if cells.get("indicators"):
            found["indicators"] = cells["indicators"].split()
        return found


OTHER_VALUE = "other"
OTHER_LABEL = "interview.other"  # "Anders, namelijk" / "Other, namely"


def _all(conditions: list[str]) -> str:
    return " and ".join(f"({condition})" for condition in conditions)


def _is_standard(choices: _Choices, standard: tuple[tuple[str, str], ...]) -> bool:
    """True for a list with exactly the values and wording of our agreement or yes/no list."""
    if [value for _, value, _ in choices] != [value for value, _ in standard]:
        return False
    return all(
        texts and all(text == t(key, lang) for lang, text in texts.items())
        for (_, _, texts), (_, key) in zip(choices, standard, strict=True)
    )


def _form_id(file: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", file.rsplit(".", 1)[0].lower()).strip("_")
    return slug if slug[:1].isalpha() else f"form_{slug}".strip("_")


def _with_places(
    document: dict[str, Any], found: _Places, places: list[tuple[str, int]]
) -> dict[str, Any]:
    """A copy of the document whose mappings carry, as `__line__`, an index into `places`:
    the sheet and row each part came from (settings, description, consent, a group, a
    question, a choice)."""

    def mark(sheet: str, row: int) -> int:
        places.append((sheet, row))
        return len(places) - 1

    def copy(value: Any, line: int) -> Any:
        if isinstance(value, dict):
            inner = {k: copy(v, line) for k, v in value.items() if k != "__line__"}
            return {"__line__": line, **inner}
        return [copy(v, line) for v in value] if isinstance(value, list) else value

    placed = copy(document, 0)
    if "description" in document and found.description:
        placed["description"] = copy(document["description"], mark("survey", found.description))
    if "consent" in document and found.consent:
        placed["consent"] = copy(document["consent"], mark("survey", found.consent))
    for section, (row, rows) in zip(placed["sections"], found.sections, strict=False):
        section["__line__"] = mark("survey", row)
        for question, question_row in zip(section["questions"], rows, strict=False):
            question.update(copy(question, mark("survey", question_row)))
            for choice, choice_row in zip(
                question.get("choices", ()), found.choices.get(question["id"], ()), strict=False
            ):
                choice.update(copy(choice, mark("choices", choice_row)))
    return placed


def _located(error: InvalidInput, places: list[tuple[str, int]], file: str) -> Problem:
    """A rule of our format that the form breaks, at the sheet, row and column it came from."""
    line = error.params.get("line", 0)
    sheet, row = places[line] if isinstance(line, int) and 0 <= line < len(places) else places[0]
    field_ = str(error.params.get("field", "")).rsplit(".", 1)[-1]
    column = _FIELD_COLUMNS.get(field_, field_.split("[")[0].strip("-"))
    return Problem(
        sheet,
        row,
        column,
        "xlsform.w.invalid",
        {"file": file, "sheet": sheet, "row": row, "column": column},
        reason=(error.key, dict(error.params)),
    )


# Where a field of our format comes from in a form: the message names the column instead.
_FIELD_COLUMNS = {
    "cell": "level / dimension",
    "id": "name",
    "title": "form_title",
    "guidance": "guidance_hint",
    "choices": "list_name",
    "value": "name",
    "type": "type",
}
