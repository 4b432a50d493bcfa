"""What a respondent's phone says when the store cannot take an answer right now."""

TEXT = {
    "survey.not_stored": {
        "nl": "Uw antwoord kon niet worden opgeslagen, er is niets verloren: uw keuze staat er "
        "nog. Probeer het over een moment opnieuw met dezelfde knop.",
        "en": "Your answer could not be saved, and nothing was lost: your choice is still "
        "there. Try again in a moment with the same button.",
    },
    "survey.store_down": {
        "nl": "De vragenlijst is even niet bereikbaar. Open de link over een moment opnieuw; "
        "wat u al beantwoordde, is bewaard.",
        "en": "The survey cannot be reached just now. Open the link again in a moment; what "
        "you already answered is kept.",
    },
}
