"""The cross-lab picture of a programme: per theme and pillar how many labs meet barriers and
enablers, which barriers persist across labs, which learning questions several labs share
(similar ones grouped, the labs named), and the lessons and design principles labs shared.

It reads of each member lab only counts of its coded factors (kind, theme, date) and the items
the lab shared; no factor text, source, name or answer leaves this module."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import altair as alt
import pandas as pd

from monitor.codebook import stems, tokens
from monitor.model import Factor, FactorKind, Lab, Programme, ShareKind, Source
from monitor.programme import setup, sharing
from monitor.programme.sharing import Shared
from monitor.store_api import StoreAPI

PERSISTENT_PHASES = 2  # barriers on a theme in this many phases of a lab: persistent there
PERSISTENT_LABS = 2  # persistent in this many labs: a persistent barrier of the programme
SIMILAR = 0.3  # how alike two shared questions must be to be grouped (0-1)
SAME_THEME_BONUS = 0.15  # two questions on the same codebook theme are a little closer


@dataclass(frozen=True)
class Filters:
    regions: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class LabCount:
    """One lab's counts on one programme theme."""

    lab_id: str
    theme: str
    barriers: int = 0
    enablers: int = 0
    barrier_phases: int = 0  # phases with barriers on the theme


@dataclass(frozen=True)
class ThemeRow:
    theme: str
    pillar: str
    labs: int  # labs with a factor on the theme
    barrier_labs: int
    enabler_labs: int
    barriers: int
    enablers: int
    persistent_lab_ids: tuple[str, ...] = ()

    @property
    def persistent(self) -> bool:
        return len(self.persistent_lab_ids) >= PERSISTENT_LABS


@dataclass(frozen=True)
class QuestionGroup:
    """Similar learning questions shared by one or more labs, on one programme theme."""

    theme: str
    items: tuple[Shared, ...]

    @property
    def lab_names(self) -> tuple[str, ...]:
        return tuple(sorted({i.lab_name for i in self.items}, key=str.casefold))

    @property
    def lab_ids(self) -> tuple[str, ...]:
        return tuple(sorted({i.lab_id for i in self.items}))

    def wording(self, lang: str) -> str:
        return self.items[0].wording(lang)


@dataclass(frozen=True)
class MemberLab:
    id: str
    name: str
    region: str


@dataclass(frozen=True)
class View:
    programme: Programme
    labs: tuple[MemberLab, ...]
    counts: tuple[LabCount, ...]
    rows: tuple[ThemeRow, ...]
    groups: tuple[QuestionGroup, ...]
    shared: tuple[Shared, ...] = field(default=())  # lessons, principles and practices

    @property
    def persistent(self) -> list[ThemeRow]:
        return [r for r in self.rows if r.persistent]

    def row(self, theme_id: str) -> ThemeRow | None:
        return next((r for r in self.rows if r.theme == theme_id), None)

    def by_pillar(self) -> list[tuple[str, list[ThemeRow]]]:
        pillars = [p.id for p in self.programme.pillars]
        return [(p, [r for r in self.rows if r.pillar == p]) for p in pillars]

    def groups_of(self, theme_id: str) -> list[QuestionGroup]:
        return [g for g in self.groups if g.theme == theme_id]

    def shared_of(self, theme_id: str) -> list[Shared]:
        return [s for s in self.shared if theme_of(self.programme, s.share.theme) == theme_id]


def theme_of(programme: Programme, codebook_theme: str) -> str:
    """The first programme theme that gathers this codebook theme ("" when none does)."""
    found = setup.themes_of(programme, [codebook_theme])
    return found[0] if found else ""


# -- building the view -------------------------------------------------------------------------


def view(store: StoreAPI, programme: Programme, filters: Filters = Filters()) -> View:
    labs = setup.member_labs(store, programme, filters.regions)
    members = tuple(MemberLab(lab.id, lab.name, setup.region_of(programme, lab.id)) for lab in labs)
    counts = tuple(c for lab in labs for c in lab_counts(store, programme, lab, filters))
    items = sharing.for_programme(
        store, programme, regions=filters.regions, since=filters.since, until=filters.until
    )
    questions = [i for i in items if i.share.kind is ShareKind.QUESTION]
    return View(
        programme=programme,
        labs=members,
        counts=counts,
        rows=tuple(_rows(programme, counts)),
        groups=tuple(group_questions(programme, questions)),
        shared=tuple(i for i in items if i.share.kind is not ShareKind.QUESTION),
    )


def lab_counts(
    store: StoreAPI, programme: Programme, lab: Lab, filters: Filters = Filters()
) -> list[LabCount]:
    """Counts of one lab's factors per programme theme, in the period asked for."""
    days = {s.id: s.date for s in store.records(lab.id, Source)}
    starts = {p.id: p.start for p in lab.phases}
    mapping: dict[str, list[str]] = defaultdict(list)
    for theme in programme.themes:
        for codebook_theme in theme.themes:
            mapping[codebook_theme].append(theme.id)
    barriers: dict[str, int] = defaultdict(int)
    enablers: dict[str, int] = defaultdict(int)
    phases: dict[str, set[str]] = defaultdict(set)
    for factor in store.records(lab.id, Factor):
        day = days.get(factor.source_id) or starts.get(factor.phase_id)
        if filters.since and day and day < filters.since:
            continue
        if filters.until and day and day > filters.until:
            continue
        hit = dict.fromkeys(t for c in factor.themes for t in mapping.get(c, ()))
        for theme_id in hit:
            if factor.kind is FactorKind.BARRIER:
                barriers[theme_id] += 1
                phases[theme_id].add(factor.phase_id)
            else:
                enablers[theme_id] += 1
    return [
        LabCount(lab.id, t.id, barriers[t.id], enablers[t.id], len(phases[t.id]))
        for t in programme.themes
        if barriers[t.id] or enablers[t.id]
    ]


def _rows(programme: Programme, counts: Iterable[LabCount]) -> list[ThemeRow]:
    by_theme: dict[str, list[LabCount]] = defaultdict(list)
    for count in counts:
        by_theme[count.theme].append(count)
    rows = []
    for theme in programme.themes:
        found = by_theme.get(theme.id, [])
        rows.append(
            ThemeRow(
                theme=theme.id,
                pillar=theme.pillar,
                labs=len(found),
                barrier_labs=sum(1 for c in found if c.barriers),
                enabler_labs=sum(1 for c in found if c.enablers),
                barriers=sum(c.barriers for c in found),
                enablers=sum(c.enablers for c in found),
                persistent_lab_ids=tuple(
                    sorted(c.lab_id for c in found if c.barrier_phases >= PERSISTENT_PHASES)
                ),
            )
        )
    return rows


# -- similar questions -----------------------------------------------------------------------

_STOP = frozenset(
    """hoe kunnen we wat welke wie waar waarom wanneer onze ons zij zijn wordt worden meer
    beter goed goede zodat daarbij daarvoor kunnen zorgen houden maken blijven krijgen
    how can could what which who where why when our more better good keep make get stay
    ensure does do will would should them their they with from into about""".split()  # noqa: SIM905
)


def _words(wording: str) -> frozenset[str]:
    return frozenset(stems(w)[0] for w in tokens(wording) if len(w) >= 3 and w not in _STOP)


def similarity(a: Shared, b: Shared) -> float:
    """Word overlap (Jaccard over Dutch stems, both languages) of two shared questions, a
    little more when they are on the same codebook theme."""
    words_a = _words(" ".join(a.share.text.values()))
    words_b = _words(" ".join(b.share.text.values()))
    union = words_a | words_b
    overlap = len(words_a & words_b) / len(union) if union else 0.0
    return overlap + (SAME_THEME_BONUS if a.share.theme == b.share.theme else 0.0)


def group_questions(programme: Programme, questions: list[Shared]) -> list[QuestionGroup]:
    """Shared questions grouped per programme theme: a question joins a group when it is
    similar to any question in it (single link). Groups with the most labs first."""
    by_theme: dict[str, list[Shared]] = defaultdict(list)
    for item in sorted(questions, key=lambda i: (i.lab_name.casefold(), i.share.id)):
        by_theme[theme_of(programme, item.share.theme)].append(item)
    groups = []
    for theme_id, items in by_theme.items():
        clusters: list[list[Shared]] = []
        for item in items:
            joined = [c for c in clusters if any(similarity(item, o) >= SIMILAR for o in c)]
            merged = [item] + [o for c in joined for o in c]
            clusters = [c for c in clusters if c not in joined] + [merged]
        for cluster in clusters:
            ordered = sorted(cluster, key=lambda i: (i.lab_name.casefold(), i.share.id))
            groups.append(QuestionGroup(theme_id, tuple(ordered)))
    order = {t.id: n for n, t in enumerate(programme.themes)}
    return sorted(
        groups, key=lambda g: (-len(g.lab_ids), order.get(g.theme, 99), g.items[0].share.id)
    )


def same_texts(items: Iterable[Shared], lang: str) -> list[tuple[ShareKind, str, list[str]]]:
    """Shared lessons, principles and practices with the same wording taken together, with the
    labs that shared them: (kind, wording, lab names), by kind in the order of ShareKind."""
    merged: dict[tuple[ShareKind, str], list[str]] = {}
    for item in items:
        key = (item.share.kind, item.wording(lang))
        merged.setdefault(key, [])
        if item.lab_name not in merged[key]:
            merged[key].append(item.lab_name)
    order = {k: n for n, k in enumerate(ShareKind)}
    return sorted(
        ((k, w, sorted(labs, key=str.casefold)) for (k, w), labs in merged.items()),
        key=lambda row: (order[row[0]], row[1].casefold()),
    )


# -- the heatmap -------------------------------------------------------------------------------


def heatmap_frame(found: View, lang: str, measure: str = "barriers") -> pd.DataFrame:
    """One row per lab and programme theme with the count of `measure` (barriers | enablers)."""
    counts = {(c.lab_id, c.theme): c for c in found.counts}
    rows = []
    for lab in found.labs:
        for theme in found.programme.themes:
            count = counts.get((lab.id, theme.id))
            rows.append(
                {
                    "lab": f"{lab.name} ({lab.region})" if lab.region else lab.name,
                    "theme": setup.label(theme, lang),
                    "pillar": setup.label(found.programme.pillar(theme.pillar), lang),
                    "count": getattr(count, measure) if count else 0,
                }
            )
    return pd.DataFrame(rows, columns=["lab", "theme", "pillar", "count"])


def heatmap(found: View, lang: str, measure: str = "barriers") -> alt.Chart:
    """Labs (rows) against programme themes (columns), the count in each cell."""
    frame = heatmap_frame(found, lang, measure)
    themes = [setup.label(t, lang) for t in found.programme.themes]
    labs = list(dict.fromkeys(frame["lab"]))
    base = alt.Chart(frame).encode(
        x=alt.X(
            "theme:N",
            sort=themes,
            title=None,
            axis=alt.Axis(labelAngle=-40, orient="top", labelLimit=240, labelOverlap=False),
        ),
        y=alt.Y("lab:N", sort=labs, title=None, axis=alt.Axis(labelLimit=260)),
    )
    scheme = "oranges" if measure == "barriers" else "blues"
    cells = base.mark_rect(stroke="white").encode(
        color=alt.Color("count:Q", scale=alt.Scale(scheme=scheme), legend=None),
        tooltip=["lab:N", "pillar:N", "theme:N", "count:Q"],
    )
    threshold = float(frame["count"].max()) / 2 if len(frame) else 0.0
    numbers = base.mark_text(fontSize=14).encode(
        text="count:Q",
        color=alt.condition(alt.datum.count > threshold, alt.value("white"), alt.value("#111820")),
    )
    return (
        (cells + numbers)
        .properties(width=alt.Step(64), height=alt.Step(24))
        .configure_axis(labelFontSize=13)
        .configure_view(strokeWidth=0)
    )
