"""Enablers and barriers per phase, as in a monitoring report; a theme x phase heatmap; and
from every factor one click to its evidence."""

import pandas as pd
import streamlit as st

from monitor import charts, factors
from monitor.model import Factor, Source, SourceKind, StakeholderGroup
from pages import _cards, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
book = factors.lab_codebook(lab)
all_factors = store.records(lab.id, Factor)
sources = {s.id: s for s in store.records(lab.id, Source)}

st.title(t("nav.factor_overview"))
if not all_factors:
    _text.say("info", "factors.none")
    st.stop()

left, middle, right = st.columns(3)
filters = factors.Filters(
    themes=frozenset(
        _widgets.multiselect(
            left,
            t("factor.themes"),
            list(book.ids),
            placeholder=t("common.choose"),
            format_func=lambda i: book.label(i, lang),
        )
    ),
    groups=frozenset(
        _widgets.multiselect(
            middle,
            t("factor.groups"),
            [g.value for g in StakeholderGroup],
            format_func=_text.options_label("group"),
            placeholder=t("common.choose"),
        )
    ),
    source_kinds=frozenset(
        _widgets.multiselect(
            right,
            t("source.kind"),
            [k.value for k in SourceKind],
            format_func=_text.options_label("source_kind"),
            placeholder=t("common.choose"),
        )
    ),
)

counts = factors.theme_phase_counts(all_factors, lab, filters, sources)
with st.expander(t("factors.heatmap"), expanded=True):
    if counts:
        st.altair_chart(charts.theme_heatmap(counts, lab, lambda i: book.label(i, lang), t))
    else:
        _text.say("info", "factors.none_filtered")

MAX_PER_CELL = 6


def _bullets(items: tuple[Factor, ...]) -> str:
    lines = [f"- {_text.plain(f.text)}" for f in items[:MAX_PER_CELL]]
    if len(items) > MAX_PER_CELL:
        lines.append(f"- *{t('factors.more', n=len(items) - MAX_PER_CELL)}*")
    return "\n".join(lines) or "—"


tabs = st.tabs([_text.plain(p.name) for p in lab.phases])
for phase, tab in zip(lab.phases, tabs, strict=True):
    with tab:
        rows = factors.enablers_and_barriers(all_factors, phase.id, book, sources, filters)
        if not rows:
            _text.say("info", "factors.none_in_phase")
            continue
        head = st.columns([1, 2, 2])
        head[0].markdown(f"**{t('factor.theme')}**")
        head[1].markdown(f"**{t('factors.enablers')}**")
        head[2].markdown(f"**{t('factors.barriers')}**")
        for row in rows:
            cols = st.columns([1, 2, 2], border=True)
            cols[0].markdown(f"**{_text.plain(book.label(row.theme, lang))}**")
            cols[1].markdown(_bullets(row.enablers))
            cols[2].markdown(_bullets(row.barriers))

st.subheader(t("factors.list"))
phase_names = {p.id: p.name for p in lab.phases}
shown = [f for f in all_factors if filters.keep(f, sources)]
shown.sort(key=lambda f: (lab.phase_number(f.phase_id) or 0, f.themes[:1], f.kind))
table = pd.DataFrame(
    [
        {
            "phase": phase_names.get(f.phase_id, ""),
            "kind": t(f"factor_kind.{f.kind}"),
            "text": f.text,
            "themes": ", ".join(book.label(i, lang) for i in f.themes),
            "source": sources[f.source_id].title if f.source_id in sources else "—",
        }
        for f in shown
    ]
)
picked = _text.table(
    table,
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key="factors.table",
    column_config={
        "phase": t("overview.phase"),
        "kind": t("factor.kind"),
        "text": t("factor.text"),
        "themes": t("factor.themes"),
        "source": t("coding.source"),
    },
)
rows = picked.selection.rows if picked else []
if not rows:
    st.caption(t("factors.select_hint"))
    st.stop()
factor = shown[rows[0]]
_cards.evidence_card(factor, sources.get(factor.source_id), book)
