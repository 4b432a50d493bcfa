"""`labmonitor lab create`, `labmonitor trajectories import` and `labmonitor outcomes`.

Handlers import what they need when they run, so a fresh `labmonitor outcomes` stays fast."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from monitor.store import Store


def register(commands, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("lab", help="create a lab")
    actions = cmd.add_subparsers(dest="lab_action", required=True)
    create = actions.add_parser(
        "create", parents=[common], help="create a lab with the default three phases"
    )
    create.add_argument("--name", required=True, help="the lab's name (unique in the store)")
    create.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="the lab's language (default: nl)"
    )

    cmd = commands.add_parser("trajectories", help="import trajectories from CSV or XLSX")
    actions = cmd.add_subparsers(dest="trajectories_action", required=True)
    found = actions.add_parser(
        "import",
        parents=[common],
        help="read the job company's registration export; prints a summary, bad rows on stderr",
    )
    found.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    found.add_argument("file", type=Path, help=".csv or .xlsx file")

    cmd = commands.add_parser(
        "outcomes", parents=[common], help="trajectory outcomes: totals, per route, months"
    )
    cmd.add_argument("--lab", required=True, help="lab id (see `labmonitor labs`)")
    cmd.add_argument(
        "--format", choices=("json", "md"), default="json", help="output format (default: json)"
    )
    cmd.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help="language of the Markdown output (default: the lab's language)",
    )


def _lab(store: Store, args: argparse.Namespace) -> None:
    from monitor import labs

    lab = labs.create_lab(store, name=args.name, language=args.lang)
    print(lab.id)


def _trajectories(store: Store, args: argparse.Namespace) -> None:
    from monitor import uploads
    from monitor.errors import InvalidInput
    from monitor.i18n import t
    from monitor.trajectories import tables

    lang = os.environ.get("LABMONITOR_LANG", "en")
    rows = uploads.read_table(args.file.name, args.file.read_bytes())
    found = tables.preview(store, args.lab, rows)
    tables.commit(store, found)
    print(
        t(
            "traj.import_summary",
            lang,
            created=len(found.created),
            updated=len(found.updated),
            bad=t("traj.import_bad", lang, n=len(found.errors)),
        )
    )
    if found.new_candidates:
        codes = ", ".join(p.pseudonym for p in found.new_candidates)
        print(t("traj.import_new_candidates", lang, n=len(found.new_candidates), codes=codes))
    if found.new_employers:
        names = ", ".join(f"{e.name} ({e.pseudonym})" for e in found.new_employers)
        print(t("traj.import_new_employers", lang, n=len(found.new_employers), names=names))
    for row, error in found.errors:
        print(t("error.row", lang, row=row, message=error.message(lang)), file=sys.stderr)
    if found.errors:
        raise InvalidInput("error.traj_import_rows", n=len(found.errors))


def _outcomes(store: Store, args: argparse.Namespace) -> None:
    from monitor.model import Trajectory
    from monitor.trajectories import core, stats

    lab = store.lab(args.lab)
    routes = core.routes(store, lab.id)
    found = stats.summary(
        store.records(lab.id, Trajectory), routes, threshold=lab.disclosure_threshold
    )
    if args.format == "json":
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        print(markdown(found, routes, args.lang or lab.language), end="")


def markdown(found: dict, routes, lang: str) -> str:
    from monitor.i18n import t
    from monitor.text import markdown_escape
    from monitor.trajectories import core, stats

    header = [t("traj.route", lang), t("traj.total", lang)]
    header += [t(f"traj.outcome.{o}", lang) for o in stats.OUTCOMES]
    lines = [f"# {t('traj.md_title', lang)}", "", t("traj.md_total", lang, n=found["total"]), ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for route, part in found["by_route"].items():
        cells = [markdown_escape(core.route_label(routes, route, lang)), str(part["total"])]
        cells += [str(part["by_outcome"][o]) for o in stats.OUTCOMES]
        lines.append("| " + " | ".join(cells) + " |")
    cells = [t("traj.total", lang), str(found["total"])]
    cells += [str(found["by_outcome"][o]) for o in stats.OUTCOMES]
    lines += ["| " + " | ".join(f"**{c}**" for c in cells) + " |", ""]
    held = found["held_back"]
    if held["routes"]:
        lines += [t("traj.md_held_back", lang, n=held["routes"], threshold=held["threshold"]), ""]
    spread = found["learning_months"]
    if spread["median"] is None:
        lines.append(t("traj.md_no_months", lang))
    else:
        number = {
            k: f"{v:.1f}".replace(".", "," if lang == "nl" else ".") for k, v in spread.items()
        }
        lines.append(t("traj.md_months", lang, **number))
    return "\n".join(lines) + "\n"


COMMANDS = {"lab": _lab, "trajectories": _trajectories, "outcomes": _outcomes}
