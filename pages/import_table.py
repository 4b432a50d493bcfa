"""Import sources or factors from a CSV or XLSX table: preview first, bad rows are reported
with their message, good rows are imported."""

import pandas as pd
import streamlit as st

from monitor import imports, uploads
from monitor.errors import MonitorError
from pages import _progress, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang

st.title(t("nav.import"))
what = st.radio(
    t("import.what"),
    ["sources", "factors", "qdpx"],
    horizontal=True,
    format_func=lambda k: t("qdpx.import_label") if k == "qdpx" else t(f"nav.{k}"),
)
if what == "qdpx":
    from pages import _qda

    _qda.import_section(store, lab)
    st.stop()
with st.expander(t("import.columns")):
    st.code(imports.__doc__.split("Columns", 1)[1].strip(), language=None)
upload = _widgets.file_uploader(
    st,
    t("import.file"),
    uploads.TABLE_TYPES,
    key=f"import.{what}",
    max_mb=uploads.MAX_UPLOAD_BYTES // 2**20,
)
if upload is None:
    st.stop()

try:
    rows = uploads.read_table(upload.name, upload.getvalue())
    if what == "sources":
        day_first = None
        if imports.asks_date_order(rows):  # every date reads both ways: the user says which
            day_first = st.radio(
                t("import.date_order"),
                [True, False],
                format_func=lambda first: t("import.day_first" if first else "import.month_first"),
                help=t("import.date_order_help"),
                horizontal=True,
                key=f"import.day_first.{upload.file_id}",
            )
        preview = imports.preview_sources(store, lab.id, rows, day_first=day_first)
    else:
        preview = imports.preview_factors(store, lab.id, rows)
except MonitorError as exc:
    # The message may quote the file's name or cells: shown as typed, never as markup.
    _text.show_error(exc)
    st.stop()

if preview.unknown_columns:
    _text.say("warning", "import.unknown_columns", columns=", ".join(preview.unknown_columns))
st.markdown(t("import.summary", good=len(preview.records), bad=len(preview.errors)))
if preview.errors:
    _text.say_lines(
        "error",
        [t("error.row", row=row, message=err.message(lang)) for row, err in preview.errors[:50]],
        icon=":material/error:",
    )
if preview.records:
    _text.table(
        pd.DataFrame(
            [
                {
                    "title" if what == "sources" else "text": getattr(r, "title", None) or r.text,
                    "date" if what == "sources" else "themes": r.date
                    if what == "sources"
                    else ", ".join(r.themes),
                }
                for r in preview.records
            ]
        ),
        hide_index=True,
        height=260,
    )
    key = f"import.done.{upload.file_id}"
    if st.session_state.get(key):
        _text.say("success", "import.done", n=st.session_state[key])
    elif st.button(
        t("import.go", n=len(preview.records)), type="primary", icon=":material/download:"
    ):
        (st.session_state[key],) = _progress.steps(
            "progress.import", [("progress.import.rows", lambda: imports.commit(store, preview))]
        )
        st.rerun()
