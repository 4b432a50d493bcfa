"""Learning questions worded from the codebook's patterns, never by quoting a factor. Pure and
deterministic.

Each theme carries patterns per kind (improve | sustain | anchor) in nl and en
(protocols/codebook.yaml).
A pattern with the slot {who} is used when the evidence names a stakeholder group that fits the
theme (the group named most often in the factor texts, first in GROUPS on a tie); otherwise the
first pattern without a slot. A theme without patterns (one a lab added) gets a general
question naming the theme's label."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from monitor.codebook import Theme, tokens
from monitor.i18n import t

LANGS = ("nl", "en")

# Stakeholder groups a question may name: word stems in factor texts -> the group in nl and en.
GROUPS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "coaches": (
        ("coach", "jobcoach", "werkcoach"),
        {"nl": "de coaches", "en": "the coaches"},
    ),
    "client_managers": (
        ("klantmanager", "consulent", "casemanager"),
        {"nl": "de klantmanagers", "en": "the client managers"},
    ),
    "employers": (
        ("werkgever", "zorgwerkgever", "employer"),
        {"nl": "de werkgevers", "en": "the employers"},
    ),
    "job_seekers": (
        ("werkzoekende", "kandida", "candidate", "jobseeker"),
        {"nl": "de werkzoekenden", "en": "the job seekers"},
    ),
}
# Which groups a theme's {who} may name; themes not listed take any group.
THEME_GROUPS = {
    "frontline_engagement": ("coaches", "client_managers"),
    "capacity": ("coaches", "client_managers"),
    "employer_engagement": ("employers",),
    "target_group_engagement": ("job_seekers",),
    "anchoring": ("employers",),
    "regional_synergy": ("employers",),
}
GENERAL = {
    "improve": {"nl": "Hoe kunnen we verbeteren: {label}?", "en": "How can we improve: {label}?"},
    "sustain": {"nl": "Hoe houden we vast: {label}?", "en": "How do we hold on to: {label}?"},
    "anchor": {
        "nl": "Wat moet er na het project blijven van {label}, en wie wordt daar eigenaar van?",
        "en": "What must stay of {label} after the project, and who will own it?",
    },
}


def in_language(texts: dict[str, str], lang: str) -> str:
    """A learning question's wording in `lang`; where it has none (a question typed in one
    language only), its wording in the other language. The one rule for every screen,
    report, export and the command line."""
    return texts.get(lang) or next((texts[o] for o in LANGS if texts.get(o)), "")


def named_group(theme_id: str, texts: Iterable[str]) -> str | None:
    """The stakeholder group the evidence names most often, if one fits the theme."""
    allowed = THEME_GROUPS.get(theme_id, tuple(GROUPS))
    counts: Counter[str] = Counter()
    for text in texts:
        words = tokens(text)
        for group in allowed:
            stems = GROUPS[group][0]
            if any(w.startswith(stem) for w in words for stem in stems):
                counts[group] += 1
    if not counts:
        return None
    return max(allowed, key=lambda g: (counts[g], -allowed.index(g)))


def question(theme: Theme | None, theme_id: str, kind: str, texts: list[str]) -> dict[str, str]:
    """The question in both languages for a theme and kind, filled from the evidence texts."""
    patterns = (theme.questions if theme else {}).get(kind, {})
    group = named_group(theme_id, texts)
    result = {}
    for lang in LANGS:
        options = patterns.get(lang, ())
        slotted = [p for p in options if "{who}" in p]
        plain = [p for p in options if "{" not in p]
        if group and slotted:
            result[lang] = slotted[0].format(who=GROUPS[group][1][lang])
        elif plain:
            result[lang] = plain[0]
        else:
            label = theme.label.get(lang, theme_id) if theme else theme_id
            result[lang] = GENERAL[kind][lang].format(label=label.lower())
    return result


def evidence_summary(factors: int, sources: int, groups: int, lang: str) -> str:
    """'1 factor uit 1 bron', '3 factors from 2 sources, 2 groups'."""
    counted = {
        "factors": t("count.factors", lang, n=factors),
        "sources": t("count.sources", lang, n=sources),
        "groups": t("count.groups", lang, n=groups),
    }
    if not sources:
        return counted["factors"]
    if groups:
        return t("derive.evidence_groups", lang, **counted)
    return t("derive.evidence", lang, **counted)
