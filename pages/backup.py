"""Exports and backup: every table as CSV or one XLSX (codes instead of names unless the
researcher asks for names), and the whole lab as JSON to keep or to restore."""

import streamlit as st

from monitor import lab_tables, transfer
from monitor.errors import MonitorError
from pages import _edit, _progress, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
slug = "-".join("".join(c if c.isalnum() else " " for c in lab.name.casefold()).split())[:40]

st.title(t("nav.backup"))
st.subheader(t("tables.title"))
st.caption(t("tables.help"))
names = st.toggle(t("tables.names"), False, key="tables.names")
if names:
    _text.say("warning", "tables.names_warning", icon=":material/warning:")
suffix = "-names" if names else ""


def _one(name: str) -> bytes:
    return lab_tables.csv_bytes(lab_tables.tables(store, lab.id, lang, names=names)[name])


st.download_button(
    t("tables.xlsx"),
    _session.audited(
        store,
        lab.id,
        "tables.xlsx",
        lambda: lab_tables.xlsx_bytes(lab_tables.tables(store, lab.id, lang, names=names), lang),
        names=names,
    ),
    file_name=f"{slug}-tables{suffix}.xlsx",
    icon=":material/table_view:",
    type="primary",
    on_click="ignore",
)
columns = st.columns(4)
for index, name in enumerate(lab_tables.TABLES):
    with columns[index % 4]:
        st.download_button(
            f"{t(f'tables.{name}')} (.csv)",
            _session.audited(
                store, lab.id, f"tables.{name}", lambda name=name: _one(name), names=names
            ),
            file_name=f"{slug}-{name}{suffix}.csv",
            mime="text/csv",
            key=f"tables.csv.{name}",
            on_click="ignore",
        )

from pages import _qda  # noqa: E402

_qda.export_section(store, lab, slug)

st.subheader(t("backup.title"))
st.caption(t("backup.help"))
# A large lab takes a second or more: made behind a button, with its steps and a cancel.
read: list = []
backup = _progress.prepared(
    "backup.made",
    (lab.id, store.revision(lab.id)),
    "progress.export.make",
    "progress.export",
    [
        ("progress.export.read", lambda: read.append(transfer.export_lab(store, lab.id))),
        ("progress.export.write", lambda: transfer.as_json(read[0])),
    ],
)
if backup is not None:
    _text.say("success", "progress.export.ready", icon=":material/check:")
    st.download_button(
        t("backup.download"),
        backup,
        file_name=f"{slug}-backup.json",
        mime="application/json",
        icon=":material/save:",
        on_click=lambda: store.audit(lab.id, "export", what="backup"),
    )

st.subheader(t("backup.restore"))
upload = _widgets.file_uploader(st, t("backup.upload"), ["json"], key="backup.upload")
if upload is not None:
    payload = upload.getvalue()
    try:
        found, records = transfer.parse_export(payload)
    except MonitorError as exc:
        _text.show_error(exc)
        st.stop()
    counts = ", ".join(f"{t(f'kind.{kind}')}: {len(rs)}" for kind, rs in records.items() if rs)
    _text.say("info", "backup.holds", name=found.name, counts=counts or "—")
    exists = any(other.id == found.id for other in store.labs())
    replace = exists and st.checkbox(
        t("backup.replace", name=_text.plain(found.name)), key="backup.replace"
    )
    restore = st.button(t("backup.restore_button"), disabled=exists and not replace)
    if restore and _edit.attempt(
        lambda: _progress.steps(
            "progress.import",
            [
                ("progress.import.check", lambda: transfer.parse_export(payload)),
                (
                    "progress.import.store",
                    lambda: transfer.import_json(store, payload, replace=replace),
                ),
            ],
        ),
        rerun=False,
    ):
        _session.open_lab(found.id)
