"""Hostile input at the domain level (no Streamlit): markup, huge texts, control characters,
malformed uploads, formula injection and path tricks.

The promise under test: every hostile input is either stored literally (and reads back the same
from a freshly opened store, survives a JSON round trip and a Word report) or refused with a
message in Dutch and English, in which case nothing already stored has changed."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pandas as pd
import pytest

from monitor import (
    agenda,
    factors,
    imports,
    instruments,
    lab_tables,
    labs,
    protocols,
    reports,
    survey_results,
    surveys,
    text,
    transfer,
    uploads,
    xlsform,
)
from monitor.errors import InvalidInput, InvalidRows, MonitorError
from monitor.i18n import TEXT
from monitor.model import (
    Action,
    Activity,
    ActivityKind,
    Consent,
    Factor,
    FactorKind,
    HistoryEntry,
    Lab,
    LabTheme,
    LearningQuestion,
    Participant,
    Response,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
    Survey,
    utc_now,
)
from monitor.reports import narrative
from monitor.store import Store
from monitor.text import DOCUMENT, LONG, markdown_escape, spreadsheet_safe
from tests import backends
from tests.conftest import make_lab
from tests.samples import VALID

ROOT = Path(__file__).parent.parent

# Markup a browser or a markdown renderer would act on, if it were ever passed through raw.
MARKUP = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "**bold**",
    "[link](javascript:alert(1))",
    "# heading",
    "![img](http://x)",
    "$$x$$",
    ":red[x]",
    "<div>",
    "&lt;b&gt; & x = y",
)
# Characters a form or a paste can carry but nobody means to type.
REFUSED_CHARACTERS = {
    "nul": "a\x00b",
    "bell": "ding\x07",
    "ansi colour": "\x1b[31mred\x1b[0m",
    "lone surrogate": "half \ud800 a character",
    "delete": "x\x7fy",
}
# Characters that belong to real text (right-to-left scripts, zero-width joiners): kept.
KEPT_CHARACTERS = {
    "rtl override": "abc\u202edef",
    "rtl mark": "\u05e9\u05dc\u05d5\u05dd \u200f!",
    "zero width space": "zero\u200bwidth",
    "emoji with joiner": "team \U0001f469\u200d\U0001f4bb",
}
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
OPEN_SURVEY = """\
id: open_words
version: 1
mode: survey
title: {nl: "Open", en: "Open"}
sections:
  - id: main
    title: {nl: "Hoofd", en: "Main"}
    questions:
      - id: role
        type: single_choice
        other: true
        label: {nl: "Rol?", en: "Role?"}
        choices:
          - {value: "coach", label: {nl: "Coach", en: "Coach"}}
      - id: story
        type: long_text
        label: {nl: "Vertel", en: "Tell"}
"""
OPEN = protocols.parse(OPEN_SURVEY)


# -- helpers ----------------------------------------------------------------------------------


def keys(error: MonitorError) -> set[str]:
    """The translation keys of an error, or of every row of a table edit that was refused."""
    return {e.key for _, e in error.errors} if isinstance(error, InvalidRows) else {error.key}


def assert_clear(error: MonitorError) -> None:
    """A message a user can act on, in both languages: a known key, no raw key shown."""
    inner = [e for _, e in error.errors] if isinstance(error, InvalidRows) else [error]
    for each in inner:
        assert each.key in TEXT, each.key
        for lang in ("nl", "en"):
            message = each.message(lang)
            assert message.strip() and each.key not in message, (lang, message)
        assert each.message("nl") != each.message("en")
    assert error.message("nl") != error.message("en")


def snapshot(store: Store) -> dict[str, Any]:
    """Everything in the store (its files, or its database rows), to prove that a refused
    input changed nothing."""
    return backends.snapshot(store)


def reopened(store: Store) -> Store:
    """A second store on the same data: what a restarted server reads."""
    return backends.reopen(store)


def round_trip(store: Store, lab_id: str, tmp_path: Path) -> None:
    """Export as JSON, import into an empty store, export again: nothing may differ."""
    payload = transfer.export_json(store, lab_id)
    other = Store(tmp_path / f"copy-{lab_id}")
    transfer.import_json(other, payload)
    first, second = json.loads(payload), json.loads(transfer.export_json(other, lab_id))
    first.pop("exported"), second.pop("exported")
    assert first == second


def word_text(store: Store, lab_id: str) -> str:
    """The final report as Word; python-docx must be able to open what was written."""
    report = reports.build(store, lab_id, "final", lang="en", today=dt.date(2025, 6, 1))
    document = docx.Document(io.BytesIO(reports.to_docx(report, chart_png=lambda _: None)))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for table in document.tables for row in table.rows for c in row.cells]
    return "\n".join(parts)


def first_theme(lab: Lab) -> str:
    return factors.lab_codebook(lab).themes[0].id


def a_source(store: Store, lab: Lab, text_: str = "words", title: str = "Notes") -> Source:
    return labs.add_source(
        store, lab.id, kind="document", title=title, date=lab.phases[0].start, text_=text_
    )


def an_open_answer(store: Store, lab: Lab, words: str) -> Response:
    """A participant who answered the open question (and 'other, namely') with `words`."""
    if f"{OPEN.id}.yaml" not in store.uploaded_protocols():
        store.save_protocol(OPEN.id, OPEN_SURVEY)  # so that reports and exports know it
    person = surveys.add_participant(
        store, lab.id, name=f"Coach {len(store.records(lab.id, Participant))}", group="job_coach"
    )
    survey = next(iter(store.records(lab.id, Survey)), None) or surveys.create_survey(
        store, lab.id, OPEN, wave="T0", audience_groups=["job_coach"]
    )
    invitation = next(i for i in surveys.invite(store, survey) if i.participant_id == person.id)
    response = surveys.start(store, invitation, OPEN, consent=True)
    role, story = OPEN.question("role"), OPEN.question("story")
    response = surveys.answer(store, response, role, value="other", other=words, position=0)
    response = surveys.answer(store, response, story, value=words, position=1)
    return surveys.submit(store, response, OPEN)


# -- every text field a user can type -----------------------------------------------------------

# name -> (store the value, read it back from a store); each returns/reads one record's text
Field = tuple[Callable[[Store, Lab, str], str], Callable[[Store, Lab, str], str]]


def _lab_field(attribute: str) -> Field:
    def save(store: Store, lab: Lab, value: str) -> str:
        name = value if attribute == "name" else f"Lab {len(store.labs())}"
        fields = {"goal": "", "description": "", attribute: value, "name": name}
        return labs.create_lab(store, **fields).id

    return save, lambda store, lab, record_id: getattr(store.lab(record_id), attribute)


def _stakeholder(store: Store, lab: Lab, value: str) -> str:
    row = {"name": value, "organisation": value, "group": "employer", "consent": "given"}
    return labs.save_stakeholders(store, lab.id, [row])[0].id


def _activity(store: Store, lab: Lab, value: str) -> str:
    row = {"title": value, "goals": value, "date": lab.phases[0].start, "kind": "other"}
    return labs.save_activities(store, lab.id, [row])[0].id


def _source(store: Store, lab: Lab, value: str) -> str:
    return a_source(store, lab, text_=value, title=value).id


def _factor(store: Store, lab: Lab, value: str) -> str:
    source = a_source(store, lab, text_=f"Before. {value} After.", title=f"S {value}")
    return factors.code_factor(
        store,
        lab.id,
        kind="barrier",
        text_=value,
        themes=[first_theme(lab)],
        source_id=source.id,
        quote=value,
    ).id


def _question(store: Store, lab: Lab, value: str) -> str:
    question = agenda.add_question(
        store, lab, theme=first_theme(lab), text_nl=value, text_en=value, phase_id=lab.phases[0].id
    )
    return agenda.set_status(store, question, "answered", answer=value).id


def _action(store: Store, lab: Lab, value: str) -> str:
    action = agenda.save_action(store, lab, text_=value)
    return agenda.add_follow_up(store, action, value).id


def _narrative(store: Store, lab: Lab, value: str) -> str:
    """The final report's summary first, then passages of its lessons (one place each)."""
    place = len(narrative.texts(store, lab.id))
    section, theme = ("summary", "") if not place else ("lessons", f"theme_{place}")
    return narrative.save(store, lab.id, "final", "", section, value, theme=theme).id


def _participant(store: Store, lab: Lab, value: str) -> str:
    return surveys.add_participant(store, lab.id, name=value, group="job_coach").id


def _answer(store: Store, lab: Lab, value: str) -> str:
    return an_open_answer(store, lab, value).id


def _phase_name(store: Store, lab: Lab, value: str) -> str:
    lab = store.lab(lab.id)
    rows = [dataclasses.asdict(p) for p in lab.phases]
    rows[1]["name"] = value
    labs.save_phases(store, lab.id, rows)
    return lab.phases[1].id


def _theme(store: Store, lab: Lab, value: str) -> str:
    return factors.add_theme(store, store.lab(lab.id), label_nl=value, label_en=value).id


def _record(cls: type, read: Callable[[object], str]) -> Callable[[Store, Lab, str], str]:
    return lambda store, lab, record_id: read(store.record(lab.id, cls, record_id))


FIELDS: dict[str, Field] = {
    "lab.name": _lab_field("name"),
    "lab.goal": _lab_field("goal"),
    "lab.description": _lab_field("description"),
    "stakeholder.name": (_stakeholder, _record(Stakeholder, lambda r: r.name)),
    "stakeholder.organisation": (_stakeholder, _record(Stakeholder, lambda r: r.organisation)),
    "activity.title": (_activity, _record(Activity, lambda r: r.title)),
    "activity.goals": (_activity, _record(Activity, lambda r: r.goals)),
    "source.title": (_source, _record(Source, lambda r: r.title)),
    "source.text": (_source, _record(Source, lambda r: r.text)),
    "factor.text": (_factor, _record(Factor, lambda r: r.text)),
    "factor.quote": (_factor, _record(Factor, lambda r: r.quote)),
    "question.text_nl": (_question, _record(LearningQuestion, lambda r: r.text["nl"])),
    "question.text_en": (_question, _record(LearningQuestion, lambda r: r.text["en"])),
    "question.answer": (_question, _record(LearningQuestion, lambda r: r.answer)),
    "action.text": (_action, _record(Action, lambda r: r.text)),
    "action.note": (_action, _record(Action, lambda r: r.notes[-1].note)),
    "report.narrative": (_narrative, lambda store, lab, i: narrative.texts(store, lab.id)[i].text),
    "participant.name": (_participant, _record(Participant, lambda r: r.name)),
    "survey.open_answer": (_answer, _record(Response, lambda r: r.answers["story"])),
    "survey.other_namely": (_answer, _record(Response, lambda r: r.answers["role_other"])),
    "phase.name": (
        _phase_name,
        lambda store, lab, phase_id: store.lab(lab.id).phase(phase_id).name,
    ),
    "theme.label": (
        _theme,
        lambda store, lab, _: store.lab(lab.id).themes[-1].label["nl"],
    ),
}


@pytest.mark.parametrize("field", FIELDS)
def test_markup_is_stored_literally_in_every_text_field(store, lab, field):
    save, read = FIELDS[field]
    for value in MARKUP:
        record_id = save(store, lab, value)
        assert read(reopened(store), lab, record_id) == value


def test_a_lab_full_of_markup_round_trips_as_json_and_is_written_literally_to_word(
    store, lab, tmp_path
):
    hostile = " ".join(MARKUP[:4])
    for field, (save, _) in FIELDS.items():
        if not field.startswith("lab."):
            save(store, lab, f"{field} {hostile}")
    round_trip(store, lab.id, tmp_path)
    assert f"report.narrative {hostile}" in word_text(store, lab.id)


@pytest.mark.parametrize("value", MARKUP)
def test_the_markdown_escape_leaves_no_markup_that_could_act(value):
    """What pages hand to st.markdown: every markdown or HTML character escaped."""
    escaped = markdown_escape(value)
    unescaped = re.sub(r"\\.", "", escaped)  # drop every backslash-escaped character
    assert not set("*_[]()<>#=&$`|~!") & set(unescaped), escaped
    assert re.sub(r"\\(.)", r"\1", escaped) == value  # and nothing else changed


def test_a_setext_underline_cannot_turn_user_text_into_a_heading():
    assert markdown_escape("Title\n===") == "Title\n\\=\\=\\="
    assert markdown_escape("Title\n---") == "Title\n\\-\\-\\-"


# -- one megabyte of text -----------------------------------------------------------------------

MEGABYTE = "x" * 1_000_000

HUGE_CASES: dict[str, Callable[[Store, Lab], object]] = {
    "source text": lambda store, lab: a_source(store, lab, text_=MEGABYTE),
    "factor text": lambda store, lab: factors.code_factor(
        store,
        lab.id,
        kind="enabler",
        text_=MEGABYTE,
        themes=[first_theme(lab)],
        phase_id=lab.phases[0].id,
    ),
    "factor quote": lambda store, lab: factors.code_factor(
        store,
        lab.id,
        kind="enabler",
        text_="x",
        themes=[first_theme(lab)],
        phase_id=lab.phases[0].id,
        quote=MEGABYTE,
    ),
    "lab goal": lambda store, lab: labs.update_lab(
        store, lab, name=lab.name, goal=MEGABYTE, description="", language="nl"
    ),
    "action text": lambda store, lab: agenda.save_action(store, lab, text_=MEGABYTE),
    "narrative": lambda store, lab: narrative.save(store, lab.id, "final", "", "summary", MEGABYTE),
    "participant name": lambda store, lab: surveys.add_participant(
        store, lab.id, name=MEGABYTE, group="job_coach"
    ),
    "open answer": lambda store, lab: an_open_answer(store, lab, MEGABYTE),
}


@pytest.mark.parametrize("case", HUGE_CASES)
def test_a_megabyte_of_text_is_refused_with_its_length_and_the_store_still_opens(store, lab, case):
    before = snapshot(store) if case != "open answer" else None
    with pytest.raises(InvalidInput) as caught:
        HUGE_CASES[case](store, lab)
    assert_clear(caught.value)
    assert caught.value.key == "error.too_long"
    assert "1,000,000" in caught.value.message("en")
    if before is not None:
        assert snapshot(store) == before
    assert reopened(store).lab(lab.id) == store.lab(lab.id)


def test_text_at_the_limit_is_stored_exported_and_reported(store, lab, tmp_path):
    source = a_source(store, lab, text_="y" * DOCUMENT)
    factors.code_factor(
        store,
        lab.id,
        kind="barrier",
        text_="f" * LONG,
        themes=["capacity"],
        phase_id=source.phase_id,
    )
    summary = ("word " * (LONG // 5)).strip()
    narrative.save(store, lab.id, "final", "", "summary", summary)
    again = reopened(store)
    assert len(again.record(lab.id, Source, source.id).text) == DOCUMENT
    assert again.records(lab.id, Factor)[0].text == "f" * LONG
    round_trip(store, lab.id, tmp_path)
    assert summary in word_text(store, lab.id)


def test_a_megabyte_in_a_backup_or_a_table_import_is_refused_per_row(store, lab):
    data = json.loads(transfer.export_json(store, lab.id))
    data["lab"]["goal"] = "x" * (DOCUMENT + 1)
    before = snapshot(store)
    with pytest.raises(InvalidInput) as caught:
        transfer.import_json(store, json.dumps(data).encode(), replace=True)
    assert_clear(caught.value)
    assert snapshot(store) == before
    table = "kind,title,date,text\ndocument,Huge,2025-01-02," + MEGABYTE + "\n"
    preview = imports.preview_sources(store, lab.id, uploads.read_table("big.csv", table.encode()))
    assert not preview.records and len(preview.errors) == 1
    assert_clear(preview.errors[0][1])
    assert "1,000,000" in preview.errors[0][1].message("nl")


# -- control characters -------------------------------------------------------------------------

CONTROL_FIELDS = (
    "lab.name",
    "stakeholder.name",
    "source.text",
    "factor.text",
    "question.answer",
    "action.text",
    "report.narrative",
    "participant.name",
    "survey.open_answer",
)


@pytest.mark.parametrize("field", CONTROL_FIELDS)
@pytest.mark.parametrize("kind", REFUSED_CHARACTERS)
def test_control_characters_are_refused_and_change_nothing(store, lab, field, kind):
    save, _ = FIELDS[field]
    if field == "survey.open_answer":
        an_open_answer(store, lab, "first")  # the survey and its participant exist already
    before = snapshot(store)
    with pytest.raises(InvalidInput) as caught:
        save(store, lab, REFUSED_CHARACTERS[kind])
    assert_clear(caught.value)
    assert keys(caught.value) == {"error.control_chars"}
    if field != "survey.open_answer":  # answering starts the response before the answer
        assert snapshot(store) == before
    assert reopened(store).labs()


NAME_FIELDS = {"lab.name", "stakeholder.name", "participant.name"}


@pytest.mark.parametrize("field", CONTROL_FIELDS)
def test_characters_of_real_text_are_kept_and_survive_export_and_word(store, lab, field, tmp_path):
    save, read = FIELDS[field]
    for value in KEPT_CHARACTERS.values():
        record_id = save(store, lab, value)
        # Names lose what reorders or hides characters (#22); free text keeps everything.
        expected = text.clean(value, field, text.SHORT) if field in NAME_FIELDS else value
        assert read(reopened(store), lab, record_id) == expected
    round_trip(store, lab.id, tmp_path)
    word_text(store, lab.id)  # python-docx opens it: every character was XML-safe


def test_word_line_breaks_become_line_breaks():
    """Vertical tabs and form feeds from Word and PDF pastes: kept as line breaks."""
    assert text.clean("a\x0bb\x0cc\r\nd\re", "source.text", LONG) == "a\nb\nc\nd\ne"


@pytest.mark.parametrize(
    "value",
    ["a\x00b", "x\ud800y", "page\x0cbreak", "tab\x0bbed", "cr\r=1+1", "\x1b[31m"],
    ids=repr,
)
def test_a_backup_with_control_characters_is_refused_before_anything_is_written(store, lab, value):
    data = json.loads(transfer.export_json(store, lab.id))
    data["lab"]["name"] = "Restored"
    data["lab"]["goal"] = value
    before = snapshot(store)
    for payload in (
        json.dumps(data).encode(),
        json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"),
    ):
        with pytest.raises(InvalidInput) as caught:
            transfer.import_json(store, payload, replace=True)
        assert_clear(caught.value)
    assert snapshot(store) == before
    assert reopened(store).lab(lab.id).goal == lab.goal


def test_a_backup_with_a_control_character_in_a_key_is_refused(store, lab):
    response = an_open_answer(store, lab, "fine")
    data = json.loads(transfer.export_json(store, lab.id))
    (stored,) = data["records"]["responses"]
    stored["answers"]["bad\x00key"] = "x"
    with pytest.raises(InvalidInput) as caught:
        transfer.parse_export(json.dumps(data).encode())
    assert_clear(caught.value)
    assert reopened(store).record(lab.id, Response, response.id).answers == response.answers


# -- malformed YAML instruments --------------------------------------------------------------

# "Billion laughs": nine references to nine references ... expand to 9**9 values.
LAUGHS = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9)
)
BAD_YAML = {
    "invalid syntax": b"id: [unclosed\n",
    "tabs": b"id: x\n\tversion: 1\n",
    "billion laughs": LAUGHS.encode(),
    "laughs behind a valid instrument": (
        "anchors:\n"
        + "".join(f"  {line}\n" for line in LAUGHS.splitlines())
        + VALID.replace("indicators: [own_goal]", "indicators: *l8")
    ).encode(),
    "deep flow nesting": b"id: " + b"[" * 5_000 + b"]" * 5_000,
    "deep block nesting": "".join(f"{'  ' * i}k{i}:\n" for i in range(60)).encode()
    + b"  " * 60
    + b"v: 1\n",
    "python object": b"!!python/object/apply:os.system ['echo pwned']\n",
    "python name": VALID.replace("mode: survey", "mode: !!python/name:os.system").encode(),
    "binary garbage": bytes(range(256)) * 8,
    "utf-16": VALID.encode("utf-16"),
    "a scalar": b"42\n",
    "empty": b"",
    "nul in a label": VALID.replace('"Rol?"', '"Rol\\0?"').encode(),
    "lone surrogate in a label": VALID.replace('"Rol?"', '"Rol\\ud800?"').encode(),
    "escape in a title": VALID.replace(
        '{nl: "Mini", en: "Mini"}', '{nl: "\\e[31m", en: "x"}'
    ).encode(),
    "too large": b"# " + b"x" * (protocols.MAX_BYTES + 1),
    "path in the id": VALID.replace("id: mini", "id: ../../evil").encode(),
}


def _install(store: Store, name: str, data: bytes):
    """What the Instruments page does with an upload."""
    uploads.check_instrument(name, data)
    return surveys.install_protocol(store, uploads.safe_name(name), data, {}, lang="en")


@pytest.mark.parametrize("case", BAD_YAML)
def test_a_malformed_instrument_gets_a_message_and_is_not_installed(store, case):
    before = snapshot(store)
    with pytest.raises(InvalidInput) as caught:
        _install(store, "instrument.yaml", BAD_YAML[case])
    assert_clear(caught.value)
    assert "instrument.yaml" in caught.value.message("nl")
    assert snapshot(store) == before


def test_the_reference_check_points_at_the_line():
    with pytest.raises(InvalidInput) as caught:
        uploads.check_instrument("x.yaml", LAUGHS.encode())
    assert caught.value.key == "error.yaml_alias"
    assert "line 2" in caught.value.message("en") and "regel 2" in caught.value.message("nl")


def test_anchors_without_references_and_every_shipped_instrument_pass_the_check():
    uploads.check_instrument("x.yaml", b"a: &name 1\nb: 2\n")
    for path in protocols.PROTOCOL_DIR.glob("*.yaml"):
        uploads.check_instrument(path.name, path.read_bytes())


# -- malformed tables (CSV and XLSX) ----------------------------------------------------------


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _replace_member(data: bytes, member: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    return _zip({**members, member: content})


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


GOOD_XLSX = _xlsx([["kind", "title", "date"], ["document", "A", "2025-01-02"]])
GOOD_DOCX = _docx("Hello")
# Real files with one member that unpacks past the limit (zeros compress a thousandfold).
FILLER = b"\0" * (uploads.MAX_UNPACKED_BYTES + 1)
XLSX_BOMB = _replace_member(GOOD_XLSX, "xl/media/filler.bin", FILLER)
DOCX_BOMB = _replace_member(GOOD_DOCX, "word/media/filler.bin", FILLER)

BAD_TABLES = {
    "latin-1 csv": ("t.csv", "kind,title\ndocument,caf\xe9\n".encode("latin-1")),
    "utf-16 csv": ("t.csv", "kind,title\ndocument,x\n".encode("utf-16")),
    "binary garbage csv": ("t.csv", bytes(range(256)) * 64),
    "one column csv": ("t.csv", b"kind|title\ndocument|x\n"),
    "header only csv": ("t.csv", b"kind,title,date\n"),
    "100k rows csv": ("t.csv", b"kind,title,date\n" + b"document,x,2025-01-02\n" * 100_000),
    "20 MB of line breaks": ("t.csv", b"kind,title\n" + b"\n" * (uploads.MAX_UPLOAD_BYTES - 20)),
    "text renamed xlsx": ("t.xlsx", b"kind,title\ndocument,x\n"),
    "zip that is no xlsx": ("t.xlsx", _zip({"hello.txt": b"hi"})),
    "truncated xlsx": ("t.xlsx", GOOD_XLSX[: len(GOOD_XLSX) // 2]),
    "xlsx with broken sheet xml": (
        "t.xlsx",
        _replace_member(GOOD_XLSX, "xl/worksheets/sheet1.xml", b"<not xml"),
    ),
    "xlsx with broken workbook xml": (
        "t.xlsx",
        _replace_member(GOOD_XLSX, "xl/workbook.xml", b"<not xml"),
    ),
    "word file renamed xlsx": ("t.xlsx", GOOD_DOCX),
    "zip bomb xlsx": ("t.xlsx", XLSX_BOMB),
    "png": ("t.png", b"\x89PNG\r\n"),
    "too large": ("t.csv", b"a,b\n" + b"x" * uploads.MAX_UPLOAD_BYTES),
}


@pytest.mark.parametrize("case", BAD_TABLES)
def test_a_malformed_table_gets_a_message(store, lab, case):
    name, data = BAD_TABLES[case]
    before = snapshot(store)
    with pytest.raises(InvalidInput) as caught:
        imports.preview_sources(store, lab.id, uploads.read_table(name, data))
    assert_clear(caught.value)
    assert name in caught.value.message("nl") and name in caught.value.message("en")
    assert snapshot(store) == before


def test_missing_columns_and_a_nul_cell_are_reported_per_row_and_nothing_is_stored(store, lab):
    rows = uploads.read_table("t.csv", b"colour,size\nred,10\n")
    preview = imports.preview_sources(store, lab.id, rows)
    assert preview.unknown_columns == ["colour", "size"] and not preview.records
    assert_clear(preview.errors[0][1])
    rows = uploads.read_table("t.csv", b"kind,title,date\ndocument,a\x00b,2025-01-02\n")
    preview = imports.preview_sources(store, lab.id, rows)
    assert [e.key for _, e in preview.errors] == ["error.control_chars"]
    assert imports.commit(store, preview) == 0
    assert reopened(store).records(lab.id, Source) == []


def test_a_transcript_longer_than_the_csv_modules_field_limit_is_read(store, lab):
    transcript = "word " * 40_000  # 200 KB: over csv's default limit of 128 KB per field
    rows = uploads.read_table(
        "t.csv", f"kind,title,date,text\ndocument,Long,2025-01-02,{transcript}\n".encode()
    )
    preview = imports.preview_sources(store, lab.id, rows)
    imports.commit(store, preview)
    (source,) = reopened(store).records(lab.id, Source)
    assert source.text == transcript.strip()


def test_formulas_in_an_uploaded_xlsx_are_never_stored_as_formulas(store, lab):
    data = _xlsx(
        [
            ["kind", "title", "date", "text"],
            ["document", '=HYPERLINK("http://x","y")', "2025-01-02", "=1+1"],
            ["document", "Plain", "2025-01-02", "=cmd|' /C calc'!A0"],
        ]
    )
    preview = imports.preview_sources(store, lab.id, uploads.read_table("f.xlsx", data))
    imports.commit(store, preview)
    stored = [(s.title, s.text) for s in reopened(store).records(lab.id, Source)]
    # openpyxl wrote no cached results, so a formula cell reads as empty: never its code
    assert stored == [("Plain", "")]
    assert [e.key for _, e in preview.errors] == ["error.required"]


# -- malformed documents (txt, md, docx) --------------------------------------------------------

BAD_DOCUMENTS = {
    "corrupt docx": ("d.docx", b"PK\x03\x04" + b"\0" * 200),
    "text renamed docx": ("d.docx", b"just words"),
    "zip that is no docx": ("d.docx", _zip({"hello.txt": b"hi"})),
    "docx with broken document xml": (
        "d.docx",
        _replace_member(GOOD_DOCX, "word/document.xml", b"<not xml"),
    ),
    "xlsx renamed docx": ("d.docx", GOOD_XLSX),
    "zip bomb docx": ("d.docx", DOCX_BOMB),
    "docx renamed txt": ("d.txt", GOOD_DOCX),
    "latin-1 txt": ("d.txt", "caf\xe9".encode("latin-1")),
    "empty docx": ("d.docx", _docx()),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_a_malformed_document_gets_a_message(case):
    name, data = BAD_DOCUMENTS[case]
    with pytest.raises(InvalidInput) as caught:
        uploads.read_text(name, data)
    assert_clear(caught.value)
    assert name in caught.value.message("nl")
    assert "0x" not in caught.value.message("en")  # no object addresses from the library


def test_a_docx_with_markup_is_read_as_plain_text_and_stored_literally(store, lab):
    words = uploads.read_text("d.docx", _docx(*MARKUP))
    assert words == "\n".join(MARKUP)
    source = a_source(store, lab, text_=words)
    assert reopened(store).record(lab.id, Source, source.id).text == words


# -- malformed backups --------------------------------------------------------------------------


def _backup(store: Store, of: Lab, /, **changes: object) -> bytes:
    data = json.loads(transfer.export_json(store, of.id))
    data.update(changes)
    return json.dumps(data).encode()


BAD_BACKUPS: dict[str, Callable[[Store, Lab], bytes]] = {
    "truncated": lambda store, lab: transfer.export_json(store, lab.id)[:100],
    "not json": lambda store, lab: b"<html>not json</html>",
    "not utf-8": lambda store, lab: b"\xff\xfe\x00garbage",
    "a list": lambda store, lab: b"[1, 2, 3]",
    "another format": lambda store, lab: _backup(store, lab, format="something-else"),
    "newer version": lambda store, lab: _backup(store, lab, schema_version=999),
    "version as text": lambda store, lab: _backup(store, lab, schema_version="1"),
    "version true": lambda store, lab: _backup(store, lab, schema_version=True),
    "negative version": lambda store, lab: _backup(store, lab, schema_version=-1),
    "no version": lambda store, lab: _backup(store, lab, schema_version=None),
    "lab missing": lambda store, lab: _backup(store, lab, lab=None),
    "records a list": lambda store, lab: _backup(store, lab, records=[]),
    "record of another lab": lambda store, lab: _backup(
        store,
        lab,
        records={"actions": [Action(lab_id="other", text="x").to_dict()]},
    ),
    "deeply nested": lambda store, lab: (
        b'{"format": "social-lab-monitor.lab", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    ),
    "path as lab id": lambda store, lab: _backup(
        store, lab, lab={**store.lab(lab.id).to_dict(), "id": "../../etc", "name": "Other"}
    ),
}


@pytest.mark.parametrize("case", BAD_BACKUPS)
def test_a_malformed_backup_is_refused_with_a_message_and_changes_nothing(store, lab, case):
    agenda.save_action(store, lab, text_="Keep me")
    payload = BAD_BACKUPS[case](store, lab)
    before = snapshot(store)
    with pytest.raises(InvalidInput) as caught:
        transfer.import_json(store, payload, replace=True)
    assert_clear(caught.value)
    assert snapshot(store) == before
    assert [a.text for a in reopened(store).records(lab.id, Action)] == ["Keep me"]


# -- spreadsheet formula injection in exports -------------------------------------------------


def _inert(cell: object) -> bool:
    return not (isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS))


def _assert_csv_inert(payload: bytes) -> list[str]:
    cells = [c for row in csv.reader(io.StringIO(payload.decode("utf-8-sig"))) for c in row]
    assert [c for c in cells if not _inert(c)] == []
    return cells


def _assert_xlsx_inert(payload: bytes) -> list[object]:
    book = openpyxl.load_workbook(io.BytesIO(payload))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert [c.value for c in cells if not _inert(c.value)] == []
    return [c.value for c in cells]


def _kept(cells: list, evil: str) -> bool:
    """The dangerous value is still there (made inert), not dropped."""
    core = evil.lstrip("\t\r")
    return any(isinstance(c, str) and core in c for c in cells)


def _lab_of_formulas(store: Store, trigger: str) -> tuple[Lab, str]:
    """Every exported text field starts with `trigger` (saved as the records are, so even a
    value that typing would have trimmed, such as a leading tab, reaches the exporter)."""
    evil = trigger + "cmd|' /C calc'!A0"
    lab = make_lab(store)
    theme = LabTheme(id="lab_evil", label={"nl": evil, "en": evil})
    phases = tuple(dataclasses.replace(p, name=f"{evil} {i}") for i, p in enumerate(lab.phases))
    lab = store.save(dataclasses.replace(lab, phases=phases, themes=(theme,)))
    phase = lab.phases[0]
    person = store.save(
        Stakeholder(
            lab_id=lab.id,
            name=evil,
            organisation=evil,
            group=StakeholderGroup.EMPLOYER,
            consent=Consent.GIVEN,
            pseudonym=evil + " code",
        )
    )
    activity = store.save(
        Activity(
            lab_id=lab.id,
            title=evil,
            goals=evil,
            kind=ActivityKind.OTHER,
            date=phase.start,
            phase_id=phase.id,
            participant_ids=(person.id,),
        )
    )
    source = store.save(
        Source(
            lab_id=lab.id,
            kind=SourceKind.MINUTES,
            title=evil,
            text=evil,
            date=phase.start,
            phase_id=phase.id,
            activity_id=activity.id,
            stakeholder_ids=(person.id,),
        )
    )
    store.save(
        Factor(
            lab_id=lab.id,
            kind=FactorKind.BARRIER,
            text=evil,
            quote=evil,
            phase_id=phase.id,
            themes=("lab_evil",),
            source_id=source.id,
        )
    )
    entry = HistoryEntry(at=utc_now(), event="raised", note=evil)
    question = store.save(
        LearningQuestion(
            lab_id=lab.id,
            theme="lab_evil",
            text={"nl": evil, "en": evil},
            phase_id=phase.id,
            history=(entry,),
            answer=evil,
        )
    )
    store.save(
        Action(
            lab_id=lab.id, text=evil, owner_id=person.id, question_id=question.id, notes=(entry,)
        )
    )
    return lab, evil


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS, ids=repr)
@pytest.mark.parametrize("names", [False, True], ids=["codes", "names"])
def test_every_exported_table_neutralises_formulas(store, trigger, names):
    lab, evil = _lab_of_formulas(store, trigger)
    an_open_answer(store, lab, evil)
    participant = store.records(lab.id, Participant)[0]
    store.save(dataclasses.replace(participant, name=evil, pseudonym=evil + " P"))
    survey = store.records(lab.id, Survey)[0]
    store.save(dataclasses.replace(survey, title=evil, wave=evil))
    frames = lab_tables.tables(store, lab.id, "en", names=names)
    assert all(len(frame) for frame in frames.values())
    assert _kept(_assert_xlsx_inert(lab_tables.xlsx_bytes(frames, "en")), evil)
    for name, frame in frames.items():
        assert _kept(_assert_csv_inert(lab_tables.csv_bytes(frame)), evil), name


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS, ids=repr)
def test_survey_exports_and_the_codebook_neutralise_formulas(store, lab, trigger):
    evil = trigger + "SUM(A1:A9)"
    response = an_open_answer(store, lab, evil)
    store.save(dataclasses.replace(response, wave=evil))
    every = store.records(lab.id, Response)
    people = {p.id: p for p in store.records(lab.id, Participant)}
    by_id = {s.id: s for s in store.records(lab.id, Survey)}
    for labels in (True, False):
        long = survey_results.long_frame({OPEN.id: OPEN}, by_id, every, people, "nl", labels=labels)
        wide = survey_results.wide_frame(long)
        _assert_csv_inert(survey_results.to_csv(long))
        _assert_csv_inert(survey_results.to_csv(wide))
        assert _kept(_assert_xlsx_inert(survey_results.to_xlsx({"long": long, "wide": wide})), evil)
    quoted = json.dumps(evil)  # a JSON string is a valid YAML double-quoted string
    labelled = protocols.parse(
        OPEN_SURVEY.replace('"Vertel"', quoted).replace('{nl: "Coach"', f"{{nl: {quoted}")
    )
    codebook = pd.DataFrame(instruments.codebook_rows(labelled, "nl"))
    assert _kept(_assert_csv_inert(survey_results.to_csv(codebook)), evil)
    assert _kept(_assert_xlsx_inert(xlsform.export_xlsform(labelled)), evil)


def test_spreadsheet_safe_only_touches_text_that_a_spreadsheet_would_run():
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("\t=1") == "'\t=1"
    assert spreadsheet_safe("a=1") == "a=1"
    assert spreadsheet_safe(-3) == -3


def test_a_carriage_return_cannot_start_a_new_row_with_a_formula_in_a_csv():
    """The csv module leaves a field with a bare CR unquoted; a spreadsheet would start a new
    row at the CR, with "=..." as its first cell."""
    payload = lab_tables.csv_bytes(pd.DataFrame({"note": ['fine\r=HYPERLINK("http://x")']}))
    assert b"\r" not in payload
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    assert rows == [["note"], ['fine\n=HYPERLINK("http://x")']]


# -- path tricks in uploaded file names ---------------------------------------------------------

TRICKY_NAMES = (
    "../../etc/passwd.yaml",
    "..\\..\\x.yaml",
    "/etc/cron.d/evil.yaml",
    "C:\\Windows\\evil.yaml",
    "nul\x00byte.yaml",
    "a" * 5_000 + ".yaml",
    "...",
    "..",
    ".",
    "",
    "\u202eyaml.exe",
)


@pytest.mark.parametrize("name", TRICKY_NAMES, ids=lambda n: repr(n[:30]))
def test_a_safe_name_is_a_bare_short_printable_file_name(name):
    safe = uploads.safe_name(name)
    assert safe and len(safe) <= uploads.MAX_NAME
    assert not {"/", "\\", "\x00"} & set(safe) and safe.strip(".")
    if name.endswith(".yaml"):
        assert safe.endswith(".yaml")


@pytest.mark.parametrize("name", TRICKY_NAMES, ids=lambda n: repr(n[:30]))
def test_an_uploaded_instrument_lands_only_in_the_protocol_folder_under_its_id(tmp_path, name):
    store = Store(tmp_path / "data")
    outside = {p for p in tmp_path.rglob("*")}
    protocol, _ = _install(store, name, VALID.encode())
    created = {p for p in tmp_path.rglob("*")} - outside
    assert created == {store.protocol_dir, store.protocol_dir / f"{protocol.id}.yaml"}
    assert protocols.load_all(store.protocol_dir)[0][protocol.id].source == "mini.yaml"


def test_an_xlsform_names_its_file_by_the_form_id_never_by_the_upload(tmp_path):
    store = Store(tmp_path / "data")
    form = xlsform.export_xlsform(protocols.parse(VALID))
    protocol, _ = _install(store, "../../../etc/passwd.xlsx", form)
    assert sorted(p.name for p in store.protocol_dir.iterdir()) == [f"{protocol.id}.yaml"]
    book = openpyxl.load_workbook(io.BytesIO(form))
    book["settings"]["A2"] = "../../evil"
    buffer = io.BytesIO()
    book.save(buffer)
    # A form id with path characters is made an id like any other form's (with a note);
    # the file lands in the protocol folder under that id, nowhere else.
    outside = {p for p in tmp_path.rglob("*")}
    evil, notes = _install(store, "evil.xlsx", buffer.getvalue())
    assert evil.id == "evil" and any("../../evil" in note for note in notes)
    created = {p for p in tmp_path.rglob("*")} - outside
    assert created == {store.protocol_dir / "evil.yaml"}


# -- oversized uploads -------------------------------------------------------------------------


def test_the_server_limit_matches_the_server_side_check():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 2**20 == uploads.MAX_UPLOAD_BYTES


@pytest.mark.parametrize(
    "read, name, limit",
    [
        (uploads.read_text, "big.txt", uploads.MAX_UPLOAD_BYTES),
        (uploads.read_table, "big.csv", uploads.MAX_UPLOAD_BYTES),
        (lambda n, d: xlsform.import_xlsform(d, n), "big.xlsx", xlsform.MAX_BYTES),
        (lambda n, d: surveys.install_protocol(None, n, d, {}), "big.yaml", protocols.MAX_BYTES),
    ],
)
def test_a_payload_over_the_limit_gets_a_message(read, name, limit):
    with pytest.raises(InvalidInput) as caught:
        read(name, b"PK\x03\x04" + b"x" * limit)
    assert_clear(caught.value)
    assert "MB" in caught.value.message("nl") and "MB" in caught.value.message("en")


# -- table edits: all or nothing ----------------------------------------------------------------


def test_a_refused_action_table_edit_changes_nothing(store, lab):
    before = snapshot(store)
    with pytest.raises(InvalidRows) as caught:
        agenda.save_action_rows(
            store, lab, [{"text": "fine", "_row": 1}, {"text": "bad\x00", "_row": 2}]
        )
    assert_clear(caught.value)
    assert snapshot(store) == before
