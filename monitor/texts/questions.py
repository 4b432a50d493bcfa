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
    "questions.after_project": {"nl": "Na het project", "en": "After the project"},
    "questions.after_project_help": {
        "nl": "Verankeringsvragen: wat moet blijven, wie wordt eigenaar en hoe komt de aanpak in "
        "het reguliere aanbod.",
        "en": "Anchoring questions: what must stay, who will own it, and how the approach enters "
        "the regular offer.",
    },
    "questions.settings": {"nl": "Opvolging instellen", "en": "Follow-up settings"},
    "questions.nearing_end": {
        "nl": "Het lab loopt tegen zijn einde",
        "en": "The lab is nearing its end",
    },
    "questions.nearing_end_help": {
        "nl": "Vanaf nu stelt de monitor in de huidige fase verankeringsvragen voor, niet pas in "
        "de laatste fase.",
        "en": "From now on the monitor proposes anchoring questions in the current phase, not "
        "only in the last one.",
    },
    "questions.stall_weeks": {
        "nl": "Een open actie staat stil na zoveel weken zonder bijwerken",
        "en": "An open action is stalled after this many weeks without an update",
    },
    "error.stall_weeks": {
        "nl": "Kies een aantal weken van {min} tot en met {max}. Er is niets opgeslagen.",
        "en": "Choose a number of weeks from {min} to {max}. Nothing was saved.",
    },
    "report.decide.after_project": {
        "nl": "Na het project (verankering):",
        "en": "After the project (anchoring):",
    },
    "prompt.accepted_no_action": {
        "nl": "Op de agenda maar nog zonder actie: {question}",
        "en": "On the agenda but without an action yet: {question}",
    },
    "prompt.stalled": {
        "nl": {
            "one": "Actie staat stil, {n} week niet bijgewerkt (sinds {since}): {action}",
            "other": "Actie staat stil, {n} weken niet bijgewerkt (sinds {since}): {action}",
        },
        "en": {
            "one": "Action stalled, not updated for {n} week (since {since}): {action}",
            "other": "Action stalled, not updated for {n} weeks (since {since}): {action}",
        },
    },
    "prompt.open_phases": {
        "nl": {
            "one": "Staat al {n} fase open: {question}",
            "other": "Staat al {n} fasen open, tijd om te beslissen of bij te stellen: {question}",
        },
        "en": {
            "one": "Open for {n} phase: {question}",
            "other": "Open for {n} phases, time to decide or reframe it: {question}",
        },
    },
    "prompt.go_agenda": {"nl": "Naar de leervraag", "en": "To the learning question"},
    "prompt.go_actions": {"nl": "Naar de acties", "en": "To the actions"},
    "prompt.go_drafts": {"nl": "Naar de voorstellen", "en": "To the proposals"},
    "minutes.tab": {"nl": "Uit de notulen", "en": "From the minutes"},
    "minutes.help": {
        "nl": 'De monitor leest besluiten en acties uit een verslag ("actie:", "afspraak", '
        '"<naam> zoekt uit", "vóór <datum>", "uiterlijk"). Er wordt niets opgeslagen tot u '
        "een voorstel bevestigt.",
        "en": 'The monitor reads decisions and actions from minutes ("action:", "agreed", '
        '"<name> will", "by <date>", "no later than"). Nothing is stored until you '
        "confirm a proposal.",
    },
    "minutes.source": {"nl": "Verslag", "en": "Minutes"},
    "minutes.no_sources": {
        "nl": "Er zijn nog geen notulen. Voeg ze toe bij Bronnen (soort: notulen) of sluit een "
        "overleg af op de pagina Stuurgroep.",
        "en": "There are no minutes yet. Add them under Sources (kind: minutes) or close a "
        "meeting on the Steering group page.",
    },
    "minutes.none_found": {
        "nl": "In dit verslag staan geen herkenbare besluiten of acties.",
        "en": "These minutes hold no recognisable decisions or actions.",
    },
    "minutes.found": {
        "nl": {
            "one": "{n} voorstel uit regel {lines}",
            "other": "{n} voorstellen uit de regels {lines}",
        },
        "en": {
            "one": "{n} proposal from line {lines}",
            "other": "{n} proposals from lines {lines}",
        },
    },
    "minutes.kind.action": {"nl": "Actie", "en": "Action"},
    "minutes.kind.decision": {"nl": "Besluit", "en": "Decision"},
    "minutes.line": {"nl": "regel {line}", "en": "line {line}"},
    "minutes.text": {"nl": "Tekst", "en": "Text"},
    "minutes.owner": {"nl": "Eigenaar", "en": "Owner"},
    "minutes.owner_unknown": {
        "nl": "Genoemd als eigenaar maar niet bij de betrokkenen: {name}",
        "en": "Named as owner but not among the stakeholders: {name}",
    },
    "minutes.due": {"nl": "Uiterlijk", "en": "Due"},
    "minutes.question": {"nl": "Bij leervraag", "en": "For learning question"},
    "minutes.confirm": {"nl": "Bevestigen", "en": "Confirm"},
    "minutes.stored": {"nl": "Opgeslagen", "en": "Stored"},
    "minutes.decision": {"nl": "Besluit", "en": "Decision"},
    "error.minutes_no_question": {
        "nl": "Kies de leervraag waar dit besluit bij hoort. Er is niets opgeslagen.",
        "en": "Choose the learning question this decision belongs to. Nothing was saved.",
    },
    "event.decided": {"nl": "besloten", "en": "decided"},
    "round.tab": {"nl": "Volgende interviewronde", "en": "Next interview round"},
    "round.title": {
        "nl": "Interviewronde {phase} — {lab}",
        "en": "Interview round {phase} — {lab}",
    },
    "round.description": {
        "nl": {
            "one": "Dit gesprek gaat over de leervraag die in de fase {phase} open staat. We "
            "willen weten wat er sindsdien is veranderd en wat er nog nodig is.",
            "other": "Dit gesprek gaat over de {n} leervragen die in de fase {phase} open staan. "
            "We willen weten wat er sindsdien is veranderd en wat er nog nodig is.",
        },
        "en": {
            "one": "This interview is about the learning question open in the phase {phase}. We "
            "want to know what has changed since and what is still needed.",
            "other": "This interview is about the {n} learning questions open in the phase "
            "{phase}. We want to know what has changed since and what is still needed.",
        },
    },
    "round.change": {
        "nl": "Sinds {since} staat deze leervraag op de agenda: “{question}” Wat is er sindsdien "
        "veranderd, en waardoor?",
        "en": "Since {since} this learning question has been on the agenda: “{question}” What "
        "has changed since then, and why?",
    },
    "round.change_hint": {
        "nl": "Voor de interviewer: vraag naar een concreet voorbeeld, en naar wat er nog "
        "ontbreekt om de vraag te beantwoorden.",
        "en": "For the interviewer: ask for a concrete example, and for what is still missing "
        "to answer the question.",
    },
    "round.help": {
        "nl": "Een concept-protocol uit de open leervragen van deze fase: per vraag de vragen "
        "uit de meegeleverde protocollen die bij de indicatoren van het thema horen, en één "
        "vraag over de leervraag zelf. Pas de tekst aan en sla het op; het gesprek staat daarna "
        "bij Interview.",
        "en": "A draft protocol from the open learning questions of this phase: per question "
        "the questions of the shipped protocols that fit the indicators of its theme, and one "
        "question about the learning question itself. Edit the text and save it; the interview "
        "then appears under Interview.",
    },
    "round.none": {
        "nl": "Deze fase heeft geen open leervragen om een interviewronde op te bouwen.",
        "en": "This phase has no open learning questions to build an interview round on.",
    },
    "round.text": {"nl": "Protocol (YAML)", "en": "Protocol (YAML)"},
    "round.save": {"nl": "Opslaan als instrument", "en": "Save as instrument"},
    "round.saved": {
        "nl": "Opgeslagen als {title}. U vindt het bij Interview.",
        "en": "Saved as {title}. You find it under Interview.",
    },
    "round.summary": {
        "nl": {
            "one": "{n} vraag in {sections}",
            "other": "{n} vragen in {sections}",
        },
        "en": {
            "one": "{n} question in {sections}",
            "other": "{n} questions in {sections}",
        },
    },
    "round.sections": {
        "nl": {"one": "{n} onderdeel", "other": "{n} onderdelen"},
        "en": {"one": "{n} section", "other": "{n} sections"},
    },
    "round.make": {
        "nl": {
            "one": "Concept maken uit {n} open leervraag",
            "other": "Concept maken uit {n} open leervragen",
        },
        "en": {
            "one": "Draft it from {n} open learning question",
            "other": "Draft it from {n} open learning questions",
        },
    },
    "prompt.choose": {"nl": "Naar een van deze signalen", "en": "Go to one of these prompts"},
    "questions.more_evidence": {
        "nl": {
            "one": "… en nog {n} factor (alle factoren staan in het factoroverzicht)",
            "other": "… en nog {n} factoren (alle factoren staan in het factoroverzicht)",
        },
        "en": {
            "one": "… and {n} more factor (all factors are in the factor overview)",
            "other": "… and {n} more factors (all factors are in the factor overview)",
        },
    },
    "questions.page": {
        "nl": {"one": "{n} leervraag", "other": "{n} leervragen, per tien"},
        "en": {"one": "{n} learning question", "other": "{n} learning questions, ten at a time"},
    },
}
