"""Deleting a source without leaving evidence that points nowhere. What depends on a source is
shown first: the factors coded from it (refused unless they go too), the learning questions
those factors support, and the meeting whose minutes it is."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from monitor.errors import Conflict, InvalidInput
from monitor.model import Factor, LearningQuestion, Meeting, Source
from monitor.store import Store


@dataclass(frozen=True)
class Dependants:
    factors: tuple[Factor, ...]
    questions: tuple[LearningQuestion, ...]  # supported by one of those factors
    meetings: tuple[Meeting, ...]  # whose minutes the source is

    @property
    def empty(self) -> bool:
        return not (self.factors or self.questions or self.meetings)


def dependants(store: Store, lab_id: str, source_id: str) -> Dependants:
    coded = tuple(f for f in store.records(lab_id, Factor) if f.source_id == source_id)
    ids = {f.id for f in coded}
    questions = tuple(q for q in store.records(lab_id, LearningQuestion) if ids & set(q.factor_ids))
    meetings = tuple(m for m in store.records(lab_id, Meeting) if m.minutes_source_id == source_id)
    return Dependants(coded, questions, meetings)


def delete_source(store: Store, source: Source, *, with_factors: bool = False) -> Dependants:
    """Delete a source as it was read (`source.revision`). Refused while factors quote it,
    unless `with_factors`: then they go too and leave the evidence of their learning
    questions; a meeting keeps its decisions and loses only the link to these minutes."""
    with store.transaction():
        current = store.record(source.lab_id, Source, source.id)
        if current.revision != source.revision:
            raise Conflict("error.conflict", kind=Source.KIND, id=source.id)
        found = dependants(store, source.lab_id, source.id)
        if found.factors and not with_factors:
            raise InvalidInput("error.source_quoted", n=len(found.factors))
        gone = {f.id for f in found.factors}
        store.save_all(
            [
                dataclasses.replace(q, factor_ids=tuple(i for i in q.factor_ids if i not in gone))
                for q in found.questions
            ],
            expected_revisions={q.id: q.revision for q in found.questions},
        )
        store.save_all(
            [dataclasses.replace(m, minutes_source_id="") for m in found.meetings],
            expected_revisions={m.id: m.revision for m in found.meetings},
        )
        store.delete(source.lab_id, Factor, gone)
        store.delete(source.lab_id, Source, [source.id])
        return found
