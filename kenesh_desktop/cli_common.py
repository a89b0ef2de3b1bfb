"""What the commands of `kenesh-desktop` share (cli.py parses and runs them): the exit codes
of the public contract (EXCHANGE.md: 0, 1, 2), the error a command raises on bad input, the
language of its messages, and opening the database a command reads.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from kenesh_desktop import files, language

PROG = "kenesh-desktop"
EXIT_OK, EXIT_VIOLATION, EXIT_BAD_INPUT = 0, 1, 2
LANGUAGES = ("ky", "ru", "en")


class UsageError(Exception):
    """Bad input found by a command itself (an unknown council, a missing database...)."""


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of `check`'s messages: the window's rule (kenesh_desktop/language.py):
    KENESH_LANG, else the language chosen in the window, else the system's when it is Kyrgyz
    or Russian, else Kyrgyz."""
    return language.user_language(environ)


def open_existing(db_path: Path | str) -> None:
    """Open a database a command reads (a file or a server); a missing file is bad input,
    never created."""
    from kenesh_desktop.store.db import is_server_address, open_database

    if not is_server_address(db_path) and not Path(db_path).exists():
        raise UsageError(f"{db_path}: no such database")
    open_database(db_path)


def import_into(db_path: Path | str, councils: list, source: Path,
                from_file: bool = True) -> list[str]:
    """Add whole councils to the database, creating it if needed; all or nothing. A database
    created for an import that is then refused is removed again (a server is never made).
    A refusal names `source`, and the JSON path in it when the councils came `from_file`."""
    from kenesh_desktop.store import writes
    from kenesh_desktop.store.db import close_database, is_server_address, open_database

    if isinstance(db_path, str) and is_server_address(db_path):
        open_database(db_path)
        try:
            return writes.import_councils(councils)
        except writes.WriteError as exc:
            raise UsageError(_refusal(source, exc, from_file)) from None
    db_path = Path(db_path)
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
            raise UsageError(_refusal(source, exc, from_file)) from None  # named by its file
        raise


def _refusal(source: Path, exc: BaseException, from_file: bool) -> str:
    """The file, the place in it when the refusal names one, and what is wrong."""
    where = getattr(exc, "values", {}).get("where") if from_file else None
    return f"{source}: {where}: {exc}" if where else f"{source}: {exc}"


def load_council(council_id: str, db_path: Path | str):
    from kenesh_desktop.cli_server import shown
    from kenesh_desktop.store import queries

    try:
        return queries.load_council(council_id)
    except LookupError:
        raise UsageError(f"{shown(db_path)}: no council with the id {council_id!r}") from None


def check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise UsageError(f"{target}: the folder {target.parent} does not exist")


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside `target` that replaces it only when the block succeeds, so a
    refused command leaves no file (and an old file intact)."""
    check_folder(target)
    with files.replacing(target) as temporary:
        yield temporary
