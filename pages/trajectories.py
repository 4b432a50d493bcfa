"""Trajectories: the candidates' routes to work. A table with filters, one trajectory's six
steps on one screen with quick step and outcome updates, a new trajectory, the import of the
job company's registration, and the lab's routes and comparison groups."""

import dataclasses
import datetime as dt

import pandas as pd
import streamlit as st

from monitor import uploads
from monitor.errors import Conflict, MonitorError
from monitor.model import (
    Arm,
    Factor,
    LearningLocation,
    Stakeholder,
    StakeholderGroup,
    Trajectory,
    TrajectoryOutcome,
)
from monitor.trajectories import core, stats, tables
from pages import _session, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang, user = page.store, page.lab, page.lang, page.user
coach = user is not None and user.is_coach
FLASH = "traj.flash"

routes = core.routes(store, lab.id)
people = {s.id: s for s in store.records(lab.id, Stakeholder)}
employers = {i: s for i, s in people.items() if s.group == StakeholderGroup.EMPLOYER}
coaches = {i: s for i, s in people.items() if s.group == StakeholderGroup.JOB_COACH}
trajectories = sorted(
    core.visible_to(user, store.records(lab.id, Trajectory)), key=lambda x: x.candidate.casefold()
)
factors = {f.id: f for f in store.records(lab.id, Factor)}
arms = sorted(store.records(lab.id, Arm), key=lambda a: a.name.casefold())


def employer_name(stakeholder_id: str) -> str:
    found = people.get(stakeholder_id)
    return (found.organisation or found.name) if found else ""


def route_name(route_id: str) -> str:
    return core.route_label(routes, route_id, lang)


def flash(key: str, **params) -> None:
    st.session_state[FLASH] = (key, params)
    st.rerun()


def attempt(action, success: str | None, **params) -> None:
    """Run a change; on success rerun with the message (a text key and its values; none when
    the page says it itself), else show why nothing was saved."""
    try:
        action()
    except Conflict:
        _text.say("error", "traj.conflict", icon=":material/sync_problem:")
        return
    except MonitorError as exc:
        _text.show_error(exc)
        return
    if success is None:
        st.rerun()
    flash(success, **params)


st.title(t("traj.title"))
st.caption(t("traj.intro"))
if FLASH in st.session_state:
    key, params = st.session_state.pop(FLASH)
    _text.say("success", key, icon=":material/check_circle:", **params)

if coach:
    (overview,) = st.tabs([t("traj.tab_list")])
else:
    overview, new, upload_tab, setup = st.tabs(
        [t("traj.tab_list"), t("traj.tab_new"), t("traj.tab_import"), t("traj.tab_setup")]
    )

# -- the table and one trajectory --------------------------------------------------------------
with overview:
    if not trajectories:
        _text.say("info", "traj.none", icon=":material/route:")
    else:
        left, middle, right = st.columns(3)
        chosen_routes = _widgets.multiselect(
            left,
            t("traj.route"),
            [r.id for r in routes],
            format_func=route_name,
            key="traj.f_route",
        )
        chosen_employers = _widgets.multiselect(
            middle,
            t("traj.employer"),
            sorted(employers, key=lambda i: employer_name(i).casefold()),
            format_func=employer_name,
            key="traj.f_employer",
        )
        chosen_outcomes = _widgets.multiselect(
            right,
            t("traj.outcome"),
            list(stats.OUTCOMES),
            format_func=lambda o: t(f"traj.outcome.{o}"),
            key="traj.f_outcome",
        )
        query = st.text_input(t("traj.filter_search"), key="traj.f_search").strip().casefold()
        shown = [
            x
            for x in trajectories
            if (not chosen_routes or x.route in chosen_routes)
            and (not chosen_employers or x.employer_id in chosen_employers)
            and (not chosen_outcomes or str(x.outcome) in chosen_outcomes)
            and (not query or query in x.candidate.casefold() or query in x.job.casefold())
        ]
        st.caption(t("traj.filtered", shown=len(shown), n=len(trajectories)))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("traj.candidate"): x.candidate,
                        t("traj.route"): route_name(x.route),
                        t("traj.employer"): employer_name(x.employer_id),
                        t("traj.job"): x.job,
                        t("traj.location"): t(f"traj.location.{x.location}") if x.location else "",
                        t("traj.start"): x.start,
                        t("traj.end"): x.end,
                        t("traj.last_step"): core.last_step(x),
                        t("traj.outcome"): t(f"traj.outcome.{x.outcome}"),
                        t("traj.months"): stats.learning_months(x),
                    }
                    for x in shown
                ],
                columns=[
                    t(f"traj.{c}")
                    for c in (
                        "candidate",
                        "route",
                        "employer",
                        "job",
                        "location",
                        "start",
                        "end",
                        "last_step",
                        "outcome",
                        "months",
                    )
                ],
            ),
            hide_index=True,
            width="stretch",
            column_config={t("traj.months"): st.column_config.NumberColumn(format="%.1f")},
        )
        if shown:
            by_id = {x.id: x for x in shown}
            # No widget key: a new filter makes a new list, and the choice is kept by hand.
            ids = list(by_id)
            remembered = st.session_state.get("traj.picked")
            picked = _widgets.selectbox(
                st,
                t("traj.choose"),
                ids,
                index=ids.index(remembered) if remembered in by_id else 0,
                format_func=lambda i: (
                    f"{by_id[i].candidate} · {route_name(by_id[i].route)}"
                    + (f" · {employer_name(by_id[i].employer_id)}" if by_id[i].employer_id else "")
                ),
            )
            st.session_state["traj.picked"] = picked
            current = by_id[picked]
            # The revision this session showed in its previous run: a change is based on what
            # the user saw, so a save by someone else in between is refused, not overwritten.
            seen_key = f"traj.seen.{current.id}"
            seen = dataclasses.replace(
                current, revision=st.session_state.get(seen_key, current.revision)
            )
            st.session_state[seen_key] = current.revision
            st.subheader(current.candidate)
            facts = [route_name(current.route)]
            facts += [employer_name(current.employer_id)] if current.employer_id else []
            facts += [current.job] if current.job else []
            facts += [t(f"traj.location.{current.location}")] if current.location else []
            if current.coach_id in coaches:
                facts.append(f"{t('traj.coach')}: {coaches[current.coach_id].pseudonym}")
            period = (
                f"{current.start or '…'} – {current.end or t('traj.open_end')}"
                if current.start or current.end
                else "—"
            )
            facts.append(f"{t('traj.period')}: {period}")
            facts.append(f"{t('traj.outcome')}: {t(f'traj.outcome.{current.outcome}')}")
            if current.reason:
                facts.append(f"{t('traj.reason')}: {current.reason}")
            st.markdown(_text.plain(" · ".join(facts)))

            st.markdown(f"**{t('traj.timeline')}**")
            for column, number in zip(st.columns(6), core.STEPS, strict=True):
                step = core.step(current, number)
                with column.container(border=True):
                    st.markdown(f"**{t(f'step.{number}')}**")
                    if step.reached:
                        st.markdown(f":material/check_circle: {step.reached.isoformat()}")
                    else:
                        st.caption(t("traj.not_reached"))
                    if step.note:
                        st.caption(_text.plain(step.note))

            with st.form(f"traj.step_form.{current.id}"):
                st.markdown(f"**{t('traj.update_step')}**")
                a, b = st.columns([1, 1])
                next_step = min(core.last_step(current) + 1, 6)
                number = _widgets.selectbox(
                    a,
                    t("traj.step"),
                    core.STEPS,
                    index=next_step - 1,
                    format_func=lambda n: t(f"step.{n}"),
                )
                reached = b.date_input(
                    t("traj.step_date"), value=dt.date.today(), format="YYYY-MM-DD"
                )
                note = st.text_area(t("traj.step_note"), height=80)
                if st.form_submit_button(t("traj.save_step"), icon=":material/save:"):
                    previous = core.step(current, number).note
                    attempt(
                        lambda: core.update_step(
                            store, seen, number, reached, note.strip() or previous, user=user
                        ),
                        "traj.step_saved",
                        step=number,
                    )

            with st.form(f"traj.outcome_form.{current.id}"):
                st.markdown(f"**{t('traj.update_outcome')}**")
                a, b = st.columns([1, 1])
                outcome = _widgets.selectbox(
                    a,
                    t("traj.outcome"),
                    list(stats.OUTCOMES),
                    index=list(stats.OUTCOMES).index(str(current.outcome)),
                    format_func=lambda o: t(f"traj.outcome.{o}"),
                )
                end = b.date_input(t("traj.end"), value=current.end, format="YYYY-MM-DD")
                reason = st.text_input(t("traj.reason"), value=current.reason)
                if st.form_submit_button(t("traj.save_outcome"), icon=":material/save:"):
                    attempt(
                        lambda: core.update_outcome(store, seen, outcome, reason, end, user=user),
                        "traj.outcome_saved",
                    )

            if not coach:  # answers and coded evidence stay with the researcher
                st.markdown(f"**{t('traj.responses')}**")
                answered = core.responses_for(store, current)
                if not answered:
                    st.caption(t("traj.no_responses"))
                for response in answered:
                    st.markdown(
                        "- "
                        + t(
                            "traj.response_line",
                            wave=_text.plain(response.wave),
                            status=t(f"invitation.{response.status}"),
                            answers=t("traj.answers", n=len(response.answers)),
                        )
                    )

                st.markdown(f"**{t('traj.linked_factors')}**")
                linked = core.factors_for(store, current)
                if not linked:
                    st.caption(t("traj.no_factors"))
                for factor in linked:
                    step_text = f" · {t(f'step.{factor.step}')}" if factor.step else ""
                    kind = t(f"factor_kind.{factor.kind}")
                    st.markdown(f"- *{kind}{step_text}*: {_text.plain(factor.text)}")
                with st.form(f"traj.factor_form.{current.id}"):
                    chosen = _widgets.multiselect(
                        st,
                        t("traj.factors"),
                        list(factors),
                        default=[i for i in current.factor_ids if i in factors],
                        format_func=lambda i: (
                            f"{t(f'factor_kind.{factors[i].kind}')}: {factors[i].text[:90]}"
                        ),
                    )
                    if st.form_submit_button(t("traj.save_factors"), icon=":material/link:"):
                        attempt(
                            lambda: core.link_factors(store, seen, chosen, user=user),
                            "traj.factors_saved",
                        )

if coach:  # a coach updates steps and outcomes; new trajectories and the setup are not theirs
    st.stop()

# -- a new trajectory --------------------------------------------------------------------------
with new, st.form("traj.new_form", clear_on_submit=False):
    a, b = st.columns(2)
    code = a.text_input(t("traj.candidate"), placeholder="K-017")
    route = _widgets.selectbox(b, t("traj.route"), [r.id for r in routes], format_func=route_name)
    employer = _widgets.selectbox(
        a,
        t("traj.employer"),
        ["", *sorted(employers, key=lambda i: employer_name(i).casefold())],
        format_func=lambda i: employer_name(i) if i else t("traj.nobody"),
    )
    location = _widgets.selectbox(
        b,
        t("traj.location"),
        ["", *(loc.value for loc in LearningLocation)],
        format_func=lambda v: t(f"traj.location.{v}") if v else t("traj.nobody"),
    )
    job = a.text_input(t("traj.job"))
    coach = _widgets.selectbox(
        b,
        t("traj.coach"),
        ["", *coaches],
        format_func=lambda i: coaches[i].pseudonym if i else t("traj.nobody"),
    )
    start = a.date_input(t("traj.start"), value=None, format="YYYY-MM-DD")
    arm_names = {arm.id: arm.name for arm in arms}
    arm_id = _widgets.selectbox(
        b,
        t("traj.arm"),
        ["", *arm_names],
        format_func=lambda i: arm_names[i] if i else t("traj.nobody"),
    )
    if st.form_submit_button(t("traj.new_save"), type="primary", icon=":material/add:"):
        attempt(
            lambda: core.create(
                store,
                lab.id,
                candidate=code,
                route=route,
                employer_id=employer,
                location=LearningLocation(location) if location else None,
                job=job,
                coach_id=coach,
                start=start,
                arm_id=arm_id,
                outcome=TrajectoryOutcome.LEARNING if start else TrajectoryOutcome.UNKNOWN,
            ),
            "traj.created",
            code=code.strip(),
        )

# -- the import --------------------------------------------------------------------------------
with upload_tab:
    st.caption(t("traj.import_intro"))
    with st.expander(t("traj.import_columns")):
        st.code(tables.__doc__.split("Columns", 1)[1].strip(), language=None)
    upload = _widgets.file_uploader(
        st,
        t("traj.import_file"),
        uploads.TABLE_TYPES,
        key="traj.upload",
        max_mb=uploads.MAX_UPLOAD_BYTES // 2**20,
    )
    done_key = f"traj.import_done.{upload.file_id}" if upload is not None else ""
    if upload is not None and done_key in st.session_state:
        # This file was imported: say so, instead of previewing it again as all updates.
        _text.say(
            "success",
            "traj.import_done",
            icon=":material/check_circle:",
            **st.session_state[done_key],
        )
    elif upload is not None:
        try:
            found = tables.preview(
                store, lab.id, uploads.read_table(upload.name, upload.getvalue())
            )
        except MonitorError as exc:
            _text.show_error(exc)
            found = None
        if found is not None:
            if found.unknown_columns:
                _text.say(
                    "warning", "import.unknown_columns", columns=", ".join(found.unknown_columns)
                )
            st.markdown(
                t(
                    "traj.import_summary",
                    created=len(found.created),
                    updated=len(found.updated),
                    bad=t("traj.import_bad", n=len(found.errors)),
                )
            )
            if found.new_candidates:
                codes = ", ".join(p.pseudonym for p in found.new_candidates)
                st.markdown(
                    _text.plain(
                        t("traj.import_new_candidates", n=len(found.new_candidates), codes=codes)
                    )
                )
            if found.new_employers:
                names = ", ".join(e.name for e in found.new_employers)
                st.markdown(
                    _text.plain(
                        t("traj.import_new_employers", n=len(found.new_employers), names=names)
                    )
                )
            if found.errors:
                _text.say_lines(
                    "error",
                    [
                        t("error.row", row=row, message=err.message(lang))
                        for row, err in found.errors[:50]
                    ],
                    icon=":material/error:",
                )
            if found.good and st.button(
                t("traj.import_go", n=found.good), type="primary", icon=":material/download:"
            ):
                done = {"created": len(found.created), "updated": len(found.updated)}

                def run_import() -> None:
                    tables.commit(store, found)
                    st.session_state[done_key] = done

                attempt(run_import, None)

# -- routes and comparison groups --------------------------------------------------------------
with setup:
    st.subheader(t("traj.routes_title"))
    st.caption(t("traj.routes_intro"))
    current_settings = core.settings(store, lab.id)
    edited = st.data_editor(
        pd.DataFrame(
            [{"id": r.id, "nl": r.label.get("nl", ""), "en": r.label.get("en", "")} for r in routes]
        ),
        num_rows="dynamic",
        hide_index=True,
        key=f"traj.routes.{current_settings.revision}",
        column_config={"id": st.column_config.TextColumn(t("traj.route"))},
    )
    if st.button(t("traj.routes_save"), icon=":material/save:"):
        rows = [
            {k: ("" if v is None or v != v else v) for k, v in row.items()}
            for row in edited.to_dict("records")
            if any(v for v in row.values() if v == v)
        ]
        attempt(
            lambda: core.save_routes(store, lab.id, rows, current_settings.revision),
            "traj.routes_saved",
        )

    st.subheader(t("arm.title"))
    st.caption(t("arm.intro"))
    if not arms:
        st.caption(t("arm.none"))
    for arm in arms:
        moments = ", ".join(m.moment for m in arm.moments) or "—"
        st.markdown(
            f"**{_text.plain(arm.name)}** · "
            + _text.plain(
                t(
                    "arm.summary",
                    kind=t(f"arm.kind.{arm.kind}"),
                    size=t("count.people", n=arm.size),
                    moments=moments,
                )
            )
        )

    def moment_fields(prefix: str) -> dict:
        a, b = st.columns(2)
        fields = {
            "moment": a.text_input(t("arm.moment"), placeholder="T1", key=f"{prefix}.moment"),
            "date": b.date_input(t("arm.date"), value=None, key=f"{prefix}.date"),
        }
        columns = st.columns(4)
        for column, reason in zip(columns, core.REASONS, strict=True):
            fields[reason] = column.number_input(
                t(f"arm.reason.{reason}"),
                min_value=0,
                step=1,
                value=None,
                key=f"{prefix}.{reason}",
                help=t("arm.benefit_help") if reason == "benefit" else None,
            )
        return fields

    with st.form("traj.arm_form"):
        st.markdown(f"**{t('arm.add')}**")
        a, b, c = st.columns([2, 1, 1])
        name = a.text_input(t("arm.name"))
        kind = _widgets.selectbox(
            b, t("arm.kind"), core.ARM_KINDS, format_func=lambda k: t(f"arm.kind.{k}")
        )
        size = c.number_input(t("arm.size"), min_value=0, step=1, value=None)
        description = st.text_input(t("arm.description"))
        moment = moment_fields("traj.arm_new")
        if st.form_submit_button(t("arm.add"), icon=":material/add:"):
            attempt(
                lambda: core.save_arm(
                    store,
                    lab.id,
                    name=name,
                    kind=kind,
                    size=size,
                    description=description,
                    moments=[moment] if moment["moment"] else [],
                ),
                "arm.saved",
                name=name.strip(),
            )
    if arms:
        with st.form("traj.moment_form"):
            st.markdown(f"**{t('arm.add_moment')}**")
            arm_by_id = {a.id: a for a in arms}
            chosen_arm = _widgets.selectbox(
                st, t("arm.group"), list(arm_by_id), format_func=lambda i: arm_by_id[i].name
            )
            moment = moment_fields("traj.arm_more")
            if st.form_submit_button(t("arm.add_moment"), icon=":material/add:"):
                arm = arm_by_id[chosen_arm]
                attempt(
                    lambda: core.save_arm(
                        store,
                        lab.id,
                        name=arm.name,
                        kind=arm.kind,
                        size=arm.size,
                        description=arm.description,
                        moments=[*core.moment_rows(arm), moment],
                        arm=arm,
                    ),
                    "arm.saved",
                    name=arm.name,
                )
