"""`labmonitor`: the command line for scripts and researchers who prefer a terminal.

User errors print one line and exit 1; nothing prints a traceback for a mistake in the input."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from monitor.errors import InvalidInput, MonitorError
from monitor.store_api import DATABASE_URL_ENV, StoreAPI, open_store

# Heavy modules (the demo, reports, pandas, altair, the store backends) are imported inside the
# commands that need them, so that `labmonitor --help` costs next to nothing.
DATA_DIR_ENV = "LABMONITOR_DATA_DIR"  # monitor.store.DATA_DIR_ENV, without importing TinyDB

LANG_ENV = "LABMONITOR_LANG"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("social-lab-monitor")
    except PackageNotFoundError:
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        help=f"store directory (default: ${DATA_DIR_ENV}, else data/ of a source checkout, "
        "else the user data folder, e.g. ~/.local/share/labmonitor)",
    )
    common.add_argument(
        "--database-url",
        help=f"PostgreSQL instead of a folder (default: ${DATABASE_URL_ENV}, else "
        "[labmonitor] database_url in .streamlit/secrets.toml)",
    )
    parser = argparse.ArgumentParser(prog="labmonitor", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    cmd = commands.add_parser("demo", parents=[common], help="load the demo lab")
    cmd.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help="small: the example lab; large: a synthetic lab and a programme of 35 labs for "
        "benchmarks (default: small)",
    )

    cmd = commands.add_parser("labs", parents=[common], help="list labs as <id><TAB><name>")
    cmd.add_argument("--json", action="store_true", help="print JSON instead (default: off)")

    cmd = commands.add_parser("import", parents=[common], help="import a lab from a JSON export")
    cmd.add_argument("file", type=Path, help="the JSON file `labmonitor export` wrote")
    cmd.add_argument(
        "--replace",
        action="store_true",
        help="replace a lab with the same id (a backup is made first)",
    )

    cmd = commands.add_parser("export", parents=[common], help="export a whole lab as JSON")
    cmd.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    cmd.add_argument("--out", required=True, type=Path, help="file to write, or - for stdout")
    cmd = commands.add_parser(
        "derive", parents=[common], help="propose learning questions from factors (never writes)"
    )
    where = cmd.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--input", type=Path, help="YAML (factors: [...]) or CSV file of factors (or --lab)"
    )
    where.add_argument("--lab", help="a stored lab's id (or --input)")
    cmd.add_argument(
        "--format", choices=("json", "md"), default="json", help="output format (default: json)"
    )
    cmd.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default: nl)")
    cmd.add_argument(
        "--anchor-phase",
        default=None,
        help="phase number (or 'last') whose questions turn to anchoring (kind 'anchor'); "
        "default: none for a file, for a lab its last phase or today's once marked nearing its end",
    )

    cmd = commands.add_parser(
        "survey-links",
        parents=[common],
        help="print each invitation's private link as <code><TAB><status><TAB><link>",
    )
    cmd.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    cmd.add_argument("--survey", required=True, help="survey id (the Surveys page shows it)")
    cmd.add_argument(
        "--base-url",
        default=os.environ.get("LABMONITOR_BASE_URL", "http://localhost:8501/"),
        help="address respondents open (default: $LABMONITOR_BASE_URL or http://localhost:8501/)",
    )
    cmd.add_argument("--invite", action="store_true", help="first invite who is not invited yet")
    cmd.add_argument(
        "--with-names", action="store_true", help="add name and contact (for a mail merge)"
    )

    cmd = commands.add_parser(
        "report", parents=[common], help="write a report as Word (.docx) or PDF"
    )
    cmd.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    cmd.add_argument(
        "--kind",
        required=True,
        choices=("phase", "meeting", "final"),
        help="report kind (required)",
    )
    cmd.add_argument(
        "--phase", type=int, help="phase number for a phase report (default: today's, or the last)"
    )
    cmd.add_argument("--lang", choices=("nl", "en"), help="report language (default: the lab's)")
    cmd.add_argument("--out", required=True, type=Path, help="the .docx or .pdf file to write")
    cmd.add_argument(
        "--format",
        choices=("docx", "pdf"),
        help="docx or pdf (PDF needs LibreOffice; default: from the --out suffix, else docx)",
    )
    cmd.add_argument(
        "--as-of-today",
        action="store_true",
        help="a phase report with today's actions and statuses, not those at the phase's end",
    )
    cmd.add_argument(
        "--no-numbers", action="store_true", help="headings without numbers (1, 1.1, ...)"
    )
    commands.add_parser(
        "hash-password",
        help="print a password hash for .streamlit/secrets.toml (asks for the password, or "
        "reads it from standard input)",
    )
    commands.add_parser(
        "retention",
        parents=[common],
        help="drop names and contacts of every lab whose retention date has passed (for cron)",
    )
    for module in _command_modules():
        module.register(commands, common)
    return parser


def _command_modules() -> list:
    """Commands of an area live in `monitor/commands/<area>.py`: `register(commands, common)`
    adds their parsers, `COMMANDS` maps a command name to `handler(store, args)`. Such a module
    imports heavy libraries inside its handlers, so `labmonitor --help` stays fast."""
    import importlib
    import pkgutil

    from monitor import commands

    return [
        importlib.import_module(f"monitor.commands.{info.name}")
        for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name)
    ]


def _report(store: StoreAPI, args: argparse.Namespace) -> None:
    import datetime as dt

    from monitor import progress, reports
    from monitor.errors import InvalidInput
    from monitor.store import atomic_write

    lab = store.lab(args.lab)
    phase_id = ""
    if args.kind == "phase":
        if args.phase is None:
            today = lab.phase_of(dt.date.today())
            phase_id = today.id if today else (lab.phases[-1].id if lab.phases else "")
        elif 1 <= args.phase <= len(lab.phases):
            phase_id = lab.phases[args.phase - 1].id
        else:
            numbered = "; ".join(f"{n} {p.name}" for n, p in enumerate(lab.phases, start=1))
            raise InvalidInput("error.report_phase", phases=numbered or "—")
    kind = args.format or ("pdf" if args.out.suffix.lower() == ".pdf" else "docx")
    if kind == "pdf" and not reports.pdf.available():
        raise InvalidInput("error.report_pdf_missing")
    show = progress.terminal()
    show("progress.report.build", 0, 2)
    report = reports.build(
        store,
        lab.id,
        args.kind,
        phase_id=phase_id,
        lang=args.lang or lab.language,
        numbered=not args.no_numbers,
        as_of_today=args.as_of_today,
    )
    show("progress.report.write_pdf" if kind == "pdf" else "progress.report.write", 1, 2)
    atomic_write(args.out, reports.pdf.render(report) if kind == "pdf" else reports.to_docx(report))
    show("progress.done", 2, 2)
    store.audit(lab.id, "export", what=f"report.{args.kind}", file=str(args.out))
    print(f"{args.out}\t{report.title}: {report.subtitle}")


def _survey_links(store: StoreAPI, args: argparse.Namespace) -> None:
    from monitor import surveys
    from monitor.model import Participant, Survey

    survey = store.record(args.lab, Survey, args.survey)
    if args.invite:
        surveys.invite(store, survey)
    store.audit(args.lab, "export", what="survey_links", names=args.with_names)
    people = {p.id: p for p in store.records(args.lab, Participant)}
    answered = surveys.responses_by_invitation(store, args.lab)
    for invitation in surveys.invitations(store, survey):
        who = people[invitation.participant_id].pseudonym
        about = f"/{people[invitation.subject_id].pseudonym}" if invitation.subject_id else ""
        state = surveys.status(invitation, answered.get(invitation.id))
        person = people[invitation.participant_id]
        names = f"\t{person.name}\t{person.contact}" if args.with_names else ""
        print(f"{who}{about}\t{state}\t{surveys.link(store, invitation, args.base_url)}{names}")


def _derive(args: argparse.Namespace) -> None:
    from monitor import derive, derive_io, factors

    book = factors.default_codebook()
    suggestions = None
    if args.input:
        rows = derive_io.read_factor_file(args.input)
        inputs, suggestions = derive_io.read_inputs(rows, book)
        anchor = derive_io.anchor_phase(args.anchor_phase, inputs)
        proposals = derive.propose(inputs, book=book, anchor_phase=anchor)
    else:
        import datetime as dt

        from monitor import agenda

        store = _open(args)
        lab = store.lab(args.lab)
        book = factors.lab_codebook(lab)
        inputs, known = derive_io.lab_inputs(store, args.lab)
        anchor = derive_io.anchor_phase(args.anchor_phase, inputs)
        if args.anchor_phase is None:
            anchor = agenda.anchor_phase(lab, dt.date.today())
        proposals = derive.propose(inputs, decisions=known, book=book, anchor_phase=anchor)
    if args.format == "md":
        print(derive_io.to_markdown(proposals, book, args.lang), end="")
    else:
        print(
            derive_io.to_json(
                inputs, proposals, args.lang, by_index=bool(args.input), suggestions=suggestions
            )
        )


def _hash_password() -> None:
    from monitor import access

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise InvalidInput("error.password_mismatch")
    else:
        password = sys.stdin.readline().rstrip("\n")
    print(access.hash_password(password))


def _retention(store: StoreAPI) -> None:
    import datetime as dt

    from monitor import privacy

    for lab in privacy.apply_all_due(store, dt.date.today()):
        print(f"{lab.id}\t{lab.name}\tnames and contacts removed")


def _open(args: argparse.Namespace) -> StoreAPI:
    """The store the command works on: PostgreSQL when a database URL is configured."""
    return open_store(args.data_dir, url=getattr(args, "database_url", None) or None)


def _run(args: argparse.Namespace) -> None:
    if args.command == "derive":
        return _derive(args)
    if args.command == "hash-password":
        return _hash_password()
    # Changes and exports from the command line are audited like the app's.
    for module in _command_modules():
        # A command that opens its stores itself (`labmonitor db`) takes only the arguments.
        if args.command in getattr(module, "RAW_COMMANDS", {}):
            return module.RAW_COMMANDS[args.command](args)
    store = _open(args).acting("cli (researcher)")
    if args.command == "retention":
        return _retention(store)
    for module in _command_modules():
        if args.command in module.COMMANDS:
            return module.COMMANDS[args.command](store, args)
    # The demo and the export pull in the report and chart libraries: imported only where they
    # are used, so a command such as `labmonitor outcomes` or `labs` starts without them.
    if args.command == "demo":
        from monitor import demo, progress

        if args.scale != "large":
            lab = demo.load_demo(store, progress.terminal())
            print(f"{lab.id}\t{lab.name}")
            return None
        # A programme of 35 labs of the demo lab's size beside the large lab (the lab line stays
        # the only line on stdout: scripts read the large lab's id from it).
        from monitor.programme import demo as programme_demo

        lab, programme = progress.run_steps(
            [
                ("progress.demo.large", lambda: demo.build_large(store)),
                ("progress.demo.programme", lambda: programme_demo.build_large(store)),
            ],
            progress.terminal(),
        )
        print(f"{lab.id}\t{lab.name}")
        print(f"programme\t{programme.id}\t{programme.name}", file=sys.stderr)
    elif args.command == "labs":
        labs = store.labs()
        if args.json:
            print(
                json.dumps([{"id": lab.id, "name": lab.name} for lab in labs], ensure_ascii=False)
            )
        for lab in [] if args.json else labs:
            print(f"{lab.id}\t{lab.name}")
    elif args.command == "import":
        from monitor import progress, transfer

        payload = args.file.read_bytes()
        _, lab = progress.run_steps(
            [
                ("progress.import.check", lambda: transfer.parse_export(payload)),
                (
                    "progress.import.store",
                    lambda: transfer.import_json(store, payload, replace=args.replace),
                ),
            ],
            progress.terminal(),
        )
        print(f"{lab.id}\t{lab.name}")
    elif args.command == "report":
        _report(store, args)
    elif args.command == "survey-links":
        _survey_links(store, args)
    elif args.command == "export":
        from monitor import progress, transfer
        from monitor.store import atomic_write

        show = progress.terminal()
        show("progress.export.read", 0, 2)
        payload = transfer.export_json(store, args.lab)
        show("progress.export.write", 1, 2)
        if str(args.out) == "-":
            sys.stdout.buffer.write(payload)
        else:
            atomic_write(args.out, payload)  # never half a backup under the file's name
        show("progress.done", 2, 2)
        store.audit(args.lab, "export", what="backup")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = os.environ.get(LANG_ENV, "en")
    try:
        _run(args)
    except MonitorError as exc:
        print(f"labmonitor: {exc.message(lang)}".replace("\n", " "), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"labmonitor: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
