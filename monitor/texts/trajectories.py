"""Trajectories and outcomes: routes, steps, outcomes, arms, the import and the two pages."""

TEXT = {
    # -- routes, locations, outcomes, reasons
    "traj.route.small_scale": {"nl": "Kleinschalige groei", "en": "Small-scale growth"},
    "traj.route.large_scale": {"nl": "Grootschalige groei", "en": "Large-scale growth"},
    "traj.route.development": {"nl": "Ontwikkelbanen", "en": "Development jobs"},
    "traj.route.stacked": {"nl": "Stapelbanen", "en": "Stacked jobs"},
    "traj.location.employer": {
        "nl": "Bij de toekomstige werkgever",
        "en": "At the future employer",
    },
    "traj.location.other_employer": {"nl": "Bij een andere werkgever", "en": "At another employer"},
    "traj.location.job_company": {"nl": "Bij het werkbedrijf", "en": "At the job company"},
    "traj.location.training": {"nl": "Opleiding of school", "en": "Training or school"},
    "traj.outcome.intended_job": {"nl": "Beoogde baan", "en": "Intended job"},
    "traj.outcome.other_employer": {
        "nl": "Baan bij andere werkgever",
        "en": "Job at another employer",
    },
    "traj.outcome.agency": {"nl": "Baan via uitzendbureau", "en": "Job through an agency"},
    "traj.outcome.learning": {"nl": "Nog in traject", "en": "Still learning"},
    "traj.outcome.no_job": {"nl": "Uitgevallen zonder werk", "en": "Dropped out without work"},
    "traj.outcome.unknown": {"nl": "Onbekend", "en": "Unknown"},
    "arm.reason.work": {"nl": "Werk", "en": "Work"},
    "arm.reason.part_time": {"nl": "Deeltijdwerk", "en": "Part-time work"},
    "arm.reason.other": {"nl": "Andere reden", "en": "Other reason"},
    "arm.reason.benefit": {"nl": "Nog in de uitkering", "en": "Still on benefit"},
    "arm.kind.pilot": {"nl": "Pilotarm", "en": "Pilot arm"},
    "arm.kind.control": {"nl": "Controlegroep", "en": "Control group"},
    "arm.kind.cohort": {"nl": "Cohort", "en": "Cohort"},
    # -- field names (used in messages and as column headers)
    "traj.candidate": {"nl": "Kandidaat (code)", "en": "Candidate (code)"},
    "traj.route": {"nl": "Route", "en": "Route"},
    "traj.route_label": {"nl": "Naam van de route", "en": "Name of the route"},
    "traj.employer": {"nl": "Werkgever", "en": "Employer"},
    "traj.location": {"nl": "Inleerlocatie", "en": "Learning location"},
    "traj.job": {"nl": "Functie", "en": "Job"},
    "traj.coach": {"nl": "Coach", "en": "Coach"},
    "traj.start": {"nl": "Start leerperiode", "en": "Start of learning period"},
    "traj.end": {"nl": "Einde leerperiode", "en": "End of learning period"},
    "traj.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "traj.reason": {"nl": "Reden van vertrek", "en": "Reason for leaving"},
    "traj.step": {"nl": "Stap", "en": "Step"},
    "traj.step_date": {"nl": "Datum bereikt", "en": "Date reached"},
    "traj.step_note": {"nl": "Notitie bij de stap", "en": "Note on the step"},
    "traj.last_step": {"nl": "Laatste stap", "en": "Last step"},
    "traj.months": {"nl": "Leerperiode (maanden)", "en": "Learning period (months)"},
    "traj.arm": {"nl": "Arm of cohort", "en": "Arm or cohort"},
    "traj.factors": {"nl": "Factoren", "en": "Factors"},
    "arm.name": {"nl": "Naam van de groep", "en": "Name of the group"},
    "arm.kind": {"nl": "Soort groep", "en": "Kind of group"},
    "arm.size": {"nl": "Omvang", "en": "Size"},
    "arm.description": {"nl": "Toelichting", "en": "Description"},
    "arm.moment": {"nl": "Moment", "en": "Moment"},
    "arm.date": {"nl": "Peildatum", "en": "Date"},
    # -- messages
    "error.traj_code": {
        "nl": "'{value}' is geen kandidaatcode. Gebruik een code zoals K-017 (letters, cijfers "
        "en -, zonder spaties), nooit een naam.",
        "en": "'{value}' is not a candidate code. Use a code such as K-017 (letters, digits and "
        "-, no spaces), never a name.",
    },
    "error.traj_unknown_route": {
        "nl": "Route '{value}' kent dit lab niet. Bekende routes: {known}.",
        "en": "This lab does not know the route '{value}'. Known routes: {known}.",
    },
    "error.traj_unknown_outcome": {
        "nl": "Uitkomst '{value}' bestaat niet. Kies beoogde baan, andere werkgever, "
        "uitzendbureau, nog in traject, geen werk of onbekend.",
        "en": "Outcome '{value}' does not exist. Choose intended_job, other_employer, agency, "
        "learning, no_job or unknown.",
    },
    "error.traj_unknown_location": {
        "nl": "Inleerlocatie '{value}' bestaat niet. Kies werkgever, andere werkgever, "
        "werkbedrijf of opleiding.",
        "en": "Learning location '{value}' does not exist. Choose employer, other_employer, "
        "job_company or training.",
    },
    "error.traj_end_before_start": {
        "nl": "Het einde ({end}) ligt voor de start ({start}).",
        "en": "The end ({end}) is before the start ({start}).",
    },
    "error.traj_step_before_start": {
        "nl": "Stap {step} ({date}) ligt voor de start ({start}).",
        "en": "Step {step} ({date}) is before the start ({start}).",
    },
    "error.traj_steps_order": {
        "nl": "Stap {step} ({date}) ligt voor stap {previous} ({previous_date}).",
        "en": "Step {step} ({date}) is before step {previous} ({previous_date}).",
    },
    "error.traj_exists": {
        "nl": "Kandidaat {code} heeft al een traject. Er is niets opgeslagen.",
        "en": "Candidate {code} already has a trajectory. Nothing was saved.",
    },
    "error.traj_duplicate_row": {
        "nl": "Kandidaat {code} staat meer dan eens in dit bestand (ook op regel {rows}); "
        "geen van die regels is ingelezen.",
        "en": "Candidate {code} appears more than once in this file (also on row {rows}); "
        "none of those rows was imported.",
    },
    "error.traj_not_employer": {
        "nl": "'{value}' is geen werkgever van dit lab.",
        "en": "'{value}' is not an employer of this lab.",
    },
    "error.traj_not_coach": {
        "nl": "'{value}' is geen coach van dit lab.",
        "en": "'{value}' is not a coach of this lab.",
    },
    "error.traj_route_id": {
        "nl": "'{value}' is geen geldige code voor een route: kleine letters, cijfers en _, "
        "beginnend met een letter (bijvoorbeeld zorg_route).",
        "en": "'{value}' is not a valid route id: lower-case letters, digits and _, starting "
        "with a letter (for example care_route).",
    },
    "error.traj_no_routes": {
        "nl": "Een lab heeft minstens één route.",
        "en": "A lab has at least one route.",
    },
    "error.traj_route_in_use": {
        "nl": "Route {value} wordt nog door trajecten gebruikt en kan niet weg.",
        "en": "Route {value} is still used by trajectories and cannot be removed.",
    },
    "error.traj_file": {
        "nl": "Het bestand heeft geen kolom {columns}. Verwacht: kandidaat, route, werkgever, "
        "functie, inleerlocatie, start, einde, uitkomst.",
        "en": "The file has no column {columns}. Expected: candidate, route, employer, job, "
        "location, start, end, outcome.",
    },
    "error.traj_changed": {
        "nl": "Iemand anders heeft net trajecten uit dit bestand gewijzigd of toegevoegd. Er is "
        "niets ingelezen; lees het bestand opnieuw in.",
        "en": "Someone else has just changed or added trajectories of this file. Nothing was "
        "imported; read the file in again.",
    },
    "error.arm_counts": {
        "nl": "De aantallen bij {moment} tellen op tot {total}, meer dan de omvang ({size}).",
        "en": "The counts at {moment} add up to {total}, more than the size ({size}).",
    },
    "error.arm_size": {
        "nl": "Een groep heeft een omvang van minstens 1.",
        "en": "A group has a size of at least 1.",
    },
    "error.arm_in_use": {
        "nl": "Groep '{name}' heeft nog trajecten en kan niet weg.",
        "en": "Group '{name}' still has trajectories and cannot be removed.",
    },
    # -- import and command line
    "traj.import_summary": {
        "nl": "{created} nieuw, {updated} bijgewerkt, {bad}.",
        "en": "{created} new, {updated} updated, {bad}.",
    },
    "traj.import_bad": {
        "nl": {"one": "{n} regel niet ingelezen", "other": "{n} regels niet ingelezen"},
        "en": {"one": "{n} row not imported", "other": "{n} rows not imported"},
    },
    "traj.import_new_candidates": {
        "nl": {"one": "{n} nieuwe kandidaat: {codes}", "other": "{n} nieuwe kandidaten: {codes}"},
        "en": {"one": "{n} new candidate: {codes}", "other": "{n} new candidates: {codes}"},
    },
    "traj.import_new_employers": {
        "nl": {"one": "{n} nieuwe werkgever: {names}", "other": "{n} nieuwe werkgevers: {names}"},
        "en": {"one": "{n} new employer: {names}", "other": "{n} new employers: {names}"},
    },
    "error.traj_import_rows": {
        "nl": {
            "one": "{n} regel is niet ingelezen (zie hierboven); de goede regels wel.",
            "other": "{n} regels zijn niet ingelezen (zie hierboven); de goede regels wel.",
        },
        "en": {
            "one": "{n} row was not imported (see above); the good rows were.",
            "other": "{n} rows were not imported (see above); the good rows were.",
        },
    },
    "traj.md_title": {"nl": "Uitkomsten van trajecten", "en": "Trajectory outcomes"},
    "traj.md_total": {
        "nl": {"one": "{n} traject", "other": "{n} trajecten"},
        "en": {"one": "{n} trajectory", "other": "{n} trajectories"},
    },
    "traj.md_months": {
        "nl": "Leerperiode: kortst {min}, mediaan {median}, langst {max} maanden.",
        "en": "Learning period: shortest {min}, median {median}, longest {max} months.",
    },
    "traj.md_held_back": {
        "nl": {
            "one": "{n} route heeft minder dan {threshold} trajecten en staat niet apart in de "
            "tabel, zodat niemand herkenbaar is; het totaal telt ze wel mee.",
            "other": "{n} routes hebben minder dan {threshold} trajecten en staan niet apart in "
            "de tabel, zodat niemand herkenbaar is; het totaal telt ze wel mee.",
        },
        "en": {
            "one": "{n} route has fewer than {threshold} trajectories and is not shown apart, "
            "so nobody can be recognised; the total does count them.",
            "other": "{n} routes have fewer than {threshold} trajectories and are not shown "
            "apart, so nobody can be recognised; the total does count them.",
        },
    },
    "traj.md_no_months": {
        "nl": "Nog geen trajecten met een begin- en einddatum.",
        "en": "No trajectories with a start and an end date yet.",
    },
    "traj.total": {"nl": "Totaal", "en": "Total"},
    # -- navigation and the Trajectories page
    "traj.nav": {"nl": "Trajecten", "en": "Trajectories"},
    "outcomes.nav": {"nl": "Uitkomsten", "en": "Outcomes"},
    "traj.nav_section": {"nl": "Trajecten en uitkomsten", "en": "Trajectories and outcomes"},
    "traj.title": {"nl": "Trajecten", "en": "Trajectories"},
    "traj.intro": {
        "nl": "Elke kandidaat volgt een route naar werk in zes stappen. Kandidaten staan hier "
        "alleen met hun code; namen blijven in de deelnemersregistratie.",
        "en": "Each candidate follows a route to work in six steps. Candidates appear here by "
        "their code only; names stay in the participant registry.",
    },
    "traj.tab_list": {"nl": "Overzicht", "en": "Overview"},
    "traj.tab_new": {"nl": "Nieuw traject", "en": "New trajectory"},
    "traj.tab_import": {"nl": "Importeren", "en": "Import"},
    "traj.tab_setup": {"nl": "Routes en groepen", "en": "Routes and groups"},
    "traj.filter_search": {"nl": "Zoek op code of functie", "en": "Search by code or job"},
    "traj.none": {
        "nl": "Nog geen trajecten. Voeg er een toe of importeer de registratie van het "
        "werkbedrijf.",
        "en": "No trajectories yet. Add one, or import the job company's registration.",
    },
    "traj.filtered": {
        "nl": {"one": "{shown} van {n} traject", "other": "{shown} van {n} trajecten"},
        "en": {"one": "{shown} of {n} trajectory", "other": "{shown} of {n} trajectories"},
    },
    "traj.choose": {"nl": "Traject bekijken", "en": "Look at a trajectory"},
    "traj.timeline": {"nl": "Zes stappen", "en": "Six steps"},
    "traj.not_reached": {"nl": "nog niet bereikt", "en": "not reached yet"},
    "traj.period": {"nl": "Leerperiode", "en": "Learning period"},
    "traj.open_end": {"nl": "loopt nog", "en": "still running"},
    "traj.responses": {
        "nl": "Vragenlijsten over deze kandidaat",
        "en": "Surveys about this candidate",
    },
    "traj.no_responses": {
        "nl": "Nog geen ingevulde vragenlijsten met deze code.",
        "en": "No surveys answered with this code yet.",
    },
    "traj.response_line": {
        "nl": "{wave}: {status}, {answers}",
        "en": "{wave}: {status}, {answers}",
    },
    "traj.answers": {
        "nl": {"one": "{n} antwoord", "other": "{n} antwoorden"},
        "en": {"one": "{n} answer", "other": "{n} answers"},
    },
    "traj.linked_factors": {"nl": "Factoren bij dit traject", "en": "Factors of this trajectory"},
    "traj.no_factors": {
        "nl": "Nog geen factoren aan dit traject gekoppeld.",
        "en": "No factors linked to this trajectory yet.",
    },
    "traj.update_step": {"nl": "Stap bijwerken", "en": "Update a step"},
    "traj.save_step": {"nl": "Stap opslaan", "en": "Save the step"},
    "traj.step_saved": {"nl": "Stap {step} is opgeslagen.", "en": "Step {step} was saved."},
    "traj.update_outcome": {"nl": "Uitkomst bijwerken", "en": "Update the outcome"},
    "traj.save_outcome": {"nl": "Uitkomst opslaan", "en": "Save the outcome"},
    "traj.outcome_saved": {"nl": "De uitkomst is opgeslagen.", "en": "The outcome was saved."},
    "traj.save_factors": {"nl": "Koppeling opslaan", "en": "Save the links"},
    "traj.factors_saved": {"nl": "De factoren zijn gekoppeld.", "en": "The factors were linked."},
    "traj.new_save": {"nl": "Traject toevoegen", "en": "Add the trajectory"},
    "traj.created": {
        "nl": "Traject voor {code} is toegevoegd.",
        "en": "The trajectory of {code} was added.",
    },
    "traj.nobody": {"nl": "— geen —", "en": "— none —"},
    "traj.conflict": {
        "nl": "Iemand anders heeft dit traject net gewijzigd. Uw wijziging is niet opgeslagen; "
        "hieronder staat de nieuwe versie.",
        "en": "Someone else has just changed this trajectory. Your change was not saved; the "
        "new version is shown below.",
    },
    "traj.import_intro": {
        "nl": "Lees de registratie van het werkbedrijf in (CSV of XLSX). Eerst ziet u wat er "
        "gebeurt; regels met een fout worden niet ingelezen.",
        "en": "Read the job company's registration (CSV or XLSX). You first see what will "
        "happen; rows with a mistake are not imported.",
    },
    "traj.import_columns": {"nl": "Kolommen en waarden", "en": "Columns and values"},
    "traj.import_file": {"nl": "Bestand", "en": "File"},
    "traj.import_go": {
        "nl": {"one": "{n} regel inlezen", "other": "{n} regels inlezen"},
        "en": {"one": "Import {n} row", "other": "Import {n} rows"},
    },
    "traj.import_done": {
        "nl": "Ingelezen: {created} nieuw, {updated} bijgewerkt.",
        "en": "Imported: {created} new, {updated} updated.",
    },
    "traj.routes_title": {"nl": "Routes", "en": "Routes"},
    "traj.routes_intro": {
        "nl": "Hernoem de routes of voeg een eigen route toe. Een route die in gebruik is, "
        "kan niet weg.",
        "en": "Rename the routes or add a route of your own. A route in use cannot be removed.",
    },
    "traj.routes_save": {"nl": "Routes opslaan", "en": "Save the routes"},
    "traj.routes_saved": {"nl": "De routes zijn opgeslagen.", "en": "The routes were saved."},
    "arm.title": {"nl": "Groepen om te vergelijken", "en": "Groups to compare"},
    "arm.intro": {
        "nl": "Pilotarmen, een controlegroep of cohorten, met hun omvang en de uitstroom per "
        "reden op een moment. Vaak zijn alleen totalen bekend; die zijn genoeg.",
        "en": "Pilot arms, a control group or cohorts, with their size and the outflow by "
        "reason at a moment. Often only totals are known; they are enough.",
    },
    "arm.none": {"nl": "Nog geen groepen.", "en": "No groups yet."},
    "arm.add": {"nl": "Groep toevoegen", "en": "Add a group"},
    "arm.add_moment": {"nl": "Moment toevoegen aan een groep", "en": "Add a moment to a group"},
    "arm.group": {"nl": "Groep", "en": "Group"},
    "arm.saved": {"nl": "De groep '{name}' is opgeslagen.", "en": "The group '{name}' was saved."},
    "arm.benefit_help": {
        "nl": "Leeg laten: de rest van de groep.",
        "en": "Leave empty: the rest of the group.",
    },
    "arm.summary": {
        "nl": "{kind}, {size}; momenten: {moments}",
        "en": "{kind}, {size}; moments: {moments}",
    },
    # -- the Outcomes page and the report chapter
    "outcomes.title": {"nl": "Uitkomsten", "en": "Outcomes"},
    "outcomes.intro": {
        "nl": "Hoeveel kandidaten, hoeveel vonden werk, langs welke route, en wat hielp of "
        "hinderde bij welke stap.",
        "en": "How many candidates, how many found work, along which route, and what helped or "
        "hindered at which step.",
    },
    "outcomes.none": {
        "nl": "Nog geen trajecten om te tellen.",
        "en": "No trajectories to count yet.",
    },
    "outcomes.too_few": {
        "nl": "Minder dan {threshold} trajecten: te weinig om uitkomsten te tonen zonder dat "
        "kandidaten herkenbaar worden.",
        "en": "Fewer than {threshold} trajectories: too few to show outcomes without candidates "
        "becoming recognisable.",
    },
    "outcomes.threshold": {
        "nl": "Groepen met minder dan {threshold} trajecten worden niet getoond.",
        "en": "Groups with fewer than {threshold} trajectories are not shown.",
    },
    "outcomes.hidden": {
        "nl": {
            "one": "{n} groep is niet getoond ({people}), omdat die kleiner is dan {threshold}.",
            "other": "{n} groepen zijn niet getoond ({people}), omdat die kleiner zijn dan "
            "{threshold}.",
        },
        "en": {
            "one": "{n} group is not shown ({people}): smaller than {threshold}.",
            "other": "{n} groups are not shown ({people}): smaller than {threshold}.",
        },
    },
    "outcomes.metric_total": {"nl": "Kandidaten", "en": "Candidates"},
    "outcomes.metric_work": {"nl": "Aan het werk", "en": "In work"},
    "outcomes.metric_learning": {"nl": "Nog in traject", "en": "Still learning"},
    "outcomes.metric_months": {
        "nl": "Leerperiode (mediaan, maanden)",
        "en": "Learning period (median, months)",
    },
    "outcomes.per_route": {"nl": "Uitkomst per route", "en": "Outcome per route"},
    "outcomes.per_employer": {"nl": "Uitkomst per werkgever", "en": "Outcome per employer"},
    "outcomes.flow": {"nl": "Van start tot uitkomst", "en": "From start to outcome"},
    "outcomes.flow_help": {
        "nl": "Per stap hoeveel kandidaten die bereikten, gekleurd naar hoe hun traject afliep.",
        "en": "Per step how many candidates reached it, coloured by how their trajectory ended.",
    },
    "outcomes.to_job": {"nl": "Tijd tot een baan", "en": "Time to a job"},
    "outcomes.learning": {"nl": "Lengte van de leerperiode", "en": "Length of the learning period"},
    "outcomes.no_months": {
        "nl": "Nog te weinig trajecten met de datums om dit te tonen.",
        "en": "Too few trajectories with the dates to show this yet.",
    },
    "outcomes.steps": {"nl": "Factoren per stap", "en": "Factors per step"},
    "outcomes.no_steps": {
        "nl": "Nog geen factoren met een stap. Geef bij het coderen aan bij welke stap een "
        "factor hoort.",
        "en": "No factors with a step yet. When coding, say which step a factor belongs to.",
    },
    "outcomes.arms": {"nl": "Vergelijking van groepen", "en": "Comparison of groups"},
    "outcomes.arms_moment": {"nl": "Moment: {moment}", "en": "Moment: {moment}"},
    "outcomes.arms_hidden": {
        "nl": "Niet getoond (kleiner dan {threshold}): {names}.",
        "en": "Not shown (smaller than {threshold}): {names}.",
    },
    "outcomes.arms_note": {
        "nl": "Verschil in procentpunten: het aandeel met (deeltijd)werk min dat van "
        "{reference}, met een 95%-betrouwbaarheidsinterval waar de groepen groot genoeg zijn.",
        "en": "Difference in percentage points: the share in (part-time) work minus that of "
        "{reference}, with a 95% confidence interval where the groups are large enough.",
    },
    "outcomes.col_group": {"nl": "Groep", "en": "Group"},
    "outcomes.col_n": {"nl": "n", "en": "n"},
    "outcomes.col_to_work": {"nl": "(Deeltijd)werk", "en": "(Part-time) work"},
    "outcomes.col_difference": {"nl": "Verschil", "en": "Difference"},
    "outcomes.col_interval": {"nl": "95%-interval", "en": "95% interval"},
    "outcomes.col_enablers": {"nl": "Bevorderend", "en": "Enablers"},
    "outcomes.col_barriers": {"nl": "Belemmerend", "en": "Barriers"},
    "outcomes.col_median": {"nl": "Mediaan (maanden)", "en": "Median (months)"},
    "outcomes.col_range": {"nl": "Kortst–langst", "en": "Shortest–longest"},
    "outcomes.reference": {"nl": "referentie", "en": "reference"},
    "outcomes.no_interval": {"nl": "te klein", "en": "too small"},
    "traj.chart_candidates": {"nl": "Kandidaten", "en": "Candidates"},
    "traj.chart_group": {"nl": "Groep", "en": "Group"},
    "traj.chart_start": {"nl": "Start", "en": "Start"},
    "traj.chart_months_job": {"nl": "Maanden tot een baan", "en": "Months to a job"},
    "traj.chart_months_learning": {"nl": "Maanden leerperiode", "en": "Months of learning"},
    "report.traj.routes": {"nl": "Routes in de praktijk", "en": "Routes in practice"},
    "report.traj.routes_lead": {
        "nl": "Per route de werkgevers, de functies, het aantal kandidaten en de leerperiode.",
        "en": "Per route the employers, the jobs, the number of candidates and the learning "
        "period.",
    },
    "report.traj.col_employers": {"nl": "Werkgevers", "en": "Employers"},
    "report.traj.col_jobs": {"nl": "Functies", "en": "Jobs"},
    "report.traj.col_candidates": {"nl": "Kandidaten", "en": "Candidates"},
    "report.traj.caption_routes": {"nl": "Routes in de praktijk", "en": "Routes in practice"},
    "report.traj.outcomes": {"nl": "Uitkomsten per route", "en": "Outcomes per route"},
    "report.traj.caption_outcomes": {
        "nl": "Uitkomst per route (aantal kandidaten)",
        "en": "Outcome per route (number of candidates)",
    },
    "report.traj.caption_flow": {
        "nl": "Van start tot uitkomst: kandidaten per bereikte stap",
        "en": "From start to outcome: candidates per step reached",
    },
    "report.traj.steps": {"nl": "Factoren per stap", "en": "Factors per step"},
    "report.traj.caption_steps": {
        "nl": "Bevorderende en belemmerende factoren per stap",
        "en": "Enabling and hindering factors per step",
    },
    "report.traj.arms": {"nl": "Vergelijking van groepen", "en": "Comparison of groups"},
    "report.traj.caption_arms": {
        "nl": "Uitstroom per groep bij {moment}",
        "en": "Outflow per group at {moment}",
    },
    "report.traj.summary": {
        "nl": "{total}; {work} aan het werk ({share}), {learning} nog in traject.",
        "en": "{total}; {work} in work ({share}), {learning} still learning.",
    },
    "report.traj.more": {
        "nl": {"one": "en {n} andere", "other": "en {n} andere"},
        "en": {"one": "and {n} more", "other": "and {n} more"},
    },
    "kind.trajectories": {"nl": "traject", "en": "trajectory"},
    "kind.arms": {"nl": "groep", "en": "group"},
    "kind.trajectory_settings": {"nl": "routes", "en": "routes"},
}
