"""The `kenesh-desktop` command: the window without a command, headless commands with one.

The command line is a public contract (EXCHANGE.md, "Command line"): exit 0 on success, 1 when
`check` finds a violation, 2 on bad input or usage, with ONE line on stderr naming the file,
the JSON path and what is wrong. Bad input never shows a traceback.

Heavy modules load only where needed: reportlab and python-docx inside `minutes`,
`extract` and `plan`, PySide6 only when the window opens, so `check` on a server has neither
to load. A document's kind is its --out suffix: .pdf or .docx.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from kenesh_desktop import __version__, files, language, paths
from kenesh_desktop.lang.text import one_line

PROG = "kenesh-desktop"
EXIT_OK, EXIT_VIOLATION, EXIT_BAD_INPUT = 0, 1, 2
LANGUAGES = ("ky", "ru", "en")


class UsageError(Exception):
    """Bad input found by a command itself (an unknown council, a missing database...)."""


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
        "--db", dest="global_db", metavar="PATH", type=Path,
        help="the database file (default: kenesh.sqlite3 in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", metavar="PATH", type=Path, help="the database file")
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
    return parser


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of `check`'s messages: the window's rule (kenesh_desktop/language.py):
    KENESH_LANG, else the language chosen in the window, else the system's when it is Kyrgyz
    or Russian, else Kyrgyz."""
    return language.user_language(environ)


# ---------------------------------------------------------------- the commands


def _open_existing(db_path: Path) -> None:
    """Open a database a command reads; a missing file is bad input, never created."""
    from kenesh_desktop.store.db import open_database

    if not db_path.exists():
        raise UsageError(f"{db_path}: no such database")
    open_database(db_path)


def _import_into(db_path: Path, councils: list, source: Path) -> list[str]:
    """Add whole councils to the database, creating it if needed; all or nothing. A database
    created for an import that is then refused is removed again."""
    from kenesh_desktop.store import writes
    from kenesh_desktop.store.db import close_database, open_database

    created = not db_path.exists()
    open_database(db_path)
    try:
        return writes.import_councils(councils)
    except BaseException as exc:
        # Whatever stopped it, a database made for this import goes again (issue 16).
        close_database()
        if created:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        if isinstance(exc, ValueError | OverflowError | LookupError):
            raise UsageError(f"{source}: {exc}") from None  # bad input, named by its file
        raise


def _load_council(council_id: str, db_path: Path):
    from kenesh_desktop.store import queries

    try:
        return queries.load_council(council_id)
    except LookupError:
        raise UsageError(f"{db_path}: no council with the id {council_id!r}") from None


def _check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise UsageError(f"{target}: the folder {target.parent} does not exist")


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside `target` that replaces it only when the block succeeds, so a
    refused command leaves no file (and an old file intact)."""
    _check_folder(target)
    with files.replacing(target) as temporary:
        yield temporary


def cmd_demo(args: argparse.Namespace) -> int:
    from kenesh_desktop.demo import demo_council

    council = demo_council(args.today)
    args.db.parent.mkdir(parents=True, exist_ok=True)  # the one command that makes its folder
    _import_into(args.db, [council], args.db)
    print(
        f"created the demo council {council.id}: {len(council.members)} members, "
        f"{len(council.meetings)} sittings, {len(council.requests)} requests, "
        f"term {council.terms[0].start.isoformat()} to {council.terms[0].end.isoformat()} "
        f"in {args.db}"
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from kenesh_desktop.store.exchange import load_exchange_file

    # Read and validate the whole file before the database is even opened: all or nothing.
    councils = load_exchange_file(args.file)
    added = _import_into(args.db, councils, args.file)
    print(f"imported {len(added)} council(s) into {args.db}: {', '.join(added) or '-'}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kenesh_desktop.store import queries
    from kenesh_desktop.store.exchange import dump_exchange_file

    _open_existing(args.db)
    if args.council:
        councils = [_load_council(args.council, args.db)]
    else:
        councils = queries.load_all()
    _check_folder(args.out)
    dump_exchange_file(councils, args.out)
    print(f"wrote {len(councils)} council(s) to {args.out}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kenesh_desktop.rules.checks import run_checks
    from kenesh_desktop.rules.findings import VIOLATION
    from kenesh_desktop.rules.messages import finding_message
    from kenesh_desktop.store import queries

    today = args.today or dt.date.today()
    _open_existing(args.db)
    # Only what the rules read (no agenda items, votes or guests): issue 11, `check` < 2 s.
    findings = run_checks(queries.load_for_checks(), today)
    lang = user_language()
    if args.json:
        document = {
            "today": today.isoformat(),
            "findings": [
                {
                    "rule": f.rule,
                    "article": f.article,
                    "severity": f.severity,
                    "council": f.council,
                    "subject": f.subject,
                    "due": f.due.isoformat() if f.due else None,
                    "message": finding_message(f, lang),
                }
                for f in findings
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        # run_checks orders by (due or today, council, rule, subject): a secretary's agenda.
        for f in findings:
            day = (f.due or today).isoformat()
            print(f"{day}  {f.severity}  {f.council}  {f.subject}  {finding_message(f, lang)}")
        if not findings:
            print(f"{today.isoformat()}  no findings")
    return EXIT_VIOLATION if any(f.severity == VIOLATION for f in findings) else EXIT_OK


def _document_format(out: Path) -> str:
    """"pdf" or "docx" by the suffix of --out; any other suffix is bad input (exit 2)."""
    from kenesh_desktop.documents.formats import format_of

    return format_of(out)


def _sitting(args: argparse.Namespace):
    """The council and its sitting number --meeting, or bad input naming what is missing."""
    _open_existing(args.db)
    council = _load_council(args.council, args.db)
    meeting = council.meeting_by_number(args.meeting)
    if meeting is None:
        raise UsageError(f"{args.db}: council {council.id!r} has no sitting number {args.meeting}")
    return council, meeting


def _rulebook(council):
    return council.followed_rulebook


def cmd_minutes(args: argparse.Namespace) -> int:
    fmt = _document_format(args.out)
    council, meeting = _sitting(args)
    from kenesh_desktop.documents.minutes import write_minutes

    with _replacing(args.out) as temporary:
        write_minutes(council, meeting.id, temporary, args.lang, _rulebook(council), fmt)
    print(f"wrote the minutes of sitting {meeting.number} ({meeting.date.isoformat()}) "
          f"to {args.out}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    fmt = _document_format(args.out)
    council, meeting = _sitting(args)
    if not 1 <= args.item <= len(meeting.items):
        raise UsageError(f"{args.db}: sitting {meeting.number} of council {council.id!r} has "
                         f"no agenda item {args.item} (it has {len(meeting.items)})")
    from kenesh_desktop.documents.extract import write_extract

    with _replacing(args.out) as temporary:
        write_extract(council, meeting.id, args.item - 1, temporary, args.lang,
                      _rulebook(council), fmt)
    print(f"wrote the extract of item {args.item} of sitting {meeting.number} "
          f"({meeting.date.isoformat()}) to {args.out}")
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    fmt = _document_format(args.out)
    _open_existing(args.db)
    council = _load_council(args.council, args.db)
    if council.plan(args.year) is None:
        raise UsageError(f"{args.db}: council {council.id!r} has no work plan for {args.year}")
    from kenesh_desktop.documents.annual_plan import build_plan

    with _replacing(args.out) as temporary:
        build_plan(council, args.year, temporary, args.lang, _rulebook(council), fmt=fmt)
    print(f"wrote the work plan for {args.year} to {args.out}")
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    _open_existing(args.db)
    council = _load_council(args.council, args.db)
    meeting = council.meeting_by_number(args.meeting)
    if meeting is None:
        raise UsageError(f"{args.db}: council {council.id!r} has no sitting number {args.meeting}")
    from kenesh_desktop.documents.agenda_letter import build_agenda_letter

    with _replacing(args.out) as temporary:
        build_agenda_letter(council, meeting.id, temporary, lang=args.lang)
    print(f"wrote the letter with the agenda of sitting {meeting.number} "
          f"({meeting.date.isoformat()}) to {args.out}")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from kenesh_desktop.documents.public_pack import check_target, publish_pack

    _open_existing(args.db)
    council = _load_council(args.council, args.db)
    check_target(args.out)
    index = publish_pack(council, args.out, lang=args.lang)
    pages = sum(1 for _ in args.out.glob("*.html"))
    print(f"wrote the public pack of {council.id} ({pages} pages, open data, calendar) to "
          f"{args.out}; open {index}")
    return EXIT_OK


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


def _open_window(db_path: Path | None) -> int:
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
    if args.command != "demo" and not args.db.expanduser().parent.is_dir():
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
