"""Instruments as data: load and validate the protocol YAML files (format in
protocols/FORMAT.md). A broken file yields a message naming file, line and field; the other
files still load."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from monitor import expressions
from monitor.errors import InvalidInput

_BUNDLED = Path(__file__).resolve().parent / "_protocols"  # inside an installed wheel
PROTOCOL_DIR = (
    _BUNDLED if _BUNDLED.is_dir() else Path(__file__).resolve().parent.parent / "protocols"
)
LANGUAGES = ("nl", "en")
TYPES = (
    "short_text",
    "long_text",
    "single_choice",
    "multiple_choice",
    "agreement5",
    "yes_no",
    "date",
    "number",
    "instruction",
)
CHOICE_TYPES = ("single_choice", "multiple_choice")
MODES = ("interview", "survey", "focus_group")
SHOW = ("both", "interview", "self")  # in which way of answering a question is asked
LEVELS = ("actor", "network")
DIMENSIONS = ("learning", "acting", "institutional_change")
MAX_BYTES = 1_000_000
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_VALUE = re.compile(r"^[A-Za-z0-9_.-]+$")
AGREEMENT = (
    ("1", "agreement.1"),
    ("2", "agreement.2"),
    ("3", "agreement.3"),
    ("4", "agreement.4"),
    ("5", "agreement.5"),
)


@dataclass(frozen=True)
class Choice:
    value: str
    label: dict[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: dict[str, str]
    section: str
    hint: dict[str, str] = field(default_factory=dict)
    required: bool = False
    core: bool = False
    reverse: bool = False
    construct: str = ""
    other: bool = False
    choices: tuple[Choice, ...] = ()
    level: str = ""
    dimension: str = ""
    indicators: tuple[str, ...] = ()
    relevant: str = ""
    constraint: str = ""
    constraint_message: dict[str, str] = field(default_factory=dict)
    # Texts for one way of answering only: `guidance` is for the interviewer (never shown to a
    # respondent alone), `self_label` replaces the label when the respondent answers alone,
    # and `show` keeps a question to one mode (both | interview | self).
    guidance: dict[str, str] = field(default_factory=dict)
    self_label: dict[str, str] = field(default_factory=dict)
    show: str = "both"
    line: int = field(default=0, compare=False)  # where it stands in its file

    @property
    def answerable(self) -> bool:
        return self.type != "instruction"


@dataclass(frozen=True)
class Section:
    id: str
    title: dict[str, str]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Protocol:
    id: str
    version: int
    mode: str
    title: dict[str, str]
    description: dict[str, str]
    sections: tuple[Section, ...]
    consent_version: int | None = None
    consent_text: dict[str, str] = field(default_factory=dict)
    source: str = ""  # file name, for messages

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)


@dataclass(frozen=True)
class Indicator:
    id: str
    level: str
    dimension: str
    label: dict[str, str]
    description: dict[str, str]


@functools.cache
def framework() -> dict[str, Indicator]:
    """The monitoring framework's indicators (protocols/framework.yaml), by id, in cell order."""
    data = yaml.safe_load((PROTOCOL_DIR / "framework.yaml").read_text("utf-8"))
    return {
        item["id"]: Indicator(
            id=item["id"],
            level=cell["level"],
            dimension=cell["dimension"],
            label=item["label"],
            description=item["description"],
        )
        for cell in data["cells"]
        for item in cell["indicators"]
    }


# -- YAML with line numbers ----------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Safe loader that remembers the line of every mapping and refuses duplicate keys."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            raise _Problem("protocol.duplicate_key", key_node.start_mark.line + 1, str(key))
        mapping[key] = loader.construct_object(value_node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Problem(Exception):
    def __init__(self, key: str, line: int, field: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.line, self.field, self.params = key, line, field, params


def parse(text: str, source: str = "<upload>") -> Protocol:
    """Parse and validate one protocol; raises InvalidInput naming file, line and field."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
        if not isinstance(data, dict):
            raise _Problem("protocol.not_mapping", 1, "-")
        return _protocol(data, source)
    except _Problem as problem:
        raise InvalidInput(
            problem.key, file=source, line=problem.line, field=problem.field, **problem.params
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        if "\t" in reason or "'\\t'" in reason:
            reason = "tab"
        raise InvalidInput(
            "protocol.yaml_syntax",
            file=source,
            line=mark.line + 1 if mark else 1,
            field="-",
            reason=reason,
        ) from None


def from_data(data: dict[str, Any], source: str = "<upload>") -> Protocol:
    """Validate an instrument already held as Python values (what an XLSForm import builds),
    by the same rules and with the same messages as `parse`. Each mapping may carry its place
    as `__line__` (any whole number the caller can map back), else 1 is used."""

    def placed(value: Any) -> Any:
        if isinstance(value, dict):
            return {"__line__": 1, **{k: placed(v) for k, v in value.items()}}
        return [placed(v) for v in value] if isinstance(value, list) else value

    try:
        return _protocol(placed(data), source)
    except _Problem as problem:
        raise InvalidInput(
            problem.key, file=source, line=problem.line, field=problem.field, **problem.params
        ) from None


_PARSED: dict[tuple[Path, int, int], Protocol] = {}


def load_file(path: Path) -> Protocol:
    """One instrument file; parsed once per version of the file (Protocol is immutable)."""
    stat = path.stat()
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    if key not in _PARSED:
        _PARSED[key] = _read(path)
    return _PARSED[key]


def _read(path: Path) -> Protocol:
    return _from_bytes(path.name, path.read_bytes())


def _from_bytes(name: str, raw: bytes) -> Protocol:
    if len(raw) > MAX_BYTES:
        raise InvalidInput("protocol.too_large", file=name, line=1, field="-")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("protocol.encoding", file=name, line=1, field="-") from None
    return parse(text, name)


_PARSED_BYTES: dict[tuple[str, bytes], Protocol] = {}


def load_with_store(store: Any) -> tuple[dict[str, Protocol], list[InvalidInput]]:
    """The shipped instruments and those uploaded into the store (any backend: the store hands
    out their files' contents, never a folder); same rules and messages as `load_all`."""
    return load_all(PROTOCOL_DIR, uploaded=store.uploaded_protocols())


def _parse_uploaded(name: str, raw: bytes) -> Protocol:
    key = (name, raw)
    if key not in _PARSED_BYTES:
        if len(_PARSED_BYTES) > 256:
            _PARSED_BYTES.clear()
        _PARSED_BYTES[key] = _from_bytes(name, raw)
    return _PARSED_BYTES[key]


def load_all(
    *directories: Path, uploaded: dict[str, bytes] | None = None
) -> tuple[dict[str, Protocol], list[InvalidInput]]:
    """Every valid instrument by id, and a message for every file that could not be used.
    Without arguments: the shipped instruments. `uploaded` adds files by name and content
    (the store's uploaded instruments), read after the folders."""
    protocols: dict[str, Protocol] = {}
    problems: list[InvalidInput] = []
    paths = [p for d in directories or (PROTOCOL_DIR,) for p in sorted(Path(d).glob("*.yaml"))]
    entries: list[tuple[str, Callable[[], Protocol]]] = [
        (p.name, lambda p=p: load_file(p)) for p in paths
    ]
    entries += [
        (name, lambda name=name, raw=raw: _parse_uploaded(name, raw))
        for name, raw in sorted((uploaded or {}).items())
    ]
    for name, load in entries:
        if Path(name).stem in ("codebook", "framework"):
            continue
        try:
            protocol = load()
        except InvalidInput as exc:
            problems.append(exc)
            continue
        if protocol.id in protocols:
            problems.append(
                InvalidInput(
                    "protocol.duplicate_protocol",
                    file=name,
                    line=1,
                    field="id",
                    id=protocol.id,
                )
            )
            continue
        protocols[protocol.id] = protocol
    return protocols, problems


# -- validation ---------------------------------------------------------------------------


def _protocol(data: dict[str, Any], source: str) -> Protocol:
    line = data["__line__"]
    pid = _name(data, "id", line)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Problem("protocol.bad_version", line, "version")
    mode = data.get("mode")
    if mode not in MODES:
        raise _Problem("protocol.bad_value", line, "mode", value=mode, allowed=", ".join(MODES))
    sections_raw = data.get("sections")
    if not isinstance(sections_raw, list) or not sections_raw:
        raise _Problem("protocol.missing", line, "sections")
    consent = data.get("consent")
    consent_version, consent_text = None, {}
    if consent is not None:
        consent_version = consent.get("version") if isinstance(consent, dict) else None
        if not isinstance(consent_version, int):
            raise _Problem("protocol.bad_version", _line(consent, line), "consent.version")
        consent_text = _text(consent, "text", _line(consent, line), required=True)
    sections = tuple(_section(s, line) for s in sections_raw)
    seen: set[str] = set()
    for question in (q for s in sections for q in s.questions):
        if question.id in seen:
            raise _Problem("protocol.duplicate_id", question.line, "id", id=question.id)
        seen.add(question.id)
    _check_references(sections)
    return Protocol(
        id=pid,
        version=version,
        mode=mode,
        title=_text(data, "title", line, True),
        description=_text(data, "description", line),
        sections=sections,
        consent_version=consent_version,
        consent_text=consent_text,
        source=source,
    )


def _section(data: Any, parent_line: int) -> Section:
    if not isinstance(data, dict):
        raise _Problem("protocol.not_mapping", parent_line, "sections")
    line = data["__line__"]
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        raise _Problem("protocol.missing", line, "questions")
    sid = _name(data, "id", line)
    return Section(
        id=sid,
        title=_text(data, "title", line, True),
        questions=tuple(_question(q, sid, line) for q in questions),
    )


def _question(data: Any, section: str, parent_line: int) -> Question:
    if not isinstance(data, dict):
        raise _Problem("protocol.not_mapping", parent_line, "questions")
    line = data["__line__"]
    qid = _name(data, "id", line)
    qtype = data.get("type")
    if qtype not in TYPES:
        raise _Problem(
            "protocol.unknown_type", line, f"{qid}.type", value=qtype, allowed=", ".join(TYPES)
        )
    choices = tuple(_choice(c, qid, line) for c in data.get("choices") or ())
    if qtype in CHOICE_TYPES and not choices:
        raise _Problem("protocol.no_choices", line, f"{qid}.choices")
    if len({c.value for c in choices}) != len(choices):
        raise _Problem("protocol.duplicate_choice", line, f"{qid}.choices")
    cell = data.get("cell") or {}
    level, dimension = (
        (cell.get("level", ""), cell.get("dimension", "")) if isinstance(cell, dict) else ("", "")
    )
    if cell and (level not in LEVELS or dimension not in DIMENSIONS):
        raise _Problem("protocol.bad_cell", _line(cell, line), f"{qid}.cell")
    indicators = tuple(str(i) for i in data.get("indicators") or ())
    if unknown := [i for i in indicators if i not in framework()]:
        raise _Problem("protocol.unknown_indicator", line, f"{qid}.indicators", value=unknown[0])
    expressions_ = {}
    for name in ("relevant", "constraint"):
        source = data.get(name) or ""
        if source:
            try:
                expressions.parse(str(source))
            except expressions.ExpressionError as exc:
                raise _Problem(
                    "protocol.bad_expression", line, f"{qid}.{name}", reason=str(exc)
                ) from None
        expressions_[name] = str(source)
    show = str(data.get("show") or "both")
    if show not in SHOW:
        raise _Problem(
            "protocol.bad_value", line, f"{qid}.show", value=show, allowed=", ".join(SHOW)
        )
    flags = {f: data.get(f, False) for f in ("required", "core", "reverse", "other")}
    for flag, value in flags.items():
        if not isinstance(value, bool):
            raise _Problem("protocol.bad_flag", line, f"{qid}.{flag}")
    return Question(
        id=qid,
        type=qtype,
        section=section,
        label=_text(data, "label", line, True),
        hint=_text(data, "hint", line),
        choices=choices,
        level=level,
        dimension=dimension,
        indicators=indicators,
        construct=str(data.get("construct") or ""),
        constraint_message=_text(data, "constraint_message", line),
        guidance=_text(data, "guidance", line),
        self_label=_text(data, "self_label", line),
        show=show,
        line=line,
        **flags,
        **expressions_,
    )


def _choice(data: Any, qid: str, line: int) -> Choice:
    if not isinstance(data, dict):
        raise _Problem("protocol.not_mapping", line, f"{qid}.choices")
    value = data.get("value")
    if not isinstance(value, str) or not _VALUE.match(value):
        raise _Problem("protocol.bad_choice_value", data["__line__"], f"{qid}.choices", value=value)
    return Choice(value=value, label=_text(data, "label", data["__line__"], True))


def _name(data: dict[str, Any], key: str, line: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not _NAME.match(value):
        raise _Problem("protocol.bad_id", line, key, value=value)
    return value


def _text(data: dict[str, Any], key: str, line: int, required: bool = False) -> dict[str, str]:
    value = data.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise _Problem("protocol.missing_language", line, key, language="nl, en")
    texts = {lang: value.get(lang) for lang in LANGUAGES}
    missing = [
        lang for lang, text in texts.items() if not isinstance(text, str) or not text.strip()
    ]
    if missing:
        raise _Problem(
            "protocol.missing_language", _line(value, line), key, language=", ".join(missing)
        )
    return {lang: text.strip() for lang, text in texts.items()}


def _line(data: Any, fallback: int) -> int:
    return data.get("__line__", fallback) if isinstance(data, dict) else fallback


def _check_references(sections: tuple[Section, ...]) -> None:
    """Skip logic may only look back at questions asked earlier."""
    earlier: set[str] = set()
    for question in (q for s in sections for q in s.questions):
        for name in ("relevant", "constraint"):
            if getattr(question, name):
                known = earlier | {question.id} if name == "constraint" else earlier
                unknown = expressions.variables(expressions.parse(getattr(question, name))) - known
                if unknown:
                    raise _Problem(
                        "protocol.unknown_reference",
                        question.line,
                        f"{question.id}.{name}",
                        names=", ".join(sorted(unknown)),
                    )
        earlier.add(question.id)


def for_mode(protocol: Protocol, alone: bool) -> Protocol:
    """The instrument as one way of answering sees it. Alone (a respondent on their own link):
    no interviewer guidance, the respondent's wording where the instrument has one, and no
    question meant for the interview only. With an interviewer: no self-only questions."""
    keep = "self" if alone else "interview"
    sections = []
    for section in protocol.sections:
        questions = tuple(
            dataclasses.replace(q, label=q.self_label or q.label, guidance={}) if alone else q
            for q in section.questions
            if q.show in ("both", keep)
        )
        if questions:
            sections.append(dataclasses.replace(section, questions=questions))
    return dataclasses.replace(protocol, sections=tuple(sections))


def made_for_interviews(protocol: Protocol) -> bool:
    """An instrument written to be read out by an interviewer: filled in alone, a respondent
    misses the explanation it counts on (the survey creator warns)."""
    return protocol.mode == "interview"
