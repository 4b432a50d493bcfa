"""Paged lists: the pager under a long list, search and filters of the open answers."""

TEXT = {
    "paging.page": {"nl": "Pagina", "en": "Page"},
    "paging.showing": {
        "nl": {"one": "{first}–{last} van {n} item", "other": "{first}–{last} van {n} items"},
        "en": {"one": "{first}–{last} of {n} item", "other": "{first}–{last} of {n} items"},
    },
    "paging.of_pages": {
        "nl": {"one": "van {n} pagina", "other": "van {n} pagina's"},
        "en": {"one": "of {n} page", "other": "of {n} pages"},
    },
    "results.open_search": {"nl": "Zoek in de antwoorden", "en": "Search the answers"},
    "results.open_unreviewed": {"nl": "Alleen niet bekeken", "en": "Not reviewed only"},
    "results.open_none_match": {
        "nl": "Geen open antwoorden die aan de zoekopdracht en het filter voldoen.",
        "en": "No open answers match the search and the filter.",
    },
}
