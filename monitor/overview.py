"""Derived views of a lab for the overview page and, later, the reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from monitor.model import Activity, Lab, Source, Stakeholder, StakeholderGroup


@dataclass(frozen=True)
class GroupCount:
    group: StakeholderGroup
    stakeholders: int  # named stakeholders of this group
    participations: int  # people of this group counted at activities


def group_counts(stakeholders: list[Stakeholder], activities: list[Activity]) -> list[GroupCount]:
    named = Counter(s.group for s in stakeholders)
    present: Counter[StakeholderGroup] = Counter()
    for activity in activities:
        present.update(activity.counts)
    return [GroupCount(g, named[g], present[g]) for g in StakeholderGroup if named[g] or present[g]]


@dataclass(frozen=True)
class PhaseSummary:
    phase_id: str
    name: str
    activities: int
    sources: int
    participants: int


def phase_summaries(
    lab: Lab, activities: list[Activity], sources: list[Source]
) -> list[PhaseSummary]:
    return [
        PhaseSummary(
            phase_id=p.id,
            name=p.name,
            activities=sum(a.phase_id == p.id for a in activities),
            sources=sum(s.phase_id == p.id for s in sources),
            participants=sum(a.participant_total for a in activities if a.phase_id == p.id),
        )
        for p in lab.phases
    ]
