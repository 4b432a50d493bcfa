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
