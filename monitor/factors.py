"""Coding enabling and hindering factors from the evidence, and the views over them."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor import codebook, revisions, text
from monitor.codebook import Codebook, CodedFactor, FactorIndex, Theme
from monitor.errors import Conflict, InvalidInput
from monitor.labs import parse_choice
from monitor.model import (
    Factor,
    FactorKind,
    Lab,
    LabTheme,
    Source,
    StakeholderGroup,
)
from monitor.store import Store

KIND_WORDS = {
    "enabler": "enabler",
    "barrier": "barrier",
    "bevorderend": "enabler",
    "belemmerend": "barrier",
    "enabling": "enabler",
    "hindering": "barrier",
}
STEPS = range(1, 7)
_DEFAULT: Codebook | None = None


def default_codebook() -> Codebook:
    global _DEFAULT  # read-only after the first load: the shipped file does not change
    if _DEFAULT is None:
        _DEFAULT = codebook.load_codebook()
    return _DEFAULT


def lab_codebook(lab: Lab) -> Codebook:
    """The default themes plus the lab's own."""
    return default_codebook().with_themes(
        Theme(id=t.id, label=t.label, description=t.description, custom=True) for t in lab.themes
    )


def add_theme(
    store: Store, lab: Lab, *, label_nl: Any, label_en: Any, description: Any = ""
) -> Lab:
    nl = text.clean(label_nl, "theme.label_nl", text.SHORT, required=True)
    en = text.clean(label_en, "theme.label_en", text.SHORT) or nl
    about = text.clean(description, "theme.description", text.LONG)
    theme_id = "lab_" + "_".join(codebook.tokens(en))[:40]
    book = lab_codebook(lab)
    if theme_id in book.ids or any(
        t.label.get("nl", "").casefold() == nl.casefold() for t in book.themes
    ):
        raise InvalidInput("error.duplicate", field="theme.label_nl", value=nl)
    theme = LabTheme(
        id=theme_id, label={"nl": nl, "en": en}, description={"nl": about, "en": about}
    )
    return store.save(
        dataclasses.replace(lab, themes=(*lab.themes, theme)), expected_revision=lab.revision
    )


def parse_kind(value: Any) -> FactorKind:
    typed = str(value or "").strip()
    if not typed:
        raise InvalidInput("error.required", field="factor.kind")
    word = KIND_WORDS.get(typed.casefold())
    if word is None:
        raise InvalidInput(
            "error.bad_choice",
            field="factor.kind",
            value=typed[:40],
            choices=tuple(f"factor_kind.{k.value}" for k in FactorKind),
        )
    return FactorKind(word)


def _normalise(passage: str) -> str:
    return re.sub(r"\s+", " ", passage).strip().casefold()


def quote_in_source(quote: str, source: Source) -> bool:
    return bool(quote_context(source.text, quote)[1]) or _normalise(quote) in _normalise(
        source.text
    )


def edit_source(store: Store, source: Source, *, title: Any, text_: Any) -> Source:
    """Correct a source's title or text (for example minutes after the meeting). A passage a
    factor quotes must stay in the text; a change someone else made meanwhile is refused."""
    changed = dataclasses.replace(
        source,
        title=text.clean(title, "source.title", text.SHORT, required=True),
        text=text.clean(text_, "source.text", text.DOCUMENT),
    )
    with store.transaction():
        for factor in store.records(source.lab_id, Factor):
            if (
                factor.source_id == source.id
                and factor.quote
                and not quote_in_source(factor.quote, changed)
            ):
                raise InvalidInput("error.quote_removed", quote=factor.quote[:80])
        return store.save(changed, expected_revision=source.revision)


def quote_context(source_text: str, quote: str, width: int = 300) -> tuple[str, str, str]:
    """The passage in its surroundings: (text before, the passage as written, text after).
    Matching ignores case and white space; without a match the passage is empty."""
    if not quote.strip():
        return "", "", ""
    words = [re.escape(w) for w in quote.split()]
    match = re.search(r"\s+".join(words), source_text, flags=re.IGNORECASE)
    if match is None:
        return "", "", ""
    before = source_text[max(0, match.start() - width) : match.start()]
    after = source_text[match.end() : match.end() + width]
    return before, match.group(0), after


def code_factor(
    store: Store,
    lab_id: str,
    *,
    kind: Any,
    text_: Any,
    themes: Iterable[str],
    phase_id: str = "",
    groups: Iterable[Any] = (),
    step: Any = None,
    source_id: str = "",
    quote: Any = "",
    factor_id: str | None = None,
    expected_revision: int | None = None,
) -> Factor:
    """Record (or change) a factor; its evidence is a source and, ideally, a quoted passage.
    A change to a stored factor names the revision it was based on (see monitor.revisions)."""
    lab = store.lab(lab_id)
    fields = _factor_fields(
        store,
        lab,
        kind=kind,
        text_=text_,
        themes=themes,
        phase_id=phase_id,
        groups=groups,
        step=step,
        source_id=source_id,
        quote=quote,
    )
    with store.transaction():
        old = next((f for f in store.records(lab_id, Factor) if f.id == factor_id), None)
        if old is not None:
            changed = revisions.based_on(old, fields, expected_revision)
            return old if changed is None else store.save(changed)
        if expected_revision:  # the factor it was based on was deleted meanwhile
            raise Conflict("error.conflict", kind=Factor.KIND, id=factor_id or "")
        extra = {"id": factor_id} if factor_id else {}
        return store.save(Factor(lab_id=lab_id, **fields, **extra))


def _factor_fields(
    store: Store,
    lab: Lab,
    *,
    kind: Any,
    text_: Any,
    themes: Iterable[str],
    phase_id: str,
    groups: Iterable[Any],
    step: Any,
    source_id: str,
    quote: Any,
) -> dict[str, Any]:
    source = store.record(lab.id, Source, source_id) if source_id else None
    phase_id = phase_id or (source.phase_id if source else "")
    if lab.phase(phase_id) is None:
        raise InvalidInput("error.required", field="factor.phase")
    book = lab_codebook(lab)
    theme_ids = tuple(dict.fromkeys(str(t) for t in themes))
    if not theme_ids:
        raise InvalidInput("error.required", field="factor.themes")
    for theme_id in theme_ids:
        codebook.validate_theme_id(theme_id, book)
    quoted = text.clean(quote, "factor.quote", text.LONG)
    if quoted and source is not None and not quote_in_source(quoted, source):
        raise InvalidInput("error.quote_not_in_source", title=source.title)
    if step not in (None, "") and not (str(step).isdigit() and int(step) in STEPS):
        raise InvalidInput("error.bad_step", value=str(step)[:10])
    return {
        "kind": parse_kind(kind),
        "text": text.clean(text_, "factor.text", text.LONG, required=True),
        "phase_id": phase_id,
        "themes": theme_ids,
        "groups": tuple(
            dict.fromkeys(parse_choice(g, StakeholderGroup, "factor.groups") for g in groups)
        ),
        "step": int(step) if step not in (None, "") else None,
        "source_id": source_id,
        "quote": quoted,
    }


def index(factors: Iterable[Factor]) -> FactorIndex:
    return FactorIndex.build(CodedFactor(f.id, f.text, f.themes) for f in factors)


# -- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    themes: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    source_kinds: frozenset[str] = frozenset()

    def keep(self, factor: Factor, sources: dict[str, Source]) -> bool:
        if self.themes and not self.themes & set(factor.themes):
            return False
        if self.groups and not self.groups & {g.value for g in factor.groups}:
            return False
        if self.source_kinds:
            source = sources.get(factor.source_id)
            return source is not None and source.kind.value in self.source_kinds
        return True


@dataclass(frozen=True)
class ThemeRow:
    """One row of the enablers | barriers table of a phase: a theme and its factors."""

    theme: str
    enablers: tuple[Factor, ...]
    barriers: tuple[Factor, ...]


def enablers_and_barriers(
    factors: Iterable[Factor],
    phase_id: str,
    book: Codebook,
    sources: dict[str, Source],
    filters: Filters = Filters(),
) -> list[ThemeRow]:
    """Per primary theme, in codebook order, the phase's enablers and barriers."""
    kept = [f for f in factors if f.phase_id == phase_id and filters.keep(f, sources)]
    rows = []
    for theme_id in book.ids + tuple(sorted({f.themes[0] for f in kept} - set(book.ids))):
        mine = [f for f in kept if f.themes and f.themes[0] == theme_id]
        if mine:
            rows.append(
                ThemeRow(
                    theme=theme_id,
                    enablers=tuple(f for f in mine if f.kind is FactorKind.ENABLER),
                    barriers=tuple(f for f in mine if f.kind is FactorKind.BARRIER),
                )
            )
    return rows


def theme_phase_counts(
    factors: Iterable[Factor], lab: Lab, filters: Filters, sources: dict[str, Source]
) -> list[dict[str, Any]]:
    """Counts per (theme, phase, kind) over every theme a factor carries: heatmap input."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for factor in factors:
        if filters.keep(factor, sources):
            for theme_id in factor.themes:
                counts[(theme_id, factor.phase_id, factor.kind.value)] += 1
    return [
        {"theme": t, "phase_id": p, "kind": k, "count": n}
        for (t, p, k), n in sorted(counts.items())
        if lab.phase(p) is not None
    ]
