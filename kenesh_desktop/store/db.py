"""The one database of the process: opening it (a file or a server), closing it.

Engine-neutral: what is specific to an engine lives behind its module, SQLite's in
engine_sqlite.py (with sqlite_file.py, sqlite_inspect.py, sqlite_backup.py) and PostgreSQL's
in engine_postgres.py (with postgres_server.py and postgres_policies.py for `server init` and
`server grant`); no other module of the store holds SQL of either. Every model is bound to
`db` (binding.py, re-exported here), which `open_database` points at the database it opened.

The store's imports run downward, so nothing imports this module back: errors.py and
binding.py at the bottom; the models, the audit trail, the records' versions, migrations and
backups above them; the two engines above those; this module above the engines. (restore.py,
which opens the restored copy, and the write and query modules sit above this one.)

Opening, either engine:

- A FILE (or ":memory:"): engine_sqlite.py's order: refusals before anything is touched,
  one writer (an exclusive lock), the integrity check (or `check_later`), a backup before a
  migration, the migration steps, the database's identity; then here the write hooks and
  the day's first backup.
- A SERVER, `postgresql://USER@HOST[:PORT]/DBNAME`: engine_postgres.py connects and checks
  that the schema is this program's version (made by `server init`; a login cannot create
  or migrate it); then here the write hooks. The server's owner backs it up (pg_dump).

The write hooks (binding.py) are the audit trail and the records' versions on both engines.
"""

from __future__ import annotations

from pathlib import Path

import peewee

from kenesh_desktop.store import audit, backup, binding, engine_sqlite, versions
from kenesh_desktop.store.binding import (  # noqa: F401 - re-exported: their first home
    connection_lock,
    current_address,
    current_database,
    current_path,
    db,
    is_open,
    write_hooks,
)
from kenesh_desktop.store.engine_sqlite import MEMORY, KeneshDatabase  # noqa: F401
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
from kenesh_desktop.store.sqlite_file import (  # noqa: F401 - re-exported: their first home
    APPLICATION_ID,
    SQLITE_HEADER,
    location_warning,
)

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(target: object) -> bool:
    """True for a PostgreSQL server's address, False for a file path (or ":memory:")."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def open_database(path: Path | str, *, daily_backup: bool = True, check_later: bool = False,
                  create: bool | None = None, password: str | None = None) -> peewee.Database:
    """Open (creating if needed) the database at `path` or ":memory:", migrate it, bind `db`.

    `path` may also be a server's address, `postgresql://USER@HOST[:PORT]/DBNAME`
    (engine_postgres.py): its schema must have been made by `server init`; `password` is
    used for this connection only (else libpq finds it: PGPASSWORD, ~/.pgpass).

    Closes the database opened before, if any. Raises a `DatabaseRefused` (a
    `peewee.DatabaseError`) naming the file: `DatabaseLocked` when another process has it
    open, `NotKeneshDatabase`, `NewerDatabase` or `CannotWrite` (the file untouched),
    `DamagedDatabase` (the file moved aside); a server's `ServerRefused` (`PasswordNeeded`).
    With `daily_backup` the day's first opening copies the file to its backups folder
    (backup.py).

    `check_later` (the window): `quick_check` is not run now, so the window shows at once;
    call `deferred_check()` in a worker thread, then `finish_check(result)` in this one.
    Writes are refused until then, and the daily backup is the caller's (after the check).

    `create`: None creates a missing file unless a damaged one was set aside at this path
    (then DamagedDatabase again: the newest backup is offered, never an empty database in
    its place); True creates it anyway (the user chose an empty database); False never.
    """
    close_database()
    if is_server_address(path):
        from kenesh_desktop.store import engine_postgres  # psycopg only for a server

        server = engine_postgres.open_server(str(path), password)
        binding.db.initialize(server)
        _start_recording()
        binding.bind(server, address=server.address)
        return server
    database, file_path = engine_sqlite.open_file(path, check_later=check_later, create=create,
                                                  started=_start_recording)
    binding.bind(database, path=file_path)
    if daily_backup and file_path is not None and database.checked:
        backup.daily_backup(database, file_path)
    return database


def _start_recording() -> None:
    """The write hooks of every engine: the audit trail and the records' versions."""
    audit.install()
    versions.install()


def close_database() -> None:
    """Close the open database (if any), releasing its lock, and unbind `db`."""
    with connection_lock:
        database = binding.current_database()
        if database is not None:
            database.close()
        binding.unbind()


# -- a file's integrity check after the window is shown (issue 16) -----------------------------
def is_checked() -> bool:
    """False while the window's deferred check of the open database has not yet passed."""
    return getattr(binding.current_database(), "checked", True)


def deferred_check(path: Path) -> str:
    """"ok" or what is wrong with the open database at `path`, read by a second read-only
    connection (safe in a worker thread: it never touches the store's connection)."""
    return engine_sqlite.deferred_check(path)


def finish_check(result: str) -> None:
    """After `deferred_check`, in the connection's thread: "ok" lets writes in and settles
    the database's identity; anything else closes the database, sets the file aside and
    raises DamagedDatabase (naming its newest good backup)."""
    database, path = binding.current_database(), binding.current_path()
    if database is None or path is None:
        return
    if result == "ok":
        engine_sqlite.passed_check(database, path)
        return
    close_database()
    raise engine_sqlite.set_aside(path, result)


def set_aside_open_database(detail: str) -> DamagedDatabase:
    """The open database was found damaged while in use (a stored text that is not UTF-8):
    close it, set it aside and return the DamagedDatabase to show."""
    path = binding.current_path()
    close_database()
    if path is None:
        return DamagedDatabase(Path(MEMORY), Path(MEMORY), None, detail)
    return engine_sqlite.set_aside(path, detail)
