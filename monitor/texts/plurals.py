"""Counted nouns used across the product, with their singular and plural forms."""

TEXT = {
    "count.factors": {
        "nl": {"one": "{n} factor", "other": "{n} factoren"},
        "en": {"one": "{n} factor", "other": "{n} factors"},
    },
    "count.sources": {
        "nl": {"one": "{n} bron", "other": "{n} bronnen"},
        "en": {"one": "{n} source", "other": "{n} sources"},
    },
    "count.groups": {
        "nl": {"one": "{n} groep", "other": "{n} groepen"},
        "en": {"one": "{n} group", "other": "{n} groups"},
    },
    "count.learning_questions": {
        "nl": {"one": "{n} leervraag", "other": "{n} leervragen"},
        "en": {"one": "{n} learning question", "other": "{n} learning questions"},
    },
    "count.actions": {
        "nl": {"one": "{n} actie", "other": "{n} acties"},
        "en": {"one": "{n} action", "other": "{n} actions"},
    },
    "count.stakeholders": {
        "nl": {"one": "{n} betrokkene", "other": "{n} betrokkenen"},
        "en": {"one": "{n} stakeholder", "other": "{n} stakeholders"},
    },
    "count.activities": {
        "nl": {"one": "{n} activiteit", "other": "{n} activiteiten"},
        "en": {"one": "{n} activity", "other": "{n} activities"},
    },
    "count.responses": {
        "nl": {"one": "{n} antwoord", "other": "{n} antwoorden"},
        "en": {"one": "{n} response", "other": "{n} responses"},
    },
    "count.people": {
        "nl": {"one": "{n} persoon", "other": "{n} personen"},
        "en": {"one": "{n} person", "other": "{n} people"},
    },
    "count.candidates": {
        "nl": {"one": "{n} kandidaat", "other": "{n} kandidaten"},
        "en": {"one": "{n} candidate", "other": "{n} candidates"},
    },
    "count.votes": {
        "nl": {"one": "{n} stem", "other": "{n} stemmen"},
        "en": {"one": "{n} vote", "other": "{n} votes"},
    },
}
