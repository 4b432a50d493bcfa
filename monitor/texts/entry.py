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
    "participants.add": {"nl": "Deelnemer toevoegen", "en": "Add a participant"},
    "upload.limit": {
        "nl": "Sleep een bestand hierheen of kies er een · tot {mb} MB · {types}",
        "en": "Drag a file here or choose one · up to {mb} MB · {types}",
    },
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
    "error.source_quoted": {
        "nl": {
            "one": "Niet verwijderd: 1 factor is uit deze bron gecodeerd. Verwijder die mee of "
            "eerst apart.",
            "other": "Niet verwijderd: {n} factoren zijn uit deze bron gecodeerd. Verwijder ze "
            "mee of eerst apart.",
        },
        "en": {
            "one": "Not deleted: 1 factor was coded from this source. Delete it as well, or "
            "first on its own.",
            "other": "Not deleted: {n} factors were coded from this source. Delete them as "
            "well, or first on their own.",
        },
    },
    "sources.activity_help": {
        "nl": "De datum en de fase van de bron volgen de gekozen activiteit.",
        "en": "The source's date and phase follow the chosen activity.",
    },
    "sources.delete": {"nl": "Bron verwijderen", "en": "Delete source"},
    "sources.delete_free": {
        "nl": "Niets verwijst naar deze bron.",
        "en": "Nothing refers to this source.",
    },
    "sources.delete_factors": {
        "nl": {
            "one": "Uit deze bron is 1 factor gecodeerd:",
            "other": "Uit deze bron zijn {n} factoren gecodeerd:",
        },
        "en": {
            "one": "1 factor was coded from this source:",
            "other": "{n} factors were coded from this source:",
        },
    },
    "sources.delete_questions": {
        "nl": {
            "one": "Die factoren zijn bewijs bij 1 leervraag; die blijft, zonder dat bewijs:",
            "other": "Die factoren zijn bewijs bij {n} leervragen; die blijven, zonder dat bewijs:",
        },
        "en": {
            "one": "Those factors are evidence for 1 learning question; it stays, without "
            "that evidence:",
            "other": "Those factors are evidence for {n} learning questions; they stay, "
            "without that evidence:",
        },
    },
    "sources.delete_meetings": {
        "nl": {
            "one": "De bron is het verslag van 1 overleg; het overleg en zijn besluiten blijven.",
            "other": "De bron is het verslag van {n} overleggen; die en hun besluiten blijven.",
        },
        "en": {
            "one": "The source is the minutes of 1 meeting; the meeting and its decisions stay.",
            "other": "The source is the minutes of {n} meetings; they and their decisions stay.",
        },
    },
    "sources.delete_with_factors": {
        "nl": {"one": "Ook de factor verwijderen", "other": "Ook de {n} factoren verwijderen"},
        "en": {"one": "Delete the factor as well", "other": "Delete the {n} factors as well"},
    },
    "sources.delete_confirm": {"nl": "Definitief verwijderen", "en": "Delete for good"},
    "sources.deleted": {"nl": "Verwijderd: {title}", "en": "Deleted: {title}"},
    "history_note.edited": {"nl": "met aangepaste formulering", "en": "with edited wording"},
    "kind.participants": {"nl": "deelnemer", "en": "participant"},
    "kind.invitations": {"nl": "uitnodiging", "en": "invitation"},
    "kind.responses": {"nl": "ingevulde vragenlijst", "en": "survey response"},
    "kind.interview_drafts": {"nl": "interview in uitvoering", "en": "interview in progress"},
    "kind.meetings": {"nl": "stuurgroepoverleg", "en": "steering-group meeting"},
    "kind.vote_rounds": {"nl": "stemronde", "en": "vote round"},
    "kind.narratives": {"nl": "rapporttekst", "en": "report text"},
    "kind.agenda_snapshots": {"nl": "momentopname van de agenda", "en": "agenda snapshot"},
    "kind.record": {"nl": "gegeven", "en": "record"},
    "agenda.evidence_of": {"nl": "Onderbouwd met {summary}.", "en": "Backed by {summary}."},
}
