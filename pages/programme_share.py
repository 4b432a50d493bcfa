"""What this lab shows its programme. The researcher decides: a learning question of the
agenda, a lesson, a design principle or a best practice; each can be taken back. The
programme sees these and counts of factors per theme, nothing else of the lab."""

import streamlit as st

from monitor import factors
from monitor.model import LearningQuestion
from monitor.programme import setup, sharing
from monitor.wording import in_language
from pages import _edit, _programme_choice, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
user = _programme_choice.user()
book = factors.lab_codebook(lab)

st.title(t("programme.share_title"))
programme = setup.programme_of_lab(store, lab.id)
if programme is None:
    _text.say("info", "programme.share_no_programme", icon=":material/info:")
    st.stop()
st.caption(_text.tp("programme.share_intro", name=programme.name))

shared_ids = sharing.shared_question_ids(store, lab.id)
on_agenda = [q for q in store.records(lab.id, LearningQuestion) if q.on_agenda]
st.header(t("programme.share_questions"))
if not on_agenda:
    st.caption(t("programme.share_no_questions"))
for question in on_agenda:
    left, right = st.columns([5, 1], vertical_alignment="center")
    left.markdown(
        f"{_text.plain(in_language(question.text, lang))}  \n"
        f"*{_text.plain(book.label(question.theme, lang))}*"
    )
    if question.id in shared_ids:
        right.caption(t("programme.is_shared"))
    elif right.button(t("programme.share"), key=f"sh.q.{question.id}", icon=":material/share:"):
        _edit.attempt(lambda q=question: sharing.share_question(store, user, lab, q.id))

st.header(t("programme.share_other"))
with st.form("sh.text", clear_on_submit=True):
    left, right = st.columns(2)
    kind = _widgets.selectbox(
        left,
        t("programme.share_kind"),
        [k.value for k in sharing.TEXT_KINDS],
        format_func={k.value: t(f"share_kind.{k.value}") for k in sharing.TEXT_KINDS}.get,
    )
    theme = _widgets.selectbox(
        right,
        t("programme.share_theme"),
        list(book.ids),
        index=None,
        format_func=lambda i: book.label(i, lang),
    )
    nl = st.text_area(t("programme.share_nl"), max_chars=sharing.SHARED_TEXT, height=80)
    en = st.text_area(t("programme.share_en"), max_chars=sharing.SHARED_TEXT, height=80)
    st.caption(t("programme.share_names_help"))
    if st.form_submit_button(t("programme.share"), type="primary", icon=":material/share:"):
        _edit.attempt(
            lambda: sharing.share_text(store, user, lab, kind=kind, theme=theme, nl=nl, en=en)
        )

st.header(t("programme.shared_now"))
items = sharing.shares(store, lab.id)
if not items:
    st.caption(t("programme.shared_none"))
for share in items:
    left, right = st.columns([5, 1], vertical_alignment="center")
    state = (
        t("programme.withdrawn_on", day=share.withdrawn[:10])
        if share.withdrawn
        else t("programme.shared_on", day=share.shared[:10])
    )
    left.markdown(
        f"**{t(f'share_kind.{share.kind.value}')}** · {_text.plain(book.label(share.theme, lang))}"
        f" · {state}  \n{_text.plain(in_language(share.text, lang))}"
    )
    if share.active and right.button(
        t("programme.withdraw"), key=f"sh.w.{share.id}", icon=":material/undo:"
    ):
        _edit.attempt(lambda s=share: sharing.withdraw(store, user, lab, s.id))
