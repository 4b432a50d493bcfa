"""Domain errors. Each carries a translation key so pages and the CLI can show it in the
user's language; the parameters fill the placeholders of the translated message."""


class MonitorError(Exception):
    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "en") -> str:
        from monitor.i18n import t

        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class InvalidInput(MonitorError):
    """Input the user can correct; nothing was stored."""


class NotFound(MonitorError):
    """A record that was asked for does not exist (any more)."""


class Conflict(MonitorError):
    """Someone else changed the record since it was read; nothing was stored."""


class StoreError(MonitorError):
    """The store cannot be used as it is; the message says which file and what to do."""


class InvalidRows(InvalidInput):
    """Several table rows are wrong; each keeps its own message. Nothing was stored."""

    def __init__(self, errors: list[tuple[int, MonitorError]]) -> None:
        super().__init__("error.rows", n=len(errors))
        self.errors = errors

    def message(self, lang: str = "en") -> str:
        from monitor.i18n import t

        lines = [
            t("error.row", lang, row=row, message=err.message(lang)) for row, err in self.errors
        ]
        return "\n".join(lines)
