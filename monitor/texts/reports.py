"""The texts of the three reports (phase report, steering group pack, final report) and of
the Reports page."""

TEXT = {
    "report.title.phase": {"nl": "Monitoringsrapport", "en": "Monitoring report"},
    "report.title.meeting": {"nl": "Stukken voor de stuurgroep", "en": "Steering group pack"},
    "report.title.final": {"nl": "Eindrapport", "en": "Final report"},
    "report.file.phase": {"nl": "monitoringsrapport-fase", "en": "monitoring-report-phase"},
    "report.file.meeting": {"nl": "stuurgroepstukken", "en": "steering-pack"},
    "report.file.final": {"nl": "eindrapport", "en": "final-report"},
    "report.phase_n": {"nl": "fase {n}", "en": "phase {n}"},
    "report.cover.lab": {"nl": "Lab", "en": "Lab"},
    "report.cover.phase": {"nl": "Fase", "en": "Phase"},
    "report.cover.period": {"nl": "Periode", "en": "Period"},
    "report.cover.author": {"nl": "Opgesteld door", "en": "Written by"},
    "report.cover.date": {"nl": "Datum", "en": "Date"},
    "report.cover.since": {"nl": "Nieuw sinds", "en": "New since"},
    "report.first_meeting": {"nl": "het begin (eerste overleg)", "en": "the start (first meeting)"},
    "report.nobody": {"nl": "niemand", "en": "nobody"},
    "report.section.summary": {"nl": "Samenvatting", "en": "Summary"},
    "report.section.introduction": {"nl": "Toelichting", "en": "Introduction"},
    "report.section.sources": {"nl": "Bronnen", "en": "Sources"},
    "report.section.activities": {"nl": "Activiteiten", "en": "Activities"},
    "report.section.observations": {"nl": "Belangrijkste bevindingen", "en": "Main observations"},
    "report.section.factors": {
        "nl": "Bevorderende en belemmerende factoren",
        "en": "Enablers and barriers",
    },
    "report.section.questions": {
        "nl": "Leervragen en acties",
        "en": "Learning questions and actions",
    },
    "report.section.surveys": {"nl": "Uitkomsten van vragenlijsten", "en": "Survey results"},
    "report.section.recommendations": {
        "nl": "Aanbevelingen en aandachtspunten",
        "en": "Recommendations and points of attention",
    },
    "report.section.appendix": {
        "nl": "Bijlage: gebruikte instrumenten",
        "en": "Appendix: instruments used",
    },
    "report.section.since": {"nl": "Sinds het vorige overleg", "en": "Since the last meeting"},
    "report.section.open_questions": {"nl": "Open leervragen", "en": "Open learning questions"},
    "report.section.overdue": {"nl": "Acties die te laat zijn", "en": "Overdue actions"},
    "report.section.decisions": {"nl": "Te nemen besluiten", "en": "Decisions to take"},
    "report.section.votes": {"nl": "Uitslag van de vorige stemming", "en": "Previous vote results"},
    "report.section.phases": {"nl": "De fasen in het kort", "en": "The phases in brief"},
    "report.section.themes": {
        "nl": "Lessen en ontwerpprincipes per thema",
        "en": "Lessons and design principles per theme",
    },
    "report.section.lessons": {"nl": "Geleerde lessen", "en": "Lessons learned"},
    "report.section.principles": {"nl": "Ontwerpprincipes", "en": "Design principles"},
    "report.section.agenda": {
        "nl": "De leeragenda door de tijd",
        "en": "The learning agenda over time",
    },
    "report.section.outcomes": {"nl": "Uitkomsten van trajecten", "en": "Trajectory outcomes"},
    "report.section.author": {"nl": "Opgesteld door", "en": "Written by"},
    "report.key_figures": {"nl": "Kerncijfers", "en": "Key figures"},
    "report.figures.sources": {
        "nl": "{n} bronnen verzameld ({kinds}).",
        "en": "{n} sources collected ({kinds}).",
    },
    "report.figures.activities": {
        "nl": "{n} activiteiten met samen {people} deelnemers.",
        "en": "{n} activities with {people} participants in all.",
    },
    "report.figures.factors": {
        "nl": "{n} factoren gecodeerd: {enablers} bevorderend, {barriers} belemmerend.",
        "en": "{n} factors coded: {enablers} enablers, {barriers} barriers.",
    },
    "report.figures.questions": {
        "nl": "{n} leervragen op de agenda, waarvan {raised} nieuw en {answered} beantwoord.",
        "en": "{n} learning questions on the agenda: {raised} new, {answered} answered.",
    },
    "report.figures.actions": {
        "nl": "{n} acties bij deze leervragen: {done} klaar, {overdue} te laat.",
        "en": "{n} actions on these questions: {done} done, {overdue} overdue.",
    },
    "report.interviews_with": {"nl": "Interviews met {group}", "en": "Interviews with {group}"},
    "report.factors_lead": {
        "nl": "Per thema wat in deze fase hielp en wat in de weg zat, met tussen haakjes wie het "
        "noemde.",
        "en": "Per theme what helped and what stood in the way in this phase, with who raised it "
        "in brackets.",
    },
    "report.raised_in": {"nl": "gesteld in {phase}", "en": "raised in {phase}"},
    "report.discussed": {
        "nl": "{n}× besproken in de stuurgroep",
        "en": "discussed {n}× by the steering group",
    },
    "report.evidence": {"nl": "{n} onderbouwende factoren", "en": "{n} supporting factors"},
    "report.answer": {"nl": "Antwoord:", "en": "Answer:"},
    "report.no_actions_yet": {"nl": "Nog geen actie afgesproken.", "en": "No action agreed yet."},
    "report.attention": {
        "nl": "Aandachtspunten uit de monitor",
        "en": "Points of attention from the monitor",
    },
    "report.survey_response": {
        "nl": "Periode: {period}. Uitgenodigd: {invited}, ingevuld en verstuurd: {submitted}, "
        "geen toestemming: {refused}.",
        "en": "Period: {period}. Invited: {invited}, completed and sent: {submitted}, declined "
        "consent: {refused}.",
    },
    "report.survey_too_few": {
        "nl": "Er zijn {n} antwoorden; uitkomsten worden pas getoond vanaf {threshold}, zodat "
        "niemand herkenbaar is.",
        "en": "There are {n} responses; results are shown from {threshold} on, so nobody can be "
        "recognised.",
    },
    "report.hidden": {
        "nl": "{n} uitsplitsingen weggelaten omdat ze minder dan {threshold} antwoorden hebben.",
        "en": "{n} splits left out because they have fewer than {threshold} responses.",
    },
    "report.open_answers": {
        "nl": "Open antwoorden ({n}, door de onderzoeker nagekeken):",
        "en": "Open answers ({n}, reviewed by the researcher):",
    },
    "report.pairs_title": {
        "nl": "Voor en na: {first} en {second}",
        "en": "Before and after: {first} and {second}",
    },
    "report.no_instrument": {
        "nl": "Het instrument van deze vragenlijst is niet gevonden.",
        "en": "The instrument of this survey was not found.",
    },
    "report.no_chart": {
        "nl": "Grafiek niet getekend (geen grafiekprogramma beschikbaar): {caption}",
        "en": "Chart not drawn (no chart renderer available): {caption}",
    },
    "report.since.sources": {
        "nl": "{n} nieuwe bronnen: {kinds}.",
        "en": "{n} new sources: {kinds}.",
    },
    "report.since.factors": {"nl": "{n} nieuwe factoren", "en": "{n} new factors"},
    "report.decide.drafts": {
        "nl": "{n} voorstellen voor leervragen wachten op een besluit",
        "en": "{n} proposed learning questions wait for a decision",
    },
    "report.decide.follow_up": {
        "nl": "Opvolging die nog ontbreekt",
        "en": "Follow-up still missing",
    },
    "report.decide.close": {
        "nl": "Leervragen met een antwoord: afronden?",
        "en": "Learning questions with an answer: close them?",
    },
    "report.themes_lead": {
        "nl": "Per thema wat het lab heeft geleerd en welke ontwerpprincipes daaruit volgen voor "
        "nieuwe labs.",
        "en": "Per theme what the lab learned and which design principles follow for new labs.",
    },
    "report.theme_evidence": {
        "nl": "Gebaseerd op {factors} factoren ({enablers} bevorderend, {barriers} belemmerend) "
        "en {questions} leervragen, waarvan {answered} beantwoord.",
        "en": "Based on {factors} factors ({enablers} enablers, {barriers} barriers) and "
        "{questions} learning questions, {answered} of them answered.",
    },
    "report.agenda_lead": {
        "nl": "In totaal {n} leervragen: {answered} beantwoord, {open} nog open en {dropped} "
        "vervallen.",
        "en": "{n} learning questions in all: {answered} answered, {open} still open and "
        "{dropped} dropped.",
    },
    "report.empty.sources": {"nl": "Geen bronnen in deze fase.", "en": "No sources in this phase."},
    "report.empty.activities": {
        "nl": "Geen activiteiten in deze fase.",
        "en": "No activities in this phase.",
    },
    "report.empty.factors": {
        "nl": "In deze fase zijn nog geen factoren gecodeerd.",
        "en": "No factors have been coded in this phase yet.",
    },
    "report.empty.questions": {"nl": "Geen leervragen.", "en": "No learning questions."},
    "report.empty.surveys": {
        "nl": "In deze fase zijn geen vragenlijsten afgenomen.",
        "en": "No surveys were run in this phase.",
    },
    "report.empty.appendix": {
        "nl": "In deze fase is geen vast instrument gebruikt.",
        "en": "No fixed instrument was used in this phase.",
    },
    "report.empty.since": {
        "nl": "Sinds het vorige overleg is er niets nieuws vastgelegd.",
        "en": "Nothing new has been recorded since the last meeting.",
    },
    "report.empty.overdue": {"nl": "Geen acties te laat.", "en": "No overdue actions."},
    "report.empty.decisions": {
        "nl": "Er wachten geen besluiten.",
        "en": "No decisions are waiting.",
    },
    "report.empty.votes": {
        "nl": "Er is nog niet gestemd over leervragen.",
        "en": "There has been no vote on learning questions yet.",
    },
    "report.empty.phases": {"nl": "Het lab heeft geen fasen.", "en": "The lab has no phases."},
    "report.empty.lessons": {
        "nl": "Voor dit thema zijn nog geen lessen of ontwerpprincipes geschreven.",
        "en": "No lessons or design principles have been written for this theme yet.",
    },
    "report.col.action": {"nl": "Actie", "en": "Action"},
    "report.col.owner": {"nl": "Eigenaar", "en": "Owner"},
    "report.col.due": {"nl": "Klaar op", "en": "Due"},
    "report.col.status": {"nl": "Stand", "en": "Status"},
    "report.col.kind": {"nl": "Soort", "en": "Kind"},
    "report.col.what": {"nl": "Wat", "en": "What"},
    "report.col.period": {"nl": "Periode", "en": "Period"},
    "report.col.n": {"nl": "n", "en": "n"},
    "report.col.date": {"nl": "Datum", "en": "Date"},
    "report.col.activity": {"nl": "Activiteit", "en": "Activity"},
    "report.col.goals": {"nl": "Doelen", "en": "Goals"},
    "report.col.participants": {"nl": "Deelnemers", "en": "Participants"},
    "report.col.theme": {"nl": "Thema", "en": "Theme"},
    "report.col.question": {"nl": "Leervraag", "en": "Learning question"},
    "report.col.open_actions": {"nl": "Open acties", "en": "Open actions"},
    "report.col.votes": {"nl": "Stemmen", "en": "Votes"},
    "report.col.construct": {"nl": "Schaal", "en": "Scale"},
    "report.col.mean": {"nl": "Gemiddeld", "en": "Mean"},
    "report.col.sd": {"nl": "Spreiding (sd)", "en": "Spread (sd)"},
    "report.col.answer": {"nl": "Antwoord", "en": "Answer"},
    "report.col.count": {"nl": "Aantal", "en": "Count"},
    "report.col.item": {"nl": "Stelling", "en": "Item"},
    "report.col.change": {"nl": "Verschil", "en": "Change"},
    "report.col.phase": {"nl": "Fase", "en": "Phase"},
    "report.col.activities": {"nl": "Activiteiten", "en": "Activities"},
    "report.col.sources": {"nl": "Bronnen", "en": "Sources"},
    "report.col.questions_raised": {"nl": "Nieuwe leervragen", "en": "New learning questions"},
    "report.col.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "report.caption.sources": {"nl": "Bronnen van fase {phase}", "en": "Sources of phase {phase}"},
    "report.caption.activities": {
        "nl": "Activiteiten in fase {phase}",
        "en": "Activities in phase {phase}",
    },
    "report.caption.factors": {
        "nl": "Bevorderende en belemmerende factoren per thema, fase {phase}",
        "en": "Enablers and barriers per theme, phase {phase}",
    },
    "report.caption.actions_of": {"nl": "Acties bij: {question}", "en": "Actions on: {question}"},
    "report.caption.agreement": {
        "nl": "Antwoorden op de stellingen, {survey}",
        "en": "Answers to the statements, {survey}",
    },
    "report.caption.scales": {
        "nl": "Schaalscores, {survey} (1 tot 5)",
        "en": "Scale scores, {survey} (1 to 5)",
    },
    "report.caption.pairs": {
        "nl": "Gemiddelde per stelling bij {first} en {second}, zelfde trajecten",
        "en": "Mean per item at {first} and {second}, same trajectories",
    },
    "report.caption.pairs_table": {
        "nl": "Gepaarde vergelijking {first} en {second}",
        "en": "Paired comparison {first} and {second}",
    },
    "report.caption.done": {"nl": "Acties die klaar zijn", "en": "Actions completed"},
    "report.caption.open_questions": {
        "nl": "Leervragen op de agenda, nieuwste fase eerst",
        "en": "Learning questions on the agenda, latest phase first",
    },
    "report.caption.overdue": {"nl": "Acties over hun datum", "en": "Actions past their due date"},
    "report.caption.votes": {
        "nl": "Stemming van {date}, {voters} stemmers",
        "en": "Vote of {date}, {voters} voters",
    },
    "report.caption.phases": {
        "nl": "Fasen van het lab in cijfers",
        "en": "The lab's phases in figures",
    },
    "report.caption.agenda": {
        "nl": "Leervragen per fase: gesteld, meegenomen, beantwoord en vervallen",
        "en": "Learning questions per phase: raised, carried over, answered and dropped",
    },
    "report.caption.outcomes": {"nl": "Trajecten naar uitkomst", "en": "Trajectories by outcome"},
    "report.caption.outcome_scales": {
        "nl": "Schaalscores per uitkomst, {survey}",
        "en": "Scale scores per outcome, {survey}",
    },
    "report.word.contents": {"nl": "Inhoud", "en": "Contents"},
    "report.word.update_toc": {
        "nl": "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudsopgave te maken.",
        "en": "Right-click and choose 'Update field' to build the table of contents.",
    },
    "report.word.page": {"nl": "pagina", "en": "page"},
    "report.word.table": {"nl": "Tabel", "en": "Table"},
    "report.word.figure": {"nl": "Figuur", "en": "Figure"},
    "reports.intro": {
        "nl": "Maak het monitoringsrapport van een fase, de stukken voor de stuurgroep of het "
        "eindrapport als Word-bestand. Cijfers, factoren en leervragen komen uit het lab; wat "
        "uw oordeel vraagt, schrijft u hieronder.",
        "en": "Make a phase's monitoring report, the steering group pack or the final report as "
        "a Word file. Figures, factors and learning questions come from the lab; what needs your "
        "judgement you write below.",
    },
    "reports.kind": {"nl": "Rapport", "en": "Report"},
    "reports.kind.phase": {"nl": "Fase-rapport", "en": "Phase report"},
    "reports.kind.meeting": {"nl": "Stuurgroepstukken", "en": "Steering pack"},
    "reports.kind.final": {"nl": "Eindrapport", "en": "Final report"},
    "reports.no_phases": {
        "nl": "Het lab heeft nog geen fasen. Voeg ze toe bij Lab en fasen.",
        "en": "The lab has no phases yet. Add them under Lab and phases.",
    },
    "reports.language": {"nl": "Taal van het rapport", "en": "Report language"},
    "reports.sections": {"nl": "Onderdelen", "en": "Sections"},
    "reports.tab.text": {"nl": "Uw tekst", "en": "Your text"},
    "reports.tab.outline": {"nl": "Opbouw", "en": "Outline"},
    "reports.text_intro": {
        "nl": "Uw tekst wordt bewaard zodra u het vak verlaat, en staat in het rapport zoals u "
        "hem schrijft (in elke rapporttaal). Een witregel begint een nieuwe alinea; regels die "
        "met '- ' beginnen worden een opsomming. Een leeg onderdeel komt niet in het rapport.",
        "en": "Your text is saved as soon as you leave the box, and appears in the report as you "
        "write it (in any report language). A blank line starts a new paragraph; lines starting "
        "with '- ' become a list. An empty part is left out of the report.",
    },
    "reports.text_help": {
        "nl": "Wordt bewaard als u buiten het vak klikt of Ctrl+Enter drukt.",
        "en": "Saved when you click outside the box or press Ctrl+Enter.",
    },
    "reports.theme": {"nl": "Thema", "en": "Theme"},
    "reports.evidence": {
        "nl": "Onderbouwing: de factoren en leervragen van dit thema, over alle fasen.",
        "en": "Evidence: this theme's factors and learning questions, over all phases.",
    },
    "reports.left_out": {
        "nl": "Niet in het rapport omdat er (nog) niets in staat: {parts}.",
        "en": "Left out of the report because there is nothing in it (yet): {parts}.",
    },
    "reports.download": {"nl": "Download als Word (.docx)", "en": "Download as Word (.docx)"},
    "reports.holds.text": {"nl": "{n}× tekst", "en": "{n}× text"},
    "reports.holds.tables": {"nl": "{n}× tabel ({rows} rijen)", "en": "{n}× table ({rows} rows)"},
    "reports.holds.figures": {"nl": "{n}× figuur", "en": "{n}× figure"},
    # -- added for the reader-ready reports
    "report.word.researcher": {"nl": "Onderzoeker", "en": "Researcher"},
    "error.report_pdf_missing": {
        "nl": "Voor een PDF is LibreOffice nodig, en dat is op deze computer niet geïnstalleerd "
        "(pakket libreoffice-writer-nogui). Download het rapport als Word-bestand.",
        "en": "A PDF needs LibreOffice, which is not installed on this computer (package "
        "libreoffice-writer-nogui). Download the report as a Word file.",
    },
    "error.report_pdf_failed": {
        "nl": "LibreOffice kon het rapport niet omzetten naar PDF ({reason}). Het Word-bestand "
        "werkt wel.",
        "en": "LibreOffice could not convert the report to PDF ({reason}). The Word file works.",
    },
    "reports.numbered": {"nl": "Genummerde koppen (1, 1.1)", "en": "Numbered headings (1, 1.1)"},
    "reports.as_of_today": {"nl": "Stand van vandaag", "en": "As of today"},
    "reports.as_of_help": {
        "nl": "Een faserapport toont acties, standen en geschiedenis zoals ze waren op de "
        "einddatum van de fase. Zet dit aan om de stand van vandaag te tonen.",
        "en": "A phase report shows actions, statuses and history as they were on the phase's "
        "end date. Switch this on to show them as they are today.",
    },
    "reports.download_pdf": {"nl": "Download als PDF", "en": "Download as PDF"},
    "reports.pdf_help": {
        "nl": "Gemaakt met LibreOffice; dit duurt enkele seconden.",
        "en": "Made with LibreOffice; this takes a few seconds.",
    },
    "reports.no_pdf": {
        "nl": "PDF niet beschikbaar: LibreOffice is op deze computer niet geïnstalleerd "
        "(pakket libreoffice-writer-nogui). Het Word-bestand kunt u in Word of LibreOffice als "
        "PDF bewaren.",
        "en": "PDF not available: LibreOffice is not installed on this computer (package "
        "libreoffice-writer-nogui). You can save the Word file as PDF from Word or LibreOffice.",
    },
}
