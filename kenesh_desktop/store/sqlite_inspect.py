"""Opening a SQLite file safely: what is refused before and while the lock is taken, and
what is recognised as damage (issue 9, issue 16). engine_sqlite.py runs these in order; see
its text. SQLite-specific, like sqlite_file.py (the file-level helpers this builds on).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kenesh_desktop.store import backup, migrations
from kenesh_desktop.store import sqlite_file as sqlfile
from kenesh_desktop.store.errors import (
    CannotWrite,
    DamagedDatabase,
    DatabaseLocked,
    NewerDatabase,
    NotKeneshDatabase,
)
from kenesh_desktop.store.sqlite_file import APPLICATION_ID

FILE_MODE = 0o600
"""A new database (and every backup) is readable by its user only: it holds personal data."""


def check_file_kind(path: Path, create: bool | None) -> None:
    """Refuse, reading bytes only, what must not be opened; set aside what is ours but
    damaged before SQLite even reads it (a zeroed header, a file cut short or emptied)."""
    if path.is_dir():
        raise NotKeneshDatabase(path, "is a folder, not a database file")
    if not path.exists():
        if create is False:
            raise NotKeneshDatabase(path, "no such database")
        earlier = sqlfile.set_aside_copies(path)
        if create is None and earlier:
            raise DamagedDatabase(path, earlier[0], backup.newest_good_backup(path),
                                  "it was set aside earlier; an empty database is not made "
                                  "in its place")
        problem = sqlfile.write_problem(path)
        if problem:
            raise CannotWrite(path, problem)
        return
    try:
        header = sqlfile.read_header(path)
    except OSError as exc:
        raise NotKeneshDatabase(path, f"cannot be read ({exc.strerror or exc})") from None
    if not sqlfile.has_sqlite_header(header) or len(header) < 100:
        if header and not sqlfile.has_sqlite_header(header) and not _was_ours(path, header):
            raise NotKeneshDatabase(path, "is not a Kenesh Desktop database (not a SQLite file)")
        if header or _known(path):
            if not _was_ours(path, header):
                raise NotKeneshDatabase(path, "is not a usable SQLite database (cut short)")
            what = ("the file is empty" if not header else
                    "the file is cut short" if len(header) < 100 else
                    "the file's header is damaged")
            raise set_aside(path, what)
    problem = sqlfile.write_problem(path)
    if problem:
        raise CannotWrite(path, problem)


def _known(path: Path) -> bool:
    """A backup folder records a database at this path: what is here was ours."""
    return backup.known_database(path) is not None


def _was_ours(path: Path, header: bytes) -> bool:
    return sqlfile.header_is_ours(header) or sqlfile.has_our_schema(path) or _known(path)


def create_private(path: Path) -> bool:
    """Create a missing database file readable by its user only; True if it was created.

    SQLite gives its -wal and -journal files the mode of the database file. A missing folder
    is made here; the command line and the window refuse a --db in a missing folder before
    they get here (EXCHANGE.md: no command creates folders, except `demo`).
    """
    if path.exists():
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        return False
    except PermissionError:
        raise CannotWrite(path, CannotWrite.READ_ONLY_FOLDER) from None
    return True


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def lock_and_inspect(database, path: Path, *, check: bool = True) -> int:
    """Take the exclusive lock, refuse what is not ours, check integrity (unless `check` is
    False); returns the version.

    Nothing is written to the file here: an immediate transaction that changes nothing ends
    without writing a byte. A damaged file is closed and set aside (`DamagedDatabase`).
    """
    connection = database.connection()
    try:
        version = _inspect(connection, path)
        if check:
            _quick_check(connection)
        return version
    except _DamageFound as damage:
        _release(connection)
        database.close()
        raise set_aside(path, damage.detail) from None
    finally:
        _release(connection)


def check_now(database, path: Path) -> None:
    connection = database.connection()
    try:
        _quick_check(connection)
    except _DamageFound as damage:
        database.close()
        raise set_aside(path, damage.detail) from None


def _inspect(connection: sqlite3.Connection, path: Path) -> int:
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if sqlfile.error_name(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise DatabaseLocked(
                path,
                "is already open in another copy of Kenesh Desktop (or another program); "
                "close it there first",
            ) from None
        raise _unreadable(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from None
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%'"
            )
        }
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from None
    if application_id not in (0, APPLICATION_ID):
        raise NotKeneshDatabase(path, "is the database of another program")
    if version == 0 and tables:
        raise NotKeneshDatabase(
            path, "is a SQLite database of another program (it has no Kenesh schema)"
        )
    if version > 0 and "council" not in tables:
        raise NotKeneshDatabase(path, "is a SQLite database without the Kenesh schema")
    if version > migrations.SCHEMA_VERSION:
        raise NewerDatabase(
            path,
            f"was written by a newer Kenesh Desktop (schema version {version}; this "
            f"program knows up to {migrations.SCHEMA_VERSION}); update the program to open it",
        )
    return int(version)


def _quick_check(connection: sqlite3.Connection) -> None:
    try:
        problems = sqlfile.integrity_problems(connection, quick=True)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise _DamageFound("; ".join(problems))


class _DamageFound(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _release(connection: sqlite3.Connection) -> None:
    try:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _unreadable(path: Path, exc: Exception) -> Exception:
    """A file SQLite cannot read or lock: it cannot be written here (not damage), damaged
    when it was ours, else foreign."""
    if sqlfile.is_disk_full(exc):
        return CannotWrite(path, CannotWrite.DISK_FULL)
    if sqlfile.is_write_refusal(exc):
        problem = sqlfile.write_problem(path)
        if problem or sqlfile.error_name(exc).startswith("SQLITE_READONLY"):
            return CannotWrite(path, problem or CannotWrite.READ_ONLY_FILE)
    try:
        header = sqlfile.read_header(path)
    except OSError:
        header = b""
    if _was_ours(path, header):
        return _DamageFound(str(exc))
    return NotKeneshDatabase(path, f"is not a usable SQLite database ({exc})")


def set_aside(path: Path, detail: str) -> DamagedDatabase:
    """Rename a damaged database (and its WAL) to `<name>.damaged`; name the newest good
    backup of this database (found by its identity before the file is moved)."""
    newest = backup.newest_good_backup(path)
    damaged = sqlfile.set_aside(path)
    return DamagedDatabase(path, damaged, newest, detail)
