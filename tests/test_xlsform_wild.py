"""XLSForms as they are in the wild: every real public form in tests/data/xlsforms (origins in
its README) is read. None may crash; of the forms pyxform accepts, at least 90 % import; no
question row disappears without a note; every refusal says where and what to do, in the words
of a spreadsheet user."""

import io
import logging
import re
import warnings
from pathlib import Path

import openpyxl
import pytest
import xlrd

from monitor.errors import InvalidInput
from monitor.xlsform import EMPTY_RUN, XlsformProblems, import_xlsform

FORMS = Path(__file__).parent / "data" / "xlsforms"
SAMPLES = sorted(p for p in FORMS.iterdir() if p.suffix in (".xls", ".xlsx"))
TARGET = 0.90
GROUP_WORDS = re.compile(r"^(begin|end)[ _]?(group|repeat|loop|lgroup|looped group)\b", re.I)
# what a message tells the user to do, per language
DO = {
    "en": ("check", "fill in", "give", "add", "save", "choose", "remove", "use", "clear"),
    "nl": ("controleer", "vul", "geef", "voeg", "sla", "kies", "haal", "gebruik", "maak"),
}
SHEET_WORD = {"en": "sheet", "nl": "blad"}
ROW_WORD = {"en": "row", "nl": "rij"}


def _import(path: Path, lang: str = "en"):
    """(protocol, notes) or the refusal; any other exception is a crash and fails the test."""
    try:
        return import_xlsform(path.read_bytes(), path.name, lang)
    except InvalidInput as error:  # XlsformProblems is one
        return error


@pytest.fixture(scope="module")
def results():
    return {path.name: _import(path) for path in SAMPLES}


@pytest.fixture(scope="module")
def pyxform_accepts():
    convert = pytest.importorskip("pyxform.xls2xform").convert
    accepted = set()
    logging.disable(logging.CRITICAL)
    try:
        for path in SAMPLES:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    convert(xlsform=path.read_bytes(), file_type=path.suffix, validate=False)
                except Exception:  # noqa: BLE001 - pyxform refuses in many ways
                    continue
            accepted.add(path.name)
    finally:
        logging.disable(logging.NOTSET)
    return accepted


def test_there_are_enough_real_samples(pyxform_accepts):
    assert len(SAMPLES) >= 60
    assert {p.suffix for p in SAMPLES} == {".xls", ".xlsx"}
    assert len(pyxform_accepts) >= 40


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_no_real_form_crashes(path):
    for lang in ("en", "nl"):
        found = _import(path, lang)
        assert isinstance(found, (tuple, InvalidInput)), path.name


def test_nine_in_ten_forms_that_pyxform_accepts_import(results, pyxform_accepts):
    failed = {
        name: results[name].message("en")
        for name in sorted(pyxform_accepts)
        if isinstance(results[name], InvalidInput)
    }
    rate = 1 - len(failed) / len(pyxform_accepts)
    summary = f"{len(pyxform_accepts) - len(failed)} of {len(pyxform_accepts)} ({rate:.1%})"
    print(f"\nXLSForms pyxform accepts that we import: {summary}")
    for name, message in failed.items():
        print(f"  refused: {name}: {message}")
    assert rate >= TARGET, f"{summary}; refused: {failed}"


# -- no question lost without a note ---------------------------------------------------------


def _xls_rows(sheet):
    return (sheet.row_values(r) for r in range(sheet.nrows))


def _survey_rows(path: Path) -> list[tuple[int, str, str]]:
    """(row, type, name) of every row with a type on the survey sheet, read here on its own
    (not with the importer's reader); reading ends after EMPTY_RUN empty rows, as in pyxform."""
    if path.suffix == ".xls":
        book = xlrd.open_workbook(file_contents=path.read_bytes(), on_demand=True)
        sheets = {
            s.name: _xls_rows(s) for s in (book.sheet_by_index(i) for i in range(book.nsheets))
        }
    else:
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
        sheets = {ws.title: ws.iter_rows(values_only=True) for ws in book}
    named = {k.strip().lower(): v for k, v in sheets.items()}
    rows = named.get("survey") or (next(iter(sheets.values())) if len(sheets) == 1 else iter(()))
    header = [str(h or "").strip().lower() for h in next(rows, ())]
    type_at = header.index("type") if "type" in header else None
    name_at = header.index("name") if "name" in header else None
    found, empty = [], 0
    for number, row in enumerate(rows, start=2):
        cells = [str(c).strip() if c is not None else "" for c in row]
        if not any(cells):
            empty += 1
            if empty == EMPTY_RUN:
                break
            continue
        empty = 0
        kind = cells[type_at] if type_at is not None and type_at < len(cells) else ""
        name = cells[name_at] if name_at is not None and name_at < len(cells) else ""
        if kind and not GROUP_WORDS.match(kind):
            found.append((number, kind, name))
    return found


def _noted_rows(notes: list[str]) -> set[int]:
    """Survey rows that the notes name: "(rows: 2, 5)" or "(sheet and row: survey 2, ...)"."""
    found = set()
    for note in notes:
        for listed in re.findall(r"\(rows: ([^)]*)\)", note):
            found |= {int(n) for n in re.findall(r"\d+", listed)}
        for listed in re.findall(r"\(sheet and row: ([^)]*)\)", note):
            found |= {int(n) for n in re.findall(r"survey (\d+)", listed)}
    return found


def _became(name: str, ids: set[str]) -> bool:
    """Whether a question of this name was imported: lower case, other characters as _, q_
    before a digit, a number after a name used twice."""
    slug = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")
    return bool(slug) and any(re.fullmatch(rf"(q_)?{re.escape(slug)}(_\d+)?", i) for i in ids)


def test_no_question_row_is_lost_without_a_note(results):
    lost = {}
    checked = 0
    for path in SAMPLES:
        found = results[path.name]
        if isinstance(found, InvalidInput):
            continue
        protocol, notes = found
        ids = {q.id for q in protocol.questions}
        noted = _noted_rows(notes)
        said = " ".join(notes).lower()
        checked += 1
        # every question row became a question, or a note names its row (or, in a long list
        # cut short with "…", its type)
        missing = [
            (row, kind, name)
            for row, kind, name in _survey_rows(path)
            if not _became(name, ids)
            and f"note_{row}" not in ids
            and name not in ("_description", "_consent")
            and row not in noted
            and not ("…" in said and f"'{kind.split()[0].lower()}'" in said)
        ]
        if missing:
            lost[path.name] = missing
    assert checked >= 40
    assert not lost, lost


# -- refusals in the words of a spreadsheet user ----------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_refusal_says_where_and_what_to_do(lang):
    refused = 0
    for path in SAMPLES:
        found = _import(path, lang)
        if not isinstance(found, InvalidInput):
            continue
        refused += 1
        messages = (
            [(p.sheet, p.row, p.message(lang)) for p in found.problems]
            if isinstance(found, XlsformProblems)
            else [(found.params.get("sheet"), None, found.message(lang))]
        )
        for sheet, row, message in messages:
            lowered = message.lower()
            assert path.name in message
            assert "yaml" not in lowered, message
            assert not re.search(r"\b(line|regel)\b", lowered), message
            if isinstance(found, XlsformProblems):
                assert sheet in ("survey", "choices", "settings"), message
                assert f"{SHEET_WORD[lang]} {sheet}" in lowered, message
            if row is not None:
                assert f"{ROW_WORD[lang]} {row}" in lowered, message
            assert any(word in lowered for word in DO[lang]), message
    assert refused >= 5


def test_the_yaml_kept_reads_back_as_the_same_instrument():
    """The import checks the instrument as values and keeps it as YAML: that text must give
    the very instrument that was checked."""
    from monitor.protocols import parse
    from monitor.xlsform import xlsform_to_yaml

    compared = 0
    for path in SAMPLES:
        try:
            protocol, text, _ = xlsform_to_yaml(path.read_bytes(), path.name)
        except InvalidInput:
            continue
        assert parse(text, path.name) == protocol, path.name
        compared += 1
    assert compared >= 50
