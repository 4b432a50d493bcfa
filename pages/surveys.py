"""Surveys for the researcher: set one up, invite the audience, hand out private links, fill
one in with a respondent (interviewer mode), keep the participant registry."""

import pandas as pd
import streamlit as st

from monitor import instruments, protocols, survey_results, surveys
from monitor.errors import InvalidInput, MonitorError
from monitor.model import (
    Invitation,
    Outcome,
    Participant,
    Response,
    ResponseMode,
    StakeholderGroup,
    Survey,
    SurveyForm,
    SurveyProfile,
)
from pages import _edit, _grid, _session, _survey, _text, _widgets

t = _text.t
page = _session.page()
store, lab, lang = page.store, page.lab, page.lang
loaded = _session.protocols()
people = {p.id: p for p in store.records(lab.id, Participant)}
survey_list = sorted(store.records(lab.id, Survey), key=lambda s: (s.created, s.wave))
by_id = {s.id: s for s in survey_list}
GROUPS = [g.value for g in StakeholderGroup]

st.title(t("nav.surveys"))

# -- interviewer mode: filling in on behalf of a respondent ------------------------------------

interviewing = st.session_state.get("surveys.interview")
if interviewing:
    try:
        invitation = store.record(lab.id, Invitation, interviewing["invitation"])
        protocol = loaded[by_id[invitation.survey_id].protocol_id]
    except (MonitorError, KeyError):
        st.session_state.pop("surveys.interview")
        st.rerun()
    who = people.get(invitation.participant_id)
    _text.say(
        "info", "surveys.interviewing", code=who.pseudonym if who else "?", icon=":material/mic:"
    )
    if st.button(t("surveys.interview_end"), icon=":material/close:"):
        st.session_state.pop("surveys.interview")
        st.rerun()
    with st.container(border=True):
        _survey.run(
            invitation,
            protocol,
            mode=ResponseMode.INTERVIEWER,
            interviewer=interviewing["interviewer"],
        )
    st.stop()

overview, links, registry, codebook = st.tabs(
    [
        t("surveys.tab.surveys"),
        t("surveys.tab.links"),
        t("surveys.tab.participants"),
        t("surveys.tab.codebook"),
    ]
)

# -- surveys ------------------------------------------------------------------------------------

with overview:
    counted = survey_results.tallies(
        store.records(lab.id, Invitation), store.records(lab.id, Response)
    )
    if survey_list:
        rows = []
        for survey in survey_list:
            tally = counted.get(survey.id, survey_results.Tally())
            rows.append(
                {
                    "title": survey.title,
                    "wave": survey.wave,
                    "form": t(f"survey.form.{survey.form}"),
                    "invited": tally.invited,
                    "submitted": tally.submitted,
                    "opens": survey.opens,
                    "closes": survey.closes,
                    "state": t(f"surveys.state.{surveys.is_open(survey) or 'survey.open'}"),
                }
            )
        _text.table(
            pd.DataFrame(rows),
            hide_index=True,
            column_config={k: t(f"surveys.col.{k}") for k in rows[0]},
        )
    else:
        _text.say("info", "surveys.none")

    st.subheader(t("surveys.new"))
    usable = {k: p for k, p in loaded.items() if p.mode in ("survey", "interview")}
    # Outside the form, so the warning below follows the choice at once.
    protocol_id = _widgets.selectbox(
        st,
        t("surveys.protocol"),
        list(usable),
        format_func=lambda k: usable[k].title[lang],
        key="surveys.protocol_pick",
    )
    if protocol_id and protocols.made_for_interviews(usable[protocol_id]):
        alone = [p.title[lang] for p in usable.values() if p.mode == "survey"]
        _text.say(
            "warning",
            "surveys.interview_protocol",
            others=", ".join(alone) or "—",
            icon=":material/record_voice_over:",
        )
    with st.form("surveys.create"):
        left, right = st.columns(2)
        wave = left.text_input(t("survey.wave"), "T0", max_chars=40, help=t("surveys.wave_help"))
        title = right.text_input(t("survey.title_field"), max_chars=200)
        groups = _widgets.multiselect(
            left,
            t("survey.audience"),
            GROUPS,
            format_func=_text.options_label("group"),
            placeholder=t("common.choose"),
        )
        named = _widgets.multiselect(
            right,
            t("surveys.audience_named"),
            list(people),
            format_func=lambda i: f"{people[i].pseudonym} · {people[i].name}",
            placeholder=t("common.choose"),
        )
        subject = _widgets.selectbox(
            left,
            t("survey.subject_group"),
            [None, *GROUPS],
            format_func=lambda g: t("surveys.no_subject") if g is None else t(f"group.{g}"),
            help=t("surveys.subject_help"),
        )
        kind = right.radio(
            t("survey.form"),
            [f.value for f in SurveyForm],
            format_func=lambda f: t(f"survey.form.{f}"),
            horizontal=True,
            help=t("surveys.form_help"),
        )
        profile = left.radio(
            t("survey.profile"),
            [p.value for p in SurveyProfile],
            format_func=lambda p: t(f"survey.profile.{p}"),
            horizontal=True,
            help=t("surveys.profile_help"),
        )
        opens = right.date_input(t("survey.opens"), None, format="YYYY-MM-DD")
        closes = right.date_input(t("survey.closes"), None, format="YYYY-MM-DD")
        created = st.form_submit_button(t("surveys.create"), type="primary", icon=":material/add:")
    if created and protocol_id:

        def _create() -> None:
            survey = surveys.create_survey(
                store,
                lab.id,
                usable[protocol_id],
                wave=wave,
                title=title,
                audience_groups=groups,
                audience_ids=named,
                subject_group=subject,
                form=kind,
                profile=profile,
                opens=opens,
                closes=closes,
            )
            surveys.invite(store, survey)
            st.session_state["surveys.chosen"] = survey.id

        _edit.attempt(_create)

# -- links --------------------------------------------------------------------------------------


def _consent(response: Response | None) -> str:
    """A response exists only after consent: when it was given, and how (self or with help)."""
    if response is None:
        return "—"
    given = response.consent
    return t("surveys.consent_given", at=given.at[:10], version=given.version) + (
        f" · {t('surveys.consent_helped')}" if given.mode == "interviewer" else ""
    )


def _choose_survey(key: str) -> Survey | None:
    if not survey_list:
        _text.say("info", "surveys.none")
        return None
    ids = [s.id for s in survey_list]
    chosen = st.session_state.get("surveys.chosen")
    survey_id = _widgets.selectbox(
        st,
        t("surveys.survey"),
        ids,
        index=ids.index(chosen) if chosen in ids else len(ids) - 1,
        format_func=lambda i: f"{by_id[i].title} · {by_id[i].wave}",
        key=key,
    )
    st.session_state["surveys.chosen"] = survey_id
    return by_id[survey_id]


with links:
    survey = _choose_survey("surveys.links.survey")
    if survey is not None:
        new = surveys.not_yet_invited(store, survey)
        if new and st.button(
            t("surveys.invite_new", n=len(new)), icon=":material/person_add:", type="primary"
        ):
            _edit.attempt(lambda: surveys.invite(store, survey))
        answered = surveys.responses_by_invitation(store, lab.id)
        base = _session.base_url()
        invited = sorted(
            surveys.invitations(store, survey),
            key=lambda i: (people[i.participant_id].pseudonym, i.subject_id),
        )

        def link_rows(chosen: list) -> pd.DataFrame:
            return pd.DataFrame(
                [
                    {
                        "code": people[i.participant_id].pseudonym,
                        "name": people[i.participant_id].name,
                        "subject": people[i.subject_id].pseudonym if i.subject_id else "",
                        "status": t(f"invitation.{surveys.status(i, answered.get(i.id))}"),
                        "consent": _consent(answered.get(i.id)),
                        "link": surveys.link(store, i, base),
                    }
                    for i in chosen
                ],
                columns=["code", "name", "subject", "status", "consent", "link"],
            )

        if not invited:
            _text.say("info", "surveys.no_invitations")
        else:
            st.caption(t("surveys.links_help"))
            # A page of links at a time: a wave of a thousand invitations stays quick to show;
            # the download holds them all.
            size = 50
            number = _widgets.pager(f"surveys.links.page.{survey.id}", len(invited), size)
            every = invited
            invited = invited[(number - 1) * size : number * size]
            frame = link_rows(invited)
            picked = _text.table(
                frame,
                hide_index=True,
                on_select="rerun",
                selection_mode="single-row",
                key=f"surveys.table.{survey.id}.{number}",
                column_config={
                    "code": t("participant.pseudonym"),
                    "name": t("participant.name"),
                    "subject": t("survey.subject"),
                    "status": t("surveys.col.state"),
                    "consent": t("stakeholder.consent"),
                    "link": st.column_config.LinkColumn(t("surveys.link")),
                },
            )
            st.download_button(
                t("surveys.download_links"),
                _session.audited(
                    store,
                    lab.id,
                    "survey_links",
                    lambda: survey_results.to_csv(link_rows(every)),
                    names=True,
                ),
                file_name=f"links-{survey.wave}.csv",
                mime="text/csv",
                icon=":material/download:",
                on_click="ignore",
            )
            rows = picked.selection.rows if picked else []
            if rows:
                invitation, row = invited[rows[0]], frame.iloc[rows[0]]
                with st.container(border=True):
                    st.markdown(f"**{row['code']}** · {_text.plain(row['name'])}")
                    st.code(row["link"], language=None)
                    st.caption(t("surveys.code", code=surveys.code_for(store, invitation)))
                    interviewer = st.text_input(t("survey.interviewer"), key="surveys.interviewer")
                    go, renew = st.columns(2)
                    if go.button(t("surveys.interview_start"), icon=":material/mic:"):
                        try:
                            name = surveys.interviewer_name(interviewer)
                        except MonitorError as exc:
                            _text.show_error(exc)
                        else:
                            st.session_state["surveys.interview"] = {
                                "invitation": invitation.id,
                                "interviewer": name,
                            }
                            st.rerun()
                    if renew.button(t("surveys.renew"), icon=":material/autorenew:"):
                        _edit.attempt(lambda: surveys.renew_link(store, invitation))

    st.subheader(t("surveys.resume_title"))
    with st.form("surveys.resume"):
        code = st.text_input(t("surveys.resume_code"), max_chars=12)
        interviewer = st.text_input(t("survey.interviewer"))
        resume = st.form_submit_button(t("surveys.resume"), icon=":material/phone_in_talk:")
    if resume:
        try:
            _, found = surveys.find_by_code(store, lab.id, code)
            interviewer = surveys.interviewer_name(interviewer)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            st.session_state["surveys.interview"] = {
                "invitation": found.id,
                "interviewer": interviewer,
            }
            st.rerun()

# -- participant registry -------------------------------------------------------------------------

with registry:
    st.caption(t("surveys.registry_help"))
    with st.expander(t("participants.add"), icon=":material/person_add:", expanded=not people):
        form = st.session_state.setdefault("participants.add_version", 0)
        with st.form(f"participants.add_form.{form}"):
            left, right = st.columns(2)
            name = left.text_input(t("participant.name") + " *", max_chars=200)
            group = _widgets.selectbox(
                right,
                t("participant.group") + " *",
                GROUPS,
                index=None,
                format_func=_text.options_label("group"),
            )
            contact = left.text_input(t("participant.contact"), max_chars=200)

            def _add() -> Participant:
                if group is None:
                    raise InvalidInput("error.required", field="participant.group")
                return surveys.add_participant(
                    store, lab.id, name=name, group=group, contact=contact
                )

            if st.form_submit_button(t("participants.add"), type="primary", icon=":material/add:"):
                _edit.add_person("participants.add_version", "participants", _add)
    records = sorted(people.values(), key=lambda p: p.pseudonym)
    frame = pd.DataFrame(
        [
            {
                "id": p.id,
                "revision": p.revision,
                "pseudonym": p.pseudonym,
                "name": p.name,
                "contact": p.contact,
                "group": p.group.value,
                "outcome": p.outcome.value,
            }
            for p in records
        ],
        columns=["id", "revision", "pseudonym", "name", "contact", "group", "outcome"],
    )
    _grid.editor(
        "participants",
        frame,
        lambda rows, deleted: surveys.save_participants(store, lab.id, rows, deleted),
        num_rows="dynamic",
        hide_index=True,
        column_order=["pseudonym", "name", "contact", "group", "outcome"],
        column_config={
            "pseudonym": st.column_config.TextColumn(
                t("participant.pseudonym"), disabled=True, width=80
            ),
            "name": st.column_config.TextColumn(
                t("participant.name"), required=True, max_chars=200, width=200
            ),
            "contact": st.column_config.TextColumn(
                t("participant.contact"), max_chars=200, width=200
            ),
            "group": st.column_config.SelectboxColumn(
                t("participant.group"),
                options=GROUPS,
                format_func=_text.options_label("group"),
                required=True,
                default="other",
                width=150,
            ),
            "outcome": st.column_config.SelectboxColumn(
                t("participant.outcome"),
                options=[o.value for o in Outcome],
                format_func=_text.options_label("outcome"),
                required=True,
                default="unknown",
                help=t("participant.outcome_help"),
                width=150,
            ),
        },
    )
    with st.form("surveys.register"):
        chosen_groups = _widgets.multiselect(
            st,
            t("surveys.register_groups"),
            GROUPS,
            format_func=_text.options_label("group"),
            placeholder=t("common.choose"),
        )
        if st.form_submit_button(t("surveys.register"), icon=":material/group_add:"):
            _edit.attempt(lambda: surveys.register_stakeholders(store, lab.id, chosen_groups))

    if people:
        st.subheader(t("surveys.subjects_title"))
        st.caption(t("surveys.subjects_help"))
        owner_id = _widgets.selectbox(
            st,
            t("surveys.subjects_of"),
            [p.id for p in records],
            format_func=lambda i: f"{people[i].pseudonym} · {people[i].name}",
        )
        owner = people[owner_id]
        picked = _widgets.multiselect(
            st,
            t("surveys.subjects"),
            [p.id for p in records if p.id != owner_id],
            default=list(owner.subject_ids),
            format_func=lambda i: f"{people[i].pseudonym} · {people[i].name}",
            key=f"surveys.subjects.{owner_id}.{owner.revision}",
            placeholder=t("common.choose"),
        )
        if st.button(t("common.save"), key="surveys.subjects.save"):
            _edit.attempt(lambda: surveys.set_subjects(store, owner, picked))

# -- codebook -------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def _waves(lab_id: str, protocol_id: str, revision: tuple) -> dict[str, list[str]]:
    """Which waves answered each variable; counted again only when the lab changes."""
    return surveys.waves_present(store.records(lab_id, Response), protocol_id)


with codebook:
    survey = _choose_survey("surveys.codebook.survey")
    if survey is not None and survey.protocol_id in loaded:
        protocol = surveys.instrument(loaded[survey.protocol_id], survey)
        same = [s for s in survey_list if s.protocol_id == survey.protocol_id]
        waves = _waves(lab.id, survey.protocol_id, store.revision(lab.id))
        rows = instruments.codebook_rows(protocol, lang, waves)
        table = pd.DataFrame(rows)
        st.caption(t("surveys.codebook_help", n=len(same)))
        _text.table(table, hide_index=True)
        st.download_button(
            t("surveys.download_codebook"),
            lambda: survey_results.to_csv(table),
            file_name=f"codebook-{protocol.id}-v{protocol.version}.csv",
            mime="text/csv",
            icon=":material/download:",
            on_click="ignore",
        )
