"""The learning history: snapshots of the agenda and the life of each question."""

TEXT = {
    "history.title": {"nl": "Leergeschiedenis", "en": "Learning history"},
    "history.intro": {
        "nl": "Bij elk gesloten stuurgroepoverleg en elke afgesloten fase wordt de leeragenda "
        "vastgelegd. Hier ziet u hoe de vragen zich van moment tot moment ontwikkelden.",
        "en": "The learning agenda is recorded each time a steering-group meeting or a phase "
        "is closed. This page shows how the questions developed from one moment to the next.",
    },
    "history.none": {
        "nl": "Nog geen momentopnames: die ontstaan als een overleg of een fase wordt gesloten.",
        "en": "No snapshots yet: they are made when a meeting or a phase is closed.",
    },
    "history.questions": {"nl": "Vragen door de tijd", "en": "Questions over time"},
    "history.snapshots": {"nl": "Momentopnames", "en": "Snapshots"},
    "history.col_question": {"nl": "Leervraag", "en": "Learning question"},
    "history.col_theme": {"nl": "Thema", "en": "Theme"},
    "history.col_first": {"nl": "Eerst", "en": "First"},
    "history.col_last": {"nl": "Laatst op de agenda", "en": "Last on the agenda"},
    "history.col_meetings": {"nl": "Overleggen", "en": "Meetings"},
    "history.col_months": {"nl": "Maanden open", "en": "Months open"},
    "history.col_rewordings": {"nl": "Herformuleringen", "en": "Rewordings"},
    "history.col_outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "history.col_persistent": {"nl": "Hardnekkig", "en": "Persistent"},
    "history.outcome.answered": {"nl": "beantwoord", "en": "answered"},
    "history.outcome.dropped": {"nl": "vervallen", "en": "dropped"},
    "history.outcome.open": {"nl": "open", "en": "open"},
    "history.persistent": {"nl": "hardnekkig probleem", "en": "persistent problem"},
    "history.persistent_count": {
        "nl": {
            "one": "{n} vraag bleef lang op de agenda staan: een hardnekkig probleem.",
            "other": "{n} vragen bleven lang op de agenda staan: hardnekkige problemen.",
        },
        "en": {
            "one": "{n} question stayed on the agenda for a long time: a persistent problem.",
            "other": "{n} questions stayed on the agenda for a long time: persistent problems.",
        },
    },
    "history.persistent_rule": {
        "nl": "Hardnekkig: in minstens {snapshots} momentopnames open, over {months} maanden "
        "of langer.",
        "en": "Persistent: open in at least {snapshots} snapshots, over {months} months or more.",
    },
    "history.occasion.meeting": {"nl": "Stuurgroep {date}", "en": "Steering group {date}"},
    "history.occasion.phase": {"nl": "Einde fase, {date}", "en": "End of phase, {date}"},
    "history.reconstructed": {
        "nl": "nagebouwd uit de geschiedenis van de vragen",
        "en": "rebuilt from the questions' history",
    },
    "history.no_changes": {"nl": "Geen veranderingen.", "en": "No changes."},
    "history.event.appeared": {"nl": "Nieuw", "en": "New"},
    "history.event.reworded": {"nl": "Geherformuleerd", "en": "Reworded"},
    "history.event.answered": {"nl": "Beantwoord", "en": "Answered"},
    "history.event.dropped": {"nl": "Vervallen", "en": "Dropped"},
    "history.event.disappeared": {"nl": "Verdwenen", "en": "Disappeared"},
    "history.changes_count": {
        "nl": {"one": "{n} verandering", "other": "{n} veranderingen"},
        "en": {"one": "{n} change", "other": "{n} changes"},
    },
    "history.chart_title": {
        "nl": "Looptijd van elke leervraag",
        "en": "How long each learning question lasted",
    },
    "history.chart_alt": {
        "nl": "Tijdlijn: per leervraag een balk van de eerste tot de laatste momentopname, "
        "gekleurd naar de uitkomst.",
        "en": "Timeline: one bar per learning question from its first to its last snapshot, "
        "coloured by outcome.",
    },
    "history.before": {"nl": "Was", "en": "Was"},
    "history.nav": {"nl": "Leergeschiedenis", "en": "Learning history"},
}
