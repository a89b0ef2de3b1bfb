"""SQLite as the store's engine: one laptop, one file, one writer. Everything here is specific
to SQLite; the rest of the store runs on it unchanged through peewee, as it does on a server
(engine_postgres.py). Its helpers: sqlite_file.py (the file itself: header, damage, read-only
places), sqlite_inspect.py (what opening refuses), sqlite_backup.py (SQLite's backup API).

Opening a file (`open_file`), in order (issue 9, "Nothing lost", and issue 16):

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
4. A backup before a migration, then the migration steps (the schema version is SQLite's
   `user_version`), the database's identity settled (identity.py: a copy of another
   database gets its own).

One connection serves the whole process (peewee's `thread_safe=False` and sqlite3's
`check_same_thread=False`): a worker thread may use it, but only one thread at a time.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import peewee

from kenesh_desktop.store import backup, backup_folders, binding, field_checks, identity, migrations
from kenesh_desktop.store import models as m
from kenesh_desktop.store import sqlite_file as sqlfile
from kenesh_desktop.store import sqlite_inspect as inspect
from kenesh_desktop.store.errors import CannotWrite, DamagedDatabase, NotYetChecked, WriteError
from kenesh_desktop.store.sqlite_file import APPLICATION_ID

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


class KeneshDatabase(peewee.SqliteDatabase):
    """SQLite as the store uses it: the limits and the write hooks on every write, a full
    disk reported, no phantom rollback, the ids an INSERT made, writes refused until the
    deferred check has passed (`checked`)."""

    alters_columns_in_place = False  # migrations: SQLite rebuilds a table instead
    checked = True
    """False while the window's deferred integrity check has not passed: writes refused."""

    def execute(self, query, **context_options):
        if isinstance(query, binding.WRITES):
            if not self.checked:
                raise NotYetChecked.keyed(
                    "The database is still being checked (this takes a moment after the "
                    "program starts); the change was not saved. Try again in a moment.")
            return field_checks.run_write(self, query, lambda: super(
                KeneshDatabase, self).execute(query, **context_options))
        return super().execute(query, **context_options)

    def who(self) -> str:
        """Who changes the records (the audit trail): the operating-system user."""
        try:
            return getpass.getuser()
        except (KeyError, OSError, ImportError):
            return "unknown"

    def inserted_ids(self, query, run) -> tuple[object, list[int] | None]:
        """Run an INSERT; returns its cursor and the ids of its rows (None when they cannot
        be known): SQLite gives the rows of one INSERT consecutive rowids ending at
        lastrowid."""
        cursor = run()
        last_id = getattr(cursor, "lastrowid", None)
        rows = query._insert
        count = (1 if isinstance(rows, dict) else
                 len(rows) if isinstance(rows, list | tuple) else 0)
        if not isinstance(last_id, int) or count == 0:
            return cursor, None
        return cursor, list(range(last_id - count + 1, last_id + 1))

    def rebuild_table(self, shape: type[peewee.Model], rebuilt: type[peewee.Model]) -> None:
        """Give the table of `shape` the columns of `rebuilt` (its table named otherwise), the
        way SQLite's documentation says, since SQLite cannot alter a column: the new table
        made, the rows copied with their ids, the old one dropped, the new one renamed, the
        indexes made again. A migration step runs it with foreign keys off (`SqliteVersion.
        foreign_keys_off`): dropping the table with them on would cascade."""
        table, new = shape._meta.table_name, rebuilt._meta.table_name
        columns = ", ".join(f'"{field.column_name}"' for field in shape._meta.sorted_fields)
        with self.bind_ctx([shape, rebuilt]):
            rebuilt._schema.create_table(safe=False)
            self.execute_sql(f'INSERT INTO "{new}" ({columns}) SELECT {columns} FROM "{table}"')
            self.execute_sql(f'DROP TABLE "{table}"')
            self.execute_sql(f'ALTER TABLE "{new}" RENAME TO "{table}"')
            shape._schema.create_indexes(safe=False)

    def execute_sql(self, sql, params=None):
        if sql.lstrip().upper().startswith("ROLLBACK") and not self._in_transaction():
            return None  # SQLite already rolled back (a full disk does that); nothing to undo
        try:
            return super().execute_sql(sql, params)
        except peewee.OperationalError as exc:
            raise self._disk_full(exc) or exc from None

    def commit(self):
        try:
            return super().commit()
        except peewee.OperationalError as exc:
            raise self._disk_full(exc) or exc from None

    def rollback(self):
        # After SQLITE_FULL (or an I/O error) SQLite may have rolled the whole transaction
        # back itself: a ROLLBACK then fails and would hide the real error.
        if self._in_transaction():
            super().rollback()

    def _in_transaction(self) -> bool:
        return not self.is_closed() and self.connection().in_transaction

    def _disk_full(self, exc: Exception) -> Exception | None:
        """A full disk becomes a WriteError the window shows (issue 9: the user is told)."""
        if "full" not in str(exc).lower():
            return None
        if self.database == MEMORY:
            return WriteError.keyed(
                "The disk is full: the change was not saved and the records are as they were "
                "before. Free some space on the disk, then try again.")
        return WriteError.keyed(
            "The disk is full: the change was not saved and the records are as they were "
            "before. Free some space on the disk that holds {path}, then try again.",
            path=self.database)


class SqliteVersion:
    """The schema version kept in SQLite's `PRAGMA user_version`, and the foreign-key switch
    (migrations.py's VersionStore)."""

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


def open_file(path: Path | str, *, check_later: bool, create: bool | None,
              started: Callable[[], None]) -> tuple[KeneshDatabase, Path | None]:
    """Open the file at `path` (or ":memory:") in the order of the module's text, migrated,
    `binding.db` pointed at it; returns the database and its file (None in memory).
    `started()` is called once the schema is current (db.py installs the write hooks).
    With `check_later` the integrity check is left to the caller (`deferred_check`) and
    the database refuses writes (`checked` False) until `passed_check`."""
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
        binding.db.initialize(database)
        if file_path is not None:
            version = inspect.lock_and_inspect(database, file_path, check=not check_later)
            # A file about to be migrated is checked first, whatever the caller asked.
            if check_later and 0 < version < migrations.SCHEMA_VERSION:
                inspect.check_now(database, file_path)
            deferred = check_later and version > 0
            for name, value in PRAGMAS.items():
                database.pragma(name, value)
            if 0 < version < migrations.SCHEMA_VERSION:
                backup.backup_before_migration(database, file_path)
        migrations.migrate(database, SqliteVersion(database))
        if database.pragma("application_id") == 0:
            database.pragma("application_id", APPLICATION_ID)  # marks the file as ours
        started()
        if deferred:
            # The main file whole (the WAL copied in), so that a second read-only connection
            # sees the database as it is while the check runs.
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.checked = False
        else:
            settle(file_path)
    except BaseException as exc:
        database.close()
        binding.db.initialize(None)
        if created:
            inspect.remove_database_files(file_path)
        if isinstance(exc, peewee.OperationalError):
            raise _open_failure(file_path, exc) from None
        raise
    return database, file_path


def _open_failure(path: Path | None, exc: Exception) -> Exception:
    """An error while migrating or setting up: a full disk or a read-only place is said so."""
    if path is not None and sqlfile.is_disk_full(exc):
        return CannotWrite(path, CannotWrite.DISK_FULL)
    if path is not None and sqlfile.is_write_refusal(exc):
        return CannotWrite(path, sqlfile.write_problem(path) or CannotWrite.READ_ONLY_FILE)
    return exc


def settle(path: Path | None) -> None:
    """The database's identity decided (a copy gets its own), and the copies made before it
    had one moved into its backups folder (also those kept by the file's name before
    identities, when they hold only its councils)."""
    key = identity.settle_identity(path)
    if path is not None and key:
        backup_folders.adopt_unidentified(path, key)
        councils = frozenset(code for (code,) in m.Council.select(m.Council.code).tuples())
        backup_folders.adopt_legacy(path, key, councils)


def deferred_check(path: Path) -> str:
    """"ok" or what is wrong with the open database at `path`, read by a second read-only
    connection (safe in a worker thread: it never touches the store's connection)."""
    return sqlfile.check_file(path)


def passed_check(database: KeneshDatabase, path: Path) -> None:
    """The deferred check passed: writes are let in, the identity settled."""
    database.checked = True
    settle(path)


def set_aside(path: Path, detail: str) -> DamagedDatabase:
    """Rename the (closed) damaged file aside; the error names its newest good backup."""
    return inspect.set_aside(path, detail)
