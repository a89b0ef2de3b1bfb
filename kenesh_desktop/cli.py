"""The `kenesh-desktop` command: the window without a command, headless commands with one.

The command line is a public contract (EXCHANGE.md, "Command line"): exit 0 on success, 1 when
`check` finds a violation, 2 on bad input or usage, with ONE line on stderr naming the file,
the JSON path and what is wrong. Bad input never shows a traceback.

This module parses the command line and runs a command; the commands are in
cli_records.py (demo, import, export, check), cli_documents.py (minutes, extract, plan,
agenda, publish) and cli_server.py (`server init`/`grant`, and `--db postgresql://...`
addresses), what they share in cli_common.py. Heavy modules load only where needed:
reportlab and python-docx inside `minutes`, `extract` and `plan`, PySide6 only when the window
opens, so `check` on a server has neither to load. A document's kind is its --out suffix:
.pdf or .docx.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from kenesh_desktop import __version__, paths
from kenesh_desktop.cli_common import (
    EXIT_BAD_INPUT,
    EXIT_VIOLATION,
    LANGUAGES,
    PROG,
    UsageError,
    user_language,
)
from kenesh_desktop.cli_documents import cmd_agenda, cmd_extract, cmd_minutes, cmd_plan, cmd_publish
from kenesh_desktop.cli_records import cmd_check, cmd_demo, cmd_export, cmd_import
from kenesh_desktop.cli_server import add_server_command, cmd_server, database_argument
from kenesh_desktop.lang.text import one_line

__all__ = ["build_parser", "main", "user_language"]  # user_language: cli_common.py's


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line (its default prints the usage first)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def _iso_date(text: str) -> dt.date:
    """An argparse type: a real ISO date, so 2026-02-30 is a usage error, not a traceback."""
    from kenesh_desktop.rules.dates import parse_iso

    try:
        return parse_iso(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _year(text: str) -> int:
    if len(text) != 4 or not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a year in the form YYYY: {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Records, deadlines and documents of a Public Council of a state body, "
        "by the council's rules (by default those of Law of the Kyrgyz Republic No. 74, "
        "repealed in 2023). Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db", dest="global_db", metavar="PATH", type=database_argument,
        help="the database file (default: kenesh.sqlite3 in your data folder), or a server: "
             "postgresql://USER@HOST[:PORT]/DBNAME",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", metavar="PATH", type=database_argument,
                         help="the database file, or postgresql://USER@HOST[:PORT]/DBNAME")
        return sub

    demo = command("demo", "create a realistic demo council in the database")
    demo.add_argument(
        "--today", type=_iso_date, metavar="YYYY-MM-DD",
        help="the day the demo is built around (default: today)",
    )

    imp = command("import", "add the councils of an exchange file (all or nothing)")
    imp.add_argument("file", metavar="FILE", type=Path, help="a .kenesh.json exchange file")

    exp = command("export", "write the exchange file")
    exp.add_argument("--out", required=True, metavar="FILE", type=Path)
    exp.add_argument("--council", metavar="ID", help="only this council (default: all)")

    check = command("check", "check every rule of the law on a day")
    check.add_argument(
        "--today", type=_iso_date, metavar="YYYY-MM-DD", help="the day to check (default: today)"
    )
    check.add_argument("--json", action="store_true", help="print the findings as JSON")

    minutes = command("minutes", "the minutes of a sitting as PDF or Word (.docx)")
    minutes.add_argument("--council", required=True, metavar="ID")
    minutes.add_argument("--meeting", required=True, metavar="NUMBER", type=int)
    minutes.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx", type=Path)
    minutes.add_argument("--lang", choices=LANGUAGES, default="ky")

    extract = command("extract", "an extract from the minutes: one agenda item, certified by "
                      "the person who took the minutes, as PDF or Word (.docx)")
    extract.add_argument("--council", required=True, metavar="ID")
    extract.add_argument("--meeting", required=True, metavar="NUMBER", type=int)
    extract.add_argument("--item", required=True, metavar="K", type=int,
                         help="the item's place on the agenda, from 1")
    extract.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx", type=Path)
    extract.add_argument("--lang", choices=LANGUAGES, default="ky")

    plan = command("plan", "the annual work plan as PDF or Word (.docx)")
    plan.add_argument("--council", required=True, metavar="ID")
    plan.add_argument("--year", required=True, metavar="YYYY", type=_year)
    plan.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx", type=Path)
    plan.add_argument("--lang", choices=LANGUAGES, default="ky")

    agenda = command("agenda", "the sitting's letter to the state body with its agenda (PDF)")
    agenda.add_argument("--council", required=True, metavar="ID")
    agenda.add_argument("--meeting", required=True, metavar="NUMBER", type=int)
    agenda.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    agenda.add_argument("--lang", choices=LANGUAGES, default="ky")

    publish = command("publish", "the public pack: static pages, open data and a calendar")
    publish.add_argument("--council", required=True, metavar="ID")
    publish.add_argument("--out", required=True, metavar="DIR", type=Path,
                         help="an empty or new folder")
    publish.add_argument("--lang", choices=LANGUAGES, default="ky")
    add_server_command(command)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "minutes": cmd_minutes,
    "extract": cmd_extract,
    "plan": cmd_plan,
    "agenda": cmd_agenda,
    "publish": cmd_publish,
    "server": cmd_server,
}


def _damage_in_use(exc: BaseException) -> BaseException:
    """A stored text that is not UTF-8 is damage found while reading (issue 16): the file is
    set aside and its newest good backup named, as when damage is found on opening."""
    from kenesh_desktop.store import db as store_db
    from kenesh_desktop.store.sqlite_file import is_text_damage

    if is_text_damage(exc) and store_db.current_path() is not None:
        return store_db.set_aside_open_database(one_line(str(exc))[:200])
    return exc


def _warn_about_backup() -> None:
    """The day's backup failed: said on stderr (the command itself succeeded)."""
    from kenesh_desktop.store import backup

    if backup.last_problem:
        print(f"{PROG}: warning: the day's backup was not made: "
              f"{one_line(backup.last_problem)}", file=sys.stderr)


def _open_window(db_path: Path | str | None) -> int:
    if db_path is None:
        db_path = paths.default_database()
        db_path.parent.mkdir(parents=True, exist_ok=True)  # the program's own data folder
    if not str(db_path).startswith("postgresql:"):
        from kenesh_desktop.store.drivers import without_postgres_driver

        without_postgres_driver()  # a database file: no server driver to load (start-up)
    from kenesh_desktop.ui.app import run

    return run(db_path)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])  # str(KeyError) wraps its message in quotes
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0, 1 or 2) instead of exiting."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        return _open_window(args.global_db)
    args.db = args.db or args.global_db
    if args.db is None:
        print(f"{PROG} {args.command}: the argument --db is required", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.command != "demo" and isinstance(args.db, Path) \
            and not args.db.expanduser().parent.is_dir():
        # EXCHANGE.md v2: no command creates a folder (demo excepted).
        print(f"{PROG}: {args.db}: the folder {args.db.parent} does not exist",
              file=sys.stderr)
        return EXIT_BAD_INPUT

    import peewee

    from kenesh_desktop.store.db import close_database

    try:
        status = COMMANDS[args.command](args)
        _warn_about_backup()
        return status
    except BrokenPipeError:
        # The reader went away (`check | head`): not bad input, and nothing left to say.
        # Point stdout at devnull so the interpreter's final flush does not complain.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_VIOLATION
    except (UsageError, ValueError, LookupError, OSError, OverflowError,
            peewee.PeeweeException, sqlite3.Error) as exc:
        # ExchangeError and WriteError are ValueErrors; a refused database is a peewee error.
        exc = _damage_in_use(exc)
        print(f"{PROG}: {one_line(_error_text(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        close_database()
