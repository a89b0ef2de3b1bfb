"""Restoring a backup copy over the database file (the Backups dialog, a damaged file's
offer): above db.py, since the restored copy is opened again as any database is opened.
"""

from __future__ import annotations

from pathlib import Path

from kenesh_desktop.store import binding
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import sqlite_backup as copies
from kenesh_desktop.store.backup import Progress, backup_open_database, check_copy
from kenesh_desktop.store.backup_folders import _is_open
from kenesh_desktop.store.errors import BackupError, DamagedDatabase


def restore_backup(backup: Path | str, db_path: Path | str, *,
                   progress: Progress | None = None) -> Path | None:
    """Replace the database at `db_path` by the copy `backup`, and leave it open.

    The copy is checked first (BackupError when it fails). The current file, when there is
    one, is backed up first: that copy's path is returned (None when there was no file).
    The restored database is opened through `open_database`, so a copy from an older
    version is migrated (after its own backup). A database another process holds is
    refused (`DatabaseLocked`), like any opening.
    """
    backup, db_path = Path(backup), Path(db_path).expanduser()
    problem = check_copy(backup)
    if problem != "ok":
        raise BackupError.keyed("{backup}: the backup is damaged ({problem}); nothing was "
                                "restored.", backup=str(backup), problem=problem)
    if not _is_open(db_path) and db_path.exists():
        try:
            store_db.open_database(db_path, daily_backup=False)
        except DamagedDatabase:
            pass  # moved aside: the copy simply becomes the file
    safety = None
    try:
        if _is_open(db_path):
            database = binding.current_database()
            safety = backup_open_database(database, db_path)
            copies.restore_into(backup, database.connection(), progress)
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            copies.copy_file(backup, db_path, progress)
    except (OSError, copies.CopyFailed) as exc:
        raise BackupError.keyed("{path}: restoring {backup} failed ({problem}).", path=str(db_path),
                                backup=str(backup), problem=str(exc)) from None
    # Reopen: the lock, quick_check, and the migrations of a copy from an older version.
    store_db.open_database(db_path, daily_backup=False, create=True)
    return safety
