"""Ranking, anchoring, follow-up prompts and minutes: the learning questions a steering group
can work with (issue 15)."""

import datetime as dt

import pytest

from monitor import agenda, derive, reports
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


# -- 4. anchoring --------------------------------------------------------------------------------


def test_in_the_anchor_phase_what_works_and_the_anchoring_barrier_become_anchor_questions():
    factors = [
        _f("a", "enabler", 2, "momentum", source="s1"),
        _f("b", "enabler", 2, "momentum", source="s2"),
        _f("c", "enabler", 3, "momentum", source="s1"),
        _f("d", "enabler", 3, "momentum", source="s2"),
        _f("e", "barrier", 3, "anchoring", "Niemand weet wie het na de subsidie overneemt."),
        _f("f", "barrier", 3, "capacity"),
    ]
    kinds = {(p.phase, p.theme): p.kind for p in propose(factors, anchor_phase=3)}
    assert kinds == {
        (2, "momentum"): "sustain",
        (3, "momentum"): "anchor",
        (3, "anchoring"): "anchor",
        (3, "capacity"): "improve",
    }
    (anchoring,) = [p for p in propose(factors, anchor_phase=3) if p.theme == "anchoring"]
    assert "eigenaar" in anchoring.question["nl"] and "reguliere aanbod" in anchoring.question["nl"]
    assert anchoring.question["en"].endswith("enter the regular offer?")
    # without an anchor phase nothing is an anchor question
    assert {p.kind for p in propose(factors)} == {"sustain", "improve"}


def test_the_anchor_phase_always_asks_about_anchoring_from_its_evidence():
    factors = [
        _f("a", "barrier", 3, "capacity"),
        _f("b", "enabler", 3, "interaction", "De werkplaatsen worden goed bezocht."),
    ]
    anchors = [p for p in propose(factors, anchor_phase=3) if p.kind == "anchor"]
    assert [(p.theme, p.evidence) for p in anchors] == [("anchoring", ("b",))]
    only_barriers = [_f("a", "barrier", 3, "capacity")]
    (anchor,) = [p for p in propose(only_barriers, anchor_phase=3) if p.kind == "anchor"]
    assert anchor.evidence == ("a",)
    assert not [p for p in propose(only_barriers, anchor_phase=2) if p.kind == "anchor"]


def test_every_theme_has_an_anchor_pattern_in_both_languages_without_dutch_in_english():
    from monitor.codebook import load_codebook

    dutch = {"de", "het", "een", "hoe", "wie", "aanpak", "na", "blijft"}
    for theme in load_codebook().themes:
        nl, en = theme.questions["anchor"]["nl"], theme.questions["anchor"]["en"]
        assert nl and en and all(q.endswith("?") for q in (*nl, *en)), theme.id
        assert not any(dutch & set(q.casefold().rstrip("?").replace(",", "").split()) for q in en)


def test_a_lab_marked_nearing_its_end_anchors_in_its_current_phase(store):
    lab = make_lab(store)
    for text in ("De werkplaats loopt goed.", "Deelnemers komen graag terug."):
        store.save(
            Factor(
                lab_id=lab.id,
                kind=FactorKind.ENABLER,
                text=text,
                phase_id=lab.phases[1].id,
                themes=("interaction",),
            )
        )
    today = lab.phases[1].start
    kinds = lambda: {  # noqa: E731
        p.kind
        for p in agenda.drafts(store.lab(lab.id), store.records(lab.id, Factor), [], [], today)
    }
    assert kinds() == {"sustain"}
    assert agenda.anchor_phase(lab, today) == 3
    marked = agenda.follow_up_settings(store, lab, nearing_end=True, stall_weeks=6)
    assert (marked.nearing_end, marked.stall_weeks) == (True, 6)
    assert agenda.anchor_phase(marked, today) == 2 and kinds() == {"anchor"}
    assert agenda.needs_anchoring(marked, [], today)


def test_follow_up_settings_refuse_bad_weeks_and_stale_screens(store):
    from monitor.errors import Conflict, InvalidInput

    lab = make_lab(store)
    for weeks in ("0", "53", "vier", ""):
        with pytest.raises(InvalidInput):
            agenda.follow_up_settings(store, lab, nearing_end=False, stall_weeks=weeks)
    assert store.lab(lab.id).revision == lab.revision
    agenda.follow_up_settings(store, lab, nearing_end=True, stall_weeks=3)
    with pytest.raises(Conflict):
        agenda.follow_up_settings(store, lab, nearing_end=False, stall_weeks=4)
    assert store.lab(lab.id).stall_weeks == 3


def test_derive_cli_gives_anchor_questions_for_the_last_phase(tmp_path, capsys):
    import json

    from monitor.cli import main

    path = tmp_path / "factors.yaml"
    path.write_text(
        "factors:\n"
        "  - {phase: 1, kind: barrier, theme: capacity, text: Geen uren voor coaches.}\n"
        "  - {phase: 2, kind: barrier, theme: anchoring, text: Geen structureel budget.}\n"
    )
    assert main(["derive", "--input", str(path), "--anchor-phase", "last"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(q["phase"], q["kind"]) for q in data["learning_questions"]] == [
        (1, "improve"),
        (2, "anchor"),
    ]
    assert all("reasons" in q for q in data["learning_questions"])
    assert main(["derive", "--input", str(path)]) == 0
    assert {q["kind"] for q in json.loads(capsys.readouterr().out)["learning_questions"]} == {
        "improve"
    }
    assert main(["derive", "--input", str(path), "--anchor-phase", "x"]) == 1
