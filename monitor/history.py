"""The lab's learning history: snapshots of the learning agenda taken when a steering-group
meeting closes and when a phase is closed, and what changed from one snapshot to the next.

Which questions appeared, were reworded, got an answer, stayed, or disappeared is the method's
closing analysis; the questions that stay on the agenda longest are flagged as persistent
problems. Meetings and phases that closed before snapshots existed (or before this lab was
imported) get a snapshot reconstructed from the questions' own history; such a snapshot is
shown, never stored, and marked as reconstructed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor.model import (
    Action,
    AgendaSnapshot,
    Lab,
    LearningQuestion,
    Meeting,
    QuestionStatus,
    SnapshotQuestion,
)
from monitor.store import Store

OCCASIONS = ("meeting", "phase")
ON_AGENDA = (QuestionStatus.OPEN, QuestionStatus.IN_PROGRESS)
SETTLED = {QuestionStatus.ANSWERED: "answered", QuestionStatus.DROPPED: "dropped"}
PERSISTENT_SNAPSHOTS = 3  # on the agenda in at least this many snapshots ...
PERSISTENT_MONTHS = 6.0  # ... over at least this many months: a persistent problem
DAYS_PER_MONTH = 30.44
STATUS_EVENTS = {s.value: s for s in QuestionStatus} | {"accepted": QuestionStatus.OPEN}


# -- taking snapshots -----------------------------------------------------------------------


def _snapshot_question(question: LearningQuestion, actions: Iterable[Action]) -> SnapshotQuestion:
    return SnapshotQuestion(
        id=question.id,
        theme=question.theme,
        kind=question.kind,
        status=question.status,
        text=dict(question.text),
        answer=question.answer,
        actions={a.id: a.status for a in actions if a.question_id == question.id},
    )


def _listed(question: LearningQuestion) -> bool:
    return question.status not in (QuestionStatus.DRAFT, QuestionStatus.REJECTED)


def snapshot_id(occasion: str, ref_id: str) -> str:
    return f"s{occasion[0]}-{ref_id}"[:40]


def take(store: Store, lab: Lab, occasion: str, ref_id: str, day: dt.date) -> AgendaSnapshot:
    """Store the agenda as it is now. Taking it again for the same meeting or phase (a phase
    closed a second time) replaces the earlier snapshot of that occasion."""
    if occasion not in OCCASIONS:
        raise ValueError(f"unknown occasion {occasion!r}")
    with store.transaction():
        actions = store.records(lab.id, Action)
        record = AgendaSnapshot(
            id=snapshot_id(occasion, ref_id),
            lab_id=lab.id,
            occasion=occasion,
            ref_id=ref_id,
            date=day,
            questions=tuple(
                _snapshot_question(q, actions)
                for q in store.records(lab.id, LearningQuestion)
                if _listed(q)
            ),
        )
        stored = {s.id: s for s in store.records(lab.id, AgendaSnapshot)}.get(record.id)
        revision = stored.revision if stored else 0
        return store.save(
            dataclasses.replace(record, revision=revision), expected_revision=revision
        )


# -- reconstructing snapshots nobody took ---------------------------------------------------


def _day_of(at: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(at[:10])
    except ValueError:
        return None


def _as_of(
    question: LearningQuestion, actions: list[Action], day: dt.date
) -> SnapshotQuestion | None:
    """The question as it stood at the end of `day`, from its history; None if it was not
    on the agenda yet. Wording changed later is taken back from the reformulation notes."""
    dated = [(d, h) for h in question.history if (d := _day_of(h.at)) is not None]
    if not dated or dated[0][0] > day or not _listed(question):
        return None
    status = QuestionStatus.OPEN
    for when, entry in dated:
        if when <= day and entry.event in STATUS_EVENTS:
            status = STATUS_EVENTS[entry.event]
    text = dict(question.text)
    later = [h for when, h in dated if when > day and h.event == "reformulated"]
    if later and " → " in later[0].note:
        text["nl"] = later[0].note.split(" → ", 1)[0]
    answered = status is QuestionStatus.ANSWERED
    return SnapshotQuestion(
        id=question.id,
        theme=question.theme,
        kind=question.kind,
        status=status,
        text=text,
        answer=question.answer if answered else "",
        actions={a.id: a.status for a in actions if a.question_id == question.id},
    )


def reconstruct(
    lab: Lab,
    questions: list[LearningQuestion],
    actions: list[Action],
    occasion: str,
    ref_id: str,
    day: dt.date,
) -> AgendaSnapshot:
    found = (_as_of(q, actions, day) for q in questions)
    return AgendaSnapshot(
        id=snapshot_id(occasion, ref_id),
        lab_id=lab.id,
        occasion=occasion,
        ref_id=ref_id,
        date=day,
        questions=tuple(q for q in found if q is not None),
        revision=0,
    )


def snapshots(store: Store, lab: Lab, today: dt.date) -> list[AgendaSnapshot]:
    """Every snapshot of the lab in date order: the stored ones, and reconstructed ones (with
    revision 0) for closed meetings and ended phases that have none."""
    stored = {s.id: s for s in store.records(lab.id, AgendaSnapshot)}
    questions = store.records(lab.id, LearningQuestion)
    actions = store.records(lab.id, Action)
    occasions = [("meeting", m.id, m.date) for m in store.records(lab.id, Meeting) if m.closed] + [
        ("phase", p.id, p.end) for p in lab.phases if p.end < today
    ]
    found = list(stored.values())
    for occasion, ref_id, day in occasions:
        if snapshot_id(occasion, ref_id) not in stored:
            rebuilt = reconstruct(lab, questions, actions, occasion, ref_id, day)
            if rebuilt.questions:  # an empty agenda nobody recorded tells nothing
                found.append(rebuilt)
    order = {"meeting": 0, "phase": 1}
    return sorted(found, key=lambda s: (s.date, order.get(s.occasion, 2), s.id))


def backfill(store: Store, lab: Lab, today: dt.date) -> list[AgendaSnapshot]:
    """Store the reconstructed snapshots (the demo does this, so it looks as if the lab had
    snapshots from the start)."""
    with store.transaction():
        missing = [
            dataclasses.replace(s, revision=0)
            for s in snapshots(store, lab, today)
            if is_reconstructed(s)
        ]
        return store.save_all(missing) if missing else []


def is_reconstructed(snapshot: AgendaSnapshot) -> bool:
    return snapshot.revision == 0


# -- what changed ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """What happened to one question between two successive snapshots."""

    question_id: str
    event: str  # appeared | reworded | answered | dropped | disappeared
    before: SnapshotQuestion | None
    after: SnapshotQuestion | None


@dataclass(frozen=True)
class QuestionLife:
    """One question across all snapshots."""

    id: str
    theme: str
    text: dict[str, str]
    first: dt.date
    last: dt.date  # the last snapshot it was on the agenda (or settled in)
    end: dt.date  # when it left the agenda: settled, disappeared, or the last snapshot
    snapshots: int  # snapshots it was on the agenda in
    meetings: int  # meeting snapshots it was on the agenda in
    rewordings: int
    outcome: str  # answered | dropped | open
    persistent: bool
    presence: tuple[tuple[dt.date, str], ...]  # (snapshot date, status) where present

    @property
    def months_open(self) -> float:
        return round((self.end - self.first).days / DAYS_PER_MONTH, 1)


@dataclass(frozen=True)
class History:
    snapshots: tuple[AgendaSnapshot, ...]
    changes: tuple[tuple[Change, ...], ...]  # changes[i]: from snapshots[i-1] to snapshots[i]
    questions: tuple[QuestionLife, ...]

    def persistent(self) -> list[QuestionLife]:
        return [q for q in self.questions if q.persistent]


def _changes(before: AgendaSnapshot | None, after: AgendaSnapshot) -> tuple[Change, ...]:
    old = {q.id: q for q in before.questions} if before else {}
    new = {q.id: q for q in after.questions}
    found = []
    for qid, now in new.items():
        was = old.get(qid)
        if was is None:
            found.append(Change(qid, "appeared", None, now))
            continue
        if was.text != now.text:
            found.append(Change(qid, "reworded", was, now))
        if now.status != was.status and now.status in SETTLED:
            found.append(Change(qid, SETTLED[now.status], was, now))
        elif now.answer and now.answer != was.answer:
            found.append(Change(qid, "answered", was, now))
    for qid, was in old.items():
        if qid not in new and was.status in ON_AGENDA:
            found.append(Change(qid, "disappeared", was, None))
    return tuple(found)


def _life(qid: str, shots: list[AgendaSnapshot]) -> QuestionLife | None:
    present = [(s, q) for s in shots for q in s.questions if q.id == qid]
    if not present:
        return None
    open_ = [(s, q) for s, q in present if q.status in ON_AGENDA]
    first = (open_ or present)[0][0].date
    last = open_[-1][0].date if open_ else first
    final_snap, final = present[-1]
    outcome = SETTLED.get(final.status, "open")
    settled = []  # the dates of the trailing run of settled snapshots
    for snap, q in reversed(present):
        if q.status not in SETTLED:
            break
        settled.insert(0, snap.date)
    later = [s.date for s in shots if s.date > final_snap.date]
    if outcome == "open" and later:  # gone from the agenda without an answer
        outcome, end = "dropped", later[0]
    elif outcome != "open":
        end = settled[0]
    else:
        end = final_snap.date
    texts = [q.text for _, q in present]
    rewordings = sum(1 for a, b in zip(texts, texts[1:], strict=False) if a != b)
    life = QuestionLife(
        id=qid,
        theme=final.theme,
        text=final.text,
        first=first,
        last=last,
        end=max(end, first),
        snapshots=len(open_),
        meetings=sum(1 for s, _ in open_ if s.occasion == "meeting"),
        rewordings=rewordings,
        outcome=outcome,
        persistent=False,
        presence=tuple((s.date, q.status.value) for s, q in present),
    )
    persistent = life.snapshots >= PERSISTENT_SNAPSHOTS and life.months_open >= PERSISTENT_MONTHS
    return dataclasses.replace(life, persistent=persistent)


def analyse(shots: Iterable[AgendaSnapshot]) -> History:
    ordered = list(shots)
    changes = tuple(_changes(ordered[i - 1] if i else None, snap) for i, snap in enumerate(ordered))
    ids = list(dict.fromkeys(q.id for s in ordered for q in s.questions))
    lives = [life for qid in ids if (life := _life(qid, ordered)) is not None]
    lives.sort(key=lambda q: (-q.months_open, q.first, q.id))
    return History(snapshots=tuple(ordered), changes=changes, questions=tuple(lives))


def learning_history(store: Store, lab: Lab, today: dt.date) -> History:
    return analyse(snapshots(store, lab, today))


# -- output ---------------------------------------------------------------------------------


def to_json(history: History) -> dict[str, Any]:
    """The shape `labmonitor history --format json` prints."""
    return {
        "snapshots": [
            {
                "date": s.date.isoformat(),
                "occasion": s.occasion,
                "reconstructed": is_reconstructed(s),
                "questions": [
                    {"id": q.id, "status": q.status.value, "text": dict(q.text)}
                    for q in s.questions
                ],
            }
            for s in history.snapshots
        ],
        "questions": [
            {
                "id": q.id,
                "theme": q.theme,
                "first": q.first.isoformat(),
                "last": q.last.isoformat(),
                "meetings": q.meetings,
                "months_open": q.months_open,
                "rewordings": q.rewordings,
                "outcome": q.outcome,
                "persistent": q.persistent,
            }
            for q in history.questions
        ],
    }


def wording(texts: dict[str, str], lang: str) -> str:
    from monitor.wording import in_language

    return in_language(texts, lang)


def to_markdown(history: History, lang: str) -> str:
    from monitor.i18n import t

    lines = [f"# {t('history.title', lang)}", ""]
    if not history.snapshots:
        return "\n".join([*lines, t("history.none", lang), ""])
    lines += [f"## {t('history.questions', lang)}", ""]
    lines += [
        "| "
        + " | ".join(
            t(k, lang)
            for k in (
                "history.col_question",
                "history.col_first",
                "history.col_last",
                "history.col_meetings",
                "history.col_months",
                "history.col_rewordings",
                "history.col_outcome",
            )
        )
        + " |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    for q in history.questions:
        flag = f" **{t('history.persistent', lang)}**" if q.persistent else ""
        cells = (
            _md(wording(q.text, lang)) + flag,
            q.first.isoformat(),
            q.last.isoformat(),
            str(q.meetings),
            f"{q.months_open:.1f}",
            str(q.rewordings),
            t(f"history.outcome.{q.outcome}", lang),
        )
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines += [f"## {t('history.snapshots', lang)}", ""]
    for snap, changes in zip(history.snapshots, history.changes, strict=True):
        made = t("history.reconstructed", lang) if is_reconstructed(snap) else ""
        heading = t(f"history.occasion.{snap.occasion}", lang, date=snap.date.isoformat())
        lines += [f"### {heading}{f' ({made})' if made else ''}", ""]
        if not changes:
            lines += [t("history.no_changes", lang), ""]
            continue
        for change in changes:
            question = change.after or change.before
            said = wording(question.text, lang) if question else change.question_id
            lines.append(f"- {t(f'history.event.{change.event}', lang)}: {_md(said)}")
        lines.append("")
    return "\n".join(lines)


def _md(value: str) -> str:
    """Plain text inside a Markdown table or list: no markup, no broken rows."""
    out = " ".join(value.split())
    for char in "\\`*_[]<>|#":
        out = out.replace(char, "\\" + char)
    return out


def chart(history: History, lang: str, limit: int = 40) -> Any:
    """One bar per question from its first snapshot to when it left the agenda, coloured by
    outcome; persistent problems are outlined. The longest-lived `limit` questions are shown."""
    import altair as alt
    import pandas as pd

    from monitor.charts import OKABE_ITO, date_axis
    from monitor.i18n import t

    rows = [
        {
            "question": _short(wording(q.text, lang)),
            "start": q.first.isoformat(),
            "end": (q.end if q.end > q.first else q.first + dt.timedelta(days=7)).isoformat(),
            "outcome": t(f"history.outcome.{q.outcome}", lang),
            "months": q.months_open,
            "persistent": t("history.persistent", lang) if q.persistent else "",
        }
        for q in history.questions[:limit]
    ]
    outcomes = [t(f"history.outcome.{o}", lang) for o in ("open", "answered", "dropped")]
    frame = pd.DataFrame(
        rows, columns=["question", "start", "end", "outcome", "months", "persistent"]
    )
    return (
        alt.Chart(frame, title=t("history.chart_title", lang))
        .mark_bar(cornerRadius=3, height=14)
        .encode(
            x=alt.X("start:T", axis=date_axis(lang)),
            x2="end:T",
            y=alt.Y("question:N", sort=None, title=None, axis=alt.Axis(labelLimit=360)),
            color=alt.Color(
                "outcome:N",
                scale=alt.Scale(domain=outcomes, range=OKABE_ITO[:3]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            stroke=alt.condition(alt.datum.persistent != "", alt.value("#000"), alt.value(None)),
            strokeWidth=alt.value(2),
            tooltip=[
                alt.Tooltip("question:N", title=t("history.col_question", lang)),
                alt.Tooltip("months:Q", title=t("history.col_months", lang)),
                alt.Tooltip("outcome:N", title=t("history.col_outcome", lang)),
                alt.Tooltip("persistent:N", title=t("history.col_persistent", lang)),
            ],
        )
        .properties(height=max(80, 22 * len(rows)), width="container")
        .configure_view(strokeWidth=0)
        .properties(description=t("history.chart_alt", lang))
    )


def _short(value: str, limit: int = 70) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"
