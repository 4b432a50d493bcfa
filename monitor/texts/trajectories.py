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
        "nl": "{created} nieuw, {updated} bijgewerkt, {bad} regels niet ingelezen.",
        "en": "{created} new, {updated} updated, {bad} rows not imported.",
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
    "traj.md_no_months": {
        "nl": "Nog geen trajecten met een begin- en einddatum.",
        "en": "No trajectories with a start and an end date yet.",
    },
    "traj.total": {"nl": "Totaal", "en": "Total"},
}
