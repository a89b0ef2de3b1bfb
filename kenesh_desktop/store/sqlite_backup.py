"""Copies of a SQLite database through SQLite's online backup API, and what a copy holds
(engine_sqlite.py's part of backup.py).

Never a plain file copy: a copy of a WAL database taken while it is open can miss whole
tables and still pass `integrity_check`. The copy is read through the program's own
connection (the file is held in EXCLUSIVE locking mode, so no second connection could read
it), written to a temporary file, opened and checked with `PRAGMA integrity_check`, made
readable by the user only, and renamed into place. A copy is read back on an immutable
read-only connection: no lock, nothing written.

Every failure is a `CopyFailed` (backup.py turns it into a BackupError naming the database).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from kenesh_desktop import files
from kenesh_desktop.store import sqlite_file as sqlfile
from kenesh_desktop.store.sqlite_file import integrity_problems

PAGES_PER_STEP = 256  # 1 MiB at a time with 4 KiB pages: progress moves, the lock is short

Progress = Callable[[int, int], None]
"""progress(done, total): pages copied so far, pages in all."""


class CopyFailed(Exception):
    """A copy could not be made, checked or restored (its reason in the text)."""


def copy_open_database(connection: sqlite3.Connection, target: Path,
                       progress: Progress | None = None) -> None:
    """Copy the database of `connection` (the store's own) to `target`, checked."""
    try:
        _copy_checked(connection, target, progress)
    except (OSError, sqlite3.Error) as exc:
        raise CopyFailed(str(exc)) from None


def copy_file(backup: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy the database file `backup` to `target` (no database open there), checked."""
    try:
        source = sqlite3.connect(sqlfile.read_only_uri(backup), uri=True)
        try:
            _copy_checked(source, target, progress)
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise CopyFailed(str(exc)) from None


def restore_into(backup: Path, connection: sqlite3.Connection,
                 progress: Progress | None = None) -> None:
    """Replace the database of `connection` (the store's own, open and locked) by the
    copy `backup`, page by page."""
    try:
        source = sqlite3.connect(sqlfile.read_only_uri(backup), uri=True)
        try:
            source.backup(connection, pages=PAGES_PER_STEP, progress=_adapter(progress))
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise CopyFailed(str(exc)) from None


def check_copy(path: Path) -> str:
    """"ok", or what `PRAGMA integrity_check` (or opening) found wrong with a copy."""
    try:
        connection = sqlite3.connect(sqlfile.read_only_uri(path), uri=True)
        try:
            rows = integrity_problems(connection)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    return "; ".join(rows)


def contents(path: Path) -> tuple[tuple[str, ...] | None, str | None, str | None]:
    """(council names, database id, last change) of a copy; (None, None, None) if unreadable."""
    try:
        connection = sqlite3.connect(sqlfile.read_only_uri(path), uri=True)
        try:
            councils = tuple(row[0] for row in connection.execute(
                "SELECT name FROM council ORDER BY name"))
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            copy_id = last = None
            if "store_info" in tables:
                row = connection.execute(
                    "SELECT value FROM store_info WHERE key = 'database_id'").fetchone()
                copy_id = row[0] if row else None
            if "audit_entry" in tables:
                last = connection.execute("SELECT max(at) FROM audit_entry").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None, None, None
    return councils, copy_id, last


def _adapter(progress: Progress | None):
    if progress is None:
        return None

    def report(status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    return report


def _copy_checked(source: sqlite3.Connection, target: Path,
                  progress: Progress | None) -> None:
    """Copy `source` into a temporary file beside `target`, check it, rename it into place."""
    # private: the copy holds personal data (owner-only mode)
    with files.replacing(target, private=True) as temporary:
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination, pages=PAGES_PER_STEP, progress=_adapter(progress))
            # A self-contained file: no -wal beside a copy that may be carried away.
            destination.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(destination)
        finally:
            destination.close()
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"the copy fails integrity_check: {'; '.join(problems)}")
