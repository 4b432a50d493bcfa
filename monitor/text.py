"""Text hygiene at the edge of the store: one place decides what text may be stored."""

import re

from monitor.errors import InvalidInput

SHORT = 200  # names, titles, organisations
LONG = 20_000  # goals, descriptions, notes, factor text
DOCUMENT = 500_000  # minutes, transcripts, pasted documents

# Word and PDF pastes carry vertical tabs and form feeds as line breaks: keep them as such.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$])")


def clean(value: object, field: str, limit: int, *, required: bool = False) -> str:
    """Normalise user text or raise InvalidInput naming the field; never truncates silently."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS).strip()
    if limit == SHORT:
        text = " ".join(text.split())
    if _CONTROL.search(text):
        raise InvalidInput("error.control_chars", field=field)
    if len(text) > limit:
        raise InvalidInput(
            "error.too_long", field=field, limit=f"{limit:,}", length=f"{len(text):,}"
        )
    if required and not text:
        raise InvalidInput("error.required", field=field)
    return text


def markdown_escape(text: str) -> str:
    """Show user text literally in a markdown-rendering widget (no links, no HTML, no emphasis)."""
    return _MARKDOWN.sub(r"\\\1", text)


_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Neutralise a cell that a spreadsheet would run as a formula (CWE-1236)."""
    if isinstance(value, str) and value.startswith(_FORMULA_TRIGGERS):
        return "'" + value
    return value
