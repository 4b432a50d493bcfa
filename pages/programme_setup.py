"""A programme's settings: making one, its member labs and their regions, its pillars and its
learning themes (each gathering codebook themes). Researchers with every lab in view manage
members; the programme lead and researchers edit pillars and themes."""

import streamlit as st

from monitor import factors
from monitor.programme import permissions, setup
from pages import _edit, _programme_choice, _session, _text, _widgets

t = _text.t
store = _session.store()
lang = _session.lang()
user = _programme_choice.user()

st.title(t("programme.setup_title"))

if permissions.may_manage_members(user):
    with st.expander(t("programme.new"), icon=":material/add:"), st.form("ps.new"):
        name = st.text_input(t("programme.name"), max_chars=200)
        about = st.text_area(t("programme.description"), height=70)
        lead = st.text_input(t("programme.lead"), help=t("programme.lead_help"))
        if st.form_submit_button(t("programme.create"), type="primary"):
            _edit.attempt(
                lambda: st.session_state.update(
                    {
                        _programme_choice.KEY: setup.create(
                            store, name=name, description=about, lead=lead, language=lang
                        ).id
                    }
                )
            )

programme = _programme_choice.chosen()
base = _edit.edit_base(programme, lambda b: [f"ps.name.{b}", f"ps.pillar.0.nl.{b}"])
shown = _edit.as_shown(programme, base)
_edit.stale_notice(programme, base)

with st.form("ps.programme"):
    name = st.text_input(t("programme.name"), shown.name, key=f"ps.name.{base}")
    about = st.text_area(t("programme.description"), shown.description, key=f"ps.about.{base}")
    lead = st.text_input(
        t("programme.lead"), shown.lead, help=t("programme.lead_help"), key=f"ps.lead.{base}"
    )
    if st.form_submit_button(t("common.save")):
        _edit.attempt(
            lambda: setup.update(store, shown, name=name, description=about, lead=lead),
            done=programme,
        )

st.header(t("programme.members"))
labs = {lab.id: lab for lab in store.labs()}
for member in programme.members:
    left, mid, right = st.columns([3, 2, 2], vertical_alignment="center")
    lab = labs.get(member.lab_id)
    left.markdown(_text.plain(lab.name if lab else member.lab_id))
    mid.caption(_text.plain(member.region or "—"))
    if permissions.may_manage_members(user) and right.button(
        t("programme.remove_lab"), key=f"ps.remove.{member.lab_id}", icon=":material/logout:"
    ):
        _edit.attempt(lambda m=member: setup.remove_lab(store, programme, m.lab_id), done=programme)
if permissions.may_manage_members(user):
    free = [lab.id for lab in labs.values() if setup.programme_of_lab(store, lab.id) is None]
    with st.form("ps.add"):
        left, right = st.columns(2)
        chosen = _widgets.selectbox(
            left,
            t("programme.add_lab"),
            free,
            index=None,
            format_func=lambda i: labs[i].name,
        )
        region = right.text_input(t("programme.region"), max_chars=200)
        if st.form_submit_button(t("programme.add_lab"), icon=":material/add:"):
            _edit.attempt(lambda: setup.add_lab(store, shown, chosen or "", region), done=programme)

st.header(t("programme.pillars"))
with st.form("ps.pillars"):
    rows = []
    for n, pillar in enumerate([*shown.pillars, None]):
        left, right = st.columns(2)
        nl = left.text_input(
            t("programme.pillar_nl"),
            pillar.label.get("nl", "") if pillar else "",
            key=f"ps.pillar.{n}.nl.{base}",
        )
        en = right.text_input(
            t("programme.pillar_en"),
            pillar.label.get("en", "") if pillar else "",
            key=f"ps.pillar.{n}.en.{base}",
        )
        rows.append({"id": pillar.id if pillar else "", "nl": nl, "en": en})
    st.caption(t("programme.pillars_help"))
    if st.form_submit_button(t("common.save")):
        _edit.attempt(lambda: setup.save_pillars(store, shown, rows), done=programme)

st.header(t("programme.themes"))
book = factors.default_codebook()
pillar_ids = [p.id for p in shown.pillars]


def _theme_form(theme, key: str) -> None:
    with st.form(f"ps.theme.{key}"):
        left, right = st.columns(2)
        pillar = _widgets.selectbox(
            left,
            t("programme.pillar"),
            pillar_ids,
            index=pillar_ids.index(theme.pillar) if theme and theme.pillar in pillar_ids else 0,
            format_func=lambda i: setup.label(shown.pillar(i), lang),
            key=f"ps.tp.{key}.{base}",
        )
        nl = left.text_input(
            t("programme.theme_nl"),
            theme.label.get("nl", "") if theme else "",
            key=f"ps.tnl.{key}.{base}",
        )
        en = right.text_input(
            t("programme.theme_en"),
            theme.label.get("en", "") if theme else "",
            key=f"ps.ten.{key}.{base}",
        )
        mapped = _widgets.multiselect(
            right,
            t("programme.codebook_themes"),
            list(book.ids),
            default=list(theme.themes) if theme else [],
            format_func=lambda i: book.label(i, lang),
            key=f"ps.tc.{key}.{base}",
        )
        if st.form_submit_button(t("common.save") if theme else t("programme.add_theme")):
            _edit.attempt(
                lambda: setup.save_theme(
                    store,
                    shown,
                    theme_id=theme.id if theme else "",
                    pillar=pillar,
                    nl=nl,
                    en=en,
                    themes=mapped,
                ),
                done=programme,
            )


for theme in shown.themes:
    with st.expander(
        _text.label(f"{setup.label(shown.pillar(theme.pillar), lang)} · {setup.label(theme, lang)}")
    ):
        _theme_form(theme, theme.id)
        if st.button(t("programme.remove_theme"), key=f"ps.rt.{theme.id}"):
            _edit.attempt(lambda th=theme: setup.remove_theme(store, shown, th.id), done=programme)
with st.expander(t("programme.add_theme"), icon=":material/add:"):
    _theme_form(None, "new")
