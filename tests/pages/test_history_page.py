import pytest

from tests.pages.conftest import app, texts


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_learning_history_runs_on_the_demo_lab(demo_store, lang):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("pages/history.py").run()
    assert not at.exception, at.exception
    shown = texts(at)
    assert ("Leergeschiedenis" if lang == "nl" else "Learning history") in shown
    assert ("hardnekkig" if lang == "nl" else "persistent") in shown
    assert at.dataframe and len(at.expander) >= 3


def test_a_new_lab_says_how_snapshots_come_about(data_dir):
    from monitor.store import Store
    from tests.conftest import make_lab

    make_lab(Store(data_dir))
    at = app().run()
    at.switch_page("pages/history.py").run()
    assert not at.exception, at.exception
    assert "Nog geen momentopnames" in texts(at)


def test_question_text_with_markup_is_shown_plain(demo_store):
    from monitor import agenda

    lab = demo_store.labs()[0]
    agenda.add_question(
        demo_store,
        lab,
        theme="governance",
        text_nl="**Vet** <script>x</script>",
        phase_id=lab.phases[0].id,
    )
    agenda.close_phase(demo_store, lab, lab.phases[0].id)
    at = app().run()
    at.switch_page("pages/history.py").run()
    shown = [m.value for m in at.markdown]
    assert any("\\*\\*Vet\\*\\*" in v for v in shown)
