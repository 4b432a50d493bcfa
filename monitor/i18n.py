"""The one translation table. Keys are dotted and grouped by screen; every key has Dutch and
English (a test checks that every key used in the code exists here in both languages)."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("nl", "en")

# Message parameters with these names hold a key of this table and are translated too.
_TRANSLATED_PARAMS = ("field", "kind")

TEXT: dict[str, dict[str, Any]] = {
    # -- shell and navigation
    "app.language": {"nl": "Taal", "en": "Language"},
    "app.lab": {"nl": "Lab", "en": "Lab"},
    "app.no_lab": {
        "nl": "Kies eerst een lab in de zijbalk.",
        "en": "Choose a lab in the sidebar first.",
    },
    "nav.section.lab": {"nl": "Lab", "en": "Lab"},
    "nav.section.evidence": {"nl": "Bronnen en factoren", "en": "Evidence"},
    "nav.overview": {"nl": "Overzicht", "en": "Overview"},
    "nav.setup": {"nl": "Lab en fasen", "en": "Lab and phases"},
    "nav.stakeholders": {"nl": "Betrokkenen", "en": "Stakeholders"},
    "nav.activities": {"nl": "Activiteiten", "en": "Activities"},
    "nav.new_lab": {"nl": "Nieuw lab", "en": "New lab"},
    "nav.sources": {"nl": "Bronnen", "en": "Sources"},
    # -- access, consent, erasure, retention, audit
    "nav.privacy": {"nl": "Privacy en logboek", "en": "Privacy and audit"},
    "role.researcher": {"nl": "onderzoeker", "en": "researcher"},
    "role.steering": {"nl": "stuurgroeplid", "en": "steering group member"},
    "role.coach": {"nl": "werkcoach", "en": "job coach"},
    "access.local_mode": {
        "nl": "Lokale modus: één onderzoeker op deze computer, zonder inloggen. Werkt u met "
        "meer mensen op één server, stel dan gebruikers in (zie README).",
        "en": "Local mode: one researcher on this computer, no login. When several people use "
        "one server, set up users (see the README).",
    },
    "access.logged_in": {
        "nl": "Ingelogd als {name} ({role})",
        "en": "Logged in as {name} ({role})",
    },
    "access.logout": {"nl": "Uitloggen", "en": "Log out"},
    "access.no_labs": {
        "nl": "Er is (nog) geen lab waarvoor u toegang heeft. Vraag de onderzoeker.",
        "en": "There is no lab you have access to (yet). Ask the researcher.",
    },
    "login.title": {"nl": "Inloggen", "en": "Log in"},
    "login.username": {"nl": "Gebruikersnaam", "en": "User name"},
    "login.password": {"nl": "Wachtwoord", "en": "Password"},
    "login.submit": {"nl": "Inloggen", "en": "Log in"},
    "login.oidc": {"nl": "Inloggen via uw organisatie", "en": "Log in through your organisation"},
    "login.expired": {
        "nl": "U bent uitgelogd omdat u een tijd niets deed. Log opnieuw in.",
        "en": "You were logged out after a while without activity. Please log in again.",
    },
    "login.unknown_account": {
        "nl": "Het account {email} heeft geen toegang tot deze monitor. Vraag de onderzoeker om "
        "u toe te voegen.",
        "en": "The account {email} has no access to this monitor. Ask the researcher to add you.",
    },
    "login.help": {
        "nl": "Vult u een vragenlijst in? Dan heeft u geen account nodig: gebruik de persoonlijke "
        "link die u kreeg.",
        "en": "Filling in a survey? You need no account: use the personal link you received.",
    },
    "error.login_failed": {
        "nl": "Gebruikersnaam of wachtwoord klopt niet.",
        "en": "The user name or password is not right.",
    },
    "error.login_wait": {
        "nl": "Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw.",
        "en": "Too many failed attempts. Try again in {minutes} minutes.",
    },
    "error.session_expired": {
        "nl": "Uw sessie is verlopen; er is niets opgeslagen. Log opnieuw in.",
        "en": "Your session has expired; nothing was saved. Please log in again.",
    },
    "error.access_secrets": {
        "nl": "Het bestand .streamlit/secrets.toml is niet te lezen. De monitor blijft dicht tot "
        "het hersteld is.",
        "en": "The file .streamlit/secrets.toml cannot be read. The monitor stays closed until "
        "it is fixed.",
    },
    "error.access_role": {
        "nl": "Gebruiker '{user}' in secrets.toml heeft een onbekende rol '{role}' (kies "
        "researcher of steering).",
        "en": "User '{user}' in secrets.toml has an unknown role '{role}' (use researcher or "
        "steering).",
    },
    "error.access_hash": {
        "nl": "Het wachtwoord van gebruiker '{user}' in secrets.toml is geen hash. Maak er een "
        "met: labmonitor hash-password",
        "en": "The password of user '{user}' in secrets.toml is not a hash. Make one with: "
        "labmonitor hash-password",
    },
    "error.access_no_login": {
        "nl": "Gebruiker '{user}' in secrets.toml heeft geen wachtwoord en geen e-mailadres.",
        "en": "User '{user}' in secrets.toml has neither a password nor an e-mail address.",
    },
    "error.password_mismatch": {
        "nl": "De twee wachtwoorden zijn niet gelijk.",
        "en": "The two passwords differ.",
    },
    "error.password_short": {
        "nl": {
            "one": "Kies een wachtwoord van minstens 1 teken.",
            "other": "Kies een wachtwoord van minstens {n} tekens.",
        },
        "en": {
            "one": "Choose a password of at least 1 character.",
            "other": "Choose a password of at least {n} characters.",
        },
    },
    "error.not_allowed": {
        "nl": "Dit mag u niet wijzigen: alleen uw eigen acties. Er is niets opgeslagen.",
        "en": "You may not change this: only your own actions. Nothing was saved.",
    },
    "error.no_consent_for": {
        "nl": "Voor {name} staat geen toestemming vast (status: {status}). Leg eerst de "
        "toestemming vast op de pagina Betrokkenen; er is niets opgeslagen.",
        "en": "There is no consent on record for {name} (status: {status}). Record consent on "
        "the Stakeholders page first; nothing was saved.",
    },
    "error.erasure_rewrite_quotes": {
        "nl": "Een herschreven factor bevat nog het citaat of de naam. Schrijf hem in eigen "
        "woorden; er is niets gewist.",
        "en": "A rewritten factor still holds the quote or the name. Put it in your own words; "
        "nothing was erased.",
    },
    "error.retention_past": {
        "nl": "Kies een bewaartermijn na vandaag.",
        "en": "Choose a retention date after today.",
    },
    "error.retention_done": {
        "nl": "De bewaartermijn is al verstreken; namen en contactgegevens zijn al verwijderd.",
        "en": "The retention date has passed; names and contacts have been removed already.",
    },
    "consent_source.given": {"nl": "Gegeven", "en": "Given"},
    "consent_source.missing": {
        "nl": "⚠ Niet van iedereen vastgelegd",
        "en": "⚠ Not on record for everyone",
    },
    "consent_source.withheld": {
        "nl": "⛔ Geweigerd of ingetrokken: niet in rapporten en exports",
        "en": "⛔ Refused or withdrawn: left out of reports and exports",
    },
    "consent_source.none": {"nl": "Niet van toepassing", "en": "Not applicable"},
    "surveys.consent_given": {
        "nl": "Gegeven {at} (tekst v{version})",
        "en": "Given {at} (text v{version})",
    },
    "surveys.consent_helped": {"nl": "met interviewer", "en": "with interviewer"},
    "actions.mine": {"nl": "Uw acties ({n})", "en": "Your actions ({n})"},
    "actions.none_mine": {
        "nl": "U heeft geen acties op uw naam.",
        "en": "There are no actions in your name.",
    },
    "actions.others": {"nl": "Acties van anderen ({n})", "en": "Actions of others ({n})"},
    "privacy.consent": {"nl": "Toestemming", "en": "Consent"},
    "privacy.erase": {"nl": "Wissen", "en": "Erasure"},
    "privacy.retention": {"nl": "Bewaartermijn", "en": "Retention"},
    "privacy.audit": {"nl": "Logboek", "en": "Audit trail"},
    "privacy.consent_help": {
        "nl": "Wie geweigerd of ingetrokken heeft, komt niet in rapporten en exports; interviews "
        "met hen en bronnen over alleen hen blijven erbuiten. Toestemming wijzigt u op de pagina "
        "Betrokkenen; vragenlijsten vragen die zelf, vóór de eerste vraag.",
        "en": "Whoever refused or withdrew stays out of reports and exports, together with "
        "interviews with them and sources only about them. Change consent on the Stakeholders "
        "page; surveys ask for it themselves, before the first question.",
    },
    "privacy.withheld": {"nl": "Achtergehouden bronnen", "en": "Sources withheld"},
    "privacy.responses_consent": {
        "nl": {
            "one": "1 vragenlijstantwoord, met vastgelegde toestemming (wie weigert, wordt "
            "alleen geteld).",
            "other": "{n} vragenlijstantwoorden, elk met vastgelegde toestemming (wie weigert, "
            "wordt alleen geteld).",
        },
        "en": {
            "one": "1 survey response, with consent on record (a refusal is only counted).",
            "other": "{n} survey responses, each with consent on record (a refusal is only "
            "counted).",
        },
    },
    "privacy.survey_participant": {"nl": "deelnemer vragenlijst", "en": "survey participant"},
    "privacy.erase_help": {
        "nl": "Wist één persoon overal: registratie, antwoorden, interviews, links en citaten. "
        "Het logboek houdt bij dát er gewist is, niet wat. Oudere back-ups van dit lab worden "
        "vervangen door een nieuwe. Dit is niet terug te draaien.",
        "en": "Erases one person everywhere: registration, answers, interviews, links and "
        "quotes. The audit trail keeps that an erasure happened, not what. Older backups of this "
        "lab are replaced by a new one. This cannot be undone.",
    },
    "privacy.erase_who": {"nl": "Wie wissen?", "en": "Whom to erase?"},
    "privacy.erased": {
        "nl": {
            "one": "Gewist: 1 gegeven. Het logboek vermeldt alleen dát er gewist is.",
            "other": "Gewist: {n} gegevens. Het logboek vermeldt alleen dát er gewist is.",
        },
        "en": {
            "one": "Erased: 1 record. The audit trail only says that an erasure happened.",
            "other": "Erased: {n} records. The audit trail only says that an erasure happened.",
        },
    },
    "privacy.plan_title": {"nl": "Wat er verdwijnt", "en": "What will go"},
    "privacy.kind.stakeholders": {"nl": "Betrokkene", "en": "Stakeholder"},
    "privacy.kind.participants": {"nl": "Registratie vragenlijsten", "en": "Survey registration"},
    "privacy.kind.invitations": {"nl": "Persoonlijke links", "en": "Personal links"},
    "privacy.kind.responses": {"nl": "Vragenlijstantwoorden", "en": "Survey responses"},
    "privacy.kind.sources": {"nl": "Interviews en bronnen", "en": "Interviews and sources"},
    "privacy.kind.interview_drafts": {"nl": "Lopende interviews", "en": "Interviews in progress"},
    "privacy.kind.factors": {"nl": "Factor", "en": "Factor"},
    "privacy.kind.narratives": {"nl": "Rapporttekst", "en": "Report text"},
    "privacy.kind.actions": {"nl": "Actie", "en": "Action"},
    "privacy.kind.activities": {"nl": "Activiteit", "en": "Activity"},
    "privacy.unlinked": {
        "nl": {
            "one": "Losgekoppeld van 1 verslag of document (dat blijft bestaan)",
            "other": "Losgekoppeld van {n} verslagen of documenten (die blijven bestaan)",
        },
        "en": {
            "one": "Unlinked from 1 set of minutes or document (which remains)",
            "other": "Unlinked from {n} minutes or documents (which remain)",
        },
    },
    "privacy.nothing_else": {"nl": "Alleen de registratie.", "en": "Only the registration."},
    "privacy.mentions": {
        "nl": {
            "one": "De naam staat nog in 1 andere tekst. Pas die zelf aan; die wordt niet "
            "automatisch gewijzigd.",
            "other": "De naam staat nog in {n} andere teksten. Pas die zelf aan; ze worden niet "
            "automatisch gewijzigd.",
        },
        "en": {
            "one": "The name still appears in 1 other text. Edit it yourself; it is not changed "
            "automatically.",
            "other": "The name still appears in {n} other texts. Edit them yourself; they are "
            "not changed automatically.",
        },
    },
    "privacy.factors": {
        "nl": {"one": "1 factor uit de bronnen", "other": "{n} factoren uit hun bronnen"},
        "en": {"one": "1 factor from its source", "other": "{n} factors from their sources"},
    },
    "privacy.factors_help": {
        "nl": "Een factor blijft alleen als u hem herschrijft zonder citaat en zonder naam. Laat "
        "het vak leeg om de factor te wissen.",
        "en": "A factor stays only if you rewrite it without the quote and without the name. "
        "Leave the box empty to erase the factor.",
    },
    "privacy.rewrite": {"nl": "Herschreven factor", "en": "Rewritten factor"},
    "privacy.erase_sure": {
        "nl": "Ik begrijp dat dit definitief is",
        "en": "I understand this is final",
    },
    "privacy.erase_button": {"nl": "Definitief wissen", "en": "Erase for good"},
    "privacy.erase_confirm": {
        "nl": "Vink eerst aan dat u begrijpt dat dit definitief is.",
        "en": "First tick that you understand this is final.",
    },
    "privacy.retention_help": {
        "nl": "Na de bewaartermijn verdwijnen namen en contactgegevens van alle betrokkenen en "
        "deelnemers, en werken de persoonlijke links niet meer. Antwoorden, bronnen en factoren "
        "blijven, onder codes.",
        "en": "After the retention date, names and contacts of all stakeholders and participants "
        "go, and personal links stop working. Answers, sources and factors stay, under codes.",
    },
    "privacy.retention_none": {
        "nl": "Er is nog geen bewaartermijn ingesteld.",
        "en": "No retention date has been set yet.",
    },
    "privacy.retention_ok": {
        "nl": "Namen en contactgegevens worden bewaard tot {date}.",
        "en": "Names and contacts are kept until {date}.",
    },
    "privacy.retention_soon": {
        "nl": "Bewaartermijn: op {date} verdwijnen namen en contactgegevens van dit lab. Exporteer "
        "nu wat u nog met namen nodig heeft.",
        "en": "Retention: on {date} the names and contacts of this lab go. Export now what you "
        "still need with names.",
    },
    "privacy.retention_due": {
        "nl": "De bewaartermijn ({date}) is verstreken: namen en contactgegevens worden nu "
        "verwijderd.",
        "en": "The retention date ({date}) has passed: names and contacts are removed now.",
    },
    "privacy.retention_done": {
        "nl": "Namen en contactgegevens zijn verwijderd op {date}.",
        "en": "Names and contacts were removed on {date}.",
    },
    "privacy.retention_until": {"nl": "Bewaren tot", "en": "Keep until"},
    "privacy.retention_apply": {"nl": "Nu verwijderen", "en": "Remove now"},
    "privacy.retention_applied": {
        "nl": "De bewaartermijn van dit lab is verstreken: namen en contactgegevens zijn "
        "verwijderd; alleen codes blijven.",
        "en": "This lab's retention date has passed: names and contacts have been removed; only "
        "codes remain.",
    },
    "privacy.audit_help": {
        "nl": "Elke wijziging door onderzoekers en stuurgroepleden: wie, wanneer, welk gegeven, "
        "oud → nieuw. Ook exports en wissen staan erin. Antwoorden op vragenlijsten staan er "
        "niet in, alleen dat ze zijn gewijzigd.",
        "en": "Every change by researchers and steering members: who, when, which record, old → "
        "new. Exports and erasures are in it too. Survey answers are not, only that they changed.",
    },
    "privacy.audit_actor": {"nl": "Wie", "en": "Who"},
    "privacy.audit_kind": {"nl": "Soort gegeven", "en": "Kind of record"},
    "privacy.audit_count": {
        "nl": {"one": "1 regel", "other": "{n} regels"},
        "en": {"one": "1 entry", "other": "{n} entries"},
    },
    "privacy.audit_download": {
        "nl": "Logboek downloaden (.csv)",
        "en": "Download audit trail (.csv)",
    },
    "privacy.col.at": {"nl": "Wanneer (UTC)", "en": "When (UTC)"},
    "privacy.col.actor": {"nl": "Wie", "en": "Who"},
    "privacy.col.event": {"nl": "Wat", "en": "What"},
    "privacy.col.kind": {"nl": "Soort", "en": "Kind"},
    "privacy.col.record": {"nl": "Gegeven", "en": "Record"},
    "privacy.col.changes": {"nl": "Oud → nieuw", "en": "Old → new"},
    "privacy.col.detail": {"nl": "Toelichting", "en": "Detail"},
    "common.save": {"nl": "Opslaan", "en": "Save"},
    "common.saved": {"nl": "Opgeslagen", "en": "Saved"},
    "common.choose": {"nl": "Kies ...", "en": "Choose ..."},
    "language.nl": {"nl": "Nederlands", "en": "Dutch"},
    "language.en": {"nl": "Engels", "en": "English"},
    # -- welcome
    "welcome.title": {"nl": "Welkom bij Social Lab Monitor", "en": "Welcome to Social Lab Monitor"},
    "welcome.intro": {
        "nl": "Hier legt u vast wat er in een sociaal lab gebeurt: wie meedoet, welke activiteiten "
        "er zijn en wat de bronnen zeggen. Uit de gecodeerde factoren volgen leervragen en "
        "acties, en de monitor blijft vragen om opvolging. Zo wordt monitoren leren tijdens het "
        "werk.",
        "en": "Record what happens in a social lab: who takes part, which activities take place "
        "and what the sources say. The coded factors lead to learning questions and actions, and "
        "the monitor keeps asking for follow-up, so that monitoring becomes learning while you "
        "work.",
    },
    "welcome.demo_title": {"nl": "Bekijk eerst een voorbeeld", "en": "Look at an example first"},
    "welcome.demo_text": {
        "nl": "Een verzonnen lab in drie fasen, met betrokkenen, activiteiten, interviews en "
        "notulen, gecodeerde factoren, leervragen en acties.",
        "en": "A fictional lab in three phases, with stakeholders, activities, interviews and "
        "minutes, coded factors, learning questions and actions.",
    },
    "welcome.open_demo": {"nl": "Open het voorbeeldlab", "en": "Open the demo lab"},
    "welcome.empty_title": {"nl": "Of begin met een leeg lab", "en": "Or start an empty lab"},
    "welcome.start_empty": {"nl": "Begin een leeg lab", "en": "Start an empty lab"},
    # -- lab fields
    "lab.name": {"nl": "Naam van het lab", "en": "Lab name"},
    "lab.goal": {"nl": "Doel", "en": "Goal"},
    "lab.description": {"nl": "Beschrijving", "en": "Description"},
    "lab.language": {"nl": "Taal van het lab", "en": "Language of the lab"},
    "lab.language_help": {
        "nl": "De taal van rapporten en notulen. De schermtaal kiest u in de zijbalk.",
        "en": "The language of reports and minutes. Choose the screen language in the sidebar.",
    },
    "lab.threshold": {"nl": "Kleinste groep in resultaten", "en": "Smallest group in results"},
    "lab.threshold_help": {
        "nl": "Uitsplitsingen met minder respondenten dan dit aantal worden nergens getoond.",
        "en": "Splits with fewer respondents than this are never shown.",
    },
    "phase.name": {"nl": "Fase", "en": "Phase"},
    "phase.start": {"nl": "Begin", "en": "Start"},
    "phase.end": {"nl": "Einde", "en": "End"},
    # -- setup page
    "setup.title": {"nl": "Lab en fasen", "en": "Lab and phases"},
    "setup.phases": {"nl": "Fasen", "en": "Phases"},
    "setup.phases_help": {
        "nl": "Fasen volgen elkaar op zonder overlap. Pas ze in de tabel aan en sla de "
        "wijzigingen op; activiteiten en bronnen verhuizen mee naar de fase waarin hun datum "
        "valt.",
        "en": "Phases follow each other without overlap. Edit them in the table and save the "
        "changes; activities and sources move to the phase their date falls in.",
    },
    "setup.danger": {"nl": "Lab verwijderen", "en": "Delete lab"},
    "setup.delete_lab": {"nl": "Dit lab verwijderen", "en": "Delete this lab"},
    "setup.delete_warning": {
        "nl": "Alles van dit lab wordt verwijderd. Er wordt eerst een reservekopie gemaakt.",
        "en": "Everything in this lab is deleted. A backup is made first.",
    },
    "setup.delete_confirm": {
        "nl": "Typ ter bevestiging de naam: {name}",
        "en": "Type the name to confirm: {name}",
    },
    "setup.delete_mismatch": {
        "nl": "De naam klopt niet; er is niets verwijderd.",
        "en": "The name does not match; nothing was deleted.",
    },
    # -- overview
    "overview.current_phase": {"nl": "Huidige fase", "en": "Current phase"},
    "overview.participants": {"nl": "Deelnames", "en": "Attendances"},
    "overview.timeline": {"nl": "Tijdlijn", "en": "Timeline"},
    "overview.no_activities": {
        "nl": "Nog geen activiteiten. Voeg ze toe onder Activiteiten.",
        "en": "No activities yet. Add them under Activities.",
    },
    "overview.groups": {"nl": "Betrokkenen per groep", "en": "Stakeholders per group"},
    "overview.named": {"nl": "Betrokkenen met naam", "en": "Named stakeholders"},
    "overview.participations": {
        "nl": "Deelnames aan activiteiten",
        "en": "Attendances at activities",
    },
    "overview.no_stakeholders": {"nl": "Nog geen betrokkenen.", "en": "No stakeholders yet."},
    "overview.phases": {"nl": "Per fase", "en": "Per phase"},
    "overview.phase": {"nl": "Fase", "en": "Phase"},
    # -- stakeholders
    "stakeholders.help": {
        "nl": "Voeg iemand toe met het formulier; pas in de tabel meerdere mensen tegelijk aan "
        "en sla de wijzigingen op. Rapporten en exports gebruiken de code, nooit de naam.",
        "en": "Add someone with the form; edit several people at once in the table and save "
        "the changes. Reports and exports use the code, never the name.",
    },
    "stakeholder.name": {"nl": "Naam of pseudoniem", "en": "Name or pseudonym"},
    "stakeholder.group": {"nl": "Groep", "en": "Group"},
    "stakeholder.organisation": {"nl": "Organisatie", "en": "Organisation"},
    "stakeholder.consent": {"nl": "Toestemming", "en": "Consent"},
    "stakeholder.pseudonym": {"nl": "Code", "en": "Code"},
    "stakeholder.pseudonym_help": {
        "nl": "Code voor rapporten, automatisch gegeven bij de groep. Na het eerste rapport of "
        "de eerste export verandert de code alleen als u daarvoor kiest.",
        "en": "Code for reports, given automatically for the group. After the first report or "
        "export it changes only when you choose so.",
    },
    "group.employer": {"nl": "Werkgever", "en": "Employer"},
    "group.job_seeker": {"nl": "Werkzoekende", "en": "Job seeker"},
    "group.job_coach": {"nl": "Werkcoach", "en": "Job coach"},
    "group.job_company_management": {
        "nl": "Management werkbedrijf",
        "en": "Job-company management",
    },
    "group.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "group.researcher": {"nl": "Onderzoeker", "en": "Researcher"},
    "group.civil_society": {
        "nl": "Maatschappelijke organisatie",
        "en": "Civil-society organisation",
    },
    "group.business_ambassador": {"nl": "Bedrijvenambassadeur", "en": "Business ambassador"},
    "group.other": {"nl": "Anders", "en": "Other"},
    "consent.unknown": {"nl": "Nog niet gevraagd", "en": "Not yet asked"},
    "consent.given": {"nl": "Gegeven", "en": "Given"},
    "consent.refused": {"nl": "Geweigerd", "en": "Refused"},
    "consent.withdrawn": {"nl": "Ingetrokken", "en": "Withdrawn"},
    # -- activities
    "activities.help": {
        "nl": "Voeg een activiteit toe met het formulier; de fase volgt uit de datum. In de "
        "tabel past u meerdere activiteiten tegelijk aan; de aantallen per groep staan eronder.",
        "en": "Add an activity with the form; the phase follows from the date. Edit several "
        "activities at once in the table; the numbers per group are below it.",
    },
    "activity.date": {"nl": "Datum", "en": "Date"},
    "activity.kind": {"nl": "Soort", "en": "Kind"},
    "activity.title": {"nl": "Titel", "en": "Title"},
    "activity.goals": {"nl": "Doelen", "en": "Goals"},
    "activities.participants": {"nl": "Deelnemers", "en": "Participants"},
    "activities.participants_help": {
        "nl": "Betrokkenen met naam die er waren.",
        "en": "Named stakeholders who were there.",
    },
    "activities.total": {"nl": "Totaal", "en": "Total"},
    "activities.phase_help": {"nl": "Volgt uit de datum.", "en": "Follows from the date."},
    "activities.count_help": {
        "nl": "Aantal aanwezigen uit de groep {group}.",
        "en": "Number of people present from the group {group}.",
    },
    "activity_kind.work_session": {"nl": "Werksessie", "en": "Work session"},
    "activity_kind.steering_meeting": {"nl": "Stuurgroep", "en": "Steering group"},
    "activity_kind.coach_meeting": {"nl": "Coachoverleg", "en": "Coach meeting"},
    "activity_kind.site_visit": {"nl": "Werkbezoek", "en": "Site visit"},
    "activity_kind.interview": {"nl": "Interview", "en": "Interview"},
    "activity_kind.focus_group": {"nl": "Focusgroep", "en": "Focus group"},
    "activity_kind.communication": {"nl": "Communicatie", "en": "Communication"},
    "activity_kind.other": {"nl": "Anders", "en": "Other"},
    # -- sources
    "sources.add": {"nl": "Bron toevoegen", "en": "Add a source"},
    "source.kind": {"nl": "Soort bron", "en": "Kind of source"},
    "source.date": {"nl": "Datum", "en": "Date"},
    "source.title": {"nl": "Titel", "en": "Title"},
    "source.text": {"nl": "Tekst", "en": "Text"},
    "sources.activity": {"nl": "Bij activiteit", "en": "At activity"},
    "sources.stakeholders": {"nl": "Betrokkenen", "en": "Stakeholders"},
    "sources.search": {"nl": "Zoeken", "en": "Search"},
    "sources.search_hint": {"nl": "Woorden in titel of tekst", "en": "Words in title or text"},
    "sources.count": {
        "nl": {"one": "1 bron", "other": "{n} bronnen"},
        "en": {"one": "1 source", "other": "{n} sources"},
    },
    "sources.none": {"nl": "Geen bronnen gevonden.", "en": "No sources found."},
    "sources.words": {"nl": "Woorden", "en": "Words"},
    "sources.select_hint": {
        "nl": "Kies een regel om de tekst te lezen.",
        "en": "Select a row to read the text.",
    },
    "source_kind.interview": {"nl": "Interview", "en": "Interview"},
    "source_kind.minutes": {"nl": "Notulen", "en": "Minutes"},
    "source_kind.observation": {"nl": "Observatie", "en": "Observation"},
    "source_kind.document": {"nl": "Document", "en": "Document"},
    "source_kind.survey_response": {"nl": "Vragenlijst", "en": "Survey response"},
    "import.text": {"nl": "tekst in het importbestand", "en": "text in the import file"},
    # -- record kinds (in messages)
    "kind.labs": {"nl": "lab", "en": "lab"},
    "kind.stakeholders": {"nl": "betrokkene", "en": "stakeholder"},
    "kind.activities": {"nl": "activiteit", "en": "activity"},
    "kind.sources": {"nl": "bron", "en": "source"},
    "kind.factors": {"nl": "factor", "en": "factor"},
    "kind.learning_questions": {"nl": "leervraag", "en": "learning question"},
    "kind.actions": {"nl": "actie", "en": "action"},
    "kind.surveys": {"nl": "vragenlijst", "en": "survey"},
    # -- errors
    "error.required": {"nl": "{field} is verplicht.", "en": "{field} is required."},
    "error.too_long": {
        "nl": "{field} is te lang ({length} tekens, hoogstens {limit}). Er is niets opgeslagen.",
        "en": "{field} is too long ({length} characters, at most {limit}). Nothing was saved.",
    },
    "error.control_chars": {
        "nl": "{field} bevat onzichtbare stuurtekens. Haal ze weg (bijvoorbeeld door de tekst "
        "opnieuw te typen) en probeer het nog eens.",
        "en": "{field} contains invisible control characters. Remove them (for example by "
        "retyping the text) and try again.",
    },
    "error.duplicate": {
        "nl": "{field} '{value}' bestaat al.",
        "en": "{field} '{value}' already exists.",
    },
    "error.bad_date": {
        "nl": "{field}: '{value}' is geen datum (gebruik JJJJ-MM-DD).",
        "en": "{field}: '{value}' is not a date (use YYYY-MM-DD).",
    },
    "error.bad_choice": {
        "nl": "{field}: '{value}' is geen geldige keuze. Kies uit: {choices}.",
        "en": "{field}: '{value}' is not a valid choice. Choose from: {choices}.",
    },
    "error.bad_number": {
        "nl": "{field}: '{value}' is geen getal.",
        "en": "{field}: '{value}' is not a number.",
    },
    "error.bad_count": {
        "nl": "{field}: vul een heel getal in van 0 tot {max}.",
        "en": "{field}: enter a whole number from 0 to {max}.",
    },
    "error.rows": {
        "nl": {"one": "1 regel klopt niet.", "other": "{n} regels kloppen niet."},
        "en": {"one": "1 row is not right.", "other": "{n} rows are not right."},
    },
    "error.row": {"nl": "Regel {row}: {message}", "en": "Row {row}: {message}"},
    "error.no_phases": {
        "nl": "Een lab heeft minstens één fase.",
        "en": "A lab has at least one phase.",
    },
    "error.end_before_start": {
        "nl": "Fase '{name}' eindigt voordat hij begint.",
        "en": "Phase '{name}' ends before it starts.",
    },
    "error.phase_overlap": {
        "nl": "Fase '{name}' overlapt met fase '{other}'.",
        "en": "Phase '{name}' overlaps with phase '{other}'.",
    },
    "error.date_outside_phases": {
        "nl": "De datum {date} valt in geen enkele fase van het lab. Kies een andere datum of "
        "pas de fasen aan.",
        "en": "The date {date} is not in any phase of the lab. Choose another date or change "
        "the phases.",
    },
    "error.activity_outside_phases": {
        "nl": "Activiteit '{title}' ({date}) zou buiten alle fasen vallen.",
        "en": "Activity '{title}' ({date}) would fall outside every phase.",
    },
    "error.source_outside_phases": {
        "nl": "Bron '{title}' ({date}) zou buiten alle fasen vallen.",
        "en": "Source '{title}' ({date}) would fall outside every phase.",
    },
    "error.unknown_stakeholder": {
        "nl": "Een gekozen betrokkene bestaat niet (meer).",
        "en": "A chosen stakeholder does not exist (any more).",
    },
    "error.stakeholder_in_use": {
        "nl": "Niet verwijderd: {names} komt nog voor bij activiteiten of bronnen.",
        "en": "Not deleted: {names} still appears in activities or sources.",
    },
    "error.activity_in_use": {
        "nl": "Niet verwijderd: bronnen verwijzen naar {titles}.",
        "en": "Not deleted: sources refer to {titles}.",
    },
    "error.lab_not_found": {"nl": "Lab '{lab}' bestaat niet.", "en": "Lab '{lab}' does not exist."},
    "error.record_not_found": {
        "nl": "Deze {kind} bestaat niet (meer): {id}.",
        "en": "This {kind} does not exist (any more): {id}.",
    },
    "error.conflict": {
        "nl": "Iemand anders heeft deze {kind} net gewijzigd. Uw wijziging is niet opgeslagen; "
        "bekijk de nieuwe versie en probeer het opnieuw.",
        "en": "Someone else has just changed this {kind}. Your change was not saved; look at the "
        "new version and try again.",
    },
    "error.bad_id": {"nl": "Ongeldige sleutel '{id}'.", "en": "Invalid id '{id}'."},
    "error.demo_exists": {
        "nl": "Het voorbeeldlab staat er al: {name} ({id}).",
        "en": "The demo lab is already there: {name} ({id}).",
    },
    "error.import_encoding": {
        "nl": "Het bestand is geen UTF-8-tekst.",
        "en": "The file is not UTF-8 text.",
    },
    "error.import_json": {
        "nl": "Het bestand is geen geldige JSON (regel {line}: {reason}); is het afgebroken?",
        "en": "The file is not valid JSON (line {line}: {reason}); was it cut off?",
    },
    "error.import_format": {
        "nl": "Dit is geen export van Social Lab Monitor.",
        "en": "This is not a Social Lab Monitor export.",
    },
    "error.import_newer": {
        "nl": "Het bestand heeft schemaversie {found}; deze versie leest tot en met {supported}. "
        "Werk de app bij.",
        "en": "The file has schema version {found}; this version reads up to {supported}. "
        "Update the app.",
    },
    "error.import_record": {
        "nl": "Het bestand bevat een ongeldig record: {reason}",
        "en": "The file holds an invalid record: {reason}",
    },
    "error.import_exists": {
        "nl": "Lab '{name}' ({id}) staat al in de opslag; gebruik --replace om het te vervangen.",
        "en": "Lab '{name}' ({id}) is already in the store; use --replace to replace it.",
    },
    "error.store_dir": {
        "nl": "De opslagmap {path} is niet te gebruiken: {reason}.",
        "en": "The store folder {path} cannot be used: {reason}.",
    },
    "error.store_corrupt": {
        "nl": "Het opslagbestand {path} is beschadigd ({reason}). Er is niets gewijzigd of "
        "overschreven. Nieuwste goede reservekopie: {backup}. Stop de app en kopieer de "
        "bestanden uit die map terug om te herstellen.",
        "en": "The store file {path} is damaged ({reason}). Nothing was changed or overwritten. "
        "Newest good backup: {backup}. Stop the app and copy the files from that folder "
        "back to restore.",
    },
    "error.store_newer": {
        "nl": "De opslag {path} heeft schemaversie {found}; deze app kent tot en met {supported}. "
        "Werk de app bij; er is niets gewijzigd.",
        "en": "The store {path} has schema version {found}; this app knows up to {supported}. "
        "Update the app; nothing was changed.",
    },
    "error.store_busy": {
        "nl": "De opslag {path} is bezet door een ander proces. "
        "Probeer het over een moment opnieuw.",
        "en": "The store {path} is busy in another process. Try again in a moment.",
    },
    "error.store_write": {
        "nl": "Opslaan in {path} is mislukt ({reason}); de vorige versie is bewaard. "
        "Is de schijf vol?",
        "en": "Saving to {path} failed ({reason}); the previous version was kept. "
        "Is the disk full?",
    },
    # -- evidence: navigation
    "nav.interview": {"nl": "Interview afnemen", "en": "Guided interview"},
    "nav.coding": {"nl": "Factoren coderen", "en": "Code factors"},
    "nav.factor_overview": {"nl": "Factoroverzicht", "en": "Factor overview"},
    "nav.import": {"nl": "Importeren", "en": "Import"},
    "nav.protocols": {"nl": "Instrumenten", "en": "Instruments"},
    "nav.factors": {"nl": "Factoren", "en": "Factors"},
    "common.close": {"nl": "Sluiten", "en": "Close"},
    # -- sources (extra)
    "sources.upload": {"nl": "Of upload een bestand", "en": "Or upload a file"},
    "sources.upload_help": {
        "nl": ".txt, .md of .docx, hoogstens 20 MB. De tekst wordt eruit gehaald.",
        "en": ".txt, .md or .docx, at most 20 MB. The text is taken out of it.",
    },
    "sources.code": {"nl": "Factor coderen uit deze bron", "en": "Code a factor from this source"},
    "sources.to_factors": {"nl": "Naar het factoroverzicht", "en": "To the factor overview"},
    "source.activity": {"nl": "Activiteit", "en": "Activity"},
    # -- factors
    "factor.kind": {"nl": "Soort factor", "en": "Kind of factor"},
    "factor.text": {"nl": "Factor", "en": "Factor"},
    "factor.quote": {"nl": "Geciteerde passage", "en": "Quoted passage"},
    "factor.themes": {"nl": "Thema's", "en": "Themes"},
    "factor.theme": {"nl": "Thema", "en": "Theme"},
    "factor.groups": {"nl": "Betreft groepen", "en": "Concerns groups"},
    "factor.step": {"nl": "Stap in het traject", "en": "Step of the trajectory"},
    "factor.phase": {"nl": "Fase", "en": "Phase"},
    "factor.source": {"nl": "Bron", "en": "Source"},
    "factor_kind.enabler": {"nl": "Bevorderend", "en": "Enabler"},
    "factor_kind.barrier": {"nl": "Belemmerend", "en": "Barrier"},
    "step.1": {"nl": "1 Toekomstige baan in beeld", "en": "1 Future job comes into view"},
    "step.2": {"nl": "2 Mogelijkheden verkennen", "en": "2 Options mapped"},
    "step.3": {"nl": "3 Match baan en kandidaat", "en": "3 Job-candidate match"},
    "step.4": {"nl": "4 Leertraject vastleggen", "en": "4 Learning trajectory fixed"},
    "step.5": {"nl": "5 Leren en samen evalueren", "en": "5 Learning and joint evaluation"},
    "step.6": {"nl": "6 Reguliere baan", "en": "6 The regular job"},
    "theme.label_nl": {"nl": "Naam (Nederlands)", "en": "Name (Dutch)"},
    "theme.label_en": {"nl": "Naam (Engels)", "en": "Name (English)"},
    "theme.description": {"nl": "Omschrijving", "en": "Description"},
    "coding.source": {"nl": "Bron", "en": "Source"},
    "coding.no_sources": {
        "nl": "Voeg eerst een bron toe; factoren worden uit bronnen gecodeerd.",
        "en": "Add a source first; factors are coded from sources.",
    },
    "coding.already": {
        "nl": "Al gecodeerd uit deze bron ({n})",
        "en": "Already coded from this source ({n})",
    },
    "coding.quote_help": {
        "nl": "Kopieer de zin of zinnen uit de bron waarop de factor rust.",
        "en": "Copy the sentence or sentences of the source the factor rests on.",
    },
    "coding.text_help": {
        "nl": "De factor in één zin, zoals in een monitorrapport. Druk Ctrl+Enter voor "
        "themavoorstellen.",
        "en": "The factor in one sentence, as in a monitoring report. Press Ctrl+Enter for "
        "theme suggestions.",
    },
    "coding.suggestions": {"nl": "Voorgestelde thema's", "en": "Suggested themes"},
    "coding.because_words": {"nl": "woorden: {words}", "en": "words: {words}"},
    "coding.because_similar": {"nl": "lijkt op: '{text}'", "en": "similar to: '{text}'"},
    "coding.use": {"nl": "Gebruiken", "en": "Use"},
    "coding.save": {"nl": "Factor opslaan", "en": "Save factor"},
    "factors.none": {
        "nl": "Nog geen factoren. Codeer ze onder Factoren coderen.",
        "en": "No factors yet. Code them under Code factors.",
    },
    "factors.none_filtered": {
        "nl": "Geen factoren bij deze filters.",
        "en": "No factors match these filters.",
    },
    "factors.none_in_phase": {
        "nl": "Geen factoren in deze fase.",
        "en": "No factors in this phase.",
    },
    "factors.heatmap": {"nl": "Thema's per fase", "en": "Themes per phase"},
    "factors.enablers": {"nl": "Bevorderende factoren", "en": "Enablers"},
    "factors.barriers": {"nl": "Belemmerende factoren", "en": "Barriers"},
    "factors.more": {"nl": "en nog {n}", "en": "and {n} more"},
    "factors.list": {"nl": "Alle factoren", "en": "All factors"},
    "factors.select_hint": {
        "nl": "Kies een factor om het bewijs te zien.",
        "en": "Select a factor to see its evidence.",
    },
    "factors.no_source": {"nl": "Deze factor heeft geen bron.", "en": "This factor has no source."},
    "factors.open_source": {"nl": "Open de hele bron", "en": "Open the whole source"},
    # -- interviews
    "interview.resume": {"nl": "Verder met een interview", "en": "Continue an interview"},
    "interview.new": {"nl": "Nieuw interview", "en": "New interview"},
    "interview.protocol": {"nl": "Protocol", "en": "Protocol"},
    "interview.stakeholder": {"nl": "Betrokkene", "en": "Stakeholder"},
    "interview.anonymous": {"nl": "Anonieme deelnemer", "en": "Anonymous participant"},
    "interview.pseudonym": {
        "nl": "Pseudoniem (bij een anonieme deelnemer)",
        "en": "Pseudonym (for an anonymous participant)",
    },
    "interview.pseudonym_help": {
        "nl": "Bijvoorbeeld 'Kandidaat 7'. Gebruik geen echte naam.",
        "en": "For example 'Candidate 7'. Do not use a real name.",
    },
    "interview.participant": {"nl": "Betrokkene of pseudoniem", "en": "Stakeholder or pseudonym"},
    "interview.start": {"nl": "Interview beginnen", "en": "Start interview"},
    "interview.no_protocols": {
        "nl": "Er zijn geen bruikbare instrumenten.",
        "en": "There are no usable instruments.",
    },
    "interview.consent": {"nl": "Toestemming", "en": "Consent"},
    "interview.consent_yes": {
        "nl": "Ja, de deelnemer geeft toestemming",
        "en": "Yes, the participant consents",
    },
    "interview.consent_no": {"nl": "Nee, geen toestemming", "en": "No consent"},
    "interview.refused": {
        "nl": "Geen toestemming: er is niets van dit interview bewaard.",
        "en": "No consent: nothing of this interview was kept.",
    },
    "interview.progress": {"nl": "Vraag {n} van {total}", "en": "Question {n} of {total}"},
    "interview.framework": {
        "nl": "Kader: beantwoord per cel",
        "en": "Framework: answered per cell",
    },
    "interview.cell": {
        "nl": "Kader: {level} × {dimension}",
        "en": "Framework: {level} × {dimension}",
    },
    "interview.answer": {"nl": "Antwoord", "en": "Answer"},
    "interview.note": {"nl": "Notitie van de interviewer", "en": "Interviewer's note"},
    "interview.back": {"nl": "Vorige", "en": "Back"},
    "interview.skip": {"nl": "Overslaan", "en": "Skip"},
    "interview.next": {"nl": "Opslaan en verder", "en": "Save and continue"},
    "interview.pause": {"nl": "Pauzeren (alles is bewaard)", "en": "Pause (everything is kept)"},
    "interview.done": {"nl": "Alle vragen gehad", "en": "All questions done"},
    "interview.finish": {"nl": "Afronden en als bron bewaren", "en": "Finish and store as source"},
    "interview.stored": {"nl": "Bewaard als bron: {title}", "en": "Stored as source: {title}"},
    "interview.skipped": {"nl": "(overgeslagen)", "en": "(skipped)"},
    "interview.other": {"nl": "Anders, namelijk", "en": "Other, namely"},
    "answer.yes": {"nl": "Ja", "en": "Yes"},
    "answer.no": {"nl": "Nee", "en": "No"},
    "answer.other": {"nl": "Anders", "en": "Other"},
    "answer.other_namely": {"nl": "Anders, namelijk ...", "en": "Other, namely ..."},
    "agreement.1": {"nl": "Helemaal oneens", "en": "Fully disagree"},
    "agreement.2": {"nl": "Oneens", "en": "Disagree"},
    "agreement.3": {"nl": "Niet eens, niet oneens", "en": "Neither agree nor disagree"},
    "agreement.4": {"nl": "Eens", "en": "Agree"},
    "agreement.5": {"nl": "Helemaal eens", "en": "Fully agree"},
    "protocols.indicators": {"nl": "Indicatoren", "en": "Indicators"},
    "framework.actor": {"nl": "Actor", "en": "Actor"},
    "framework.network": {"nl": "Netwerk", "en": "Network"},
    "framework.learning": {"nl": "Leren", "en": "Learning"},
    "framework.acting": {"nl": "Handelen", "en": "Acting"},
    "framework.institutional_change": {
        "nl": "Institutionele verandering",
        "en": "Institutional change",
    },
    # -- protocols page
    "protocols.title": {"nl": "Instrument", "en": "Instrument"},
    "protocols.mode": {"nl": "Gebruik", "en": "Use"},
    "protocols.version": {"nl": "Versie", "en": "Version"},
    "protocols.questions": {"nl": "Vragen", "en": "Questions"},
    "protocols.file": {"nl": "Bestand", "en": "File"},
    "protocols.show": {"nl": "Bekijk", "en": "Show"},
    "protocols.section": {"nl": "Onderdeel", "en": "Section"},
    "protocols.type": {"nl": "Soort", "en": "Type"},
    "protocols.question": {"nl": "Vraag", "en": "Question"},
    "protocols.cell": {"nl": "Kader", "en": "Framework"},
    "protocols.core": {"nl": "Kern", "en": "Core"},
    "protocols.upload": {"nl": "Eigen protocol toevoegen", "en": "Add your own protocol"},
    "protocols.upload_help": {
        "nl": "Een YAML-bestand in het formaat van protocols/FORMAT.md, of een XLSForm (.xlsx of "
        ".xls, gelezen met openpyxl en xlrd) uit KoboToolbox, ODK of Excel; Nederlands en Engels. "
        "Wat niet kan worden overgenomen, staat daarna per rij in de notities.",
        "en": "A YAML file in the format of protocols/FORMAT.md, or an XLSForm (.xlsx or .xls, "
        "read with openpyxl and xlrd) from KoboToolbox, ODK or Excel; Dutch and English. What "
        "cannot be imported is listed by row in the notes afterwards.",
    },
    "protocols.upload_file": {"nl": "YAML-bestand of XLSForm", "en": "YAML file or XLSForm"},
    "protocols.add": {"nl": "Toevoegen", "en": "Add"},
    "protocols.added": {"nl": "Toegevoegd: {title}", "en": "Added: {title}"},
    "mode.interview": {"nl": "Interview", "en": "Interview"},
    "mode.survey": {"nl": "Vragenlijst", "en": "Survey"},
    "mode.focus_group": {"nl": "Focusgroep", "en": "Focus group"},
    "qtype.short_text": {"nl": "Korte tekst", "en": "Short text"},
    "qtype.long_text": {"nl": "Lange tekst", "en": "Long text"},
    "qtype.single_choice": {"nl": "Eén keuze", "en": "Single choice"},
    "qtype.multiple_choice": {"nl": "Meer keuzes", "en": "Multiple choice"},
    "qtype.agreement5": {"nl": "Eens-oneens (5)", "en": "Agreement (5)"},
    "qtype.yes_no": {"nl": "Ja/nee", "en": "Yes/no"},
    "qtype.date": {"nl": "Datum", "en": "Date"},
    "qtype.number": {"nl": "Getal", "en": "Number"},
    "qtype.instruction": {"nl": "Instructie", "en": "Instruction"},
    # -- import page
    "import.what": {"nl": "Wat importeert u?", "en": "What do you import?"},
    "import.columns": {"nl": "Welke kolommen?", "en": "Which columns?"},
    "import.file": {"nl": "CSV- of XLSX-bestand", "en": "CSV or XLSX file"},
    "import.unknown_columns": {
        "nl": "Deze kolommen worden niet gebruikt: {columns}. Klopt de spelling?",
        "en": "These columns are not used: {columns}. Is the spelling right?",
    },
    "import.summary": {
        "nl": "{good} regels zijn goed, {bad} regels niet.",
        "en": "{good} rows are fine, {bad} rows are not.",
    },
    "import.go": {
        "nl": {"one": "1 goede regel importeren", "other": "{n} goede regels importeren"},
        "en": {"one": "Import 1 good row", "other": "Import {n} good rows"},
    },
    "import.done": {
        "nl": {"one": "1 regel geïmporteerd.", "other": "{n} regels geïmporteerd."},
        "en": {"one": "1 row imported.", "other": "{n} rows imported."},
    },
    # -- evidence errors
    "error.unknown_theme": {"nl": "Onbekend thema '{theme}'.", "en": "Unknown theme '{theme}'."},
    "error.quote_not_in_source": {
        "nl": "De geciteerde passage staat niet in de bron '{title}'. Kopieer hem letterlijk.",
        "en": "The quoted passage is not in the source '{title}'. Copy it word for word.",
    },
    "error.bad_step": {
        "nl": "Stap '{value}' bestaat niet; kies 1 tot en met 6.",
        "en": "Step '{value}' does not exist; choose 1 to 6.",
    },
    "error.no_consent": {
        "nl": "{name} heeft geen toestemming gegeven; er wordt niets vastgelegd.",
        "en": "{name} has not consented; nothing is recorded.",
    },
    "error.answer_required": {
        "nl": "Deze vraag moet beantwoord worden.",
        "en": "This question needs an answer.",
    },
    "error.answer_constraint": {
        "nl": "Dit antwoord kan niet kloppen. {detail}",
        "en": "This answer cannot be right. {detail}",
    },
    "error.unknown_reference": {
        "nl": "{field} '{value}' is niet gevonden.",
        "en": "{field} '{value}' was not found.",
    },
    "error.phase_not_source": {
        "nl": "De fase past niet bij de datum van de bron '{title}'.",
        "en": "The phase does not match the date of the source '{title}'.",
    },
    "error.upload_type": {
        "nl": "{file}: alleen {allowed} wordt gelezen.",
        "en": "{file}: only {allowed} can be read.",
    },
    "error.upload_size": {
        "nl": "{file} is groter dan {mb} MB.",
        "en": "{file} is larger than {mb} MB.",
    },
    "error.upload_empty": {"nl": "{file} is leeg.", "en": "{file} is empty."},
    "error.upload_mismatch": {
        "nl": "{file} is geen echt .{extension}-bestand; sla het opnieuw op in dat formaat.",
        "en": "{file} is not a real .{extension} file; save it again in that format.",
    },
    "error.upload_encoding": {
        "nl": "{file} is geen UTF-8-tekst. Sla het op als 'CSV UTF-8' of 'Tekst (UTF-8)'.",
        "en": "{file} is not UTF-8 text. Save it as 'CSV UTF-8' or 'Text (UTF-8)'.",
    },
    "error.upload_no_text": {"nl": "{file} bevat geen tekst.", "en": "{file} contains no text."},
    "error.upload_broken": {
        "nl": "{file} is beschadigd of niet te lezen ({reason}).",
        "en": "{file} is damaged or cannot be read ({reason}).",
    },
    "error.table_empty": {
        "nl": "{file} heeft geen kopregel met gegevens eronder.",
        "en": "{file} has no header row with data below it.",
    },
    "error.table_rows": {
        "nl": "{file} heeft meer dan {max} regels.",
        "en": "{file} has more than {max} rows.",
    },
    "error.table_delimiter": {
        "nl": "{file}: de kolommen zijn niet te scheiden. Gebruik komma's of puntkomma's.",
        "en": "{file}: the columns cannot be told apart. Use commas or semicolons.",
    },
    # -- learning agenda
    "nav.section.agenda": {"nl": "Leeragenda", "en": "Learning agenda"},
    "nav.agenda": {"nl": "Leervragen", "en": "Learning questions"},
    "nav.actions": {"nl": "Acties", "en": "Actions"},
    "agenda.prompts": {"nl": "Vraagt om opvolging ({n})", "en": "Needs follow-up ({n})"},
    "agenda.status": {"nl": "Status", "en": "Status"},
    "agenda.drafts": {
        "nl": "Voorstellen uit de factoren ({n})",
        "en": "Proposals from the factors ({n})",
    },
    "agenda.no_questions": {
        "nl": "Geen leervragen in deze fase met deze filters. Neem een voorstel over of voeg er "
        "een toe.",
        "en": "No learning questions in this phase with these filters. Accept a proposal or add "
        "one.",
    },
    "agenda.more_prompts": {
        "nl": {"one": "Nog 1 signaal", "other": "Nog {n} signalen"},
        "en": {"one": "1 more prompt", "other": "{n} more prompts"},
    },
    "agenda.no_drafts": {
        "nl": "Geen nieuwe voorstellen voor deze fase.",
        "en": "No new proposals for this phase.",
    },
    "agenda.salience": {"nl": "gewicht {s}", "en": "weight {s}"},
    "agenda.evidence": {"nl": "Onderbouwing", "en": "Evidence"},
    "agenda.text_nl": {"nl": "Leervraag (Nederlands)", "en": "Learning question (Dutch)"},
    "agenda.text_en": {"nl": "Leervraag (Engels)", "en": "Learning question (English)"},
    "agenda.merge_into": {"nl": "Samenvoegen met", "en": "Merge into"},
    "agenda.accept": {"nl": "Overnemen", "en": "Accept"},
    "agenda.merge": {"nl": "Samenvoegen", "en": "Merge"},
    "agenda.reject": {"nl": "Afwijzen", "en": "Reject"},
    "agenda.questions": {"nl": "Op de agenda ({n})", "en": "On the agenda ({n})"},
    "agenda.answer": {"nl": "Beantwoord", "en": "Answered"},
    "agenda.answer_how": {
        "nl": "Hoe is de vraag beantwoord?",
        "en": "How was the question answered?",
    },
    "agenda.details": {
        "nl": "Onderbouwing, geschiedenis en wijzigen",
        "en": "Evidence, history and changes",
    },
    "agenda.change_status": {"nl": "Status opslaan", "en": "Save status"},
    "agenda.reformulate": {"nl": "Herformuleren", "en": "Reformulate"},
    "agenda.note": {"nl": "Toelichting", "en": "Note"},
    "agenda.close_phase": {
        "nl": "Fase {phase} afsluiten: open vragen naar {next}",
        "en": "Close phase {phase}: open questions to {next}",
    },
    "agenda.carry_over": {"nl": "Open vragen meenemen", "en": "Carry open questions over"},
    "agenda.carried": {
        "nl": {
            "one": "1 vraag meegenomen naar {phase}.",
            "other": "{n} vragen meegenomen naar {phase}.",
        },
        "en": {
            "one": "1 question carried over to {phase}.",
            "other": "{n} questions carried over to {phase}.",
        },
    },
    "agenda.anchor_title": {
        "nl": "Verankering: hoe blijft de aanpak bestaan?",
        "en": "Anchoring: how does the approach last?",
    },
    "agenda.anchor_help": {
        "nl": "Tegen het einde van het lab gaan leervragen over borging in het gewone aanbod.",
        "en": "Near the end of the lab, learning questions turn to keeping the approach in the "
        "regular offer.",
    },
    "agenda.anchor_template": {
        "nl": "Hoe zorgen we dat de aanpak een vaste plek krijgt als het projectgeld stopt?",
        "en": "How do we give the approach a lasting place once the project money stops?",
    },
    "agenda.add_question": {"nl": "Vraag toevoegen", "en": "Add question"},
    "status.draft": {"nl": "Voorstel", "en": "Draft"},
    "status.rejected": {"nl": "Afgewezen", "en": "Rejected"},
    "status.open": {"nl": "Open", "en": "Open"},
    "status.in_progress": {"nl": "Mee bezig", "en": "In progress"},
    "status.answered": {"nl": "Beantwoord", "en": "Answered"},
    "status.dropped": {"nl": "Vervallen", "en": "Dropped"},
    "qkind.improve": {"nl": "verbeteren", "en": "improve"},
    "qkind.sustain": {"nl": "vasthouden", "en": "sustain"},
    "qkind.anchor": {"nl": "verankeren", "en": "anchor"},
    "flag.persistent": {"nl": "hardnekkig", "en": "persistent"},
    "flag.escalated": {"nl": "geëscaleerd", "en": "escalated"},
    "event.raised": {"nl": "opgesteld", "en": "raised"},
    "event.accepted": {"nl": "overgenomen", "en": "accepted"},
    "event.rejected": {"nl": "afgewezen", "en": "rejected"},
    "event.merged": {"nl": "samengevoegd", "en": "merged"},
    "event.reformulated": {"nl": "geherformuleerd", "en": "reformulated"},
    "event.carried_over": {
        "nl": "meegenomen naar de volgende fase",
        "en": "carried over to the next phase",
    },
    "event.discussed": {"nl": "besproken", "en": "discussed"},
    "event.open": {"nl": "heropend", "en": "reopened"},
    "event.in_progress": {"nl": "mee bezig", "en": "in progress"},
    "event.answered": {"nl": "beantwoord", "en": "answered"},
    "event.dropped": {"nl": "vervallen", "en": "dropped"},
    "event.follow_up": {"nl": "opvolging", "en": "follow-up"},
    "prompt.discussed_no_action": {
        "nl": "Besproken maar zonder actie: {question}",
        "en": "Discussed but without an action: {question}",
    },
    "prompt.overdue": {
        "nl": "Actie {days} dagen te laat (gepland {due}): {action}",
        "en": "Action {days} days overdue (due {due}): {action}",
    },
    "prompt.no_owner": {
        "nl": "Actie zonder eigenaar: {action}",
        "en": "Action without an owner: {action}",
    },
    "prompt.persistent": {
        "nl": "Hardnekkig knelpunt: {theme} belemmert al meer fasen (fase {phase}).",
        "en": "Persistent barrier: {theme} has hindered for several phases (phase {phase}).",
    },
    "prompt.escalated": {
        "nl": "Geëscaleerd: {theme} blijft belemmeren en de eerdere leervraag heeft geen "
        "afgeronde actie (fase {phase}).",
        "en": "Escalated: {theme} keeps hindering and the earlier learning question has no "
        "completed action (phase {phase}).",
    },
    "prompt.no_question": {
        "nl": "{theme} heeft belemmerende factoren maar geen leervraag (fase {phase}).",
        "en": "{theme} has hindering factors but no learning question (phase {phase}).",
    },
    # -- actions
    "actions.overdue": {"nl": "Te laat", "en": "Overdue"},
    "actions.show": {"nl": "Toon", "en": "Show"},
    "actions.show_open": {"nl": "Lopend", "en": "Open"},
    "actions.show_all": {"nl": "Alle", "en": "All"},
    "actions.help": {
        "nl": "Wijzigingen worden direct opgeslagen. Heeft iemand anders de actie net gewijzigd, "
        "dan ziet u dat en gaat er niets verloren.",
        "en": "Changes are saved at once. If someone else has just changed the action, you are "
        "told and nothing is lost.",
    },
    "actions.text": {"nl": "Actie", "en": "Action"},
    "actions.owner": {"nl": "Eigenaar", "en": "Owner"},
    "actions.no_owner": {"nl": "geen eigenaar", "en": "no owner"},
    "actions.due": {"nl": "Uiterlijk", "en": "Due"},
    "actions.question": {"nl": "Bij leervraag", "en": "For learning question"},
    "actions.add": {"nl": "Actie toevoegen", "en": "Add action"},
    "actions.follow_up": {"nl": "Opvolging noteren", "en": "Record follow-up"},
    "actions.note": {"nl": "Wat is er gebeurd?", "en": "What happened?"},
    "actions.add_note": {"nl": "Notitie opslaan", "en": "Save note"},
    "actions.notes_of": {"nl": "Opvolging: {text}", "en": "Follow-up: {text}"},
    "action_status.planned": {"nl": "Gepland", "en": "Planned"},
    "action_status.doing": {"nl": "Bezig", "en": "Doing"},
    "action_status.done": {"nl": "Klaar", "en": "Done"},
    "action_status.dropped": {"nl": "Vervallen", "en": "Dropped"},
    "action.text": {"nl": "Actie", "en": "Action"},
    "action.due": {"nl": "Uiterlijk", "en": "Due"},
    "action.status": {"nl": "Status", "en": "Status"},
    "action.note": {"nl": "Notitie", "en": "Note"},
    "agenda.text": {"nl": "Leervraag", "en": "Learning question"},
    "error.answer_how": {
        "nl": "Schrijf op hoe de vraag is beantwoord.",
        "en": "Write down how the question was answered.",
    },
    # -- steering-group meetings and votes
    "nav.meeting": {"nl": "Stuurgroep", "en": "Steering group"},
    "meeting.title": {"nl": "Stuurgroepoverleg", "en": "Steering-group meeting"},
    "meeting.intro": {
        "nl": "Zet dit scherm op de beamer. Het overleg loopt in vier stappen: wat er nieuw is "
        "sinds de vorige keer, de leervragen één voor één, de open acties per trekker, en "
        "afsluiten. Elk besluit wordt meteen opgeslagen; bij het afsluiten ontstaat het verslag.",
        "en": "Put this screen on the projector. The meeting runs in four steps: what is new "
        "since last time, the learning questions one by one, the open actions by owner, and "
        "closing. Every decision is stored at once; closing writes the minutes.",
    },
    "meeting.attendees": {"nl": "Aanwezigen", "en": "Attendees"},
    "meeting.start": {"nl": "Overleg beginnen", "en": "Start the meeting"},
    "meeting.earlier": {"nl": "Eerdere overleggen", "en": "Earlier meetings"},
    "meeting.recorded": {"nl": "vastgelegd: {n}", "en": "recorded: {n}"},
    "meeting.minutes_stored": {
        "nl": "Het overleg is gesloten. Het verslag staat bij de bronnen en is daar aan te passen.",
        "en": "The meeting is closed. The minutes are among the sources and can be edited there.",
    },
    "meeting.running": {"nl": "Stuurgroep {date}", "en": "Steering group {date}"},
    "meeting.step": {"nl": "Stap", "en": "Step"},
    "meeting.next_step": {"nl": "Verder: {step}", "en": "Next: {step}"},
    "meeting.new_sources": {"nl": "Nieuwe bronnen", "en": "New sources"},
    "meeting.new_factors": {"nl": "Nieuwe factoren", "en": "New factors"},
    "meeting.actions_done": {"nl": "Acties afgerond", "en": "Actions done"},
    "meeting.nothing_new": {
        "nl": "Er is niets nieuws sinds het vorige overleg (of dit is het eerste overleg).",
        "en": "Nothing is new since the previous meeting (or this is the first meeting).",
    },
    "meeting.factors_chart": {
        "nl": "Belemmerend en bevorderend per thema en fase",
        "en": "Barriers and enablers per theme and phase",
    },
    "meeting.flow_chart": {
        "nl": "De leeragenda door de fasen",
        "en": "The learning agenda over the phases",
    },
    "meeting.no_questions": {
        "nl": "Er staan nog geen leervragen op de agenda. Neem voorstellen over op de pagina "
        "Leervragen.",
        "en": "No learning questions are on the agenda yet. Accept proposals on the Learning "
        "questions page.",
    },
    "meeting.previous": {"nl": "Vorige", "en": "Previous"},
    "meeting.next_question": {"nl": "Volgende", "en": "Next"},
    "meeting.question_n": {
        "nl": "Leervraag {n} van {total}",
        "en": "Learning question {n} of {total}",
    },
    "meeting.discussed": {"nl": "besproken", "en": "discussed"},
    "meeting.history": {"nl": "Geschiedenis", "en": "History"},
    "meeting.new_action": {"nl": "Nieuwe actie", "en": "New action"},
    "meeting.decide": {"nl": "Besluit over de leervraag", "en": "Decision on the question"},
    "meeting.mark_discussed": {"nl": "Markeren als besproken", "en": "Mark as discussed"},
    "meeting.vote": {"nl": "Prioriteren", "en": "Prioritise"},
    "meeting.vote_questions": {"nl": "Leervragen in de stemronde", "en": "Questions in the round"},
    "meeting.votes_each": {"nl": "Stemmen per persoon", "en": "Votes per person"},
    "meeting.vote_open": {"nl": "Stemronde openen", "en": "Open a voting round"},
    "meeting.vote_link_help": {
        "nl": "Scan de code met de camera van uw telefoon. Stemmen is anoniem.",
        "en": "Scan the code with your phone's camera. Voting is anonymous.",
    },
    "meeting.vote_link_lost": {
        "nl": "De stemlink is op dit scherm niet meer te tonen. Maak een nieuwe; de oude werkt "
        "dan niet meer, uitgebrachte stemmen blijven tellen.",
        "en": "The voting link can no longer be shown on this screen. Make a new one; the old "
        "one stops working, votes already cast still count.",
    },
    "meeting.vote_new_link": {"nl": "Nieuwe stemlink", "en": "New voting link"},
    "meeting.vote_here": {"nl": "Stemmen op dit scherm", "en": "Vote on this screen"},
    "meeting.vote_close": {"nl": "Stemronde sluiten", "en": "Close the voting round"},
    "meeting.no_open_actions": {
        "nl": "Er zijn geen open acties.",
        "en": "There are no open actions.",
    },
    "meeting.actions_chart": {
        "nl": "Acties per maand, naar hoe ze er nu voor staan",
        "en": "Actions per month, by where they stand now",
    },
    "meeting.so_far": {
        "nl": "Vastgelegd in dit overleg ({n})",
        "en": "Recorded in this meeting ({n})",
    },
    "meeting.no_decisions": {"nl": "Nog niets vastgelegd.", "en": "Nothing recorded yet."},
    "meeting.close": {
        "nl": "Overleg sluiten en verslag maken",
        "en": "Close the meeting and write the minutes",
    },
    "meeting.event_action": {"nl": "Actie", "en": "Action"},
    "meeting.event_status": {"nl": "Status", "en": "Status"},
    "meeting.event_reformulated": {"nl": "Herformuleerd", "en": "Reworded"},
    "meeting.event_discussed": {"nl": "Besproken", "en": "Discussed"},
    "meeting.event_vote": {"nl": "Stemronde", "en": "Vote"},
    "flow.raised": {"nl": "Gesteld", "en": "Raised"},
    "flow.carried_over": {"nl": "Meegenomen", "en": "Carried over"},
    "flow.answered": {"nl": "Beantwoord", "en": "Answered"},
    "flow.dropped": {"nl": "Vervallen", "en": "Dropped"},
    "vote.title": {"nl": "Stemmen", "en": "Vote"},
    "vote.instruction": {
        "nl": "Welke leervragen moet de stuurgroep eerst aanpakken? Kies er hoogstens {n}.",
        "en": "Which learning questions should the steering group tackle first? Choose up to {n}.",
    },
    "vote.send": {"nl": "Stem versturen", "en": "Send my vote"},
    "vote.thanks": {
        "nl": "Dank u wel. Uw stem is geteld. U kunt dit venster sluiten.",
        "en": "Thank you. Your vote has been counted. You can close this window.",
    },
    "meeting.activity_title": {"nl": "Stuurgroep {date}", "en": "Steering group {date}"},
    "meeting.minutes_title": {
        "nl": "Verslag stuurgroep {date}",
        "en": "Minutes of the steering group {date}",
    },
    "meeting.minutes_present": {"nl": "Aanwezig", "en": "Present"},
    "meeting.minutes_discussed": {
        "nl": "Besproken leervragen",
        "en": "Learning questions discussed",
    },
    "meeting.minutes_decisions": {
        "nl": "Besluiten over leervragen",
        "en": "Decisions on learning questions",
    },
    "meeting.minutes_actions": {"nl": "Nieuwe acties", "en": "New actions"},
    "meeting.minutes_votes": {"nl": "Prioritering", "en": "Prioritisation"},
    "meeting.log_action": {
        "nl": "{action} (trekker: {owner}, uiterlijk {due})",
        "en": "{action} (owner: {owner}, due {due})",
    },
    "meeting.log_status": {"nl": "{question} → {status}", "en": "{question} → {status}"},
    "meeting.log_reformulated": {
        "nl": "Herformuleerd: {old} → {new}",
        "en": "Reworded: {old} → {new}",
    },
    "meeting.closed": {
        "nl": "Dit overleg is al gesloten; wijzig het verslag op de pagina Bronnen.",
        "en": "This meeting is already closed; change its minutes on the Sources page.",
    },
    "vote.need_questions": {
        "nl": "Kies minstens twee leervragen die op de agenda staan.",
        "en": "Choose at least two learning questions that are on the agenda.",
    },
    "vote.bad_votes_each": {
        "nl": "Het aantal stemmen per persoon ligt tussen 1 en {n}.",
        "en": "The number of votes per person is between 1 and {n}.",
    },
    "vote.round_open": {
        "nl": "Er loopt al een stemronde. Sluit die eerst.",
        "en": "A voting round is already open. Close it first.",
    },
    "vote.closed": {
        "nl": "Deze stemronde is gesloten. Dank u wel voor het meedoen.",
        "en": "This voting round has closed. Thank you for taking part.",
    },
    "vote.bad_link": {
        "nl": "Deze stemlink werkt niet (meer). Scan de code op het scherm opnieuw.",
        "en": "This voting link does not work (any more). Scan the code on the screen again.",
    },
    "vote.already": {
        "nl": "U hebt al gestemd in deze ronde. Uw stem telt één keer.",
        "en": "You have already voted in this round. Your vote counts once.",
    },
    "vote.bad_choice": {
        "nl": {"one": "Kies één leervraag.", "other": "Kies één tot {n} leervragen."},
        "en": {
            "one": "Choose one learning question.",
            "other": "Choose one to {n} learning questions.",
        },
    },
    "error.quote_removed": {
        "nl": "De tekst bevat de passage '{quote}' niet meer, terwijl een factor die citeert. "
        "Laat de passage staan of pas eerst de factor aan.",
        "en": "The text no longer contains the passage '{quote}', which a factor quotes. Keep "
        "the passage or change the factor first.",
    },
    "sources.edit": {"nl": "Titel of tekst corrigeren", "en": "Correct the title or text"},
    "error.unknown_phase": {
        "nl": "Deze fase hoort niet bij het lab.",
        "en": "This phase does not belong to the lab.",
    },
    "interview.phase": {"nl": "Over fase", "en": "About phase"},
    "interview.phase_by_date": {"nl": "Volgens de datum", "en": "By the date"},
    "interview.phase_help": {
        "nl": "Een eindgesprek kort na een fase gaat nog over die fase: kies haar dan hier.",
        "en": "An end-of-phase interview held just after the phase is still about it: choose "
        "that phase here.",
    },
    "error.no_next_phase": {"nl": "Er is geen volgende fase.", "en": "There is no next phase."},
    "error.derive_format": {
        "nl": "{file}: verwacht 'factors:' met een lijst van factoren.",
        "en": "{file}: expected 'factors:' with a list of factors.",
    },
    # -- protocol files: "{file}, line {line}, {field}: ..."
    "protocol.yaml_syntax": {
        "nl": "{file}, regel {line}: geen geldige YAML ({reason}). Gebruik spaties, geen tabs.",
        "en": "{file}, line {line}: not valid YAML ({reason}). Use spaces, not tabs.",
    },
    "protocol.encoding": {
        "nl": "{file}: het bestand is geen UTF-8-tekst.",
        "en": "{file}: the file is not UTF-8 text.",
    },
    "protocol.too_large": {
        "nl": "{file}: het bestand is groter dan 1 MB.",
        "en": "{file}: the file is larger than 1 MB.",
    },
    "protocol.not_mapping": {
        "nl": "{file}, regel {line}, {field}: hier wordt een lijst van velden verwacht.",
        "en": "{file}, line {line}, {field}: a set of fields is expected here.",
    },
    "protocol.duplicate_key": {
        "nl": "{file}, regel {line}: het veld '{field}' staat er twee keer.",
        "en": "{file}, line {line}: the field '{field}' appears twice.",
    },
    "protocol.bad_version": {
        "nl": "{file}, regel {line}, {field}: geef een heel getal vanaf 1.",
        "en": "{file}, line {line}, {field}: give a whole number from 1.",
    },
    "protocol.bad_value": {
        "nl": "{file}, regel {line}, {field}: '{value}' is niet toegestaan; kies uit {allowed}.",
        "en": "{file}, line {line}, {field}: '{value}' is not allowed; choose from {allowed}.",
    },
    "protocol.missing": {
        "nl": "{file}, regel {line}: '{field}' ontbreekt of is leeg.",
        "en": "{file}, line {line}: '{field}' is missing or empty.",
    },
    "protocol.bad_id": {
        "nl": "{file}, regel {line}, {field}: '{value}' is geen geldige naam (kleine letters, "
        "cijfers en _, beginnend met een letter).",
        "en": "{file}, line {line}, {field}: '{value}' is not a valid name (lower-case letters, "
        "digits and _, starting with a letter).",
    },
    "protocol.unknown_type": {
        "nl": "{file}, regel {line}, {field}: onbekend vraagtype '{value}'; kies uit {allowed}.",
        "en": "{file}, line {line}, {field}: unknown question type '{value}'; choose from "
        "{allowed}.",
    },
    "protocol.no_choices": {
        "nl": "{file}, regel {line}, {field}: een keuzevraag heeft antwoordopties nodig.",
        "en": "{file}, line {line}, {field}: a choice question needs choices.",
    },
    "protocol.duplicate_choice": {
        "nl": "{file}, regel {line}, {field}: twee antwoordopties hebben dezelfde waarde.",
        "en": "{file}, line {line}, {field}: two choices have the same value.",
    },
    "protocol.bad_choice_value": {
        "nl": "{file}, regel {line}, {field}: waarde '{value}' moet tekst tussen aanhalingstekens "
        "zijn (YAML maakt van yes/no/on anders iets anders).",
        "en": "{file}, line {line}, {field}: value '{value}' must be quoted text (YAML turns "
        "yes/no/on into something else).",
    },
    "protocol.missing_language": {
        "nl": "{file}, regel {line}, {field}: tekst ontbreekt in {language}.",
        "en": "{file}, line {line}, {field}: text is missing in {language}.",
    },
    "protocol.bad_cell": {
        "nl": "{file}, regel {line}, {field}: niveau is actor of network, dimensie is learning, "
        "acting of institutional_change.",
        "en": "{file}, line {line}, {field}: level is actor or network, dimension is learning, "
        "acting or institutional_change.",
    },
    "protocol.unknown_indicator": {
        "nl": "{file}, regel {line}, {field}: '{value}' is geen indicator uit "
        "protocols/framework.yaml.",
        "en": "{file}, line {line}, {field}: '{value}' is not an indicator in "
        "protocols/framework.yaml.",
    },
    "protocol.bad_flag": {
        "nl": "{file}, regel {line}, {field}: gebruik true of false.",
        "en": "{file}, line {line}, {field}: use true or false.",
    },
    "protocol.bad_expression": {
        "nl": "{file}, regel {line}, {field}: de voorwaarde is niet te lezen ({reason}).",
        "en": "{file}, line {line}, {field}: the condition cannot be read ({reason}).",
    },
    "protocol.unknown_reference": {
        "nl": "{file}, regel {line}, {field}: verwijst naar {names}, die niet eerder gevraagd is.",
        "en": "{file}, line {line}, {field}: refers to {names}, which is not asked earlier.",
    },
    "protocol.duplicate_id": {
        "nl": "{file}, regel {line}: de vraag-id '{id}' komt twee keer voor.",
        "en": "{file}, line {line}: the question id '{id}' appears twice.",
    },
    "protocol.duplicate_protocol": {
        "nl": "{file}: er is al een instrument met id '{id}'.",
        "en": "{file}: there is already an instrument with id '{id}'.",
    },
    # -- surveys: navigation and researcher pages
    "nav.section.surveys": {"nl": "Vragenlijsten", "en": "Surveys"},
    "nav.surveys": {"nl": "Vragenlijsten", "en": "Surveys"},
    "nav.survey_results": {"nl": "Resultaten", "en": "Results"},
    "surveys.tab.surveys": {"nl": "Vragenlijsten", "en": "Surveys"},
    "surveys.tab.links": {"nl": "Links en invullen", "en": "Links and filling in"},
    "surveys.tab.participants": {"nl": "Deelnemers", "en": "Participants"},
    "surveys.tab.codebook": {"nl": "Codeboek", "en": "Codebook"},
    "surveys.none": {
        "nl": "Er is nog geen vragenlijst. Zet er hieronder een klaar.",
        "en": "There is no survey yet. Set one up below.",
    },
    "surveys.new": {"nl": "Nieuwe vragenlijst", "en": "New survey"},
    "surveys.protocol": {"nl": "Instrument", "en": "Instrument"},
    "surveys.wave_help": {
        "nl": "Het meetmoment, bijvoorbeeld T0 bij de start en T1 aan het eind. Antwoorden van "
        "dezelfde persoon of hetzelfde traject in twee metingen worden gekoppeld.",
        "en": "The measurement moment, for example T0 at the start and T1 at the end. Answers of "
        "the same person or trajectory in two waves are paired.",
    },
    "surveys.audience_named": {"nl": "Of met naam", "en": "Or by name"},
    "surveys.no_subject": {"nl": "Over zichzelf", "en": "About themselves"},
    "surveys.subject_help": {
        "nl": "Kies een groep als iedere deelnemer de lijst invult over elk van 'zijn' mensen, "
        "zoals een coach over elk van zijn kandidaten. Wie bij wie hoort, zet u bij Deelnemers.",
        "en": "Choose a group when each participant fills in the survey about each of 'their' "
        "people, such as a coach about each of their candidates. Set who belongs to whom under "
        "Participants.",
    },
    "surveys.form_help": {
        "nl": "De korte vorm vraagt alleen de kernvragen, met dezelfde variabelen, zodat lange en "
        "korte vorm vergelijkbaar blijven.",
        "en": "The short form asks the core items only, with the same variable names, so the long "
        "and short forms stay comparable.",
    },
    "surveys.profile_help": {
        "nl": "Eenvoudig: één uitspraak per scherm, grote knoppen, smileys met woorden.",
        "en": "Easy: one statement per screen, large buttons, smileys with words.",
    },
    "surveys.create": {"nl": "Vragenlijst klaarzetten", "en": "Set up survey"},
    "surveys.survey": {"nl": "Vragenlijst", "en": "Survey"},
    "surveys.col.title": {"nl": "Vragenlijst", "en": "Survey"},
    "surveys.col.wave": {"nl": "Meting", "en": "Wave"},
    "surveys.col.form": {"nl": "Vorm", "en": "Form"},
    "surveys.col.invited": {"nl": "Uitgenodigd", "en": "Invited"},
    "surveys.col.submitted": {"nl": "Ingevuld", "en": "Submitted"},
    "surveys.col.opens": {"nl": "Open vanaf", "en": "Opens"},
    "surveys.col.closes": {"nl": "Sluit na", "en": "Closes after"},
    "surveys.col.state": {"nl": "Stand", "en": "State"},
    "surveys.invite_new": {
        "nl": {"one": "Nodig 1 nieuwe deelnemer uit", "other": "Nodig {n} nieuwe deelnemers uit"},
        "en": {"one": "Invite 1 new participant", "other": "Invite {n} new participants"},
    },
    "surveys.no_invitations": {
        "nl": "Nog niemand uitgenodigd. Zet deelnemers in het register (tab Deelnemers) en "
        "koppel bij een lijst 'over' iemand de mensen aan elkaar.",
        "en": "Nobody invited yet. Put participants in the registry (Participants tab) and, for a "
        "survey about someone, link the people to each other.",
    },
    "surveys.links_help": {
        "nl": "Iedere link is persoonlijk en geheim: stuur hem alleen naar die ene persoon. Klik "
        "op een rij om de link te kopiëren of samen met de deelnemer in te vullen.",
        "en": "Every link is personal and secret: send it to that one person only. Click a row to "
        "copy the link or to fill in the survey together with the participant.",
    },
    "surveys.link": {"nl": "Link", "en": "Link"},
    "surveys.download_links": {"nl": "Links downloaden (CSV)", "en": "Download links (CSV)"},
    "surveys.code": {
        "nl": "Code om telefonisch verder te gaan: {code}",
        "en": "Code to go on by phone: {code}",
    },
    "surveys.interview_start": {"nl": "Samen invullen", "en": "Fill in together"},
    "surveys.renew": {"nl": "Nieuwe link maken", "en": "Make a new link"},
    "surveys.resume_title": {"nl": "Verder met een code", "en": "Go on with a code"},
    "surveys.resume_code": {
        "nl": "Code die de deelnemer voorleest",
        "en": "Code the participant reads out",
    },
    "surveys.resume": {"nl": "Verder invullen", "en": "Go on filling in"},
    "surveys.interviewing": {
        "nl": "U vult de vragenlijst in samen met {code}: lees de vragen voor en vul het antwoord "
        "in dat de deelnemer geeft.",
        "en": "You are filling in the survey with {code}: read the questions aloud and enter the "
        "answers the participant gives.",
    },
    "surveys.interview_end": {"nl": "Stoppen met samen invullen", "en": "Stop filling in together"},
    "surveys.registry_help": {
        "nl": "Het deelnemersregister: namen en contactgegevens staan alleen hier, los van de "
        "antwoorden. Antwoorden, exports en rapporten gebruiken de code.",
        "en": "The participant registry: names and contact details live here only, apart from the "
        "answers. Answers, exports and reports use the code.",
    },
    "surveys.register_groups": {
        "nl": "Betrokkenen uit deze groepen in het register zetten",
        "en": "Put stakeholders of these groups in the registry",
    },
    "surveys.register": {"nl": "Toevoegen", "en": "Add"},
    "surveys.subjects_title": {"nl": "Wie vult in over wie", "en": "Who answers about whom"},
    "surveys.subjects_help": {
        "nl": "Bijvoorbeeld: de kandidaten van een coach. Een vragenlijst 'over' een groep maakt "
        "dan één link per coach per kandidaat.",
        "en": "For example: a coach's candidates. A survey 'about' a group then makes one link per "
        "coach per candidate.",
    },
    "surveys.subjects_of": {"nl": "Deelnemer", "en": "Participant"},
    "surveys.subjects": {"nl": "Vult in over", "en": "Answers about"},
    "surveys.codebook_help": {
        "nl": {
            "one": "Variabelen van dit instrument, zoals ze in de export staan (1 meting).",
            "other": "Variabelen van dit instrument, zoals ze in de export staan ({n} metingen).",
        },
        "en": {
            "one": "Variables of this instrument as they appear in the export (1 wave).",
            "other": "Variables of this instrument as they appear in the export ({n} waves).",
        },
    },
    "surveys.download_codebook": {
        "nl": "Codeboek downloaden (CSV)",
        "en": "Download codebook (CSV)",
    },
    "participant.name": {"nl": "Naam", "en": "Name"},
    "participant.contact": {"nl": "Contact (e-mail of telefoon)", "en": "Contact (email or phone)"},
    "participant.group": {"nl": "Groep", "en": "Group"},
    "participant.pseudonym": {"nl": "Code", "en": "Code"},
    "participant.outcome": {"nl": "Traject geslaagd?", "en": "Trajectory successful?"},
    "participant.outcome_help": {
        "nl": "Door u vastgesteld, geen vraag in de lijst. Hiermee vergelijkt u groepen.",
        "en": "Set by you, not a survey question. Used to compare groups.",
    },
    "participant.in_use": {
        "nl": "Deze deelnemer heeft al een uitnodiging of antwoorden en kan niet weg.",
        "en": "This participant already has an invitation or answers and cannot be removed.",
    },
    "participant.bad_subjects": {
        "nl": "Kies andere deelnemers uit het register, niet de deelnemer zelf.",
        "en": "Choose other participants from the registry, not the participant themselves.",
    },
    "outcome.unknown": {"nl": "Nog niet bekend", "en": "Not known yet"},
    "outcome.successful": {"nl": "Geslaagd", "en": "Successful"},
    "outcome.not_successful": {"nl": "Niet geslaagd", "en": "Not successful"},
    "invitation.not_opened": {"nl": "Niet geopend", "en": "Not opened"},
    "invitation.opened": {"nl": "Geopend", "en": "Opened"},
    "invitation.started": {"nl": "Begonnen", "en": "Started"},
    "invitation.submitted": {"nl": "Ingevuld", "en": "Submitted"},
    "invitation.withdrawn": {"nl": "Teruggetrokken", "en": "Withdrawn"},
    "survey.wave": {"nl": "Meting", "en": "Wave"},
    "survey.title_field": {
        "nl": "Titel (leeg: die van het instrument)",
        "en": "Title (empty: the instrument's)",
    },
    "survey.title": {"nl": "Vragenlijst", "en": "Survey"},
    "survey.audience": {"nl": "Voor groepen", "en": "For groups"},
    "survey.subject_group": {"nl": "Vult in over", "en": "Answers about"},
    "survey.subject": {"nl": "Over", "en": "About"},
    "survey.form": {"nl": "Vorm", "en": "Form"},
    "survey.form.full": {"nl": "Volledig", "en": "Full"},
    "survey.form.core": {
        "nl": "Kort (kernvragen, voorlezen)",
        "en": "Short (core items, read aloud)",
    },
    "survey.profile": {"nl": "Schermen", "en": "Screens"},
    "survey.profile.standard": {"nl": "Standaard", "en": "Standard"},
    "survey.profile.easy": {"nl": "Eenvoudig", "en": "Easy"},
    "survey.opens": {"nl": "Open vanaf", "en": "Opens"},
    "survey.closes": {"nl": "Sluit na", "en": "Closes after"},
    "survey.mode": {"nl": "Manier van invullen", "en": "Way of filling in"},
    "survey.interviewer": {"nl": "Naam van de interviewer", "en": "Interviewer's name"},
    "survey.witness": {"nl": "Toestemming gehoord door", "en": "Consent witnessed by"},
    "survey.closes_before_opens": {
        "nl": "De sluitdatum ligt vóór de openingsdatum.",
        "en": "The closing date is before the opening date.",
    },
    "survey.duplicate": {
        "nl": "Met dit instrument is er al een meting {wave}. Kies een andere naam voor de meting.",
        "en": "There is already a wave {wave} with this instrument. Choose another wave name.",
    },
    # -- surveys: the respondent (plain language, B1)
    "survey.bad_link": {
        "nl": "Deze link werkt niet. Misschien is hij niet helemaal gekopieerd. Vraag de "
        "onderzoeker om een nieuwe link.",
        "en": "This link does not work. Maybe it was not copied completely. Ask the researcher "
        "for a new link.",
    },
    "survey.bad_code": {
        "nl": "Deze code kennen we niet. Vraag de deelnemer de code nog een keer te lezen.",
        "en": "This code is not known. Ask the participant to read the code again.",
    },
    "survey.not_open_yet": {
        "nl": "Deze vragenlijst is nog niet open. Probeer het later nog eens.",
        "en": "This survey is not open yet. Please try again later.",
    },
    "survey.closed": {
        "nl": "Deze vragenlijst is gesloten. U kunt niets meer invullen. Bedankt voor uw hulp.",
        "en": "This survey is closed. You cannot fill in anything any more. Thank you for "
        "your help.",
    },
    "survey.withdrawn": {
        "nl": "U doet niet meer mee. Uw antwoorden zijn verwijderd.",
        "en": "You no longer take part. Your answers have been deleted.",
    },
    "survey.unavailable": {
        "nl": "Deze vragenlijst is nu niet beschikbaar. Vraag de onderzoeker wat er aan de "
        "hand is.",
        "en": "This survey is not available now. Ask the researcher what is wrong.",
    },
    "survey.about_subject": {
        "nl": "Deze vragenlijst gaat over kandidaat **{code}** (de code die u van de onderzoeker "
        "kreeg).",
        "en": "This survey is about candidate **{code}** (the code you received from the "
        "researcher).",
    },
    "survey.consent_title": {"nl": "Doet u mee?", "en": "Will you take part?"},
    "survey.consent_default": {
        "nl": "Meedoen is vrijwillig. U kunt altijd stoppen, zonder uit te leggen waarom. Alleen "
        "de onderzoekers zien uw antwoorden. In rapporten staat nooit uw naam.",
        "en": "Taking part is voluntary. You can stop at any time without saying why. Only the "
        "researchers see your answers. Your name never appears in reports.",
    },
    "survey.consent_yes": {"nl": "Ja, ik doe mee", "en": "Yes, I take part"},
    "survey.consent_no": {"nl": "Nee, ik doe niet mee", "en": "No, I do not take part"},
    "survey.consent_read_aloud": {
        "nl": "Lees de tekst voor en vraag of de deelnemer meedoet.",
        "en": "Read the text aloud and ask whether the participant takes part.",
    },
    "survey.consent_earlier": {
        "nl": "U gaf op {date} toestemming om mee te doen. U kunt nog steeds altijd stoppen.",
        "en": "You agreed to take part on {date}. You can still stop at any time.",
    },
    "survey.begin": {"nl": "Beginnen", "en": "Start"},
    "survey.declined": {
        "nl": "Jammer, maar prima. Er is niets van u bewaard. Bedankt voor uw tijd.",
        "en": "That is fine. Nothing of yours has been kept. Thank you for your time.",
    },
    "survey.step": {"nl": "Stap {n} van {of}", "en": "Step {n} of {of}"},
    "survey.next": {"nl": "Volgende", "en": "Next"},
    "survey.back": {"nl": "Terug", "en": "Back"},
    "survey.helped": {
        "nl": "Hulp of voorlezen nodig bij deze vraag",
        "en": "Help or reading aloud needed for this question",
    },
    "survey.review_title": {"nl": "Klaar!", "en": "Done!"},
    "survey.review_text": {
        "nl": "Alle vragen zijn gehad. Klik op Versturen. Daarna kunt u niets meer veranderen.",
        "en": "You have had all questions. Click Send. After that you cannot change anything.",
    },
    "survey.submit": {"nl": "Versturen", "en": "Send"},
    "survey.missing_required": {
        "nl": {
            "one": "Er mist nog een antwoord op 1 vraag die nodig is. Ga terug en vul die in.",
            "other": "Er mist nog een antwoord op {n} vragen die nodig zijn. Ga terug en vul ze "
            "in.",
        },
        "en": {
            "one": "An answer is still missing for 1 question that is needed. Go back and fill "
            "it in.",
            "other": "An answer is still missing for {n} questions that are needed. Go back and "
            "fill them in.",
        },
    },
    "survey.thanks": {
        "nl": "Bedankt! Uw antwoorden zijn verstuurd.",
        "en": "Thank you! Your answers have been sent.",
    },
    "survey.already_submitted": {
        "nl": "Deze vragenlijst is al verstuurd. Er is niets veranderd.",
        "en": "This survey was already sent. Nothing has changed.",
    },
    "survey.response_gone": {
        "nl": "Uw antwoorden zijn verwijderd. Begin opnieuw als u toch wilt meedoen.",
        "en": "Your answers have been deleted. Start again if you still want to take part.",
    },
    "survey.stop": {"nl": "Stoppen", "en": "Stop"},
    "survey.stop_question": {
        "nl": "Wilt u stoppen? Wat moet er met uw antwoorden tot nu toe gebeuren?",
        "en": "Do you want to stop? What should happen to your answers so far?",
    },
    "survey.stop_keep": {
        "nl": "Bewaren: ik ga later verder met dezelfde link",
        "en": "Keep them: I will go on later with the same link",
    },
    "survey.stop_delete": {
        "nl": "Verwijderen: ik doe niet mee",
        "en": "Delete them: I do not take part",
    },
    "survey.stopped_kept": {
        "nl": "Uw antwoorden zijn bewaard. Open dezelfde link als u verder wilt gaan.",
        "en": "Your answers are kept. Open the same link when you want to go on.",
    },
    "survey.stopped_deleted": {
        "nl": "Uw antwoorden zijn verwijderd. Bedankt voor uw tijd.",
        "en": "Your answers have been deleted. Thank you for your time.",
    },
    "survey.go_on": {"nl": "Toch verder gaan", "en": "Go on after all"},
    "survey.withdraw_title": {"nl": "Toch niet meedoen?", "en": "Changed your mind?"},
    "survey.withdraw_text": {
        "nl": "U mag altijd stoppen met meedoen. Dan verwijderen wij al uw antwoorden op deze "
        "vragenlijst.",
        "en": "You may always stop taking part. We then delete all your answers to this survey.",
    },
    "survey.withdraw": {"nl": "Stoppen en alles verwijderen", "en": "Stop and delete everything"},
    "answer.dont_know": {"nl": "Weet ik niet", "en": "I don't know"},
    "answer.rather_not": {"nl": "Zeg ik liever niet", "en": "I'd rather not say"},
    # -- survey results
    "results.threshold": {
        "nl": {
            "one": "Alle groepen worden getoond, ook met 1 antwoord (instelbaar bij Lab en fasen).",
            "other": "Groepen met minder dan {n} antwoorden worden niet getoond (instelbaar bij "
            "Lab en fasen).",
        },
        "en": {
            "one": "Every group is shown, also with 1 answer (set under Lab and phases).",
            "other": "Groups with fewer than {n} answers are not shown (set under Lab and phases).",
        },
    },
    "results.hidden": {
        "nl": {
            "one": "1 onderdeel verborgen: minder dan {threshold} antwoorden.",
            "other": "{n} onderdelen verborgen: minder dan {threshold} antwoorden.",
        },
        "en": {
            "one": "1 part hidden: fewer than {threshold} answers.",
            "other": "{n} parts hidden: fewer than {threshold} answers.",
        },
    },
    "results.tab.rates": {"nl": "Respons", "en": "Response"},
    "results.tab.items": {"nl": "Vragen", "en": "Items"},
    "results.tab.pairs": {"nl": "Voor en na", "en": "Before and after"},
    "results.tab.groups": {"nl": "Groepen", "en": "Groups"},
    "results.tab.open": {"nl": "Open antwoorden", "en": "Open answers"},
    "results.tab.export": {"nl": "Export", "en": "Export"},
    "results.col.survey": {"nl": "Vragenlijst", "en": "Survey"},
    "results.col.wave": {"nl": "Meting", "en": "Wave"},
    "results.col.group": {"nl": "Groep", "en": "Group"},
    "results.col.invited": {"nl": "Uitgenodigd", "en": "Invited"},
    "results.col.started": {"nl": "Begonnen", "en": "Started"},
    "results.col.submitted": {"nl": "Ingevuld", "en": "Submitted"},
    "results.col.withdrawn": {"nl": "Teruggetrokken", "en": "Withdrawn"},
    "results.col.refused": {"nl": "Geen toestemming (hele lijst)", "en": "Declined (whole survey)"},
    "results.col.rate": {"nl": "Respons", "en": "Response rate"},
    "results.n": {
        "nl": {"one": "1 ingevulde lijst.", "other": "{n} ingevulde lijsten."},
        "en": {"one": "1 submitted response.", "other": "{n} submitted responses."},
    },
    "results.agreement": {"nl": "Eens en oneens per uitspraak", "en": "Agreement per statement"},
    "results.scales": {"nl": "Schaalscores", "en": "Scale scores"},
    "results.scales_help": {
        "nl": "Gemiddelde van de uitspraken van een schaal (1-5), omgekeerde uitspraken (R) "
        "omgedraaid; alleen als minstens de helft is beantwoord.",
        "en": "Mean of a scale's statements (1-5), reverse-scored statements (R) turned round; "
        "only when at least half were answered.",
    },
    "results.others": {"nl": "Anders, namelijk ({n})", "en": "Other, namely ({n})"},
    "results.pairs_help": {
        "nl": "Dezelfde persoon of hetzelfde traject in twee metingen: het gemiddelde verschil per "
        "vraag.",
        "en": "The same person or trajectory in two waves: the mean difference per item.",
    },
    "results.first": {"nl": "Eerste meting", "en": "First wave"},
    "results.second": {"nl": "Tweede meting", "en": "Second wave"},
    "results.core_only": {"nl": "Alleen kernvragen", "en": "Core items only"},
    "results.no_pairs": {
        "nl": "Nog geen vraag met minstens {threshold} koppels.",
        "en": "No item with at least {threshold} pairs yet.",
    },
    "results.change": {"nl": "Verschil", "en": "Change"},
    "results.item": {"nl": "Vraag", "en": "Item"},
    "results.groups_help": {
        "nl": "Schaalscores naar afloop van het traject (vastgesteld door de onderzoeker).",
        "en": "Scale scores by how the trajectory ended (set by the researcher).",
    },
    "results.no_groups": {
        "nl": "Nog geen groep met minstens {threshold} trajecten met een bekende afloop.",
        "en": "No group yet with at least {threshold} trajectories with a known outcome.",
    },
    "results.open_help": {
        "nl": "Open antwoorden komen pas in rapporten als u ze hebt nagekeken. Codeer een "
        "antwoord als factor met één klik.",
        "en": "Open answers reach reports only after you reviewed them. Code an answer as a "
        "factor in one click.",
    },
    "results.no_open": {"nl": "Geen open antwoorden.", "en": "No open answers."},
    "results.reviewed": {"nl": "Nagekeken", "en": "Reviewed"},
    "results.code": {"nl": "Coderen als factor", "en": "Code as factor"},
    "results.png": {"nl": "Grafiek als PNG", "en": "Chart as PNG"},
    "results.export_help": {
        "nl": "Alleen codes, geen namen. Lang: één rij per persoon per meting. Breed: metingen "
        "naast elkaar, één rij per traject.",
        "en": "Codes only, no names. Long: one row per person per wave. Wide: waves side by side, "
        "one row per trajectory.",
    },
    "results.export_surveys": {"nl": "Vragenlijsten", "en": "Surveys"},
    "results.value_labels": {"nl": "Antwoorden als tekst", "en": "Answers as labels"},
    "results.csv_long": {"nl": "CSV lang", "en": "CSV long"},
    "results.csv_wide": {"nl": "CSV breed", "en": "CSV wide"},
    "results.xlsx": {"nl": "Excel (lang en breed)", "en": "Excel (long and wide)"},
    "instrument.version_not_raised": {
        "nl": "Instrument '{id}' heeft al antwoorden. Verhoog het versienummer: het is nu {new} "
        "en moet hoger zijn dan {old}.",
        "en": "Instrument '{id}' already has answers. Raise the version number: it is now {new} "
        "and must be higher than {old}.",
    },
    "instrument.destructive": {
        "nl": "De nieuwe versie van '{id}' past niet meer bij de antwoorden die al zijn gegeven: "
        "{changes}. Zet de vragen en keuzes terug, of geef aan welke oude naam bij welke nieuwe "
        "naam hoort.",
        "en": "The new version of '{id}' no longer fits the answers already given: {changes}. "
        "Put the questions and choices back, or say which old name belongs to which new name.",
    },
    "surveys.state.survey.open": {"nl": "Open", "en": "Open"},
    "surveys.state.survey.closed": {"nl": "Gesloten", "en": "Closed"},
    "surveys.state.survey.not_open_yet": {"nl": "Nog niet open", "en": "Not open yet"},
    "xlsform.not_xlsx": {
        "nl": "{file} is geen leesbaar Excel-bestand (.xlsx of .xls). Sla het formulier op als "
        "Excel-werkmap en probeer het opnieuw.",
        "en": "{file} is not a readable Excel file (.xlsx or .xls). Save the form as an Excel "
        "workbook and try again.",
    },
    "xlsform.too_large": {
        "nl": "{file} is te groot. Een formulier mag hoogstens {mb} MB zijn.",
        "en": "{file} is too large. A form may be at most {mb} MB.",
    },
    "xlsform.missing_sheet": {
        "nl": "{file} heeft geen werkblad '{sheet}'. Een XLSForm heeft de vragen op een blad met "
        "die naam: geef het blad met de vragen die naam.",
        "en": "{file} has no sheet called '{sheet}'. An XLSForm keeps its questions on a sheet "
        "with that name: give the sheet with the questions that name.",
    },
    "xlsform.unknown_list": {
        "nl": "{file}, blad survey, rij {row}: de keuzelijst '{list}' staat niet op het blad "
        "choices. Controleer de naam in de kolom list_name.",
        "en": "{file}, sheet survey, row {row}: the choice list '{list}' is not on the choices "
        "sheet. Check the name in the list_name column.",
    },
    "xlsform.unknown_type": {
        "nl": "{file}, blad survey, rij {row}: '{type}' is geen vraagtype dat we kennen. "
        "Controleer de spelling in de kolom type.",
        "en": "{file}, sheet survey, row {row}: '{type}' is not a question type we know. Check "
        "the spelling in the type column.",
    },
    "xlsform.unknown_column": {
        "nl": "{file}, blad {sheet}: de kolom '{column}' is onbekend. Controleer de spelling: "
        "andere programma's slaan zo'n kolom zonder waarschuwing over. Bekende kolommen: "
        "{known}. Achter label, hint en constraint_message mag een taal staan, zoals "
        "label::English (en).",
        "en": "{file}, sheet {sheet}: the column '{column}' is unknown. Check the spelling: other "
        "programs skip such a column without warning. Known columns: {known}. Label, hint and "
        "constraint_message may carry a language, as in label::English (en).",
    },
    "xlsform.note_sheet": {
        "nl": "Het werkblad '{sheet}' is niet overgenomen; dat gebruiken we niet.",
        "en": "The sheet '{sheet}' was not imported; we do not use it.",
    },
    "xlsform.note_default": {
        "nl": "Instellingen: er is geen {setting} opgegeven; '{value}' is gebruikt.",
        "en": "Settings: no {setting} was given; '{value}' was used.",
    },
    "xlsform.note_version": {
        "nl": "Instellingen: {setting} '{value}' is geen heel getal; 1 is gebruikt.",
        "en": "Settings: {setting} '{value}' is not a whole number; 1 was used.",
    },
    "xlsform.note_language": {
        "nl": "Blad {sheet}, kolom '{column}': alleen Nederlands en Engels worden overgenomen, "
        "deze taal niet.",
        "en": "Sheet {sheet}, column '{column}': only Dutch and English are imported, not this "
        "language.",
    },
    "xlsform.note_no_language": {
        "nl": "Het formulier zegt niet in welke taal de teksten staan; ze zijn gebruikt als "
        "Nederlandse en als Engelse tekst.",
        "en": "The form does not say which language its texts are in; they were used as both "
        "the Dutch and the English text.",
    },
    "xlsform.note_filled": {
        "nl": "Geen tekst in '{missing}'; de tekst in '{present}' is voor beide talen gebruikt "
        "(blad en rij: {rows}).",
        "en": "No text in '{missing}'; the '{present}' text was used for both languages (sheet "
        "and row: {rows}).",
    },
    "xlsform.note_column": {
        "nl": "Blad {sheet}, kolom '{column}': wordt niet ondersteund en is niet overgenomen "
        "(rijen: {rows}).",
        "en": "Sheet {sheet}, column '{column}': not supported and not imported (rows: {rows}).",
    },
    "xlsform.note_type": {
        "nl": "Het vraagtype '{type}' wordt niet ondersteund; deze rijen zijn niet overgenomen "
        "(rijen: {rows}).",
        "en": "The question type '{type}' is not supported; these rows were not imported (rows: "
        "{rows}).",
    },
    "xlsform.note_repeat": {
        "nl": "Herhalende groepen (repeat) worden niet ondersteund; hun vragen worden één keer "
        "gesteld, als gewone groep (rijen: {rows}).",
        "en": "Repeating groups (repeat) are not supported; their questions are asked once, as "
        "an ordinary group (rows: {rows}).",
    },
    "xlsform.note_appearance": {
        "nl": "De weergave (appearance) '{value}' wordt niet ondersteund en is niet overgenomen "
        "(rijen: {rows}).",
        "en": "The appearance '{value}' is not supported and was not imported (rows: {rows}).",
    },
    "xlsform.note_nested_group": {
        "nl": "Groepen binnen een groep worden niet ondersteund; hun vragen staan nu in de "
        "buitenste groep, zonder eigen titel (rijen: {rows}).",
        "en": "Groups inside a group are not supported; their questions are now in the outer "
        "group, without their own title (rows: {rows}).",
    },
    "xlsform.note_integer": {
        "nl": "Vragen naar een heel getal (integer) zijn overgenomen als getalvraag; dat het een "
        "heel getal moet zijn, wordt niet gecontroleerd (rijen: {rows}).",
        "en": "Whole-number questions (integer) were imported as number questions; that the "
        "answer is a whole number is not checked (rows: {rows}).",
    },
    "xlsform.note_acknowledge": {
        "nl": "Bevestigingen (acknowledge) zijn overgenomen als ja/nee-vraag. Is het de "
        "toestemmingsverklaring? Noem de rij dan _consent (rijen: {rows}).",
        "en": "Acknowledgements (acknowledge) were imported as yes/no questions. Is it the "
        "consent statement? Then name the row _consent (rows: {rows}).",
    },
    "xlsform.note_value": {
        "nl": "Kolom '{column}': alleen yes of no wordt ondersteund; andere waarden zijn "
        "overgenomen als no (rijen: {rows}).",
        "en": "Column '{column}': only yes or no is supported; other values were imported as no "
        "(rows: {rows}).",
    },
    "xlsform.note_group_title": {
        "nl": "Groepen zonder titel hebben hun naam als titel gekregen (rijen: {rows}).",
        "en": "Groups without a title were given their name as title (rows: {rows}).",
    },
    "protocols.xlsform_notes": {
        "nl": "Niet alles uit het XLSForm is overgenomen:",
        "en": "Not everything in the XLSForm was imported:",
    },
    "protocols.xlsform_download": {"nl": "Als XLSForm (.xlsx)", "en": "As XLSForm (.xlsx)"},
    # -- reports (Word)
    "nav.section.reports": {"nl": "Rapporten", "en": "Reports"},
    "nav.reports": {"nl": "Rapporten", "en": "Reports"},
    "error.report_kind": {
        "nl": "Onbekende soort rapport: {kind}. Kies phase, meeting of final.",
        "en": "Unknown kind of report: {kind}. Choose phase, meeting or final.",
    },
    "error.report_phase": {
        "nl": "Deze fase bestaat niet in het lab. De fasen zijn: {phases}.",
        "en": "This phase does not exist in the lab. Its phases are: {phases}.",
    },
    "error.report_section": {
        "nl": "Dit deel van het rapport bestaat niet: {section}.",
        "en": "This part of the report does not exist: {section}.",
    },
    "nav.backup": {"nl": "Export en back-up", "en": "Export and backup"},
    "tables.title": {"nl": "Tabellen", "en": "Tables"},
    "tables.help": {
        "nl": "Alle tabellen van het lab voor verdere analyse. Personen staan erin met hun code, "
        "niet met hun naam. Cellen die een spreadsheet als formule zou uitvoeren, worden tekst.",
        "en": "Every table of the lab for further analysis. People appear by their code, not by "
        "name. Cells a spreadsheet would run as a formula become text.",
    },
    "tables.names": {"nl": "Namen en ruwe teksten meenemen", "en": "Include names and raw texts"},
    "tables.names_warning": {
        "nl": "Dit bestand bevat dan persoonsgegevens: namen, organisaties, brontekst en citaten. "
        "Houd het binnen het onderzoeksteam.",
        "en": "The file then holds personal data: names, organisations, source texts and quotes. "
        "Keep it within the research team.",
    },
    "tables.xlsx": {"nl": "Alle tabellen (.xlsx)", "en": "All tables (.xlsx)"},
    "tables.stakeholders": {"nl": "Betrokkenen", "en": "Stakeholders"},
    "tables.activities": {"nl": "Activiteiten", "en": "Activities"},
    "tables.sources": {"nl": "Bronnen", "en": "Sources"},
    "tables.factors": {"nl": "Factoren", "en": "Factors"},
    "tables.learning_questions": {"nl": "Leervragen", "en": "Learning questions"},
    "tables.actions": {"nl": "Acties", "en": "Actions"},
    "tables.responses": {"nl": "Antwoorden", "en": "Responses"},
    "backup.title": {"nl": "Back-up van het hele lab", "en": "Backup of the whole lab"},
    "backup.help": {
        "nl": "Eén JSON-bestand met alles: ook namen, antwoorden en uw rapportteksten. Bewaar het "
        "veilig. Privélinks van vragenlijsten zitten er niet in.",
        "en": "One JSON file with everything: names, answers and your report texts too. Keep it "
        "safe. Private survey links are not in it.",
    },
    "backup.download": {"nl": "Download back-up (.json)", "en": "Download backup (.json)"},
    "backup.restore": {"nl": "Back-up terugzetten", "en": "Restore a backup"},
    "backup.upload": {"nl": "Back-upbestand (.json)", "en": "Backup file (.json)"},
    "backup.holds": {
        "nl": "Dit bestand bevat het lab '{name}': {counts}.",
        "en": "This file holds the lab '{name}': {counts}.",
    },
    "backup.replace": {
        "nl": "Het bestaande lab '{name}' vervangen (er wordt eerst een back-up gemaakt)",
        "en": "Replace the existing lab '{name}' (a backup is made first)",
    },
    "backup.restore_button": {"nl": "Terugzetten", "en": "Restore"},
    # -- hostile input
    "error.upload_unpacked": {
        "nl": "{file} wordt uitgepakt groter dan {mb} MB. Zo groot is een gewoon document of "
        "een gewone tabel niet; sla het bestand opnieuw op of splits het.",
        "en": "{file} unpacks to more than {mb} MB. An ordinary document or table is never that "
        "large; save the file again or split it.",
    },
    "error.yaml_alias": {
        "nl": "{file}, regel {line}: het bestand verwijst met *{name} naar een eerder stuk. "
        "Zulke verwijzingen worden niet gelezen; schrijf de tekst voluit.",
        "en": "{file}, line {line}: the file refers back to an earlier part with *{name}. "
        "Such references are not read; write the text out in full.",
    },
    "error.yaml_depth": {
        "nl": "{file}, regel {line}: de velden zijn dieper dan {max} niveaus genest. Een "
        "instrument heeft dat nooit nodig; controleer het bestand.",
        "en": "{file}, line {line}: the fields are nested more than {max} levels deep. An "
        "instrument never needs that; check the file.",
    },
    "error.yaml_control": {
        "nl": "{file}, regel {line}: de tekst bevat onzichtbare stuurtekens of een half teken "
        "(zoals \\0 of \\ud800). Haal ze weg en probeer het opnieuw.",
        "en": "{file}, line {line}: the text holds invisible control characters or half a "
        "character (such as \\0 or \\ud800). Remove them and try again.",
    },
    "error.import_nested": {
        "nl": "Het bestand is dieper genest dan een export ooit is. Het is beschadigd of geen "
        "export van Social Lab Monitor.",
        "en": "The file is nested deeper than an export ever is. It is damaged or not a Social "
        "Lab Monitor export.",
    },
    "error.import_version": {
        "nl": "Het bestand heeft geen geldige schemaversie ('{found}'). Het is beschadigd of met "
        "de hand gewijzigd.",
        "en": "The file has no valid schema version ('{found}'). It is damaged or was changed "
        "by hand.",
    },
}


def _merge_catalogs() -> None:
    """Each area of the product may keep its texts in a module of `monitor/texts/` (a dict
    `TEXT` of the same shape); they join this table, and a key defined twice is an error."""
    import importlib
    import pkgutil

    from monitor import texts

    for info in sorted(pkgutil.iter_modules(texts.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"monitor.texts.{info.name}")
        clash = TEXT.keys() & module.TEXT.keys()
        if clash:
            raise RuntimeError(f"translation keys defined twice: {sorted(clash)}")
        TEXT.update(module.TEXT)


_merge_catalogs()


def _record_kinds() -> set[str]:
    from monitor.model import CATALOG_KINDS, RECORD_TYPES

    return {cls.KIND for cls in RECORD_TYPES} | set(CATALOG_KINDS)


def plural_form(lang: str, n: int | float) -> str:
    """CLDR plural category for Dutch and English: "one" for exactly 1, else "other"."""
    return "one" if n == 1 else "other"


def t(key: str, lang: str = "nl", **params: Any) -> str:
    """The text of `key` in `lang`. An entry whose texts are {"one": ..., "other": ...} is
    plural-aware and needs the count as `n`: t("count.factors", "nl", n=1) -> "1 factor"."""
    entry = TEXT.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    if isinstance(text, dict):
        text = text[plural_form(lang, params.get("n", 0))]
    for name in _TRANSLATED_PARAMS:
        value = params.get(name)
        if name == "kind" and isinstance(value, str) and value in _record_kinds():
            # a record kind ("surveys") names one record: "vragenlijst"; one without a text
            # of its own "gegeven"
            value = f"kind.{value}" if f"kind.{value}" in TEXT else "kind.record"
        if isinstance(value, str) and value in TEXT and isinstance(TEXT[value].get(lang), str):
            params[name] = TEXT[value].get(lang) or value
    if isinstance(params.get("choices"), tuple):  # translation keys of the valid choices
        params["choices"] = ", ".join(t(k, lang) for k in params["choices"])
    return text.format(**params) if params else text
