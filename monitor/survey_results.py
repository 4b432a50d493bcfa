"""What the surveys say: response rates, item distributions, scale scores, T0-T1 pairs and
group comparisons, and the exports. Pure pandas, no Streamlit.

Disclosure control: every split (an item, a wave, a group, a pair set) with fewer respondents
than the lab's threshold is left out of tables and charts, and reported as hidden instead, so a
small group's answers cannot be read off a chart. Open answers reach reports only once the
researcher has marked them reviewed.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from monitor import interviews
from monitor.i18n import t
from monitor.instruments import DONT_KNOW, NO_ANSWER
from monitor.model import (
    Invitation,
    InvitationState,
    Outcome,
    Participant,
    Response,
    ResponseStatus,
    Survey,
)
from monitor.protocols import Protocol, Question
from monitor.surveys import SPECIAL, special_label, status
from monitor.text import spreadsheet_safe, visible

SCALE_TYPES = ("agreement5",)
NUMERIC_TYPES = ("agreement5", "number")
OPEN_TYPES = ("short_text", "long_text")


@dataclass(frozen=True)
class Hidden:
    """A split left out because it has fewer respondents than the threshold."""

    what: str
    n: int


def submitted(
    responses: Iterable[Response], survey_ids: Iterable[str] | None = None
) -> list[Response]:
    wanted = set(survey_ids) if survey_ids is not None else None
    return [
        r
        for r in responses
        if r.status == ResponseStatus.SUBMITTED and (wanted is None or r.survey_id in wanted)
    ]


def score(question: Question, value: Any) -> float | None:
    """An answer as a number for means: agreement 1-5 (reverse-scored items turned round),
    numbers as given; "don't know", "prefer not to say" and blanks are no score."""
    if value is None or value in SPECIAL or question.type not in NUMERIC_TYPES:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if question.type == "agreement5" and question.reverse:
        return 6 - number
    return number


_STATES = ("invited", "started", "submitted", "withdrawn")


# -- response rates -------------------------------------------------------------------------


def response_rates(
    surveys: list[Survey],
    invitations: list[Invitation],
    responses: list[Response],
    participants: dict[str, Participant],
    lang: str,
) -> pd.DataFrame:
    """Per survey (wave) and participant group: invited, started, submitted, withdrawn, rate."""
    by_invitation = {r.invitation_id: r for r in responses}
    rows = []
    for survey in surveys:
        counts: dict[str, dict[str, int]] = {}
        for invitation in (i for i in invitations if i.survey_id == survey.id):
            person = participants.get(invitation.participant_id)
            group = t(f"group.{person.group}", lang) if person else "—"
            state = status(invitation, by_invitation.get(invitation.id))
            tally = counts.setdefault(group, dict.fromkeys(_STATES, 0))
            tally["invited"] += 1
            tally["started"] += state in (InvitationState.STARTED, InvitationState.SUBMITTED)
            tally["submitted"] += state == InvitationState.SUBMITTED
            tally["withdrawn"] += state == InvitationState.WITHDRAWN
        for group, tally in counts.items():
            rows.append(
                {
                    "survey": survey.title,
                    "wave": survey.wave,
                    "group": group,
                    **tally,
                    "refused": survey.refusals,
                    "rate": round(100 * tally["submitted"] / tally["invited"]),
                }
            )
    return pd.DataFrame(rows, columns=["survey", "wave", "group", *_STATES, "refused", "rate"])


# -- items -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    invited: int = 0
    submitted: int = 0  # by invitations not withdrawn


def tallies(invitations: Iterable[Invitation], responses: Iterable[Response]) -> dict[str, Tally]:
    """Per survey id: how many were invited and how many of them submitted, counted as the
    response rates count them (a withdrawn invitation's answers are not submitted)."""
    by_invitation = {r.invitation_id: r for r in responses}
    found: dict[str, Tally] = {}
    for invitation in invitations:
        done = status(invitation, by_invitation.get(invitation.id)) == InvitationState.SUBMITTED
        before = found.get(invitation.survey_id, Tally())
        found[invitation.survey_id] = Tally(before.invited + 1, before.submitted + done)
    return found


def agreement_frame(
    protocol: Protocol, responses: list[Response], lang: str, threshold: int
) -> tuple[pd.DataFrame, list[Hidden]]:
    """Per agreement item the share of each answer, ready for a diverging stacked bar:
    disagreement to the left of zero, agreement to the right, neutral split over the middle.
    Items are shown as worded; reverse-scored ones are marked (their scale score is turned)."""
    rows, hidden = [], []
    for order, question in enumerate(q for q in protocol.questions if q.type in SCALE_TYPES):
        values = [r.answers.get(question.id) for r in responses]
        given = [str(v) for v in values if v is not None and v not in SPECIAL]
        label = question.label[lang] + (" (R)" if question.reverse else "")
        if len(given) < threshold:
            if given:
                hidden.append(Hidden(label, len(given)))
            continue
        n = len(given)
        shares = {v: given.count(str(v)) / n for v in range(1, 6)}
        start = -(shares[1] + shares[2] + shares[3] / 2)
        for value in range(1, 6):
            rows.append(
                {
                    "item": label,
                    "order": order,
                    "answer": t(f"agreement.{value}", lang),
                    "value": value,
                    "share": shares[value],
                    "start": start,
                    "end": start + shares[value],
                    "n": n,
                    "dont_know": sum(v in SPECIAL for v in values),
                }
            )
            start += shares[value]
    return pd.DataFrame(rows), hidden


def choice_frame(
    question: Question, responses: list[Response], lang: str, threshold: int
) -> tuple[pd.DataFrame, list[str], Hidden | None]:
    """Counts per choice (several per respondent for multiple choice) and the "other" texts."""
    labels = {c.value: c.label[lang] for c in question.choices}
    labels |= {
        "yes": t("answer.yes", lang),
        "no": t("answer.no", lang),
        interviews.OTHER: t("answer.other", lang),
        DONT_KNOW: t("answer.dont_know", lang),
        NO_ANSWER: t("answer.rather_not", lang),
    }
    answered = [r for r in responses if r.answers.get(question.id) not in (None, "", [])]
    if len(answered) < threshold:
        return pd.DataFrame(), [], Hidden(question.label[lang], len(answered)) if answered else None
    counts: dict[str, int] = {}
    for response in answered:
        value = response.answers[question.id]
        for chosen in value if isinstance(value, list) else [value]:
            counts[chosen] = counts.get(chosen, 0) + 1
    order = [*labels]
    frame = pd.DataFrame(
        [
            {"choice": labels.get(v, str(v)), "count": n, "share": n / len(answered)}
            for v, n in sorted(
                counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99
            )
        ]
    )
    others = [
        r.answers[f"{question.id}{interviews.OTHER_SUFFIX}"]
        for r in answered
        if r.answers.get(f"{question.id}{interviews.OTHER_SUFFIX}")
    ]
    return frame, others, None


# -- scales -------------------------------------------------------------------------------


def constructs(protocol: Protocol) -> dict[str, list[Question]]:
    found: dict[str, list[Question]] = {}
    for question in protocol.questions:
        if question.construct and question.type in NUMERIC_TYPES:
            found.setdefault(question.construct, []).append(question)
    return found


def scale_score(items: list[Question], answers: dict[str, Any]) -> float | None:
    """Mean of the items answered, when at least half of them were; else no score."""
    scores = [s for q in items if (s := score(q, answers.get(q.id))) is not None]
    if not scores or len(scores) * 2 < len(items):
        return None
    return sum(scores) / len(scores)


def scale_frame(protocol: Protocol, responses: list[Response]) -> pd.DataFrame:
    """One row per response: pair key, wave and the score on each construct."""
    scales = constructs(protocol)
    return pd.DataFrame(
        [
            {
                "pair": r.pair_key,
                "wave": r.wave,
                **{name: scale_score(items, r.answers) for name, items in scales.items()},
            }
            for r in responses
        ],
        columns=["pair", "wave", *scales],
    )


def scale_summary(
    protocol: Protocol, responses: list[Response], threshold: int, by: dict[str, str] | None = None
) -> tuple[pd.DataFrame, list[Hidden]]:
    """Mean, spread and n per construct and wave (and per group when `by` maps pair key to a
    group label); splits below the threshold hidden."""
    frame = scale_frame(protocol, responses)
    if frame.empty:
        return pd.DataFrame(), []
    frame["group"] = frame["pair"].map(by) if by else ""
    if by:
        frame = frame[frame["group"].notna()]
    rows, hidden = [], []
    for construct in constructs(protocol):
        for (wave, group), part in frame.groupby(["wave", "group"], sort=True):
            values = part[construct].dropna()
            what = " · ".join(str(x) for x in (construct, wave, group) if x)
            if len(values) < threshold:
                if len(values):
                    hidden.append(Hidden(what, len(values)))
                continue
            rows.append(
                {
                    "construct": construct,
                    "wave": wave,
                    "group": group,
                    "n": len(values),
                    "mean": round(float(values.mean()), 2),
                    "sd": round(float(values.std(ddof=1)), 2) if len(values) > 1 else math.nan,
                }
            )
    return pd.DataFrame(rows), hidden


def outcome_groups(
    responses: list[Response], participants: dict[str, Participant], lang: str
) -> dict[str, str]:
    """Pair key -> the trajectory's outcome label, for trajectories with a known outcome."""
    groups = {}
    for response in responses:
        person = participants.get(response.pair_key)
        if person and person.outcome != Outcome.UNKNOWN:
            groups[response.pair_key] = t(f"outcome.{person.outcome}", lang)
    return groups


# -- T0 against T1 ----------------------------------------------------------------------------


def paired_items(
    first: Protocol,
    first_responses: list[Response],
    second: Protocol,
    second_responses: list[Response],
    lang: str,
    threshold: int,
    *,
    core_only: bool = True,
) -> tuple[pd.DataFrame, list[Hidden]]:
    """Paired differences per item asked in both waves (same variable name), per trajectory:
    n pairs, mean before, mean after, mean change."""
    before = {r.pair_key: r for r in first_responses}
    after = {r.pair_key: r for r in second_responses}
    pairs = [(before[k], after[k]) for k in before.keys() & after.keys()]
    later = {q.id: q for q in second.questions}
    rows, hidden = [], []
    for question in first.questions:
        twin = later.get(question.id)
        if question.type not in NUMERIC_TYPES or twin is None or twin.type != question.type:
            continue
        if core_only and not (question.core and twin.core):
            continue
        scored = [
            (a, b)
            for x, y in pairs
            if (a := score(question, x.answers.get(question.id))) is not None
            and (b := score(twin, y.answers.get(twin.id))) is not None
        ]
        if len(scored) < threshold:
            if scored:
                hidden.append(Hidden(question.label[lang], len(scored)))
            continue
        mean_a = sum(a for a, _ in scored) / len(scored)
        mean_b = sum(b for _, b in scored) / len(scored)
        rows.append(
            {
                "variable": question.id,
                "item": question.label[lang],
                "n": len(scored),
                "before": round(mean_a, 2),
                "after": round(mean_b, 2),
                "change": round(mean_b - mean_a, 2),
            }
        )
    return pd.DataFrame(rows), hidden


# -- open answers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenAnswer:
    response: Response
    variable: str
    question: Question
    text: str

    @property
    def reviewed(self) -> bool:
        return self.variable in self.response.reviewed


def open_answers(protocol: Protocol, responses: list[Response]) -> list[OpenAnswer]:
    found = []
    for question in protocol.questions:
        names = [question.id] if question.type in OPEN_TYPES else []
        names += [f"{question.id}{interviews.OTHER_SUFFIX}"] if question.other else []
        for response in responses:
            for name in names:
                value = response.answers.get(name)
                if isinstance(value, str) and value.strip():
                    found.append(OpenAnswer(response, name, question, value))
    return found


# -- exports --------------------------------------------------------------------------------


def _shown(question: Question, value: Any, lang: str, labels: bool) -> Any:
    if value is None:
        return None
    if not labels:
        return "; ".join(map(str, value)) if isinstance(value, list) else value
    if special := special_label(value, lang):
        return special
    if question.type in ("short_text", "long_text", "number", "date"):
        return value
    return interviews.display(question, value, lang)


def long_frame(
    protocols: dict[str, Protocol],
    surveys: dict[str, Survey],
    responses: list[Response],
    participants: dict[str, Participant],
    lang: str,
    *,
    labels: bool = True,
) -> pd.DataFrame:
    """One row per response (participant × wave), pseudonymous ids only."""
    rows = []
    for response in responses:
        survey = surveys.get(response.survey_id)
        protocol = protocols.get(response.protocol_id)
        person = participants.get(response.participant_id)
        subject = participants.get(response.subject_id)
        row: dict[str, Any] = {
            "participant": person.pseudonym if person else "",
            "subject": subject.pseudonym if subject else "",
            "group": person.group.value if person else "",
            "wave": response.wave,
            "survey": survey.title if survey else "",
            "instrument": f"{response.protocol_id} v{response.protocol_version}",
            "mode": response.mode.value,
            "submitted": response.submitted[:10],
        }
        questions = protocol.questions if protocol else ()
        for question in (q for q in questions if q.answerable):
            row[question.id] = _shown(question, response.answers.get(question.id), lang, labels)
            if question.other:
                row[f"{question.id}{interviews.OTHER_SUFFIX}"] = response.answers.get(
                    f"{question.id}{interviews.OTHER_SUFFIX}"
                )
        rows.append(row)
    return pd.DataFrame(rows)


def wide_frame(long: pd.DataFrame) -> pd.DataFrame:
    """Waves side by side: one row per trajectory (subject, or the participant), columns
    `<variable>_<wave>`."""
    if long.empty:
        return long
    frame = long.copy()
    frame["trajectory"] = frame["subject"].where(frame["subject"] != "", frame["participant"])
    keep = ["trajectory", "wave"]
    values = [c for c in frame.columns if c not in ("trajectory", "subject", "survey", "wave")]
    wide = frame[keep + values].pivot_table(
        index="trajectory", columns="wave", values=values, aggfunc="first"
    )
    waves = list(dict.fromkeys(frame["wave"]))
    present = set(wide.columns)
    order = [(v, w) for v in values for w in waves if (v, w) in present]
    wide = wide[order]
    wide.columns = [f"{variable}_{wave}" for variable, wave in order]
    return wide.reset_index()


def safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell and header inert in a spreadsheet, invisible characters made visible."""
    out = frame.map(lambda value: spreadsheet_safe(visible(value)))
    out.columns = [spreadsheet_safe(visible(str(c))) for c in out.columns]
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    return safe(frame).to_csv(index=False).encode("utf-8-sig")


def to_xlsx(sheets: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            safe(frame).to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()
