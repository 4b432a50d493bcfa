"""XLSForms as they are in the wild: the problems that refuse a form, each with its place and
what to do, and the notes on what was left out. In the words of a spreadsheet user."""

TEXT = {
    "xlsform.w.problems": {
        "nl": {
            "one": "{file} kan niet worden overgenomen; los dit op en upload het opnieuw:",
            "other": "{file} kan niet worden overgenomen; los deze {n} punten op en upload het "
            "opnieuw:",
        },
        "en": {
            "one": "{file} cannot be imported; fix this and upload it again:",
            "other": "{file} cannot be imported; fix these {n} points and upload it again:",
        },
    },
    "xlsform.w.no_questions": {
        "nl": "{file}, blad survey: geen enkele rij is een vraag die we kunnen overnemen "
        "(tekst, getal, datum, keuze, notitie). Voeg zulke vragen toe, of kijk in de notities "
        "welke rijen zijn overgeslagen en waarom.",
        "en": "{file}, sheet survey: not one row is a question we can import (text, number, "
        "date, choice, note). Add such questions, or see in the notes which rows were left out "
        "and why.",
    },
    "xlsform.w.no_type": {
        "nl": "{file}, blad survey, rij {row}: de cel in de kolom type is leeg terwijl de rij "
        "wel iets bevat. Vul het vraagtype in (bijvoorbeeld text of select_one lijst) of maak "
        "de rij leeg.",
        "en": "{file}, sheet survey, row {row}: the cell in the type column is empty, but the "
        "row holds something. Fill in the question type (for example text or select_one list) "
        "or clear the row.",
    },
    "xlsform.w.no_name": {
        "nl": "{file}, blad survey, rij {row}: de vraag heeft geen naam. Vul in de kolom name "
        "een korte naam in met letters, cijfers en _, zoals leeftijd.",
        "en": "{file}, sheet survey, row {row}: the question has no name. Fill in a short name "
        "of letters, digits and _ in the name column, such as age.",
    },
    "xlsform.w.duplicate_name": {
        "nl": "{file}, blad survey, rij {row}: de naam '{name}' is al gebruikt in rij {first}. "
        "Geef elke vraag in de kolom name een eigen naam.",
        "en": "{file}, sheet survey, row {row}: the name '{name}' is already used in row "
        "{first}. Give every question its own name in the name column.",
    },
    "xlsform.w.no_list_name": {
        "nl": "{file}, blad choices, rij {row}: de kolom list_name is leeg. Vul de naam in van "
        "de keuzelijst waar deze keuze bij hoort.",
        "en": "{file}, sheet choices, row {row}: the list_name column is empty. Fill in the name "
        "of the choice list this choice belongs to.",
    },
    "xlsform.w.no_choice_name": {
        "nl": "{file}, blad choices, rij {row}: de keuze heeft geen naam (kolom name). Vul een "
        "korte waarde in, zoals ja of 1.",
        "en": "{file}, sheet choices, row {row}: the choice has no name (name column). Fill in a "
        "short value, such as yes or 1.",
    },
    "xlsform.w.note_unknown_column": {
        "nl": "Blad {sheet}, kolom '{column}': geen kolom die we gebruiken; overgeslagen.",
        "en": "Sheet {sheet}, column '{column}': not a column we use; left out.",
    },
    "xlsform.w.note_form_id": {
        "nl": "Instellingen: de formuliernaam '{written}' is als '{used}' overgenomen (alleen "
        "kleine letters, cijfers en _, hoogstens {limit} tekens, met een letter vooraan).",
        "en": "Settings: the form id '{written}' was imported as '{used}' (only lower-case "
        "letters, digits and _, at most {limit} characters, a letter first).",
    },
    "xlsform.w.note_mode": {
        "nl": "Instellingen: mode '{value}' kennen we niet; het formulier is een vragenlijst "
        "(survey) geworden.",
        "en": "Settings: we do not know the mode '{value}'; the form became a survey.",
    },
    "xlsform.w.note_other_language": {
        "nl": "Het formulier heeft geen Nederlandse of Engelse teksten; de teksten in "
        "'{language}' zijn voor beide talen gebruikt. Vertaal ze later in het instrument.",
        "en": "The form has no Dutch or English texts; the texts in '{language}' were used for "
        "both languages. Translate them in the instrument later.",
    },
    "xlsform.w.note_names": {
        "nl": "Namen zijn aangepast aan wat we gebruiken (kleine letters, cijfers en _, een "
        "letter vooraan); verwijzingen als ${{naam}} zijn meeveranderd: {names}.",
        "en": "Names were changed to what we use (lower-case letters, digits and _, a letter "
        "first); references such as ${{name}} were changed with them: {names}.",
    },
    "xlsform.w.note_values": {
        "nl": "Keuzewaarden zijn aangepast (geen accenten of spaties; letters, cijfers, _ . en "
        "-); verwijzingen in voorwaarden zijn meeveranderd: {values}.",
        "en": "Choice values were changed (no accents or spaces; letters, digits, _ . and -); "
        "references in conditions were changed with them: {values}.",
    },
    "xlsform.w.note_reference": {
        "nl": "Kolom {column}: de voorwaarde verwijst naar een vraag die niet is overgenomen of "
        "pas later komt; ze is weggelaten, de vraag wordt altijd gesteld (rijen: {rows}).",
        "en": "Column {column}: the condition refers to a question that was not imported or "
        "comes later; it was left out, the question is always asked (rows: {rows}).",
    },
    "xlsform.w.note_expression": {
        "nl": "Kolom {column}: de formule gebruikt functies die we niet kunnen uitrekenen "
        "(zoals regex, string-length, today of if); ze is weggelaten (rijen: {rows}).",
        "en": "Column {column}: the formula uses functions we cannot evaluate (such as regex, "
        "string-length, today or if); it was left out (rows: {rows}).",
    },
    "xlsform.w.note_calculation": {
        "nl": "Berekeningen (kolom calculation) worden niet overgenomen (rijen: {rows}).",
        "en": "Calculations (calculation column) are not imported (rows: {rows}).",
    },
    "xlsform.w.note_choice_filter": {
        "nl": "Getrapte keuzes (choice_filter) worden niet ondersteund; alle keuzes van de "
        "lijst worden getoond (rijen: {rows}).",
        "en": "Cascading selects (choice_filter) are not supported; every choice of the list is "
        "shown (rows: {rows}).",
    },
    "xlsform.w.note_no_label": {
        "nl": "Vragen zonder tekst (label) hebben hun naam als tekst gekregen (rijen: {rows}).",
        "en": "Questions without a text (label) were given their name as text (rows: {rows}).",
    },
    "xlsform.w.note_choice_label": {
        "nl": "Keuzes zonder tekst (label) hebben hun naam als tekst gekregen (blad en rij: "
        "{rows}).",
        "en": "Choices without a text (label) were given their name as text (sheet and row: "
        "{rows}).",
    },
    "xlsform.w.note_duplicate_choice": {
        "nl": "Dubbele keuzes in een lijst zijn één keer overgenomen (blad en rij: {rows}).",
        "en": "Duplicate choices in a list were imported once (sheet and row: {rows}).",
    },
}

TEXT |= {
    "xlsform.w.note_time": {
        "nl": "Tijdvragen (time) zijn overgenomen als korte tekst; de tijd wordt getypt, zoals "
        "14:30 (rijen: {rows}).",
        "en": "Time questions (time) were imported as short text; the time is typed, as in "
        "14:30 (rows: {rows}).",
    },
    "xlsform.w.note_datetime": {
        "nl": "Vragen naar datum en tijd (datetime) vragen nu alleen de datum (rijen: {rows}).",
        "en": "Date-and-time questions (datetime) now ask for the date only (rows: {rows}).",
    },
}
TEXT |= {
    "xlsform.w.note_no_type": {
        "nl": "Rijen zonder vraagtype (kolom type) zijn overgeslagen, zoals andere programma's "
        "dat doen; vul een type in als het een vraag is (rijen: {rows}).",
        "en": "Rows without a question type (type column) were left out, as other programs do; "
        "fill in a type if it is a question (rows: {rows}).",
    },
}
TEXT |= {
    "xlsform.w.note_twice": {
        "nl": "Namen die twee keer voorkomen (in verschillende groepen) hebben een nummer "
        "gekregen (rij: oude naam → nieuwe naam): {names}.",
        "en": "Names used twice (in different groups) were given a number (row: old name → new "
        "name): {names}.",
    },
}
TEXT |= {
    "instrument.cli_stored": {
        "nl": {
            "one": "Instrument {id} is toegevoegd, met {n} vraag.",
            "other": "Instrument {id} is toegevoegd, met {n} vragen.",
        },
        "en": {
            "one": "Instrument {id} was added, with {n} question.",
            "other": "Instrument {id} was added, with {n} questions.",
        },
    },
    "instrument.cli_checked": {
        "nl": {
            "one": "Instrument {id} kan worden overgenomen, met {n} vraag; er is niets bewaard "
            "(--dry-run).",
            "other": "Instrument {id} kan worden overgenomen, met {n} vragen; er is niets bewaard "
            "(--dry-run).",
        },
        "en": {
            "one": "Instrument {id} can be imported, with {n} question; nothing was stored "
            "(--dry-run).",
            "other": "Instrument {id} can be imported, with {n} questions; nothing was stored "
            "(--dry-run).",
        },
    },
    "instrument.cli_refused": {
        "nl": {
            "one": "{file} is niet overgenomen ({n} probleem, zie de lijst); er is niets bewaard.",
            "other": "{file} is niet overgenomen ({n} problemen, zie de lijst); er is niets "
            "bewaard.",
        },
        "en": {
            "one": "{file} was not imported ({n} problem, see the list); nothing was stored.",
            "other": "{file} was not imported ({n} problems, see the list); nothing was stored.",
        },
    },
    "instrument.cli_problems": {"nl": "Problemen", "en": "Problems"},
    "instrument.cli_notes": {"nl": "Notities", "en": "Notes"},
}
TEXT |= {
    "xlsform.w.note_only_sheet": {
        "nl": "Het enige werkblad, '{sheet}', is als blad survey gelezen.",
        "en": "The only sheet, '{sheet}', was read as the survey sheet.",
    },
    "xlsform.w.note_stopped": {
        "nl": "Blad {sheet}: de rijen {first} tot en met {last} zijn leeg; daar is het lezen "
        "gestopt, zoals andere programma's doen. Wat daaronder staat, is niet overgenomen: "
        "haal de lege rijen weg als dat wel vragen of keuzes zijn.",
        "en": "Sheet {sheet}: rows {first} to {last} are empty; reading stopped there, as other "
        "programs do. Anything below was not imported: remove the empty rows if it holds "
        "questions or choices.",
    },
}
TEXT |= {
    "xlsform.w.invalid": {
        "nl": "{file}, blad {sheet}, rij {row}, kolom {column}: {reason}",
        "en": "{file}, sheet {sheet}, row {row}, column {column}: {reason}",
    },
}
