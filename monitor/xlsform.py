"""Instruments as XLSForm (.xlsx), the form format of KoboToolbox and ODK, in both directions.

Export writes the survey / choices / settings sheets plus a few columns of our own (core,
construct, cell, indicators ...) that XLSForm tools ignore and that import reads back. Import
reads our own files and forms made elsewhere, turns them into the YAML of protocols/FORMAT.md
and validates that with protocols.parse, so every rule lives in one place. Whatever cannot be
imported is listed in the notes, never dropped silently."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

import yaml
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from monitor.errors import InvalidInput
from monitor.i18n import t
from monitor.protocols import AGREEMENT, LANGUAGES, Protocol, Question, parse
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
        *("file", "barcode", "time", "datetime", "range", "rank", "start", "end", "today"),
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
        survey.extend(_question_row(question, lists) for question in section.questions)
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
    """The XLSForm type of a question; adds the choice list it needs to `lists`."""
    if question.type in EXPORT_TYPES:
        return EXPORT_TYPES[question.type]
    if question.type in SHARED_LISTS:
        list_name = question.type
        lists[list_name] = [
            (value, {lang: t(key, lang) for lang in LANGUAGES})
            for value, key in SHARED_LISTS[question.type]
        ]
    else:
        # A question may be called yes_no too; its own list must not replace the shared one.
        list_name = question.id if question.id not in SHARED_LISTS else f"{question.id}_list"
        lists[list_name] = [(choice.value, choice.label) for choice in question.choices]
    select = "select_multiple" if question.type == "multiple_choice" else "select_one"
    return f"{select} {list_name}" + (" or_other" if question.other else "")


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


@dataclass
class _Sheet:
    name: str
    headers: list[str]  # as written, for messages
    rows: list[tuple[int, dict[str, str]]]  # (row number, normalised column -> text), no empty rows


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
    """import_xlsform, with the instrument also as the YAML text the protocols folder keeps."""
    file = safe_name(filename)
    sheets = _read_workbook(data, file)
    if "survey" not in sheets:
        raise InvalidInput("xlsform.missing_sheet", file=file, sheet="survey")
    notes = _Notes()
    for name, sheet in sheets.items():
        if name in IMPORTED:
            _check_columns(sheet, file)
        elif sheet.rows:
            notes.add("xlsform.note_sheet", sheet=name)
    reader = _Reader(sheets, file, notes)
    document = reader.document()
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    try:
        protocol = parse(text, file)
    except InvalidInput as error:
        raise _located(error, text, reader.places, file) from None
    return protocol, text, notes.messages(lang)


def _read_workbook(data: bytes, file: str) -> dict[str, _Sheet]:
    if len(data) > MAX_BYTES:
        raise InvalidInput("xlsform.too_large", file=file, mb=MAX_BYTES // 2**20)
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
            return {ws.title.strip().lower(): _sheet(ws) for ws in workbook.worksheets}
        finally:
            workbook.close()
    except Exception:  # openpyxl raises a dozen different errors for a damaged or foreign zip
        raise InvalidInput("xlsform.not_xlsx", file=file) from None


def _sheet(worksheet: Any) -> _Sheet:
    rows = worksheet.iter_rows(values_only=True)
    headers = [_text(value) for value in next(rows, ())]
    # $kuid, $autoname ...: KoboToolbox's own bookkeeping, no content of the form
    columns = [_normalised(h) if not h.startswith("$") else "" for h in headers]
    found = []
    for number, values in enumerate(rows, start=2):
        cells = {c: _text(v) for c, v in zip(columns, values, strict=False) if c and _text(v)}
        if cells:
            found.append((number, cells))
    return _Sheet(worksheet.title.strip().lower(), headers, found)


def _text(value: object) -> str:
    """A cell as text: 2.0 -> "2", TRUE -> "true", and our formula guard undone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text[1:] if _SAFE_PREFIXED.match(text) else text


def _normalised(header: str) -> str:
    """`List Name` -> `list_name`, `media::image::English (en)` -> `image::English (en)`."""
    parts = [part.strip() for part in header.split("::")]
    if parts[0].lower() == "media" and len(parts) > 1:
        parts = parts[1:]
    return "::".join([parts[0].lower().replace(" ", "_"), *parts[1:]])


def _split(column: str) -> tuple[str, str]:
    """(`label`, `English (en)`) from `label::English (en)`; the language is "" when absent."""
    base, _, language = column.partition("::")
    return base, language


def _check_columns(sheet: _Sheet, file: str) -> None:
    known = (*IMPORTED[sheet.name], *NOT_IMPORTED[sheet.name])
    for header in sheet.headers:
        if not header or header.startswith("$"):
            continue
        base, suffix = _split(_normalised(header))
        if base not in known or (suffix and base not in SUFFIXED):
            raise InvalidInput(
                "xlsform.unknown_column",
                file=file,
                sheet=sheet.name,
                column=header,
                known=", ".join(known),
            )


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


_Choices = list[tuple[int, str, dict[str, str]]]  # (row, value, label texts as given)


_Section = tuple[dict[str, Any], int, list[int]]  # (section, its row, rows of its questions)


class _Reader:
    def __init__(self, sheets: dict[str, _Sheet], file: str, notes: _Notes) -> None:
        self.sheets, self.file, self.notes = sheets, file, notes
        self.places = _Places()
        self.default: str | None = None  # the form's default language; "" when unsupported
        self.sections: list[_Section] = []
        self.current: _Section | None = None  # the section that takes the next question
        self.groups: list[str] = []  # `relevant` of every open group, outermost first
        self.description: dict[str, str] = {}
        self.consent: dict[str, Any] = {}
        self.consent_version = ""
        self.loose = 0  # sections made for questions outside any group

    def document(self) -> dict[str, Any]:
        document = self._settings()
        self._language_notes()
        lists = self._lists()
        for row, cells in self.sheets["survey"].rows:
            self._row(row, cells, lists, document["title"])
        if self.description:
            document["description"] = self.description
        if self.consent:
            document["consent"] = self.consent
        # A group whose rows were all left out (and noted) only held a title.
        kept = [(section, row, rows) for section, row, rows in self.sections if rows]
        document["sections"] = [section for section, _, _ in kept]
        self.places.sections = [(row, rows) for _, row, rows in kept]
        return document

    # -- settings and texts

    def _settings(self) -> dict[str, Any]:
        sheet = self.sheets.get("settings")
        row, cells = sheet.rows[0] if sheet and sheet.rows else (2, {})
        self._unsupported_columns("settings", row, cells)
        if "default_language" in cells:
            self.default = _language(cells["default_language"])
        self.consent_version = cells.get("consent_version", "")
        form_id = cells.get("form_id") or self._default("form_id", _form_id(self.file))
        title = {}
        if cells.get("form_title"):
            title[self.default or "nl"] = cells["form_title"]
        if cells.get("form_title_en"):
            title["en"] = cells["form_title_en"]
        if not title:
            title = dict.fromkeys(LANGUAGES, self._default("form_title", form_id))
        return {
            "id": form_id,
            "version": self._whole_number("version", cells.get("version", "")),
            "mode": cells.get("mode") or self._default("mode", "survey"),
            "title": self._complete(title, "settings 2"),
        }

    def _default(self, setting: str, value: str) -> str:
        self.notes.add("xlsform.note_default", setting=setting, value=value)
        return value

    def _whole_number(self, setting: str, value: str) -> int:
        if value.isdigit() and int(value) >= 1:
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
            if _split(column)[0] in NOT_IMPORTED[sheet]:
                self.notes.add("xlsform.note_column", row, sheet=sheet, column=column)

    # -- choices and survey rows

    def _lists(self) -> dict[str, _Choices]:
        lists: dict[str, _Choices] = {}
        sheet = self.sheets.get("choices")
        for row, cells in sheet.rows if sheet else ():
            self._unsupported_columns("choices", row, cells)
            texts = self._texts(cells, "label")
            lists.setdefault(cells.get("list_name", ""), []).append(
                (row, cells.get("name", ""), texts)
            )
        return lists

    def _row(
        self, row: int, cells: dict[str, str], lists: dict[str, _Choices], title: dict[str, str]
    ) -> None:
        kind, list_name, other = self._type(row, cells.get("type", ""))
        name = cells.get("name", "")
        if kind in UNSUPPORTED_TYPES:
            self.notes.add("xlsform.note_type", row, type=kind)
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
            section, _, rows = self.current or self._loose_section(row, title)
            section["questions"].append(
                self._question(row, cells, kind, lists.get(list_name), other)
            )
            rows.append(row)

    def _type(self, row: int, value: str) -> tuple[str, str, bool]:
        """(kind, choice list, or_other) from a type cell such as `select_one colours or_other`."""
        words = value.split()
        if len(words) == 2 and words[0].lower() in ("begin", "end"):  # `begin group`
            words = ["_".join(words).lower()]
        kind = words[0].lower() if words else ""
        if kind in ("select_one", "select_multiple") and (
            len(words) == 2 or (len(words) == 3 and words[2].lower() == "or_other")
        ):
            return kind, words[1], len(words) == 3
        known = (*SIMPLE_TYPES, *GROUP_TYPES)
        if (len(words) == 1 and kind in known) or kind in UNSUPPORTED_TYPES:
            return kind, "", False
        raise InvalidInput("xlsform.unknown_type", file=self.file, type=value, row=row)

    def _open_section(self, section: dict[str, Any], row: int) -> _Section:
        self.current = ({**section, "questions": []}, row, [])
        self.sections.append(self.current)
        return self.current

    def _loose_section(self, row: int, title: dict[str, str]) -> _Section:
        """A section for questions outside any group: `main`, then `main_2` ..."""
        self.loose += 1
        section_id = "main" if self.loose == 1 else f"main_{self.loose}"
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
        if self.groups:
            self.notes.add("xlsform.note_nested_group", row)
        else:
            title = self._complete(self._texts(cells, "label"), f"survey {row}")
            if not title and cells.get("name"):  # ODK groups often only carry skip logic
                self.notes.add("xlsform.note_group_title", row)
                title = dict.fromkeys(LANGUAGES, cells["name"])
            self._open_section({"id": cells.get("name", ""), "title": title}, row)
        self.groups.append(cells.get("relevant", ""))

    def _question(
        self, row: int, cells: dict[str, str], kind: str, choices: _Choices | None, other: bool
    ) -> dict[str, Any]:
        place = f"survey {row}"
        self._unsupported_columns("survey", row, cells)
        question: dict[str, Any] = {"id": cells.get("name", ""), "type": SIMPLE_TYPES.get(kind)}
        appearance = cells.get("appearance", "")
        if kind == "text" and appearance == "multiline":
            question["type"] = "long_text"
        elif appearance:
            self.notes.add("xlsform.note_appearance", row, value=appearance)
        if kind == "integer":
            self.notes.add("xlsform.note_integer", row)
        elif kind == "acknowledge":
            self.notes.add("xlsform.note_acknowledge", row)
        if kind.startswith("select_"):
            question["type"], question["choices"] = self._select(row, kind, choices, cells)
        question["label"] = self._complete(self._texts(cells, "label"), place)
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
        question.update(self._rules(cells))
        return question

    def _select(
        self, row: int, kind: str, choices: _Choices | None, cells: dict[str, str]
    ) -> tuple[str, list[dict[str, Any]]]:
        if choices is None:
            list_name = cells.get("type", "").split()[1]
            raise InvalidInput("xlsform.unknown_list", file=self.file, list=list_name, row=row)
        if kind == "select_one":
            for qtype, standard in SHARED_LISTS.items():
                if _is_standard(choices, standard):
                    return qtype, []
        return "single_choice" if kind == "select_one" else "multiple_choice", [
            {"value": value, "label": self._complete(texts, f"choices {choice_row}")}
            for choice_row, value, texts in choices
        ]

    def _rules(self, cells: dict[str, str]) -> dict[str, Any]:
        """Skip logic (a group's included), validity rule and our own columns."""
        found: dict[str, Any] = {}
        relevant = [f for f in (*self.groups, cells.get("relevant", "")) if f]
        if relevant:
            found["relevant"] = relevant[0] if len(relevant) == 1 else _all(relevant)
        if cells.get("constraint"):
            found["constraint"] = cells["constraint"]
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


def _located(error: InvalidInput, text: str, places: _Places, file: str) -> InvalidInput:
    """parse() counts lines of the YAML made here; the user needs the sheet and row instead."""
    marks = [(1, "settings", 2)]
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for key, value in root.value:
        if key.value == "description" and places.description:
            marks.append((value.start_mark.line + 1, "survey", places.description))
        elif key.value == "consent" and places.consent:
            marks.append((value.start_mark.line + 1, "survey", places.consent))
        elif key.value == "sections":
            for node, (row, rows) in zip(value.value, places.sections, strict=False):
                marks.append((node.start_mark.line + 1, "survey", row))
                questions = next(v for k, v in node.value if k.value == "questions")
                marks.extend(
                    (q.start_mark.line + 1, "survey", r)
                    for q, r in zip(questions.value, rows, strict=False)
                )
    line = error.params.get("line", 1)
    _, sheet, row = [mark for mark in marks if mark[0] <= line][-1]
    return InvalidInput(error.key, **{**error.params, "file": f"{file} ({sheet})", "line": row})
