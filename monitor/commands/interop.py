"""`labmonitor export-qdpx`, `import-qdpx` and `instrument import`: moving a lab's coding to
and from QDA packages, and instruments in from survey tools, from scripts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

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
    cmd.add_argument("file", type=Path)
    cmd.add_argument(
        "--map",
        default="auto",
        help="auto: map codes to themes by the theme suggester; or a CSV with columns code, "
        "theme, kind (default: auto)",
    )
    cmd.add_argument(
        "--format", choices=("json", "md"), default="json", help="output format (default: json)"
    )
    cmd.add_argument("--lang", choices=("nl", "en"), help="language of the Markdown output")


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


COMMANDS = {"export-qdpx": _export, "import-qdpx": _import}
