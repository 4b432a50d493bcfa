"""REFI-QDA exchange: export validating against the standard's schema, import of projects as
ATLAS.ti, MAXQDA, NVivo, QualCoder and Taguette write them, drafts confirmed by the
researcher, and the round trip export -> import -> export."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from monitor import demo, labs, qdpx
from monitor.cli import main
from monitor.errors import Conflict, InvalidInput
from monitor.model import DraftStatus, Factor, QdaImport, Source, Stakeholder
from monitor.qdpx import importing
from tests.conftest import make_lab

DATA = Path(__file__).parent / "data" / "qdpx"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def project_schema():
    return etree.XMLSchema(etree.parse(str(DATA / "Project-mrt2019.xsd")))


@pytest.fixture
def demo_lab(store):
    return demo.load_demo(store.acting("tester"))


def _qde(data: bytes) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("project.qde"))


def test_export_validates_against_the_refi_schema(store, demo_lab, project_schema):
    found = qdpx.export_project(store, demo_lab.id)
    root = _qde(found.data)
    assert project_schema.validate(root), project_schema.error_log
    factors = store.records(demo_lab.id, Factor)
    assert found.selections + len(found.unplaced) == len(factors)
    assert found.selections > 0
    # every selection's positions point at the factor's quote in the source file
    archive = zipfile.ZipFile(io.BytesIO(found.data))
    by_guid = {qdpx.export.guid(demo_lab.id, "selection", f.id): f for f in factors}
    for source in root.iterfind(".//q:TextSource", NS):
        text = archive.read("Sources/" + source.get("plainTextPath").split("//")[1]).decode()
        for selection in source.iterfind("q:PlainTextSelection", NS):
            factor = by_guid[selection.get("guid")]
            quoted = text[int(selection.get("startPosition")) : int(selection.get("endPosition"))]
            assert " ".join(quoted.split()).casefold() == " ".join(factor.quote.split()).casefold()
            assert selection.findtext("q:Description", namespaces=NS) == factor.text
            assert selection.findall("q:Coding/q:CodeRef", NS)


def test_export_codebook_has_colours_descriptions_and_kinds(store, demo_lab):
    root = _qde(qdpx.export_project(store, demo_lab.id).data)
    top = root.findall("q:CodeBook/q:Codes/q:Code", NS)
    assert len(top) >= 14
    for code in top:
        assert code.get("color", "").startswith("#")
        assert code.findtext("q:Description", namespaces=NS)
        assert [c.get("name") for c in code.findall("q:Code", NS)] == ["Bevorderend", "Belemmerend"]
    assert [s.get("name") for s in root.findall("q:Sets/q:Set", NS)] == [
        "Bevorderend",
        "Belemmerend",
    ]


def test_codebook_alone_validates_as_qdc(demo_lab):
    schema = etree.XMLSchema(etree.parse(str(DATA / "Codebook.xsd")))
    root = etree.fromstring(qdpx.export_codebook(demo_lab, "en"))
    assert schema.validate(root), schema.error_log
    assert root.find(".//{urn:QDA-XML:codebook:1.0}Code").get("isCodable") == "true"


def test_cases_carry_codes_unless_names_are_asked_for(store, demo_lab):
    people = store.records(demo_lab.id, Stakeholder)
    plain = _qde(qdpx.export_project(store, demo_lab.id).data)
    names = {c.get("name") for c in plain.iterfind(".//q:Case", NS)}
    assert names and names <= {p.pseudonym for p in people}
    assert not names & {p.name for p in people}
    named = _qde(qdpx.export_project(store, demo_lab.id, names=True).data)
    assert {c.get("name") for c in named.iterfind(".//q:Case", NS)} <= {p.name for p in people}
    case = next(plain.iterfind(".//q:Case", NS))
    assert case.find("q:VariableValue/q:TextValue", NS).text in {str(p.group) for p in people}


def test_learning_questions_become_notes(store, demo_lab, project_schema):
    root = _qde(qdpx.export_project(store, demo_lab.id).data)
    titles = [n.get("name") for n in root.iterfind(".//q:Notes/q:Note", NS)]
    assert any(title.startswith("Leervraag:") for title in titles)


def test_round_trip_keeps_every_source_code_and_selection(store, demo_lab):
    first = qdpx.export_project(store, demo_lab.id)
    copy = labs.create_lab(store, name="Kopie", goal="terug", phases=demo_lab.phases)
    record = qdpx.read_into_lab(store, copy.id, first.data, "demo.qdpx")
    assert record.drafts and all(d.status == DraftStatus.PENDING for d in record.drafts)
    assert not store.records(copy.id, Factor)  # nothing stored before confirmation
    assert not store.records(copy.id, Source)
    record, skipped = qdpx.confirm(store, record)
    assert skipped == []
    second = qdpx.export_project(store, copy.id)
    assert (second.codes, second.sources, second.selections) == (
        first.codes,
        first.sources,
        first.selections,
    )
    one, two = _qde(first.data), _qde(second.data)

    def passages(root, data):
        archive = zipfile.ZipFile(io.BytesIO(data))
        found = set()
        for source in root.iterfind(".//q:TextSource", NS):
            path = "Sources/" + source.get("plainTextPath").split("//")[1]
            text = archive.read(path).decode()
            for s in source.iterfind("q:PlainTextSelection", NS):
                codes = tuple(sorted(c.get("targetGUID") for c in s.iterfind(".//q:CodeRef", NS)))
                start, end = int(s.get("startPosition")), int(s.get("endPosition"))
                found.add((source.get("name"), text[start:end], len(codes)))
        return found

    assert passages(one, first.data) == passages(two, second.data)
    assert {s.get("name") for s in one.iterfind(".//q:TextSource", NS)} == {
        s.get("name") for s in two.iterfind(".//q:TextSource", NS)
    }

    # the themes and kinds survive: the same theme labels are coded the same number of times
    def coded(root):
        names = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
        parents = {
            child.get("guid"): parent.get("name")
            for parent in root.iterfind(".//q:Codes/q:Code", NS)
            for child in parent.iterfind("q:Code", NS)
        }
        return sorted(
            (parents[r.get("targetGUID")], names[r.get("targetGUID")])
            for r in root.iterfind(".//q:PlainTextSelection//q:CodeRef", NS)
        )

    assert coded(one) == coded(two)


def test_importing_the_same_project_twice_reuses_the_sources(store, demo_lab):
    data = qdpx.export_project(store, demo_lab.id).data
    before = len(store.records(demo_lab.id, Source))
    record = qdpx.read_into_lab(store, demo_lab.id, data, "again.qdpx")
    qdpx.confirm(store, record)
    assert len(store.records(demo_lab.id, Source)) == before


@pytest.mark.parametrize(
    ("name", "origin", "codes", "selections"),
    [
        ("atlas-target.qdpx", "ATLAS.ti", 3, 0),
        ("atlas-blank.qdpx", "ATLAS.ti", 0, 0),
        ("maxqda-icls.qdpx", "MAXQDA", 307, 0),
        ("nvivo-shaped.qdpx", "NVivo", 8, 2),
        ("qualcoder-shaped.qdpx", "Qualcoder", 6, 4),
        ("taguette.qdc", "Taguette", 6, 0),
    ],
)
def test_reads_what_qda_packages_write(store, lab, name, origin, codes, selections):
    record = qdpx.read_into_lab(store, lab.id, (DATA / name).read_bytes(), name)
    assert record.origin.startswith(origin)
    assert len(record.codes) == codes
    assert len(record.drafts) == selections
    assert all(d.quote for d in record.drafts)


def test_atlas_nested_codes_keep_their_tree(store, lab):
    record = qdpx.read_into_lab(store, lab.id, (DATA / "atlas-target.qdpx").read_bytes(), "a")
    paths = [c.path for c in record.codes]
    assert paths[0] == "Commits" and paths[1].startswith("Commits > 2022-05-10")
    assert record.codes[1].parent == record.codes[0].guid


def test_maxqda_lowercase_sources_folder_and_missing_texts(store, lab):
    record = qdpx.read_into_lab(store, lab.id, (DATA / "maxqda-icls.qdpx").read_bytes(), "m")
    present = [s for s in record.sources if not s.missing]
    assert len(present) == 2 and all(len(s.text) > 10_000 for s in present)
    assert "missing_text=8" in record.unsupported
    found = qdpx.summary(record, "nl")
    assert any("bronnen zonder tekst" in item["message"] for item in found["unsupported"])


def test_taguette_dotted_tags_and_kind_words(store, lab):
    record = qdpx.read_into_lab(store, lab.id, (DATA / "taguette.qdc").read_bytes(), "t.qdc")
    by_path = {c.path: c for c in record.codes}
    assert "barriers > transport" in by_path
    assert record.kinds[by_path["barriers > transport"].guid] == "barrier"
    assert record.kinds[by_path["enablers > coaching on the job"].guid] == "enabler"
    assert record.themes[by_path["employer contact"].guid] == "employer_engagement"


def test_flattened_code_names_become_a_tree(store, lab):
    qde = (
        b'<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="Flat">'
        b"<CodeBook><Codes>"
        b'<Code guid="11111111-1111-4111-8111-111111111111" name="Belemmerend::Vervoer" '
        b'isCodable="true"/>'
        b'<Code guid="22222222-2222-4222-8222-222222222222" name="Belemmerend::Tijd" '
        b'isCodable="true"/>'
        b"</Codes></CodeBook></Project>"
    )
    record = qdpx.read_into_lab(store, lab.id, qde, "flat.qde")
    assert [c.path for c in record.codes] == [
        "Belemmerend",
        "Belemmerend > Vervoer",
        "Belemmerend > Tijd",
    ]
    assert record.codes[1].parent == record.codes[0].guid == record.codes[2].parent
    assert all(record.kinds[c.guid] == "barrier" for c in record.codes)


def test_unsupported_parts_are_listed(store, lab):
    record = qdpx.read_into_lab(
        store, lab.id, (DATA / "qualcoder-shaped.qdpx").read_bytes(), "q.qdpx"
    )
    kinds = {item.partition("=")[0] for item in record.unsupported}
    assert {"source.PictureSource", "selection.PictureSource", "links", "notes"} <= kinds
    lines = importing.unsupported_lines(record, "en")
    assert "1 link between items: not imported" in lines


def test_nvivo_selections_become_factors_after_mapping(store, lab):
    record = qdpx.read_into_lab(store, lab.id, (DATA / "nvivo-shaped.qdpx").read_bytes(), "n")
    codes = {c.name: c.guid for c in record.codes}
    record, skipped = qdpx.confirm(store, record)
    assert {reason for _, reason in skipped} == {"qdpx.skip_theme"}  # Hungarian codes: no theme
    assert not store.records(lab.id, Factor)
    record = qdpx.set_mapping(
        store,
        record,
        themes={codes["fenyegetés"]: "frontline_engagement", codes["harag"]: "new"},
        kinds={codes["fenyegetés"]: "enabler", codes["harag"]: "barrier"},
    )
    record, skipped = qdpx.confirm(store, record)
    assert skipped == []
    made = store.records(lab.id, Factor)
    assert len(made) == 2
    assert {f.kind for f in made} == {"enabler", "barrier"}
    new_theme = next(t for t in store.lab(lab.id).themes if t.label["nl"] == "harag")
    assert any(new_theme.id in f.themes for f in made)
    # confirming all brings the project's sources, the one without segments too
    sources = {s.title: s for s in store.records(lab.id, Source)}
    assert set(sources) == {"videos_selection.docx", "another_video.mov"}
    source = sources["videos_selection.docx"]
    assert all(f.source_id == source.id and f.quote in source.text for f in made)
    assert {f.quote[:9] for f in made} == {"Wat helpt", "Soms valt"}


def test_qualcoder_case_gives_the_group_and_memo_the_text(store, lab):
    record = qdpx.read_into_lab(
        store, lab.id, (DATA / "qualcoder-shaped.qdpx").read_bytes(), "q.qdpx"
    )
    codes = {c.name: c.guid for c in record.codes}
    assert record.kinds[codes["Vervoer"]] == "barrier"  # from its parent "Belemmerend"
    assert record.kinds[codes["Buddy op de werkvloer"]] == "enabler"
    themes = {guid: "employer_engagement" for guid in codes.values()}
    record = qdpx.set_mapping(store, record, themes=themes, kinds={})
    record, skipped = qdpx.confirm(store, record)
    assert skipped == []
    made = store.records(lab.id, Factor)
    assert len(made) == 4
    from_workshop = [f for f in made if "buddy" in f.quote.casefold()]
    assert from_workshop[0].groups == ("employer",)
    observed = next(f for f in made if f.quote == "de sfeer is open")
    assert observed.text == "de sfeer is open"
    # the windows line ends of the source file are kept, so positions still match
    workshop = next(s for s in store.records(lab.id, Source) if s.title == "Werksessie april")
    assert "werkvloer" in workshop.text


def test_confirm_one_by_one_and_reject(store, lab):
    record = qdpx.read_into_lab(
        store, lab.id, (DATA / "qualcoder-shaped.qdpx").read_bytes(), "q.qdpx"
    )
    record = qdpx.set_mapping(
        store,
        record,
        themes={c.guid: "capacity" for c in record.codes},
        kinds={},
    )
    first, second = record.drafts[0].guid, record.drafts[1].guid
    record, _ = qdpx.confirm(store, record, [first])
    record = qdpx.reject(store, record, [second])
    assert len(store.records(lab.id, Factor)) == 1
    status = {d.guid: d.status for d in record.drafts}
    assert status[first] == "confirmed" and status[second] == "rejected"
    assert qdpx.summary(record)["drafts"] == 2


def test_a_stale_confirmation_is_refused(store, lab):
    record = qdpx.read_into_lab(
        store, lab.id, (DATA / "qualcoder-shaped.qdpx").read_bytes(), "q.qdpx"
    )
    themes = {c.guid: "capacity" for c in record.codes}
    qdpx.set_mapping(store, record, themes=themes, kinds={})
    with pytest.raises(Conflict):
        qdpx.confirm(store, record)  # based on the revision before the mapping
    assert not store.records(lab.id, Factor)


def test_map_csv(store, lab, tmp_path):
    data = (DATA / "qualcoder-shaped.qdpx").read_bytes()
    mapping = b"code,theme,kind\nVervoer,new,hindering\nBuddy op de werkvloer,capacity,\n"
    record = importing.read_into_lab(store, lab.id, data, "q.qdpx", map_csv=mapping)
    codes = {c.name: c.guid for c in record.codes}
    assert record.themes[codes["Buddy op de werkvloer"]] == "capacity"
    assert record.themes[codes["Vervoer"]] == "new"
    with pytest.raises(InvalidInput) as error:
        importing.read_into_lab(store, lab.id, data, "q.qdpx", map_csv=b"code,theme\nX,capacity\n")
    assert "X" in error.value.message("en")


@pytest.mark.parametrize(
    "payload",
    [
        b"not xml at all",
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><Project name='x'>&a;</Project>",
        b"<Other/>",
        b"PK\x03\x04broken zip",
    ],
)
def test_bad_files_get_a_message_and_store_nothing(store, lab, payload):
    with pytest.raises(InvalidInput):
        qdpx.read_into_lab(store, lab.id, payload, "bad.qdpx")
    assert not store.records(lab.id, QdaImport)


def test_cli_round_trip(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    assert main(["demo", "--data-dir", data_dir]) == 0
    lab_id = capsys.readouterr().out.split("\t")[0]
    out = tmp_path / "lab.qdpx"
    assert main(["export-qdpx", "--lab", lab_id, "--out", str(out), "--data-dir", data_dir]) == 0
    assert "selections" in capsys.readouterr().out
    assert (
        main(
            [
                "export-qdpx",
                "--lab",
                lab_id,
                "--out",
                str(tmp_path / "c.qdc"),
                "--data-dir",
                data_dir,
            ]
        )
        == 0
    )
    capsys.readouterr()
    store_lab = make_lab(__import__("monitor.store", fromlist=["Store"]).Store(data_dir), "Doel")
    code = main(["import-qdpx", "--lab", store_lab.id, str(out), "--data-dir", data_dir])
    assert code == 0
    found = json.loads(capsys.readouterr().out)
    assert found["selections"] == found["drafts"] > 0
    assert found["sources"] > 0 and found["codes"] > 0
    assert (
        main(
            [
                "import-qdpx",
                "--lab",
                store_lab.id,
                str(DATA / "taguette.qdc"),
                "--format",
                "md",
                "--data-dir",
                data_dir,
            ]
        )
        == 0
    )
    assert "| barriers > transport |" in capsys.readouterr().out
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"nonsense")
    assert main(["import-qdpx", "--lab", store_lab.id, str(bad), "--data-dir", data_dir]) == 1
    assert "REFI-QDA" in capsys.readouterr().err


# An export in the shape ATLAS.ti 23 writes it, as documented by projects that read such
# exports (borisbachmann/atlas-qdpx: the .qde named after the archive, texts in a lower-case
# `sources/` folder, one passage coded by several codings; a researcher's field notes on the
# 2023 export: memos as text files, PDFs coded in their text representation, audio with
# transcripts between sync points). Text written for this test.
ATLAS_TEXT = "Intro.\nDe coach heeft geen tijd voor de werkgever. Wel een buddy op de vloer.\n"
ATLAS_PDF_TEXT = "Verslag: het vervoer naar de locatie is een probleem.\n"
ATLAS_TRANSCRIPT = "I: Hoe gaat het?\nR: De planning sluit niet aan op de bus.\n"
G = "{:08X}-0000-4000-8000-{:012X}"


def _atlas_like() -> bytes:
    def at(text, part):
        start = text.index(part)
        return f'startPosition="{start}" endPosition="{start + len(part)}"'

    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" origin="ATLAS.ti for Windows 23.2.3" name="pilot">
  <Users><User guid="{G.format(1, 1)}" name="Onderzoeker"/>
    <User guid="{G.format(1, 2)}" name="Tweede"/></Users>
  <CodeBook><Codes>
    <Code guid="{G.format(2, 1)}" name="Belemmerend" isCodable="true" color="#FF0000">
      <Description>Wat tegenwerkt</Description>
      <Code guid="{G.format(2, 2)}" name="Tijd van coaches" isCodable="true"/>
      <Code guid="{G.format(2, 3)}" name="Vervoer" isCodable="true"/>
    </Code>
    <Code guid="{G.format(2, 4)}" name="Bevorderend" isCodable="true">
      <Code guid="{G.format(2, 5)}" name="Buddy" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{G.format(3, 1)}" name="Interview coach.docx"
        plainTextPath="internal://{G.format(3, 1)}.txt"
        richTextPath="internal://{G.format(3, 1)}.docx">
      <PlainTextSelection guid="{G.format(4, 1)}" name="De coach heeft geen tijd"
          {at(ATLAS_TEXT, "De coach heeft geen tijd voor de werkgever.")}>
        <Coding guid="{G.format(5, 1)}" creatingUser="{G.format(1, 1)}">
          <CodeRef targetGUID="{G.format(2, 2)}"/></Coding>
        <Coding guid="{G.format(5, 2)}" creatingUser="{G.format(1, 2)}">
          <CodeRef targetGUID="{G.format(2, 1)}"/></Coding>
        <NoteRef targetGUID="{G.format(6, 1)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{G.format(4, 2)}" name="buddy"
          {at(ATLAS_TEXT, "Wel een buddy op de vloer.")}>
        <Coding guid="{G.format(5, 3)}"><CodeRef targetGUID="{G.format(2, 5)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="{G.format(3, 2)}" name="Verslag.pdf" path="internal://{G.format(3, 2)}.pdf">
      <PDFSelection guid="{G.format(4, 3)}" page="1" firstX="1" firstY="1" secondX="9" secondY="9">
        <Coding guid="{G.format(5, 4)}"><CodeRef targetGUID="{G.format(2, 3)}"/></Coding>
      </PDFSelection>
      <Representation guid="{G.format(3, 3)}" plainTextPath="internal://{G.format(3, 3)}.txt">
        <PlainTextSelection guid="{G.format(4, 4)}" name="vervoer"
            {at(ATLAS_PDF_TEXT, "het vervoer naar de locatie is een probleem")}>
          <Coding guid="{G.format(5, 5)}"><CodeRef targetGUID="{G.format(2, 3)}"/></Coding>
        </PlainTextSelection>
      </Representation>
    </PDFSource>
    <AudioSource guid="{G.format(3, 4)}" name="Gesprek.m4a" path="relative:///gesprek.m4a">
      <Transcript guid="{G.format(3, 5)}" name="Gesprek transcript"
          plainTextPath="internal://{G.format(3, 5)}.txt">
        <SyncPoint guid="{G.format(7, 1)}" position="{ATLAS_TRANSCRIPT.index("De planning")}"
            timeStamp="1200"/>
        <SyncPoint guid="{G.format(7, 2)}" position="{ATLAS_TRANSCRIPT.index(".", 20)}"
            timeStamp="4800"/>
        <TranscriptSelection guid="{G.format(4, 5)}" name="planning"
            fromSyncPoint="{G.format(7, 1)}" toSyncPoint="{G.format(7, 2)}">
          <Coding guid="{G.format(5, 6)}"><CodeRef targetGUID="{G.format(2, 3)}"/></Coding>
        </TranscriptSelection>
      </Transcript>
      <AudioSelection guid="{G.format(4, 6)}" name="00:01-00:04" begin="1200" end="4800">
        <Coding guid="{G.format(5, 7)}"><CodeRef targetGUID="{G.format(2, 3)}"/></Coding>
      </AudioSelection>
    </AudioSource>
  </Sources>
  <Notes>
    <Note guid="{G.format(6, 1)}" name="Memo 1" plainTextPath="internal://{G.format(6, 1)}.txt"/>
  </Notes>
  <Links><Link guid="{G.format(8, 1)}" name="is associated with"
      originGUID="{G.format(2, 2)}" targetGUID="{G.format(2, 5)}"/></Links>
  <Sets><Set guid="{G.format(9, 1)}" name="Eerste ronde">
    <MemberSource targetGUID="{G.format(3, 1)}"/></Set></Sets>
</Project>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("pilot_Onderzoeker.qde", qde)
        archive.writestr(f"sources/{G.format(3, 1)}.txt", ATLAS_TEXT)
        archive.writestr(f"sources/{G.format(3, 1)}.docx", b"PK not really a docx")
        archive.writestr(f"sources/{G.format(3, 3)}.txt", ATLAS_PDF_TEXT)
        archive.writestr(f"sources/{G.format(3, 5)}.txt", ATLAS_TRANSCRIPT)
        archive.writestr(f"sources/{G.format(6, 1)}.txt", "Coach noemt de caseload.")
    return buffer.getvalue()


def test_an_atlas_shaped_export_imports_codes_and_coded_passages(store, lab):
    record = qdpx.read_into_lab(store, lab.id, _atlas_like(), "pilot_Onderzoeker.qdpx")
    assert record.origin.startswith("ATLAS.ti")
    assert [c.path for c in record.codes] == [
        "Belemmerend",
        "Belemmerend > Tijd van coaches",
        "Belemmerend > Vervoer",
        "Bevorderend",
        "Bevorderend > Buddy",
    ]
    quotes = [d.quote for d in record.drafts]
    assert quotes == [
        "De coach heeft geen tijd voor de werkgever.",
        "Wel een buddy op de vloer.",
        "het vervoer naar de locatie is een probleem",  # the PDF's text representation
        "De planning sluit niet aan op de bus",  # the transcript, between its sync points
    ]
    first = record.drafts[0]
    assert len(first.code_guids) == 2  # two codings by two researchers
    assert first.description == "Coach noemt de caseload."  # the memo's text from the archive
    kinds = {c.name: record.kinds.get(c.guid) for c in record.codes}
    assert kinds["Vervoer"] == "barrier" and kinds["Buddy"] == "enabler"
    unsupported = dict(item.split("=") for item in record.unsupported)
    assert unsupported["selection.PDFSource"] == "1"  # the region on the page
    assert "source.AudioSource" not in unsupported  # its transcript came in
    assert unsupported["selection.AudioSource"] == "1"
    assert unsupported["links"] == "1"
    lines = importing.unsupported_lines(record, "en")
    assert any("PDFSource" in line for line in lines)
    themes = {c.guid: "capacity" for c in record.codes}
    record = qdpx.set_mapping(store, record, themes=themes, kinds={})
    record, skipped = qdpx.confirm(store, record)
    assert skipped == []
    made = store.records(lab.id, Factor)
    assert sorted(f.quote for f in made) == sorted(quotes)
    titles = {s.title for s in store.records(lab.id, Source)}
    assert {"Interview coach.docx", "Verslag.pdf", "Gesprek transcript"} <= titles
