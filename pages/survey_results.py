"""What the surveys say, for the researcher: response rates, items, scales, T0 against T1,
groups, open answers to review or code, and the pseudonymous exports. Splits smaller than the
lab's disclosure threshold are hidden everywhere on this page."""

import pandas as pd
import streamlit as st

from monitor import charts, paging, survey_results, surveys
from monitor.errors import MonitorError
from monitor.model import Invitation, Participant, Response, Survey
from monitor.protocols import Protocol
from pages import _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
protocols = _session.protocols()
threshold = lab.disclosure_threshold

st.title(t("nav.survey_results"))
survey_list = sorted(store.records(lab.id, Survey), key=lambda s: (s.created, s.wave))
if not survey_list:
    _text.say("info", "surveys.none")
    st.stop()
by_id = {s.id: s for s in survey_list}
people = {p.id: p for p in store.records(lab.id, Participant)}


@st.cache_data(show_spinner=False, max_entries=8)
def _responses(lab_id: str, revision: tuple) -> list[Response]:
    return survey_results.submitted(store.records(lab_id, Response))


every = _responses(lab.id, store.revision(lab.id))
st.caption(t("results.threshold", n=threshold))


def _hidden_note(hidden: list[survey_results.Hidden]) -> None:
    if hidden:
        st.caption(t("results.hidden", n=len(hidden), threshold=threshold))


def _png(chart: charts.alt.TopLevelMixin, name: str, key: str) -> None:
    """A PNG of the chart, rendered only when the button is clicked."""
    st.download_button(
        t("results.png"),
        lambda: charts.png(chart) or b"",
        file_name=f"{name}.png",
        mime="image/png",
        key=key,
        icon=":material/image:",
        on_click="ignore",
    )


rates, items, pairs, groups, open_tab, export = st.tabs(
    [
        t("results.tab.rates"),
        t("results.tab.items"),
        t("results.tab.pairs"),
        t("results.tab.groups"),
        t("results.tab.open"),
        t("results.tab.export"),
    ]
)

with rates:
    frame = survey_results.response_rates(
        survey_list,
        store.records(lab.id, Invitation),
        store.records(lab.id, Response),
        people,
        lang,
    )
    _text.table(
        frame,
        hide_index=True,
        column_config={
            **{k: t(f"results.col.{k}") for k in frame.columns},
            "rate": st.column_config.ProgressColumn(
                t("results.col.rate"), format="%d%%", min_value=0, max_value=100
            ),
        },
    )


def _pick(key: str, label: str = "surveys.survey", default: int = -1) -> tuple[Survey, Protocol]:
    ids = [s.id for s in survey_list if s.protocol_id in protocols]
    survey_id = _widgets.selectbox(
        st,
        t(label),
        ids,
        index=default % len(ids),
        format_func=lambda i: f"{by_id[i].title} · {by_id[i].wave}",
        key=key,
    )
    survey = by_id[survey_id]
    return survey, surveys.instrument(protocols[survey.protocol_id], survey)


with items:
    survey, protocol = _pick("results.items.survey")
    answered = [r for r in every if r.survey_id == survey.id]
    st.markdown(t("results.n", n=len(answered)))
    agree, hidden = survey_results.agreement_frame(protocol, answered, lang, threshold)
    if not agree.empty:
        st.subheader(t("results.agreement"))
        chart = charts.agreement_bars(agree)
        st.altair_chart(chart, width="stretch")
        _png(chart, f"{survey.wave}-agreement", "results.items.png")
    _hidden_note(hidden)
    summary, hidden = survey_results.scale_summary(protocol, answered, threshold)
    if not summary.empty:
        st.subheader(t("results.scales"))
        st.caption(t("results.scales_help"))
        _text.table(summary, hide_index=True)
    _hidden_note(hidden)
    for question in protocol.questions:
        if question.type not in ("single_choice", "multiple_choice", "yes_no"):
            continue
        table, others, too_small = survey_results.choice_frame(question, answered, lang, threshold)
        if table.empty:
            continue
        st.markdown(f"**{_text.plain(question.label[lang])}**")
        st.altair_chart(charts.choice_bars(table), width="stretch")
        if others:
            with st.expander(t("results.others", n=len(others))):
                for text in others:
                    st.text(text)

with pairs:
    st.caption(t("results.pairs_help"))
    left, right = st.columns(2)
    with left:
        first, first_protocol = _pick("results.pairs.first", "results.first", default=0)
    with right:
        second, second_protocol = _pick("results.pairs.second", "results.second")
    core_only = st.toggle(t("results.core_only"), True)
    table, hidden = survey_results.paired_items(
        first_protocol,
        [r for r in every if r.survey_id == first.id],
        second_protocol,
        [r for r in every if r.survey_id == second.id],
        lang,
        threshold,
        core_only=core_only,
    )
    if table.empty:
        _text.say("info", "results.no_pairs", threshold=threshold)
    else:
        chart = charts.paired_change(table, first.wave, second.wave)
        st.altair_chart(chart, width="stretch")
        _png(chart, f"{first.wave}-{second.wave}", "results.pairs.png")
        _text.table(
            table.drop(columns=["variable"]),
            hide_index=True,
            column_config={
                "before": first.wave,
                "after": second.wave,
                "change": t("results.change"),
                "item": t("results.item"),
            },
        )
    _hidden_note(hidden)

with groups:
    st.caption(t("results.groups_help"))
    survey, protocol = _pick("results.groups.survey")
    answered = [r for r in every if r.survey_id == survey.id]
    outcome = survey_results.outcome_groups(answered, people, lang)
    summary, hidden = survey_results.scale_summary(protocol, answered, threshold, by=outcome)
    if summary.empty:
        _text.say("info", "results.no_groups", threshold=threshold)
    else:
        _text.table(summary, hide_index=True)
    _hidden_note(hidden)


def _review(item: survey_results.OpenAnswer, key: str) -> None:
    try:
        surveys.set_reviewed(store, item.response, item.variable, st.session_state[key])
    except MonitorError as exc:
        st.session_state["results.error"] = exc.message(lang)


@st.cache_data(show_spinner=False, max_entries=8)
def _open_answers(
    _protocol: Protocol, where: tuple, revision: tuple, protocol_key: tuple
) -> list[survey_results.OpenAnswer]:
    """The open answers of one survey, computed once per store revision and instrument."""
    survey_id = where[1]
    return survey_results.open_answers(_protocol, [r for r in every if r.survey_id == survey_id])


with open_tab:
    if error := st.session_state.pop("results.error", None):
        _text.say_plain("error", error, icon=":material/error:")
    st.caption(t("results.open_help"))
    survey, protocol = _pick("results.open.survey")
    found = _open_answers(
        protocol,
        (lab.id, survey.id, store.location),
        store.revision(lab.id),
        (protocol.id, protocol.version, tuple(q.id for q in protocol.questions)),
    )
    if not found:
        _text.say("info", "results.no_open")
    search, unreviewed = st.columns([3, 1], vertical_alignment="bottom")
    query = search.text_input(t("results.open_search"), key="results.open.query")
    only_new = unreviewed.toggle(t("results.open_unreviewed"), key="results.open.unreviewed")
    shown = [item for item in found if not (only_new and item.reviewed)]
    shown = paging.matching(shown, query, lambda item: item.text)
    if found and not shown:
        _text.say("info", "results.open_none_match")
    # 25 at a time: each answer draws a toggle, a button and columns, and a large lab has
    # thousands of them (the page cost grew with every one of them on every rerun).
    number = _widgets.pager("results.open.page", len(shown))
    for index, item in enumerate(paging.page_of(shown, number).items):
        with st.container(border=True):
            codes = [
                people[i].pseudonym
                for i in (item.response.participant_id, item.response.subject_id)
                if i in people
            ]
            st.caption(f"{' → '.join(codes)} · {_text.plain(item.question.label[lang])}")
            st.text(item.text)
            left, right = st.columns([1, 1])
            key = f"results.rev.{item.response.id}.{item.variable}"
            left.toggle(
                t("results.reviewed"), item.reviewed, key=key, on_change=_review, args=(item, key)
            )
            if right.button(
                t("results.code"), key=f"results.code.{index}", icon=":material/label:"
            ):
                try:
                    source, _ = surveys.as_source(store, item.response, protocol, lang)
                except MonitorError as exc:
                    _text.show_error(exc)
                else:
                    st.session_state["coding.source"] = source.id
                    st.session_state["coding.quote"] = item.text
                    st.switch_page("pages/coding.py")

with export:
    st.caption(t("results.export_help"))
    chosen = _widgets.multiselect(
        st,
        t("results.export_surveys"),
        [s.id for s in survey_list],
        default=[s.id for s in survey_list],
        format_func=lambda i: f"{by_id[i].title} · {by_id[i].wave}",
    )
    labels = st.toggle(t("results.value_labels"), True)
    picked = [r for r in every if r.survey_id in chosen]

    def _long(rows: list[Response]) -> pd.DataFrame:
        return survey_results.long_frame(protocols, by_id, rows, people, lang, labels=labels)

    st.markdown(t("results.n", n=len(picked)))
    files = {
        "csv_long": (
            lambda: survey_results.to_csv(_long(picked)),
            "responses-long.csv",
            "text/csv",
        ),
        "csv_wide": (
            lambda: survey_results.to_csv(survey_results.wide_frame(_long(picked))),
            "responses-wide.csv",
            "text/csv",
        ),
        "xlsx": (
            lambda: survey_results.to_xlsx(
                {"long": (long := _long(picked)), "wide": survey_results.wide_frame(long)}
            ),
            "responses.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    }
    for col, (name, (data, file_name, mime)) in zip(st.columns(3), files.items(), strict=True):
        col.download_button(
            t(f"results.{name}"),
            _session.audited(store, lab.id, f"responses.{name}", data),
            file_name=file_name,
            mime=mime,
            icon=":material/download:",
            disabled=not picked,
            on_click="ignore",
        )
    _text.table(_long(picked[:20]), hide_index=True)
