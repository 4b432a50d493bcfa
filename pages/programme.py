"""The programme at a glance: per pillar and theme how many labs meet barriers and enablers,
persistent barriers across labs, shared learning questions (similar ones grouped, with the labs
named), the lessons and design principles labs shared, and a heatmap of labs against themes.
Everything here is counted or shared; nothing of a lab's own records is shown."""

import pandas as pd
import streamlit as st

from monitor.programme import crosslab, setup
from pages import _programme_choice, _session, _text, _widgets

t = _text.t
store = _session.store()
lang = _session.lang()
programme = _programme_choice.chosen()

st.title(_text.plain(programme.name))
st.caption(t("programme.view_intro"))

regions = setup.regions(programme)
left, right = st.columns([2, 1])
picked = _widgets.multiselect(left, t("programme.filter_regions"), regions, key="programme.regions")
period = right.date_input(
    t("programme.filter_period"), value=(), format="DD-MM-YYYY", key="programme.period"
)
since, until = (
    (tuple(period) + (None, None))[:2] if isinstance(period, tuple | list) else (period, None)
)


@st.cache_data(show_spinner=False, max_entries=16)
def _view(_programme_record, key, regions_, since_, until_):
    del key  # the store's revisions: the cache follows every change
    return crosslab.view(
        store, _programme_record, crosslab.Filters(tuple(regions_), since_, until_)
    )


revisions = (store.revision(), tuple(store.revision(i) for i in programme.lab_ids))
found = _view(programme, (programme.id, programme.revision, revisions), tuple(picked), since, until)

cols = st.columns(4)
cols[0].metric(t("programme.metric_labs"), len(found.labs))
cols[1].metric(
    t("programme.metric_shared_barriers"),
    sum(1 for r in found.rows if r.barrier_labs >= 2),
    help=t("programme.metric_shared_barriers_help"),
)
cols[2].metric(t("programme.metric_persistent"), len(found.persistent))
cols[3].metric(
    t("programme.metric_shared"), sum(len(g.items) for g in found.groups) + len(found.shared)
)
if not found.labs:
    _text.say("info", "programme.no_labs", icon=":material/info:")
    st.stop()

st.header(t("programme.by_pillar"))
for pillar_id, rows in found.by_pillar():
    st.subheader(_text.plain(setup.label(programme.pillar(pillar_id), lang)))
    if not rows:
        st.caption(t("programme.pillar_empty"))
        continue
    frame = pd.DataFrame(
        [
            {
                t("programme.col_theme"): setup.label(programme.theme(r.theme), lang),
                t("programme.col_labs"): r.labs,
                t("programme.col_barrier_labs"): r.barrier_labs,
                t("programme.col_enabler_labs"): r.enabler_labs,
                t("programme.col_persistent"): len(r.persistent_lab_ids),
            }
            for r in rows
        ]
    )
    _text.table(frame, hide_index=True, width="stretch")

st.header(t("programme.persistent_title"))
names = {lab.id: lab.name for lab in found.labs}
if not found.persistent:
    st.caption(t("programme.persistent_none"))
for row in found.persistent:
    st.markdown(
        _text.tp(
            "programme.persistent_line",
            theme=setup.label(programme.theme(row.theme), lang),
            labs=", ".join(sorted(names[i] for i in row.persistent_lab_ids if i in names)),
            n=len(row.persistent_lab_ids),
        )
    )

st.header(t("programme.heatmap_title"))
measure = st.segmented_control(
    t("programme.heatmap_measure"),
    ["barriers", "enablers"],
    default="barriers",
    required=True,
    format_func={m: t(f"programme.measure.{m}") for m in ("barriers", "enablers")}.get,
    key="programme.measure",
)
st.altair_chart(crosslab.heatmap(found, lang, measure or "barriers"), width="content")
st.caption(t("programme.heatmap_caption"))

st.header(t("programme.questions_title"))
if not found.groups:
    st.caption(t("programme.questions_none"))
for group in found.groups:
    theme = (
        setup.label(programme.theme(group.theme), lang) if group.theme else t("programme.no_theme")
    )
    with st.container(border=True):
        st.markdown(f"**{_text.plain(group.wording(lang))}**")
        st.caption(
            _text.tp(
                "programme.group_line",
                theme=theme,
                labs=", ".join(group.lab_names),
                n=len(group.lab_ids),
            )
        )
        for item in group.items[1:]:
            if item.wording(lang) != group.wording(lang):  # the other wordings in the group
                st.text(f"{item.lab_name}: {item.wording(lang)}")

st.header(t("programme.lessons_title"))
if not found.shared:
    st.caption(t("programme.lessons_none"))
by_theme = {}
for item in found.shared:
    by_theme.setdefault(crosslab.theme_of(programme, item.share.theme), []).append(item)
for theme_id, items in by_theme.items():
    st.subheader(_text.plain(setup.label(programme.theme(theme_id), lang)))
    for kind, text, labs in crosslab.same_texts(items, lang):
        with st.container(border=True):
            st.markdown(f"**{t(f'share_kind.{kind.value}')}**")
            st.text(text)
            st.caption(_text.plain(", ".join(labs)))
