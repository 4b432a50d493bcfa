"""Hostile input on the screens (AppTest): user text full of markup is shown as text, never as
markup or HTML; malformed uploads get a message in the user's language and store nothing.

What counts as "shown as text": Streamlit renders markdown (and so links, images, emphasis,
colours and LaTeX) in st.markdown, titles, captions, alerts, toasts and widget labels. Text from
users must reach those escaped (monitor.text.markdown_escape); in plain-text elements (st.text,
st.code, dataframes, input values, selectbox options) it appears exactly as typed."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import io
import json
import re

import docx
import pytest
from streamlit.testing.v1 import AppTest

from monitor import agenda, factors, labs, surveys, transfer, uploads, xlsform
from monitor.errors import InvalidInput
from monitor.model import Lab, Source
from monitor.reports import narrative
from monitor.store import Store
from monitor.text import markdown_escape
from tests.pages.conftest import ROOT, app
from tests.samples import VALID
from tests.test_hostile_input import LAUGHS, OPEN, OPEN_SURVEY

# One value that carries every kind of markup; each field gets it with its own name at the end.
HOSTILE = (
    "# heading **bold** [link](javascript:alert(1)) <script>alert(1)</script> "
    "<img src=x onerror=alert(1)> ![img](http://x) $$x$$ :red[x] <div> &lt;b&gt;"
)
# Markup of HOSTILE that would act if it reached a markdown element unescaped (escaped, each
# starts with a backslash).
ACTIVE = re.compile(
    r"(?<!\\)(\*\*bold|\[link|<script|<img|!\[img|\$\$x|:red\[|<div|&lt;b|# heading)"
)
MARKDOWN_VALUES = ("markdown", "title", "header", "subheader", "caption", "error", "warning")
MARKDOWN_VALUES += ("info", "success", "toast")
MARKDOWN_LABELS = ("button", "expander", "tabs", "checkbox", "toggle", "radio", "selectbox")
MARKDOWN_LABELS += ("multiselect", "text_input", "text_area", "metric", "download_button")


def hostile(field: str) -> str:
    return f"{HOSTILE} {field}"


def rendered(at: AppTest) -> list[tuple[str, str]]:
    """(element type, markdown source) of everything the page renders as markdown."""
    found = []
    for kind in MARKDOWN_VALUES:
        found += [(kind, str(e.value)) for e in getattr(at, kind, [])]
    for kind in MARKDOWN_LABELS:
        found += [(kind, str(getattr(e, "label", ""))) for e in at.get(kind)]
    found += [("form_submit_button", str(e.label)) for e in at.get("form_submit_button")]
    return found


def active_markup(at: AppTest) -> list[tuple[str, str, str]]:
    """(element type, the markup found, where) for every piece of markup that would act."""
    return [(kind, m[0], text) for kind, text in rendered(at) for m in ACTIVE.finditer(text)]


def shown(at: AppTest) -> str:
    return "\n".join(source for _, source in rendered(at))


def _lab(store: Store) -> Lab:
    """A small lab in which every field a user can type holds markup."""
    start = dt.date.today().replace(day=1) - dt.timedelta(days=40)
    lab = labs.create_lab(
        store,
        name=hostile("lab.name"),
        goal=hostile("lab.goal"),
        description=hostile("lab.description"),
        today=start,
    )
    rows = [dataclasses.asdict(p) for p in lab.phases]
    rows[0]["name"] = hostile("phase.name")
    labs.save_phases(store, lab.id, rows)
    lab = factors.add_theme(
        store, store.lab(lab.id), label_nl=hostile("theme.nl"), label_en=hostile("theme.en")
    )
    phase = lab.phases[0]
    (person,) = labs.save_stakeholders(
        store,
        lab.id,
        [
            {
                "name": hostile("stakeholder.name"),
                "organisation": hostile("stakeholder.organisation"),
                "group": "employer",
                "consent": "given",
            }
        ],
    )
    (activity,) = labs.save_activities(
        store,
        lab.id,
        [
            {
                "title": hostile("activity.title"),
                "goals": hostile("activity.goals"),
                "date": phase.start,
                "kind": "other",
                "participant_ids": [person.id],
            }
        ],
    )
    quote = hostile("factor.quote")
    source = labs.add_source(
        store,
        lab.id,
        kind="minutes",
        title=hostile("source.title"),
        date=phase.start,
        text_=f"Before.\n{quote}\n{hostile('source.text')}",
        activity_id=activity.id,
        stakeholder_ids=[person.id],
    )
    factors.code_factor(
        store,
        lab.id,
        kind="barrier",
        text_=hostile("factor.text"),
        themes=[lab.themes[0].id],
        source_id=source.id,
        quote=quote,
    )
    question = agenda.add_question(
        store,
        lab,
        theme=lab.themes[0].id,
        text_nl=hostile("question.nl"),
        text_en=hostile("question.en"),
        phase_id=phase.id,
    )
    question = agenda.set_status(
        store, question, "in_progress", note=hostile("question.note"), answer=hostile("answer")
    )
    action = agenda.save_action(
        store, lab, text_=hostile("action.text"), question_id=question.id, owner_id=person.id
    )
    agenda.add_follow_up(store, action, hostile("action.note"))
    for section in ("summary", "recommendations"):
        narrative.save(store, lab.id, "final", "", section, hostile(f"report.{section}"))
    _survey(store, lab)
    return store.lab(lab.id)


def _survey(store: Store, lab: Lab) -> None:
    store.save_protocol(OPEN.id, OPEN_SURVEY)
    person = surveys.add_participant(
        store, lab.id, name=hostile("participant.name"), group="job_coach"
    )
    survey = surveys.create_survey(
        store, lab.id, OPEN, wave="T0", title=hostile("survey.title"), audience_groups=["job_coach"]
    )
    (invitation,) = [i for i in surveys.invite(store, survey) if i.participant_id == person.id]
    response = surveys.start(store, invitation, OPEN, consent=True)
    response = surveys.answer(
        store, response, OPEN.question("role"), value="other", other=hostile("other"), position=0
    )
    response = surveys.answer(
        store, response, OPEN.question("story"), value=hostile("open answer"), position=1
    )
    surveys.submit(store, response, OPEN)


@pytest.fixture
def hostile_store(data_dir) -> Store:
    store = Store(data_dir)
    _lab(store)
    return store


def open_page(page: str, lang: str = "nl", **state: object) -> AppTest:
    at = app()
    at.session_state["lang"] = lang
    at.run()
    for key, value in state.items():
        at.session_state[key] = value
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


# -- user text on every screen ------------------------------------------------------------------


PAGES = (
    "pages/overview.py",
    "pages/lab_setup.py",
    "pages/stakeholders.py",
    "pages/activities.py",
    "pages/sources.py",
    "pages/coding.py",
    "pages/factor_overview.py",
    "pages/import_table.py",
    "pages/protocols.py",
    "pages/surveys.py",
    "pages/survey_results.py",
    "pages/agenda.py",
    "pages/actions.py",
    "pages/meeting.py",
    "pages/reports.py",
    "pages/backup.py",
    "pages/privacy.py",
)


@pytest.mark.parametrize("page", PAGES)
def test_no_screen_renders_user_markup(hostile_store, page):
    at = open_page(page)
    assert active_markup(at) == []


def test_user_text_reaches_the_screen_escaped_or_as_plain_text(hostile_store):
    (lab,) = hostile_store.labs()
    source = next(s for s in hostile_store.records(lab.id, Source) if s.kind == "minutes")
    at = open_page("pages/overview.py", lang="en")
    assert at.title[0].value == markdown_escape(lab.name)
    at = open_page("pages/sources.py", **{"sources.focus": source.id})
    assert markdown_escape(source.title) in [e.value for e in at.subheader]
    assert source.text in [e.value for e in at.text]  # st.text: exactly as typed
    assert active_markup(at) == []
    at = open_page("pages/factor_overview.py")
    assert markdown_escape(hostile("factor.text")) in shown(at)
    at = open_page("pages/agenda.py")
    assert f"#### {markdown_escape(hostile('question.nl'))}" in shown(at)
    at = open_page("pages/survey_results.py")
    assert hostile("open answer") in [e.value for e in at.text]


def _unencoded_values(call: ast.Call, name: str) -> list[str]:
    """Values formatted into an st.html call's f-strings that are not encoded first."""
    if not (isinstance(call.func, ast.Attribute) and call.func.attr == "html"):
        return []
    found = []
    for part in ast.walk(call):
        if isinstance(part, ast.FormattedValue):
            value = part.value
            encoded = isinstance(value, ast.Call) and (
                (isinstance(value.func, ast.Attribute) and value.func.attr == "dumps")
                or (isinstance(value.func, ast.Name) and value.func.id == "escape")
            )
            if not encoded:
                found.append(f"{name}:{part.lineno} value pasted into st.html")
    return found


def test_no_page_passes_html_or_javascript_through():
    """st.html only with the page's own constant CSS; never unsafe_allow_html/javascript."""
    problems = []
    for path in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        tree = ast.parse(path.read_text(), filename=str(path))
        constants = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if path.name == "_room.py":
                # The one place with scripts (cookies, focus): every value it puts into a
                # script or an attribute is encoded (json.dumps / escape), never pasted.
                problems += _unencoded_values(node, path.name)
                continue
            for keyword in node.keywords:
                if keyword.arg in ("unsafe_allow_html", "unsafe_allow_javascript"):
                    problems.append(f"{path.name}:{node.lineno} {keyword.arg}")
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            made_by_room = (
                node.args
                and isinstance(node.args[0], ast.Call)
                and isinstance(node.args[0].func, ast.Attribute)
                and isinstance(node.args[0].func.value, ast.Name)
                and node.args[0].func.value.id == "_room"
            )
            if (
                name == "html"
                and not made_by_room
                and not (
                    node.args
                    and isinstance(node.args[0], ast.Name)
                    and node.args[0].id in constants
                )
            ):
                problems.append(f"{path.name}:{node.lineno} st.html with computed content")
    assert problems == []


# -- uploads on the screens ---------------------------------------------------------------------

EVIL_NAME = "**evil** [x](javascript:alert(1)) <img src=x>"


# The import page runs in Dutch only: AppTest formats its radio options outside the session,
# where the language is always Dutch. The messages of both languages are tested in
# tests/test_hostile_input.py.


def test_an_import_table_full_of_markup_is_previewed_as_text_and_imported_literally(
    hostile_store,
):
    (lab,) = hostile_store.labs()
    day = lab.phases[0].start.isoformat()
    header = f"kind,title,date,activity,{HOSTILE.replace(',', ' ')}"
    good = f"document,{hostile('imported title')},{day},,x"
    bad = f"document,Other,{day},{hostile('unknown activity')},x"
    csv = "\n".join([header, good, bad]).encode()
    before = len(hostile_store.records(lab.id, Source))
    at = open_page("pages/import_table.py")
    at.file_uploader[0].upload(f"{EVIL_NAME}.csv", csv, "text/csv").run()
    assert not at.exception
    assert active_markup(at) == []
    assert at.warning and at.error  # the unknown column, and the row with an unknown activity
    assert len(hostile_store.records(lab.id, Source)) == before  # a preview stores nothing
    next(b for b in at.button if b.label.startswith("1 goede")).click().run()
    titles = {s.title for s in Store(hostile_store.dir).records(lab.id, Source)}
    assert hostile("imported title") in titles


MALFORMED_TABLES = {
    "binary.csv": bytes(range(256)) * 16,
    "latin.csv": "soort,titel\nnotulen,caf\xe9\n".encode("latin-1"),
    "renamed.xlsx": b"soort,titel\nnotulen,x\n",
    "broken.xlsx": b"PK\x03\x04" + b"\0" * 64,
    "huge-cell.csv": b"kind,title,date,text\ndocument,x,2025-01-02," + b"y" * 200_000 + b"\n",
}


@pytest.mark.parametrize("name", MALFORMED_TABLES)
def test_a_malformed_table_upload_gets_a_clear_message(hostile_store, name):
    (lab,) = hostile_store.labs()
    before = hostile_store.records(lab.id, Source)
    data = MALFORMED_TABLES[name]
    at = open_page("pages/import_table.py")
    at.file_uploader[0].upload(f"{EVIL_NAME}{name}", data, "application/octet-stream").run()
    assert not at.exception
    assert active_markup(at) == []
    assert at.error, "a message, not silence"
    if name != "huge-cell.csv":  # that one is read; its row is refused (too long, per row)
        with pytest.raises(InvalidInput) as caught:
            uploads.read_table(f"{EVIL_NAME}{name}", data)
        assert markdown_escape(caught.value.message("nl")) in [e.value for e in at.error]
    assert Store(hostile_store.dir).records(lab.id, Source) == before


def _add_protocol(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].upload(name, data, "application/x-yaml").run()
    next(b for b in at.button if b.label in ("Toevoegen", "Add")).click().run()
    assert not at.exception, at.exception
    assert active_markup(at) == []
    return at


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "case",
    ["billion laughs", "deep nesting", "python object", "nul in a label", "not yaml"],
)
def test_a_malformed_instrument_upload_gets_a_message_and_installs_nothing(
    hostile_store, case, lang
):
    data = {
        "billion laughs": LAUGHS.encode(),
        "deep nesting": b"id: " + b"[" * 3_000 + b"]" * 3_000,
        "python object": b"!!python/object/apply:os.system ['echo pwned']\n",
        "nul in a label": VALID.replace('"Rol?"', '"Rol\\0?"').encode(),
        "not yaml": bytes(range(256)),
    }[case]
    installed = sorted(hostile_store.protocol_dir.iterdir())
    at = _add_protocol(open_page("pages/protocols.py", lang=lang), f"{EVIL_NAME}.yaml", data)
    assert at.error and not at.success
    words = {"nl": ("regel", "bestand"), "en": ("line", "file")}[lang]
    assert any(word in at.error[-1].value for word in words)
    assert sorted(hostile_store.protocol_dir.iterdir()) == installed


def test_an_instrument_full_of_markup_is_installed_under_its_id_and_shown_as_text(
    hostile_store, data_dir
):
    title = json.dumps(hostile("instrument title"))
    data = VALID.replace('title: {nl: "Mini", en: "Mini"}', f"title: {{nl: {title}, en: {title}}}")
    outside = set(data_dir.parent.rglob("*"))
    at = _add_protocol(open_page("pages/protocols.py"), "../../etc/passwd.yaml", data.encode())
    assert [e.value for e in at.success] == [
        f"Toegevoegd: {markdown_escape(hostile('instrument title'))}"
    ]
    created = set(data_dir.parent.rglob("*")) - outside
    assert created == {hostile_store.protocol_dir / "mini.yaml"}


def test_the_instrument_uploader_announces_the_server_side_limit(hostile_store):
    at = open_page("pages/protocols.py")
    assert at.file_uploader[0].proto.max_upload_size_mb == xlsform.MAX_BYTES // 2**20
    at = open_page("pages/import_table.py")
    assert at.file_uploader[0].proto.max_upload_size_mb == uploads.MAX_UPLOAD_BYTES // 2**20


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", ["truncated", "not json", "deeply nested", "control character"])
def test_a_malformed_backup_upload_gets_a_message_and_changes_nothing(hostile_store, case, lang):
    (lab,) = hostile_store.labs()
    payload = transfer.export_json(hostile_store, lab.id)
    data = json.loads(payload)
    data["lab"]["goal"] = "tab\x0bbed"
    broken = {
        "truncated": payload[: len(payload) // 3],
        "not json": b"<html>" + bytes(range(256)),
        "deeply nested": b'{"a": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        "control character": json.dumps(data).encode(),
    }[case]
    before = transfer.export_lab(hostile_store, lab.id)["records"]
    at = open_page("pages/backup.py", lang=lang)
    at.file_uploader[0].upload("backup.json", broken, "application/json").run()
    assert not at.exception
    with pytest.raises(InvalidInput) as caught:
        transfer.parse_export(broken)
    assert markdown_escape(caught.value.message(lang)) in [e.value for e in at.error]
    assert transfer.export_lab(Store(hostile_store.dir), lab.id)["records"] == before


# -- uploads with a new source, and messages that quote user text ------------------------------


def test_a_backup_of_a_lab_full_of_markup_is_described_as_text(hostile_store):
    (lab,) = hostile_store.labs()
    at = open_page("pages/backup.py")
    at.file_uploader[0].upload(
        "backup.json", transfer.export_json(hostile_store, lab.id), "application/json"
    ).run()
    assert not at.exception and at.info
    assert active_markup(at) == []


@pytest.mark.parametrize("broken", [False, True], ids=["docx", "damaged docx"])
def test_a_document_uploaded_with_a_new_source_is_read_or_refused(hostile_store, broken):
    (lab,) = hostile_store.labs()
    document = docx.Document()
    document.add_paragraph(hostile("docx"))
    buffer = io.BytesIO()
    document.save(buffer)
    data = b"PK\x03\x04" + b"\0" * 64 if broken else buffer.getvalue()
    before = len(hostile_store.records(lab.id, Source))
    at = open_page("pages/sources.py")
    next(t for t in at.text_input if t.label == "Titel").input("Uploaded")
    at.file_uploader[0].upload("verslag.docx", data, "application/octet-stream")
    next(b for b in at.get("form_submit_button") if b.label == "Opslaan").click().run()
    assert not at.exception
    found = Store(hostile_store.dir).records(lab.id, Source)
    if broken:
        assert at.error and len(found) == before
    else:
        assert hostile("docx") in {s.text for s in found}


def test_an_error_that_quotes_the_users_text_shows_it_as_text(hostile_store):
    (lab,) = hostile_store.labs()
    at = open_page("pages/welcome.py")
    next(t for t in at.text_input if t.label == "Naam van het lab").input(lab.name)
    at.get("form_submit_button")[0].click().run()
    assert not at.exception and at.error  # the name exists already
    assert active_markup(at) == []
