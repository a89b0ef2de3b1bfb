"""The command line's part for a shared server (EXCHANGE.md v2): `--db postgresql://…`
addresses, and `server init` / `server grant`, run by the server's owner.

Kept apart from cli.py, which only wires it in. Nothing here loads the PostgreSQL driver until
a server is really named.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

EXIT_OK = 0
ROLES = ("secretary", "chair", "reader")


def database_argument(text: str) -> Path | str:
    """An argparse type: a file path, or a server's address `postgresql://USER@HOST/DB`
    (kept as text: a Path would fold its "//")."""
    from kenesh_desktop.store.db import is_server_address

    if is_server_address(text):
        from kenesh_desktop.store.engine_postgres import check_address

        try:
            return check_address(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return Path(text)


def shown(target: Path | str) -> str:
    """The database as messages name it (a server's address without any password)."""
    from kenesh_desktop.store.db import is_server_address

    if is_server_address(target):
        from kenesh_desktop.store.engine_postgres import display_address

        return display_address(str(target))
    return str(target)


def add_server_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """`server init` and `server grant`, added through cli.py's `command` maker."""
    server = command("server", "set up a shared PostgreSQL server (run by its owner)")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or migrate the schema, with row-level "
                              "security on every council's rows")
    init.add_argument("--db", metavar="ADDRESS", type=database_argument,
                      help="postgresql://USER@HOST[:PORT]/DBNAME")
    grant = actions.add_parser("grant", help="let an existing login work on one council "
                               "(or all)")
    grant.add_argument("--db", metavar="ADDRESS", type=database_argument,
                       help="postgresql://USER@HOST[:PORT]/DBNAME")
    grant.add_argument("--login", required=True, metavar="NAME")
    grant.add_argument("--council", required=True, metavar="ID|all")
    grant.add_argument("--role", required=True, choices=ROLES)


def cmd_server(args: argparse.Namespace) -> int:
    """Bad input is a ValueError naming the server: cli.main turns it into exit 2."""
    from kenesh_desktop.store import postgres_server as server
    from kenesh_desktop.store.db import is_server_address

    if not is_server_address(args.db):
        raise ValueError(f"{args.db}: 'server {args.action}' needs a server's address, "
                         "postgresql://USER@HOST[:PORT]/DBNAME")
    if args.action == "init":
        result = server.init_server(args.db)
        state = ("created the schema" if result.before == 0 else
                 f"migrated the schema from version {result.before}"
                 if result.before < result.after else "the schema is up to date")
        print(f"{shown(args.db)}: {state} (version {result.after}), row-level security on "
              "every council's rows")
        return EXIT_OK
    try:
        given = server.grant(args.db, args.login, args.council, args.role)
    except server.GrantRefused as exc:
        raise ValueError(f"{shown(args.db)}: {exc}") from None
    where = "every council" if given.council == "*" else f"the council {given.council!r}"
    note = ""
    if given.council != "*" and not server.council_exists(args.db, given.council):
        note = " (no such council yet: the login may import it)" if given.role == \
            "secretary" else " (no such council yet)"
    print(f"{shown(args.db)}: {given.login} is {given.role} of {where}{note}")
    return EXIT_OK
