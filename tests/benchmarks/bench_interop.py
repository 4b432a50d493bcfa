"""Moving work in and out (issue #20), medians of wall and CPU time over several runs, each
with a small case in the same run for the ratio:

- XLSForm import of a form with a 3,800-row choices sheet (target <= 2 s), the same form with
  a 3,800-row external_choices sheet, and a small form (38 choices);
- QDPX export of `demo --scale large` (target <= 10 s) against the small demo lab;
- import of a 1,000-selection QDPX (target <= 10 s): reading it into drafts, and confirming
  every draft into factors, against a 10-selection project.

    python tests/benchmarks/bench_interop.py
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook  # noqa: E402

from monitor import demo, labs, qdpx  # noqa: E402
from monitor.store import Store  # noqa: E402
from monitor.xlsform import import_xlsform  # noqa: E402

ROUNDS = 5
TARGETS = {"xlsform": 2.0, "export": 10.0, "import": 10.0}


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(run: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """Median (wall, cpu) in seconds over `rounds` runs after one warm-up run."""
    run()
    samples = [_timed(run) for _ in range(rounds)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def line(
    label: str,
    found: tuple[float, float],
    small: tuple[float, float] | None = None,
    target: float | None = None,
) -> str:
    wall, cpu = found
    text = f"{label:46s} wall {wall * 1000:8.1f} ms   cpu {cpu * 1000:8.1f} ms"
    if small is not None:
        text += f"   x{wall / small[0]:6.1f} of small"
    if target is not None:
        text += f"   target {target:.0f} s: {'ok' if wall <= target else 'OVER'}"
    return text


# -- XLSForm --------------------------------------------------------------------------------


def xlsform(choices: int, external: bool = False) -> bytes:
    """A KoboToolbox-like form: 20 questions, one select over `choices` villages."""
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Nederlands (nl)", "required"])
    survey.append(["begin_group", "home", "Home", "Thuis", ""])
    kind = "select_one_external village" if external else "select_one village"
    survey.append([kind, "village", "Village?", "Dorp?", "yes"])
    for n in range(18):
        survey.append(["text", f"q{n}", f"Question {n}?", f"Vraag {n}?", ""])
    survey.append(["select_one yn", "ok", "All right?", "Goed?", ""])
    survey.append(["end_group", "", "", "", ""])
    lists = book.create_sheet("choices")
    lists.append(["list_name", "name", "label::English (en)", "label::Nederlands (nl)"])
    lists.append(["yn", "yes", "Yes", "Ja"])
    lists.append(["yn", "no", "No", "Nee"])
    sheet = book.create_sheet("external_choices") if external else lists
    if external:
        sheet.append(["list_name", "name", "label"])
    for n in range(choices):
        row = ["village", f"v{n:04d}", f"Village {n}"]
        sheet.append(row if external else [*row, f"Dorp {n}"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version", "form_title"])
    settings.append(["villages", "2", "Villages"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def bench_xlsform() -> None:
    small = xlsform(38)
    big = xlsform(3_800)
    external = xlsform(3_800, external=True)
    protocol, _ = import_xlsform(big, "villages.xlsx")
    assert len(protocol.question("village").choices) == 3_800
    small_time = measure(lambda: import_xlsform(small, "small.xlsx"))
    print(line("XLSForm import, 38 choices (small)", small_time))
    print(
        line(
            "XLSForm import, 3,800-row choices sheet",
            measure(lambda: import_xlsform(big, "villages.xlsx")),
            small_time,
            TARGETS["xlsform"],
        )
    )
    print(
        line(
            "XLSForm import, 3,800-row external_choices",
            measure(lambda: import_xlsform(external, "external.xlsx")),
            small_time,
            TARGETS["xlsform"],
        )
    )


# -- QDPX export ----------------------------------------------------------------------------


def bench_export(store: Store) -> None:
    small, large = demo.load_demo(store), demo.build_large(store)
    found = qdpx.export_project(store, large.id)
    print(
        f"  large lab: {found.codes} codes, {found.sources} sources, {found.selections} "
        f"selections, {found.cases} cases, {found.notes} notes, {len(found.data) / 2**20:.1f} MB"
    )
    small_time = measure(lambda: qdpx.export_project(store, small.id))
    print(line("QDPX export, demo lab (small)", small_time))
    print(
        line(
            "QDPX export, demo --scale large",
            measure(lambda: qdpx.export_project(store, large.id), 3),
            small_time,
            TARGETS["export"],
        )
    )


# -- QDPX import ----------------------------------------------------------------------------

NS = "urn:QDA-XML:project:1.0"
WORDS = ("coach", "werkgever", "uren", "vervoer", "planning", "buddy", "contract", "taal")


def project(selections: int, per_source: int = 10) -> bytes:
    """A REFI-QDA project with `selections` coded passages, `per_source` to a source, over 24
    codes in two levels (enabling and hindering under 12 themes)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}Project", name="bench", origin="Bench 1.0")
    codes = ET.SubElement(ET.SubElement(root, f"{{{NS}}}CodeBook"), f"{{{NS}}}Codes")
    leaves = []
    for theme in range(12):
        parent = ET.SubElement(
            codes,
            f"{{{NS}}}Code",
            guid=_guid(1, theme),
            name=f"Thema {theme} {WORDS[theme % len(WORDS)]}",
            isCodable="true",
        )
        for kind, name in enumerate(("Bevorderend", "Belemmerend")):
            leaf = _guid(2, theme * 2 + kind)
            ET.SubElement(parent, f"{{{NS}}}Code", guid=leaf, name=name, isCodable="true")
            leaves.append(leaf)
    sources = ET.SubElement(root, f"{{{NS}}}Sources")
    members = {}
    made = 0
    for number in range((selections + per_source - 1) // per_source):
        lines = [
            f"Passage {number}-{n}: de {WORDS[n % len(WORDS)]} en de "
            f"{WORDS[(n + number) % len(WORDS)]} lopen vast in week {n}."
            for n in range(per_source)
        ]
        text = "\n".join(lines) + "\n"
        source = ET.SubElement(
            sources,
            f"{{{NS}}}TextSource",
            guid=_guid(3, number),
            name=f"Interview {number:03d}",
            plainTextPath=f"internal://{_guid(3, number)}.txt",
        )
        members[f"Sources/{_guid(3, number)}.txt"] = text
        position = 0
        for passage in lines:
            if made == selections:
                break
            selection = ET.SubElement(
                source,
                f"{{{NS}}}PlainTextSelection",
                guid=_guid(4, made),
                name=passage[:20],
                startPosition=str(position),
                endPosition=str(position + len(passage)),
            )
            coding = ET.SubElement(selection, f"{{{NS}}}Coding", guid=_guid(5, made))
            ET.SubElement(coding, f"{{{NS}}}CodeRef", targetGUID=leaves[(made * 7) % len(leaves)])
            position += len(passage) + 1
            made += 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", ET.tostring(root, encoding="utf-8", xml_declaration=True))
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _guid(kind: int, n: int) -> str:
    return f"{kind:08x}-0000-4000-8000-{n:012x}"


def bench_import(store: Store) -> None:
    lab = store.labs()[0]
    for count in (10, 1_000):
        data = project(count)
        record = qdpx.read_into_lab(store, lab.id, data, "check.qdpx")
        assert len(record.drafts) == count, len(record.drafts)

    made = iter(range(1_000))

    def fresh_lab():
        name = f"Bench import {next(made)}"
        return labs.create_lab(store, name=name, goal="import", phases=lab.phases)

    results = {}
    for count in (10, 1_000):
        data = project(count)
        target = fresh_lab()
        read = measure(lambda d=data, t=target: qdpx.read_into_lab(store, t.id, d, "b.qdpx"))
        results[count] = read
        label = f"QDPX import, {count:,} selections: read into drafts"
        print(
            line(
                label,
                read,
                results.get(10) if count > 10 else None,
                TARGETS["import"] if count > 10 else None,
            )
        )

        def read_and_confirm(d=data):
            into = fresh_lab()
            record = qdpx.read_into_lab(store, into.id, d, "b.qdpx")
            record = qdpx.set_mapping(
                store, record, themes={c.guid: "capacity" for c in record.codes}, kinds={}
            )
            record, skipped = qdpx.confirm(store, record)
            assert not skipped, skipped[:3]

        both = measure(read_and_confirm, 3)
        results[("both", count)] = both
        label = f"QDPX import, {count:,} selections: read + confirm all"
        print(
            line(
                label,
                both,
                results.get(("both", 10)) if count > 10 else None,
                TARGETS["import"] if count > 10 else None,
            )
        )


def main() -> None:
    bench_xlsform()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp)).acting("bench")
        bench_export(store)
        bench_import(store)


if __name__ == "__main__":
    main()
