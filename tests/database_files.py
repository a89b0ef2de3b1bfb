"""Database files as a user leaves them: written, then closed. The store's and the safety
tests reopen such a file to see what survives (hence here, at the top of `tests/`)."""

from __future__ import annotations

from pathlib import Path

from kenesh_desktop.rules.records import Council
from kenesh_desktop.store import writes
from kenesh_desktop.store.db import close_database, open_database


def saved_database(path: Path, *councils: Council) -> Path:
    """A database file at `path` holding `councils` (imported in one write), closed; `path`."""
    open_database(path)
    try:
        writes.import_councils(list(councils))
    finally:
        close_database()
    return path
