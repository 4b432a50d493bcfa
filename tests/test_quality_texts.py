"""Texts a reader sees: in one language, with correct plurals, no programmer's words."""

import dataclasses
import datetime as dt
import io
import re

import docx
import pytest

from monitor import demo, reports
from monitor.model import HistoryEntry, LearningQuestion
from monitor.store import Store


@pytest.fixture(scope="module")
def demo_lab(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("texts") / "data")
    return store, demo.load_demo(store)


def _report_text(store, lab, kind, lang, phase_id=""):
    report = reports.build(
        store, lab.id, kind, phase_id=phase_id, lang=lang, today=dt.date(2026, 6, 1)
    )
    document = docx.Document(io.BytesIO(reports.to_docx(report)))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_an_accepted_question_with_edited_wording_reads_in_the_report_s_language(demo_lab):
    store, lab = demo_lab
    question = next(q for q in store.records(lab.id, LearningQuestion) if q.history)
    edited = HistoryEntry(at=question.history[0].at, event="accepted", note="edited")
    store.save(dataclasses.replace(question, history=(edited, *question.history[1:])))
    phase_id = question.phase_id or lab.phases[0].id
    dutch = _report_text(store, lab, "phase", "nl", phase_id)
    assert "met aangepaste formulering" in dutch
    assert "edited" not in dutch
    assert "with edited wording" in _report_text(store, lab, "phase", "en", phase_id)


# A count followed by a word is a counted noun, unless it is a position ("Vraag {n} van"),
# "{n} more" or a multiplication sign ("{n}× besproken").
_COUNTED = re.compile(r"\{n\} (?!van\b|of\b|more\b)[^\W\d]")


def test_every_count_followed_by_a_noun_is_plural_aware():
    from monitor.i18n import TEXT

    plain = [
        (key, lang)
        for key, entry in TEXT.items()
        for lang in ("nl", "en")
        if isinstance(entry.get(lang), str) and _COUNTED.search(entry[lang])
    ]
    assert plain == []


_PLURAL_AFTER_ONE = re.compile(
    r"(?<![\d.,])1 (factoren|bronnen|leervragen|acties|betrokkenen|activiteiten|antwoorden|"
    r"regels|vragen|deelnemers|groepen|personen|gegevens|teksten|lijsten|metingen|onderdelen|"
    r"voorstellen|uitsplitsingen|signalen|factors|sources|learning questions|actions|"
    r"stakeholders|activities|responses|rows|questions|participants|groups|people|records|"
    r"texts|entries|waves|parts|splits|prompts|proposals)\b"
)


def test_a_lab_with_one_of_everything_never_reads_one_plural(store):
    """One source, one factor, one learning question with one action: no "1 factoren"."""
    from monitor import factors, labs
    from monitor.model import Action, LearningQuestion
    from tests.conftest import make_lab

    lab = make_lab(store, phases=1)
    labs.save_stakeholders(store, lab.id, [{"name": "Anna", "group": "employer"}])
    day = lab.phases[0].start
    labs.save_activities(store, lab.id, [{"title": "Werksessie", "date": day, "count_employer": 1}])
    source = labs.add_source(
        store, lab.id, kind="minutes", title="Notulen", date=day, text_="Uren."
    )
    factor = factors.code_factor(
        store,
        lab.id,
        kind="barrier",
        text_="Te weinig uren",
        themes=["capacity"],
        source_id=source.id,
        quote="Uren",
    )
    question = store.save(
        LearningQuestion(
            lab_id=lab.id,
            theme="capacity",
            text={"nl": "Hoe maken we uren vrij?", "en": "How do we free up hours?"},
            phase_id=lab.phases[0].id,
            factor_ids=(factor.id,),
        )
    )
    store.save(Action(lab_id=lab.id, text="Uren tellen", question_id=question.id, due=day))
    for lang in ("nl", "en"):
        for kind in ("phase", "meeting", "final"):
            found = _PLURAL_AFTER_ONE.findall(
                _report_text(store, lab, kind, lang, lab.phases[0].id if kind == "phase" else "")
            )
            assert not found, (kind, lang, found)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_missing_record_is_named_as_one_thing_in_the_user_s_language(lang):
    from monitor.errors import NotFound
    from monitor.model import RECORD_TYPES

    for cls in RECORD_TYPES:
        message = NotFound("error.record_not_found", kind=cls.KIND, id="abc").message(lang)
        assert cls.KIND not in message.split(), message
    survey = NotFound("error.record_not_found", kind="surveys", id="x").message(lang)
    assert survey.startswith({"nl": "Deze vragenlijst ", "en": "This survey "}[lang])


def test_a_wrong_choice_lists_the_valid_ones_and_an_empty_one_is_required():
    from monitor import factors, labs
    from monitor.errors import InvalidInput
    from monitor.model import StakeholderGroup

    with pytest.raises(InvalidInput) as wrong:
        factors.parse_kind("neutraal")
    assert wrong.value.message("nl") == (
        "Soort factor: 'neutraal' is geen geldige keuze. Kies uit: Bevorderend, Belemmerend."
    )
    with pytest.raises(InvalidInput) as empty:
        factors.parse_kind(None)
    assert "None" not in empty.value.message("en") and "required" in empty.value.message("en")
    with pytest.raises(InvalidInput) as group:
        labs.parse_choice("baas", StakeholderGroup, "stakeholder.group")
    assert "Choose from: Employer, Job seeker" in group.value.message("en")


def test_a_report_for_a_phase_that_does_not_exist_names_the_phases(tmp_path, capsys):
    from monitor.cli import main

    data = str(tmp_path / "d")
    assert main(["demo", "--data-dir", data]) == 0
    lab_id = capsys.readouterr().out.split("\t")[0]
    argv = ["report", "--lab", lab_id, "--kind", "phase", "--phase", "9", "--lang", "en"]
    assert main([*argv, "--out", str(tmp_path / "r.docx"), "--data-dir", data]) == 1
    err = capsys.readouterr().err
    assert "from the list" not in err and "Its phases are: 1 " in err


def test_one_rule_picks_a_question_s_wording_everywhere():
    """The language asked for, else the other one: a question typed in English only reads
    the same in a report, a table, the history, the meeting minutes and on screen."""
    from monitor import history, meetings
    from monitor.model import Lab
    from monitor.reports.data import wording as report_wording
    from monitor.wording import in_language

    english_only = LearningQuestion(lab_id="x", theme="capacity", text={"nl": "", "en": "How?"})
    dutch_lab = Lab(name="L", language="nl")
    assert in_language(english_only.text, "nl") == "How?"
    assert report_wording(english_only, "nl") == "How?"
    assert history.wording(english_only.text, "nl") == "How?"
    assert meetings._wording(english_only, dutch_lab) == "How?"
    assert in_language({"nl": "Hoe?", "en": "How?"}, "en") == "How?"
    assert in_language({}, "nl") == ""
