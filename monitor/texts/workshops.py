"""Reflexive-monitoring workshops: timeline, team reflection, system analysis, eye-openers."""

TEXT = {
    "source_kind.workshop": {"nl": "Workshop", "en": "Workshop"},
    # -- kinds and fields
    "workshop.kind.timeline": {"nl": "Tijdlijn", "en": "Timeline"},
    "workshop.kind.reflection": {"nl": "Teamreflectie", "en": "Team reflection"},
    "workshop.kind.system": {"nl": "Systeemanalyse", "en": "System analysis"},
    "workshop.kind.eye_opener": {"nl": "Eyeopeners", "en": "Eye-openers"},
    "workshop.kind_help.timeline": {
        "nl": "Het verloop van het lab op een lijn; deelnemers markeren hoogte- en dieptepunten "
        "en leermomenten en voegen gebeurtenissen toe.",
        "en": "The course of the lab on a line; participants mark highs, lows and learning "
        "moments and add events.",
    },
    "workshop.kind_help.reflection": {
        "nl": "Vijf vragen over de samenwerking, elk met een cijfer van 1 tot 10 en een reden. "
        "Herhaal dit om de paar maanden om de ontwikkeling te zien.",
        "en": "Five questions about working together, each scored 1 to 10 with a reason. "
        "Repeat it every few months to see the trend.",
    },
    "workshop.kind_help.system": {
        "nl": "Een matrix van systeemkenmerken tegen actoren; deelnemers zetten belemmeringen en "
        "kansen in de vakjes.",
        "en": "A matrix of system characteristics against actors; participants put barriers and "
        "opportunities in its cells.",
    },
    "workshop.kind_help.eye_opener": {
        "nl": "Iedere deelnemer noteert een eyeopener en een eigen actie.",
        "en": "Each participant notes an eye-opener and an action of their own.",
    },
    "workshop.kind": {"nl": "Soort workshop", "en": "Kind of workshop"},
    "workshop.title": {"nl": "Titel", "en": "Title"},
    "workshop.date": {"nl": "Datum", "en": "Date"},
    "workshop.actors": {"nl": "Actoren (kolommen)", "en": "Actors (columns)"},
    "workshop.event_date": {"nl": "Datum van de gebeurtenis", "en": "Date of the event"},
    "workshop.event": {"nl": "Gebeurtenis", "en": "Event"},
    "workshop.reason": {"nl": "Reden", "en": "Reason"},
    "workshop.entry": {"nl": "Wat u ziet", "en": "What you see"},
    "workshop.eye_opener": {"nl": "Eyeopener", "en": "Eye-opener"},
    "workshop.own_action": {"nl": "Mijn actie", "en": "My action"},
    "workshop.characteristic": {"nl": "Systeemkenmerk", "en": "System characteristic"},
    # -- drafted timeline events
    "workshop.event.phase": {"nl": "Start fase {n}: {name}", "en": "Start of phase {n}: {name}"},
    "workshop.event.meeting": {"nl": "Stuurgroepoverleg", "en": "Steering-group meeting"},
    "workshop.event.decisions": {
        "nl": {"one": "{n} besluit in de stuurgroep", "other": "{n} besluiten in de stuurgroep"},
        "en": {
            "one": "{n} decision in the steering group",
            "other": "{n} decisions in the steering group",
        },
    },
    "workshop.event.first_factor": {
        "nl": "Eerste factor over {theme}",
        "en": "First factor on {theme}",
    },
    "workshop.event.last_factor": {
        "nl": "Laatste factor over {theme}",
        "en": "Latest factor on {theme}",
    },
    # -- marks, questions, rows
    "workshop.mark.high": {"nl": "Hoogtepunt", "en": "High"},
    "workshop.mark.low": {"nl": "Dieptepunt", "en": "Low"},
    "workshop.mark.learning": {"nl": "Leermoment", "en": "Learning moment"},
    "workshop.contested": {"nl": "verschillend beleefd", "en": "seen differently"},
    "workshop.q.went_well": {
        "nl": "Wat ging goed, en waarom?",
        "en": "What went well, and why?",
    },
    "workshop.q.could_differ": {
        "nl": "Wat had anders gekund?",
        "en": "What could have been different?",
    },
    "workshop.q.barriers": {
        "nl": "Hoe goed pakken we de belemmeringen aan?",
        "en": "How well do we deal with the barriers?",
    },
    "workshop.q.opportunities": {
        "nl": "Hoe goed benutten we de kansen?",
        "en": "How well do we use the opportunities?",
    },
    "workshop.q.together": {
        "nl": "Hoe goed werken we samen als groep?",
        "en": "How well do we work together as a group?",
    },
    "workshop.char.knowledge": {"nl": "Kennis", "en": "Knowledge"},
    "workshop.char.infrastructure": {"nl": "Fysieke infrastructuur", "en": "Physical infrastructure"},
    "workshop.char.rules": {"nl": "Wetten en regels", "en": "Laws and rules"},
    "workshop.char.norms": {"nl": "Normen en waarden", "en": "Norms and values"},
    "workshop.char.interaction": {
        "nl": "Interactie tussen actoren",
        "en": "Interaction between actors",
    },
    "workshop.char.market": {"nl": "Marktstructuur", "en": "Market structure"},
    "workshop.polarity.barrier": {"nl": "Belemmering", "en": "Barrier"},
    "workshop.polarity.opportunity": {"nl": "Kans", "en": "Opportunity"},
    "workshop.phones": {
        "nl": {"one": "{n} deelnemer met een telefoon", "other": "{n} deelnemers met een telefoon"},
        "en": {"one": "{n} participant on a phone", "other": "{n} participants on a phone"},
    },
    "workshop.spread_line": {
        "nl": {
            "one": "{n} cijfer: {median}",
            "other": "{n} cijfers, mediaan {median} (van {low} tot {high})",
        },
        "en": {
            "one": "{n} score: {median}",
            "other": "{n} scores, median {median} (from {low} to {high})",
        },
    },
    # -- errors
    "workshop.bad_link": {
        "nl": "Deze link werkt niet (meer). Scan de QR-code op het scherm opnieuw.",
        "en": "This link does not work (any more). Scan the QR code on the screen again.",
    },
    "workshop.closed": {
        "nl": "Deze workshop is gesloten; er kan niets meer bij. Dank voor uw inbreng.",
        "en": "This workshop is closed; nothing more can be added. Thank you for taking part.",
    },
    "workshop.bad_item": {
        "nl": "Dat onderdeel hoort niet bij deze workshop. Kies er een uit de lijst.",
        "en": "That item is not part of this workshop. Choose one from the list.",
    },
    "workshop.bad_mark": {
        "nl": "Kies wat voor moment of wat voor inbreng het is.",
        "en": "Choose what kind of moment or entry it is.",
    },
    "workshop.bad_score": {
        "nl": "Geef een cijfer van 1 tot en met 10.",
        "en": "Give a score from 1 to 10.",
    },
    "workshop.too_many": {
        "nl": "U hebt al {n} bijdragen gegeven; meer kan niet vanaf één telefoon.",
        "en": "You have given {n} entries already; one phone cannot add more.",
    },
    "workshop.close_first": {
        "nl": "Sluit de workshop eerst: dan is er een bron om naar te verwijzen.",
        "en": "Close the workshop first: then there is a source to refer to.",
    },
}
