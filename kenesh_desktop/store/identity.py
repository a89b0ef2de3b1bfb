"""The database's identity: which database a file is, whatever its name (issue 16).

Schema step 4 gave every database a `database_id` (a uuid) in `store_info`. Backups are
kept by it (backup.py), so two databases with the same file name in different folders never
share their backups, and a restore never offers another database's copy.

A user who copies the .sqlite3 file to start a second database gets a file with the same id.
So the store also keeps the path the database was last opened at (`database_path`), and on
opening at another path decides:

- the file at the recorded path is this very file (a link, another name for it): same
  database;
- nothing is at the recorded path any more, or another database is: the file was MOVED
  (renamed, carried to another folder or disk): same database, its backups follow it;
- the recorded path still holds a database with the same id, or cannot be read (open in
  another program): this file is a COPY. It gets a new identity, and starts its own
  backups. When in doubt a copy it is: a copy taken for the original would lose only its
  link to old backups, while the other mistake would offer one database's copies for the
  other.

Read and written through the `StoreInfo` model (the audit trail leaves these facts about the
file alone: they are not records); reading another file's id is sqlite_file.py's.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from kenesh_desktop.store import sqlite_file
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.models import StoreInfo

DATABASE_ID = "database_id"
DATABASE_PATH = "database_path"


def _get(key: str) -> str | None:
    row = StoreInfo.select(StoreInfo.value).where(StoreInfo.key == key).tuples().first()
    return str(row[0]) if row and row[0] is not None else None


def _set(key: str, value: str) -> None:
    if _get(key) is None:
        StoreInfo.insert(key=key, value=value).execute()
    else:
        StoreInfo.update(value=value).where(StoreInfo.key == key).execute()


def database_id() -> str | None:
    """The open database's identity, or None (no store_info: not yet migrated)."""
    try:
        return _get(DATABASE_ID)
    except Exception:  # noqa: BLE001 - no table yet (an old database before its migration)
        return None


def settle_identity(path: Path | None) -> str | None:
    """Decide the identity of the database just opened at `path` (see the module's text);
    returns it. Writes only when the path changed or a copy was found."""
    current = database_id()
    if current is None or path is None:
        return current
    here = str(Path(path).resolve())
    recorded = _get(DATABASE_PATH)
    if recorded == here:
        return current
    new_id = current
    other = Path(recorded) if recorded else None
    if other is not None and other.exists() and not _same_file(other, Path(here)):
        other_id = sqlite_file.read_identity(other)
        if other_id is None or other_id == current:
            new_id = uuid.uuid4().hex  # a copy: its own identity from now on
    with db.atomic():
        if new_id != current:
            _set(DATABASE_ID, new_id)
        _set(DATABASE_PATH, here)
    return new_id


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
