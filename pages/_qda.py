"""The REFI-QDA parts of the Export and Import pages: a lab to a QDA package, and a coded
project from one, through a mapping step and drafts the researcher confirms."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monitor import factors, qdpx
from monitor.errors import MonitorError
from monitor.model import DraftStatus, FactorKind, Lab, QdaImport
from monitor.qdpx import importing
from monitor.store import Store
from pages import _edit, _session, _text, _widgets

t = _text.t
SHOWN_DRAFTS = 30
UPLOAD_TYPES = ("qdpx", "qde", "qdc")


def export_section(store: Store, lab: Lab, slug: str) -> None:
    st.subheader(t("qdpx.export_title"))
    st.caption(t("qdpx.export_help"))
    names = st.toggle(t("qdpx.names"), False, key="qdpx.names")
    suffix = "-names" if names else ""
    left, right = st.columns(2)
    with left:
        st.download_button(
            t("qdpx.download"),
            _session.audited(
                store,
                lab.id,
                "qdpx",
                lambda: qdpx.export_project(store, lab.id, names=names, lang=_session.lang()).data,
                names=names,
            ),
            file_name=f"{slug}{suffix}.qdpx",
            mime="application/zip",
            icon=":material/hub:",
            key="qdpx.download",
            on_click="ignore",
        )
    with right:
        st.download_button(
            t("qdpx.download_codebook"),
            _session.audited(
                store, lab.id, "qdc", lambda: qdpx.export_codebook(lab, _session.lang())
            ),
            file_name=f"{slug}-codebook.qdc",
            mime="application/xml",
            key="qdpx.codebook",
            on_click="ignore",
        )


def import_section(store: Store, lab: Lab) -> None:
    st.caption(t("qdpx.import_help"))
    if not lab.phases:
        _text.say("warning", "qdpx.no_phases")
        return
    upload = _widgets.file_uploader(st, t("qdpx.import_file"), UPLOAD_TYPES, key="qdpx.upload")
    if upload is not None and st.button(t("qdpx.read"), type="primary", key="qdpx.read"):
        try:
            record = qdpx.read_into_lab(store, lab.id, upload.getvalue(), upload.name)
        except MonitorError as exc:
            _text.show_error(exc)
            return
        st.session_state["qdpx.import_id"] = record.id
    records = sorted(store.records(lab.id, QdaImport), key=lambda r: r.created, reverse=True)
    if not records:
        return
    ids = [r.id for r in records]
    chosen_id = st.session_state.get("qdpx.import_id")
    by_id = {r.id: r for r in records}
    record = by_id[
        _widgets.selectbox(
            st,
            t("qdpx.pending_imports"),
            ids,
            index=ids.index(chosen_id) if chosen_id in ids else 0,
            format_func=lambda i: _title(by_id[i]),
            key="qdpx.which",
        )
    ]
    found = qdpx.summary(record, _session.lang())
    _text.say(
        "info",
        "qdpx.read_done",
        origin=record.origin or "?",
        codes=found["codes"],
        selections=found["selections"],
        sources=found["sources"],
    )
    if found["unsupported"]:
        _text.say_lines(
            "warning",
            [item["message"] for item in found["unsupported"]],
            head="qdpx.unsupported_title",
        )
    _mapping(store, lab, record)
    if not record.drafts:
        st.caption(t("qdpx.codebook_only"))
        return
    _drafts(store, lab, store.record(lab.id, QdaImport, record.id))


def _title(record: QdaImport) -> str:
    pending = sum(1 for d in record.drafts if d.status == DraftStatus.PENDING)
    return f"{record.filename} · {record.created[:16].replace('T', ' ')} · {pending}"


def _theme_options(lab: Lab) -> dict[str, str]:
    book = factors.lab_codebook(lab)
    lang = _session.lang()
    return {
        "": t("qdpx.no_theme"),
        importing.NEW_THEME: t("qdpx.new_theme"),
        **{theme.id: theme.label.get(lang, theme.id) for theme in book.themes},
    }


def _mapping(store: Store, lab: Lab, record: QdaImport) -> None:
    st.subheader(t("qdpx.mapping"))
    st.caption(t("qdpx.mapping_help"))
    themes = _theme_options(lab)
    kinds = {"": t("qdpx.no_kind"), **{str(k): t(f"qdpx.kind.{k}") for k in FactorKind}}
    label_to_theme = {label: key for key, label in themes.items()}
    label_to_kind = {label: key for key, label in kinds.items()}
    frame = pd.DataFrame(
        [
            {
                "code": code.path,
                "theme": themes.get(record.themes.get(code.guid, ""), themes[""]),
                "kind": kinds.get(record.kinds.get(code.guid, ""), kinds[""]),
            }
            for code in record.codes
        ]
    )
    with st.form(f"qdpx.mapping.{record.id}"):
        edited = st.data_editor(
            frame,
            hide_index=True,
            disabled=["code"],
            column_config={
                "code": st.column_config.TextColumn(t("qdpx.col_code")),
                "theme": st.column_config.SelectboxColumn(
                    t("qdpx.col_theme"), options=list(themes.values()), required=True
                ),
                "kind": st.column_config.SelectboxColumn(
                    t("qdpx.col_kind"), options=list(kinds.values()), required=True
                ),
            },
            key=f"qdpx.editor.{record.id}",
        )
        phases = {p.id: p.name for p in lab.phases}
        phase = _widgets.selectbox(
            st,
            t("qdpx.phase"),
            list(phases),
            index=list(phases).index(record.phase_id) if record.phase_id in phases else 0,
            format_func=phases.get,
        )
        if st.form_submit_button(t("qdpx.save_mapping")):
            chosen_themes = {}
            chosen_kinds = {}
            for code, (_, row) in zip(record.codes, edited.iterrows(), strict=True):
                chosen_themes[code.guid] = label_to_theme.get(row["theme"], "")
                chosen_kinds[code.guid] = label_to_kind.get(row["kind"], "")
            _edit.attempt(
                lambda: importing.set_mapping(
                    store, record, themes=chosen_themes, kinds=chosen_kinds, phase_id=phase
                )
            )


def _drafts(store: Store, lab: Lab, record: QdaImport) -> None:
    st.subheader(t("qdpx.drafts"))
    book = factors.lab_codebook(lab)
    lang = _session.lang()
    pending = [d for d in record.drafts if d.status == DraftStatus.PENDING]
    done = st.session_state.pop("qdpx.result", None)
    if done:
        _text.say("success", "qdpx.confirmed", n=done[0])
        if done[1]:
            _text.say_lines(
                "warning",
                [t(reason) for reason in sorted(set(done[1]))],
                head=_text.tp("qdpx.skipped", n=len(done[1])),
            )
    if not pending:
        return
    kinds = {"": t("qdpx.no_kind"), **{str(k): t(f"qdpx.kind.{k}") for k in FactorKind}}
    default_kind = _widgets.selectbox(
        st, t("qdpx.default_kind"), list(kinds), format_func=kinds.get, key="qdpx.default_kind"
    )
    if st.button(
        t("qdpx.confirm_all", n=len(pending)), type="primary", key=f"qdpx.all.{record.id}"
    ):
        _confirm(store, record, None, default_kind)
    if len(pending) > SHOWN_DRAFTS:
        st.caption(t("qdpx.more", shown=SHOWN_DRAFTS, n=len(pending)))
    for draft in pending[:SHOWN_DRAFTS]:
        with st.container(border=True):
            themes = ", ".join(book.label(th, lang) for th in importing.draft_themes(record, draft))
            kind = importing.draft_kind(record, draft)
            st.markdown(
                f"**{_text.plain(themes or t('qdpx.no_theme'))}** · {kinds.get(kind, kinds[''])}"
            )
            st.text(importing.draft_text(draft)[:600])
            if draft.quote and draft.quote != importing.draft_text(draft):
                st.caption(_text.plain(f"“{draft.quote[:400]}”"))
            left, right = st.columns(2)
            if left.button(t("qdpx.confirm_one"), key=f"qdpx.ok.{draft.guid}"):
                _confirm(store, record, [draft.guid], default_kind)
            if right.button(t("qdpx.reject_one"), key=f"qdpx.no.{draft.guid}"):
                _edit.attempt(lambda draft=draft: importing.reject(store, record, [draft.guid]))


def _confirm(store: Store, record: QdaImport, guids: list[str] | None, kind: str) -> None:
    try:
        changed, skipped = importing.confirm(store, record, guids, default_kind=kind)
    except MonitorError as exc:
        _text.show_error(exc)
        return
    made = sum(1 for d in changed.drafts if d.status == DraftStatus.CONFIRMED) - sum(
        1 for d in record.drafts if d.status == DraftStatus.CONFIRMED
    )
    st.session_state["qdpx.result"] = (made, [reason for _, reason in skipped])
    st.rerun()
