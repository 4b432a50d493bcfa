"""A lab as a REFI-QDA project (.qdpx) and its codebook as a REFI-QDA codebook (.qdc).

The project holds:
- the codebook: every theme as a code with its colour and description, and under it two codes
  for enabling and hindering (the second level), also gathered in two sets;
- the sources as text sources, their plain text in `Sources/<guid>.txt` inside the archive,
  with their date and kind as variables;
- every factor whose quote is found in its source as a `PlainTextSelection` coded with its
  theme(s) and kind, the factor's text as the selection's description;
- the stakeholders as cases (their code, or their name when the researcher asks for names),
  with their group as a variable and the sources about them;
- the learning questions, and the factors without a quoted passage, as notes;
- the researcher who exported as the user.

GUIDs follow from the lab's own ids, so exporting twice gives the same GUIDs and a QDA package
recognises what it already has."""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from monitor import factors, privacy
from monitor.codebook import Codebook, Theme
from monitor.i18n import t
from monitor.model import (
    Factor,
    FactorKind,
    Lab,
    LearningQuestion,
    Source,
    Stakeholder,
    utc_now,
)
from monitor.store import Store

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Social Lab Monitor"
_NAMESPACE = uuid.UUID("6f1d3c2a-51b7-4c8e-9a40-3d2b7e5f8a19")  # ours: GUIDs from lab ids
# Twelve colours that stay apart on a white background, one per theme in codebook order.
PALETTE = (
    *("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"),
    *("#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939"),
)
KINDS = (FactorKind.ENABLER, FactorKind.BARRIER)
VARIABLES = ("group", "source_date", "source_kind", "phase")


def guid(lab_id: str, kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{lab_id}:{kind}:{key}"))


def theme_colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def kind_label(kind: FactorKind | str, lang: str) -> str:
    return t(f"qdpx.kind.{kind}", lang)


@dataclass
class Exported:
    """The archive and what it holds, for the page and the command line to report."""

    data: bytes
    codes: int = 0
    sources: int = 0
    selections: int = 0
    cases: int = 0
    notes: int = 0
    unplaced: list[str] = field(default_factory=list)  # factors without a findable quote


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def _stamp(iso: str) -> str:
    """A store timestamp as xsd:dateTime in UTC (the store writes +00:00 with milliseconds)."""
    return (iso or utc_now()).replace("+00:00", "Z")


def _codes(parent: ET.Element, lab: Lab, book: Codebook, lang: str, qdc: bool) -> int:
    """The theme codes with their enabling/hindering children; returns how many codes."""
    count = 0
    codes = _el(parent, "Codes")
    for index, theme in enumerate(book.themes):
        colour = theme_colour(index)
        code = _el(
            codes,
            "Code",
            guid=guid(lab.id, "theme", theme.id),
            name=theme.label.get(lang) or theme.id,
            isCodable="true",
            color=colour,
        )
        _el(code, "Description", _theme_description(theme, lang))
        for kind in KINDS:
            child = _el(
                code,
                "Code",
                guid=guid(lab.id, "theme-kind", f"{theme.id}:{kind}"),
                name=kind_label(kind, lang),
                isCodable="true",
                color=colour,
            )
            _el(
                child,
                "Description",
                t(f"qdpx.kind_description.{kind}", lang, theme=theme.label.get(lang, theme.id)),
            )
        count += 1 + len(KINDS)
    return count


def _theme_description(theme: Theme, lang: str) -> str:
    other = next(code for code in ("nl", "en") if code != lang)
    text = theme.description.get(lang) or theme.description.get(other, "")
    label = theme.label.get(other)
    return f"{text}\n[{other}: {label}] [id: {theme.id}]" if label else f"{text}\n[id: {theme.id}]"


def _kind_sets(parent: ET.Element, lab: Lab, book: Codebook, lang: str, qdc: bool) -> None:
    sets = _el(parent, "Sets")
    for kind in KINDS:
        group = _el(sets, "Set", guid=guid(lab.id, "kind-set", kind), name=kind_label(kind, lang))
        for theme in book.themes:
            target = guid(lab.id, "theme-kind", f"{theme.id}:{kind}")
            if qdc:
                _el(group, "MemberCode", guid=target)
            else:
                _el(group, "MemberCode", targetGUID=target)


def export_codebook(lab: Lab, lang: str | None = None) -> bytes:
    """The lab's codebook as a REFI-QDA codebook (.qdc)."""
    lang = lang or lab.language
    book = factors.lab_codebook(lab)
    ET.register_namespace("", CODEBOOK_NS)
    root = ET.Element(f"{{{CODEBOOK_NS}}}CodeBook", origin=ORIGIN)
    _codes(root, lab, book, lang, qdc=True)
    _kind_sets(root, lab, book, lang, qdc=True)
    _qualify(root, CODEBOOK_NS)
    return _xml(root)


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where a factor's quote stands in its source: exact first, then ignoring case and the
    amount of white space (as the coding page matches a quote)."""
    if not quote.strip():
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = [re.escape(w) for w in quote.split()]
    match = re.search(r"\s+".join(words), text, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def export_project(
    store: Store, lab_id: str, *, names: bool = False, lang: str | None = None
) -> Exported:
    """The lab as a QDPX archive. Sources about people who withdrew are left out, as in every
    export; people appear by their codes unless `names`."""
    lab = store.lab(lab_id)
    lang = lang or lab.language
    book = factors.lab_codebook(lab)
    people = store.records(lab_id, Stakeholder)
    withheld = privacy.withheld_people(people)
    sources = sorted(
        (s for s in store.records(lab_id, Source) if not privacy.withheld_source(s, withheld)),
        key=lambda s: (s.date, s.title, s.id),
    )
    by_source: dict[str, list[Factor]] = {}
    loose: list[Factor] = []
    kept = {s.id: s for s in sources}
    for factor in sorted(store.records(lab_id, Factor), key=lambda f: f.id):
        source = kept.get(factor.source_id)
        if source is not None and find_quote(source.text, factor.quote):
            by_source.setdefault(source.id, []).append(factor)
        elif factor.source_id and factor.source_id not in kept:
            continue  # evidence from a withheld source stays out with it
        else:
            loose.append(factor)
    questions = sorted(store.records(lab_id, LearningQuestion), key=lambda q: q.id)
    user = guid(lab.id, "user", store.actor or ORIGIN)
    now = _stamp(utc_now())

    ET.register_namespace("", PROJECT_NS)
    root = ET.Element(
        "Project",
        name=lab.name,
        origin=ORIGIN,
        creatingUserGUID=user,
        creationDateTime=_stamp(lab.created),
        modifyingUserGUID=user,
        modifiedDateTime=now,
    )
    users = _el(root, "Users")
    _el(users, "User", guid=user, name=store.actor or ORIGIN)
    result = Exported(data=b"")
    result.codes = _codes(_el(root, "CodeBook"), lab, book, lang, qdc=False)

    variables = _el(root, "Variables")
    var = {name: guid(lab.id, "variable", name) for name in VARIABLES}
    types = {"group": "Text", "source_date": "Date", "source_kind": "Text", "phase": "Text"}
    for name in VARIABLES:
        variable = _el(variables, "Variable", guid=var[name], name=name, typeOfVariable=types[name])
        _el(variable, "Description", t(f"qdpx.variable.{name}", lang))

    cases = [p for p in sorted(people, key=lambda p: p.pseudonym) if p.id not in withheld]
    if cases:
        element = _el(root, "Cases")
        for person in cases:
            case = _el(
                element,
                "Case",
                guid=guid(lab.id, "case", person.id),
                name=person.name if names else person.pseudonym,
            )
            _value(case, var["group"], "TextValue", str(person.group))
            for source in sources:
                if person.id in source.stakeholder_ids:
                    _el(case, "SourceRef", targetGUID=guid(lab.id, "source", source.id))
        result.cases = len(cases)

    files: dict[str, bytes] = {}
    if sources:
        element = _el(root, "Sources")
        for source in sources:
            source_guid = guid(lab.id, "source", source.id)
            node = _el(
                element,
                "TextSource",
                guid=source_guid,
                name=source.title,
                plainTextPath=f"internal://{source_guid}.txt",
                creatingUser=user,
                creationDateTime=_stamp(source.created),
            )
            files[f"Sources/{source_guid}.txt"] = source.text.encode("utf-8")
            for factor in by_source.get(source.id, []):
                _selection(node, lab, factor, source, user)
                result.selections += 1
            _value(node, var["source_date"], "DateValue", source.date.isoformat())
            _value(node, var["source_kind"], "TextValue", str(source.kind))
            phase = lab.phase(source.phase_id)
            if phase is not None:
                _value(node, var["phase"], "TextValue", phase.name)
        result.sources = len(sources)

    if questions or loose:
        element = _el(root, "Notes")
        for question in questions:
            _note(
                element,
                lab.id,
                f"question:{question.id}",
                _question_title(question, lang),
                _question_text(question, book, lang),
                user,
            )
        for factor in loose:
            title = t("qdpx.note_factor", lang, kind=kind_label(factor.kind, lang))
            _note(element, lab.id, f"factor:{factor.id}", title, factor.text, user)
            result.unplaced.append(factor.id)
        result.notes = len(questions) + len(loose)
    _kind_sets(root, lab, book, lang, qdc=False)
    _qualify(root, PROJECT_NS)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", _xml(root))
        for name, payload in files.items():
            archive.writestr(name, payload)
    result.data = buffer.getvalue()
    return result


def _value(parent: ET.Element, variable: str, tag: str, value: str) -> None:
    element = _el(parent, "VariableValue")
    _el(element, "VariableRef", targetGUID=variable)
    _el(element, tag, value)


def _selection(node: ET.Element, lab: Lab, factor: Factor, source: Source, user: str) -> None:
    start, end = find_quote(source.text, factor.quote) or (0, 0)
    selection = _el(
        node,
        "PlainTextSelection",
        guid=guid(lab.id, "selection", factor.id),
        name=" ".join(factor.text.split())[:80],
        startPosition=str(start),
        endPosition=str(end),
        creatingUser=user,
        creationDateTime=_stamp(factor.created),
    )
    _el(selection, "Description", factor.text)
    for theme_id in factor.themes:
        coding = _el(
            selection,
            "Coding",
            guid=guid(lab.id, "coding", f"{factor.id}:{theme_id}"),
            creatingUser=user,
        )
        _el(coding, "CodeRef", targetGUID=guid(lab.id, "theme-kind", f"{theme_id}:{factor.kind}"))


def _note(parent: ET.Element, lab_id: str, key: str, title: str, body: str, user: str) -> None:
    note = _el(parent, "Note", guid=guid(lab_id, "note", key), name=title[:200], creatingUser=user)
    _el(note, "PlainTextContent", body)


def _question_title(question: LearningQuestion, lang: str) -> str:
    text = question.text.get(lang) or next(iter(question.text.values()), "")
    return t("qdpx.note_question", lang, text=" ".join(text.split())[:160])


def _question_text(question: LearningQuestion, book: Codebook, lang: str) -> str:
    lines = [question.text[code] for code in ("nl", "en") if question.text.get(code)]
    lines.append(t("qdpx.note_theme", lang, theme=book.label(question.theme, lang)))
    lines.append(t("qdpx.note_status", lang, status=t(f"status.{question.status}", lang)))
    if question.answer:
        lines.append(t("qdpx.note_answer", lang, answer=question.answer))
    return "\n".join(lines)


def _qualify(root: ET.Element, namespace: str) -> None:
    """Put every element in the REFI namespace (ElementTree writes it as the default one)."""
    for element in root.iter():
        if not element.tag.startswith("{"):
            element.tag = f"{{{namespace}}}{element.tag}"


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
