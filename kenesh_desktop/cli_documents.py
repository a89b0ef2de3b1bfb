"""The commands that write a council's documents: `minutes`, `extract`, `plan` (a PDF, or a
Word copy by the --out suffix), `agenda` (the letter) and `publish` (the public pack). cli.py
parses them; reportlab and python-docx load only inside each command."""

from __future__ import annotations

import argparse
from pathlib import Path

from kenesh_desktop.cli_common import (
    EXIT_OK,
    UsageError,
    load_council,
    open_existing,
    replacing,
)
from kenesh_desktop.cli_server import shown


def _document_format(out: Path) -> str:
    """"pdf" or "docx" by the suffix of --out; any other suffix is bad input (exit 2)."""
    from kenesh_desktop.documents.formats import format_of

    return format_of(out)


def _sitting(args: argparse.Namespace):
    """The council and its sitting number --meeting, or bad input naming what is missing."""
    open_existing(args.db)
    council = load_council(args.council, args.db)
    meeting = council.meeting_by_number(args.meeting)
    if meeting is None:
        raise UsageError(f"{shown(args.db)}: council {council.id!r} has no sitting number "
                         f"{args.meeting}")
    return council, meeting


def _rulebook(council):
    return council.followed_rulebook


def cmd_minutes(args: argparse.Namespace) -> int:
    fmt = _document_format(args.out)
    council, meeting = _sitting(args)
    from kenesh_desktop.documents.minutes import write_minutes

    with replacing(args.out) as temporary:
        write_minutes(council, meeting.id, temporary, args.lang, _rulebook(council), fmt)
    print(f"wrote the minutes of sitting {meeting.number} ({meeting.date.isoformat()}) "
          f"to {args.out}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    fmt = _document_format(args.out)
    council, meeting = _sitting(args)
    if not 1 <= args.item <= len(meeting.items):
        raise UsageError(f"{shown(args.db)}: sitting {meeting.number} of council "
                         f"{council.id!r} has no agenda item {args.item} "
                         f"(it has {len(meeting.items)})")
    from kenesh_desktop.documents.extract import write_extract

    with replacing(args.out) as temporary:
        write_extract(council, meeting.id, args.item - 1, temporary, args.lang,
                      _rulebook(council), fmt)
    print(f"wrote the extract of item {args.item} of sitting {meeting.number} "
          f"({meeting.date.isoformat()}) to {args.out}")
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    fmt = _document_format(args.out)
    open_existing(args.db)
    council = load_council(args.council, args.db)
    if council.plan(args.year) is None:
        raise UsageError(f"{shown(args.db)}: council {council.id!r} has no work plan for "
                         f"{args.year}")
    from kenesh_desktop.documents.annual_plan import build_plan

    with replacing(args.out) as temporary:
        build_plan(council, args.year, temporary, args.lang, _rulebook(council), fmt=fmt)
    print(f"wrote the work plan for {args.year} to {args.out}")
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    council, meeting = _sitting(args)
    from kenesh_desktop.documents.agenda_letter import build_agenda_letter

    with replacing(args.out) as temporary:
        build_agenda_letter(council, meeting.id, temporary, lang=args.lang)
    print(f"wrote the letter with the agenda of sitting {meeting.number} "
          f"({meeting.date.isoformat()}) to {args.out}")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from kenesh_desktop.documents.public_pack import check_target, publish_pack

    open_existing(args.db)
    council = load_council(args.council, args.db)
    check_target(args.out)
    index = publish_pack(council, args.out, lang=args.lang)
    pages = sum(1 for _ in args.out.glob("*.html"))
    print(f"wrote the public pack of {council.id} ({pages} pages, open data, calendar) to "
          f"{args.out}; open {index}")
    return EXIT_OK
