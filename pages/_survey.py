"""Filling in a survey: consent, one question per screen, every answer stored when given.
Shared by the respondent's link page and the researcher's interviewer mode. Not a page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from monitor import instruments, interviews, protocols, surveys
from monitor.errors import Conflict, InvalidInput, MonitorError, StoreError
from monitor.model import (
    Invitation,
    Participant,
    Response,
    ResponseMode,
    ResponseStatus,
    Survey,
    SurveyProfile,
)
from monitor.protocols import Protocol, Question
from pages import _room, _session, _text, _widgets

t = _text.t
SMILEYS = {"1": "😠", "2": "😟", "3": "😐", "4": "😊", "5": "😄"}
EASY_CSS = """<style>
.stMainBlockContainer p, .stMainBlockContainer label p { font-size: 1.3rem; line-height: 1.45; }
.stMainBlockContainer h2 { font-size: 1.9rem; line-height: 1.3; }
.stMainBlockContainer h3 { font-size: 1.55rem; line-height: 1.3; padding: 0.25rem 0; }
.stMainBlockContainer button { min-height: 3rem; }
.stMainBlockContainer button p { font-size: 1.2rem; line-height: 1.3; }
</style>"""
# A phone's screen is small: on the respondent's own link the framework's top bar goes (there is
# no menu to open), the page starts right at the top and the elements stand closer together, so
# a question and all its answers fit on a 360x640 screen.
COMPACT_CSS = """<style>
header[data-testid="stHeader"] { display: none; }
.stMainBlockContainer { padding-top: 0.75rem !important; padding-bottom: 2rem !important; }
.stMainBlockContainer [data-testid="stVerticalBlock"] { gap: 0.6rem; }
.stMainBlockContainer [data-testid="stProgress"] p { font-size: 1rem; }
h1[tabindex="-1"]:focus, h2[tabindex="-1"]:focus, h3[tabindex="-1"]:focus { outline: none; }
</style>"""


def run(
    invitation: Invitation,
    protocol: Protocol,
    *,
    mode: ResponseMode = ResponseMode.SELF,
    interviewer: str = "",
) -> None:
    """Show the survey where this invitation stands: consent, the next question, or the end."""
    store = _session.store()
    lang = _session.lang()
    key = f"survey.{invitation.id}"
    survey = store.record(invitation.lab_id, Survey, invitation.survey_id)
    self_mode = mode == ResponseMode.SELF
    form = protocols.for_mode(surveys.instrument(protocol, survey), alone=self_mode)
    easy = survey.profile == SurveyProfile.EASY and self_mode
    if easy:
        st.html(EASY_CSS)
    if self_mode:
        st.html(COMPACT_CSS)
    ended = st.session_state.get(f"{key}.ended")
    if ended:
        _message(ended, key)
        return
    invitation = store.record(invitation.lab_id, Invitation, invitation.id)
    if invitation.withdrawn:
        _message("survey.withdrawn", key)
        return
    # Response overviews tell "not opened" from "opened, not started" by this mark.
    invitation = surveys.mark_opened(store, invitation)
    response = surveys.response_for(store, invitation)
    if response is not None and response.status == ResponseStatus.SUBMITTED:
        _done(invitation, key)
        return
    if reason := surveys.is_open(survey):
        _message(reason, key)
        return
    if not (easy and response is not None):  # the easy profile's questions: no title above
        st.header(_text.plain(form.title[lang]))
    subject = (
        store.record(invitation.lab_id, Participant, invitation.subject_id)
        if invitation.subject_id
        else None
    )
    if subject is not None:
        _text.say("info", "survey.about_subject", code=subject.pseudonym, icon=":material/person:")
    if response is None:
        _consent(invitation, form, key, mode, interviewer)
        return
    _question(response, form, survey, key, self_mode)


def _message(reason: str, key: str) -> None:
    _text.say("info", reason, icon=":material/info:")
    if reason == "survey.stopped_kept" and st.button(
        t("survey.go_on"), key=f"{key}.go_on", icon=":material/play_arrow:"
    ):
        del st.session_state[f"{key}.ended"]
        st.rerun()


# -- consent --------------------------------------------------------------------------------


def _consent(
    invitation: Invitation, form: Protocol, key: str, mode: ResponseMode, interviewer: str
) -> None:
    store = _session.store()
    lang = _session.lang()
    _room.focus_heading(f"survey:{invitation.id}:consent", form.title[lang])
    if form.description:
        st.markdown(_text.plain(form.description[lang]))
    earlier = surveys.earlier_consent(store, invitation, form)
    if earlier is not None:
        _text.say(
            "success", "survey.consent_earlier", date=earlier.at[:10], icon=":material/check:"
        )
        if st.button(t("survey.begin"), type="primary", key=f"{key}.begin", width="stretch"):
            _start(invitation, form, key, True, mode, interviewer, "", earlier)
        return
    st.subheader(t("survey.consent_title"))
    with st.container(border=True):
        st.markdown(_text.plain(surveys.consent_text(form, lang)))
    witness = ""
    if mode == ResponseMode.INTERVIEWER:
        st.caption(t("survey.consent_read_aloud"))
        witness = st.text_input(t("survey.witness"), interviewer, key=f"{key}.witness")
    yes, no = st.columns(2)
    if yes.button(t("survey.consent_yes"), type="primary", key=f"{key}.yes", width="stretch"):
        _start(invitation, form, key, True, mode, interviewer, witness, None)
    if no.button(t("survey.consent_no"), key=f"{key}.no", width="stretch"):
        _start(invitation, form, key, False, mode, interviewer, witness, None)


def _start(
    invitation: Invitation,
    form: Protocol,
    key: str,
    consent: bool,
    mode: ResponseMode,
    interviewer: str,
    witness: str,
    earlier: Any,
) -> None:
    try:
        surveys.start(
            _session.store(),
            invitation,
            form,
            consent=consent,
            mode=mode,
            interviewer=interviewer,
            witness=witness,
            earlier=earlier,
        )
    except MonitorError as exc:
        _text.show_error(exc)
        return
    if not consent:
        st.session_state[f"{key}.ended"] = "survey.declined"
    st.rerun()


# -- one question per screen ------------------------------------------------------------


def _question(
    response: Response, form: Protocol, survey: Survey, key: str, self_mode: bool
) -> None:
    lang = _session.lang()
    shown = surveys.steps(form, response.answers)
    position = min(response.position, len(shown))
    steps_ = len(shown) + 1  # the questions and the final "send" screen
    st.progress(position / steps_, text=t("survey.step", n=position + 1, of=steps_))
    if position >= len(shown):
        _review(response, form, key)
        return
    question = shown[position]
    _room.focus_heading(f"survey:{response.id}:{position}:{question.id}", question.label[lang])
    st.subheader(_text.plain(question.label[lang]), anchor=False)
    if question.hint:
        st.caption(_text.plain(question.hint[lang]))
    if question.guidance:  # only with an interviewer (for_mode drops it for a respondent)
        _text.say_plain("info", question.guidance[lang], icon=":material/record_voice_over:")
    easy = survey.profile == SurveyProfile.EASY and self_mode
    if easy and question.type in instruments.SPECIAL_TYPES and not question.other:
        _tap_question(response, question, position, key)
    else:
        _form_question(response, question, position, key, self_mode)
    _stop_button(response, key)


def _save(response: Response, question: Question, position: int, **answer: Any) -> bool:
    try:
        surveys.answer(
            _session.store(), response, question, position=position, lang=_session.lang(), **answer
        )
    except Conflict as exc:
        _text.show_error(exc)
        st.rerun()
    except InvalidInput as exc:
        _text.show_error(exc, "error", icon=":material/error:")
        return False
    except StoreError:
        # The database is down or busy: say so without its address (this is a phone), keep
        # the choice in the widget and let the same button try again.
        _text.say("error", "survey.not_stored", icon=":material/cloud_off:")
        return False
    return True


def _tap_question(response: Response, question: Question, position: int, key: str) -> None:
    """Low-literacy profile: each answer is one large button; a tap stores it and goes on."""
    current = response.answers.get(question.id)
    for value, label in _options(question).items():
        kind = "primary" if value == current else "secondary"
        tapped = st.button(
            _text.label(label), key=f"{key}.{question.id}.{value}", type=kind, width="stretch"
        )
        if tapped and _save(response, question, position + 1, value=value):
            st.rerun()
    _back_button(response, question, position, key)


def _back_button(response: Response, question: Question, position: int, key: str) -> None:
    if position > 0 and st.button(
        t("survey.back"), key=f"{key}.back.{question.id}", icon=":material/arrow_back:"
    ):
        _move(response, position - 1)


def _move(response: Response, position: int) -> None:
    try:
        surveys.move(_session.store(), response, position)
    except MonitorError as exc:
        _text.show_error(exc)
        return
    st.rerun()


def _options(question: Question) -> dict[str, str]:
    options = _widgets.answer_options(question)
    if question.type == "agreement5":
        options = {v: f"{SMILEYS[v]}  {label}" for v, label in options.items()}
    return options | {
        instruments.DONT_KNOW: t("answer.dont_know"),
        instruments.NO_ANSWER: t("answer.rather_not"),
    }


def _form_question(
    response: Response, question: Question, position: int, key: str, self_mode: bool
) -> None:
    field = f"{key}.{question.id}"
    with st.form(f"{field}.form", border=False, enter_to_submit=False):
        if question.type in instruments.SPECIAL_TYPES:
            options = _options(question)
            current = response.answers.get(question.id)
            value = st.radio(
                t("interview.answer"),
                list(options),
                format_func=lambda v: _text.label(options[v]),  # radio options render markdown
                index=list(options).index(current) if current in options else None,
                key=field,
                label_visibility="collapsed",
            )
            other = ""
            if question.other:
                other = st.text_input(
                    t("answer.other_namely"),
                    response.answers.get(f"{question.id}{interviews.OTHER_SUFFIX}", ""),
                    key=f"{field}.other",
                )
        else:
            value, other = _widgets.answer_widget(question, response.answers, field)
        helped = False
        if not self_mode:
            helped = st.checkbox(
                t("survey.helped"), question.id in response.helped, key=f"{field}.helped"
            )
        back, forward = st.columns(2)
        went_back = back.form_submit_button(
            t("survey.back"), icon=":material/arrow_back:", disabled=position == 0
        )
        went_on = forward.form_submit_button(
            t("survey.next"), type="primary", icon=":material/arrow_forward:", width="stretch"
        )
    if went_back or went_on:
        target = position + 1 if went_on else position - 1
        answer = value.isoformat() if isinstance(value, dt.date) else value
        if went_back and answer in (None, "", []):
            _move(response, target)  # going back never forces an answer
        elif _save(response, question, target, value=answer, other=other, helped=helped):
            st.rerun()


def _review(response: Response, form: Protocol, key: str) -> None:
    _room.focus_heading(f"survey:{response.id}:review", t("survey.review_title"))
    st.subheader(t("survey.review_title"), anchor=False)
    st.markdown(t("survey.review_text"))
    if st.button(
        t("survey.submit"),
        type="primary",
        key=f"{key}.submit",
        width="stretch",
        icon=":material/send:",
    ):
        try:
            surveys.submit(_session.store(), response, form)
        except MonitorError as exc:
            _text.show_error(exc)
        else:
            st.rerun()
    if st.button(t("survey.back"), key=f"{key}.review_back", icon=":material/arrow_back:"):
        _move(response, max(0, response.position - 1))
    _stop_button(response, key)


# -- stopping, withdrawing --------------------------------------------------------------------


def _stop_button(response: Response, key: str) -> None:
    st.divider()
    if st.button(t("survey.stop"), key=f"{key}.stop", icon=":material/stop_circle:"):
        _stop_dialog(response, key)


@st.dialog(" ")
def _stop_dialog(response: Response, key: str) -> None:
    st.markdown(f"**{t('survey.stop_question')}**")
    if st.button(t("survey.stop_keep"), type="primary", width="stretch", key=f"{key}.keep"):
        st.session_state[f"{key}.ended"] = "survey.stopped_kept"
        st.rerun()
    if st.button(t("survey.stop_delete"), width="stretch", key=f"{key}.delete"):
        try:
            surveys.stop(_session.store(), response, keep=False)
        except MonitorError as exc:
            _text.show_error(exc)
            return
        st.session_state[f"{key}.ended"] = "survey.stopped_deleted"
        st.rerun()


def _done(invitation: Invitation, key: str) -> None:
    _text.say("success", "survey.thanks", icon=":material/favorite:")
    with st.expander(t("survey.withdraw_title")):
        st.markdown(t("survey.withdraw_text"))
        if st.button(t("survey.withdraw"), key=f"{key}.withdraw", icon=":material/delete:"):
            try:
                surveys.withdraw(_session.store(), invitation)
            except MonitorError as exc:
                _text.show_error(exc)
            else:
                st.session_state[f"{key}.ended"] = "survey.withdrawn"
                st.rerun()
