import re
from pathlib import Path

from monitor import i18n

ROOT = Path(__file__).parent.parent
KEY = re.compile(r"""(?:\bt|label)\(\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""")
ERROR_KEY = re.compile(r"""["'](error\.[a-z_]+)["']""")


def _code() -> str:
    files = [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("monitor/**/*.py")]
    return "\n".join(p.read_text() for p in files)


def _forms(entry: dict) -> list[str]:
    """Every text of an entry: one per language, or one per plural form."""
    return [f for v in entry.values() for f in (v.values() if isinstance(v, dict) else [v])]


def test_every_entry_has_dutch_and_english():
    for key, entry in i18n.TEXT.items():
        assert set(entry) == {"nl", "en"}, key
        assert all(f.strip() for f in _forms(entry)), key
        kinds = {type(v) for v in entry.values()}
        assert len(kinds) == 1, key
        if dict in kinds:
            assert all(set(v) == {"one", "other"} for v in entry.values()), key


def test_plural_entries_choose_the_form_by_count():
    assert i18n.t("count.factors", "nl", n=1) == "1 factor"
    assert i18n.t("count.factors", "nl", n=0) == "0 factoren"
    assert i18n.t("count.sources", "en", n=1) == "1 source"
    assert i18n.t("count.sources", "en", n=2) == "2 sources"


def test_every_key_used_in_the_code_exists():
    code = _code()
    used = set(KEY.findall(code)) | set(ERROR_KEY.findall(code))
    missing = sorted(k for k in used if k not in i18n.TEXT)
    assert not missing


def test_every_enum_value_has_a_label():
    from monitor.model import ActivityKind, Consent, SourceKind, StakeholderGroup

    for prefix, enum in [
        ("group", StakeholderGroup),
        ("consent", Consent),
        ("activity_kind", ActivityKind),
        ("source_kind", SourceKind),
    ]:
        for value in enum:
            assert f"{prefix}.{value}" in i18n.TEXT


def test_placeholders_match_between_languages():
    for key, entry in i18n.TEXT.items():
        found = {
            lang: set(re.findall(r"(?<!\{)\{(\w+)\}(?!\})", " ".join(_forms({lang: entry[lang]}))))
            for lang in ("nl", "en")
        }
        assert found["nl"] == found["en"], key


def test_field_names_in_messages_are_translated():
    assert i18n.t("error.required", "nl", field="lab.name") == "Naam van het lab is verplicht."
