"""The room and the phones: what a computer other than the researcher's sees in local mode."""

TEXT = {
    "access.not_here_title": {"nl": "Social Lab Monitor", "en": "Social Lab Monitor"},
    "access.not_here_body": {
        "nl": "De werkplek van de onderzoeker is alleen open op de eigen computer. Heeft u een "
        "link gekregen voor een vragenlijst of een stemming? Open dan die link.",
        "en": "The researcher's workbench is open only on their own computer. Did you get a link "
        "to a survey or a vote? Please open that link.",
    },
}
TEXT.update(
    {
        # -- one ballot per phone, the code to type ------------------------------------------
        "meeting.voters": {
            "nl": {"one": "{n} deelnemer heeft gestemd", "other": "{n} deelnemers hebben gestemd"},
            "en": {"one": "{n} participant has voted", "other": "{n} participants have voted"},
        },
        "meeting.log_vote": {
            "nl": {
                "one": "{n} deelnemer stemde: {result}",
                "other": "{n} deelnemers stemden: {result}",
            },
            "en": {
                "one": "{n} participant voted: {result}",
                "other": "{n} participants voted: {result}",
            },
        },
        "vote.already_here": {
            "nl": "U hebt in deze ronde al gestemd met deze telefoon. Uw stem telt één keer.",
            "en": "You have already voted in this round on this phone. Your vote counts once.",
        },
        "vote.bad_code": {
            "nl": "Deze code klopt niet, of de stemronde is gesloten. Een code heeft {length} "
            "letters. Kijk nog eens op het scherm.",
            "en": "This code is not right, or the voting round has closed. A code has {length} "
            "letters. Please look at the screen again.",
        },
        "vote.code_title": {"nl": "Stemmen met een code", "en": "Vote with a code"},
        "vote.code_label": {"nl": "Code van het scherm", "en": "Code on the screen"},
        "vote.code_help": {
            "nl": "Typ de zes letters die op het scherm staan.",
            "en": "Type the six letters shown on the screen.",
        },
        "vote.code_go": {"nl": "Naar de stemming", "en": "Go to the vote"},
        "vote.code_wait": {
            "nl": "Te veel codes geprobeerd. Wacht een minuut en probeer het dan opnieuw.",
            "en": "Too many codes tried. Please wait a minute and try again.",
        },
    }
)
TEXT.update(
    {
        # -- addresses that are not a page (for this visitor) -------------------------------
        "nav.unavailable_title": {"nl": "Deze pagina is er niet", "en": "This page is not here"},
        "nav.unavailable_body": {
            "nl": "Dit adres hoort niet bij een pagina die voor u open is. Kies een pagina in "
            "het menu, of ga naar het begin.",
            "en": "This address is not a page that is open to you. Choose a page in the menu, "
            "or go to the start.",
        },
        "nav.to_start": {"nl": "Naar het begin", "en": "Go to the start"},
    }
)
TEXT.update(
    {
        # -- the calm meeting screen --------------------------------------------------------
        "meeting.step5_since": {"nl": "1 · Wat is nieuw", "en": "1 · What is new"},
        "meeting.step5_questions": {"nl": "2 · Leervragen", "en": "2 · Learning questions"},
        "meeting.step5_vote": {"nl": "3 · Prioriteren", "en": "3 · Prioritise"},
        "meeting.step5_actions": {"nl": "4 · Acties", "en": "4 · Actions"},
        "meeting.step5_close": {"nl": "5 · Afsluiten", "en": "5 · Close"},
        "meeting.more": {
            "nl": {"one": "Nog {n} andere", "other": "Nog {n} andere"},
            "en": {"one": "{n} more", "other": "{n} more"},
        },
        "meeting.evidence_summary": {
            "nl": "Onderbouwing: {factors} uit {sources}, {groups}. Acties: {actions}.",
            "en": "Evidence: {factors} from {sources}, {groups}. Actions: {actions}.",
        },
        "meeting.details": {
            "nl": "Factoren, acties en geschiedenis",
            "en": "Factors, actions and history",
        },
        "meeting.qr_alt": {
            "nl": "QR-code: scan met de camera van uw telefoon om te stemmen",
            "en": "QR code: scan it with your phone's camera to vote",
        },
        "meeting.vote_type_code": {
            "nl": "Geen camera? Ga naar **{where}** en typ de code **{code}**.",
            "en": "No camera? Go to **{where}** and type the code **{code}**.",
        },
        "meeting.room_show": {"nl": "Toon aan de zaal", "en": "Show to the room"},
        "meeting.room_title": {"nl": "Stem mee met uw telefoon", "en": "Vote with your phone"},
        "meeting.room_or_type": {
            "nl": "Scan de code, of ga naar {where} en typ deze code:",
            "en": "Scan the code, or go to {where} and type this code:",
        },
        "meeting.room_back": {"nl": "Terug naar het overleg", "en": "Back to the meeting"},
    }
)
TEXT.update(
    {
        # -- self-completion ------------------------------------------------------------------
        "surveys.interview_protocol": {
            "nl": "Dit is een interviewprotocol: het is geschreven om voor te lezen. Wie het "
            "alleen "
            "invult, ziet de aanwijzingen voor de interviewer niet en krijgt veel open vragen. "
            "Vult u het samen met de respondent in (interviewermodus)? Dan is het goed. Voor "
            "zelf invullen is een vragenlijst beter, bijvoorbeeld: {others}.",
            "en": "This is an interview protocol: it is written to be read out. Someone filling "
            "it in alone does not see the interviewer's guidance and gets many open questions. "
            "Will you fill it in together with the respondent (interviewer mode)? Then it is "
            "fine. For filling in alone a questionnaire is better, for example: {others}.",
        },
    }
)
