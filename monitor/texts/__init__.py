"""Translation catalogs per area, merged into `monitor.i18n.TEXT` (see `i18n._merge_catalogs`).

A module here holds one dict `TEXT` with entries {"nl": ..., "en": ...}; a plural-aware entry
has {"one": ..., "other": ...} per language and is called with `n=`."""
