"""From coded factors to draft learning questions, per phase. Pure functions: no store, no
clock, no files.

Which themes get a question, per phase p (a factor counts fully for its first theme and half
for each further theme):
- improve ("Hoe kunnen we ...?"): the theme's hindering weight in p is at least 1;
- sustain ("Hoe houden we ... vast?"): no improve question for the theme, and its enabling
  weight in p is at least 1 and strong (two or more enabling factors, or from two or more
  sources or stakeholder groups), or at least 0.5 and the theme was enabling in p-1 as well
  (recurrence).

Questions are worded from the codebook's patterns (monitor/wording.py), never quoting a factor.

Salience (higher = more urgent), documented so researchers can weigh it:
    salience = weight + 0.5 * (distinct sources - 1) + 0.5 * (distinct groups - 1)
               + 1.0 * (number of earlier consecutive phases with the same kind of factor)
Flags: `persistent` - a barrier theme that was hindering in the previous phase too;
`escalated` - persistent while the question raised on it earlier has no completed action.

Anchoring (anchor_phase: the lab's last phase, or the current one when the researcher marked
the lab as nearing its end): there, what would get a sustain question gets an anchor question
instead (what must stay after the project), and so does a barrier theme `anchoring` (who owns
the approach afterwards, how it enters the regular offer). When the evidence of that phase
yields no anchor question at all, one general anchor question on `anchoring` rests on the
phase's enablers (or, without any, on its factors), so the last phase always asks about it.

Ranking (rank()): the proposals of the current phase first, then the later phases before the
earlier ones; within a phase the most salient first. Each proposal carries the reasons for its
rank that a steering group can check: escalated, persistent, many groups (two or more), many
sources (two or more). The meeting pack and the agenda show the first TOP and fold the rest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from monitor import wording
from monitor.codebook import Codebook, load_codebook

IMPROVE, SUSTAIN, ANCHOR = "improve", "sustain", "anchor"
SECONDARY_WEIGHT = 0.5
TOP = 5  # proposals shown before the rest is folded
MANY = 2  # this many sources or groups is a reason to rank higher
REASONS = ("escalated", "persistent", "many_groups", "many_sources")


@dataclass(frozen=True)
class FactorInput:
    """What derivation needs of a factor; `key` is its id (or its index in a file)."""

    key: str
    kind: str  # enabler | barrier
    phase: int  # 1-based
    themes: tuple[str, ...]
    text: str
    source: str = ""
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Proposal:
    phase: int
    theme: str
    kind: str  # improve | sustain
    question: dict[str, str]  # language -> wording
    evidence: tuple[str, ...]  # factor keys
    sources: int
    groups: tuple[str, ...]
    salience: float
    flags: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[int, str, str]:
        return (self.phase, self.theme, self.kind)

    def summary(self, lang: str) -> str:
        """What the proposal rests on: '1 factor uit 1 bron'."""
        return wording.evidence_summary(len(self.evidence), self.sources, len(self.groups), lang)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the proposal ranks where it does, strongest reason first (see REASONS)."""
        found = set(self.flags)
        if len(self.groups) >= MANY:
            found.add("many_groups")
        if self.sources >= MANY:
            found.add("many_sources")
        return tuple(r for r in REASONS if r in found)


@dataclass(frozen=True)
class Decision:
    """What the researcher did with an earlier proposal (accepted, edited, merged, rejected),
    and on which evidence. A rejected proposal returns only with new evidence."""

    phase: int
    theme: str
    kind: str
    status: str  # accepted | rejected
    evidence: frozenset[str] = field(default_factory=frozenset)
    has_completed_action: bool = False


@dataclass
class _Tally:
    weight: float = 0.0
    count: int = 0
    factors: list[FactorInput] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)

    def add(self, factor: FactorInput, weight: float) -> None:
        self.weight += weight
        self.count += 1
        self.factors.append(factor)
        if factor.source:
            self.sources.add(factor.source)
        self.groups.update(factor.groups)

    @property
    def strong(self) -> bool:
        return self.count >= 2 or len(self.sources) >= 2 or len(self.groups) >= 2


def _tallies(factors: Iterable[FactorInput]) -> dict[tuple[int, str, str], _Tally]:
    tallies: dict[tuple[int, str, str], _Tally] = defaultdict(_Tally)
    for factor in factors:
        for rank, theme in enumerate(dict.fromkeys(factor.themes)):
            weight = 1.0 if rank == 0 else SECONDARY_WEIGHT
            tallies[(factor.phase, theme, factor.kind)].add(factor, weight)
    return tallies


def propose(
    factors: Iterable[FactorInput],
    *,
    decisions: Iterable[Decision] = (),
    include_decided: bool = False,
    book: Codebook | None = None,
    anchor_phase: int | None = None,
) -> list[Proposal]:
    """Draft learning questions for every phase, most salient first within a phase. Decided
    proposals are left out unless include_decided (their flags still matter for prompts).
    Questions are worded from the patterns of `book` (the default codebook if None)."""
    book = book if book is not None else _default_book()
    factors = list(factors)
    tallies = _tallies(factors)
    decided = {(d.phase, d.theme, d.kind): d for d in decisions}
    earlier_questions = defaultdict(list)
    for d in decided.values():
        earlier_questions[d.theme].append(d)
    candidates = [
        _proposal(phase, theme, kind, tally, tallies, earlier_questions, book, anchor_phase)
        for (phase, theme, kind), tally in sorted(tallies.items())
    ]
    candidates = [p for p in candidates if p is not None]
    if anchor_phase and not any(p.phase == anchor_phase and p.kind == ANCHOR for p in candidates):
        general = _general_anchor(factors, anchor_phase, book)
        if general is not None:
            candidates.append(general)
    proposals = []
    for proposal in candidates:
        theme = proposal.theme
        decision = decided.get(proposal.key)
        merged = any(
            d.status == "accepted" and set(proposal.evidence) <= d.evidence
            for d in earlier_questions[theme]
        )
        if not include_decided and (
            merged
            or decision is not None
            and (decision.status == "accepted" or set(proposal.evidence) <= decision.evidence)
        ):
            continue  # on the agenda (also when merged), or rejected and nothing new since
        proposals.append(proposal)
    return sorted(proposals, key=lambda p: (p.phase, -p.salience, p.theme))


def rank(proposals: Iterable[Proposal], current_phase: int) -> list[Proposal]:
    """Current phase first, then later phases before earlier ones; most salient first."""
    return sorted(
        proposals,
        key=lambda p: (p.phase != current_phase, -p.phase, -p.salience, -len(p.reasons), p.theme),
    )


def top(proposals: list[Proposal], n: int = TOP) -> tuple[list[Proposal], list[Proposal]]:
    """The proposals to show and the ones to fold, in the order given."""
    return proposals[:n], proposals[n:]


def _proposal(
    phase: int,
    theme: str,
    kind: str,
    tally: _Tally,
    tallies: dict,
    earlier: dict[str, list[Decision]],
    book: Codebook,
    anchor_phase: int | None = None,
) -> Proposal | None:
    if kind == "barrier":
        if tally.weight < 1:
            return None
        question_kind = ANCHOR if phase == anchor_phase and theme == "anchoring" else IMPROVE
    else:
        barrier = tallies.get((phase, theme, "barrier"))
        if barrier is not None and barrier.weight >= 1:
            return None
        recurring = (phase - 1, theme, "enabler") in tallies
        if not ((tally.weight >= 1 and tally.strong) or (tally.weight >= 0.5 and recurring)):
            return None
        question_kind = ANCHOR if phase == anchor_phase else SUSTAIN
    run = _run_length(phase, theme, kind, tallies)
    flags = []
    if kind == "barrier" and run:
        flags.append("persistent")
        if any(
            d.phase < phase and d.kind == IMPROVE and not d.has_completed_action
            for d in earlier.get(theme, [])
        ):
            flags.append("escalated")
    salience = (
        tally.weight
        + 0.5 * max(len(tally.sources) - 1, 0)
        + 0.5 * max(len(tally.groups) - 1, 0)
        + 1.0 * run
    )
    return Proposal(
        phase=phase,
        theme=theme,
        kind=question_kind,
        question=wording.question(
            book.theme(theme), theme, question_kind, [f.text for f in tally.factors]
        ),
        evidence=tuple(f.key for f in tally.factors),
        sources=len(tally.sources),
        groups=tuple(sorted(tally.groups)),
        salience=round(salience, 2),
        flags=tuple(flags),
    )


def _general_anchor(factors: list[FactorInput], phase: int, book: Codebook) -> Proposal | None:
    """One anchor question for the last phase, resting on its enablers (what must stay) or,
    without any, on all its factors."""
    mine = [f for f in factors if f.phase == phase]
    evidence = [f for f in mine if f.kind == "enabler"] or mine
    if not evidence:
        return None
    tally = _Tally()
    for factor in evidence:
        tally.add(factor, 1.0)
    return Proposal(
        phase=phase,
        theme="anchoring",
        kind=ANCHOR,
        question=wording.question(
            book.theme("anchoring"), "anchoring", ANCHOR, [f.text for f in evidence]
        ),
        evidence=tuple(f.key for f in evidence),
        sources=len(tally.sources),
        groups=tuple(sorted(tally.groups)),
        salience=round(
            1.0 + 0.5 * max(len(tally.sources) - 1, 0) + 0.5 * max(len(tally.groups) - 1, 0),
            2,
        ),
    )


def _run_length(phase: int, theme: str, kind: str, tallies: dict) -> int:
    run, previous = 0, phase - 1
    while previous >= 1 and (previous, theme, kind) in tallies:
        run += 1
        previous -= 1
    return run


@lru_cache(maxsize=1)
def _default_book() -> Codebook:
    return load_codebook()


def reason_texts(proposal: Proposal, lang: str) -> list[str]:
    """The reasons for a proposal's rank in words: 'hardnekkig', '3 groepen', '2 bronnen'."""
    from monitor.i18n import t

    counts = {"many_groups": len(proposal.groups), "many_sources": proposal.sources}
    return [t(f"reason.{r}", lang, n=counts.get(r, 0)) for r in proposal.reasons]
