"""The programme level: labs of several regions, the cross-lab picture, the national learning
agenda, national meetings, sharing from a lab."""


def _n(nl_one: str, nl_other: str, en_one: str, en_other: str) -> dict:
    return {"nl": {"one": nl_one, "other": nl_other}, "en": {"one": en_one, "other": en_other}}


TEXT = {
    # -- records, roles, navigation
    "kind.programmes": {"nl": "programma", "en": "programme"},
    "kind.programme_shares": {"nl": "gedeeld onderdeel", "en": "shared item"},
    "kind.programme_questions": {"nl": "programmaleervraag", "en": "programme question"},
    "kind.programme_actions": {"nl": "programma-actie", "en": "programme action"},
    "kind.national_meetings": {"nl": "landelijke bijeenkomst", "en": "national meeting"},
    "kind.programme_votes": {"nl": "prioriteringsronde", "en": "prioritisation round"},
    "kind.table_sessions": {"nl": "tafelsessie", "en": "table session"},
    "kind.programme_evidence": {"nl": "programma-opbrengst", "en": "programme evidence"},
    "role.programme_lead": {"nl": "programmaleider", "en": "programme lead"},
    "event.owner": {"nl": "Trekker gewijzigd", "en": "Owner changed"},
    "programme.nav_section": {"nl": "Programma", "en": "Programme"},
    "programme.nav": {"nl": "Programma-overzicht", "en": "Programme overview"},
    "programme.nav_agenda": {"nl": "Landelijke leeragenda", "en": "National learning agenda"},
    "programme.nav_meeting": {"nl": "Landelijke bijeenkomst", "en": "National meeting"},
    "programme.nav_setup": {"nl": "Programma-instellingen", "en": "Programme settings"},
    "programme.nav_share": {"nl": "Delen met programma", "en": "Share with programme"},
    "programme.choose": {"nl": "Programma", "en": "Programme"},
    "programme.none_visible": {
        "nl": "Er is (nog) geen programma dat u mag zien. Een onderzoeker maakt het aan bij "
        "Programma-instellingen en voegt de labs toe.",
        "en": "There is no programme you may see (yet). A researcher creates one under "
        "Programme settings and adds the labs.",
    },
    # -- fields (also named in messages)
    "programme.name": {"nl": "Naam van het programma", "en": "Programme name"},
    "programme.description": {"nl": "Beschrijving", "en": "Description"},
    "programme.lead": {
        "nl": "Programmaleider (gebruikersnaam)",
        "en": "Programme lead (user name)",
    },
    "programme.lead_help": {
        "nl": "De gebruikersnaam waarmee de programmaleider inlogt; die ziet dan dit programma "
        "en wat de labs delen, en niets van de labs zelf.",
        "en": "The user name the programme lead logs in with; they then see this programme and "
        "what the labs share, and nothing of the labs themselves.",
    },
    "programme.language": {"nl": "Taal", "en": "Language"},
    "programme.region": {"nl": "Arbeidsmarktregio", "en": "Labour-market region"},
    "programme.pillar": {"nl": "Pijler", "en": "Pillar"},
    "programme.pillar_nl": {"nl": "Pijler (Nederlands)", "en": "Pillar (Dutch)"},
    "programme.pillar_en": {"nl": "Pijler (Engels)", "en": "Pillar (English)"},
    "programme.theme": {"nl": "Programmathema", "en": "Programme theme"},
    "programme.theme_nl": {"nl": "Thema (Nederlands)", "en": "Theme (Dutch)"},
    "programme.theme_en": {"nl": "Thema (Engels)", "en": "Theme (English)"},
    "programme.codebook_themes": {
        "nl": "Codeerthema's van de labs",
        "en": "The labs' coding themes",
    },
    "programme.share_kind": {"nl": "Wat deelt u?", "en": "What do you share?"},
    "programme.share_theme": {"nl": "Thema", "en": "Theme"},
    "programme.share_nl": {"nl": "Tekst (Nederlands)", "en": "Text (Dutch)"},
    "programme.share_en": {"nl": "Tekst (Engels)", "en": "Text (English)"},
    "programme.meeting_title": {"nl": "Titel van de bijeenkomst", "en": "Title of the meeting"},
    "programme.meeting_date": {"nl": "Datum", "en": "Date"},
    "programme.table": {"nl": "Tafel", "en": "Table"},
    "programme.mark": {"nl": "Soort inbreng", "en": "Kind of entry"},
    "programme.entry": {"nl": "Uw inbreng (één regel)", "en": "Your entry (one line)"},
    "share_kind.question": {"nl": "Leervraag", "en": "Learning question"},
    "share_kind.lesson": {"nl": "Les", "en": "Lesson"},
    "share_kind.principle": {"nl": "Ontwerpprincipe", "en": "Design principle"},
    "share_kind.practice": {"nl": "Goed voorbeeld", "en": "Best practice"},
    "programme.mark.bottleneck": {"nl": "Knelpunt", "en": "Bottleneck"},
    "programme.mark.solution": {"nl": "Oplossingsrichting", "en": "Solution direction"},
    "programme.mark.practice": {"nl": "Goed voorbeeld", "en": "Best practice"},
    "programme.mark_plural.bottleneck": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "programme.mark_plural.solution": {"nl": "Oplossingsrichtingen", "en": "Solution directions"},
    "programme.mark_plural.practice": {"nl": "Goede voorbeelden", "en": "Best practices"},
    "programme.mark_label": {"nl": "Wat is het?", "en": "What is it?"},
    "programme.origin.shared": {"nl": "uit gedeelde leervragen", "en": "from shared questions"},
    "programme.origin.barrier": {
        "nl": "uit terugkerende belemmeringen",
        "en": "from recurring barriers",
    },
    "programme.origin.meeting": {
        "nl": "uit een landelijke bijeenkomst",
        "en": "from a national meeting",
    },
    "programme.origin.manual": {"nl": "zelf toegevoegd", "en": "added by hand"},
    "programme.file.programme": {"nl": "programmarapport", "en": "programme-report"},
    "programme.file.meeting": {
        "nl": "verslag-landelijke-bijeenkomst",
        "en": "national-meeting-report",
    },
    # -- messages
    "programme.error.not_found": {
        "nl": "Dit programma bestaat niet of u heeft er geen toegang toe.",
        "en": "This programme does not exist, or you have no access to it.",
    },
    "programme.error.lead": {
        "nl": "'{value}' is geen gebruikersnaam: gebruik kleine letters, cijfers en . _ - @.",
        "en": "'{value}' is not a user name: use lower-case letters, digits and . _ - @.",
    },
    "programme.error.other_programme": {
        "nl": "{lab} hoort al bij het programma {name}. Een lab hoort bij ten hoogste één "
        "programma; haal het daar eerst weg.",
        "en": "{lab} already belongs to the programme {name}. A lab belongs to one programme "
        "at most; take it out there first.",
    },
    "programme.error.no_pillars": {
        "nl": "Een programma heeft minstens één pijler.",
        "en": "A programme has at least one pillar.",
    },
    "programme.error.pillar_in_use": {
        "nl": "Deze pijler heeft nog thema's (zoals '{theme}'); zet die eerst onder een andere "
        "pijler.",
        "en": "This pillar still has themes (such as '{theme}'); move them to another pillar "
        "first.",
    },
    "programme.error.codebook_theme": {
        "nl": "'{theme}' is geen codeerthema van het codeboek.",
        "en": "'{theme}' is not a theme of the codebook.",
    },
    "programme.error.theme_in_use": _n(
        "Op dit thema staat nog 1 leervraag op de agenda; beantwoord of laat die eerst vervallen.",
        "Op dit thema staan nog {n} leervragen op de agenda; beantwoord of laat ze eerst vallen.",
        "1 learning question on this theme is still on the agenda; answer or drop it first.",
        "{n} learning questions on this theme are still on the agenda; answer or drop them first.",
    ),
    "programme.error.members_forbidden": {
        "nl": "Alleen een onderzoeker met toegang tot alle labs maakt programma's en voegt labs "
        "toe.",
        "en": "Only a researcher with access to every lab creates programmes and adds labs.",
    },
    "programme.error.share_forbidden": {
        "nl": "Alleen een onderzoeker van dit lab beslist wat het lab deelt.",
        "en": "Only a researcher of this lab decides what the lab shares.",
    },
    "programme.error.name_in_text": {
        "nl": "De tekst noemt {name}. Wat een lab deelt, noemt nooit personen; schrijf het "
        "zonder namen.",
        "en": "The text names {name}. What a lab shares never names people; write it without "
        "names.",
    },
    "programme.error.no_programme": {
        "nl": "Dit lab hoort (nog) niet bij een programma.",
        "en": "This lab does not belong to a programme (yet).",
    },
    "programme.error.share_draft": {
        "nl": "Deel alleen leervragen die op de agenda staan, geen voorstellen.",
        "en": "Share only learning questions on the agenda, not proposals.",
    },
    "programme.error.owner_not_member": {
        "nl": "Trekker kan alleen een lab van dit programma zijn (of het programmateam).",
        "en": "The owner can only be a lab of this programme (or the programme team).",
    },
    "programme.error.vote_items": {
        "nl": "Kies minstens twee thema's of leervragen om te prioriteren.",
        "en": "Choose at least two themes or questions to prioritise.",
    },
    "programme.error.bad_choice": _n(
        "Kies één onderdeel.",
        "Kies één tot {n} onderdelen.",
        "Choose one item.",
        "Choose one to {n} items.",
    ),
    "programme.error.tables": _n(
        "Kies voor elke tafel een thema van het programma (ten hoogste 1 tafel).",
        "Kies voor elke tafel een thema van het programma (ten hoogste {n} tafels).",
        "Choose a programme theme for each table (1 table at most).",
        "Choose a programme theme for each table ({n} tables at most).",
    ),
    "programme.error.meeting_open": {
        "nl": "Er loopt al een landelijke bijeenkomst; sluit die eerst.",
        "en": "A national meeting is already running; close it first.",
    },
    "programme.bad_link": {
        "nl": "Deze link werkt niet (meer). Scan de QR-code op het scherm opnieuw.",
        "en": "This link does not work (any more). Scan the QR code on the screen again.",
    },
    "programme.meeting_closed": {
        "nl": "Deze bijeenkomst is afgesloten. Dank voor uw inbreng!",
        "en": "This meeting has closed. Thank you for taking part!",
    },
    # -- the cross-lab view
    "programme.view_intro": {
        "nl": "Wat de labs van dit programma samen laten zien: tellingen per thema en wat labs "
        "zelf delen. Bronnen, namen en antwoorden blijven in de labs.",
        "en": "What the labs of this programme show together: counts per theme and what labs "
        "share themselves. Sources, names and answers stay in the labs.",
    },
    "programme.filter_regions": {"nl": "Regio's", "en": "Regions"},
    "programme.filter_period": {"nl": "Periode", "en": "Period"},
    "programme.metric_labs": {"nl": "Labs", "en": "Labs"},
    "programme.metric_shared_barriers": {
        "nl": "Belemmerd in 2+ labs",
        "en": "Barriers in 2+ labs",
    },
    "programme.metric_shared_barriers_help": {
        "nl": "Thema's waarop twee of meer labs belemmeringen vinden.",
        "en": "Themes on which two or more labs find barriers.",
    },
    "programme.metric_persistent": {"nl": "Hardnekkige belemmeringen", "en": "Persistent barriers"},
    "programme.metric_shared": {"nl": "Gedeelde onderdelen", "en": "Shared items"},
    "programme.no_labs": {
        "nl": "Dit programma heeft (in deze selectie) geen labs.",
        "en": "This programme has no labs (in this selection).",
    },
    "programme.by_pillar": {"nl": "Per pijler en thema", "en": "By pillar and theme"},
    "programme.pillar_empty": {
        "nl": "Geen thema's onder deze pijler.",
        "en": "No themes under this pillar.",
    },
    "programme.col_theme": {"nl": "Thema", "en": "Theme"},
    "programme.col_labs": {"nl": "Labs", "en": "Labs"},
    "programme.col_barrier_labs": {"nl": "Belemmering", "en": "Barriers"},
    "programme.col_enabler_labs": {"nl": "Stimulans", "en": "Enablers"},
    "programme.col_persistent": {"nl": "Hardnekkig", "en": "Persistent"},
    "programme.col_rank": {"nl": "Plaats", "en": "Rank"},
    "programme.col_item": {"nl": "Thema of leervraag", "en": "Theme or question"},
    "programme.col_points": {"nl": "Punten", "en": "Points"},
    "programme.persistent_title": {
        "nl": "Hardnekkige belemmeringen over labs heen",
        "en": "Persistent barriers across labs",
    },
    "programme.persistent_none": {
        "nl": "Geen thema waarop belemmeringen in twee of meer labs terugkomen over de fasen.",
        "en": "No theme where barriers come back over the phases in two or more labs.",
    },
    "programme.persistent_line": _n(
        "{theme}: hardnekkig in 1 lab ({labs})",
        "{theme}: hardnekkig in {n} labs ({labs})",
        "{theme}: persistent in 1 lab ({labs})",
        "{theme}: persistent in {n} labs ({labs})",
    ),
    "programme.heatmap_title": {"nl": "Labs en thema's", "en": "Labs and themes"},
    "programme.heatmap_measure": {"nl": "Tel", "en": "Count"},
    "programme.measure.barriers": {"nl": "Belemmeringen", "en": "Barriers"},
    "programme.measure.enablers": {"nl": "Stimulansen", "en": "Enablers"},
    "programme.heatmap_caption": {
        "nl": "Per lab het aantal gecodeerde factoren per programmathema.",
        "en": "Per lab the number of coded factors per programme theme.",
    },
    "programme.questions_title": {"nl": "Gedeelde leervragen", "en": "Shared learning questions"},
    "programme.questions_none": {
        "nl": "Nog geen lab deelt een leervraag.",
        "en": "No lab shares a learning question yet.",
    },
    "programme.no_theme": {"nl": "Zonder programmathema", "en": "Without a programme theme"},
    "programme.group_line": _n(
        "{theme} · gedeeld door 1 lab: {labs}",
        "{theme} · gedeeld door {n} labs: {labs}",
        "{theme} · shared by 1 lab: {labs}",
        "{theme} · shared by {n} labs: {labs}",
    ),
    "programme.lessons_title": {
        "nl": "Gedeelde lessen, ontwerpprincipes en goede voorbeelden",
        "en": "Shared lessons, design principles and best practices",
    },
    "programme.lessons_none": {
        "nl": "Nog geen lab deelt een les, ontwerpprincipe of goed voorbeeld.",
        "en": "No lab shares a lesson, design principle or best practice yet.",
    },
    # -- the national agenda
    "programme.agenda_title": {"nl": "Landelijke leeragenda", "en": "National learning agenda"},
    "programme.agenda_intro": {
        "nl": "De leervragen van {name}: voorgesteld uit wat labs delen en uit belemmeringen "
        "die in meer labs terugkomen, elk met de labs erachter.",
        "en": "The learning questions of {name}: proposed from what labs share and from "
        "barriers that recur in several labs, each with the labs behind it.",
    },
    "programme.priorities": {
        "nl": "Prioriteiten van de laatste landelijke bijeenkomst",
        "en": "Priorities of the last national meeting",
    },
    "programme.priority_line": _n(
        "{rank}. {item} (1 punt)",
        "{rank}. {item} ({n} punten)",
        "{rank}. {item} (1 point)",
        "{rank}. {item} ({n} points)",
    ),
    "programme.drafts": _n(
        "Voorstellen (1)", "Voorstellen ({n})", "Proposals (1)", "Proposals ({n})"
    ),
    "programme.drafts_none": {
        "nl": "Geen nieuwe voorstellen: er is geen thema waarop twee of meer labs een leervraag "
        "delen of belemmeringen tegenkomen zonder leervraag op de agenda.",
        "en": "No new proposals: no theme where two or more labs share a question or meet "
        "barriers without a question on the agenda.",
    },
    "programme.draft_shared": _n(
        "Gedeeld door 1 lab", "Gedeeld door {n} labs", "Shared by 1 lab", "Shared by {n} labs"
    ),
    "programme.draft_barrier": _n(
        "Belemmeringen in 1 lab",
        "Belemmeringen in {n} labs",
        "Barriers in 1 lab",
        "Barriers in {n} labs",
    ),
    "programme.draft_barrier_persistent": _n(
        "Belemmeringen in 1 lab, {persistent}",
        "Belemmeringen in {n} labs, {persistent}",
        "Barriers in 1 lab, {persistent}",
        "Barriers in {n} labs, {persistent}",
    ),
    "programme.persistent_in": _n(
        "hardnekkig in 1", "hardnekkig in {n}", "persistent in 1", "persistent in {n}"
    ),
    "programme.backing_labs": _n(
        "1 lab erachter", "{n} labs erachter", "1 lab behind it", "{n} labs behind it"
    ),
    "programme.backing_shared": _n(
        "1 gedeelde leervraag",
        "{n} gedeelde leervragen",
        "1 shared question",
        "{n} shared questions",
    ),
    "programme.backing_evidence": _n(
        "1 opbrengst van tafelsessies",
        "{n} opbrengsten van tafelsessies",
        "1 table-session result",
        "{n} table-session results",
    ),
    "programme.labs_line": {"nl": "Labs: {labs}", "en": "Labs: {labs}"},
    "programme.labs_behind": {"nl": "labs", "en": "labs"},
    "programme.add_question": {"nl": "Leervraag toevoegen", "en": "Add a learning question"},
    "programme.questions_by_theme": {"nl": "Leervragen per pijler", "en": "Questions by pillar"},
    "programme.agenda_empty": {
        "nl": "De landelijke agenda is nog leeg. Neem een voorstel over of voeg een leervraag toe.",
        "en": "The national agenda is still empty. Accept a proposal or add a question.",
    },
    "programme.owner": {"nl": "Trekker", "en": "Owner"},
    "programme.owner_team": {"nl": "Programmateam", "en": "Programme team"},
    "programme.set_owner": {"nl": "Trekker vastleggen", "en": "Set the owner"},
    "programme.action_status": {"nl": "Stand van de actie", "en": "Action status"},
    "programme.save_action": {"nl": "Actie bijwerken", "en": "Update the action"},
    "programme.count_questions": _n(
        "1 landelijke leervraag",
        "{n} landelijke leervragen",
        "1 national learning question",
        "{n} national learning questions",
    ),
    "programme.report_title": {"nl": "Programmarapport", "en": "Programme report"},
    "programme.report_help": {
        "nl": "De agenda met prioriteiten, het beeld per pijler, de tafelsessies en de gedeelde "
        "lessen, als Word (en PDF waar LibreOffice er is).",
        "en": "The agenda with priorities, the picture per pillar, the table sessions and the "
        "shared lessons, as Word (and PDF where LibreOffice is installed).",
    },
    # -- the national meeting
    "programme.meeting_title_page": {"nl": "Landelijke bijeenkomst", "en": "National meeting"},
    "programme.meeting_intro": {
        "nl": "Deelnemers doen mee met hun telefoon: eerst prioriteren, dan per tafel knelpunten, "
        "oplossingsrichtingen en goede voorbeelden. Wie geen telefoon heeft, laat de tafelhost "
        "typen.",
        "en": "Participants take part on their phones: prioritise first, then per table "
        "bottlenecks, solution directions and best practices. Without a phone, the table host "
        "types.",
    },
    "programme.vote_items": {"nl": "Te prioriteren", "en": "To prioritise"},
    "programme.votes_each": {"nl": "Keuzes per deelnemer", "en": "Choices per participant"},
    "programme.tables": {"nl": "Tafelsessies", "en": "Table sessions"},
    "programme.tables_help": {
        "nl": "Eén tafel per gekozen thema, in deze volgorde genummerd.",
        "en": "One table per theme chosen, numbered in this order.",
    },
    "programme.meeting_open": {"nl": "Bijeenkomst openen", "en": "Open the meeting"},
    "programme.ballots": _n(
        "1 deelnemer heeft gestemd",
        "{n} deelnemers hebben gestemd",
        "1 participant has voted",
        "{n} participants have voted",
    ),
    "programme.vote_instruction": _n(
        "Kies het onderdeel dat voor u het belangrijkst is.",
        "Kies de {n} onderdelen die voor u het belangrijkst zijn (of minder).",
        "Choose the item that matters most to you.",
        "Choose the {n} items that matter most to you (or fewer).",
    ),
    "programme.join_help": {
        "nl": "Scan de code met de camera van uw telefoon. Elke telefoon stemt één keer.",
        "en": "Scan the code with your phone's camera. Each phone votes once.",
    },
    "programme.close_voting": {"nl": "Stemmen sluiten", "en": "Close the voting"},
    "programme.voting_closed": {"nl": "Het stemmen is gesloten.", "en": "The voting has closed."},
    "programme.table_short": {"nl": "Tafel {number}", "en": "Table {number}"},
    "programme.table_title": {"nl": "Tafel {number}: {theme}", "en": "Table {number}: {theme}"},
    "programme.table_empty": {
        "nl": "Aan deze tafel is niets genoteerd.",
        "en": "Nothing was noted at this table.",
    },
    "programme.host_add": {"nl": "Noteren voor de tafel", "en": "Note it for the table"},
    "programme.meeting_close": {"nl": "Bijeenkomst afsluiten", "en": "Close the meeting"},
    "programme.meeting_close_help": {
        "nl": "Bij het afsluiten wordt de inbreng van de tafels programma-opbrengst, gekoppeld "
        "aan de leervragen op hetzelfde thema.",
        "en": "Closing turns what the tables said into programme evidence, linked to the "
        "questions on the same theme.",
    },
    "programme.past_meetings": {"nl": "Eerdere bijeenkomsten", "en": "Earlier meetings"},
    "programme.phone_title": {"nl": "Landelijke bijeenkomst", "en": "National meeting"},
    "programme.phone_vote": {"nl": "1. Prioriteren", "en": "1. Prioritise"},
    "programme.phone_voted": {
        "nl": "Uw stem is geteld. Ga door met uw tafel hieronder.",
        "en": "Your vote has been counted. Carry on with your table below.",
    },
    "programme.phone_table": {"nl": "2. Aan uw tafel", "en": "2. At your table"},
    # -- settings
    "programme.setup_title": {"nl": "Programma-instellingen", "en": "Programme settings"},
    "programme.new": {"nl": "Nieuw programma", "en": "New programme"},
    "programme.create": {"nl": "Programma maken", "en": "Create the programme"},
    "programme.members": {"nl": "Labs in dit programma", "en": "Labs in this programme"},
    "programme.add_lab": {"nl": "Lab toevoegen", "en": "Add a lab"},
    "programme.remove_lab": {"nl": "Uit programma", "en": "Take out"},
    "programme.pillars": {"nl": "Pijlers", "en": "Pillars"},
    "programme.pillars_help": {
        "nl": "Maak beide vakken van een pijler leeg om hem weg te halen; de lege regel onderaan "
        "voegt een pijler toe.",
        "en": "Empty both fields of a pillar to remove it; the empty row at the bottom adds one.",
    },
    "programme.themes": {"nl": "Programmathema's", "en": "Programme themes"},
    "programme.add_theme": {"nl": "Thema toevoegen", "en": "Add a theme"},
    "programme.remove_theme": {"nl": "Thema weghalen", "en": "Remove the theme"},
    # -- sharing from a lab
    "programme.share_title": {"nl": "Delen met het programma", "en": "Share with the programme"},
    "programme.share_no_programme": {
        "nl": "Dit lab hoort niet bij een programma; er is niets te delen.",
        "en": "This lab does not belong to a programme; there is nothing to share.",
    },
    "programme.share_intro": {
        "nl": "U beslist wat {name} van dit lab ziet. Het programma ziet daarnaast alleen "
        "tellingen van factoren per thema, nooit bronnen, namen of antwoorden. Delen en "
        "terugnemen staan in het logboek van het lab.",
        "en": "You decide what {name} sees of this lab. Besides, the programme sees only counts "
        "of factors per theme, never sources, names or answers. Sharing and taking back are in "
        "the lab's audit trail.",
    },
    "programme.share_questions": {
        "nl": "Leervragen op de agenda",
        "en": "Learning questions on the agenda",
    },
    "programme.share_no_questions": {
        "nl": "Er staan geen leervragen op de agenda.",
        "en": "There are no learning questions on the agenda.",
    },
    "programme.share": {"nl": "Delen", "en": "Share"},
    "programme.is_shared": {"nl": "Gedeeld", "en": "Shared"},
    "programme.share_other": {
        "nl": "Een les, ontwerpprincipe of goed voorbeeld delen",
        "en": "Share a lesson, design principle or best practice",
    },
    "programme.share_names_help": {
        "nl": "Schrijf zonder namen: een tekst die iemand van het lab noemt, wordt geweigerd.",
        "en": "Write without names: a text that names someone of the lab is refused.",
    },
    "programme.shared_now": {"nl": "Wat dit lab deelt", "en": "What this lab shares"},
    "programme.shared_none": {
        "nl": "Dit lab deelt nog niets.",
        "en": "This lab shares nothing yet.",
    },
    "programme.shared_on": {"nl": "gedeeld op {day}", "en": "shared on {day}"},
    "programme.withdrawn_on": {"nl": "teruggenomen op {day}", "en": "taken back on {day}"},
    "programme.withdraw": {"nl": "Terugnemen", "en": "Take back"},
    # -- reports
    "programme.report.title": {"nl": "Programmarapport", "en": "Programme report"},
    "programme.report.cover_labs": {"nl": "Labs", "en": "Labs"},
    "programme.report.summary": {"nl": "Samenvatting", "en": "Summary"},
    "programme.report.summary_text": _n(
        "Dit rapport beschrijft 1 lab in {regions} en {questions}.",
        "Dit rapport beschrijft {n} labs in {regions} en {questions}.",
        "This report covers 1 lab in {regions} and {questions}.",
        "This report covers {n} labs in {regions} and {questions}.",
    ),
    "programme.report.agenda": {
        "nl": "De landelijke leeragenda",
        "en": "The national learning agenda",
    },
    "programme.report.agenda_none": {
        "nl": "Er staan nog geen landelijke leervragen op de agenda.",
        "en": "There are no national learning questions on the agenda yet.",
    },
    "programme.report.priorities_lead": {
        "nl": "De deelnemers van de laatste landelijke bijeenkomst gaven deze prioriteiten.",
        "en": "The participants of the last national meeting gave these priorities.",
    },
    "programme.report.priorities_caption": {
        "nl": "Prioriteiten (punten van alle stemmen samen)",
        "en": "Priorities (points of all ballots together)",
    },
    "programme.report.picture": {
        "nl": "Het beeld over de labs heen",
        "en": "The picture across labs",
    },
    "programme.report.picture_lead": {
        "nl": "Per pijler: hoeveel labs belemmeringen en stimulansen vinden per thema, en waar "
        "belemmeringen in meer fasen terugkomen (hardnekkig).",
        "en": "Per pillar: how many labs find barriers and enablers per theme, and where "
        "barriers come back over several phases (persistent).",
    },
    "programme.report.pillar_caption": {
        "nl": "Thema's van {pillar}: het aantal labs met factoren, met belemmeringen, met "
        "stimulansen en met belemmeringen die in meer fasen terugkomen",
        "en": "Themes of {pillar}: the number of labs with factors, with barriers, with enablers "
        "and with barriers that come back over several phases",
    },
    "programme.count_regions": _n("1 regio", "{n} regio's", "1 region", "{n} regions"),
    "programme.report.heatmap_alt": _n(
        "Een raster van 1 lab tegen de programmathema's met het aantal belemmeringen per vak.",
        "Een raster van {n} labs tegen de programmathema's met het aantal belemmeringen per vak.",
        "A grid of 1 lab against the programme themes with the number of barriers in each cell.",
        "A grid of {n} labs against the programme themes with the number of barriers in each cell.",
    ),
    "programme.report.tables": {"nl": "Tafelsessies", "en": "Table sessions"},
    "programme.report.tables_none": {
        "nl": "Er zijn nog geen tafelsessies gehouden.",
        "en": "No table sessions have been held yet.",
    },
    "programme.report.ballots": _n(
        "1 deelnemer stemde.",
        "{n} deelnemers stemden.",
        "1 participant voted.",
        "{n} participants voted.",
    ),
    "programme.report.no_ballots": {"nl": "Er is niet gestemd.", "en": "Nobody voted."},
    "programme.report.meeting_title": {
        "nl": "Verslag landelijke bijeenkomst",
        "en": "National meeting report",
    },
    "programme.report.vote": {"nl": "Prioritering", "en": "Prioritisation"},
    "programme.report.vote_caption": {
        "nl": "Stemmen per thema of leervraag",
        "en": "Votes per theme or question",
    },
}
