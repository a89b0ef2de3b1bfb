"""The one database of the process: open a SQLite file, refuse what is not ours, migrate.

Every model is bound to `db`, a `peewee.DatabaseProxy`; `open_database` points it at a file.
This module is the only place with SQLite-specific code (pragmas, the file header,
`user_version`, locking), so the rest of the store can later run on PostgreSQL unchanged.

Opening a file, in order (issue 9, "Nothing lost"):

1. One writer. The connection runs in SQLite's EXCLUSIVE locking mode (as Anki does) and
   takes the lock at once with an immediate transaction, so a second copy of the program
   (window or command line) is refused at once with `DatabaseLocked` naming the file. The
   lock is the operating system's file lock: a crashed holder leaves nothing to delete. In
   WAL mode with exclusive locking SQLite keeps its index in memory: no `-shm` file either.
2. Refusals. A file that is not a Kenesh database, or is newer than this program, is
   refused and left byte for byte as it was (nothing is written before these checks).
3. Integrity. `PRAGMA quick_check`; a damaged file is renamed aside to `<name>.damaged`, not
   opened, and `DamagedDatabase` names the newest good backup.
4. A backup before a migration, then the migration steps, then the day's first backup.

One connection serves the whole process (peewee's `thread_safe=False` and sqlite3's
`check_same_thread=False`): a worker thread may use it, but only one thread at a time.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
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
    "secure_delete": 1,  # a deleted candidate's name is overwritten, not left in free pages
}
BUSY_TIMEOUT = 0.1
"""Seconds to wait for another process's lock: short, so a second copy is refused at once."""
FILE_MODE = 0o600
"""A new database (and every backup) is readable by its user only: it holds personal data."""

_database: peewee.Database | None = None
_path: Path | None = None
_address: str | None = None

WriteHook = Callable[[peewee.Database, peewee.Query, Callable[[], object]], object]
write_hooks: list[WriteHook] = []
"""Called around every INSERT/UPDATE/DELETE a model query runs (audit.py records changes)."""


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


class DatabaseLocked(DatabaseRefused):
    """Another copy of the program (or another program) has the file open."""


class DamagedDatabase(DatabaseRefused):
    """The file failed `quick_check`; it was renamed to `damaged_path` and not opened.

    `backup` is the newest backup that passes `integrity_check`, or None.
    """

    def __init__(self, path: Path, damaged_path: Path, backup: Path | None, detail: str):
        offer = (
            f"the newest good backup is {backup}" if backup else "there is no backup of it"
        )
        super().__init__(
            path,
            f"is damaged ({detail}); it was moved aside to {damaged_path} and not opened; "
            f"{offer}",
        )
        self.damaged_path = damaged_path
        self.backup = backup
        self.detail = detail


class KeneshDatabase(peewee.SqliteDatabase):
    """SQLite as the store uses it: write hooks, a full disk reported, no phantom rollback."""

    def execute(self, query, **context_options):
        if write_hooks and isinstance(query, (peewee.Insert, peewee.Update, peewee.Delete)):
            run = _chain(write_hooks, self, query,
                         lambda: super(KeneshDatabase, self).execute(query, **context_options))
            return run()
        return super().execute(query, **context_options)

    def execute_sql(self, sql, params=None):
        if sql.lstrip().upper().startswith("ROLLBACK") and not self._in_transaction():
            return None  # SQLite already rolled back (a full disk does that); nothing to undo
        try:
            return super().execute_sql(sql, params)
        except peewee.OperationalError as exc:
            raise _disk_full(exc) or exc from None

    def commit(self):
        try:
            return super().commit()
        except peewee.OperationalError as exc:
            raise _disk_full(exc) or exc from None

    def rollback(self):
        # After SQLITE_FULL (or an I/O error) SQLite may have rolled the whole transaction
        # back itself: a ROLLBACK then fails and would hide the real error.
        if self._in_transaction():
            super().rollback()

    def _in_transaction(self) -> bool:
        return not self.is_closed() and self.connection().in_transaction


def _chain(hooks: list[WriteHook], database, query, run: Callable[[], object]):
    for hook in reversed(hooks):
        run = (lambda h, inner: lambda: h(database, query, inner))(hook, run)
    return run


def _disk_full(exc: Exception) -> Exception | None:
    """A full disk becomes a WriteError the window shows (issue 9: the user is told)."""
    text = str(exc).lower()
    if "full" not in text:
        return None
    from kenesh_desktop.store.writes import WriteError  # writes imports this module

    if _path is None:
        return WriteError.keyed(
            "The disk is full: the change was not saved and the records are as they were "
            "before. Free some space on the disk, then try again."
        )
    return WriteError.keyed(
        "The disk is full: the change was not saved and the records are as they were before. "
        "Free some space on the disk that holds {path}, then try again.", path=str(_path),
    )


SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(target: object) -> bool:
    """True for a PostgreSQL server's address, False for a file path (or ":memory:")."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def open_database(path: Path | str, *, daily_backup: bool = True,
                  password: str | None = None) -> peewee.Database:
    """Open (creating if needed) the database at `path` or ":memory:", migrate it, bind `db`.

    `path` may also be a server's address, `postgresql://USER@HOST[:PORT]/DBNAME`
    (engine_postgres.py): its schema must have been made by `server init`; `password` is
    used for this connection only (else libpq finds it: PGPASSWORD, ~/.pgpass).

    Closes the database opened before, if any. Raises a `DatabaseRefused` (a
    `peewee.DatabaseError`) naming the file: `DatabaseLocked` when another process has it
    open, `NotKeneshDatabase` or `NewerDatabase` (the file untouched), `DamagedDatabase` (the
    file moved aside). With `daily_backup` the day's first opening copies the file to the
    backups folder (backup.py).
    """
    global _database, _path, _address
    close_database()
    if is_server_address(path):
        from kenesh_desktop.store import engine_postgres

        server = engine_postgres.open_server(str(path), password)
        db.initialize(server)
        _start_recording()
        _database, _address = server, server.address
        return server
    file_path: Path | None = None
    created = False
    if str(path) == MEMORY:
        database = KeneshDatabase(MEMORY, pragmas=PRAGMAS, thread_safe=False,
                                  check_same_thread=False, autoconnect=False)
    else:
        file_path = Path(path).expanduser()
        _check_file_kind(file_path)
        created = _create_private(file_path)
        database = KeneshDatabase(str(file_path), thread_safe=False, check_same_thread=False,
                                  autoconnect=False, timeout=BUSY_TIMEOUT)
    database.connect()
    try:
        db.initialize(database)
        if file_path is not None:
            version = _lock_and_inspect(database, file_path)
            for name, value in PRAGMAS.items():
                database.pragma(name, value)
            if 0 < version < migrations.SCHEMA_VERSION:
                from kenesh_desktop.store import backup

                backup.backup_open_database(database, file_path)
        _finish_opening(database)
    except BaseException:
        database.close()
        db.initialize(None)
        if created:
            _remove_database_files(file_path)
        raise
    _database, _path = database, file_path
    if daily_backup and file_path is not None:
        from kenesh_desktop.store import backup

        backup.daily_backup(database, file_path)
    return database


def _finish_opening(database: KeneshDatabase) -> None:
    """Migrate, mark the file as ours, start recording changes."""
    db.initialize(database)
    migrations.migrate(database, _SqliteVersion(database))
    if database.pragma("application_id") == 0:
        database.pragma("application_id", APPLICATION_ID)
    _start_recording()


def _start_recording() -> None:
    """The write hooks of every engine: the audit trail and the records' versions."""
    from kenesh_desktop.store import audit, versions

    audit.install()
    versions.install()


def close_database() -> None:
    """Close the open database (if any), releasing its lock, and unbind `db`."""
    global _database, _path, _address
    if _database is not None and not _database.is_closed():
        _database.close()
    _database, _path, _address = None, None, None
    db.initialize(None)


def current_path() -> Path | None:
    """The file of the open database; None when none is open or it lives in memory."""
    return _path


def current_address() -> str | None:
    """The server's address (without a password) when a server is open, else None."""
    return _address


def current_database() -> peewee.SqliteDatabase | None:
    """The open database (its connection is the one backups read through)."""
    return _database if is_open() else None


def is_open() -> bool:
    return _database is not None and not _database.is_closed()


_SYNCED = {"dropbox", "google drive", "googledrive", "my drive", "icloud drive", "icloud",
           "mobile documents", "yandex.disk", "yandexdisk", "mega", "box", "box sync"}
_SYNCED_PREFIXES = ("onedrive", "dropbox (")  # "OneDrive - Ministry", "Dropbox (Team)"


def location_warning(path: Path | str) -> str | None:
    """A warning when the database sits in a cloud-synced or network folder, else None.

    SQLite's WAL mode needs shared memory on a local disk: on a network share two writers can
    corrupt the file, and a sync client can upload half-written states or create conflicting
    copies. The window shows this text; the file still opens.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return (
            f"{path} is on a network share. Kenesh Desktop keeps its database safe only on "
            "this computer's own disk: move it to a local folder and keep copies with "
            "File → Backups…"
        )
    for part in re.split(r"[\\/]+", text):
        folded = part.casefold()
        if folded in _SYNCED or folded.startswith(_SYNCED_PREFIXES):
            return (
                f"{path} is in a cloud-synced folder ({part}). Syncing an open database can "
                "damage it or make conflicting copies: move it to a folder that is not synced "
                "and keep copies with File → Backups…"
            )
    return None


def _check_file_kind(path: Path) -> None:
    """Refuse a folder or a file without SQLite's header, reading bytes only."""
    if path.is_dir():
        raise NotKeneshDatabase(path, "is a folder, not a database file")
    if not path.exists():
        return
    header = _read_header(path)
    if header and header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotKeneshDatabase(path, "is not a Kenesh Desktop database (not a SQLite file)")


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as exc:
        raise NotKeneshDatabase(path, f"cannot be read ({exc.strerror or exc})") from None


def _header_is_ours(path: Path) -> bool:
    """The application id at offset 68 of the header (readable even when pages are damaged)."""
    header = _read_header(path)
    return len(header) >= 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _create_private(path: Path) -> bool:
    """Create a missing database file readable by its user only; True if it was created.

    SQLite gives its -wal and -journal files the mode of the database file.
    """
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        return False
    return True


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _lock_and_inspect(database: KeneshDatabase, path: Path) -> int:
    """Take the exclusive lock, refuse what is not ours, check integrity; returns the version.

    Nothing is written to the file here: an immediate transaction that changes nothing ends
    without writing a byte. A damaged file is closed and set aside (`DamagedDatabase`).
    """
    connection = database.connection()
    try:
        return _inspect(connection, path)
    except _DamageFound as damage:
        _release(connection)
        database.close()
        raise _set_aside(path, damage.detail) from None
    finally:
        _release(connection)


def _inspect(connection: sqlite3.Connection, path: Path) -> int:
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
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
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise _DamageFound("; ".join(problems))
    return int(version)


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
    """A file SQLite cannot read: damaged when its header says it is ours, else foreign."""
    if _header_is_ours(path):
        return _DamageFound(str(exc))
    return NotKeneshDatabase(path, f"is not a usable SQLite database ({exc})")


def _set_aside(path: Path, detail: str) -> DamagedDatabase:
    """Rename a damaged database (and its WAL) to `<name>.damaged`; name the newest backup."""
    from kenesh_desktop.store import backup

    damaged = path.with_name(f"{path.name}.damaged")
    number = 2
    while damaged.exists():
        damaged = path.with_name(f"{path.name}.{number}.damaged")
        number += 1
    os.replace(path, damaged)
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{damaged}{suffix}"))
    Path(f"{path}-shm").unlink(missing_ok=True)
    return DamagedDatabase(path, damaged, backup.newest_good_backup(path), detail)


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
