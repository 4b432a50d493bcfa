"""Instrument versions and the variable codebook for survey data.

A new version of an instrument that already has responses may reword, add and move questions,
but must not silently break the answers stored under the old version: a variable that is gone,
an answer type that changed, a choice value that disappeared or a flipped reverse-scoring flag
would make old data unreadable or read the wrong way. An explicit mapping (renames) resolves
such changes; `apply_mapping` then rewrites the stored answers.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from monitor import expressions
from monitor.errors import InvalidInput
from monitor.protocols import AGREEMENT, CHOICE_TYPES, Protocol, Question, Section

# The same codes monitor.interviews and monitor.surveys store (kept here so this pure module
# does not depend on the answering machinery).
OTHER = "other"  # the choice value of "other, namely ..."
OTHER_SUFFIX = "_other"  # answers[f"{id}_other"] holds the "namely" text
DONT_KNOW, NO_ANSWER = "dk", "na"
SPECIAL_TYPES = ("agreement5", "yes_no", "single_choice")  # the types that offer dk / na
TEXT_TYPES = frozenset({"short_text", "long_text"})  # stored alike: a change is harmless

DESTRUCTIVE_KINDS = (
    "removed",  # the variable is gone (a rename without mapping shows as this)
    "type_changed",  # other answer type; short_text <-> long_text is harmless
    "choice_removed",  # detail: the choice value that is gone
    "other_removed",  # "other, namely" turned off
    "reverse_changed",  # old scores would be read the other way
)

# Value labels of the downloadable codebook: short and fixed, so a codebook reads the same
# however the wording on screen changes.
_CODEBOOK_LABELS = MappingProxyType(
    {
        "nl": MappingProxyType(
            {
                "agreement": ("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"),
                "yes": "Ja",
                "no": "Nee",
                DONT_KNOW: "Weet ik niet",
                NO_ANSWER: "Zeg ik liever niet",
                OTHER: "Anders",
                "namely": "anders, namelijk",
                "date": "JJJJ-MM-DD",
            }
        ),
        "en": MappingProxyType(
            {
                "agreement": ("Fully disagree", "Disagree", "Neutral", "Agree", "Fully agree"),
                "yes": "Yes",
                "no": "No",
                DONT_KNOW: "Don't know",
                NO_ANSWER: "Prefer not to say",
                OTHER: "Other",
                "namely": "other, namely",
                "date": "YYYY-MM-DD",
            }
        ),
    }
)


@dataclasses.dataclass(frozen=True)
class Change:
    """One change between two versions of an instrument, for one old variable."""

    kind: str  # one of DESTRUCTIVE_KINDS
    variable: str  # the variable name in the old version
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.variable}" + (f" ({self.detail})" if self.detail else "")


# -- versions -------------------------------------------------------------------------------


def destructive_changes(old: Protocol, new: Protocol) -> list[Change]:
    """What in `new` would break responses collected with `old`, in the old question order.
    Wording, hints, new questions or choices, moves and core/construct changes are harmless."""
    return list(_changes(old, new, {}))


def check_new_version(
    old: Protocol,
    new: Protocol,
    responses_exist: bool,
    mapping: dict[str, str] | None = None,
) -> list[Change]:
    """Refuse a replacement that would break stored responses; return what `mapping` resolved.

    `mapping` holds explicit renames: an old variable name to its new name, and
    `"variable=value"` (old variable name) to a new choice value. Raises InvalidInput when the
    version is not raised or when destructive changes remain.
    """
    if not responses_exist:
        return []
    if new.version <= old.version:
        raise InvalidInput(
            "instrument.version_not_raised", id=old.id, old=old.version, new=new.version
        )
    remaining = list(_changes(old, new, mapping or {}))
    if remaining:
        raise InvalidInput(
            "instrument.destructive", id=old.id, changes="; ".join(str(c) for c in remaining)
        )
    return destructive_changes(old, new)  # everything the plain comparison finds was resolved


def apply_mapping(answers: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """One stored answers dict rewritten for the new version: variables renamed (with their
    `_other` text) and renamed choices replaced in single values and lists. Pure."""
    renames, choices = _split(mapping)
    result: dict[str, Any] = {}
    for key, value in answers.items():
        if key in renames:
            new_key = renames[key]
        elif key.endswith(OTHER_SUFFIX) and key.removesuffix(OTHER_SUFFIX) in renames:
            new_key = renames[key.removesuffix(OTHER_SUFFIX)] + OTHER_SUFFIX
        else:
            new_key = key
        own = choices.get(key, {})
        if isinstance(value, str):
            value = own.get(value, value)
        elif isinstance(value, list):
            # two old choices may merge into one: keep it once, in its first place
            value = list(dict.fromkeys(own.get(v, v) if isinstance(v, str) else v for v in value))
        result[new_key] = value
    return result


def _changes(old: Protocol, new: Protocol, mapping: dict[str, str]) -> Iterator[Change]:
    renames, choices = _split(mapping)
    answerable = [q for q in old.questions if q.answerable]
    new_questions = {q.id: q for q in new.questions}
    targets = Counter(renames.get(q.id, q.id) for q in answerable)
    for question in answerable:
        target = renames.get(question.id, question.id)
        # a rename onto a variable that another old variable keeps would mix two sets of answers
        if target not in new_questions or (target != question.id and targets[target] > 1):
            yield Change("removed", question.id)
            continue
        yield from _compare(question, new_questions[target], choices.get(question.id, {}))


def _compare(old: Question, new: Question, choice_map: dict[str, str]) -> Iterator[Change]:
    if old.type != new.type and not {old.type, new.type} <= TEXT_TYPES:
        yield Change("type_changed", old.id, f"{old.type} → {new.type}")
        return
    if old.type in CHOICE_TYPES:
        offered = {c.value for c in new.choices} | ({OTHER} if new.other else set())
        for choice in old.choices:
            if choice.value not in offered and choice_map.get(choice.value) not in offered:
                yield Change("choice_removed", old.id, choice.value)
        if old.other and not new.other and choice_map.get(OTHER) not in offered:
            yield Change("other_removed", old.id)
    if old.reverse != new.reverse:
        yield Change("reverse_changed", old.id)


def _split(mapping: dict[str, str]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Variable renames, and choice renames per old variable."""
    renames: dict[str, str] = {}
    choices: dict[str, dict[str, str]] = {}
    for key, target in mapping.items():
        variable, is_choice, value = key.partition("=")
        if is_choice:
            choices.setdefault(variable.strip(), {})[value.strip()] = target.strip()
        else:
            renames[key.strip()] = target.strip()
    return renames, choices


# -- codebook -------------------------------------------------------------------------------


def codebook_rows(
    protocol: Protocol, lang: str, waves_present: dict[str, list[str]] | None = None
) -> list[dict[str, str]]:
    """The codebook next to a data export: one row per variable, in question order, with value
    labels in `lang`; a `<var>_other` row follows each question with "other, namely".
    `waves_present` names the waves that hold data per variable ("" when not given)."""
    waves = waves_present or {}
    rows: list[dict[str, str]] = []
    for question in (q for q in protocol.questions if q.answerable):
        rows.append(
            {
                "variable": question.id,
                "label_nl": question.label.get("nl", ""),
                "label_en": question.label.get("en", ""),
                "type": question.type,
                "values": _values(question, lang),
                "construct": question.construct,
                "reverse": _yes(question.reverse),
                "core": _yes(question.core),
                "relevant": question.relevant,
                "waves": ", ".join(waves.get(question.id, [])),
                "section": question.section,
            }
        )
        if question.other:
            rows.append(_other_row(question, waves))
    return rows


def _other_row(question: Question, waves: dict[str, list[str]]) -> dict[str, str]:
    variable = question.id + OTHER_SUFFIX
    return {
        "variable": variable,
        "label_nl": f"{question.label.get('nl', '')} – {_CODEBOOK_LABELS['nl']['namely']}",
        "label_en": f"{question.label.get('en', '')} – {_CODEBOOK_LABELS['en']['namely']}",
        "type": "text",
        "values": "",
        "construct": "",
        "reverse": "",
        "core": _yes(question.core),
        "relevant": f"selected(${{{question.id}}}, '{OTHER}')",
        # the column exists wherever its question does
        "waves": ", ".join(waves.get(variable, waves.get(question.id, []))),
        "section": question.section,
    }


def _values(question: Question, lang: str) -> str:
    labels = _CODEBOOK_LABELS.get(lang, _CODEBOOK_LABELS["en"])
    pairs: list[tuple[str, str]] = []
    if question.type == "agreement5":
        pairs = list(zip((v for v, _ in AGREEMENT), labels["agreement"], strict=True))
    elif question.type == "yes_no":
        pairs = [("yes", labels["yes"]), ("no", labels["no"])]
    elif question.type in CHOICE_TYPES:
        pairs = [(c.value, c.label.get(lang) or c.label.get("en", "")) for c in question.choices]
        if question.other:
            pairs.append((OTHER, labels[OTHER]))
    elif question.type == "date":
        return labels["date"]
    if question.type in SPECIAL_TYPES:
        pairs += [(DONT_KNOW, labels[DONT_KNOW]), (NO_ANSWER, labels[NO_ANSWER])]
    return "; ".join(f"{value} = {label}" for value, label in pairs)


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


# -- short form -----------------------------------------------------------------------------


def core_form(protocol: Protocol) -> Protocol:
    """The short read-aloud form: only the core questions, with the instructions of the
    sections that keep any; ids, variable names, version and consent stay the same."""
    sections: list[Section] = []
    for section in protocol.sections:
        if not any(q.core and q.answerable for q in section.questions):
            continue
        kept = tuple(q for q in section.questions if q.core or not q.answerable)
        sections.append(dataclasses.replace(section, questions=kept))
    kept_ids = {q.id for s in sections for q in s.questions}
    # A skip rule that reads a dropped question would be judged on an answer nobody is asked
    # (an unanswered variable makes a comparison false), so the question would vanish or show
    # for no visible reason. We keep the question and drop the rule, without a message: the
    # interviewer reading aloud can still skip it. A constraint that reads a dropped question
    # would refuse every answer, so it goes the same way.
    sections = [
        dataclasses.replace(
            s, questions=tuple(_without_dangling_rules(q, kept_ids) for q in s.questions)
        )
        for s in sections
    ]
    return dataclasses.replace(protocol, sections=tuple(sections))


def _without_dangling_rules(question: Question, kept_ids: set[str]) -> Question:
    changes: dict[str, Any] = {}
    if question.relevant and not _reads_only(question.relevant, kept_ids):
        changes["relevant"] = ""
    if question.constraint and not _reads_only(question.constraint, kept_ids):
        changes["constraint"] = ""
        changes["constraint_message"] = {}
    return dataclasses.replace(question, **changes) if changes else question


def _reads_only(source: str, kept_ids: set[str]) -> bool:
    return expressions.variables(expressions.parse(source)) <= kept_ids
