"""`labmonitor db`: the PostgreSQL database of a shared server (schema, moving a folder in)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from monitor.errors import StoreError
from monitor.store_api import database_url


def register(commands, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", help="the PostgreSQL database: create or migrate, copy into")
    actions = db.add_subparsers(dest="db_command", required=True)
    cmd = actions.add_parser(
        "upgrade",
        help="create the tables or migrate them to this version (refuses a newer database)",
    )
    cmd.add_argument(
        "--database-url",
        help="postgresql://... (default: $LABMONITOR_DATABASE_URL, else secrets.toml)",
    )
    cmd = actions.add_parser(
        "copy",
        help="copy every lab of a folder store into the database and verify the copy",
    )
    cmd.add_argument("--from", dest="source", required=True, type=Path, help="store folder")
    cmd.add_argument("--to", dest="target", help="postgresql://... (default: as for upgrade)")
    cmd.add_argument(
        "--replace", action="store_true", help="replace labs the database already holds"
    )


def _url(given: str | None) -> str:
    url = given or database_url()
    if not url:
        raise StoreError("error.db_no_url")
    return url


def _db(args: argparse.Namespace) -> None:
    from monitor import pgstore
    from monitor.i18n import t

    lang = os.environ.get("LABMONITOR_LANG", "en")
    if args.db_command == "upgrade":
        url = _url(args.database_url)
        before, after = pgstore.upgrade(url)
        key = "db.current" if before == after else "db.upgraded"
        print(t(key, lang, url=pgstore.safe_url(url), before=before, after=after))
        return
    from monitor.store import Store

    if not (args.source / "catalog.json").is_file():
        raise StoreError("error.store_dir", path=str(args.source), reason="no catalog.json")
    source = Store(args.source)
    target = pgstore.PgStore(_url(args.target))
    for lab, n in pgstore.copy_folder_store(source, target, replace=args.replace):
        print(t("db.copied", lang, id=lab.id, name=lab.name, n=n))


COMMANDS: dict = {}
RAW_COMMANDS = {"db": _db}
