"""Lists that grow with the data are shown a page at a time: the page draws 25 items whatever
the size of the lab. Plain Python, used by the pages and tested on its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
PAGE_SIZE = 25


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]
    number: int  # 1-based, clamped to the pages there are
    pages: int  # at least 1
    total: int
    first: int  # 1-based position of the first item shown (0 when there are none)
    last: int


def page_of(items: Sequence[T], number: int, size: int = PAGE_SIZE) -> Page[T]:
    """Page `number` of `items`; a number past the end shows the last page, below 1 the first
    (a filter that shrinks the list never leaves the researcher on an empty page)."""
    if size < 1:
        raise ValueError("page size must be positive")
    pages = max(1, -(-len(items) // size))
    number = min(max(1, number), pages)
    start = (number - 1) * size
    shown = items[start : start + size]
    return Page(
        items=shown,
        number=number,
        pages=pages,
        total=len(items),
        first=start + 1 if shown else 0,
        last=start + len(shown),
    )


def matching(items: Sequence[T], query: str, text: Callable[[T], str]) -> list[T]:
    """Items whose text holds every word of the query, case- and accent-insensitively."""
    words = _fold(query).split()
    if not words:
        return list(items)
    return [item for item in items if all(w in _fold(text(item)) for w in words)]


def _fold(value: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
