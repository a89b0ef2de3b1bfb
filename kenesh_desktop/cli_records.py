"""The commands that move whole councils in and out of a database and check them: `demo`,
`import`, `export` and `check` (cli.py parses them; the exchange file's contract is
EXCHANGE.md's)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from kenesh_desktop.cli_common import (
    EXIT_OK,
    EXIT_VIOLATION,
    check_folder,
    import_into,
    load_council,
    open_existing,
    user_language,
)
from kenesh_desktop.cli_server import shown


def cmd_demo(args: argparse.Namespace) -> int:
    from kenesh_desktop.demo import demo_council

    council = demo_council(args.today)
    args.db.parent.mkdir(parents=True, exist_ok=True)  # the one command that makes its folder
    import_into(args.db, [council], args.db, from_file=False)
    print(
        f"created the demo council {council.id}: {len(council.members)} members, "
        f"{len(council.meetings)} sittings, {len(council.requests)} requests, "
        f"term {council.terms[0].start.isoformat()} to {council.terms[0].end.isoformat()} "
        f"in {shown(args.db)}"
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from kenesh_desktop.store.exchange import load_exchange_file

    # Read and validate the whole file before the database is even opened: all or nothing.
    councils = load_exchange_file(args.file)
    added = import_into(args.db, councils, args.file)
    print(f"imported {len(added)} council(s) into {shown(args.db)}: "
          f"{', '.join(added) or '-'}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kenesh_desktop.store import queries
    from kenesh_desktop.store.exchange import dump_exchange_file

    open_existing(args.db)
    if args.council:
        councils = [load_council(args.council, args.db)]
    else:
        councils = queries.load_all()
    check_folder(args.out)
    dump_exchange_file(councils, args.out)
    print(f"wrote {len(councils)} council(s) to {args.out}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kenesh_desktop.rules.checks import run_checks
    from kenesh_desktop.rules.findings import VIOLATION
    from kenesh_desktop.rules.messages import finding_message
    from kenesh_desktop.store import queries

    today = args.today or dt.date.today()
    open_existing(args.db)
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
