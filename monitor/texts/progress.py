"""What long work says while it runs, in the app's status box and on a terminal."""

TEXT = {
    "progress.done": {"nl": "Klaar", "en": "Done"},
    "progress.demo": {"nl": "Het voorbeeldlab wordt gemaakt", "en": "Building the demo lab"},
    "progress.demo.read": {"nl": "Het lab en zijn fasen lezen", "en": "Reading the lab and phases"},
    "progress.demo.surveys": {
        "nl": "Vragenlijsten en antwoorden maken",
        "en": "Making surveys and responses",
    },
    "progress.demo.store": {
        "nl": "Alles opslaan en de leergeschiedenis vastleggen",
        "en": "Storing everything and recording the learning history",
    },
    "progress.demo.workshops": {"nl": "Werkbijeenkomsten toevoegen", "en": "Adding workshops"},
    "progress.demo.large": {
        "nl": "Het grote synthetische lab maken en opslaan",
        "en": "Building and storing the large synthetic lab",
    },
    "progress.demo.programme": {
        "nl": "Het programma van 35 labs maken en opslaan",
        "en": "Building and storing the programme of 35 labs",
    },
    "progress.report": {"nl": "Het rapport wordt gemaakt", "en": "Building the report"},
    "progress.report.build": {
        "nl": "Gegevens verzamelen en figuren tekenen",
        "en": "Collecting the data and drawing the charts",
    },
    "progress.report.write": {"nl": "Het Word-bestand schrijven", "en": "Writing the Word file"},
    "progress.report.write_pdf": {"nl": "Het PDF-bestand schrijven", "en": "Writing the PDF file"},
    "progress.report.ready": {
        "nl": "Het rapport is klaar om te downloaden.",
        "en": "The report is ready to download.",
    },
    "progress.report.make": {"nl": "Rapport maken", "en": "Build report"},
    "progress.export": {"nl": "De export wordt gemaakt", "en": "Building the export"},
    "progress.export.make": {"nl": "Back-up maken", "en": "Make the backup"},
    "progress.export.ready": {
        "nl": "De back-up is klaar om te downloaden.",
        "en": "The backup is ready to download.",
    },
    "progress.cancel": {
        "nl": "Annuleren (er wordt niets bewaard)",
        "en": "Cancel (nothing is kept)",
    },
    "progress.export.read": {"nl": "Alle gegevens van het lab lezen", "en": "Reading the lab"},
    "progress.export.write": {"nl": "Het bestand schrijven", "en": "Writing the file"},
    "progress.import": {"nl": "Het bestand wordt ingelezen", "en": "Reading in the file"},
    "progress.import.check": {
        "nl": "Het bestand controleren",
        "en": "Checking the file",
    },
    "progress.import.store": {
        "nl": "Een back-up maken en het lab opslaan",
        "en": "Making a backup and storing the lab",
    },
    "progress.import.rows": {"nl": "De regels opslaan", "en": "Storing the rows"},
    "progress.erase": {"nl": "De persoon wordt gewist", "en": "Erasing the person"},
    "progress.erase.records": {
        "nl": "Gegevens, antwoorden en koppelingen wissen; een verse back-up maken",
        "en": "Erasing records, answers and links; making a fresh backup",
    },
}
