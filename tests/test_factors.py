import datetime as dt

import pytest

from monitor import factors, labs
from monitor.errors import Conflict, InvalidInput
from monitor.model import Factor, Source

D = dt.date


@pytest.fixture
def source(store, lab):
    return labs.add_source(
        store,
        lab.id,
        kind="minutes",
        title="Stuurgroep 3",
        date=D(2025, 4, 20),
        text_="Het blijft onduidelijk wie beslist.\nDe coaches hebben  geen tijd.",
    )


def test_a_factor_keeps_its_evidence_and_takes_the_phase_of_its_source(store, lab, source):
    factor = factors.code_factor(
        store,
        lab.id,
        kind="belemmerend",
        text_="Rollen onduidelijk",
        themes=["governance"],
        groups=["municipality"],
        source_id=source.id,
        quote="onduidelijk WIE beslist",
    )
    assert factor.phase_id == lab.phases[1].id and factor.kind == "barrier"
    before, passage, after = factors.quote_context(source.text, factor.quote)
    assert passage == "onduidelijk wie beslist" and before.endswith("blijft ")


def test_a_quote_that_is_not_in_the_source_is_refused(store, lab, source):
    with pytest.raises(InvalidInput, match="not in the source"):
        factors.code_factor(
            store,
            lab.id,
            kind="barrier",
            text_="x",
            themes=["capacity"],
            source_id=source.id,
            quote="de wethouder is boos",
        )
    assert store.records(lab.id, Factor) == []


@pytest.mark.parametrize(
    "change, message",
    [
        ({"themes": []}, "required"),
        ({"themes": ["nonsense"]}, "Unknown theme"),
        ({"kind": "neutral"}, "not a valid choice"),
        ({"step": 9}, "choose 1 to 6"),
        ({"text_": ""}, "required"),
        ({"groups": ["aliens"]}, "not a valid choice"),
    ],
)
def test_bad_factors_get_a_message(store, lab, source, change, message):
    fields = {"kind": "enabler", "text_": "Energie", "themes": ["momentum"], "source_id": source.id}
    with pytest.raises(InvalidInput, match=message):
        factors.code_factor(store, lab.id, **{**fields, **change})


def test_a_double_save_stores_one_factor(store, lab, source):
    for _ in range(2):
        factors.code_factor(
            store,
            lab.id,
            kind="enabler",
            text_="Energie",
            themes=["momentum"],
            source_id=source.id,
            factor_id="fixedid123",
        )
    assert len(store.records(lab.id, Factor)) == 1


def test_a_lab_can_add_its_own_theme(store, lab):
    lab = factors.add_theme(store, lab, label_nl="Huisvesting", label_en="Housing")
    book = factors.lab_codebook(lab)
    assert book.label("lab_housing", "nl") == "Huisvesting"
    with pytest.raises(InvalidInput, match="already exists"):
        factors.add_theme(store, lab, label_nl="huisvesting", label_en="Housing")


def test_enablers_and_barriers_are_grouped_per_primary_theme(store, lab, source):
    for kind, theme in [("enabler", "momentum"), ("barrier", "momentum"), ("barrier", "capacity")]:
        factors.code_factor(
            store, lab.id, kind=kind, text_=f"{kind} {theme}", themes=[theme], source_id=source.id
        )
    rows = factors.enablers_and_barriers(
        store.records(lab.id, Factor),
        lab.phases[1].id,
        factors.lab_codebook(lab),
        {source.id: source},
    )
    assert [(r.theme, len(r.enablers), len(r.barriers)) for r in rows] == [
        ("capacity", 0, 1),
        ("momentum", 1, 1),
    ]
    only = factors.Filters(themes=frozenset({"capacity"}))
    counts = factors.theme_phase_counts(store.records(lab.id, Factor), lab, only, {})
    assert counts == [
        {"theme": "capacity", "phase_id": lab.phases[1].id, "kind": "barrier", "count": 1}
    ]


def test_a_source_can_be_corrected_but_keeps_the_passages_its_factors_quote(store, lab):
    source = labs.add_source(
        store,
        lab.id,
        kind="minutes",
        title="Verslag",
        date="2025-02-01",
        text_="De coaches hebben geen tijd. Rest.",
    )
    factors.code_factor(
        store,
        lab.id,
        kind="barrier",
        text_="Geen tijd voor coaches",
        themes=["capacity"],
        source_id=source.id,
        quote="De coaches hebben geen tijd.",
    )
    fixed = factors.edit_source(
        store, source, title="Verslag 1 feb", text_="De coaches hebben geen tijd. Rest, verbeterd."
    )
    assert fixed.title == "Verslag 1 feb"
    with pytest.raises(InvalidInput) as caught:
        factors.edit_source(store, fixed, title="x", text_="Alles weg")
    assert caught.value.key == "error.quote_removed"
    with pytest.raises(Conflict):
        factors.edit_source(store, source, title="Oude versie", text_=source.text)
    assert store.record(lab.id, Source, source.id).title == "Verslag 1 feb"
