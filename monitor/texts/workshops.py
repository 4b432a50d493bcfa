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
    "workshop.char.infrastructure": {
        "nl": "Fysieke infrastructuur",
        "en": "Physical infrastructure",
    },
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
    # -- the shared screen
    "workshop.nav": {"nl": "Workshops", "en": "Workshops"},
    "workshop.intro": {
        "nl": "Reflectieve monitoring met de hele groep: open een workshop, laat de zaal "
        "meedoen met de QR-code en bespreek wat er binnenkomt. Niemand ziet wie wat schreef.",
        "en": "Reflexive monitoring with the whole group: open a workshop, let the room join "
        "with the QR code and discuss what comes in. Nobody sees who wrote what.",
    },
    "workshop.new": {"nl": "Nieuwe workshop", "en": "New workshop"},
    "workshop.open": {"nl": "Workshop openen", "en": "Open the workshop"},
    "workshop.actors_help": {
        "nl": "Alleen voor een systeemanalyse: de kolommen van de matrix.",
        "en": "For a system analysis only: the matrix's columns.",
    },
    "workshop.choose_workshop": {"nl": "Workshop", "en": "Workshop"},
    "workshop.is_closed": {"nl": "gesloten", "en": "closed"},
    "workshop.scan": {
        "nl": "Scan met de camera van uw telefoon om mee te doen",
        "en": "Scan with your phone's camera to take part",
    },
    "workshop.link_lost": {
        "nl": "De link van deze workshop staat niet meer op dit scherm (de pagina is opnieuw "
        "geladen). Maak een nieuwe; wie al meedoet, scant daarna opnieuw.",
        "en": "This screen no longer shows the workshop's link (the page was reloaded). Make a "
        "new one; who already takes part scans again afterwards.",
    },
    "workshop.new_link": {"nl": "Nieuwe link en QR-code", "en": "New link and QR code"},
    "workshop.on_screen": {"nl": "Invoeren op dit scherm", "en": "Enter on this screen"},
    "workshop.close": {"nl": "Workshop sluiten", "en": "Close the workshop"},
    "workshop.closed_note": {
        "nl": "Deze workshop is gesloten en als bron bewaard; de regels zijn te citeren bij "
        "het coderen.",
        "en": "This workshop is closed and kept as a source; its lines can be quoted when coding.",
    },
    "workshop.empty": {"nl": "Nog niets binnen.", "en": "Nothing in yet."},
    "workshop.contested_count": {
        "nl": {
            "one": "{n} moment is verschillend beleefd; bespreek het:",
            "other": "{n} momenten zijn verschillend beleefd; bespreek ze:",
        },
        "en": {
            "one": "{n} moment was seen differently; talk about it:",
            "other": "{n} moments were seen differently; talk about them:",
        },
    },
    "workshop.question": {"nl": "Vraag", "en": "Question"},
    "workshop.score": {"nl": "Cijfer (1-10)", "en": "Score (1-10)"},
    "workshop.median": {"nl": "Mediaan", "en": "Median"},
    "workshop.trend": {
        "nl": "Ontwikkeling over de teamreflecties",
        "en": "Trend over the team reflections",
    },
    "workshop.discussion_action": {
        "nl": "Actie uit het gesprek naar de leeragenda",
        "en": "An action from the discussion to the learning agenda",
    },
    "workshop.personal_actions": {
        "nl": "Eigen acties naar de leeragenda",
        "en": "Personal actions to the learning agenda",
    },
    "workshop.action_text": {"nl": "Actie", "en": "Action"},
    "workshop.action_owner": {"nl": "Eigenaar", "en": "Owner"},
    "workshop.no_owner": {"nl": "(nog niemand)", "en": "(nobody yet)"},
    "workshop.action_due": {"nl": "Klaar op", "en": "Due"},
    "workshop.action_question": {"nl": "Bij leervraag", "en": "For learning question"},
    "workshop.to_agenda": {"nl": "Op de leeragenda zetten", "en": "Put on the learning agenda"},
    "workshop.as_factors": {"nl": "Als factor vastleggen", "en": "Record as factors"},
    "workshop.as_factors_help": {
        "nl": "Een belemmering wordt een belemmerende factor, een kans een bevorderende; de "
        "workshop is de bron. Het thema is een voorstel dat u op de pagina Coderen kunt wijzigen.",
        "en": "A barrier becomes a hindering factor, an opportunity an enabling one; the "
        "workshop is the source. The theme is a suggestion you can change on the Coding page.",
    },
    "workshop.make_factor": {"nl": "Factor", "en": "Factor"},
    "workshop.export": {"nl": "Matrix downloaden (CSV)", "en": "Download the matrix (CSV)"},
    "workshop.code_source": {
        "nl": "Naar Coderen om de workshop te citeren",
        "en": "To Coding to quote the workshop",
    },
    # -- the phone
    "workshop.phone_title": {"nl": "Workshop", "en": "Workshop"},
    "workshop.phone_help.timeline": {
        "nl": "Kies een moment en zeg of het een hoogtepunt, een dieptepunt of een leermoment "
        "was, met één zin waarom. Mist er iets? Voeg het toe.",
        "en": "Choose a moment and say whether it was a high, a low or a learning moment, with "
        "one line on why. Something missing? Add it.",
    },
    "workshop.phone_help.reflection": {
        "nl": "Geef bij elke vraag een cijfer van 1 tot 10 en, als u wilt, een reden. "
        "Niemand ziet wie wat gaf.",
        "en": "Give each question a score from 1 to 10 and, if you like, a reason. Nobody sees "
        "who gave what.",
    },
    "workshop.phone_help.system": {
        "nl": "Wat houdt de aanpak tegen, of wat helpt? Kies het kenmerk en de partij en "
        "schrijf het op. U kunt meer dingen sturen.",
        "en": "What holds the approach back, or what helps? Choose the characteristic and the "
        "party and write it down. You can send several.",
    },
    "workshop.phone_help.eye_opener": {
        "nl": "Wat zag u vandaag anders dan eerst? En wat gaat u zelf doen?",
        "en": "What did you see differently today? And what will you do yourself?",
    },
    "workshop.moment": {"nl": "Moment", "en": "Moment"},
    "workshop.choose_moment": {"nl": "Kies een moment", "en": "Choose a moment"},
    "workshop.what_moment": {"nl": "Wat voor moment?", "en": "What kind of moment?"},
    "workshop.choose": {"nl": "Kies", "en": "Choose"},
    "workshop.actor": {"nl": "Partij", "en": "Party"},
    "workshop.barrier_or_opportunity": {
        "nl": "Belemmering of kans?",
        "en": "Barrier or opportunity?",
    },
    "workshop.reason_optional": {"nl": "Reden (mag leeg)", "en": "Reason (optional)"},
    "workshop.eye_opener_question": {"nl": "Mijn eyeopener", "en": "My eye-opener"},
    "workshop.own_action_question": {
        "nl": "Wat ik zelf ga doen (mag leeg)",
        "en": "What I will do myself (optional)",
    },
    "workshop.send": {"nl": "Versturen", "en": "Send"},
    "workshop.send_event": {"nl": "Gebeurtenis toevoegen", "en": "Add the event"},
    "workshop.add_event": {"nl": "Er mist een gebeurtenis", "en": "An event is missing"},
    "workshop.sent": {"nl": "Ontvangen, dank u.", "en": "Received, thank you."},
    "workshop.thanks": {
        "nl": "Ontvangen. U kunt uw cijfers nog aanpassen zolang de workshop loopt.",
        "en": "Received. You can still change your scores while the workshop runs.",
    },
    "workshop.yours": {"nl": "Wat u stuurde", "en": "What you sent"},
    "workshop.withdraw": {"nl": "Weg", "en": "Remove"},
    # -- the report's appendix
    "report.workshops.title": {"nl": "Workshops", "en": "Workshops"},
    "report.workshops.lead": {
        "nl": {
            "one": "Dit lab hield {n} workshop waarin de deelnemers vanaf hun telefoon "
            "meededen, zonder dat zichtbaar was wie wat inbracht.",
            "other": "Dit lab hield {n} workshops waarin de deelnemers vanaf hun telefoon "
            "meededen, zonder dat zichtbaar was wie wat inbracht.",
        },
        "en": {
            "one": "This lab held {n} workshop in which participants took part from their "
            "phones, without it being visible who contributed what.",
            "other": "This lab held {n} workshops in which participants took part from their "
            "phones, without it being visible who contributed what.",
        },
    },
    "report.workshops.none": {
        "nl": "Er zijn geen workshops gehouden met de monitor.",
        "en": "No workshops were held with the monitor.",
    },
    "report.workshops.trend_caption": {
        "nl": "Mediaan per reflectievraag, van teamreflectie tot teamreflectie",
        "en": "Median per reflection question, from one team reflection to the next",
    },
    "report.workshops.figure.timeline": {
        "nl": "Tijdlijn '{title}': hoogtepunten boven de lijn, dieptepunten eronder; oranje "
        "omrand is verschillend beleefd",
        "en": "Timeline '{title}': highs above the line, lows below; ringed in orange where "
        "seen differently",
    },
    "report.workshops.figure.reflection": {
        "nl": "Teamreflectie '{title}': hoeveel deelnemers elk cijfer gaven",
        "en": "Team reflection '{title}': how many participants gave each score",
    },
    "report.workshops.figure.system": {
        "nl": "Systeemanalyse '{title}'",
        "en": "System analysis '{title}'",
    },
    "report.workshops.figure.eye_opener": {
        "nl": "Eyeopeners '{title}'",
        "en": "Eye-openers '{title}'",
    },
    "report.workshops.marks_caption": {
        "nl": "Gemarkeerde momenten met de reden",
        "en": "Marked moments with their reason",
    },
    "report.workshops.scores_caption": {
        "nl": "Cijfers per reflectievraag (1-10)",
        "en": "Scores per reflection question (1-10)",
    },
    "report.workshops.matrix_caption": {
        "nl": "Belemmeringen en kansen per systeemkenmerk en partij",
        "en": "Barriers and opportunities per system characteristic and party",
    },
    "report.workshops.eye_caption": {
        "nl": "Eyeopeners en eigen acties",
        "en": "Eye-openers and personal actions",
    },
    "report.workshops.median": {"nl": "Mediaan", "en": "Median"},
    "report.workshops.range": {"nl": "Spreiding", "en": "Range"},
    "report.workshops.reasons": {"nl": "Redenen", "en": "Reasons"},
    "report.workshops.kind": {"nl": "Soort", "en": "Kind"},
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
        "nl": {
            "one": "U hebt al 1 bijdrage gegeven; meer kan niet vanaf één telefoon.",
            "other": "U hebt al {n} bijdragen gegeven; meer kan niet vanaf één telefoon.",
        },
        "en": {
            "one": "You have given 1 entry already; one phone cannot add more.",
            "other": "You have given {n} entries already; one phone cannot add more.",
        },
    },
    "workshop.close_first": {
        "nl": "Sluit de workshop eerst: dan is er een bron om naar te verwijzen.",
        "en": "Close the workshop first: then there is a source to refer to.",
    },
}
