"""`labmonitor history`: the lab's learning history from its agenda snapshots."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from monitor.store import Store


def register(commands, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "history",
        parents=[common],
        help="the learning history: agenda snapshots and the life of each question",
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


def _history(store: Store, args: argparse.Namespace) -> None:
    from monitor import history

    lab = store.lab(args.lab)
    found = history.learning_history(store, lab, dt.date.today())
    if args.format == "md":
        print(history.to_markdown(found, args.lang or lab.language), end="")
    else:
        print(json.dumps(history.to_json(found), ensure_ascii=False, indent=2))


COMMANDS = {"history": _history}
