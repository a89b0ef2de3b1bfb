"""The database the process has open, as every other module of the store sees it.

The bottom of the store's imports: it knows no engine and imports nothing of the store, so
the models, the audit trail, the engines (engine_sqlite.py, engine_postgres.py) and the
backups can all import it, and db.py, which opens and closes, sits above them all.

- `db`: the `peewee.DatabaseProxy` every model is bound to; db.py points it at the
  database it opened (`bind`) and at nothing when it closes it (`unbind`).
- `write_hooks`: called around every INSERT/UPDATE/DELETE a model query runs, whatever the
  engine (the audit trail, the records' versions, undo's capture); each engine's database
  runs them through `run_with_hooks`.
- `connection_lock`: held by a backup that reads the connection from a worker thread
  (backup.py), and by closing: the connection is never closed under a copy being made, and
  two copies never run at once.
- What is open: its database object, and its file (SQLite) or its address (a server,
  without any password).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import peewee

db = peewee.DatabaseProxy()
"""What every model is bound to; db.py's `open_database` initialises it."""

WriteHook = Callable[[peewee.Database, peewee.Query, Callable[[], object]], object]
write_hooks: list[WriteHook] = []
"""Called around every INSERT/UPDATE/DELETE a model query runs (see the module's text)."""

connection_lock = threading.RLock()
"""See the module's text."""

_database: peewee.Database | None = None
_path: Path | None = None
_address: str | None = None

WRITES = (peewee.Insert, peewee.Update, peewee.Delete)


def run_with_hooks(database: peewee.Database, query, run: Callable[[], object]) -> object:
    """Run a model query's write (`run()`) inside every write hook, the first outermost."""
    for hook in reversed(write_hooks):
        run = (lambda h, inner: lambda: h(database, query, inner))(hook, run)
    return run()


def bind(database: peewee.Database, *, path: Path | None = None,
         address: str | None = None) -> None:
    """`database` is now the process's database: a file at `path` (None: in memory), or the
    server at `address`."""
    global _database, _path, _address
    db.initialize(database)
    _database, _path, _address = database, path, address


def unbind() -> None:
    """Nothing is open any more (the caller closed the connection)."""
    global _database, _path, _address
    db.initialize(None)
    _database, _path, _address = None, None, None


def current_database() -> peewee.Database | None:
    """The open database (its connection is the one backups read through)."""
    return _database if is_open() else None


def current_path() -> Path | None:
    """The file of the open database; None when none is open, it lives in memory, or it is
    a server."""
    return _path


def current_address() -> str | None:
    """The server's address (without a password) when a server is open, else None."""
    return _address


def is_open() -> bool:
    return _database is not None and not _database.is_closed()
