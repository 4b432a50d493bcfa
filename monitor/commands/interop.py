"""`labmonitor export-qdpx`, `import-qdpx` and `instrument import`: moving a lab's coding to
and from QDA packages, and instruments in from survey tools, from scripts."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from monitor.store import Store


def register(commands, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "export-qdpx",
        parents=[common],
        help="write the lab as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo ...",
    )
    cmd.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    cmd.add_argument("--out", required=True, type=Path, help="the .qdpx (or .qdc) file to write")
    cmd.add_argument(
        "--with-names",
        action="store_true",
        help="name the cases by the stakeholders' names instead of their codes (default: codes)",
    )
    cmd = commands.add_parser(
        "import-qdpx",
        parents=[common],
        help="read a REFI-QDA project (.qdpx, .qde) or codebook (.qdc) into draft factors",
    )
    cmd.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    cmd.add_argument("file", type=Path, help="the .qdpx, .qde or .qdc file")
    cmd.add_argument(
        "--map",
        default="auto",
        help="auto: map codes to themes by the theme suggester; or a CSV with columns code, "
        "theme, kind (default: auto)",
    )
    cmd.add_argument(
        "--format", choices=("json", "md"), default="json", help="output format (default: json)"
    )
    cmd.add_argument(
        "--lang", choices=("nl", "en"), help="language of the Markdown output (default: the lab's)"
    )
    cmd = commands.add_parser(
        "instrument", help="instruments: questionnaires and interview protocols"
    )
    actions = cmd.add_subparsers(dest="instrument_command", required=True)
    cmd = actions.add_parser(
        "import",
        parents=[common],
        help="check an instrument (YAML, or an XLSForm as .xlsx or .xls) and add it, as an "
        "upload on the Instruments page does",
    )
    cmd.add_argument("file", type=Path, help="a .yaml instrument or an XLSForm (.xlsx, .xls)")
    cmd.add_argument("--dry-run", action="store_true", help="check only, store nothing")
    cmd.add_argument(
        "--format", choices=("json", "md"), default="json", help="output format (default: json)"
    )
    cmd.add_argument(
        "--lang",
        choices=("nl", "en"),
        help="language of the notes and messages (default: $LABMONITOR_LANG, else en)",
    )


INSTRUMENT_TYPES = ("yaml", "yml", "xlsx", "xls")


def _instrument(store: Store, args: argparse.Namespace) -> None:
    """`instrument import`: every problem of the file at once, as JSON or Markdown; exit 1 when
    the instrument is refused (nothing stored then)."""
    from monitor import protocols, surveys, uploads
    from monitor.errors import InvalidInput

    lang = args.lang or os.environ.get("LABMONITOR_LANG", "en")
    name = uploads.safe_name(args.file.name)
    found: dict[str, Any] = {"id": None, "questions": 0, "notes": [], "errors": []}
    try:
        if name.rsplit(".", 1)[-1].casefold() not in INSTRUMENT_TYPES:
            raise InvalidInput("error.upload_type", file=name, allowed=", ".join(INSTRUMENT_TYPES))
        data = args.file.read_bytes()
        uploads.check_instrument(name, data)
        known, _ = protocols.load_with_store(store)
        if args.dry_run:
            new, _, notes = surveys.check_protocol(store, name, data, known, lang=lang)
        else:
            new, notes = surveys.install_protocol(store, name, data, known, lang=lang)
    except InvalidInput as error:
        found["errors"] = instrument_errors(error, lang)
    else:
        questions = sum(q.answerable for q in new.questions)
        found.update(id=new.id, questions=questions, notes=notes)
    if args.format == "md":
        print(_instrument_markdown(name, found, args.dry_run, lang), end="")
    else:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    if found["errors"]:
        raise InvalidInput("instrument.cli_refused", file=name, n=len(found["errors"]))


def instrument_errors(error: Exception, lang: str) -> list[dict[str, Any]]:
    """Each problem of a refused instrument as {sheet, row, column, message}: an XLSForm's with
    its sheet, row and column, a YAML file's with its line as the row (sheet null)."""
    from monitor.xlsform import XlsformProblems

    if isinstance(error, XlsformProblems):
        return [problem.to_json(lang) for problem in error.problems]
    params = getattr(error, "params", {})
    return [
        {
            "sheet": params.get("sheet"),
            "row": params.get("row", params.get("line")),
            "column": str(params.get("column", params.get("field", "")) or "").strip("-"),
            "message": error.message(lang),
        }
    ]


def _instrument_markdown(name: str, found: dict[str, Any], dry_run: bool, lang: str) -> str:
    from monitor.i18n import t

    lines = [f"# {name}", ""]
    if found["errors"]:
        lines.append(t("instrument.cli_refused", lang, file=name, n=len(found["errors"])))
    else:
        key = "instrument.cli_checked" if dry_run else "instrument.cli_stored"
        lines.append(t(key, lang, id=found["id"], n=found["questions"]))
    lines.append("")
    for title, items in (
        ("instrument.cli_problems", [e["message"] for e in found["errors"]]),
        ("instrument.cli_notes", found["notes"]),
    ):
        if items:
            lines += [f"## {t(title, lang)}", ""]
            lines += ["- " + item.replace("\n", " ") for item in items] + [""]
    return "\n".join(lines)


def _export(store: Store, args: argparse.Namespace) -> None:
    from monitor import qdpx
    from monitor.store import atomic_write

    lab = store.lab(args.lab)
    if args.out.suffix.casefold() == ".qdc":
        atomic_write(args.out, qdpx.export_codebook(lab))
        store.audit(lab.id, "export", what="qdc", file=str(args.out))
        print(f"{args.out}\tcodebook")
        return
    found = qdpx.export_project(store, lab.id, names=args.with_names)
    atomic_write(args.out, found.data)
    store.audit(lab.id, "export", what="qdpx", file=str(args.out), names=args.with_names)
    print(
        f"{args.out}\tcodes {found.codes}\tsources {found.sources}\tselections "
        f"{found.selections}\tcases {found.cases}\tnotes {found.notes}"
    )


def _import(store: Store, args: argparse.Namespace) -> None:
    from monitor import qdpx
    from monitor.qdpx import importing

    mapping = None if args.map == "auto" else Path(args.map).read_bytes()
    record = qdpx.read_into_lab(
        store, args.lab, args.file.read_bytes(), args.file.name, map_csv=mapping
    )
    found = qdpx.summary(record)
    if args.format == "md":
        lang = args.lang or store.lab(args.lab).language
        print(importing.to_markdown(record, lang), end="")
    else:
        print(json.dumps(found, ensure_ascii=False, indent=2))


COMMANDS = {"export-qdpx": _export, "import-qdpx": _import, "instrument": _instrument}
