"""Workshops on the shared screen: joining by link, entries from phones, the results the screen
shows, closing into a source, and what follows (actions, factors)."""

import datetime as dt
import threading

import pytest

from monitor import factors, labs, workshops
from monitor.errors import InvalidInput
from monitor.model import Action, Factor, FactorKind, Source, SourceKind, Stakeholder, Workshop
from tests.conftest import make_lab

DAY = dt.date(2025, 2, 1)


def _open(store, lab, kind, **extra):
    return workshops.open_workshop(store, lab, kind=kind, title="Sessie", date=DAY, **extra)


def test_a_timeline_starts_from_the_labs_own_records(store, lab):
    for day, text in ((DAY, "eerste"), (DAY + dt.timedelta(days=40), "later")):
        later = labs.add_source(store, lab.id, kind="document", title=text, date=day, text_=text)
        factors.code_factor(
            store, lab.id, kind="barrier", text_=text, themes=["governance"], source_id=later.id
        )
    workshop, _ = workshops.open_workshop(
        store, lab, kind="timeline", title="Terugblik", date=DAY + dt.timedelta(days=60)
    )
    origins = [e.origin for e in workshop.events]
    assert origins.count("phase") == 1  # only what happened before the workshop
    labels = [workshops.event_label(e, "en") for e in workshop.events]
    assert any(label.startswith("First factor on") for label in labels)
    assert any(label.startswith("Latest factor on") for label in labels)
    assert [e.date for e in workshop.events] == sorted(e.date for e in workshop.events)


def test_a_link_opens_only_its_own_workshop(store, lab):
    workshop, token = _open(store, lab, "reflection")
    assert workshops.for_link(store, lab.id, workshop.id, token).id == workshop.id
    for args in (
        (lab.id, workshop.id, "wrong"),
        ("nolab", workshop.id, token),
        (lab.id, "x", token),
    ):
        with pytest.raises(InvalidInput) as err:
            workshops.for_link(store, *args)
        assert err.value.key == "workshop.bad_link"
    fresh, new_token = workshops.new_link(store, workshop)
    with pytest.raises(InvalidInput):
        workshops.for_link(store, lab.id, workshop.id, token)
    assert workshops.for_link(store, lab.id, workshop.id, new_token).id == fresh.id


def test_reflection_scores_replace_per_phone_and_show_their_spread(store, lab):
    workshop, token = _open(store, lab, "reflection")
    for voter, score in (("a", 4), ("b", 8), ("c", 9)):
        workshops.submit(
            store, lab.id, workshop.id, token, voter, item="went_well", score=score, text="r"
        )
    workshops.submit(store, lab.id, workshop.id, token, "a", item="went_well", score="6", text="")
    stored = store.record(lab.id, Workshop, workshop.id)
    went_well = next(s for s in workshops.spread(stored) if s.question == "went_well")
    assert went_well.scores == (6, 8, 9) and went_well.median == 8
    assert went_well.counts()[6] == 1 and sum(went_well.counts().values()) == 3
    assert workshops.participants(stored) == 3
    for bad in (0, 11, "zes", None):
        with pytest.raises(InvalidInput) as err:
            workshops.submit(store, lab.id, workshop.id, token, "d", item="went_well", score=bad)
        assert err.value.key == "workshop.bad_score"
    with pytest.raises(InvalidInput):
        workshops.submit(store, lab.id, workshop.id, token, "d", item="nonsense", score=5)


def test_trend_compares_reflections_months_apart(store, lab):
    for day, score in ((DAY, 4), (DAY + dt.timedelta(days=91), 7)):
        workshop, token = workshops.open_workshop(
            store, lab, kind="reflection", title="Reflectie", date=day
        )
        for voter in "abc":
            workshops.submit(store, lab.id, workshop.id, token, voter, item="together", score=score)
    points = [p for p in workshops.trend(store, lab.id) if p.question == "together"]
    assert [(p.median, p.n) for p in points] == [(4, 3), (7, 3)]
    assert points[0].date < points[1].date


def test_timeline_marks_flag_moments_seen_differently(store, lab):
    workshop, token = _open(store, lab, "timeline")
    event = workshop.events[0].id
    workshops.submit(
        store, lab.id, workshop.id, token, "a", item=event, mark="high", text="Goede start"
    )
    workshops.submit(store, lab.id, workshop.id, token, "b", item=event, mark="low", text="Te vaag")
    workshops.submit(store, lab.id, workshop.id, token, "c", event="Werkgever haakt af", date=DAY)
    stored = store.record(lab.id, Workshop, workshop.id)
    moment = next(m for m in workshops.moments(stored) if m.event.id == event)
    assert moment.contested and moment.marks == {"high": 1, "low": 1, "learning": 0}
    added = [e for e in stored.events if e.origin == "participant"]
    assert workshops.event_label(added[0], "en") == "Werkgever haakt af"
    with pytest.raises(InvalidInput) as err:  # a mark needs its one-line reason
        workshops.submit(store, lab.id, workshop.id, token, "a", item=event, mark="high")
    assert err.value.key == "error.required"
    with pytest.raises(InvalidInput):
        workshops.submit(store, lab.id, workshop.id, token, "a", item=event, mark="great", text="x")
    # A phone withdraws the event it added; its marks go with it.
    workshops.submit(
        store, lab.id, workshop.id, token, "a", item=added[0].id, mark="low", text="jammer"
    )
    after = workshops.withdraw(store, lab.id, workshop.id, token, "c", added[0].id)
    assert added[0].id not in {e.id for e in after.events}
    assert all(e.item != added[0].id for e in after.entries)


def test_closing_writes_a_quotable_source_and_refuses_later_entries(store, lab):
    workshop, token = _open(store, lab, "system", actors=["employer", "job_coach"])
    workshops.submit(
        store, lab.id, workshop.id, token, "a",
        item="rules|employer", mark="barrier", text="Loonkostensubsidie is te ingewikkeld",
    )  # fmt: skip
    workshops.submit(
        store, lab.id, workshop.id, token, "b",
        item="knowledge|job_coach", mark="opportunity", text="Coaches kennen de sector goed",
    )  # fmt: skip
    source = workshops.close(store, lab, workshop)
    assert source.kind is SourceKind.WORKSHOP and source.id == f"{workshop.id}w"
    assert "Loonkostensubsidie is te ingewikkeld" in source.text
    assert workshops.close(store, lab, workshop).id == source.id  # a second close: the same
    with pytest.raises(InvalidInput) as err:
        workshops.submit(
            store, lab.id, workshop.id, token, "c", item="rules|employer", mark="barrier", text="x"
        )
    assert err.value.key == "workshop.closed"
    stored = store.record(lab.id, Workshop, workshop.id)
    barrier = next(e for e in stored.entries if e.mark == "barrier")
    factor = workshops.to_factor(store, lab, stored, barrier.id)
    assert factor.kind is FactorKind.BARRIER and factor.source_id == source.id
    assert factor.quote == barrier.text and factor.groups == ("employer",)
    assert factors.quote_in_source(factor.quote, store.record(lab.id, Source, source.id))
    workshops.to_factor(store, lab, stored, barrier.id)  # twice: still one factor
    assert len(store.records(lab.id, Factor)) == 1
    rows = workshops.matrix_rows(stored, "en")
    assert rows[2]["System characteristic"] == "Laws and rules"
    assert rows[2]["Employer"] == "− Loonkostensubsidie is te ingewikkeld"


def test_a_factor_waits_for_the_closed_workshop(store, lab):
    workshop, token = _open(store, lab, "system")
    actor = workshop.actors[0]
    stored = workshops.submit(
        store, lab.id, workshop.id, token, "a", item=f"market|{actor}", mark="barrier", text="y"
    )
    with pytest.raises(InvalidInput) as err:
        workshops.to_factor(store, lab, stored, stored.entries[0].id)
    assert err.value.key == "workshop.close_first"


def test_eye_openers_become_actions_once(store, lab):
    workshop, token = _open(store, lab, "eye_opener")
    stored = workshops.submit(
        store, lab.id, workshop.id, token, "a",
        text="Werkgevers willen wel, maar weten niet hoe", action="Ik bel drie werkgevers",
    )  # fmt: skip
    entry = stored.entries[0]
    for _ in range(2):  # a double click
        action = workshops.to_action(
            store, lab, stored, text_=entry.action, entry_id=entry.id, due="2025-03-01"
        )
    assert store.records(lab.id, Action) == [action]
    assert store.record(lab.id, Workshop, workshop.id).action_ids == (action.id,)
    # The same phone sends again: its eye-opener is replaced, not doubled.
    workshops.submit(store, lab.id, workshop.id, token, "a", text="Nog een inzicht")
    assert len(store.record(lab.id, Workshop, workshop.id).entries) == 1


def test_markup_is_kept_as_plain_text_and_control_characters_refused(store, lab):
    workshop, token = _open(store, lab, "eye_opener")
    hostile = "**vet** <img src=x onerror=alert(1)> [link](http://x)"
    stored = workshops.submit(store, lab.id, workshop.id, token, "a", text=hostile)
    assert stored.entries[0].text == hostile  # stored as typed; the pages show it as text
    with pytest.raises(InvalidInput) as err:
        workshops.submit(store, lab.id, workshop.id, token, "b", text="a\x00b")
    assert err.value.key == "error.control_chars"
    with pytest.raises(InvalidInput):
        workshops.submit(store, lab.id, workshop.id, token, "b", text="x" * 400)


def test_a_phone_cannot_flood_the_screen(store, lab):
    workshop, token = _open(store, lab, "system")
    actor = workshop.actors[0]
    for i in range(workshops.MAX_PER_PHONE):
        workshops.submit(
            store, lab.id, workshop.id, token, "a", item=f"norms|{actor}", mark="barrier", text=i
        )
    with pytest.raises(InvalidInput) as err:
        workshops.submit(
            store, lab.id, workshop.id, token, "a", item=f"norms|{actor}", mark="barrier", text="x"
        )
    assert err.value.key == "workshop.too_many"


def test_a_workshop_date_must_fall_in_a_phase(store, lab):
    with pytest.raises(InvalidInput) as err:
        workshops.open_workshop(store, lab, kind="timeline", title="x", date="2030-01-01")
    assert err.value.key == "error.date_outside_phases"
    with pytest.raises(InvalidInput):
        workshops.open_workshop(store, lab, kind="quiz", title="x", date=DAY)
    with pytest.raises(InvalidInput):
        workshops.open_workshop(store, lab, kind="timeline", title=" ", date=DAY)


def test_thirty_phones_at_once_lose_nothing(store):
    lab = make_lab(store)
    workshop, token = _open(store, lab, "reflection")
    errors = []

    def phone(number: int) -> None:
        try:
            for question in workshops.REFLECTION_QUESTIONS:
                workshops.submit(
                    store, lab.id, workshop.id, token, f"phone{number}",
                    item=question, score=number % 10 + 1, text=f"reden {number}",
                )  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = store.record(lab.id, Workshop, workshop.id)
    assert len(stored.entries) == 30 * len(workshops.REFLECTION_QUESTIONS)
    assert workshops.participants(stored) == 30


def test_the_report_appendix_holds_every_workshop_without_names(store):
    from monitor import demo
    from monitor.reports import word
    from monitor.reports import workshops as workshop_report
    from monitor.reports.structure import Report

    lab = demo.load_demo(store)
    found = store.records(lab.id, Workshop)
    for lang in ("nl", "en"):
        part = workshop_report.appendix(found, lang)
        assert len(part.children) == len(found) == 5
        assert all(not child.empty for child in part.children)
        report = Report(
            kind="final", lang=lang, title="x", subtitle="y", cover=(), sections=(part,)
        )
        document = word.render(report)
        assert document[:2] == b"PK"
    names = [s.name for s in store.records(lab.id, Stakeholder)]
    shown = str(workshop_report.appendix(found, "nl"))
    assert not any(name in shown for name in names)
    empty = workshop_report.appendix([], "en")
    assert "No workshops" in str(empty.blocks)


def test_every_workshop_chart_renders_for_print(store):
    pytest.importorskip("vl_convert", reason="print charts need vl-convert-python")
    from monitor import charts, demo

    lab = demo.load_demo(store)
    found = store.records(lab.id, Workshop)
    timeline = next(w for w in found if w.kind.value == "timeline")
    reflection = next(w for w in found if w.kind.value == "reflection")
    for lang in ("nl", "en"):
        for chart in (
            workshops.timeline_chart(timeline, lang),
            workshops.spread_chart(reflection, lang),
            workshops.trend_chart(workshops.trend(store, lab.id), lang),
        ):
            assert charts.png(chart)[:4] == b"\x89PNG"


def test_the_screen_knows_which_entries_are_already_factors(store, lab):
    workshop, token = _open(store, lab, "system", actors=["employer"])
    for text in ("Te veel regels", "Weinig kennis"):
        workshops.submit(
            store, lab.id, workshop.id, token, "a", item="rules|employer", mark="barrier", text=text
        )
    workshops.close(store, lab, workshop)
    stored = store.record(lab.id, Workshop, workshop.id)
    first = stored.entries[0]
    assert workshops.coded_entries(store, stored) == set()
    workshops.to_factor(store, lab, stored, first.id)
    assert workshops.coded_entries(store, stored) == {first.id}
