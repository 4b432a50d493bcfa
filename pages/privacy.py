"""Privacy: who gave consent, erasing one person everywhere, the retention date, and the audit
trail of every change. For researchers only (app.py does not register it for others)."""

import datetime as dt

import pandas as pd
import streamlit as st

from monitor import lab_tables, privacy
from monitor.errors import MonitorError
from monitor.model import Participant, Response, Source, Stakeholder
from pages import _edit, _progress, _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab = page.store, page.lab
today = dt.date.today()
people = {s.id: s for s in store.records(lab.id, Stakeholder)}
registry = {p.id: p for p in store.records(lab.id, Participant)}

st.title(t("nav.privacy"))
consent_tab, erase_tab, retention_tab, audit_tab = st.tabs(
    [t("privacy.consent"), t("privacy.erase"), t("privacy.retention"), t("privacy.audit")]
)

with consent_tab:
    st.caption(t("privacy.consent_help"))
    rows = privacy.consent_rows(people.values(), store.records(lab.id, Source))
    _text.table(
        pd.DataFrame(
            [{**r, "consent": t(f"consent.{r['consent']}")} for r in rows],
            columns=["name", "pseudonym", "consent", "sources", "withheld"],
        ),
        hide_index=True,
        column_config={
            "name": t("stakeholder.name"),
            "pseudonym": t("participant.pseudonym"),
            "consent": t("stakeholder.consent"),
            "sources": t("nav.sources"),
            "withheld": t("privacy.withheld"),
        },
    )
    responses = store.records(lab.id, Response)
    st.caption(t("privacy.responses_consent", n=len(responses)))


def _person_label(key: str) -> str:
    kind, _, record_id = key.partition(":")
    if kind == "s":
        person = people[record_id]
        return f"{person.name} ({person.pseudonym}, {t(f'group.{person.group}')})"
    member = registry[record_id]
    return f"{member.name} ({member.pseudonym}, {t('privacy.survey_participant')})"


with erase_tab:
    st.caption(t("privacy.erase_help"))
    choices = [f"s:{i}" for i in people] + [
        f"p:{i}"
        for i, p in registry.items()
        if not p.stakeholder_id or p.stakeholder_id not in people
    ]
    labels = {key: _person_label(key) for key in choices}
    chosen = _widgets.selectbox(
        st,
        t("privacy.erase_who"),
        choices,
        index=None,
        format_func=labels.get,
        placeholder=t("common.choose"),
        key=f"privacy.erase_who.{st.session_state.setdefault('privacy.round', 0)}",
    )
    done = st.session_state.pop("privacy.erased", None)
    if done:
        _text.say("success", "privacy.erased", n=done, icon=":material/check:")
    if chosen:
        kind, _, record_id = chosen.partition(":")
        plan = privacy.plan_erasure(
            store,
            lab.id,
            stakeholder_id=record_id if kind == "s" else "",
            participant_id=record_id if kind == "p" else "",
        )
        st.markdown(f"**{t('privacy.plan_title')}**")
        lines = [f"- {t(f'privacy.kind.{k}')}: {len(v)}" for k, v in plan.delete.items()]
        if plan.unlink_sources:
            lines.append(f"- {t('privacy.unlinked', n=len(plan.unlink_sources))}")
        st.markdown("\n".join(lines) or t("privacy.nothing_else"))
        if plan.mentions:
            _text.say(
                "warning", "privacy.mentions", n=len(plan.mentions), icon=":material/warning:"
            )
            st.markdown(
                "\n".join(
                    f"- {t(f'privacy.kind.{k}')}: `{record_id}`" for k, record_id in plan.mentions
                )
            )
        with st.form(f"privacy.erase.{chosen}"):
            rewrites = {}
            if plan.factors:
                st.markdown(f"**{t('privacy.factors', n=len(plan.factors))}**")
                st.caption(t("privacy.factors_help"))
            for factor in plan.factors:
                st.markdown(f"> {_text.plain(factor.quote or factor.text)}")
                rewrites[factor.id] = st.text_area(
                    t("privacy.rewrite"), "", key=f"privacy.rewrite.{factor.id}", height=70
                )
            sure = st.checkbox(t("privacy.erase_sure"))
            if st.form_submit_button(
                t("privacy.erase_button"), type="primary", icon=":material/delete_forever:"
            ):
                if not sure:
                    _text.say("error", "privacy.erase_confirm", icon=":material/error:")
                else:
                    try:
                        with _progress.status("progress.erase") as progress:
                            progress("progress.erase.records", 0, 1)
                            counts = privacy.erase(store, plan, rewrites)
                            progress("progress.done", 1, 1)
                    except MonitorError as exc:
                        _text.show_error(exc)
                    else:
                        st.session_state["privacy.erased"] = sum(counts.values())
                        st.session_state["privacy.round"] += 1  # a fresh, empty choice
                        st.rerun()

with retention_tab:
    state = privacy.retention_state(lab, today)
    st.caption(t("privacy.retention_help"))
    warn = state in (privacy.RetentionState.SOON, privacy.RetentionState.DUE)
    _text.say(
        "warning" if warn else "info",
        f"privacy.retention_{state}",
        date=str(lab.retention_until or lab.retention_done),
    )
    if state != privacy.RetentionState.DONE:
        with st.form("privacy.retention"):
            until = st.date_input(
                t("privacy.retention_until"), lab.retention_until, format="YYYY-MM-DD"
            )
            if st.form_submit_button(t("common.save"), icon=":material/save:"):
                _edit.attempt(lambda: privacy.set_retention(store, lab, until, today))
    if state == privacy.RetentionState.DUE and st.button(
        t("privacy.retention_apply"), type="primary"
    ):
        _edit.attempt(lambda: privacy.apply_retention(store, lab.id, today))

with audit_tab:
    st.caption(t("privacy.audit_help"))
    rows = privacy.audit_rows(store.audit_trail(lab.id))
    frame = pd.DataFrame(
        rows, columns=["at", "actor", "event", "kind", "record", "changes", "detail"]
    )
    left, right = st.columns(2)
    actors = _widgets.multiselect(
        left, t("privacy.audit_actor"), sorted(set(frame["actor"])), placeholder=t("common.choose")
    )
    kinds = _widgets.multiselect(
        right,
        t("privacy.audit_kind"),
        sorted(set(frame["kind"]) - {""}),
        placeholder=t("common.choose"),
    )
    keep = pd.Series(True, index=frame.index)
    if actors:
        keep &= frame["actor"].isin(actors)
    if kinds:
        keep &= frame["kind"].isin(kinds)
    shown = frame[keep]
    st.caption(t("privacy.audit_count", n=len(shown)))
    _text.table(
        shown,
        hide_index=True,
        column_config={k: t(f"privacy.col.{k}") for k in frame.columns},
    )
    st.download_button(
        t("privacy.audit_download"),
        _session.audited(store, lab.id, "audit_trail", lambda: lab_tables.csv_bytes(shown)),
        file_name="audit-trail.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
    )
