"""Surveys: a protocol used in survey mode for one wave and audience, the participant registry,
private links, consent first, and answers stored one by one as they are given.

Links. Each invitation's token is an HMAC of its id and nonce under a server key kept in the
store folder (never in a record, backup or export). The records hold only a hash of the
token, so a copy of the data cannot open a survey, while the researcher can print the same
links again at any time. A new nonce revokes a link.
"""

# One module per concept; everything is reached as `surveys.<name>`, as before the split.

from monitor.surveys.answering import (
    SPECIAL,
    answer,
    as_source,
    check,
    check_protocol,
    install_protocol,
    missing_required,
    move,
    set_reviewed,
    special_label,
    steps,
    stop,
    submit,
    waves_present,
    withdraw,
)
from monitor.surveys.consent import (
    consent_key,
    consent_text,
    earlier_consent,
    response_for,
    start,
)
from monitor.surveys.core import (
    create_survey,
    instrument,
    is_open,
    set_closes,
)
from monitor.surveys.links import (
    CODE_LENGTH,
    audience,
    code_for,
    find_by_code,
    interviewer_name,
    invitations,
    invite,
    link,
    mark_opened,
    not_yet_invited,
    open_link,
    renew_link,
    responses_by_invitation,
    server_key,
    status,
    token_for,
    with_hashes,
)
from monitor.surveys.registry import (
    PSEUDONYM_PREFIX,
    add_participant,
    next_pseudonym,
    register_stakeholders,
    save_participants,
    set_subjects,
)

__all__ = [
    "CODE_LENGTH",
    "PSEUDONYM_PREFIX",
    "SPECIAL",
    "add_participant",
    "answer",
    "as_source",
    "audience",
    "check",
    "check_protocol",
    "code_for",
    "consent_key",
    "consent_text",
    "create_survey",
    "earlier_consent",
    "find_by_code",
    "install_protocol",
    "instrument",
    "interviewer_name",
    "invitations",
    "invite",
    "is_open",
    "link",
    "mark_opened",
    "missing_required",
    "move",
    "next_pseudonym",
    "not_yet_invited",
    "open_link",
    "register_stakeholders",
    "renew_link",
    "response_for",
    "responses_by_invitation",
    "save_participants",
    "server_key",
    "set_closes",
    "set_reviewed",
    "set_subjects",
    "special_label",
    "start",
    "status",
    "steps",
    "stop",
    "submit",
    "token_for",
    "waves_present",
    "with_hashes",
    "withdraw",
]
