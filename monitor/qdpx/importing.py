"""A REFI-QDA project into a lab, through drafts the researcher confirms.

1. `read_into_lab` reads the file and stores one `QdaImport`: the codes, a suggested mapping of
   each code to a theme and a kind, the sources, and every coded text selection as a pending
   draft. No source and no factor is made yet.
2. `set_mapping` lets the researcher change the mapping (a theme, a new lab theme made from the
   code, or none; enabling, hindering or not said).
3. `confirm` turns chosen drafts into factors, making each draft's source the first time it is
   needed; `reject` sets drafts aside. Every change names the revision it was based on.

The suggested theme of a code: the theme whose label it carries (in either language, or our
own `[id: ...]` mark), else the theme suggester's best theme for the code's name and
description, else its parent's. Its kind: an enabling/hindering word in its name or an
ancestor's, or membership of a set so named."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from collections import Counter
from typing import Any

from monitor import codebook, factors, text
from monitor.errors import Conflict, InvalidInput
from monitor.i18n import t
from monitor.model import (
    Consent,
    DraftStatus,
    Factor,
    FactorKind,
    Lab,
    QdaCode,
    QdaDraft,
    QdaImport,
    QdaSource,
    Source,
    SourceKind,
    Stakeholder,
    StakeholderGroup,
)
from monitor.qdpx.reader import Project, read_file
from monitor.store import Store

NEW_THEME = "new"  # mapping value: make a lab theme from the code
MIN_SUGGESTION = 0.5  # one actor word (half weight) is the least that counts as a hint
_KIND_WORDS = {
    FactorKind.ENABLER: (
        *("enabling", "enabler", "enablers", "enable", "facilitator", "facilitators"),
        *("facilitating", "bevorderend", "bevorderende", "bevorderlijk", "stimulerend"),
        *("stimulerende", "helpend", "helpende", "kracht", "krachten", "positief", "positive"),
        *("success", "succesfactor", "succesfactoren", "strength", "strengths"),
    ),
    FactorKind.BARRIER: (
        *("hindering", "hinder", "barrier", "barriers", "obstacle", "obstacles"),
        *("belemmerend", "belemmerende", "belemmering", "belemmeringen", "drempel"),
        *("drempels", "knelpunt", "knelpunten", "negatief", "negative", "problem"),
        *("problems", "weakness", "weaknesses", "challenge", "challenges"),
    ),
}
_ID_MARK = re.compile(r"\[id: ([a-z0-9_]+)\]")
_GROUP_VARIABLES = ("group", "groep", "stakeholder group", "stakeholdergroep", "role", "rol")


def _kind_of_words(name: str) -> str:
    words = set(codebook.tokens(name))
    for kind, vocabulary in _KIND_WORDS.items():
        if words & set(vocabulary):
            return str(kind)
    return ""


def _is_kind_code(code: QdaCode) -> bool:
    """A code that says only enabling/hindering, such as our own second level."""
    words = codebook.tokens(code.name)
    return bool(words) and all(
        any(w in vocabulary for vocabulary in _KIND_WORDS.values()) for w in words
    )


def suggest_mapping(project: Project, lab: Lab) -> tuple[dict[str, str], dict[str, str]]:
    """(code guid -> theme id or "", code guid -> kind or "") for every code of the project."""
    book = factors.lab_codebook(lab)
    by_label = {
        label.casefold(): theme.id for theme in book.themes for label in theme.label.values()
    }
    by_guid = {code.guid: code for code in project.codes}
    set_kinds: dict[str, str] = {}
    for group in project.groups:
        kind = _kind_of_words(group.name) if group.kind == "set" else ""
        for code_guid in group.codes if kind else ():
            set_kinds[code_guid] = kind
    themes: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for code in project.codes:  # parents come before their children
        parent = by_guid.get(code.parent)
        kinds[code.guid] = (
            set_kinds.get(code.guid)
            or _kind_of_words(code.name)
            or (kinds.get(parent.guid, "") if parent else "")
        )
        if _is_kind_code(code) and parent is not None:
            themes[code.guid] = themes.get(parent.guid, "")
            continue
        mark = _ID_MARK.search(code.description)
        if mark and mark.group(1) in book.ids:
            themes[code.guid] = mark.group(1)
            continue
        if code.name.casefold() in by_label:
            themes[code.guid] = by_label[code.name.casefold()]
            continue
        found = codebook.suggest(f"{code.name}. {code.description}", book)
        if found and found[0].score >= MIN_SUGGESTION:
            themes[code.guid] = found[0].theme
        else:
            themes[code.guid] = themes.get(parent.guid, "") if parent else ""
    return themes, kinds


def read_map_csv(data: bytes, project_codes: list[QdaCode], lab: Lab) -> tuple[dict, dict]:
    """A mapping file: columns `code` (name, path or GUID), `theme` (id, label, `new` or
    empty) and optionally `kind` (enabling/hindering in either language, or empty)."""
    book = factors.lab_codebook(lab)
    by_label = {lbl.casefold(): th.id for th in book.themes for lbl in th.label.values()}
    try:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error):
        raise InvalidInput("qdpx.bad_map") from None
    lookup: dict[str, str] = {}
    for code in project_codes:
        for key in (code.guid, code.name, code.path):
            lookup.setdefault(key.casefold(), code.guid)
    themes: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for number, row in enumerate(rows, start=2):
        row = {str(k).strip().casefold(): str(v or "").strip() for k, v in row.items() if k}
        code_guid = lookup.get(row.get("code", "").casefold())
        if code_guid is None:
            raise InvalidInput("qdpx.map_unknown_code", row=number, code=row.get("code", "")[:80])
        theme = row.get("theme", "")
        if theme and theme != NEW_THEME:
            theme = theme if theme in book.ids else by_label.get(theme.casefold(), "")
            if not theme:
                raise InvalidInput("qdpx.map_unknown_theme", row=number, theme=row["theme"][:80])
        themes[code_guid] = theme
        if row.get("kind"):
            kind = _kind_of_words(row["kind"])
            if not kind:
                raise InvalidInput("qdpx.map_bad_kind", row=number, kind=row["kind"][:40])
            kinds[code_guid] = kind
    return themes, kinds


def read_into_lab(
    store: Store, lab_id: str, data: bytes, filename: str, *, map_csv: bytes | None = None
) -> QdaImport:
    """Read a REFI-QDA file into pending drafts for the lab (the only record written)."""
    lab = store.lab(lab_id)
    project = read_file(data, filename)
    themes, kinds = suggest_mapping(project, lab)
    if map_csv is not None:
        chosen_themes, chosen_kinds = read_map_csv(map_csv, project.codes, lab)
        themes.update(chosen_themes)
        kinds.update(chosen_kinds)
    people = store.records(lab_id, Stakeholder)
    sources = _linked_sources(project, people)
    drafts = tuple(project.selections)
    unsupported = Counter(project.unsupported)
    missing = sum(1 for s in sources if s.missing)
    if missing:
        unsupported["missing_text"] = missing
    if project.notes:
        unsupported["notes"] = len(project.notes)
    not_linked = sum(1 for g in project.groups if g.kind == "case" and not _person(g, people))
    if not_linked:
        unsupported["cases_unmatched"] = not_linked
    record = QdaImport(
        lab_id=lab_id,
        filename=project.filename,
        origin=project.origin,
        project=project.name,
        codes=tuple(project.codes),
        themes=themes,
        kinds=kinds,
        sources=tuple(sources),
        drafts=drafts,
        unsupported=tuple(f"{key}={n}" for key, n in sorted(unsupported.items())),
        phase_id=_default_phase(lab),
    )
    return store.save(record)


def _default_phase(lab: Lab) -> str:
    today = lab.phase_of(dt.date.today())
    return today.id if today else (lab.phases[-1].id if lab.phases else "")


def _person(group: Any, people: list[Stakeholder]) -> Stakeholder | None:
    name = group.name.strip().casefold()
    return next(
        (p for p in people if name and name in (p.pseudonym.casefold(), p.name.casefold())),
        None,
    )


def _group_of(value: str) -> StakeholderGroup | None:
    word = value.strip().casefold()
    for group in StakeholderGroup:
        labels = {str(group), *(t(f"group.{group}", lang).casefold() for lang in ("nl", "en"))}
        if word in labels:
            return group
    return None


def _linked_sources(project: Project, people: list[Stakeholder]) -> list[QdaSource]:
    """The project's sources with the stakeholders and groups its cases and sets give them."""
    links: dict[str, list[str]] = {}
    groups: dict[str, list[StakeholderGroup]] = {}
    for group in project.groups:
        person = _person(group, people) if group.kind in ("case", "set") else None
        group_value = next(
            (v for k, v in group.variables.items() if k.strip().casefold() in _GROUP_VARIABLES),
            "",
        )
        found_group = _group_of(group_value) if group_value else None
        for source_guid in group.sources:
            if person is not None and person.consent == Consent.GIVEN:
                links.setdefault(source_guid, []).append(person.id)
            if found_group is not None:
                groups.setdefault(source_guid, []).append(found_group)
    own = {g.guid: g.variables for g in project.groups if g.kind == "source"}
    return [
        dataclasses.replace(
            source,
            stakeholder_ids=tuple(dict.fromkeys(links.get(source.guid, []))),
            groups=tuple(dict.fromkeys(groups.get(source.guid, []))),
            # our own export keeps a source's date and kind as variables
            created=own.get(source.guid, {}).get("source_date") or source.created,
            kind=own.get(source.guid, {}).get("source_kind", ""),
        )
        for source in project.sources
    ]


def set_mapping(
    store: Store,
    record: QdaImport,
    *,
    themes: dict[str, str],
    kinds: dict[str, str],
    phase_id: str | None = None,
) -> QdaImport:
    """Change the mapping of codes; `new` makes a lab theme named after the code."""
    lab = store.lab(record.lab_id)
    codes = {code.guid: code for code in record.codes}
    chosen = dict(record.themes)
    with store.transaction():
        for code_guid, theme in themes.items():
            if code_guid not in codes:
                raise InvalidInput("qdpx.map_unknown_code", row="-", code=code_guid[:40])
            if theme == NEW_THEME:
                lab, theme = _new_theme(store, lab, codes[code_guid])
            elif theme:
                codebook.validate_theme_id(theme, factors.lab_codebook(lab))
            chosen[code_guid] = theme
        for kind in kinds.values():
            if kind not in ("", *map(str, FactorKind)):
                raise InvalidInput("error.bad_choice", field="factor.kind", value=kind[:40])
        if phase_id is not None and lab.phase(phase_id) is None:
            raise InvalidInput("error.required", field="factor.phase")
        changed = dataclasses.replace(
            record,
            themes=chosen,
            kinds={**record.kinds, **kinds},
            phase_id=record.phase_id if phase_id is None else phase_id,
        )
        return store.save(changed, expected_revision=record.revision)


def _new_theme(store: Store, lab: Lab, code: QdaCode) -> tuple[Lab, str]:
    name = text.clean(code.name, "theme.label_nl", text.SHORT, required=True)
    book = factors.lab_codebook(lab)
    same = next(
        (
            th.id
            for th in book.themes
            if any(v.casefold() == name.casefold() for v in th.label.values())
        ),
        None,
    )
    if same:
        return lab, same
    lab = factors.add_theme(
        store, lab, label_nl=name, label_en=name, description=code.description[: text.LONG]
    )
    return lab, lab.themes[-1].id


def draft_themes(record: QdaImport, draft: QdaDraft) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t_ for g in draft.code_guids if (t_ := record.themes.get(g))))


def draft_kind(record: QdaImport, draft: QdaDraft) -> str:
    return next((k for g in draft.code_guids if (k := record.kinds.get(g))), "")


def draft_text(draft: QdaDraft) -> str:
    return (draft.description or draft.quote).strip()


def confirm(
    store: Store,
    record: QdaImport,
    draft_guids: list[str] | None = None,
    *,
    default_kind: str = "",
) -> tuple[QdaImport, list[tuple[str, str]]]:
    """Turn pending drafts (all, or those named) into factors. A draft that cannot become a
    factor yet (no theme, no kind, no text) stays pending and is returned with the reason key.
    Confirming all also makes the sources that have no coded segment. Returns the changed
    import and the skipped drafts."""
    wanted = set(draft_guids) if draft_guids is not None else None
    skipped: list[tuple[str, str]] = []
    with store.transaction():
        current = store.record(record.lab_id, QdaImport, record.id)
        if current.revision != record.revision:
            raise Conflict("error.conflict", kind=QdaImport.KIND, id=record.id)
        lab = store.lab(record.lab_id)
        book = factors.lab_codebook(lab)
        sources = {s.guid: s for s in current.sources}
        new_sources: dict[str, Source] = {}
        assigned: dict[str, str] = {}
        existing = {(s.title, s.text): s.id for s in store.records(lab.id, Source)}
        made: list[Factor] = []
        drafts: list[QdaDraft] = []
        for draft in current.drafts:
            if draft.status != DraftStatus.PENDING or (
                wanted is not None and draft.guid not in wanted
            ):
                drafts.append(draft)
                continue
            themes = tuple(th for th in draft_themes(current, draft) if th in book.ids)
            kind = draft_kind(current, draft) or default_kind
            reason = (
                "qdpx.skip_theme"
                if not themes
                else "qdpx.skip_kind"
                if not kind
                else "qdpx.skip_text"
                if not draft_text(draft)
                else "qdpx.skip_source"
                if draft.source_guid not in sources
                else ""
            )
            if reason:
                skipped.append((draft.guid, reason))
                drafts.append(draft)
                continue
            source = sources[draft.source_guid]
            source_id = (
                source.source_id
                or assigned.get(source.guid)
                or _source_for(lab, source, current, existing, new_sources)
            )
            assigned[source.guid] = source_id
            lab_source = new_sources.get(source_id) or store.record(lab.id, Source, source_id)
            quote = draft.quote if not source.missing else ""
            if quote and not factors.quote_in_source(quote, lab_source):
                quote = ""
            factor = Factor(
                lab_id=lab.id,
                kind=FactorKind(kind),
                text=text.clean(draft_text(draft), "factor.text", text.LONG, required=True),
                phase_id=lab_source.phase_id or current.phase_id,
                themes=themes,
                groups=source.groups,
                source_id=source_id,
                quote=text.clean(quote, "factor.quote", text.LONG),
            )
            if lab.phase(factor.phase_id) is None:
                raise InvalidInput("error.required", field="factor.phase")
            made.append(factor)
            drafts.append(
                dataclasses.replace(draft, status=DraftStatus.CONFIRMED, factor_id=factor.id)
            )
        if wanted is None:  # confirming everything brings the sources without segments too
            for source in current.sources:
                if not source.source_id and source.guid not in assigned and not source.missing:
                    assigned[source.guid] = _source_for(lab, source, current, existing, new_sources)
        if new_sources:
            store.save_all(list(new_sources.values()))
        if made:
            store.save_all(made)
        by_guid = {s.guid: s for s in current.sources}
        for guid_, source_id in assigned.items():
            by_guid[guid_] = dataclasses.replace(by_guid[guid_], source_id=source_id)
        changed = dataclasses.replace(
            current, drafts=tuple(drafts), sources=tuple(by_guid.values())
        )
        return store.save(changed, expected_revision=current.revision), skipped


def _source_for(
    lab: Lab,
    source: QdaSource,
    record: QdaImport,
    existing: dict[tuple[str, str], str],
    new_sources: dict[str, Source],
) -> str:
    """The lab source for a project source: one with the same title and text, or a new one."""
    title = text.clean(source.name, "source.title", text.SHORT, required=True)
    body = text.clean(source.text, "source.text", text.DOCUMENT)
    found = existing.get((title, body))
    if found is None:
        day = _date(source.created) or dt.date.today()
        phase = lab.phase_of(day)
        made = Source(
            lab_id=lab.id,
            kind=SourceKind(source.kind)
            if source.kind in set(SourceKind)
            else _kind_of_source(title),
            title=title,
            date=day,
            phase_id=phase.id if phase else record.phase_id,
            stakeholder_ids=source.stakeholder_ids,
            text=body,
        )
        new_sources[made.id] = made
        existing[(title, body)] = found = made.id
    return found


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _kind_of_source(title: str) -> SourceKind:
    words = set(codebook.tokens(title))
    if words & {"interview", "interviews", "gesprek", "transcript", "transcriptie"}:
        return SourceKind.INTERVIEW
    if words & {"notulen", "minutes", "verslag"}:
        return SourceKind.MINUTES
    if words & {"observatie", "observation", "observaties", "observations"}:
        return SourceKind.OBSERVATION
    return SourceKind.DOCUMENT


def reject(store: Store, record: QdaImport, draft_guids: list[str]) -> QdaImport:
    wanted = set(draft_guids)
    drafts = tuple(
        dataclasses.replace(d, status=DraftStatus.REJECTED)
        if d.guid in wanted and d.status == DraftStatus.PENDING
        else d
        for d in record.drafts
    )
    return store.save(dataclasses.replace(record, drafts=drafts), expected_revision=record.revision)


def summary(record: QdaImport, lang: str = "en") -> dict[str, Any]:
    """The figures the command line prints and the page shows."""
    status = Counter(d.status for d in record.drafts)
    return {
        "id": record.id,
        "origin": record.origin,
        "codes": len(record.codes),
        "selections": len(record.drafts),
        "drafts": status.get(DraftStatus.PENDING, 0),
        "confirmed": status.get(DraftStatus.CONFIRMED, 0),
        "rejected": status.get(DraftStatus.REJECTED, 0),
        "sources": len(record.sources),
        "unmapped_codes": sum(
            1 for c in record.codes if c.codable and not record.themes.get(c.guid)
        ),
        "unsupported": [
            {"what": key, "count": count, "message": message}
            for (key, count), message in zip(
                _unsupported(record), unsupported_lines(record, lang), strict=True
            )
        ],
    }


def _unsupported(record: QdaImport) -> list[tuple[str, int]]:
    found = []
    for item in record.unsupported:
        key, _, count = item.partition("=")
        found.append((key, int(count) if count.isdigit() else 0))
    return found


def unsupported_lines(record: QdaImport, lang: str) -> list[str]:
    """What the project held that was not imported, one line each, in `lang`."""
    return [
        t(f"qdpx.unsupported.{key.split('.')[0]}", lang, n=count, what=key.partition(".")[2])
        for key, count in _unsupported(record)
    ]


def to_markdown(record: QdaImport, lang: str) -> str:
    found = summary(record, lang)
    counts = {key: found[key] for key in ("codes", "selections", "sources")}
    book_lines = [
        "- " + t("qdpx.read_done", lang, origin=record.origin or "?", **counts),
        f"- {t('qdpx.drafts', lang)}: {found['drafts']}",
    ]
    rows = [
        "| " + " | ".join(t(f"qdpx.col_{c}", lang) for c in ("code", "theme", "kind")) + " |",
        "|---|---|---|",
    ]
    for code in record.codes:
        kind = record.kinds.get(code.guid, "")
        rows.append(
            f"| {_cell(code.path)} | {record.themes.get(code.guid) or '—'} | "
            f"{t(f'qdpx.kind.{kind}', lang) if kind else '—'} |"
        )
    lines = [f"# {record.filename}", "", *book_lines, "", *rows, ""]
    if found["unsupported"]:
        lines += [f"## {t('qdpx.unsupported_title', lang)}", ""]
        lines += [f"- {item['message']}" for item in found["unsupported"]] + [""]
    return "\n".join(lines)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")
