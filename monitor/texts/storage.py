"""The store's own messages for a PostgreSQL database and `labmonitor db`."""

TEXT = {
    "error.db_url": {
        "nl": "Het database-adres {url} is geen geldig PostgreSQL-adres. Verwacht wordt "
        "postgresql://gebruiker@server:poort/database. Er is niets opgeslagen.",
        "en": "The database address {url} is not a valid PostgreSQL address. Expected "
        "postgresql://user@host:port/database. Nothing was stored.",
    },
    "error.db_unreachable": {
        "nl": "De database {url} is niet bereikbaar ({reason}). Er is niets opgeslagen. "
        "Probeer het opnieuw zodra de database weer draait; de app hoeft niet te herstarten.",
        "en": "The database {url} cannot be reached ({reason}). Nothing was stored. Try again "
        "once the database runs again; the app need not be restarted.",
    },
    "error.db_empty": {
        "nl": "De database {url} bevat nog geen tabellen van de labmonitor. "
        "Maak ze met: labmonitor db upgrade",
        "en": "The database {url} holds no Lab Monitor tables yet. "
        "Create them with: labmonitor db upgrade",
    },
    "error.db_old": {
        "nl": "De database {url} heeft schemaversie {found}, ouder dan deze app. "
        "Werk hem bij met: labmonitor db upgrade (maak eerst een pg_dump).",
        "en": "The database {url} has schema version {found}, older than this app. "
        "Bring it up to date with: labmonitor db upgrade (make a pg_dump first).",
    },
    "error.db_failed": {
        "nl": "De database {url} weigerde de bewerking ({reason}). Er is niets opgeslagen.",
        "en": "The database {url} refused the operation ({reason}). Nothing was stored.",
    },
    "error.db_record": {
        "nl": "De database {url} bevat een ongeldig record ({kind} {id}: {reason}). "
        "Er is niets gewijzigd.",
        "en": "The database {url} holds an invalid record ({kind} {id}: {reason}). "
        "Nothing was changed.",
    },
    "error.db_no_url": {
        "nl": "Geen database opgegeven: gebruik --url, LABMONITOR_DATABASE_URL of "
        "[labmonitor] database_url in .streamlit/secrets.toml.",
        "en": "No database given: use --url, LABMONITOR_DATABASE_URL or "
        "[labmonitor] database_url in .streamlit/secrets.toml.",
    },
    "error.db_copy_differs": {
        "nl": "De kopie van lab {lab} in de database wijkt af van het origineel; de kopie is "
        "teruggedraaid en er is niets veranderd.",
        "en": "The copy of lab {lab} in the database differs from the original; the copy was "
        "rolled back and nothing changed.",
    },
    "error.db_driver": {
        "nl": "Er is een database ingesteld, maar de PostgreSQL-driver ontbreekt. Installeer "
        "hem met: pip install 'social-lab-monitor[postgres]'",
        "en": "A database is configured but the PostgreSQL driver is missing. Install it "
        "with: pip install 'social-lab-monitor[postgres]'",
    },
    "db.upgraded": {
        "nl": "Database {url}: schemaversie {before} -> {after}.",
        "en": "Database {url}: schema version {before} -> {after}.",
    },
    "db.current": {
        "nl": "Database {url}: schemaversie {after}, al bijgewerkt.",
        "en": "Database {url}: schema version {after}, already up to date.",
    },
    "db.copied": {
        "nl": {
            "one": "{id}\t{name}\t{n} record gekopieerd, export gelijk",
            "other": "{id}\t{name}\t{n} records gekopieerd, export gelijk",
        },
        "en": {
            "one": "{id}\t{name}\t{n} record copied, export identical",
            "other": "{id}\t{name}\t{n} records copied, export identical",
        },
    },
}
