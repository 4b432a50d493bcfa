"""Messages about keeping the data whole: backups, conflicts and what a role may change."""

TEXT = {
    "error.backup_failed": {
        "nl": "De reservekopie is niet gemaakt: schrijven in {path} is mislukt ({reason}). "
        "Er is geen halve kopie achtergebleven; de app probeert het bij de volgende wijziging "
        "opnieuw. Is de schijf vol?",
        "en": "The backup was not made: writing to {path} failed ({reason}). No partial copy "
        "was left behind; the app tries again at the next change. Is the disk full?",
    },
    "error.field_not_allowed": {
        "nl": "U mag bij uw eigen acties alleen de status, de uiterste datum en de opvolging "
        "wijzigen, niet '{field}'. Er is niets opgeslagen.",
        "en": "For your own actions you may change only the status, the due date and the "
        "follow-up, not '{field}'. Nothing was saved.",
    },
    "edit.changed_meanwhile": {
        "nl": "Iemand anders heeft dit intussen gewijzigd. Wat u hier typte staat er nog; "
        "opslaan kan pas als u de opgeslagen versie laadt (kopieer eerst wat u wilt houden).",
        "en": "Someone else changed this meanwhile. What you typed here is still shown; to save, "
        "first load the stored version (copy what you want to keep).",
    },
    "edit.load_stored": {"nl": "Opgeslagen versie laden", "en": "Load the stored version"},
}
