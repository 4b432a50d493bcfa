"""Code enabling and hindering factors from a source: quote the passage, write the factor,
pick themes with the suggester's help. Every factor keeps its link to the evidence."""

import streamlit as st

from monitor import codebook, factors
from monitor.errors import MonitorError
from monitor.model import Factor, FactorKind, Source, StakeholderGroup, new_id
from pages import _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
book = factors.lab_codebook(lab)
sources = {s.id: s for s in sorted(store.records(lab.id, Source), key=lambda s: s.date)}
coded = store.records(lab.id, Factor)

st.title(t("nav.coding"))
if not sources:
    _text.say("info", "coding.no_sources")
    st.stop()

source_ids = list(sources)
chosen = st.session_state.get("coding.source")
source_id = _widgets.selectbox(
    st,
    t("coding.source"),
    source_ids,
    index=source_ids.index(chosen) if chosen in sources else len(source_ids) - 1,
    format_func=lambda i: f"{sources[i].date:%Y-%m-%d} · {sources[i].title}",
)
st.session_state["coding.source"] = source_id
source = sources[source_id]
phase = lab.phase(source.phase_id)

left, right = st.columns([1, 1], gap="large")
with left:
    st.caption(f"{t(f'source_kind.{source.kind}')} · {_text.plain(phase.name if phase else '')}")
    with st.container(height=520, border=True):
        st.text(source.text or "—")
    mine = [f for f in coded if f.source_id == source.id]
    if mine:
        st.markdown(f"**{t('coding.already', n=len(mine))}**")
        for factor in mine:
            themes = ", ".join(book.label(th, lang) for th in factor.themes)
            st.markdown(
                f"- {t(f'factor_kind.{factor.kind}')}: {_text.plain(factor.text)} "
                f"*({_text.plain(themes)})*"
            )


@st.cache_resource(show_spinner=False, max_entries=4)
def _index(lab_id: str, revision: tuple) -> codebook.FactorIndex:
    """Built once per store revision; read-only afterwards, so one copy serves everyone."""
    return factors.index(store.records(lab_id, Factor))


def _add_theme(theme_id: str) -> None:
    chosen_themes = st.session_state.setdefault("coding.themes", [])
    if theme_id not in chosen_themes:
        st.session_state["coding.themes"] = [*chosen_themes, theme_id]


def _save() -> None:
    state = st.session_state
    try:
        factors.code_factor(
            store,
            lab.id,
            kind=state["coding.kind"],
            text_=state["coding.text"],
            themes=state.get("coding.themes", []),
            groups=state.get("coding.groups", []),
            step=state.get("coding.step"),
            source_id=source.id,
            quote=state["coding.quote"],
            factor_id=state.setdefault("coding.new_id", new_id()),
        )
    except MonitorError as exc:
        state["coding.error"] = exc.message(lang)
        return
    for key in ("coding.text", "coding.quote"):
        state[key] = ""
    # Everything that describes one factor starts empty for the next one; the kind stays, as
    # a researcher often codes several barriers in a row.
    state["coding.themes"], state["coding.groups"], state["coding.step"] = [], [], None
    state["coding.error"] = None
    del state["coding.new_id"]
    _text.say("toast", "common.saved", icon=":material/check:")


with right:
    st.radio(
        t("factor.kind"),
        [k.value for k in FactorKind],
        key="coding.kind",
        horizontal=True,
        format_func=_text.options_label("factor_kind"),
    )
    st.text_area(t("factor.quote"), key="coding.quote", height=90, help=t("coding.quote_help"))
    text_ = st.text_area(t("factor.text"), key="coding.text", height=90, help=t("coding.text_help"))
    ranked = (
        codebook.suggest(text_, book, _index(lab.id, store.revision(lab.id)))[:4]
        if text_.strip()
        else []
    )
    if ranked:
        st.caption(t("coding.suggestions"))
        by_id = {f.id: f for f in coded}
        for suggestion in ranked:
            reasons = []
            if suggestion.keywords:
                reasons.append(t("coding.because_words", words=", ".join(suggestion.keywords[:5])))
            if suggestion.similar:
                example = by_id[suggestion.similar[0]].text
                reasons.append(t("coding.because_similar", text=example[:80]))
            cols = st.columns([3, 1])
            cols[0].markdown(
                f"**{_text.plain(book.label(suggestion.theme, lang))}** — "
                f"{_text.plain('; '.join(reasons))}"
            )
            cols[1].button(
                t("coding.use"),
                key=f"coding.use.{suggestion.theme}",
                on_click=_add_theme,
                args=(suggestion.theme,),
            )
    _widgets.multiselect(
        st,
        t("factor.themes"),
        list(book.ids),
        key="coding.themes",
        format_func=lambda i: book.label(i, lang),
        placeholder=t("common.choose"),
    )
    _widgets.multiselect(
        st,
        t("factor.groups"),
        [g.value for g in StakeholderGroup],
        key="coding.groups",
        format_func=_text.options_label("group"),
        placeholder=t("common.choose"),
    )
    _widgets.selectbox(
        st,
        t("factor.step"),
        [None, 1, 2, 3, 4, 5, 6],
        key="coding.step",
        format_func=lambda s: t(f"step.{s}") if s else "—",
    )
    if st.session_state.get("coding.error"):
        _text.say_plain("error", st.session_state["coding.error"], icon=":material/error:")
    st.button(t("coding.save"), type="primary", icon=":material/save:", on_click=_save)
