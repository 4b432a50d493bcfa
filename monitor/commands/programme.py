"""`labmonitor programme create|add-lab|remove-lab|list|agenda|report|demo`: programmes of
labs in several regions, from the command line (which acts as a researcher)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(commands, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "programme", parents=[common], help="programmes: labs of several regions learning together"
    )
    sub = cmd.add_subparsers(dest="programme_command", required=True)
    made = sub.add_parser(
        "create", parents=[common], help="make a programme; prints <id><TAB><name>"
    )
    made.add_argument("--name", required=True, help="the programme's name")
    made.add_argument("--lead", default="", help="user name of the programme lead (default: none)")
    made.add_argument("--description", default="", help="what it is for (default: empty)")
    made.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default: nl)")
    added = sub.add_parser("add-lab", parents=[common], help="add a lab (one programme per lab)")
    added.add_argument("--programme", required=True, help="programme id (see `programme list`)")
    added.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    added.add_argument("--region", default="", help="labour-market region (default: none)")
    removed = sub.add_parser(
        "remove-lab", parents=[common], help="take a lab out; its shared items are withdrawn"
    )
    removed.add_argument("--programme", required=True, help="programme id (see `programme list`)")
    removed.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    sub.add_parser("list", parents=[common], help="list programmes as <id><TAB><name>")
    shown = sub.add_parser("agenda", parents=[common], help="the national learning agenda")
    shown.add_argument("--programme", required=True, help="programme id (see `programme list`)")
    shown.add_argument(
        "--format", choices=("json", "md"), default="json", help="output format (default: json)"
    )
    shown.add_argument(
        "--lang", choices=("nl", "en"), default=None, help="default: the programme's"
    )
    written = sub.add_parser("report", parents=[common], help="write the programme report")
    written.add_argument("--programme", required=True, help="programme id (see `programme list`)")
    written.add_argument("--out", required=True, type=Path, help="the .docx or .pdf file to write")
    written.add_argument(
        "--lang", choices=("nl", "en"), default=None, help="default: the programme's"
    )
    written.add_argument(
        "--format", choices=("docx", "pdf"), help="default: from the --out suffix, else docx"
    )
    sub.add_parser(
        "demo", parents=[common], help="load the demo programme (the demo lab and five more)"
    )


def _programme(store, args: argparse.Namespace) -> None:
    from monitor.access import LOCAL_USER
    from monitor.programme import agenda, setup

    command = args.programme_command
    if command == "create":
        made = setup.create(
            store, name=args.name, description=args.description, lead=args.lead, language=args.lang
        )
        print(f"{made.id}\t{made.name}")
    elif command == "add-lab":
        found = setup.add_lab(store, setup.get(store, args.programme), args.lab, args.region)
        print(f"{found.id}\t{found.name}\t{len(found.members)}")
    elif command == "remove-lab":
        found = setup.remove_lab(store, setup.get(store, args.programme), args.lab)
        print(f"{found.id}\t{found.name}\t{len(found.members)}")
    elif command == "list":
        for found in setup.programmes(store):
            print(f"{found.id}\t{found.name}")
    elif command == "agenda":
        found = setup.get(store, args.programme)
        data = agenda.agenda_data(store, LOCAL_USER, found.id, args.lang or found.language)
        if args.format == "md":
            print(_markdown(data), end="")
        else:
            print(json.dumps(data, ensure_ascii=False, indent=2))
    elif command == "report":
        _report(store, args)
    elif command == "demo":
        from monitor import progress
        from monitor.programme import demo as programme_demo

        found = programme_demo.load_demo_programme(store, progress.terminal())
        print(f"{found.id}\t{found.name}")


def _markdown(data: dict) -> str:
    lines = [f"# {data['programme']['name']}", ""]
    if data["priorities"]:
        lines += ["## Priorities", ""]
        lines += [f"{p['rank']}. {p['label']} ({p['points']})" for p in data["priorities"]]
        lines.append("")
    for theme in data["themes"]:
        lines += [
            f"## {theme['label']} ({theme['pillar']})",
            "",
            f"labs: {theme['labs']}, with barriers: {theme['barrier_labs']}",
            "",
        ]
        lines += [f"- {q['text']} [{q['status']}]" for q in theme["questions"]]
        lines.append("")
    return "\n".join(lines)


def _report(store, args: argparse.Namespace) -> None:
    from monitor.access import LOCAL_USER
    from monitor.errors import InvalidInput
    from monitor.programme import report as programme_report
    from monitor.programme import setup
    from monitor.reports import pdf, to_docx
    from monitor.store import atomic_write

    found = setup.get(store, args.programme)
    kind = args.format or ("pdf" if args.out.suffix.lower() == ".pdf" else "docx")
    if kind == "pdf" and not pdf.available():
        raise InvalidInput("error.report_pdf_missing")
    built = programme_report.build(store, LOCAL_USER, found.id, args.lang or found.language)
    atomic_write(args.out, pdf.render(built) if kind == "pdf" else to_docx(built))
    store.audit(found.id, "export", what="report.programme", file=str(args.out))
    print(f"{args.out}\t{built.title}: {built.subtitle}")


COMMANDS = {"programme": _programme}
