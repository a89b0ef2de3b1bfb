"""The one database of the process: open a SQLite file, refuse what is not ours, migrate.

Every model is bound to `db`, a `peewee.DatabaseProxy`; `open_database` points it at a file.
This module is the only place with SQLite-specific code (pragmas, the file header,
`user_version`), so the rest of the store can later run on PostgreSQL unchanged. A later
step adds the lock file and the backup copy before migrations: hook them into
`open_database`, the single way in.

One connection serves the whole process (peewee's `thread_safe=False` and sqlite3's
`check_same_thread=False`): a worker thread may use it, but only one thread at a time.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import peewee

from kenesh_desktop.store import migrations

db = peewee.DatabaseProxy()
"""What every model is bound to; `open_database` initialises it."""

MEMORY = ":memory:"
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x4B4E5348  # "KNSH" in the file header: marks a Kenesh database
PRAGMAS = {
    "foreign_keys": 1,  # ON DELETE CASCADE and reference checks need it on every connection
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed sitting survives a power cut
}

_database: peewee.SqliteDatabase | None = None
_path: Path | None = None


class DatabaseRefused(peewee.DatabaseError):
    """The file was not opened and was left exactly as it was."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class NotKeneshDatabase(DatabaseRefused):
    """The file is not SQLite, or is a SQLite database of another program."""


class NewerDatabase(DatabaseRefused):
    """The file was written by a newer Kenesh Desktop (its schema version is ahead of ours)."""


def open_database(path: Path | str) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at `path` or ":memory:", migrate it, bind `db`.

    Closes the database opened before, if any. Raises `DatabaseRefused` (a
    `peewee.DatabaseError`) naming the file when it is not a Kenesh database or is newer than
    this program; the file is not touched then.
    """
    global _database, _path
    close_database()
    if str(path) == MEMORY:
        target = MEMORY
        file_path = None
    else:
        file_path = Path(path).expanduser()
        _inspect_existing(file_path)
        file_path.parent.mkdir(parents=True, exist_ok=True)
        target = str(file_path)
    database = peewee.SqliteDatabase(
        target,
        pragmas=PRAGMAS,
        thread_safe=False,
        check_same_thread=False,
        autoconnect=False,
    )
    database.connect()
    try:
        db.initialize(database)
        migrations.migrate(database, _SqliteVersion(database))
        if database.pragma("application_id") == 0:
            database.pragma("application_id", APPLICATION_ID)
    except BaseException:
        database.close()
        db.initialize(None)
        raise
    _database, _path = database, file_path
    return database


def close_database() -> None:
    """Close the open database (if any) and unbind `db`."""
    global _database, _path
    if _database is not None and not _database.is_closed():
        _database.close()
    _database, _path = None, None
    db.initialize(None)


def current_path() -> Path | None:
    """The file of the open database; None when none is open or it lives in memory."""
    return _path


def is_open() -> bool:
    return _database is not None and not _database.is_closed()


def _inspect_existing(path: Path) -> None:
    """Refuse a file that is not ours, reading it only (never writing a byte to it)."""
    if path.is_dir():
        raise NotKeneshDatabase(path, "is a folder, not a database file")
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotKeneshDatabase(path, f"cannot be read ({exc.strerror or exc})") from None
    if not header:
        return  # an empty file is a new SQLite database
    if header != SQLITE_HEADER:
        raise NotKeneshDatabase(path, "is not a Kenesh Desktop database (not a SQLite file)")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise NotKeneshDatabase(path, f"is not a usable SQLite database ({exc})") from None
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
            f"was written by a newer Kenesh Desktop (schema version {version}; this program "
            f"knows up to {migrations.SCHEMA_VERSION}); update the program to open it",
        )


class _SqliteVersion:
    """The schema version kept in SQLite's `PRAGMA user_version`, and the foreign-key switch."""

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self.database = database

    def get(self) -> int:
        return int(self.database.pragma("user_version"))

    def set(self, version: int) -> None:
        # user_version is part of the transaction: a failed step leaves the old number.
        self.database.pragma("user_version", int(version))

    @contextmanager
    def foreign_keys_off(self):
        """Foreign keys off around a table rebuild (see migrations.py for why).

        The pragma is a no-op inside a transaction, so this wraps the step's transaction.
        """
        self.database.pragma("foreign_keys", 0)
        try:
            yield
        finally:
            self.database.pragma("foreign_keys", 1)

    def foreign_key_problems(self) -> list[tuple]:
        return list(self.database.execute_sql("PRAGMA foreign_key_check").fetchall())
