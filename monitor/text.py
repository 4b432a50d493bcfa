"""Text hygiene at the edge of the store: one place decides what text may be stored."""

import re

from monitor.errors import InvalidInput

SHORT = 200  # names, titles, organisations
LONG = 20_000  # goals, descriptions, notes, factor text
DOCUMENT = 500_000  # minutes, transcripts, pasted documents

# Word and PDF pastes carry vertical tabs and form feeds as line breaks: keep them as such.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})
# Control characters, and lone surrogates: half a character, which no file encoding can hold
# (a JSON backup may spell one as "\ud800"; writing it to the store would fail).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# What clean() changes rather than refuses (vertical tab, form feed, carriage return): text kept
# verbatim, such as a restored backup, must not hold it either.
_NOT_VERBATIM = re.compile("[\x00-\x08\x0b-\x0d\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# "=" underlines a heading, "&" starts an entity such as &lt;: both are shown as typed too.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$=&])")


# Characters that change how text around them is shown without being seen themselves: the
# direction overrides, embeddings and isolates ("abc\u202egnp.exe" shows as "abcexe.png"), and
# zero-width spaces and joiners that make two names look the same. Direction marks (U+200E,
# U+200F, U+061C) only nudge neutral characters such as "!" in Hebrew text, and are kept; the
# zero-width joiner is kept inside an emoji sequence (a person and a laptop: one glyph).
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\ufe0f"
_INVISIBLE = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200b\u200c\u2060-\u2064\ufeff\u180e]"
    f"|\u200d(?![{_EMOJI}])|(?<![{_EMOJI}])\u200d"
)


def clean(value: object, field: str, limit: int, *, required: bool = False) -> str:
    """Normalise user text or raise InvalidInput naming the field; never truncates silently.
    Names, codes and titles (SHORT) lose the invisible characters that reorder or disguise
    them; longer free text keeps them (a quote in Arabic may need a direction mark)."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS).strip()
    if limit == SHORT:
        text = " ".join(_INVISIBLE.sub("", text).split())
    if _CONTROL.search(text):
        raise InvalidInput("error.control_chars", field=field)
    if len(text) > limit:
        raise InvalidInput(
            "error.too_long", field=field, limit=f"{limit:,}", length=f"{len(text):,}"
        )
    if required and not text:
        raise InvalidInput("error.required", field=field)
    return text


def has_stray_characters(value: str) -> bool:
    """Control characters or broken (half) characters: nothing a person types, and nothing a
    Word report, a spreadsheet or the browser can carry."""
    return _NOT_VERBATIM.search(value) is not None


def check_verbatim(value: str, field: str, limit: int) -> None:
    """Refuse text that is stored exactly as given (a restored backup) but that clean() would
    have refused or changed: stray control characters, broken characters, excess length."""
    if has_stray_characters(value):
        raise InvalidInput("error.control_chars", field=field)
    if len(value) > limit:
        raise InvalidInput(
            "error.too_long", field=field, limit=f"{limit:,}", length=f"{len(value):,}"
        )


def visible(value: object) -> object:
    """Free text for a table or an export: each invisible formatting character shown as its
    code point, so "abc\u202egnp.exe" reads "abc<U+202E>gnp.exe" instead of "abcexe.png"."""
    if not isinstance(value, str) or not _INVISIBLE.search(value):
        return value
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m[0]):04X}>", value)


def markdown_escape(text: str) -> str:
    """Show user text literally in a markdown-rendering widget (no links, no HTML, no emphasis)."""
    return _MARKDOWN.sub(r"\\\1", text)


_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Neutralise a cell that a spreadsheet would run as a formula (CWE-1236). A carriage
    return inside a value becomes a line break: the csv module leaves a field with a bare CR
    unquoted, and a spreadsheet then starts a new row there, with whatever follows the CR
    (say "=cmd") as the first cell of that row."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_TRIGGERS):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")
