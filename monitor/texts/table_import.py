"""Tables as spreadsheets write them (CSV in any of the usual dialects, XLSX): the messages on
a row that cannot be read, and the question whether a date has its day or its month first."""

TEXT = {
    "error.row_extra_cells": {
        "nl": {
            "one": "deze rij heeft {n} cel meer dan er kolommen in de eerste rij staan ({cells}). "
            "Staat er een komma of puntkomma in een tekst? Zet die tekst dan tussen "
            "aanhalingstekens, of geef de kolom een naam in de eerste rij.",
            "other": "deze rij heeft {n} cellen meer dan er kolommen in de eerste rij staan "
            "({cells}). Staat er een komma of puntkomma in een tekst? Zet die tekst dan tussen "
            "aanhalingstekens, of geef de kolommen een naam in de eerste rij.",
        },
        "en": {
            "one": "this row has {n} cell more than the first row has columns ({cells}). Is "
            "there a comma or semicolon in a text? Then put that text between quotes, or give "
            "the column a name in the first row.",
            "other": "this row has {n} cells more than the first row has columns ({cells}). Is "
            "there a comma or semicolon in a text? Then put that text between quotes, or give "
            "the columns a name in the first row.",
        },
    },
    "error.table_date": {
        "nl": "{field}: '{value}' is geen datum die we kunnen lezen. Schrijf bijvoorbeeld "
        "2026-03-12 of {example}, of maak er in de spreadsheet een datumcel van.",
        "en": "{field}: '{value}' is not a date we can read. Write, for example, 2026-03-12 or "
        "{example}, or make it a date cell in the spreadsheet.",
    },
    "error.table_phase": {
        "nl": "{field}: '{value}' is geen fase van dit lab. Schrijf het nummer, de naam of "
        "'fase 2'; de fasen zijn {phases}.",
        "en": "{field}: '{value}' is not a phase of this lab. Write its number, its name or "
        "'phase 2'; the phases are {phases}.",
    },
    "import.date_order": {
        "nl": "Hoe staan data als 3-4-2026 in dit bestand?",
        "en": "How are dates such as 3-4-2026 written in this file?",
    },
    "import.date_order_help": {
        "nl": "Geen enkele datum in het bestand laat zien of de dag of de maand voorop staat. "
        "Nederlandse spreadsheets zetten de dag voorop, Amerikaanse de maand.",
        "en": "No date in the file shows whether the day or the month comes first. Dutch "
        "spreadsheets put the day first, American ones the month.",
    },
    "import.day_first": {"nl": "Dag eerst: 3 april 2026", "en": "Day first: 3 April 2026"},
    "import.month_first": {
        "nl": "Maand eerst: 4 maart 2026",
        "en": "Month first: March 4, 2026",
    },
}
