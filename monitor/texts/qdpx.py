"""Exchange with QDA packages (REFI-QDA): export of a lab, import of a coded project."""


def _n(nl_one: str, nl_other: str, en_one: str, en_other: str) -> dict:
    return {"nl": {"one": nl_one, "other": nl_other}, "en": {"one": en_one, "other": en_other}}


TEXT = {
    "qdpx.kind.enabler": {"nl": "Bevorderend", "en": "Enabling"},
    "qdpx.kind.barrier": {"nl": "Belemmerend", "en": "Hindering"},
    "qdpx.kind_description.enabler": {
        "nl": "Passages over wat helpt bij het thema '{theme}'.",
        "en": "Passages about what helps with the theme '{theme}'.",
    },
    "qdpx.kind_description.barrier": {
        "nl": "Passages over wat in de weg staat bij het thema '{theme}'.",
        "en": "Passages about what stands in the way of the theme '{theme}'.",
    },
    "qdpx.variable.group": {
        "nl": "De stakeholdergroep van de betrokkene.",
        "en": "The stakeholder group of the person.",
    },
    "qdpx.variable.source_date": {
        "nl": "De datum van de bron.",
        "en": "The date of the source.",
    },
    "qdpx.variable.source_kind": {
        "nl": "Het soort bron (interview, notulen, observatie, document, vragenlijst).",
        "en": "The kind of source (interview, minutes, observation, document, survey).",
    },
    "qdpx.variable.phase": {
        "nl": "De fase van het lab waarin de bron valt.",
        "en": "The phase of the lab the source belongs to.",
    },
    "qdpx.note_factor": {
        "nl": "Factor zonder geciteerde passage ({kind})",
        "en": "Factor without a quoted passage ({kind})",
    },
    "qdpx.note_question": {"nl": "Leervraag: {text}", "en": "Learning question: {text}"},
    "qdpx.note_theme": {"nl": "Thema: {theme}", "en": "Theme: {theme}"},
    "qdpx.note_status": {"nl": "Status: {status}", "en": "Status: {status}"},
    "qdpx.note_answer": {"nl": "Antwoord: {answer}", "en": "Answer: {answer}"},
    # reading
    "qdpx.not_refi": {
        "nl": "{file} is geen REFI-QDA-bestand. Exporteer het project uit uw QDA-pakket als "
        "'REFI-QDA project' (.qdpx) of het codeboek als .qdc, en upload dat bestand.",
        "en": "{file} is not a REFI-QDA file. Export the project from your QDA package as a "
        "'REFI-QDA project' (.qdpx), or the codebook as .qdc, and upload that file.",
    },
    "qdpx.no_entry": {
        "nl": "{file} bevat geen project.qde (gevonden .qde-bestanden: {found}). Exporteer het "
        "project opnieuw als REFI-QDA-project.",
        "en": "{file} holds no project.qde ({found} .qde files found). Export the project again "
        "as a REFI-QDA project.",
    },
    "qdpx.bad_xml": {
        "nl": "{file} is beschadigd: de XML klopt niet op regel {line}, kolom {column}. "
        "Exporteer het project opnieuw.",
        "en": "{file} is damaged: its XML breaks at line {line}, column {column}. Export the "
        "project again.",
    },
    "qdpx.bad_map": {
        "nl": "Het koppelbestand is geen CSV in UTF-8 met de kolommen code, theme en kind.",
        "en": "The mapping file is not a UTF-8 CSV with the columns code, theme and kind.",
    },
    "qdpx.map_unknown_code": {
        "nl": "Regel {row} van het koppelbestand: de code '{code}' staat niet in het project.",
        "en": "Row {row} of the mapping file: the code '{code}' is not in the project.",
    },
    "qdpx.map_unknown_theme": {
        "nl": "Regel {row} van het koppelbestand: het thema '{theme}' bestaat niet in dit lab. "
        "Gebruik een thema-id of -naam, 'new' voor een nieuw thema, of laat de cel leeg.",
        "en": "Row {row} of the mapping file: the theme '{theme}' does not exist in this lab. "
        "Use a theme id or name, 'new' for a new theme, or leave the cell empty.",
    },
    "qdpx.map_bad_kind": {
        "nl": "Regel {row} van het koppelbestand: '{kind}' is geen soort; gebruik bevorderend, "
        "belemmerend (of enabling, hindering), of laat de cel leeg.",
        "en": "Row {row} of the mapping file: '{kind}' is not a kind; use enabling or "
        "hindering (or bevorderend, belemmerend), or leave the cell empty.",
    },
    "qdpx.skip_theme": {
        "nl": "geen thema: koppel eerst een van de codes aan een thema",
        "en": "no theme: map one of its codes to a theme first",
    },
    "qdpx.skip_kind": {
        "nl": "niet gezegd of het bevorderend of belemmerend is",
        "en": "not said whether it is enabling or hindering",
    },
    "qdpx.skip_text": {"nl": "geen tekst", "en": "no text"},
    "qdpx.skip_source": {"nl": "bron ontbreekt in het project", "en": "source missing"},
    "qdpx.unsupported.source": _n(
        "{n} bron van een soort die hier niet kan ({what}): niet geïmporteerd",
        "{n} bronnen van een soort die hier niet kan ({what}): niet geïmporteerd",
        "{n} source of a kind this app cannot hold ({what}): not imported",
        "{n} sources of a kind this app cannot hold ({what}): not imported",
    ),
    "qdpx.unsupported.selection": _n(
        "{n} gecodeerd fragment in zo'n bron ({what}): niet geïmporteerd",
        "{n} gecodeerde fragmenten in zulke bronnen ({what}): niet geïmporteerd",
        "{n} coded segment in such a source ({what}): not imported",
        "{n} coded segments in such sources ({what}): not imported",
    ),
    "qdpx.unsupported.case_selections": _n(
        "{n} fragment dat aan een casus hangt: niet geïmporteerd",
        "{n} fragmenten die aan een casus hangen: niet geïmporteerd",
        "{n} segment attached to a case: not imported",
        "{n} segments attached to cases: not imported",
    ),
    "qdpx.unsupported.links": _n(
        "{n} koppeling tussen elementen: niet geïmporteerd",
        "{n} koppelingen tussen elementen: niet geïmporteerd",
        "{n} link between items: not imported",
        "{n} links between items: not imported",
    ),
    "qdpx.unsupported.graphs": _n(
        "{n} netwerkweergave: niet geïmporteerd",
        "{n} netwerkweergaven: niet geïmporteerd",
        "{n} network view: not imported",
        "{n} network views: not imported",
    ),
    "qdpx.unsupported.whole_source_codings": _n(
        "{n} codering van een hele bron (zonder passage): niet geïmporteerd",
        "{n} coderingen van een hele bron (zonder passage): niet geïmporteerd",
        "{n} coding of a whole source (no passage): not imported",
        "{n} codings of whole sources (no passage): not imported",
    ),
    "qdpx.unsupported.bad_positions": _n(
        "{n} fragment zonder geldige begin- en eindpositie: niet geïmporteerd",
        "{n} fragmenten zonder geldige begin- en eindpositie: niet geïmporteerd",
        "{n} segment without a valid start and end: not imported",
        "{n} segments without a valid start and end: not imported",
    ),
    "qdpx.unsupported.out_of_range": _n(
        "{n} fragment valt buiten de tekst van zijn bron: alleen de naam is bewaard",
        "{n} fragmenten vallen buiten de tekst van hun bron: alleen de naam is bewaard",
        "{n} segment lies outside its source's text: only its name was kept",
        "{n} segments lie outside their source's text: only their names were kept",
    ),
    "qdpx.unsupported.missing_text": _n(
        "{n} bron zonder tekst in het bestand: het citaat komt dan uit de naam van het "
        "fragment, als die er is",
        "{n} bronnen zonder tekst in het bestand: het citaat komt dan uit de naam van het "
        "fragment, als die er is",
        "{n} source without its text in the file: the quote then comes from the segment's "
        "name, where it has one",
        "{n} sources without their text in the file: the quote then comes from the segment's "
        "name, where it has one",
    ),
    "qdpx.unsupported.notes": _n(
        "{n} memo: niet geïmporteerd (een memo bij een fragment wordt de tekst van de factor)",
        "{n} memo's: niet geïmporteerd (een memo bij een fragment wordt de tekst van de factor)",
        "{n} memo: not imported (a memo on a segment becomes the factor's text)",
        "{n} memos: not imported (a memo on a segment becomes the factor's text)",
    ),
    "qdpx.unsupported.cases_unmatched": _n(
        "{n} casus zonder betrokkene met die code of naam in dit lab: niet gekoppeld",
        "{n} casussen zonder betrokkene met die code of naam in dit lab: niet gekoppeld",
        "{n} case with no stakeholder of that code or name in this lab: not linked",
        "{n} cases with no stakeholder of that code or name in this lab: not linked",
    ),
    # pages
    "qdpx.export_title": {
        "nl": "Naar een QDA-pakket (REFI-QDA)",
        "en": "To a QDA package (REFI-QDA)",
    },
    "qdpx.export_help": {
        "nl": "Een project voor ATLAS.ti, MAXQDA, NVivo of QualCoder: de thema's als codes "
        "(met bevorderend en belemmerend eronder), de bronnen met hun tekst, elk citaat van een "
        "factor als gecodeerd fragment, de betrokkenen als casussen en de leervragen als memo's. "
        "Bronnen van mensen die hun toestemming introkken blijven weg. Het bestand bevat de "
        "teksten van de bronnen: bewaar het zoals de bronnen zelf.",
        "en": "A project for ATLAS.ti, MAXQDA, NVivo or QualCoder: the themes as codes (with "
        "enabling and hindering under them), the sources with their text, every quote of a "
        "factor as a coded segment, the stakeholders as cases and the learning questions as "
        "memos. Sources of people who withdrew their consent are left out. The file holds the "
        "texts of the sources: keep it as safe as the sources themselves.",
    },
    "qdpx.names": {
        "nl": "Namen van betrokkenen gebruiken in plaats van hun codes",
        "en": "Use the names of stakeholders instead of their codes",
    },
    "qdpx.download": {"nl": "Project (.qdpx)", "en": "Project (.qdpx)"},
    "qdpx.download_codebook": {"nl": "Alleen het codeboek (.qdc)", "en": "Codebook only (.qdc)"},
    "qdpx.import_label": {"nl": "QDA-project", "en": "QDA project"},
    "qdpx.import_file": {
        "nl": "REFI-QDA-project (.qdpx, .qde) of codeboek (.qdc)",
        "en": "REFI-QDA project (.qdpx, .qde) or codebook (.qdc)",
    },
    "qdpx.import_help": {
        "nl": "Uit ATLAS.ti, MAXQDA, NVivo, QualCoder of Taguette. Elk gecodeerd fragment wordt "
        "een voorstel voor een factor; er wordt niets opgeslagen voordat u het bevestigt.",
        "en": "From ATLAS.ti, MAXQDA, NVivo, QualCoder or Taguette. Every coded segment becomes "
        "a proposed factor; nothing is stored before you confirm it.",
    },
    "qdpx.read": {"nl": "Project inlezen", "en": "Read the project"},
    "qdpx.read_done": {
        "nl": "Ingelezen uit {origin}: {codes} codes, {selections} fragmenten, {sources} bronnen.",
        "en": "Read from {origin}: {codes} codes, {selections} segments, {sources} sources.",
    },
    "qdpx.pending_imports": {"nl": "Ingelezen projecten", "en": "Projects read in"},
    "qdpx.mapping": {"nl": "1. Codes koppelen aan thema's", "en": "1. Map codes to themes"},
    "qdpx.mapping_help": {
        "nl": "Voorgesteld uit de naam en beschrijving van elke code. Kies 'nieuw thema' om de "
        "code als eigen thema aan het lab toe te voegen, of geen thema om haar over te slaan.",
        "en": "Suggested from each code's name and description. Choose 'new theme' to add the "
        "code to the lab as a theme of its own, or no theme to leave it out.",
    },
    "qdpx.col_code": {"nl": "Code", "en": "Code"},
    "qdpx.col_theme": {"nl": "Thema", "en": "Theme"},
    "qdpx.col_kind": {"nl": "Soort", "en": "Kind"},
    "qdpx.no_theme": {"nl": "(geen thema)", "en": "(no theme)"},
    "qdpx.new_theme": {"nl": "(nieuw thema)", "en": "(new theme)"},
    "qdpx.no_kind": {"nl": "(niet gezegd)", "en": "(not said)"},
    "qdpx.save_mapping": {"nl": "Koppeling opslaan", "en": "Save the mapping"},
    "qdpx.phase": {
        "nl": "Fase voor bronnen waarvan de datum in geen fase valt",
        "en": "Phase for sources whose date falls in no phase",
    },
    "qdpx.drafts": {"nl": "2. Voorstellen bevestigen", "en": "2. Confirm the proposals"},
    "qdpx.default_kind": {
        "nl": "Soort voor voorstellen waarvan de codes het niet zeggen",
        "en": "Kind for proposals whose codes do not say",
    },
    "qdpx.confirm_all": {
        "nl": {"one": "Het voorstel bevestigen", "other": "Alle {n} voorstellen bevestigen"},
        "en": {"one": "Confirm the proposal", "other": "Confirm all {n} proposals"},
    },
    "qdpx.confirm_one": {"nl": "Bevestigen", "en": "Confirm"},
    "qdpx.reject_one": {"nl": "Afwijzen", "en": "Reject"},
    "qdpx.confirmed": _n(
        "{n} factor opgeslagen.",
        "{n} factoren opgeslagen.",
        "{n} factor stored.",
        "{n} factors stored.",
    ),
    "qdpx.skipped": _n(
        "{n} voorstel nog niet bevestigd:",
        "{n} voorstellen nog niet bevestigd:",
        "{n} proposal not confirmed yet:",
        "{n} proposals not confirmed yet:",
    ),
    "qdpx.unsupported_title": {"nl": "Niet geïmporteerd", "en": "Not imported"},
    "qdpx.codebook_only": {
        "nl": "Dit is een codeboek zonder bronnen of fragmenten: koppel de codes en voeg "
        "nieuwe thema's toe; er zijn geen factoren te bevestigen.",
        "en": "This is a codebook without sources or segments: map the codes and add new "
        "themes; there are no factors to confirm.",
    },
    "qdpx.no_phases": {
        "nl": "Dit lab heeft nog geen fasen. Leg eerst de fasen vast (Lab en fasen).",
        "en": "This lab has no phases yet. Set up its phases first (Lab and phases).",
    },
    "qdpx.more": {
        "nl": {
            "one": "De eerste {shown} van {n} voorstel staan hieronder.",
            "other": "De eerste {shown} van {n} voorstellen staan hieronder.",
        },
        "en": {
            "one": "The first {shown} of {n} proposal are shown below.",
            "other": "The first {shown} of {n} proposals are shown below.",
        },
    },
}
