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
    "report.section.since": {"nl": "Sinds het vorige overleg", "en": "Since the last meeting"},
    "report.section.open_questions": {"nl": "Open leervragen", "en": "Open learning questions"},
    "report.section.overdue": {"nl": "Acties die te laat zijn", "en": "Overdue actions"},
    "report.section.decisions": {"nl": "Te nemen besluiten", "en": "Decisions to take"},
    "report.section.votes": {"nl": "Uitslag van de vorige stemming", "en": "Previous vote results"},
    "report.section.themes": {
        "nl": "Lessen en ontwerpprincipes per thema",
        "en": "Lessons and design principles per theme",
    },
    "report.section.lessons": {"nl": "Geleerde lessen", "en": "Lessons learned"},
    "report.section.principles": {"nl": "Ontwerpprincipes", "en": "Design principles"},
    "report.section.outcomes": {"nl": "Uitkomsten van trajecten", "en": "Trajectory outcomes"},
    "report.section.author": {"nl": "Opgesteld door", "en": "Written by"},
    "report.key_figures": {"nl": "Kerncijfers", "en": "Key figures"},
    "report.figures.sources": {
        "nl": {"one": "{n} bron verzameld ({kinds}).", "other": "{n} bronnen verzameld ({kinds})."},
        "en": {
            "one": "{n} source collected ({kinds}).",
            "other": "{n} sources collected ({kinds}).",
        },
    },
    "report.figures.activities": {
        "nl": {
            "one": "{n} activiteit met {people}.",
            "other": "{n} activiteiten met samen {people}.",
        },
        "en": {
            "one": "{n} activity with {people}.",
            "other": "{n} activities with {people} in all.",
        },
    },
    "report.figures.factors": {
        "nl": {
            "one": "{n} factor gecodeerd: {enablers}, {barriers}.",
            "other": "{n} factoren gecodeerd: {enablers}, {barriers}.",
        },
        "en": {
            "one": "{n} factor coded: {enablers}, {barriers}.",
            "other": "{n} factors coded: {enablers}, {barriers}.",
        },
    },
    "report.figures.questions": {
        "nl": {
            "one": "{n} leervraag op de agenda: {raised}, {answered}.",
            "other": "{n} leervragen op de agenda: {raised}, {answered}.",
        },
        "en": {
            "one": "{n} learning question on the agenda: {raised}, {answered}.",
            "other": "{n} learning questions on the agenda: {raised}, {answered}.",
        },
    },
    "report.figures.actions": {
        "nl": {
            "one": "{n} actie bij deze leervragen: {done}, {overdue}.",
            "other": "{n} acties bij deze leervragen: {done}, {overdue}.",
        },
        "en": {
            "one": "{n} action on these questions: {done}, {overdue}.",
            "other": "{n} actions on these questions: {done}, {overdue}.",
        },
    },
    "report.interviews_with": {"nl": "Interviews met {group}", "en": "Interviews with {group}"},
    "report.factors_lead": {
        "nl": "Per thema de belangrijkste factoren die in deze fase hielpen en in de weg zaten "
        "(hooguit {per_side} per kant, gekozen op hoe vaak ze terugkwamen, hoeveel groepen ze "
        "noemden en of er een leervraag op rust), met tussen haakjes wie ze noemde.",
        "en": "Per theme the main factors that helped and stood in the way in this phase (at "
        "most {per_side} per side, chosen by how often they came back, how many groups raised "
        "them and whether a learning question rests on them), with who raised them in brackets.",
    },
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
        "nl": {
            "one": "Er is {n} antwoord; uitkomsten worden pas getoond vanaf {threshold}, zodat "
            "niemand herkenbaar is.",
            "other": "Er zijn {n} antwoorden; uitkomsten worden pas getoond vanaf {threshold}, "
            "zodat niemand herkenbaar is.",
        },
        "en": {
            "one": "There is {n} response; results are shown from {threshold} on, so nobody can "
            "be recognised.",
            "other": "There are {n} responses; results are shown from {threshold} on, so nobody "
            "can be recognised.",
        },
    },
    "report.hidden": {
        "nl": {
            "one": "{n} uitsplitsing weggelaten omdat die minder dan {threshold} antwoorden heeft.",
            "other": "{n} uitsplitsingen weggelaten omdat ze minder dan {threshold} antwoorden "
            "hebben.",
        },
        "en": {
            "one": "{n} split left out because it has fewer than {threshold} responses.",
            "other": "{n} splits left out because they have fewer than {threshold} responses.",
        },
    },
    "report.open_answers": {
        "nl": {
            "one": "Open antwoorden ({n}, door de onderzoeker nagekeken), per vraag:",
            "other": "Open antwoorden ({n}, door de onderzoeker nagekeken), per vraag:",
        },
        "en": {
            "one": "Open answers ({n}, reviewed by the researcher), per question:",
            "other": "Open answers ({n}, reviewed by the researcher), per question:",
        },
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
        "nl": {"one": "{n} nieuwe bron: {kinds}.", "other": "{n} nieuwe bronnen: {kinds}."},
        "en": {"one": "{n} new source: {kinds}.", "other": "{n} new sources: {kinds}."},
    },
    "report.since.factors": {
        "nl": {"one": "{n} nieuwe factor", "other": "{n} nieuwe factoren"},
        "en": {"one": "{n} new factor", "other": "{n} new factors"},
    },
    "report.decide.drafts": {
        "nl": {
            "one": "{n} voorstel voor een leervraag wacht op een besluit",
            "other": "{n} voorstellen voor leervragen wachten op een besluit",
        },
        "en": {
            "one": "{n} proposed learning question waits for a decision",
            "other": "{n} proposed learning questions wait for a decision",
        },
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
        "nl": "Gebaseerd op {factors} ({enablers}, {barriers}) en {questions}, waarvan {answered}.",
        "en": "Based on {factors} ({enablers}, {barriers}) and {questions}, {answered}.",
    },
    "report.agenda_lead": {
        "nl": {
            "one": "In totaal {n} leervraag: {answered}, {open} en {dropped}.",
            "other": "In totaal {n} leervragen: {answered}, {open} en {dropped}.",
        },
        "en": {
            "one": "{n} learning question in all: {answered}, {open} and {dropped}.",
            "other": "{n} learning questions in all: {answered}, {open} and {dropped}.",
        },
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
    "report.q.raised_in": {"nl": "gesteld in de fase {phase}", "en": "raised in the {phase} phase"},
    "report.q.discussed": {
        "nl": {
            "one": "{n} keer besproken in de stuurgroep",
            "other": "{n} keer besproken in de stuurgroep",
        },
        "en": {
            "one": "discussed once by the steering group",
            "other": "discussed {n} times by the steering group",
        },
    },
    "report.q.evidence": {
        "nl": {"one": "onderbouwd met {n} factor", "other": "onderbouwd met {n} factoren"},
        "en": {"one": "based on {n} factor", "other": "based on {n} factors"},
    },
    "report.times": {
        "nl": {"one": "{n} keer", "other": "{n} keer"},
        "en": {"one": "once", "other": "{n} times"},
    },
    "report.and_more": {
        "nl": {"one": "… en nog {n} (zie bijlage)", "other": "… en nog {n} (zie bijlage)"},
        "en": {
            "one": "… and {n} more (see the appendix)",
            "other": "… and {n} more (see the appendix)",
        },
    },
    "report.count.enablers": {
        "nl": {"one": "{n} bevorderend", "other": "{n} bevorderend"},
        "en": {"one": "{n} enabler", "other": "{n} enablers"},
    },
    "report.count.barriers": {
        "nl": {"one": "{n} belemmerend", "other": "{n} belemmerend"},
        "en": {"one": "{n} barrier", "other": "{n} barriers"},
    },
    "report.count.new": {
        "nl": {"one": "{n} nieuw", "other": "{n} nieuw"},
        "en": {"one": "{n} new", "other": "{n} new"},
    },
    "report.count.answered": {
        "nl": {"one": "{n} beantwoord", "other": "{n} beantwoord"},
        "en": {"one": "{n} answered", "other": "{n} answered"},
    },
    "report.count.done": {
        "nl": {"one": "{n} klaar", "other": "{n} klaar"},
        "en": {"one": "{n} done", "other": "{n} done"},
    },
    "report.count.overdue": {
        "nl": {"one": "{n} te laat", "other": "{n} te laat"},
        "en": {"one": "{n} overdue", "other": "{n} overdue"},
    },
    "report.alt.themes": {
        "nl": {
            "one": "Staafdiagram per thema ({n} thema): belemmerende factoren links, "
            "bevorderende rechts.",
            "other": "Staafdiagram per thema ({n} thema's): belemmerende factoren links, "
            "bevorderende rechts.",
        },
        "en": {
            "one": "Bar chart per theme ({n} theme): barriers to the left, enablers to the right.",
            "other": "Bar chart per theme ({n} themes): barriers to the left, enablers to the "
            "right.",
        },
    },
    "report.alt.agreement": {
        "nl": {
            "one": "Gestapelde staaf voor {n} stelling: oneens links, eens rechts.",
            "other": "Gestapelde staven voor {n} stellingen: oneens links, eens rechts.",
        },
        "en": {
            "one": "Stacked bar for {n} statement: disagreement to the left, agreement to the "
            "right.",
            "other": "Stacked bars for {n} statements: disagreement to the left, agreement to the "
            "right.",
        },
    },
    "report.col.actions_done": {"nl": "Acties klaar", "en": "Actions done"},
    "report.col.overdue": {"nl": "Te laat", "en": "Overdue"},
    "report.col.factor": {"nl": "Factor", "en": "Factor"},
    "report.caption.questions_of": {
        "nl": "Leervragen over {theme}",
        "en": "Learning questions on {theme}",
    },
    "report.caption.factor_chart": {
        "nl": "Aantal bevorderende en belemmerende factoren per thema, fase {phase}",
        "en": "Number of enablers and barriers per theme, phase {phase}",
    },
    "report.no_theme": {"nl": "Zonder thema", "en": "No theme"},
    "report.total": {"nl": "Totaal", "en": "Total"},
    "report.full_list_in_export": {
        "nl": {
            "one": "Deze fase heeft {n} factor. De volledige lijst staat in de export (pagina "
            "Export en back-up, tabel Factoren, als CSV of XLSX).",
            "other": "Deze fase heeft {n} factoren: te veel om hier af te drukken. De volledige "
            "lijst staat in de export (pagina Export en back-up, tabel Factoren, als CSV of XLSX).",
        },
        "en": {
            "one": "This phase has {n} factor. The full list is in the export (Export and backup "
            "page, table Factors, as CSV or XLSX).",
            "other": "This phase has {n} factors: too many to print here. The full list is in the "
            "export (Export and backup page, table Factors, as CSV or XLSX).",
        },
    },
    "report.factors_in_appendix": {
        "nl": "Alle factoren van deze fase staan in de bijlage.",
        "en": "All factors of this phase are listed in the appendix.",
    },
    "report.appendix.factors": {
        "nl": "Alle factoren van fase {phase}",
        "en": "All factors of phase {phase}",
    },
    "report.section.appendices": {"nl": "Bijlagen", "en": "Appendices"},
    "report.alt.most_enablers": {
        "nl": "De meeste bevorderende factoren: {theme} ({n}).",
        "en": "Most enablers: {theme} ({n}).",
    },
    "report.alt.most_barriers": {
        "nl": "De meeste belemmerende factoren: {theme} ({n}).",
        "en": "Most barriers: {theme} ({n}).",
    },
    "report.alt.agenda": {
        "nl": {
            "one": "Staafdiagram over {n} fase: in totaal {raised} leervragen gesteld, {answered} "
            "beantwoord en {dropped} vervallen.",
            "other": "Staafdiagram over {n} fasen: in totaal {raised} leervragen gesteld, "
            "{answered} beantwoord en {dropped} vervallen.",
        },
        "en": {
            "one": "Bar chart over {n} phase: {raised} learning questions raised in all, "
            "{answered} answered and {dropped} dropped.",
            "other": "Bar chart over {n} phases: {raised} learning questions raised in all, "
            "{answered} answered and {dropped} dropped.",
        },
    },
    "report.alt.actions": {
        "nl": {
            "one": "Gestapeld staafdiagram: {n} actie, afgesproken in {months} maanden, gekleurd "
            "naar haar stand; {done} klaar.",
            "other": "Gestapeld staafdiagram: {n} acties, afgesproken in {months} maanden, "
            "gekleurd naar hun stand; {done} klaar.",
        },
        "en": {
            "one": "Stacked bar chart: {n} action agreed over {months} months, coloured by "
            "status; {done} done.",
            "other": "Stacked bar chart: {n} actions agreed over {months} months, coloured by "
            "status; {done} done.",
        },
    },
    "report.alt.pairs": {
        "nl": "Per stelling ({n}) het gemiddelde bij {first} en {second}, verbonden door een lijn.",
        "en": "For each statement ({n}) the mean at {first} and {second}, joined by a line.",
    },
    "construct.trajectory": {"nl": "Kijk op het traject", "en": "View of the trajectory"},
    "construct.employee_skills": {"nl": "Werknemersvaardigheden", "en": "Employee skills"},
    "construct.coach_capacity": {"nl": "Ruimte van de coach", "en": "The coach's capacity"},
    "report.code_legend": {
        "nl": "Betrokkenen staan in dit rapport met een code, nooit met hun naam: {legend}.",
        "en": "Stakeholders appear in this report by a code, never by name: {legend}.",
    },
    "report.source_language": {
        "nl": "Het lab werkt in het {language}: citaten, factoren, leervragen en de tekst van de "
        "onderzoeker staan er zoals ze zijn vastgelegd, in het {language}.",
        "en": "The lab works in {language}: quotes, factors, learning questions and the "
        "researcher's text appear as they were recorded, in {language}.",
    },
    "report.cover.state": {"nl": "Stand", "en": "Status"},
    "report.as_of_end": {
        "nl": "op de laatste dag van de fase, {date}",
        "en": "on the last day of the phase, {date}",
    },
    "report.as_of_today": {"nl": "van vandaag, {date}", "en": "as of today, {date}"},
    "report.as_of_note": {
        "nl": "Dit rapport toont de leervragen en acties zoals ze er op {date} voor stonden, de "
        "laatste dag van de fase. Een actie die pas later werd afgerond, staat hier nog open.",
        "en": "This report shows the learning questions and actions as they stood on {date}, the "
        "last day of the phase. An action completed only later is still shown as open here.",
    },
    "report.more_points": {
        "nl": {
            "one": "… en nog {n} aandachtspunt (zie Leeragenda in de monitor).",
            "other": "… en nog {n} aandachtspunten (zie Leeragenda in de monitor).",
        },
        "en": {
            "one": "… and {n} more point of attention (see Learning agenda in the monitor).",
            "other": "… and {n} more points of attention (see Learning agenda in the monitor).",
        },
    },
    "report.section.trajectories": {
        "nl": "Trajecten en uitkomsten",
        "en": "Trajectories and outcomes",
    },
    "report.section.executive": {"nl": "Samenvatting voor bestuurders", "en": "Executive summary"},
    "report.final.stakeholders": {
        "nl": {
            "one": "{n} betrokkene in het lab ({groups}).",
            "other": "{n} betrokkenen in het lab ({groups}).",
        },
        "en": {
            "one": "{n} stakeholder in the lab ({groups}).",
            "other": "{n} stakeholders in the lab ({groups}).",
        },
    },
    "report.count.phases": {
        "nl": {"one": "{n} fase", "other": "{n} fasen"},
        "en": {"one": "{n} phase", "other": "{n} phases"},
    },
    "report.final.activities": {
        "nl": {
            "one": "{n} activiteit in {phases}, met samen {people}.",
            "other": "{n} activiteiten in {phases}, met samen {people}.",
        },
        "en": {
            "one": "{n} activity over {phases}, with {people} in all.",
            "other": "{n} activities over {phases}, with {people} in all.",
        },
    },
    "report.final.sources": {
        "nl": {
            "one": "{n} bron als onderbouwing ({kinds}).",
            "other": "{n} bronnen als onderbouwing ({kinds}).",
        },
        "en": {
            "one": "{n} source as evidence ({kinds}).",
            "other": "{n} sources as evidence ({kinds}).",
        },
    },
    "report.final.questions": {
        "nl": {
            "one": "{n} leervraag op de agenda: {answered}, {carried}, {dropped}, {open}.",
            "other": "{n} leervragen op de agenda: {answered}, {carried}, {dropped}, {open}.",
        },
        "en": {
            "one": "{n} learning question on the agenda: {answered}, {carried}, {dropped}, {open}.",
            "other": "{n} learning questions on the agenda: {answered}, {carried}, {dropped}, "
            "{open}.",
        },
    },
    "report.count.carried": {
        "nl": {
            "one": "{n} meegenomen naar een volgende fase",
            "other": "{n} meegenomen naar een volgende fase",
        },
        "en": {
            "one": "{n} carried over to a next phase",
            "other": "{n} carried over to a next phase",
        },
    },
    "report.count.dropped": {
        "nl": {"one": "{n} vervallen", "other": "{n} vervallen"},
        "en": {"one": "{n} dropped", "other": "{n} dropped"},
    },
    "report.count.open": {
        "nl": {"one": "{n} nog open", "other": "{n} nog open"},
        "en": {"one": "{n} still open", "other": "{n} still open"},
    },
    "report.count.successful": {
        "nl": {"one": "{n} met succes afgerond", "other": "{n} met succes afgerond"},
        "en": {"one": "{n} successful", "other": "{n} successful"},
    },
    "report.figures.actions_all": {
        "nl": {
            "one": "{n} actie afgesproken: {done}, {overdue}.",
            "other": "{n} acties afgesproken: {done}, {overdue}.",
        },
        "en": {
            "one": "{n} action agreed: {done}, {overdue}.",
            "other": "{n} actions agreed: {done}, {overdue}.",
        },
    },
    "report.final.outcomes": {
        "nl": {
            "one": "{n} traject met een bekende uitkomst, waarvan {successful}.",
            "other": "{n} trajecten met een bekende uitkomst, waarvan {successful}.",
        },
        "en": {
            "one": "{n} trajectory with a known outcome, {successful}.",
            "other": "{n} trajectories with a known outcome, {successful}.",
        },
    },
    "report.final.persistent_lead": {
        "nl": "Vragen die het lab niet loslieten (hardnekkige problemen)",
        "en": "Questions the lab could not let go of (persistent problems)",
    },
    "report.section.conclusions": {
        "nl": "Conclusies en aanbevelingen",
        "en": "Conclusions and recommendations",
    },
    "report.section.conclusions_only": {"nl": "Conclusies", "en": "Conclusions"},
    "report.section.recommendations_only": {"nl": "Aanbevelingen", "en": "Recommendations"},
    "report.empty.conclusions": {
        "nl": "De onderzoeker heeft de conclusies nog niet geschreven.",
        "en": "The researcher has not written the conclusions yet.",
    },
    "report.section.phase_chapters": {
        "nl": "Het lab fase voor fase",
        "en": "The lab phase by phase",
    },
    "report.final.phase_period": {"nl": "Periode: {period}.", "en": "Period: {period}."},
    "report.caption.raised_in": {
        "nl": "Leervragen gesteld in fase {phase}",
        "en": "Learning questions raised in phase {phase}",
    },
    "report.empty.phase_questions": {
        "nl": "In deze fase zijn geen nieuwe leervragen gesteld.",
        "en": "No new learning questions were raised in this phase.",
    },
    "report.phase_title": {"nl": "Fase {n}", "en": "Phase {n}"},
    "report.section.history": {"nl": "De leergeschiedenis", "en": "The learning history"},
    "report.caption.agenda_table": {
        "nl": "Leervragen per fase in aantallen",
        "en": "Learning questions per phase in numbers",
    },
    "report.final.snapshots": {
        "nl": {
            "one": "De leeragenda is {n} keer vastgelegd, van {first} tot {last}. De vragen die "
            "het "
            "langst op de agenda stonden:",
            "other": "De leeragenda is {n} keer vastgelegd, van {first} tot {last}. De vragen die "
            "het "
            "langst op de agenda stonden:",
        },
        "en": {
            "one": "The learning agenda was recorded once, from {first} to {last}. The questions "
            "that "
            "stayed on it longest:",
            "other": "The learning agenda was recorded {n} times, from {first} to {last}. The "
            "questions "
            "that stayed on it longest:",
        },
    },
    "report.col.on_agenda": {"nl": "Op de agenda", "en": "On the agenda"},
    "report.col.months": {"nl": "Maanden", "en": "Months"},
    "report.caption.longest": {
        "nl": {
            "one": "De vraag die het langst op de agenda stond",
            "other": "De {n} vragen die het langst op de agenda stonden",
        },
        "en": {
            "one": "The question that stayed on the agenda longest",
            "other": "The {n} questions that stayed on the agenda longest",
        },
    },
    "report.empty.snapshots": {
        "nl": "Er zijn nog geen momentopnames van de leeragenda: die ontstaan als een "
        "stuurgroepoverleg "
        "of een fase wordt gesloten.",
        "en": "There are no snapshots of the learning agenda yet: they are made when a "
        "steering-group "
        "meeting or a phase is closed.",
    },
    "report.outcomes_too_few": {
        "nl": {
            "one": "{n} traject heeft een bekende uitkomst; uitkomsten worden pas getoond vanaf "
            "{threshold}, zodat niemand herkenbaar is.",
            "other": "{n} trajecten hebben een bekende uitkomst; uitkomsten worden pas getoond "
            "vanaf {threshold}, zodat niemand herkenbaar is.",
        },
        "en": {
            "one": "{n} trajectory has a known outcome; outcomes are shown from {threshold} on, "
            "so nobody can be recognised.",
            "other": "{n} trajectories have a known outcome; outcomes are shown from {threshold} "
            "on, so nobody can be recognised.",
        },
    },
    "report.alt.outcomes": {
        "nl": {
            "one": "Staafdiagram: {n} traject naar uitkomst.",
            "other": "Staafdiagram: {n} trajecten naar uitkomst.",
        },
        "en": {
            "one": "Bar chart: {n} trajectory by outcome.",
            "other": "Bar chart: {n} trajectories by outcome.",
        },
    },
    "report.empty.all_lessons": {
        "nl": "Voor geen enkel thema zijn al lessen of ontwerpprincipes geschreven. Schrijf ze op "
        "de "
        "pagina Rapporten, per thema.",
        "en": "No lessons or design principles have been written for any theme yet. Write them on "
        "the "
        "Reports page, per theme.",
    },
    "report.appendix.questions": {"nl": "Alle leervragen", "en": "All learning questions"},
    "report.section.actions": {"nl": "Acties door de tijd", "en": "Actions over time"},
    "report.empty.actions": {
        "nl": "Er zijn nog geen acties afgesproken.",
        "en": "No actions have been agreed yet.",
    },
    "report.caption.actions_time": {
        "nl": "Acties per maand van afspraak, naar hun stand van nu",
        "en": "Actions per month agreed, by their status now",
    },
    "report.caption.actions_status": {"nl": "Acties naar stand", "en": "Actions by status"},
}
