"""Instruments: the interview protocols and questionnaires the lab can use, files that could
not be read (with file, line and field), and uploading an own protocol."""

import pandas as pd
import streamlit as st

from monitor import protocols, surveys, uploads, xlsform
from monitor.errors import InvalidInput
from pages import _session, _text, _widgets

t = _text.t
lang = _session.lang()
store = _session.store()
found, problems = _session.protocol_report()

st.title(t("nav.protocols"))
for problem in problems:
    _text.show_error(problem, icon=":material/report:")

_text.table(
    pd.DataFrame(
        [
            {
                "title": p.title[lang],
                "mode": t(f"mode.{p.mode}"),
                "version": p.version,
                "questions": sum(q.answerable for q in p.questions),
                "file": p.source,
            }
            for p in found.values()
        ]
    ),
    hide_index=True,
    column_config={
        "title": t("protocols.title"),
        "mode": t("protocols.mode"),
        "version": t("protocols.version"),
        "questions": t("protocols.questions"),
        "file": t("protocols.file"),
    },
)

if found:
    chosen = _widgets.selectbox(
        st, t("protocols.show"), list(found), format_func=lambda i: found[i].title[lang]
    )
    protocol = found[chosen]
    if protocol.description:
        st.markdown(_text.plain(protocol.description[lang]))
    if protocol.consent_version:
        with st.expander(t("interview.consent")):
            st.markdown(_text.plain(protocol.consent_text[lang]))
    _text.table(
        pd.DataFrame(
            [
                {
                    "section": next(s.title[lang] for s in protocol.sections if s.id == q.section),
                    "id": q.id,
                    "type": t(f"qtype.{q.type}"),
                    "label": q.label[lang],
                    "cell": f"{t(f'framework.{q.level}')} × {t(f'framework.{q.dimension}')}"
                    if q.level
                    else "",
                    "indicators": ", ".join(
                        protocols.framework()[i].label[lang] for i in q.indicators
                    ),
                    "core": q.core,
                }
                for q in protocol.questions
            ]
        ),
        hide_index=True,
        height=420,
        column_config={
            "section": t("protocols.section"),
            "id": "id",
            "type": t("protocols.type"),
            "label": t("protocols.question"),
            "cell": t("protocols.cell"),
            "indicators": t("protocols.indicators"),
            "core": st.column_config.CheckboxColumn(t("protocols.core")),
        },
    )
    st.download_button(
        t("protocols.xlsform_download"),
        lambda: xlsform.export_xlsform(protocol),
        file_name=f"{protocol.id}-v{protocol.version}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        on_click="ignore",
    )

st.subheader(t("protocols.upload"))
st.caption(t("protocols.upload_help"))
upload = _widgets.file_uploader(
    st,
    t("protocols.upload_file"),
    ["yaml", "yml", "xlsx", "xls"],
    key="protocols.file",
    max_mb=xlsform.MAX_BYTES // 2**20,
)
if upload is not None and st.button(t("protocols.add"), type="primary", icon=":material/upload:"):
    # Messages quote the file (its name, a wrong value): shown as typed, never as markup.
    name, data = uploads.safe_name(upload.name), upload.getvalue()
    try:
        uploads.check_instrument(name, data)
        new, notes = surveys.install_protocol(store, name, data, found, lang=lang)
    except InvalidInput as exc:
        _text.show_error(exc)
    else:
        _text.say("success", "protocols.added", title=new.title[lang])
        if notes:
            _text.say_lines("warning", list(notes), head="protocols.xlsform_notes")
