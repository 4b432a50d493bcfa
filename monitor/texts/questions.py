"""Texts of the learning-question proposals: the evidence a proposal rests on, why it ranks
where it does, and how many are folded away."""

TEXT = {
    "derive.evidence": {
        "nl": "{factors} uit {sources}",
        "en": "{factors} from {sources}",
    },
    "derive.evidence_groups": {
        "nl": "{factors} uit {sources}, {groups}",
        "en": "{factors} from {sources}, {groups}",
    },
    "reason.escalated": {"nl": "geëscaleerd", "en": "escalated"},
    "reason.persistent": {"nl": "hardnekkig", "en": "persistent"},
    "reason.many_groups": {
        "nl": {"one": "{n} groep", "other": "{n} groepen"},
        "en": {"one": "{n} group", "other": "{n} groups"},
    },
    "reason.many_sources": {
        "nl": {"one": "{n} bron", "other": "{n} bronnen"},
        "en": {"one": "{n} source", "other": "{n} sources"},
    },
    "questions.rank": {"nl": "Nr. {rank}", "en": "No. {rank}"},
    "questions.rank_why": {
        "nl": "Hoog op de lijst: {reasons}",
        "en": "Ranked high: {reasons}",
    },
    "questions.rank_weight": {
        "nl": "Op volgorde van gewicht in de onderbouwing",
        "en": "Ranked by the weight of its evidence",
    },
    "questions.more_drafts": {
        "nl": {"one": "Nog {n} voorstel", "other": "Nog {n} voorstellen"},
        "en": {"one": "{n} more proposal", "other": "{n} more proposals"},
    },
    "questions.more_drafts_pack": {
        "nl": {
            "one": "Nog {n} voorstel met minder gewicht (zie de leeragenda): {themes}.",
            "other": "Nog {n} voorstellen met minder gewicht (zie de leeragenda): {themes}.",
        },
        "en": {
            "one": "{n} more proposal with less weight (see the learning agenda): {themes}.",
            "other": "{n} more proposals with less weight (see the learning agenda): {themes}.",
        },
    },
}
