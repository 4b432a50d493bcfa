import pytest

from monitor.model import Factor, InterviewDraft, Source
from tests.pages.conftest import app, texts

EVIDENCE_PAGES = [
    "pages/interview.py",
    "pages/coding.py",
    "pages/factor_overview.py",
    "pages/import_table.py",
    "pages/protocols.py",
]


@pytest.mark.parametrize("page", EVIDENCE_PAGES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_evidence_page_runs_on_the_demo_lab(demo_store, page, lang):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error]


def test_coding_a_factor_with_a_suggested_theme(demo_store):
    lab = demo_store.labs()[0]
    source = sorted(demo_store.records(lab.id, Source), key=lambda s: s.date)[-1]
    before = len(demo_store.records(lab.id, Factor))
    at = app().run()
    at.switch_page("pages/coding.py").run()
    quote = source.text.split(".")[0]
    at.text_area(key="coding.quote").input(quote).run()
    at.text_area(key="coding.text").input("De coaches hebben te weinig uren naast hun caseload.")
    at.run()
    assert "Voorgestelde thema's" in texts(at)
    use = [b for b in at.button if b.key and b.key.startswith("coding.use.")]
    use[0].click().run()
    next(b for b in at.button if b.label == "Factor opslaan").click().run()
    assert not at.exception and not at.error
    assert len(demo_store.records(lab.id, Factor)) == before + 1


def test_a_factor_without_theme_is_refused_with_a_message(demo_store):
    at = app().run()
    at.switch_page("pages/coding.py").run()
    at.text_area(key="coding.text").input("Iets zonder thema").run()
    next(b for b in at.button if b.label == "Factor opslaan").click().run()
    assert any("Thema's is verplicht" in e.value for e in at.error)


def test_a_guided_interview_saves_each_answer_and_finishes_into_a_source(demo_store):
    lab = demo_store.labs()[0]
    at = app().run()
    at.switch_page("pages/interview.py").run()
    at.selectbox[0].set_value("employer_exploration_interview")
    at.text_input[0].input("Werkgever A")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    (draft,) = demo_store.records(lab.id, InterviewDraft)
    for consent in [b for b in at.button if b.label.startswith("Ja, de deelnemer")]:
        consent.click().run()
    for _ in range(60):
        forms = [b for b in at.get("form_submit_button") if b.label == "Opslaan en verder"]
        if not forms:
            break
        for field in [*at.text_area, *at.text_input]:
            if field.label != "Notitie van de interviewer" and not field.value:
                field.input("Antwoord met <script>alert(1)</script>")
        forms[0].click().run()
        assert not at.exception and not at.error
    assert demo_store.record(lab.id, InterviewDraft, draft.id).answers
    next(b for b in at.button if b.label == "Afronden en als bron bewaren").click().run()
    assert demo_store.records(lab.id, InterviewDraft) == []
    stored = [s for s in demo_store.records(lab.id, Source) if s.id == draft.id]
    assert stored and stored[0].protocol_id == "employer_exploration_interview"


def test_importing_sources_from_a_csv(demo_store):
    lab = demo_store.labs()[0]
    before = len(demo_store.records(lab.id, Source))
    day = lab.phases[0].start.isoformat()
    csv = f"soort;titel;datum;tekst\nnotulen;Import 1;{day};Tekst\nnotulen;;{day};x\n"
    at = app().run()
    at.switch_page("pages/import_table.py").run()
    at.file_uploader[0].upload("bronnen.csv", csv.encode(), "text/csv").run()
    assert "1 regels zijn goed, 1 regels niet." in texts(at)
    assert any("Regel 3" in e.value for e in at.error)
    next(b for b in at.button if b.label.startswith("1 goede")).click().run()
    assert len(demo_store.records(lab.id, Source)) == before + 1


def test_a_broken_uploaded_protocol_is_refused_with_file_and_line(demo_store):
    at = app().run()
    at.switch_page("pages/protocols.py").run()
    at.file_uploader[0].upload(
        "mijn.yaml", b"id: mijn\nversion: 1\n\tmode: x\n", "application/x-yaml"
    ).run()
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    # the message is escaped for markdown (it quotes the file): compare the text it renders
    assert any("mijn.yaml, regel 3" in e.value.replace("\\", "") for e in at.error)


def test_the_phase_interview_shows_the_framework_cell_being_covered(demo_store):
    at = app().run()
    at.switch_page("pages/interview.py").run()
    at.selectbox[0].set_value("phase_monitoring_interview")
    at.text_input[0].input("Werkgever B")
    at.get("form_submit_button")[0].click().run()
    at.button[0].click().run()  # consent given
    at.text_input[0].input("Werkgever, magazijn")
    next(b for b in at.get("form_submit_button") if b.label == "Opslaan en verder").click().run()
    next(b for b in at.get("form_submit_button") if b.label == "Overslaan").click().run()
    assert any(c.value.startswith("Kader: Actor × Leren") for c in at.caption)
    (grid,) = [m.value for m in at.sidebar.markdown if "Institutionele verandering" in m.value]
    assert "| Actor | **▶ 0/" in grid
