"""Ranking, anchoring, follow-up prompts and minutes: the learning questions a steering group
can work with (issue 15)."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml

from monitor import agenda, codebook, derive, i18n, minutes, reports
from monitor.derive import FactorInput, propose
from monitor.model import (
    Action,
    ActionStatus,
    Factor,
    FactorKind,
    HistoryEntry,
    LearningQuestion,
    Stakeholder,
    StakeholderGroup,
)
from tests.conftest import make_lab

D = dt.date


def _f(key, kind, phase, theme, text="Iets over het lab.", source="", groups=()):
    return FactorInput(key, kind, phase, (theme,), text, source=source, groups=groups)


# -- 3. ranking --------------------------------------------------------------------------------


def test_the_current_phase_comes_first_and_the_most_salient_within_it():
    factors = [
        _f("a", "barrier", 1, "capacity"),
        _f("b", "barrier", 2, "governance", source="s1"),
        _f("c", "barrier", 2, "capacity", source="s1", groups=("employer",)),
        _f("d", "barrier", 2, "capacity", source="s2", groups=("job_coach",)),
        _f("e", "barrier", 3, "communication"),
    ]
    ranked = derive.rank(propose(factors), current_phase=2)
    assert [(p.phase, p.theme) for p in ranked] == [
        (2, "capacity"),
        (2, "governance"),
        (3, "communication"),
        (1, "capacity"),
    ]
    first = ranked[0]
    # capacity was hindering in phase 1 too, rests on two sources and two groups
    assert first.reasons == ("persistent", "many_groups", "many_sources")
    assert derive.reason_texts(first, "nl") == ["hardnekkig", "2 groepen", "2 bronnen"]
    assert derive.reason_texts(first, "en") == ["persistent", "2 groups", "2 sources"]
    assert ranked[1].reasons == ()


def test_an_escalated_barrier_names_escalation_first():
    factors = [_f("a", "barrier", 1, "capacity"), _f("b", "barrier", 2, "capacity")]
    earlier = derive.Decision(phase=1, theme="capacity", kind="improve", status="accepted")
    (p2,) = [p for p in propose(factors, decisions=[earlier]) if p.phase == 2]
    assert p2.reasons == ("escalated", "persistent")


def test_top_shows_five_and_folds_the_rest():
    themes = [
        "shared_vision",
        "governance",
        "capacity",
        "employer_engagement",
        "communication",
        "momentum",
        "anchoring",
    ]
    factors = [_f(str(i), "barrier", 1, th) for i, th in enumerate(themes)]
    shown, folded = derive.top(derive.rank(propose(factors), 1))
    assert len(shown) == 5 and len(folded) == 2


def test_the_meeting_pack_shows_the_top_five_with_reasons_and_folds_the_rest(store):
    lab = make_lab(store)
    themes = [
        "shared_vision",
        "governance",
        "capacity",
        "employer_engagement",
        "communication",
        "momentum",
        "regional_synergy",
    ]
    for i, theme in enumerate(themes):
        for j in range(2 if theme == "capacity" else 1):
            store.save(
                Factor(
                    lab_id=lab.id,
                    kind=FactorKind.BARRIER,
                    text=f"Knelpunt {i}.{j}",
                    phase_id=lab.phases[0].id,
                    themes=(theme,),
                    groups=(StakeholderGroup.EMPLOYER, StakeholderGroup.JOB_COACH),
                )
            )
    report = reports.build(store, lab.id, "meeting", lang="nl", today=D(2025, 2, 1))
    decisions = next(s for s in report.sections if s.key == "decisions")
    bullets = next(b for b in decisions.blocks if hasattr(b, "items"))
    assert len(bullets.items) == 5
    assert bullets.items[0].startswith("Capaciteit: ")
    assert bullets.items[0].endswith("(2 groepen)")
    folded = [b.text for b in decisions.blocks if getattr(b, "text", "").startswith("Nog 2")]
    assert folded and "leeragenda" in folded[0]


# -- 4. anchoring --------------------------------------------------------------------------------


def test_in_the_anchor_phase_what_works_and_the_anchoring_barrier_become_anchor_questions():
    factors = [
        _f("a", "enabler", 2, "momentum", source="s1"),
        _f("b", "enabler", 2, "momentum", source="s2"),
        _f("c", "enabler", 3, "momentum", source="s1"),
        _f("d", "enabler", 3, "momentum", source="s2"),
        _f("e", "barrier", 3, "anchoring", "Niemand weet wie het na de subsidie overneemt."),
        _f("f", "barrier", 3, "capacity"),
    ]
    kinds = {(p.phase, p.theme): p.kind for p in propose(factors, anchor_phase=3)}
    assert kinds == {
        (2, "momentum"): "sustain",
        (3, "momentum"): "anchor",
        (3, "anchoring"): "anchor",
        (3, "capacity"): "improve",
    }
    (anchoring,) = [p for p in propose(factors, anchor_phase=3) if p.theme == "anchoring"]
    assert "eigenaar" in anchoring.question["nl"] and "reguliere aanbod" in anchoring.question["nl"]
    assert anchoring.question["en"].endswith("enter the regular offer?")
    # without an anchor phase nothing is an anchor question
    assert {p.kind for p in propose(factors)} == {"sustain", "improve"}


def test_the_anchor_phase_always_asks_about_anchoring_from_its_evidence():
    factors = [
        _f("a", "barrier", 3, "capacity"),
        _f("b", "enabler", 3, "interaction", "De werkplaatsen worden goed bezocht."),
    ]
    anchors = [p for p in propose(factors, anchor_phase=3) if p.kind == "anchor"]
    assert [(p.theme, p.evidence) for p in anchors] == [("anchoring", ("b",))]
    only_barriers = [_f("a", "barrier", 3, "capacity")]
    (anchor,) = [p for p in propose(only_barriers, anchor_phase=3) if p.kind == "anchor"]
    assert anchor.evidence == ("a",)
    assert not [p for p in propose(only_barriers, anchor_phase=2) if p.kind == "anchor"]


def test_every_theme_has_an_anchor_pattern_in_both_languages_without_dutch_in_english():
    from monitor.codebook import load_codebook

    dutch = {"de", "het", "een", "hoe", "wie", "aanpak", "na", "blijft"}
    for theme in load_codebook().themes:
        nl, en = theme.questions["anchor"]["nl"], theme.questions["anchor"]["en"]
        assert nl and en and all(q.endswith("?") for q in (*nl, *en)), theme.id
        assert not any(dutch & set(q.casefold().rstrip("?").replace(",", "").split()) for q in en)


def test_a_lab_marked_nearing_its_end_anchors_in_its_current_phase(store):
    lab = make_lab(store)
    for text in ("De werkplaats loopt goed.", "Deelnemers komen graag terug."):
        store.save(
            Factor(
                lab_id=lab.id,
                kind=FactorKind.ENABLER,
                text=text,
                phase_id=lab.phases[1].id,
                themes=("interaction",),
            )
        )
    today = lab.phases[1].start
    kinds = lambda: {  # noqa: E731
        p.kind
        for p in agenda.drafts(store.lab(lab.id), store.records(lab.id, Factor), [], [], today)
    }
    assert kinds() == {"sustain"}
    assert agenda.anchor_phase(lab, today) == 3
    marked = agenda.follow_up_settings(store, lab, nearing_end=True, stall_weeks=6)
    assert (marked.nearing_end, marked.stall_weeks) == (True, 6)
    assert agenda.anchor_phase(marked, today) == 2 and kinds() == {"anchor"}
    assert agenda.needs_anchoring(marked, [], today)


def test_follow_up_settings_refuse_bad_weeks_and_stale_screens(store):
    from monitor.errors import Conflict, InvalidInput

    lab = make_lab(store)
    for weeks in ("0", "53", "vier", ""):
        with pytest.raises(InvalidInput):
            agenda.follow_up_settings(store, lab, nearing_end=False, stall_weeks=weeks)
    assert store.lab(lab.id).revision == lab.revision
    agenda.follow_up_settings(store, lab, nearing_end=True, stall_weeks=3)
    with pytest.raises(Conflict):
        agenda.follow_up_settings(store, lab, nearing_end=False, stall_weeks=4)
    assert store.lab(lab.id).stall_weeks == 3


def test_derive_cli_gives_anchor_questions_for_the_last_phase(tmp_path, capsys):
    import json

    from monitor.cli import main

    path = tmp_path / "factors.yaml"
    path.write_text(
        "factors:\n"
        "  - {phase: 1, kind: barrier, theme: capacity, text: Geen uren voor coaches.}\n"
        "  - {phase: 2, kind: barrier, theme: anchoring, text: Geen structureel budget.}\n"
    )
    assert main(["derive", "--input", str(path), "--anchor-phase", "last"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(q["phase"], q["kind"]) for q in data["learning_questions"]] == [
        (1, "improve"),
        (2, "anchor"),
    ]
    assert all("reasons" in q for q in data["learning_questions"])
    assert main(["derive", "--input", str(path)]) == 0
    assert {q["kind"] for q in json.loads(capsys.readouterr().out)["learning_questions"]} == {
        "improve"
    }
    assert main(["derive", "--input", str(path), "--anchor-phase", "x"]) == 1


# -- 5. follow-up prompts ----------------------------------------------------------------------


def _prompts(store, lab, today):
    lab = store.lab(lab.id)
    return agenda.prompts(
        lab,
        store.records(lab.id, LearningQuestion),
        store.records(lab.id, Action),
        store.records(lab.id, Factor),
        today,
    )


def _barrier(store, lab, phase=1, theme="capacity", text="Coaches hebben geen uren."):
    return store.save(
        Factor(
            lab_id=lab.id,
            kind=FactorKind.BARRIER,
            text=text,
            phase_id=lab.phases[phase - 1].id,
            themes=(theme,),
        )
    )


def test_an_accepted_question_without_action_is_prompted_the_day_it_is_accepted(store):
    lab = make_lab(store)
    _barrier(store, lab)
    today = lab.phases[0].start
    (draft,) = agenda.drafts(lab, store.records(lab.id, Factor), [], [], today)
    question = agenda.accept(store, lab, draft)
    found = [p for p in _prompts(store, lab, today) if p.record_id == question.id]
    assert [p.kind for p in found] == ["accepted_no_action"]
    assert found[0].link == ("agenda", "prompt.go_agenda", {"question": question.id})
    agenda.save_action(store, lab, text_="Uren vrijmaken", question_id=question.id)
    assert not [p for p in _prompts(store, lab, today) if p.record_id == question.id]


def test_stalled_actions_follow_the_labs_number_of_weeks(store):
    lab = make_lab(store)
    action = agenda.save_action(store, lab, text_="Werkgevers bellen", owner_id="")
    saved_on = dt.date.fromisoformat(action.updated[:10])
    five_weeks = saved_on + dt.timedelta(weeks=5)
    stalled = [p for p in _prompts(store, lab, five_weeks) if p.kind == "stalled"]
    assert [p.record_id for p in stalled] == [action.id]
    assert stalled[0].params["n"] == 5 and stalled[0].link[0] == "actions"
    assert i18n.t("prompt.stalled", "nl", **stalled[0].params).startswith(
        "Actie staat stil, 5 weken"
    )
    assert "1 week niet" in i18n.t("prompt.stalled", "nl", n=1, since="x", action="y")
    assert not [
        p for p in _prompts(store, lab, saved_on + dt.timedelta(weeks=3)) if p.kind == "stalled"
    ]
    agenda.follow_up_settings(store, store.lab(lab.id), nearing_end=False, stall_weeks=6)
    assert not [p for p in _prompts(store, lab, five_weeks) if p.kind == "stalled"]
    # a follow-up note counts as an update; done actions never stall
    old = Action(lab_id=lab.id, text="Bellen", updated="2025-01-01T09:00:00.000+00:00")
    assert agenda.is_stalled(old, D(2025, 2, 1), 4)
    noted = dataclasses.replace(
        old, notes=(HistoryEntry(at="2025-01-20T09:00:00.000+00:00", event="follow_up"),)
    )
    assert not agenda.is_stalled(noted, D(2025, 2, 1), 4)
    assert not agenda.is_stalled(
        dataclasses.replace(old, status=ActionStatus.DONE), D(2025, 2, 1), 4
    )
    kinds = {p.kind for p in _prompts(store, lab, five_weeks) if p.record_id == action.id}
    assert "no_owner" in kinds


def test_a_question_open_for_more_than_two_phases_is_prompted(store):
    lab = make_lab(store)
    question = agenda.add_question(
        store, lab, theme="capacity", text_nl="Hoe maken we uren vrij?", phase_id=lab.phases[0].id
    )
    in_two = [p for p in _prompts(store, lab, lab.phases[1].start) if p.kind == "open_phases"]
    assert not in_two
    (found,) = [p for p in _prompts(store, lab, lab.phases[2].start) if p.kind == "open_phases"]
    assert found.record_id == question.id and found.params["n"] == 3
    assert i18n.t("prompt.open_phases", "en", **found.params).startswith("Open for 3 phases")


def test_every_prompt_kind_has_a_text_and_a_place_to_act():
    for kind in agenda.PROMPT_ORDER:
        prompt = agenda.Prompt(kind, "x", {"phase": "2"})
        page, label, params = prompt.link
        assert page in ("agenda", "actions") and params
        for lang in ("nl", "en"):
            assert i18n.TEXT[f"prompt.{kind}"][lang] and i18n.t(label, lang) != label


# -- 7. theme suggestion ------------------------------------------------------------------------

DATA = Path(__file__).parent / "data"


def _devset() -> dict:
    return yaml.safe_load((DATA / "devset-factors.yaml").read_text("utf-8"))


def _earlier_index(factors: list[dict], phase: int) -> codebook.FactorIndex:
    """The lab's coding of the phases before `phase`."""
    return codebook.FactorIndex.build(
        codebook.CodedFactor(str(i), f["text"], tuple(f["gold_themes"]))
        for i, f in enumerate(factors)
        if f["phase"] < phase
    )


def test_with_earlier_phases_coded_the_first_suggestion_is_right_for_80_percent():
    book = codebook.load_codebook()
    factors = _devset()["factors"]
    first = top3 = 0
    for f in factors:
        ranked = codebook.suggest(f["text"], book, _earlier_index(factors, f["phase"]))
        first += bool(ranked) and ranked[0].theme in f["gold_themes"]
        top3 += any(s.theme in f["gold_themes"] for s in ranked[:3])
    assert first / len(factors) >= 0.8, first
    assert top3 / len(factors) >= 0.95, top3


def test_word_forms_and_compounds_the_lexicon_does_not_list_still_match():
    book = codebook.load_codebook()
    factors = yaml.safe_load((DATA / "wordforms-factors.yaml").read_text("utf-8"))["factors"]
    first = sum(
        bool(r := codebook.suggest(f["text"], book)) and r[0].theme in f["gold_themes"]
        for f in factors
    )
    top3 = sum(
        any(s.theme in f["gold_themes"] for s in codebook.suggest(f["text"], book)[:3])
        for f in factors
    )
    assert first / len(factors) >= 0.8, first
    assert top3 / len(factors) >= 0.95, top3


def test_stems_match_inflections_in_both_languages_and_say_which_keyword():
    book = codebook.load_codebook()
    (top, *_) = codebook.suggest("Onvoldoende capaciteit bij het wijkteam om te coördineren.", book)
    assert top.theme == "capacity"
    # 'verwachtingen' is listed; 'verwachting' (singular) is not, and still counts by its stem
    assert codebook.stems("verwachtingen")[0] == codebook.stems("verwachting")[0]
    (top, *_) = codebook.suggest("Agreed actions were never followed up.", book)
    assert top.theme == "action_followup" and top.keywords
    ranked = codebook.suggest("De zorgwerkgevers haakten af.", book)
    assert ranked[0].theme == "employer_engagement"


def test_the_top_three_suggestions_carry_their_reasons():
    book = codebook.load_codebook()
    index = codebook.FactorIndex.build(
        [codebook.CodedFactor("f1", "De coaches hebben geen uren voor het lab", ("capacity",))]
    )
    ranked = codebook.suggest("De coaches hebben nog altijd geen uren.", book, index)[:3]
    assert ranked[0].theme == "capacity"
    assert ranked[0].keywords and ranked[0].similar == ("f1",)
    assert all(s.keywords or s.similar for s in ranked)


def _coverage(proposals, expert) -> tuple[float, float]:
    covered = total = matching = count = 0
    for phase, questions in expert.items():
        mine = [p for p in proposals if p.phase == phase]
        themes = {p.theme for p in mine}
        covered += sum(bool(themes & set(q["themes"])) for q in questions)
        total += len(questions)
        matching += sum(any(p.theme in q["themes"] for q in questions) for p in mine)
        count += len(mine)
    return covered / total, matching / count


def test_proposed_themes_cover_the_experts_questions_also_with_suggested_themes():
    data = _devset()
    book = codebook.load_codebook()
    factors = data["factors"]
    gold = [
        FactorInput(str(i), f["kind"], f["phase"], tuple(f["gold_themes"]), f["text"])
        for i, f in enumerate(factors)
    ]
    suggested = [
        FactorInput(
            str(i),
            f["kind"],
            f["phase"],
            (codebook.suggest(f["text"], book, _earlier_index(factors, f["phase"]))[0].theme,),
            f["text"],
        )
        for i, f in enumerate(factors)
    ]
    last = max(f["phase"] for f in factors)
    for inputs in (gold, suggested):
        for anchor in (None, last):
            recall, precision = _coverage(
                propose(inputs, anchor_phase=anchor), data["expert_learning_questions"]
            )
            assert recall >= 0.85 and precision >= 0.7, (recall, precision, anchor)


def test_no_question_repeats_six_words_of_its_factors_also_when_anchoring():
    import re

    factors = _devset()["factors"]
    inputs = [
        FactorInput(str(i), f["kind"], f["phase"], tuple(f["gold_themes"]), f["text"])
        for i, f in enumerate(factors)
    ]

    def runs(text):
        words = re.findall(r"\w+", text.casefold())
        return {tuple(words[i : i + 6]) for i in range(len(words) - 5)}

    texts = {f.key: f.text for f in inputs}
    proposals = propose(inputs, anchor_phase=3)
    assert any(p.kind == "anchor" for p in proposals)
    for p in proposals:
        for lang in ("nl", "en"):
            for key in p.evidence:
                assert not runs(p.question[lang]) & runs(texts[key]), (p.question, key)


def test_the_indexed_matcher_finds_what_trying_every_keyword_finds():
    book = codebook.load_codebook()
    texts = [f["text"] for f in _devset()["factors"]]
    texts += [
        f["text"]
        for f in yaml.safe_load((DATA / "wordforms-factors.yaml").read_text("utf-8"))["factors"]
    ]
    matcher = codebook._matcher(book)
    for text in texts:
        words = codebook.tokens(text)
        forms = [codebook.stems(w) for w in words]
        expected = {}
        for i, (_, keyword) in enumerate(matcher.keywords):
            if len(keyword.words) > 1:
                if codebook._phrase_match(keyword, words, forms):
                    expected[i] = codebook.PHRASE
            else:
                _, strength = codebook._word_strength(keyword, words, forms)
                if strength:
                    expected[i] = strength
        found = {i: s for i, (_, s) in matcher.hits(words, forms).items()}
        assert found == expected, text


# -- 6. minutes -> proposed decisions and actions ----------------------------------------------

MINUTES_NL = """Verslag kerngroep 2 februari 2025
Aanwezig: Piet de Boer, Anna Kloppenburg

Actie: Piet belt de zorgwerkgevers over een vaste contactpersoon, vóór 15 maart.
Anna zoekt uit hoeveel uren de coaches naast hun caseload vrij kunnen maken, uiterlijk 1-4.
Afspraak: werksessies eindigen voortaan met een lijst van afspraken en wie ze opvolgt.
We hebben het gehad over het weer.
Acties:
- Nieuwe folder voor kandidaten laten drukken (trekker: Sanne)
"""

MINUTES_EN = """Minutes core team
Action: Anna will draft the budget note for the alderman by March 20.
Decided: the steering group meets every month from now on.
"""


@pytest.fixture
def minutes_lab(store):
    from monitor import labs

    lab = make_lab(store)
    people = labs.save_stakeholders(
        store,
        lab.id,
        [
            {"name": "Piet de Boer", "group": "employer"},
            {"name": "Anna Kloppenburg", "group": "researcher"},
        ],
    )
    capacity = agenda.add_question(
        store,
        lab,
        theme="capacity",
        text_nl="Wat is er nodig om de coaches tijd en ruimte te geven?",
        phase_id=lab.phases[0].id,
    )
    followup = agenda.add_question(
        store,
        lab,
        theme="action_followup",
        text_nl="Hoe zorgen we dat afspraken worden opgevolgd?",
        phase_id=lab.phases[0].id,
    )
    source = labs.add_source(
        store, lab.id, kind="minutes", title="Kerngroep", date="2025-02-02", text_=MINUTES_NL
    )
    return lab, {p.name.split()[0]: p.id for p in people}, capacity, followup, source


def _read(store, lab, source):
    return minutes.read(
        source,
        store.records(lab.id, Stakeholder),
        store.records(lab.id, LearningQuestion),
        store.records(lab.id, Action),
        codebook.load_codebook(),
    )


def test_minutes_propose_actions_with_owner_and_due_and_decisions_linked_by_theme(
    store, minutes_lab
):
    lab, people, capacity, followup, source = minutes_lab
    items = _read(store, lab, source)
    assert [(i.kind, i.line) for i in items] == [
        ("action", 4),
        ("action", 5),
        ("decision", 6),
        ("action", 9),
    ]
    call, hours, agreement, folder = items
    assert call.owner_id == people["Piet"] and call.due == D(2025, 3, 15)
    assert call.text.startswith("Piet belt de zorgwerkgevers")
    assert hours.owner_id == people["Anna"] and hours.due == D(2025, 4, 1)
    assert hours.question_id == capacity.id
    assert agreement.question_id == followup.id and agreement.owner_id == ""
    assert folder.owner_id == "" and folder.owner_name == "Sanne"  # not a stakeholder
    # reading stores nothing
    assert store.records(lab.id, Action) == []


def test_english_minutes_are_read_too(store, minutes_lab):
    from monitor import labs

    lab, people, _, _, _ = minutes_lab
    source = labs.add_source(
        store, lab.id, kind="minutes", title="Core", date="2025-03-01", text_=MINUTES_EN
    )
    action, decision = _read(store, lab, source)
    assert action.kind == "action" and action.owner_id == people["Anna"]
    assert action.due == D(2025, 3, 20)
    assert decision.kind == "decision" and decision.text.startswith("the steering group meets")


def test_confirming_stores_each_item_once_and_marks_it_stored(store, minutes_lab):
    lab, people, capacity, followup, source = minutes_lab
    call, hours, agreement, _ = _read(store, lab, source)
    action = minutes.confirm(store, lab, source, hours)
    assert (action.owner_id, action.due, action.question_id) == (
        people["Anna"],
        D(2025, 4, 1),
        capacity.id,
    )
    assert minutes.confirm(store, lab, source, hours).revision == action.revision  # double click
    question = minutes.confirm(store, lab, source, agreement)
    assert question.history[-1].event == "decided" and "Kerngroep" in question.history[-1].note
    again = minutes.confirm(store, lab, source, agreement)
    assert again.revision == question.revision
    edited = minutes.confirm(store, lab, source, call, text_="Piet belt drie werkgevers", due="")
    assert edited.text == "Piet belt drie werkgevers" and edited.due is None
    stored = {i.line: i.stored for i in _read(store, lab, source)}
    assert stored == {4: True, 5: True, 6: True, 9: False}
    assert len(store.records(lab.id, Action)) == 2


def test_bad_confirmations_store_nothing(store, minutes_lab):
    from monitor.errors import InvalidInput

    lab, _, _, _, source = minutes_lab
    call, _, agreement, _ = _read(store, lab, source)
    with pytest.raises(InvalidInput):
        minutes.confirm(store, lab, source, agreement, question_id="")
    with pytest.raises(InvalidInput):
        minutes.confirm(store, lab, source, call, text_="   ")
    with pytest.raises(InvalidInput):
        minutes.confirm(store, lab, source, call, due="31-02-2025")
    assert store.records(lab.id, Action) == []


def test_a_decision_keeps_a_rewording_made_after_the_minutes_were_read(store, minutes_lab):
    lab, _, _, followup, source = minutes_lab
    _, _, agreement, _ = _read(store, lab, source)
    stale = store.record(lab.id, LearningQuestion, followup.id)
    agenda.reformulate(store, stale, text_nl="Hoe volgen we afspraken op?", text_en="How?")
    question = minutes.confirm(store, lab, source, agreement)
    assert question.text["nl"] == "Hoe volgen we afspraken op?"
    assert [h.event for h in question.history][-2:] == ["reformulated", "decided"]


def test_due_dates_in_many_forms():
    after = D(2026, 3, 1)
    cases = {
        "vóór 15 maart": D(2026, 3, 15),
        "uiterlijk 2026-04-02": D(2026, 4, 2),
        "by March 20": D(2026, 3, 20),
        "voor 3/2": D(2027, 2, 3),  # no year: the next 3 February
        "before 12 May 2027": D(2027, 5, 12),
        "no later than 1 June": D(2026, 6, 1),
        "voor de werkgevers": None,
        "uiterlijk 31-02": None,
    }
    assert {k: minutes.parse_due(k, after) for k in cases} == cases


# -- 8. the next interview round -------------------------------------------------------------


def _shipped():
    from monitor import protocols

    found, broken = protocols.load_all(protocols.PROTOCOL_DIR)
    assert not broken
    return found


def test_the_next_round_has_a_section_per_open_question_with_fitting_shipped_questions(store):
    from monitor import interview_round, protocols

    lab = make_lab(store)
    book = codebook.load_codebook()
    capacity = agenda.add_question(
        store, lab, theme="capacity", text_nl="Hoe maken we uren vrij?",
        text_en="How do we free up hours?", phase_id=lab.phases[1].id,
    )  # fmt: skip
    anchoring = agenda.add_question(
        store, lab, theme="anchoring", text_nl="Wie wordt eigenaar?", text_en="Who will own it?",
        phase_id=lab.phases[1].id, kind="anchor",
    )  # fmt: skip
    agenda.add_question(  # another phase: not in this round
        store, lab, theme="governance", text_nl="Wie beslist?", phase_id=lab.phases[0].id
    )
    answered = agenda.add_question(
        store, lab, theme="momentum", text_nl="Hoe houden we energie?", phase_id=lab.phases[1].id
    )
    agenda.set_status(store, answered, "answered", answer="Met vaste sessies")
    shipped = _shipped()
    data = interview_round.draft(lab, 2, store.records(lab.id, LearningQuestion), shipped, book)
    assert [s["title"]["en"] for s in data["sections"]] == [
        "How do we free up hours?",
        "Who will own it?",
    ]
    for section, question in zip(data["sections"], (capacity, anchoring), strict=True):
        *picked, own = section["questions"]
        wanted = set(book.theme(question.theme).indicators)
        assert 1 <= len(picked) <= interview_round.PER_QUESTION
        assert all(wanted & set(q["indicators"]) for q in picked)
        assert own["type"] == "long_text" and own["label"]["nl"].startswith("Sinds ")
        assert question.text["en"] in own["label"]["en"] and "veranderd" not in own["label"]["en"]
    ids = [q["id"] for s in data["sections"] for q in s["questions"]]
    assert len(ids) == len(set(ids))
    assert data["consent"]["version"] == shipped["phase_monitoring_interview"].consent_version
    parsed = protocols.parse(interview_round.to_yaml(data), f"{data['id']}.yaml")
    assert parsed.mode == "interview" and len(parsed.sections) == 2


def test_a_saved_round_is_an_instrument_the_guided_interview_uses(store):
    from monitor import interview_round, interviews, protocols, surveys

    lab = make_lab(store)
    agenda.add_question(
        store, lab, theme="governance", text_nl="Wie beslist waarover?", text_en="Who decides?",
        phase_id=lab.phases[0].id,
    )  # fmt: skip
    shipped = _shipped()
    data = interview_round.draft(
        lab, 1, store.records(lab.id, LearningQuestion), shipped, codebook.load_codebook()
    )
    text = interview_round.to_yaml(data).replace("Wie beslist waarover?", "Wie beslist nu?")
    saved, notes = surveys.install_protocol(
        store, f"{data['id']}.yaml", text.encode("utf-8"), shipped
    )
    assert not notes and "Wie beslist nu?" in saved.sections[0].title["nl"]
    found, broken = protocols.load_with_store(store)
    assert not broken and found[saved.id].sections == saved.sections
    # a second round of the same phase gets its own id
    assert interview_round.round_id(lab, 1, found) == f"{saved.id}_2"
    draft = interviews.start(
        store, lab.id, saved, pseudonym="Deelnemer A", date=lab.phases[0].start
    )
    own = saved.question("lq1_change")
    draft = interviews.record(store, draft, own, value="Er is nu een besluitenlijst.", position=1)
    assert draft.answers["lq1_change"] == "Er is nu een besluitenlijst."


def test_a_broken_edit_is_refused_with_its_line_and_nothing_is_saved(store):
    from monitor import interview_round, surveys
    from monitor.errors import InvalidInput

    lab = make_lab(store)
    agenda.add_question(
        store, lab, theme="capacity", text_nl="Hoe maken we uren vrij?", phase_id=lab.phases[0].id
    )
    shipped = _shipped()
    data = interview_round.draft(
        lab, 1, store.records(lab.id, LearningQuestion), shipped, codebook.load_codebook()
    )
    text = interview_round.to_yaml(data).replace("type: long_text", "type: essay", 1)
    with pytest.raises(InvalidInput) as raised:
        surveys.install_protocol(store, f"{data['id']}.yaml", text.encode("utf-8"), shipped)
    assert "essay" in raised.value.message("nl") or "type" in raised.value.message("nl")
    assert not store.uploaded_protocols()


def test_a_phase_without_open_questions_has_no_round(store):
    from monitor import interview_round

    lab = make_lab(store)
    data = interview_round.draft(lab, 1, [], _shipped(), codebook.load_codebook())
    assert data["sections"] == []
