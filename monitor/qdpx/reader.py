"""Reading REFI-QDA files as the QDA packages write them.

Accepted: a `.qdpx` archive (entry `project.qde`, or the one `*.qde` it holds), a bare `.qde`
project and a `.qdc` codebook. Seen in the wild and handled here:
- the namespace `urn:QDA-XML:project:1.0`, a variant spelling (`codebook:1:0`) or none at all
  (Taguette's codebook);
- codes nested in the tree, or flattened into one level with `::` in their names;
- source texts in `Sources/`, `sources/` or elsewhere in the archive (`internal://` paths are
  matched on the file name, whatever the case), inline as `PlainTextContent`, or missing;
- cases, and sets of sources in their place (MAXQDA's document groups);
- the text of a PDF (its `Representation`) and the transcripts of audio and video, with their
  coded passages (a transcript's between its sync points), as text sources;
- what this app cannot hold (pictures, PDF regions, audio and video, links, graphs, codings of
  a whole source) is counted and named, never dropped without a word.

Nothing here writes: the result is plain data for `monitor.qdpx.importing`."""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from xml.etree import ElementTree as ET

from monitor.errors import InvalidInput
from monitor.model import QdaCode, QdaDraft, QdaSource
from monitor.uploads import safe_name

MAX_BYTES = 100 * 1024 * 1024
MAX_UNPACKED = 400 * 1024 * 1024
_FLAT = "::"
_PATH = " > "
_DERIVED = uuid.UUID("0b6c9a52-7e3f-4d21-8f5a-6a1e2c9d4b70")  # parents of `::` names
MEDIA = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")


@dataclass
class Group:
    """A case or a set: a named group of sources, with variables (cases) or without (sets)."""

    guid: str
    name: str
    kind: str  # case | set
    sources: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    variables: dict[str, str] = field(default_factory=dict)


@dataclass
class Project:
    filename: str
    kind: str  # project | codebook
    origin: str = ""
    name: str = ""
    codes: list[QdaCode] = field(default_factory=list)
    sources: list[QdaSource] = field(default_factory=list)
    selections: list[QdaDraft] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    users: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # guid -> text
    unsupported: Counter = field(default_factory=Counter)  # what -> how many
    variables: dict[str, str] = field(default_factory=dict)  # guid -> name


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def read_file(data: bytes, filename: str) -> Project:
    """Read a .qdpx, .qde or .qdc upload; raises InvalidInput with what to do."""
    file = safe_name(filename)
    if not data:
        raise InvalidInput("error.upload_empty", file=file)
    if len(data) > MAX_BYTES:
        raise InvalidInput("error.upload_size", file=file, mb=MAX_BYTES // 2**20)
    members: dict[str, bytes] = {}
    if data[:4] == b"PK\x03\x04":
        xml, members = _unzip(data, file)
    else:
        xml = data
    root = _parse(xml, file)
    kind = _local(root.tag)
    if kind == "CodeBook":
        project = Project(filename=file, kind="codebook", origin=root.get("origin", ""))
        codes = _child(root, "Codes")
        _read_codes(project, codes, "", "")
        _read_sets(project, _child(root, "Sets"))
        # Taguette names a child tag `parent.child`
        _unflatten(project, "." if project.origin.startswith("Taguette") else _FLAT)
        return project
    if kind != "Project":
        raise InvalidInput("qdpx.not_refi", file=file)
    project = Project(
        filename=file, kind="project", origin=root.get("origin", ""), name=root.get("name", "")
    )
    for user in _children(_child(root, "Users") or ET.Element("x"), "User"):
        project.users[user.get("guid", "")] = user.get("name", "")
    book = _child(root, "CodeBook")
    if book is not None:
        _read_codes(project, _child(book, "Codes"), "", "")
    _unflatten(project)
    for variable in _children(_child(root, "Variables") or ET.Element("x"), "Variable"):
        project.variables[variable.get("guid", "")] = variable.get("name", "")
    for note in _children(_child(root, "Notes") or ET.Element("x"), "Note"):
        # ATLAS.ti keeps a memo's text in the archive (plainTextPath), others inline
        written = _source_text(note, members) if members else None
        project.notes[note.get("guid", "")] = (
            (written or "").strip()
            or _text(_child(note, "PlainTextContent"))
            or note.get("name", "")
        )
    sources = _child(root, "Sources")
    for element in list(sources) if sources is not None else []:
        tag = _local(element.tag)
        if tag == "TextSource":
            _read_text_source(project, element, members)
        elif tag in MEDIA:
            _read_media(project, element, tag, members)
    for case in _children(_child(root, "Cases") or ET.Element("x"), "Case"):
        project.groups.append(
            Group(
                guid=case.get("guid", ""),
                name=case.get("name", ""),
                kind="case",
                sources=tuple(r.get("targetGUID", "") for r in _children(case, "SourceRef")),
                codes=tuple(r.get("targetGUID", "") for r in _children(case, "CodeRef")),
                variables=_variables(project, case),
            )
        )
        if _children(case, "SelectionRef"):
            project.unsupported["case_selections"] += len(_children(case, "SelectionRef"))
    _read_sets(project, _child(root, "Sets"))
    for name in ("Links", "Graphs"):
        found = _child(root, name)
        if found is not None and len(found):
            project.unsupported[name.lower()] += len(found)
    return project


def _unzip(data: bytes, file: str) -> tuple[bytes, dict[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if sum(i.file_size for i in infos) > MAX_UNPACKED:
            raise InvalidInput("error.upload_unpacked", file=file, mb=MAX_UNPACKED // 2**20)
        entries = [i for i in infos if i.filename.casefold().endswith(".qde")]
        entry = next((i for i in entries if i.filename.casefold() == "project.qde"), None)
        if entry is None and len(entries) == 1:
            entry = entries[0]
        if entry is None:
            raise InvalidInput("qdpx.no_entry", file=file, found=len(entries))
        members = {
            i.filename: archive.read(i) for i in infos if i is not entry and i.file_size >= 0
        }
        return archive.read(entry), members
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise InvalidInput("error.upload_broken", file=file, reason=str(exc)[:120]) from None


def _parse(xml: bytes, file: str) -> ET.Element:
    # REFI-QDA files never declare a DTD; refusing one keeps entity tricks out.
    starts = xml.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if not starts or b"<!doctype" in xml[:4096].lower() or b"<!entity" in xml.lower():
        raise InvalidInput("qdpx.not_refi", file=file)
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise InvalidInput("qdpx.bad_xml", file=file, line=line, column=column) from None


def _read_codes(project: Project, codes: ET.Element | None, parent: str, path: str) -> None:
    for code in _children(codes, "Code") if codes is not None else []:
        name = code.get("name", "").strip()
        guid = code.get("guid", "") or str(uuid.uuid5(_DERIVED, f"{path}{_PATH}{name}"))
        full = f"{path}{_PATH}{name}" if path else name
        project.codes.append(
            QdaCode(
                guid=guid,
                name=name,
                path=full,
                parent=parent,
                description=_text(_child(code, "Description")),
                color=code.get("color", ""),
                codable=code.get("isCodable", "true").strip().lower() != "false",
            )
        )
        _read_codes(project, code, guid, full)


def _unflatten(project: Project, separator: str = _FLAT) -> None:
    """Codes named `Parent::Child` at the top level become a tree, with the missing parents
    made up (not codable) so that the hierarchy shows as the researcher built it."""
    known = {code.path: code for code in project.codes}
    result: list[QdaCode] = []
    for code in project.codes:
        if code.parent or separator not in code.name:
            result.append(code)
            continue
        parts = [p.strip() for p in code.name.split(separator) if p.strip()]
        parent = ""
        for depth in range(1, len(parts)):
            path = _PATH.join(parts[:depth])
            if path not in known:
                made = QdaCode(
                    guid=str(uuid.uuid5(_DERIVED, path)),
                    name=parts[depth - 1],
                    path=path,
                    parent=parent,
                    codable=False,
                )
                known[path] = made
                result.append(made)
            parent = known[path].guid
        result.append(
            QdaCode(
                guid=code.guid,
                name=parts[-1] if parts else code.name,
                path=_PATH.join(parts),
                parent=parent,
                description=code.description,
                color=code.color,
                codable=code.codable,
            )
        )
    project.codes = result


def _read_sets(project: Project, sets: ET.Element | None) -> None:
    for group in _children(sets, "Set") if sets is not None else []:
        members = _children(group, "MemberCode")
        project.groups.append(
            Group(
                guid=group.get("guid", ""),
                name=group.get("name", ""),
                kind="set",
                sources=tuple(r.get("targetGUID", "") for r in _children(group, "MemberSource")),
                codes=tuple(r.get("targetGUID") or r.get("guid", "") for r in members),
            )
        )


def _variables(project: Project, element: ET.Element) -> dict[str, str]:
    found = {}
    for value in _children(element, "VariableValue"):
        ref = _child(value, "VariableRef")
        name = project.variables.get(ref.get("targetGUID", "") if ref is not None else "", "")
        payload = next((c for c in value if _local(c.tag) != "VariableRef"), None)
        if name:
            found[name] = _text(payload)
    return found


def _source_text(element: ET.Element, members: dict[str, bytes]) -> str | None:
    """The plain text of a source or note: inline, or the archive member its plainTextPath
    names (`internal://x.txt`, found whatever folder or case the package wrote it in)."""
    inline = _child(element, "PlainTextContent")
    if inline is not None:
        return "".join(inline.itertext())
    path = element.get("plainTextPath", "")
    if not path:
        return None
    wanted = PurePosixPath(path.split("://", 1)[-1].replace("\\", "/")).name.casefold()
    for name, payload in members.items():
        if PurePosixPath(name.replace("\\", "/")).name.casefold() == wanted:
            return _decode(payload)
    return None


def _decode(payload: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = payload.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not payload.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        return text
    return payload.decode("cp1252", errors="replace")


def _read_media(project: Project, element: ET.Element, tag: str, members: dict[str, bytes]) -> None:
    """A PDF, picture, audio or video source. What of it is text comes in: the text
    representation of a PDF (ATLAS.ti and NVivo code a PDF's text there) and the transcripts of
    audio and video, with their coded passages. The rest is counted as not imported."""
    texts = _children(element, "Representation") + _children(element, "Transcript")
    name = element.get("name", "") or element.get("guid", "")
    for index, text in enumerate(texts):
        own = text.get("name", "")
        titled = own if own and own != name else name
        if len(texts) > 1 and titled == name:
            titled = f"{name} ({index + 1})"
        _read_text_source(project, text, members, name=titled, fallback_guid=element.get("guid"))
    if not texts:
        project.unsupported[f"source.{tag}"] += 1
    selections = [c for c in element if _local(c.tag).endswith("Selection")]
    if selections:
        project.unsupported[f"selection.{tag}"] += len(selections)


def _read_text_source(
    project: Project,
    element: ET.Element,
    members: dict[str, bytes],
    name: str = "",
    fallback_guid: str | None = None,
) -> None:
    """A text source, or the text of another source (a PDF's representation, a transcript),
    with its coded passages."""
    guid = element.get("guid", "") or str(uuid.uuid5(_DERIVED, f"text:{fallback_guid}"))
    text = _source_text(element, members)
    project.sources.append(
        QdaSource(
            guid=guid,
            name=name or element.get("name", "") or guid,
            text=text or "",
            missing=text is None,
            created=element.get("creationDateTime", ""),
        )
    )
    variables = _variables(project, element)
    if variables:
        project.groups.append(
            Group(guid=guid, name="", kind="source", sources=(guid,), variables=variables)
        )
    if _children(element, "Coding"):
        project.unsupported["whole_source_codings"] += len(_children(element, "Coding"))
    # a transcript's passages run between sync points, each at a position in its text
    synced = {
        point.get("guid", ""): point.get("position", "")
        for point in _children(element, "SyncPoint")
    }
    passages = [
        (selection, selection.get("startPosition", ""), selection.get("endPosition", ""))
        for selection in _children(element, "PlainTextSelection")
    ] + [
        (
            selection,
            synced.get(selection.get("fromSyncPoint", ""), ""),
            synced.get(selection.get("toSyncPoint", ""), ""),
        )
        for selection in _children(element, "TranscriptSelection")
    ]
    for selection, written_start, written_end in passages:
        try:
            start, end = int(written_start), int(written_end)
        except ValueError:
            project.unsupported["bad_positions"] += 1
            continue
        if end < start:
            start, end = end, start
        codes = tuple(
            ref.get("targetGUID", "")
            for coding in _children(selection, "Coding")
            for ref in _children(coding, "CodeRef")
        )
        description = _text(_child(selection, "Description"))
        if not description:
            notes = [project.notes.get(r.get("targetGUID", ""), "") for r in _notes_of(selection)]
            description = "\n".join(n for n in notes if n)
        quote = text[start:end] if text is not None and end <= len(text) else ""
        if text is not None and end > len(text):
            project.unsupported["out_of_range"] += 1
        project.selections.append(
            QdaDraft(
                guid=selection.get("guid", "") or str(uuid.uuid4()),
                source_guid=guid,
                start=start,
                end=end,
                # QualCoder and others also keep the passage in the name: better than nothing
                # when the archive lacks the text.
                quote=quote.strip() or _clean_name(selection.get("name", "")),
                description=description,
                code_guids=codes,
            )
        )


def _notes_of(selection: ET.Element) -> list[ET.Element]:
    found = _children(selection, "NoteRef")
    for coding in _children(selection, "Coding"):
        found += _children(coding, "NoteRef")
    return found


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()
