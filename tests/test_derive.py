import re
from pathlib import Path

import pytest
import yaml

from monitor.derive import Decision, FactorInput, propose

DEVSET = Path(__file__).parent / "data" / "devset-factors.yaml"


def _devset() -> tuple[list[FactorInput], dict]:
    data = yaml.safe_load(DEVSET.read_text())
    factors = [
        FactorInput(
            key=str(i),
            kind=f["kind"],
            phase=f["phase"],
            themes=tuple(f["gold_themes"]),
            text=f["text"],
        )
        for i, f in enumerate(data["factors"])
    ]
    return factors, data["expert_learning_questions"]


def test_proposals_cover_the_researchers_questions_on_the_dev_set():
    factors, expert = _devset()
    proposals = propose(factors)
    covered = total = matching = count = 0
    for phase, questions in expert.items():
        mine = [p for p in proposals if p.phase == phase]
        themes = {p.theme for p in mine}
        covered += sum(bool(themes & set(q["themes"])) for q in questions)
        total += len(questions)
        matching += sum(any(p.theme in q["themes"] for q in questions) for p in mine)
        count += len(mine)
    assert covered / total >= 0.9
    assert matching / count >= 0.6


def test_barriers_give_improve_questions_naming_the_group_and_enablers_sustain_ones():
    factors = [
        FactorInput("a", "barrier", 1, ("capacity",), "Coaches hebben geen uren.", source="s1"),
        FactorInput("b", "enabler", 1, ("momentum",), "Sessies geven energie.", source="s1"),
        FactorInput("c", "enabler", 1, ("momentum",), "Iedereen is enthousiast.", source="s2"),
    ]
    improve, sustain = sorted(propose(factors), key=lambda p: p.kind)
    assert improve.kind == "improve"
    assert improve.question == {
        "nl": "Wat is er nodig om de coaches tijd en ruimte te geven voor het lab?",
        "en": "What is needed to give the coaches time and room for the lab?",
    }
    assert improve.summary("nl") == "1 factor uit 1 bron"
    assert sustain.kind == "sustain" and sustain.question["en"].startswith("How do we hold on")
    assert sustain.sources == 2 and sustain.evidence == ("b", "c")
    assert sustain.summary("nl") == "2 factoren uit 2 bronnen"
    assert sustain.summary("en") == "2 factors from 2 sources"


def test_without_a_named_group_the_question_has_no_slot_left():
    factors = [FactorInput("a", "barrier", 1, ("governance",), "Niemand weet wie beslist.")]
    (proposal,) = propose(factors)
    assert (
        proposal.question["nl"] == "Hoe krijgen we een heldere structuur, sturing en rolverdeling?"
    )
    assert "{" not in proposal.question["en"]


def test_every_theme_has_improve_and_sustain_patterns_in_both_languages():
    from monitor.codebook import load_codebook

    for theme in load_codebook().themes:
        for kind in ("improve", "sustain"):
            for lang in ("nl", "en"):
                patterns = theme.questions[kind][lang]
                assert any("{" not in p for p in patterns), (theme.id, kind, lang)
                assert all(p.endswith("?") for p in patterns)


def _runs(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_devset_question_repeats_six_words_of_its_factors_and_english_has_no_dutch():
    factors, _ = _devset()
    texts = {f.key: f.text for f in factors}
    proposals = propose(factors)
    assert proposals
    for p in proposals:
        for lang in ("nl", "en"):
            for key in p.evidence:
                assert not _runs(p.question[lang]) & _runs(texts[key]), (p.question, key)
        assert not {"de", "het", "een", "hoe", "aanpak", "zijn", "worden"} & set(
            re.findall(r"\w+", p.question["en"].casefold())
        ), p.question["en"]


def test_one_proposal_per_theme_and_kind_gathers_all_its_evidence():
    factors = [
        FactorInput(
            "a", "barrier", 1, ("employer_engagement",), "Werkgevers haken af.", "s1", ("g1",)
        ),
        FactorInput(
            "b", "barrier", 1, ("employer_engagement",), "Geen contactpersoon.", "s2", ("g2",)
        ),
        FactorInput(
            "c", "barrier", 1, ("employer_engagement",), "Te weinig plekken.", "s2", ("g1",)
        ),
    ]
    (proposal,) = propose(factors)
    assert proposal.evidence == ("a", "b", "c")
    assert proposal.question["en"] == "How do we get and keep the employers on board?"
    assert proposal.summary("nl") == "3 factoren uit 2 bronnen, 2 groepen"


def test_a_barrier_in_consecutive_phases_is_persistent_and_escalates_without_done_action():
    factors = [
        FactorInput("a", "barrier", 1, ("governance",), "Rollen onduidelijk."),
        FactorInput("b", "barrier", 2, ("governance",), "Nog steeds onduidelijk."),
    ]
    later = [p for p in propose(factors) if p.phase == 2][0]
    assert later.flags == ("persistent",)
    asked = Decision(
        phase=1, theme="governance", kind="improve", status="accepted", evidence=frozenset({"a"})
    )
    (escalated,) = [p for p in propose(factors, decisions=[asked]) if p.phase == 2]
    assert escalated.flags == ("persistent", "escalated")
    settled = Decision(**{**asked.__dict__, "has_completed_action": True})
    (calm,) = [p for p in propose(factors, decisions=[settled]) if p.phase == 2]
    assert calm.flags == ("persistent",)
    assert later.salience > propose(factors[:1])[0].salience


def test_a_rejected_draft_returns_only_with_new_evidence():
    first = [FactorInput("a", "barrier", 1, ("capacity",), "Geen uren.")]
    rejected = Decision(
        phase=1, theme="capacity", kind="improve", status="rejected", evidence=frozenset({"a"})
    )
    assert propose(first, decisions=[rejected]) == []
    more = [*first, FactorInput("b", "barrier", 1, ("capacity",), "Ook geen budget.")]
    assert [p.evidence for p in propose(more, decisions=[rejected])] == [("a", "b")]


def test_each_phase_theme_and_kind_gets_one_proposal_among_many_factors():
    factors = [
        FactorInput(
            str(i), "barrier" if i % 3 else "enabler", i % 3 + 1, (f"theme{i % 14}",), f"factor {i}"
        )
        for i in range(3000)
    ]
    assert len(propose(factors)) == pytest.approx(42, abs=0)


def test_derive_json_has_both_languages_and_suggestions_lent_by_earlier_coding():
    import json

    from monitor import derive_io
    from monitor.codebook import load_codebook

    book = load_codebook()
    rows = [
        {
            "phase": 1,
            "kind": "barrier",
            "theme": "governance",
            "text": "De kerngroep komt zelden bij elkaar.",
        },
        {"phase": 2, "kind": "barrier", "text": "De kerngroep komt nog steeds zelden bij elkaar."},
    ]
    inputs, suggestions = derive_io.read_inputs(rows, book)
    data = json.loads(
        derive_io.to_json(inputs, propose(inputs, book=book), "nl", True, suggestions)
    )
    second = data["factors"][1]
    assert second["themes"] == ["governance"]
    assert second["suggestions"][0]["theme"] == "governance"
    assert "similar: 0" in second["suggestions"][0]["why"]
    assert all(len(f["suggestions"]) <= 3 for f in data["factors"])
    (first, *_) = data["learning_questions"]
    assert set(first["question"]) == {"nl", "en"} and first["kind"] == "improve"
    assert first["evidence_summary"] == "1 factor"
