"""Entering a lab's data: stakeholder, activity and phase forms, grids, sources and codes."""

TEXT = {
    "stakeholders.code_choice_needed": {
        "nl": {
            "one": "De code {codes} stond al in een rapport of export. Kies hieronder of de "
            "code blijft of dat er een nieuwe code bij de nieuwe groep komt.",
            "other": "De codes {codes} stonden al in een rapport of export. Kies hieronder per "
            "persoon of de code blijft of dat er een nieuwe code bij de nieuwe groep komt.",
        },
        "en": {
            "one": "The code {codes} has already appeared in a report or export. Choose below "
            "whether it stays or the person gets a new code for the new group.",
            "other": "The codes {codes} have already appeared in a report or export. Choose "
            "below for each person whether the code stays or a new one for the new group is "
            "given.",
        },
    },
    "stakeholders.code_keep": {"nl": "{code} houden", "en": "Keep {code}"},
    "stakeholders.code_new": {
        "nl": "Nieuwe code voor {group}",
        "en": "New code for {group}",
    },
    "stakeholders.code_apply": {"nl": "Wijziging opslaan", "en": "Save the change"},
    "grid.save": {"nl": "Wijzigingen opslaan", "en": "Save changes"},
    "stakeholders.add": {"nl": "Betrokkene toevoegen", "en": "Add a stakeholder"},
    "stakeholders.added": {
        "nl": "{name} toegevoegd met code {code}",
        "en": "{name} added with code {code}",
    },
    "stakeholders.table": {"nl": "Alle betrokkenen", "en": "All stakeholders"},
    "activities.add": {"nl": "Activiteit toevoegen", "en": "Add an activity"},
    "activities.table": {"nl": "Alle activiteiten", "en": "All activities"},
    "activities.counts": {"nl": "Aanwezigen per groep", "en": "People present per group"},
    "activities.counts_of": {"nl": "Activiteit", "en": "Activity"},
    "activities.total_help": {
        "nl": "Som van de aantallen per groep; die past u onder de tabel aan.",
        "en": "The sum of the numbers per group; edit those below the table.",
    },
    "setup.add_phase": {"nl": "Fase toevoegen", "en": "Add a phase"},
}
