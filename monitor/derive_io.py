"""`labmonitor derive`: read factors from a YAML or CSV file (or a stored lab), suggest missing
themes, and print the proposed learning agenda as JSON or Markdown. Never writes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import yaml

from monitor import agenda, codebook, derive, factors
from monitor.errors import InvalidInput, MonitorError
from monitor.labs import DEFAULT_PHASES
from monitor.model import Action, Factor, LearningQuestion, Source
from monitor.store import Store

SUGGESTIONS = 3  # theme suggestions shown per factor
DEFAULT_PHASE_NAMES = {
    name.casefold(): i + 1 for names in DEFAULT_PHASES.values() for i, name in enumerate(names)
}


def read_factor_file(path: Path) -> list[dict[str, Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("error.upload_encoding", file=path.name) from None
    if path.suffix.casefold() == ".csv":
        from monitor.uploads import csv_delimiter

        return [
            {k.strip().casefold(): (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(io.StringIO(text), delimiter=csv_delimiter(text))
        ]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InvalidInput(
            "protocol.yaml_syntax",
            file=path.name,
            line=mark.line + 1 if mark else 1,
            field="-",
            reason=getattr(exc, "problem", "") or "",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("factors"), list):
        raise InvalidInput("error.derive_format", file=path.name)
    return data["factors"]


def _phase(value: Any) -> int:
    cell = str(value if value is not None else "").strip()
    if cell.isdigit() and int(cell) >= 1:
        return int(cell)
    if cell.casefold() in DEFAULT_PHASE_NAMES:
        return DEFAULT_PHASE_NAMES[cell.casefold()]
    raise InvalidInput("error.unknown_reference", field="factor.phase", value=cell[:40])


def _themes(row: dict[str, Any]) -> list[str]:
    value = row.get("themes", row.get("theme", row.get("gold_themes")))
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value or "").replace(",", ";").split(";") if part.strip()]


def inputs_from_rows(
    rows: list[dict[str, Any]], book: codebook.Codebook
) -> list[derive.FactorInput]:
    """Factor inputs keyed by their index; themes suggested where a row has none."""
    return read_inputs(rows, book)[0]


def read_inputs(
    rows: list[dict[str, Any]], book: codebook.Codebook
) -> tuple[list[derive.FactorInput], dict[str, list[codebook.Suggestion]]]:
    """Factor inputs keyed by their index, and theme suggestions per factor (best first, up
    to 3). Rows that carry a theme are the lab's earlier coding: they lend their themes to the
    rows without one, as in the app; a coded row's own suggestions come from the lexicon only."""
    parsed, errors = [], []
    suggestions: dict[str, list[codebook.Suggestion]] = {}
    index = codebook.FactorIndex.build(
        codebook.CodedFactor(str(i), str(row.get("text") or ""), tuple(_themes(row)))
        for i, row in enumerate(rows)
        if isinstance(row, dict) and _themes(row)
    )
    for i, row in enumerate(rows):
        try:
            if not isinstance(row, dict):
                raise InvalidInput("error.derive_format", file=f"#{i}")
            text = str(row.get("text") or "").strip()
            if not text:
                raise InvalidInput("error.required", field="factor.text")
            themes = _themes(row)
            for theme in themes:
                codebook.validate_theme_id(theme, book)
            ranked = codebook.suggest(text, book, None if themes else index)
            suggestions[str(i)] = ranked[:SUGGESTIONS]
            if not themes:
                themes = [ranked[0].theme] if ranked else []
            group = row.get("group", row.get("groups", ""))
            groups = group if isinstance(group, list) else [g for g in str(group).split(";") if g]
            parsed.append(
                derive.FactorInput(
                    key=str(i),
                    kind=factors.parse_kind(row.get("kind")).value,
                    phase=_phase(row.get("phase")),
                    themes=tuple(themes),
                    text=text,
                    source=str(row.get("source") or ""),
                    groups=tuple(g.strip() for g in groups),
                )
            )
        except MonitorError as exc:
            errors.append((i + 1, exc))
    if errors:
        from monitor.errors import InvalidRows

        raise InvalidRows(errors)
    return parsed, suggestions


def anchor_phase(value: str | None, inputs: list[derive.FactorInput]) -> int | None:
    """--anchor-phase: a phase number, or 'last' for the highest phase among the factors."""
    if value is None:
        return None
    cell = str(value).strip().casefold()
    if cell == "last":
        return max((f.phase for f in inputs), default=None)
    if cell.isdigit() and int(cell) >= 1:
        return int(cell)
    raise InvalidInput("error.unknown_reference", field="factor.phase", value=cell[:40])


def _why(suggestion: codebook.Suggestion, by_index: bool) -> list[str]:
    similar = (int(k) if by_index else k for k in suggestion.similar)
    return [f"keyword: {k}" for k in suggestion.keywords] + [f"similar: {k}" for k in similar]


def lab_inputs(store: Store, lab_id: str) -> tuple[list[derive.FactorInput], list]:
    lab = store.lab(lab_id)
    stored = store.records(lab_id, Factor)
    sources = {s.id: s for s in store.records(lab_id, Source)}
    known = agenda.decisions(
        lab, store.records(lab_id, LearningQuestion), store.records(lab_id, Action)
    )
    return agenda.factor_inputs(lab, stored, sources), known


def to_json(
    inputs: list[derive.FactorInput],
    proposals: list[derive.Proposal],
    lang: str,
    by_index: bool,
    suggestions: dict[str, list[codebook.Suggestion]] | None = None,
) -> str:
    def ref(key: str) -> Any:
        return int(key) if by_index else key

    name = "index" if by_index else "id"
    data = {
        "factors": [
            {
                name: ref(f.key),
                "themes": list(f.themes),
                "suggestions": [
                    {"theme": s.theme, "score": s.score, "why": _why(s, by_index)}
                    for s in (suggestions or {}).get(f.key, [])
                ],
            }
            for f in inputs
        ],
        "learning_questions": [
            {
                "phase": p.phase,
                "theme": p.theme,
                "kind": p.kind,
                "question": {code: p.question[code] for code in ("nl", "en")},
                "evidence": [ref(k) for k in p.evidence],
                "evidence_summary": p.summary(lang),
                "salience": p.salience,
                "flags": list(p.flags),
                "reasons": list(p.reasons),
            }
            for p in proposals
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_markdown(proposals: list[derive.Proposal], book: codebook.Codebook, lang: str) -> str:
    lines = []
    for phase in sorted({p.phase for p in proposals}):
        lines += [f"## {'Fase' if lang == 'nl' else 'Phase'} {phase}", ""]
        for p in (p for p in proposals if p.phase == phase):
            flags = f" [{', '.join(p.flags)}]" if p.flags else ""
            lines.append(
                f"- **{book.label(p.theme, lang)}** ({p.kind}, {p.salience}){flags}: "
                f"{p.question[lang]} ({p.summary(lang)}: {', '.join(p.evidence)})"
            )
        lines.append("")
    return "\n".join(lines).strip() + "\n"
