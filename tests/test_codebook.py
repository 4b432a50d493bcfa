from pathlib import Path

import yaml

from monitor import codebook
from monitor.codebook import CodedFactor, FactorIndex, suggest

DEVSET = Path(__file__).parent / "data" / "devset-factors.yaml"
CODEBOOK_IDS = [
    "shared_vision",
    "governance",
    "capacity",
    "employer_engagement",
    "frontline_engagement",
    "target_group_engagement",
    "interaction",
    "momentum",
    "action_followup",
    "concretisation",
    "communication",
    "regional_synergy",
    "anchoring",
    "reflexive_monitoring",
]


def _devset() -> list[dict]:
    return yaml.safe_load(DEVSET.read_text())["factors"]


def test_the_codebook_has_exactly_the_fixed_ids_in_both_languages():
    book = codebook.load_codebook()
    assert list(book.ids) == CODEBOOK_IDS
    for theme in book.themes:
        assert theme.label["nl"] and theme.label["en"] and theme.description["nl"]
        assert len(theme.keywords) >= 20


def test_words_are_folded_for_matching():
    assert codebook.tokens("Coördinatie, één stuurgroep!") == ["coordinatie", "een", "stuurgroep"]


def test_the_top_suggestion_is_a_gold_theme_for_most_devset_factors():
    book = codebook.load_codebook()
    factors = _devset()
    hits = sum(
        1
        for f in factors
        if (ranked := suggest(f["text"], book)) and ranked[0].theme in f["gold_themes"]
    )
    assert hits / len(factors) >= 0.8, f"{hits}/{len(factors)}"


def test_every_suggestion_says_why():
    book = codebook.load_codebook()
    ranked = suggest("De werkcoaches hebben geen uren naast hun caseload.", book)
    assert ranked[0].theme == "capacity"
    assert ranked[0].keywords


def test_similar_coded_factors_lend_their_themes():
    book = codebook.Codebook(themes=())
    index = FactorIndex.build(
        [
            CodedFactor("a", "De kerngroep komt elke twee weken bij elkaar", ("governance",)),
            CodedFactor("b", "Kandidaten vallen uit na de eerste week", ("communication",)),
        ]
    )
    (first, *_) = suggest("De kerngroep komt iedere maand bij elkaar", book, index)
    assert first.theme == "governance" and first.similar == ("a",)


def test_suggestion_is_deterministic_with_3000_coded_factors():
    book = codebook.load_codebook()
    base = _devset()
    coded = [
        CodedFactor(
            str(i),
            f"{base[i % len(base)]['text']} variant {i}",
            tuple(base[i % len(base)]["gold_themes"]),
        )
        for i in range(3000)
    ]
    index = FactorIndex.build(coded)
    text = "Afspraken uit de werksessies worden niet opgevolgd door de stuurgroep."
    first = suggest(text, book, index)
    assert first == suggest(text, book, index)
    assert first[0].theme == "action_followup"
