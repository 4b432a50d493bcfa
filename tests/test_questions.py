"""Ranking, anchoring, follow-up prompts and minutes: the learning questions a steering group
can work with (issue 15)."""

import datetime as dt

from monitor import derive, reports
from monitor.derive import FactorInput, propose
from monitor.model import Factor, FactorKind, StakeholderGroup
from tests.conftest import make_lab

D = dt.date


def _f(key, kind, phase, theme, text="Iets over het lab.", source="", groups=()):
    return FactorInput(key, kind, phase, (theme,), text, source=source, groups=groups)


# -- 3. ranking --------------------------------------------------------------------------------


def test_the_current_phase_comes_first_and_the_most_salient_within_it():
    factors = [
        _f("a", "barrier", 1, "capacity"),
        _f("b", "barrier", 2, "governance", source="s1"),
        _f("c", "barrier", 2, "capacity", source="s1", groups=("employer",)),
        _f("d", "barrier", 2, "capacity", source="s2", groups=("job_coach",)),
        _f("e", "barrier", 3, "communication"),
    ]
    ranked = derive.rank(propose(factors), current_phase=2)
    assert [(p.phase, p.theme) for p in ranked] == [
        (2, "capacity"),
        (2, "governance"),
        (3, "communication"),
        (1, "capacity"),
    ]
    first = ranked[0]
    # capacity was hindering in phase 1 too, rests on two sources and two groups
    assert first.reasons == ("persistent", "many_groups", "many_sources")
    assert derive.reason_texts(first, "nl") == ["hardnekkig", "2 groepen", "2 bronnen"]
    assert derive.reason_texts(first, "en") == ["persistent", "2 groups", "2 sources"]
    assert ranked[1].reasons == ()


def test_an_escalated_barrier_names_escalation_first():
    factors = [_f("a", "barrier", 1, "capacity"), _f("b", "barrier", 2, "capacity")]
    earlier = derive.Decision(phase=1, theme="capacity", kind="improve", status="accepted")
    (p2,) = [p for p in propose(factors, decisions=[earlier]) if p.phase == 2]
    assert p2.reasons == ("escalated", "persistent")


def test_top_shows_five_and_folds_the_rest():
    themes = [
        "shared_vision",
        "governance",
        "capacity",
        "employer_engagement",
        "communication",
        "momentum",
        "anchoring",
    ]
    factors = [_f(str(i), "barrier", 1, th) for i, th in enumerate(themes)]
    shown, folded = derive.top(derive.rank(propose(factors), 1))
    assert len(shown) == 5 and len(folded) == 2


def test_the_meeting_pack_shows_the_top_five_with_reasons_and_folds_the_rest(store):
    lab = make_lab(store)
    themes = [
        "shared_vision",
        "governance",
        "capacity",
        "employer_engagement",
        "communication",
        "momentum",
        "regional_synergy",
    ]
    for i, theme in enumerate(themes):
        for j in range(2 if theme == "capacity" else 1):
            store.save(
                Factor(
                    lab_id=lab.id,
                    kind=FactorKind.BARRIER,
                    text=f"Knelpunt {i}.{j}",
                    phase_id=lab.phases[0].id,
                    themes=(theme,),
                    groups=(StakeholderGroup.EMPLOYER, StakeholderGroup.JOB_COACH),
                )
            )
    report = reports.build(store, lab.id, "meeting", lang="nl", today=D(2025, 2, 1))
    decisions = next(s for s in report.sections if s.key == "decisions")
    bullets = next(b for b in decisions.blocks if hasattr(b, "items"))
    assert len(bullets.items) == 5
    assert bullets.items[0].startswith("Capaciteit: ")
    assert bullets.items[0].endswith("(2 groepen)")
    folded = [b.text for b in decisions.blocks if getattr(b, "text", "").startswith("Nog 2")]
    assert folded and "leeragenda" in folded[0]
