from urllib.parse import parse_qs, urlsplit

import pytest

from monitor.model import Action, Meeting, Source, VoteRound
from tests.pages.conftest import app, texts

STEPS = ["since", "questions", "vote", "actions", "close"]


def _meeting_page(lang: str = "nl"):
    at = app()
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("pages/meeting.py").run()
    return at


def _start(at):
    next(b for b in at.get("form_submit_button") if b.proto.form_id == "meeting.start").click()
    return at.run()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_step_of_a_meeting_runs_on_the_demo_lab(demo_store, lang):
    at = _meeting_page(lang)
    assert not at.exception
    assert len(at.expander) >= 2  # the demo's two earlier meetings, with their minutes
    _start(at)
    for step in STEPS:
        at.segmented_control(key="meeting.step").set_value(step).run()
        assert not at.exception, (step, at.exception)
        assert not [e.value for e in at.error]


def test_an_action_decided_on_the_question_in_view_is_stored_with_the_meeting(demo_store):
    lab = demo_store.labs()[0]
    at = _start(_meeting_page())
    at.segmented_control(key="meeting.step").set_value("questions").run()
    before = len(demo_store.records(lab.id, Action))
    assert not at.text_input  # the question screen holds no forms; they open in a dialog
    next(b for b in at.button if b.label == "Nieuwe actie").click().run()
    form = next(
        f.proto.form_id for f in at.text_input if f.proto.form_id.startswith("meeting.action.")
    )
    next(w for w in at.text_input if w.proto.form_id == form).input("Werkgevers bellen")
    next(b for b in at.get("form_submit_button") if b.proto.form_id == form).click().run()
    assert not at.exception and not at.error
    (meeting,) = [m for m in demo_store.records(lab.id, Meeting) if not m.closed]
    actions = demo_store.records(lab.id, Action)
    assert len(actions) == before + 1
    added = next(a for a in actions if a.text == "Werkgevers bellen")
    assert added.meeting_id == meeting.activity_id
    assert [e.event for e in demo_store.record(lab.id, Meeting, meeting.id).log][-1] == "action"


def _open_vote(demo_store):
    at = _start(_meeting_page())
    at.segmented_control(key="meeting.step").set_value("vote").run()
    next(b for b in at.get("form_submit_button") if b.label == "Stemronde openen").click().run()
    assert not at.exception and not at.error
    query = parse_qs(urlsplit(at.code[0].value).query)
    return at, {key: values[0] for key, values in query.items()}


def _phone(link: dict):
    phone = app()
    for key, value in link.items():
        phone.query_params[key] = value
    return phone.run()


def test_a_vote_link_shows_only_the_vote_and_counts_one_vote_per_phone(demo_store):
    lab = demo_store.labs()[0]
    chair, link = _open_vote(demo_store)
    phone = _phone(link)
    assert not phone.exception
    assert not phone.sidebar.children  # no navigation, no lab choice
    shown = texts(phone)
    assert "Stemmen" in shown and "Groeibanen" not in shown  # no lab data beyond the questions
    phone.checkbox[0].check()
    phone.get("form_submit_button")[0].click().run()
    assert "Uw stem is geteld" in texts(phone)
    phone.run()  # a reload on the same phone does not open a second ballot
    assert not phone.checkbox
    (vote,) = [v for v in demo_store.records(lab.id, VoteRound) if not v.closed]
    assert len(vote.ballots) == 1


def test_reopening_the_link_on_a_phone_that_voted_gives_no_second_ballot(demo_store, cookie_jar):
    lab = demo_store.labs()[0]
    chair, link = _open_vote(demo_store)
    phone = _phone(link)
    phone.checkbox[0].check()
    phone.get("form_submit_button")[0].click().run()
    assert "Uw stem is geteld" in texts(phone)
    # the same phone opens the link again later: a new session, the same cookies
    reopened = _phone(link)
    assert not reopened.exception and not reopened.checkbox
    assert "al gestemd" in texts(reopened)
    # another phone (its own, empty cookie jar) still gets a ballot
    cookie_jar.clear()
    other = _phone(link)
    assert other.checkbox
    (vote,) = [v for v in demo_store.records(lab.id, VoteRound) if not v.closed]
    assert len(vote.ballots) == 1
    chair.run()
    assert "1 deelnemer heeft gestemd" in texts(chair)
    next(b for b in chair.button if b.label == "Stemronde sluiten").click().run()
    (meeting,) = [m for m in demo_store.records(lab.id, Meeting) if not m.closed]
    assert meeting.log[-1].note.startswith("1 deelnemer stemde:")


def test_a_tampered_or_closed_link_gets_a_clear_message(demo_store):
    lab = demo_store.labs()[0]
    chair, link = _open_vote(demo_store)
    tampered = _phone({**link, "vote": link["vote"][:-2] + "xx"})
    assert "werkt niet" in texts(tampered) and not tampered.checkbox
    next(b for b in chair.button if b.label == "Stemronde sluiten").click().run()
    late = _phone(link)
    assert "gesloten" in texts(late) and not late.checkbox
    assert all(v.closed for v in demo_store.records(lab.id, VoteRound))


def test_closing_the_meeting_writes_minutes_once(demo_store):
    lab = demo_store.labs()[0]
    minutes_before = [s for s in demo_store.records(lab.id, Source) if s.kind.value == "minutes"]
    at = _start(_meeting_page())
    at.segmented_control(key="meeting.step").set_value("close").run()
    next(b for b in at.button if b.label == "Overleg sluiten en verslag maken").click().run()
    assert not at.exception
    assert "Het overleg is gesloten" in texts(at)
    minutes = [s for s in demo_store.records(lab.id, Source) if s.kind.value == "minutes"]
    assert len(minutes) == len(minutes_before) + 1
    assert all(m.closed for m in demo_store.records(lab.id, Meeting))


def test_the_next_button_walks_through_the_steps(demo_store):
    at = _start(_meeting_page())
    for expected in STEPS[1:]:
        at.button(key="meeting.next").click().run()
        assert at.segmented_control(key="meeting.step").value == expected
    assert not [b for b in at.button if b.key == "meeting.next"]


def test_a_reloaded_projector_shows_the_same_link_and_code_and_the_room_view(demo_store):
    chair, link = _open_vote(demo_store)
    url = chair.code[0].value
    reloaded = app()  # the projector's browser reloads: a new session
    reloaded.session_state["lang"] = "nl"
    reloaded.run()
    reloaded.switch_page("pages/meeting.py").run()
    reloaded.segmented_control(key="meeting.step").set_value("vote").run()
    assert reloaded.code[0].value == url  # the same link, so phones that scanned it still vote
    assert not _phone(link).exception and _phone(link).checkbox
    next(b for b in reloaded.button if b.label == "Toon aan de zaal").click().run()
    room = " ".join(h.proto.body for h in reloaded.get("html"))
    assert '<img class="slm-qr-room"' in room and 'alt="QR-code: scan' in room
    (vote,) = [v for v in demo_store.records(demo_store.labs()[0].id, VoteRound) if not v.closed]
    from monitor import meetings

    code = meetings.link_code(demo_store, vote)
    assert f">{code}</p>" in room and "/v" in room
    assert not reloaded.code  # the room sees the QR code and the code, not the long link
    next(b for b in reloaded.button if b.label == "Terug naar het overleg").click().run()
    assert reloaded.code[0].value == url


def test_the_question_screen_holds_only_the_question_its_evidence_and_the_decisions(demo_store):
    at = _start(_meeting_page())
    at.segmented_control(key="meeting.step").set_value("questions").run()
    assert not at.text_input and not at.selectbox and not at.multiselect
    assert not at.get("form_submit_button")  # no vote section under the question
    labels = [b.label for b in at.button]
    for expected in ("Nieuwe actie", "Besluit over de leervraag", "Markeren als besproken"):
        assert any(label.startswith(expected) for label in labels), labels
    assert at.header[0].value and "Onderbouwing:" in texts(at)


def test_counts_in_headings_match_what_is_listed(demo_store):
    at = _start(_meeting_page())
    heading = next((s.value for s in at.subheader if "opvolging" in s.value), None)
    if heading is None:
        pytest.skip("the demo lab has no prompts today")
    n = int(heading.rsplit("(", 1)[1].rstrip(")"))
    prompts = [m for m in at.markdown if m.value.startswith("- ")]
    assert len(prompts) >= n  # every counted prompt is listed (the rest in an expander)
