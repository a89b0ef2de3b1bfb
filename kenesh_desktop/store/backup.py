"""Backups of a database file: when copies are made, where they are kept, listed, rotated.

The copies themselves are made, checked and read back through SQLite's online backup API
(sqlite_backup.py: never a plain file copy), into a temporary file in the backups folder,
renamed into place once `integrity_check` passed. Restoring one is restore.py's. A shared
server has none of this: its owner backs it up (pg_dump, docs/server.md).

Where: `paths.user_data_dir()/backups/<database id>/`, the folder of the database's
IDENTITY (identity.py), never of its file name: two databases called kenesh.sqlite3 in two
folders keep apart, and a copy of another database is never listed or offered as this one's
(each copy's own id is read and compared). `database.json` in the folder records the path
the database was last backed up from, so that a file too damaged to say its id still finds
its backups. A database that has no identity yet (an old one, before its migration) backs up
into `backups/unidentified/<hash of its path>/`; the copies move to its folder once the
migration has given it one (backup_folders.py). The names, their order and the rotation are
in backup_names.py.

This module imports no Qt: the window runs these functions in a worker thread and passes a
`progress(done, total)` callback (pages copied, pages in all).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from kenesh_desktop.store import backup_names as names
from kenesh_desktop.store import binding
from kenesh_desktop.store import sqlite_backup as copies
from kenesh_desktop.store.backup_folders import (  # noqa: F401 - the names callers know here
    MANIFEST,
    UNIDENTIFIED,
    _is_open,
    adopt_unidentified,
    backups_dir,
    backups_root,
    database_key,
    known_database,
    write_manifest,
)
from kenesh_desktop.store.backup_names import (  # noqa: F401 - the names callers know here
    KEEP_DAYS,
    KEEP_MONTHS,
    KEEP_PER_DAY,
    SUFFIX,
    backup_name,
)
from kenesh_desktop.store.errors import BackupError  # noqa: F401 - re-exported: first home

_STALE_TEMPORARY = dt.timedelta(hours=1)

Progress = Callable[[int, int], None]
"""progress(done, total): pages copied so far, pages in all."""

last_problem: str | None = None
"""Why the last automatic (daily or exit) backup failed, for the window and the command line
to say; else None."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy as the Backups dialog lists it: what it holds and whose it is."""

    path: Path
    day: dt.date
    time: dt.time | None  # None: the day's first copy (its name has no time)
    size: int  # bytes
    councils: tuple[str, ...] | None  # the councils' names; None when the copy is unreadable
    database_id: str | None = None  # the identity the copy holds (None: an older copy)
    last_change: str | None = None  # the last change recorded in it (ISO, local time)
    before_migration: bool = False
    misdated: bool = False  # dated after today: made while the clock was wrong

    @property
    def taken(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.time or dt.time(0, 0))


# ---------------------------------------------------------------- making copies


def backup_open_database(
    database: peewee.SqliteDatabase,
    db_path: Path,
    *,
    daily: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    before_migration: bool = False,
) -> Path:
    """Copy the open `database` (the file `db_path`) into its backups folder; returns the copy.

    Raises BackupError (nothing kept) when the copy cannot be written or fails
    `integrity_check`.
    """
    with binding.connection_lock:  # the connection stays open, and one copy at a time
        if database.is_closed():
            raise BackupError.keyed("{path}: the database was closed; no backup was made.",
                                   path=str(db_path))
        return _backup_locked(database, db_path, daily=daily, now=now, progress=progress,
                              before_migration=before_migration)


def _backup_locked(database: peewee.SqliteDatabase, db_path: Path, *, daily: bool,
                   now: dt.datetime | None, progress: Progress | None,
                   before_migration: bool) -> Path:
    now = now or dt.datetime.now()
    key = database_key(db_path)
    folder = backups_dir(db_path, key)
    number = 1
    target = folder / backup_name(now, daily, before_migration=before_migration)
    while not daily and target.exists():  # two copies within one second
        number += 1
        target = folder / backup_name(now, daily, before_migration=before_migration,
                                      number=number)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        copies.copy_open_database(database.connection(), target, progress)
        write_manifest(folder, key, db_path)
    except (OSError, copies.CopyFailed) as exc:
        raise BackupError.keyed("{path}: the backup to {target} failed ({problem}).",
                                path=str(db_path), target=str(target), problem=str(exc)) from None
    return target


def backup_before_migration(database: peewee.SqliteDatabase, db_path: Path) -> Path:
    """The copy made before the schema changes (kept a year; not the day's first copy)."""
    return backup_open_database(database, db_path, before_migration=True)


def make_backup(*, progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """A timestamped copy of the open database (the Backups dialog's "Back up now", on exit)."""
    database, db_path = binding.current_database(), binding.current_path()
    if database is None or db_path is None:
        raise BackupError.keyed("No database file is open.")
    copy = backup_open_database(database, db_path, now=now, progress=progress)
    rotate_backups(copy.parent, (now or dt.datetime.now()).date())
    return copy


def daily_backup(database: peewee.SqliteDatabase, db_path: Path,
                 now: dt.datetime | None = None, *, paced: bool = False) -> Path | None:
    """On the day's first opening: copy the file and rotate; None when today has its copy.

    A failure does not stop the program from opening the database; it is kept in
    `last_problem` for the window and the command line to say. `paced` (the window's copy in
    a worker thread): a short pause between steps leaves the connection to the window, so
    it never waits for the whole copy.
    """
    global last_problem
    now = now or dt.datetime.now()
    try:
        folder = backups_dir(db_path)
        # This process holds the database's lock, so no copy of it is being made elsewhere:
        # every temporary in its folder is what a killed run left (issue 16).
        _remove_stale_temporaries(folder, age=dt.timedelta(0))
        if names.has_daily_copy(folder, now.date()):
            return None
        copy = backup_open_database(database, db_path, daily=True, now=now,
                                    progress=_pause if paced else None)
        rotate_backups(folder, now.date())
    except (BackupError, OSError) as exc:
        last_problem = str(exc)
        return None
    last_problem = None
    return copy


def exit_backup(now: dt.datetime | None = None) -> Path | None:
    """The copy made when the window closes; None (and `last_problem` set) when it failed."""
    global last_problem
    try:
        copy = make_backup(now=now)
    except (BackupError, OSError) as exc:
        last_problem = str(exc)
        return None
    last_problem = None
    return copy


def rotate_backups(folder: Path, today: dt.date) -> list[Path]:
    """backup_names.rotate, and temporaries left by a crash removed."""
    removed = names.rotate(folder, today)
    _remove_stale_temporaries(folder)
    return removed


def info_day(path: Path) -> dt.date | None:
    """The day a backup copy was taken, read from its name; None for another file."""
    parsed = names.parse(path)
    return parsed.day if parsed else None


# ---------------------------------------------------------------- listing


def list_backups(db_path: Path | str, today: dt.date | None = None) -> list[BackupInfo]:
    """The backups of the database at `db_path`, newest first (misdated ones last), each
    with what it holds. A copy holding another database's identity is never listed."""
    key = database_key(db_path)
    today = today or dt.date.today()
    infos = []
    for path in names.newest_first(names.copies(backups_dir(db_path, key)), today):
        name = names.parse(path)
        assert name is not None
        councils, copy_id, last_change = copies.contents(path)
        if key and copy_id and copy_id != key:
            continue
        infos.append(BackupInfo(path, name.day, name.time, path.stat().st_size, councils,
                                copy_id, last_change, name.before_migration,
                                name.day > today))
    return infos


def check_copy(path: Path) -> str:
    """"ok", or what `PRAGMA integrity_check` (or opening) found wrong with a copy."""
    return copies.check_copy(path)


def newest_good_backup(db_path: Path | str) -> Path | None:
    """The newest backup OF THIS DATABASE that passes `integrity_check`, or None."""
    for info in list_backups(db_path):
        if info.councils is not None and check_copy(info.path) == "ok":
            return info.path
    return None


# ---------------------------------------------------------------- helpers


def _remove_stale_temporaries(folder: Path, *, age: dt.timedelta = _STALE_TEMPORARY) -> None:
    """A backup interrupted by a crash leaves its temporary file; remove it later."""
    if not folder.is_dir():
        return
    limit = dt.datetime.now().timestamp() - age.total_seconds()
    for path in folder.glob(".*.tmp"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


def sweep_temporaries() -> None:
    """Every backup folder's temporaries left by a crash (called at start-up)."""
    root = backups_root()
    if root.is_dir():
        for folder in [root, *root.glob("*"), *root.glob(f"{UNIDENTIFIED}/*")]:
            if folder.is_dir():
                _remove_stale_temporaries(folder)


def _pause(_done: int, _total: int) -> None:
    time.sleep(0.002)  # between two steps the connection is free: the window's turn
