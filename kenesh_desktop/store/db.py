"""The one database of the process: open a SQLite file, refuse what is not ours, migrate.

Every model is bound to `db`, a `peewee.DatabaseProxy`; `open_database` points it at a file.
This module is the only place with SQLite-specific code (pragmas, the file header,
`user_version`, locking), so the rest of the store can later run on PostgreSQL unchanged.

Opening a file, in order (issue 9, "Nothing lost", and issue 16):

1. Refusals before anything is touched: a folder, a file of another program or a newer
   one is refused and left byte for byte as it was; so is a file that cannot be written
   where it is (read-only file or folder, full disk: `CannotWrite`, never taken for damage).
   A missing file is created only where no damaged one was set aside (`create`).
2. One writer. The connection runs in SQLite's EXCLUSIVE locking mode (as Anki does) and
   takes the lock at once with an immediate transaction, so a second copy of the program
   (window or command line) is refused at once with `DatabaseLocked` naming the file. The
   lock is the operating system's file lock: a crashed holder leaves nothing to delete. In
   WAL mode with exclusive locking SQLite keeps its index in memory: no `-shm` file either.
3. Integrity. `PRAGMA quick_check`; a damaged file (sqlite_file.py recognises every kind:
   bad pages, a zeroed header, a file cut short or emptied) is renamed aside to
   `<name>.damaged`, not opened, and `DamagedDatabase` names the newest good backup OF THIS
   DATABASE (its identity). The window defers this check (`check_later`): it runs on a
   second read-only connection after the window is shown, and until it has passed every
   write is refused (`NotYetChecked`).
4. A backup before a migration, then the migration steps, the database's identity settled
   (identity.py: a copy of another database gets its own), then the day's first backup.

One connection serves the whole process (peewee's `thread_safe=False` and sqlite3's
`check_same_thread=False`): a worker thread may use it, but only one thread at a time.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import peewee

from kenesh_desktop.store import field_checks, migrations
from kenesh_desktop.store import sqlite_file as sqlfile
from kenesh_desktop.store import sqlite_inspect as inspect
from kenesh_desktop.store.errors import (  # noqa: F401 - re-exported: their first home
    CannotWrite,
    DamagedDatabase,
    DatabaseLocked,
    DatabaseRefused,
    NewerDatabase,
    NotKeneshDatabase,
    NotYetChecked,
    WriteError,
)
from kenesh_desktop.store.sqlite_file import APPLICATION_ID, SQLITE_HEADER  # noqa: F401

db = peewee.DatabaseProxy()
"""What every model is bound to; `open_database` initialises it."""

MEMORY = ":memory:"
PRAGMAS = {
    "foreign_keys": 1,  # ON DELETE CASCADE and reference checks need it on every connection
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed sitting survives a power cut
    "secure_delete": 1,  # a deleted candidate's name is overwritten, not left in free pages
}
BUSY_TIMEOUT = 0.1
"""Seconds to wait for another process's lock: short, so a second copy is refused at once."""
FILE_MODE = inspect.FILE_MODE

_database: peewee.SqliteDatabase | None = None
_path: Path | None = None
_checked = True
"""False while the window's deferred integrity check has not passed: writes are refused."""
connection_lock = threading.RLock()
"""Held by a backup that reads the connection from a worker thread (backup.py), and by
`close_database`: the connection is never closed under a copy being made, and two copies
never run at once (the day's first in the background, the one on exit)."""

WriteHook = Callable[[peewee.Database, peewee.Query, Callable[[], object]], object]
write_hooks: list[WriteHook] = []
"""Called around every INSERT/UPDATE/DELETE a model query runs (audit.py records changes)."""


class KeneshDatabase(peewee.SqliteDatabase):
    """SQLite as the store uses it: write hooks, a full disk reported, no phantom rollback."""

    def execute(self, query, **context_options):
        if not _checked and isinstance(query, (peewee.Insert, peewee.Update, peewee.Delete)):
            raise NotYetChecked.keyed(
                "The database is still being checked (this takes a moment after the program "
                "starts); the change was not saved. Try again in a moment.")
        if isinstance(query, (peewee.Insert, peewee.Update)):
            field_checks.check_row(query)  # the limits, whatever module writes (issue 16)
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
    if _path is None:
        return WriteError.keyed(
            "The disk is full: the change was not saved and the records are as they were "
            "before. Free some space on the disk, then try again."
        )
    return WriteError.keyed(
        "The disk is full: the change was not saved and the records are as they were before. "
        "Free some space on the disk that holds {path}, then try again.", path=str(_path),
    )


def open_database(path: Path | str, *, daily_backup: bool = True, check_later: bool = False,
                  create: bool | None = None) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at `path` or ":memory:", migrate it, bind `db`.

    Closes the database opened before, if any. Raises a `DatabaseRefused` (a
    `peewee.DatabaseError`) naming the file: `DatabaseLocked` when another process has it
    open, `NotKeneshDatabase`, `NewerDatabase` or `CannotWrite` (the file untouched),
    `DamagedDatabase` (the file moved aside). With `daily_backup` the day's first opening
    copies the file to its backups folder (backup.py).

    `check_later` (the window): `quick_check` is not run now, so the window shows at once;
    call `deferred_check()` in a worker thread, then `finish_check(result)` in this one.
    Writes are refused until then, and the daily backup is the caller's (after the check).

    `create`: None creates a missing file unless a damaged one was set aside at this path
    (then DamagedDatabase again: the newest backup is offered, never an empty database in
    its place); True creates it anyway (the user chose an empty database); False never.
    """
    global _database, _path, _checked
    close_database()
    file_path: Path | None = None
    created = False
    if str(path) == MEMORY:
        database = KeneshDatabase(MEMORY, pragmas=PRAGMAS, thread_safe=False,
                                  check_same_thread=False, autoconnect=False)
    else:
        file_path = Path(path).expanduser()
        inspect.check_file_kind(file_path, create)
        created = inspect.create_private(file_path)
        database = KeneshDatabase(str(file_path), thread_safe=False, check_same_thread=False,
                                  autoconnect=False, timeout=BUSY_TIMEOUT)
    database.connect()
    deferred = False
    try:
        db.initialize(database)
        if file_path is not None:
            version = inspect.lock_and_inspect(database, file_path, check=not check_later)
            # A file about to be migrated is checked first, whatever the caller asked.
            if check_later and 0 < version < migrations.SCHEMA_VERSION:
                inspect.check_now(database, file_path)
            deferred = check_later and version > 0
            for name, value in PRAGMAS.items():
                database.pragma(name, value)
            if 0 < version < migrations.SCHEMA_VERSION:
                from kenesh_desktop.store import backup

                backup.backup_before_migration(database, file_path)
        _finish_opening(database)
        if deferred:
            # The main file whole (the WAL copied in), so that a second read-only connection
            # sees the database as it is while the check runs.
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            _settle(file_path)
    except peewee.OperationalError as exc:
        database.close()
        db.initialize(None)
        if created:
            inspect.remove_database_files(file_path)
        raise _open_failure(file_path, exc) from None
    except BaseException:
        database.close()
        db.initialize(None)
        if created:
            inspect.remove_database_files(file_path)
        raise
    _database, _path, _checked = database, file_path, not deferred
    if daily_backup and file_path is not None and not deferred:
        from kenesh_desktop.store import backup

        backup.daily_backup(database, file_path)
    return database


def _open_failure(path: Path | None, exc: Exception) -> Exception:
    """An error while migrating or setting up: a full disk or a read-only place is said so."""
    if path is not None and sqlfile.is_disk_full(exc):
        return CannotWrite(path, CannotWrite.DISK_FULL)
    if path is not None and sqlfile.is_write_refusal(exc):
        return CannotWrite(path, sqlfile.write_problem(path) or CannotWrite.READ_ONLY_FILE)
    return exc


def _settle(path: Path | None) -> None:
    """The database's identity decided (a copy gets its own), and the copies made before it
    had one moved into its backups folder."""
    from kenesh_desktop.store import backup, identity

    key = identity.settle_identity(path)
    if path is not None and key:
        backup.adopt_unidentified(path, key)


def _finish_opening(database: KeneshDatabase) -> None:
    """Migrate, mark the file as ours, start recording changes."""
    db.initialize(database)
    migrations.migrate(database, _SqliteVersion(database))
    if database.pragma("application_id") == 0:
        database.pragma("application_id", APPLICATION_ID)
    from kenesh_desktop.store import audit

    audit.install()


def is_checked() -> bool:
    """False while the window's deferred check of the open database has not yet passed."""
    return _checked


def deferred_check(path: Path) -> str:
    """"ok" or what is wrong with the open database at `path`, read by a second read-only
    connection (safe in a worker thread: it never touches the store's connection)."""
    return sqlfile.check_file(path)


def finish_check(result: str) -> None:
    """After `deferred_check`, in the connection's thread: "ok" lets writes in and settles
    the database's identity; anything else closes the database, sets the file aside and
    raises DamagedDatabase (naming its newest good backup)."""
    global _checked
    path = _path
    if path is None:
        return
    if result == "ok":
        _checked = True
        _settle(path)
        return
    close_database()
    raise inspect.set_aside(path, result)


def set_aside_open_database(detail: str) -> DamagedDatabase:
    """The open database was found damaged while in use (a stored text that is not UTF-8):
    close it, set it aside and return the DamagedDatabase to show."""
    path = _path
    close_database()
    if path is None:
        return DamagedDatabase(Path(MEMORY), Path(MEMORY), None, detail)
    return inspect.set_aside(path, detail)


def close_database() -> None:
    """Close the open database (if any), releasing its lock, and unbind `db`."""
    global _database, _path, _checked
    with connection_lock:
        if _database is not None and not _database.is_closed():
            _database.close()
        _database, _path, _checked = None, None, True
        db.initialize(None)


def current_path() -> Path | None:
    """The file of the open database; None when none is open or it lives in memory."""
    return _path


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
