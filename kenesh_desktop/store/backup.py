"""Backups of the database: made through SQLite's online backup API, checked, rotated, restored.

Never a plain file copy: a copy of a WAL database taken while it is open can miss whole
tables and still pass `integrity_check`. The copy is read through the program's own
connection (the file is held in EXCLUSIVE locking mode, so no second connection could read
it), written to a temporary file in the backups folder, opened and checked with
`PRAGMA integrity_check`, made readable by the user only, and renamed into place.

Where: `paths.user_data_dir()/backups/<db-stem>/YYYY-MM-DD.sqlite3` for the day's first
opening, `YYYY-MM-DD-HHMMSS.sqlite3` for the others (on exit, before a migration, before a
restore). Rotation keeps every copy of the 10 most recent days that have copies (at most
the day's first copy and its 3 newest others), then the newest copy of each month for a
year; older copies are deleted.

This module imports no Qt: the window runs these functions in a worker thread and passes a
`progress(done, total)` callback (pages copied, pages in all).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from kenesh_desktop import files, paths

KEEP_DAYS = 10
KEEP_PER_DAY = 3  # timestamped copies kept per recent day, besides the day's first copy
KEEP_MONTHS = 12
PAGES_PER_STEP = 256  # 1 MiB at a time with 4 KiB pages: progress moves, the lock is short
SUFFIX = ".sqlite3"
_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:-(\d{6}))?\.sqlite3")
_STALE_TEMPORARY = dt.timedelta(hours=1)

Progress = Callable[[int, int], None]
"""progress(done, total): pages copied so far, pages in all."""

last_problem: str | None = None
"""Why the last automatic (daily or exit) backup failed, for the window to show; else None."""


class BackupError(peewee.DatabaseError):
    """A backup could not be made or restored; the database itself is unchanged."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy as the Backups dialog lists it."""

    path: Path
    day: dt.date
    time: dt.time | None  # None: the day's first copy (its name has no time)
    size: int  # bytes
    councils: tuple[str, ...] | None  # the councils' names; None when the copy is unreadable

    @property
    def taken(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.time or dt.time(0, 0))


def backups_dir(db_path: Path | str) -> Path:
    """The folder of the backups of the database at `db_path`."""
    return paths.user_data_dir() / "backups" / Path(db_path).stem


def backup_name(now: dt.datetime, daily: bool) -> str:
    return now.strftime("%Y-%m-%d" if daily else "%Y-%m-%d-%H%M%S") + SUFFIX


def backup_open_database(
    database: peewee.SqliteDatabase,
    db_path: Path,
    *,
    daily: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy the open `database` (the file `db_path`) into its backups folder; returns the copy.

    Raises BackupError (nothing kept) when the copy cannot be written or fails
    `integrity_check`.
    """
    now = now or dt.datetime.now()
    folder = backups_dir(db_path)
    target = folder / backup_name(now, daily)
    number = 2
    while not daily and target.exists():  # two copies within one second
        target = folder / f"{target.stem.split('.')[0]}.{number}{SUFFIX}"
        number += 1
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _copy_checked(database.connection(), target, progress)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"{db_path}: the backup to {target} failed ({exc})") from None
    return target


def make_backup(*, progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """A timestamped copy of the open database (the Backups dialog's "Back up now", on exit)."""
    from kenesh_desktop.store.db import current_database, current_path

    database, db_path = current_database(), current_path()
    if database is None or db_path is None:
        raise BackupError("no database file is open")
    copy = backup_open_database(database, db_path, now=now, progress=progress)
    rotate_backups(backups_dir(db_path), (now or dt.datetime.now()).date())
    return copy


def daily_backup(database: peewee.SqliteDatabase, db_path: Path,
                 now: dt.datetime | None = None) -> Path | None:
    """On the day's first opening: copy the file and rotate; None when today has a copy.

    A failure does not stop the program from opening the database; it is kept in
    `last_problem` for the window to show.
    """
    global last_problem
    now = now or dt.datetime.now()
    folder = backups_dir(db_path)
    if any(info_day(path) == now.date() for path in _copies(folder)):
        return None
    try:
        copy = backup_open_database(database, db_path, daily=True, now=now)
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


def info_day(path: Path) -> dt.date | None:
    """The day a backup copy was taken, read from its name; None for another file."""
    parsed = _parse(path)
    return parsed[0] if parsed else None


def _number_part(name: str) -> str:
    match = re.search(r"\.\d+(?=\.sqlite3$)", name)
    return match.group(0) if match else ""


def _parse(path: Path) -> tuple[dt.date, dt.time | None] | None:
    match = _NAME.fullmatch(path.name.replace(_number_part(path.name), ""))
    if not match:
        return None
    try:
        day = dt.date.fromisoformat(match.group(1))
        time = dt.datetime.strptime(match.group(2), "%H%M%S").time() if match.group(2) else None
    except ValueError:
        return None
    return day, time


def _copies(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [path for path in folder.iterdir() if path.is_file() and _parse(path)]


def _sort_key(path: Path) -> tuple:
    day, time = _parse(path)  # type: ignore[misc]
    return (day, time or dt.time.min, path.name)


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The backups of the database at `db_path`, newest first, with the councils they hold."""
    infos = []
    for path in sorted(_copies(backups_dir(db_path)), key=_sort_key, reverse=True):
        day, time = _parse(path)  # type: ignore[misc]
        infos.append(BackupInfo(path, day, time, path.stat().st_size, _councils_in(path)))
    return infos


def check_copy(path: Path) -> str:
    """"ok", or what `PRAGMA integrity_check` (or opening) found wrong with a copy."""
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            rows = integrity_problems(connection)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    return "; ".join(rows)


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What `PRAGMA integrity_check` reports: ["ok"] for a sound database."""
    return [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]


def newest_good_backup(db_path: Path | str) -> Path | None:
    """The newest backup of the database that passes `integrity_check`, or None."""
    for path in sorted(_copies(backups_dir(db_path)), key=_sort_key, reverse=True):
        if check_copy(path) == "ok":
            return path
    return None


def restore_backup(backup: Path | str, db_path: Path | str, *,
                   progress: Progress | None = None) -> Path | None:
    """Replace the database at `db_path` by the copy `backup`, and leave it open.

    The copy is checked first (BackupError when it fails). The current file, when there is
    one, is backed up first: that copy's path is returned (None when there was no file).
    The restored database is opened through `open_database`, so a copy from an older
    version is migrated (after its own backup). A database another process holds is
    refused (`DatabaseLocked`), like any opening.
    """
    from kenesh_desktop.store import db as store_db

    backup, db_path = Path(backup), Path(db_path).expanduser()
    problem = check_copy(backup)
    if problem != "ok":
        raise BackupError(f"{backup}: the backup is damaged ({problem}); nothing was restored")
    if not _is_open(db_path) and db_path.exists():
        try:
            store_db.open_database(db_path, daily_backup=False)
        except store_db.DamagedDatabase:
            pass  # moved aside: the copy simply becomes the file
    safety = None
    if _is_open(db_path):
        database = store_db.current_database()
        safety = backup_open_database(database, db_path)
        source = sqlite3.connect(_read_only_uri(backup), uri=True)
        try:
            source.backup(database.connection(), pages=PAGES_PER_STEP,
                          progress=_adapter(progress))
        except sqlite3.Error as exc:
            raise BackupError(f"{db_path}: restoring {backup} failed ({exc})") from None
        finally:
            source.close()
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(_read_only_uri(backup), uri=True)
        try:
            _copy_checked(source, db_path, progress)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(f"{db_path}: restoring {backup} failed ({exc})") from None
        finally:
            source.close()
    # Reopen: the lock, quick_check, and the migrations of a copy from an older version.
    store_db.open_database(db_path, daily_backup=False)
    return safety


def rotate_backups(folder: Path, today: dt.date) -> list[Path]:
    """Delete the copies the rotation does not keep; returns the deleted paths.

    Kept: every copy of the KEEP_DAYS most recent days that have copies (per day the first
    copy and the KEEP_PER_DAY newest others), and the newest copy of each month of the last
    KEEP_MONTHS months. Copies dated after today (a clock set wrong) are kept.
    """
    copies = sorted(_copies(folder), key=_sort_key, reverse=True)
    days = sorted({_parse(path)[0] for path in copies}, reverse=True)  # type: ignore[index]
    recent_days = set(days[:KEEP_DAYS])
    first_month = _month_index(today) - (KEEP_MONTHS - 1)
    keep: set[Path] = set()
    per_day: dict[dt.date, int] = {}
    months_seen: set[int] = set()
    for path in copies:  # newest first
        day, time = _parse(path)  # type: ignore[misc]
        if day > today:
            keep.add(path)
            continue
        if day in recent_days:
            if time is None:
                keep.add(path)
            elif per_day.get(day, 0) < KEEP_PER_DAY:
                keep.add(path)
                per_day[day] = per_day.get(day, 0) + 1
        month = _month_index(day)
        if month >= first_month and month not in months_seen:
            months_seen.add(month)
            keep.add(path)
    removed = [path for path in copies if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    _remove_stale_temporaries(folder)
    return removed


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _remove_stale_temporaries(folder: Path) -> None:
    """A backup interrupted by a crash leaves its temporary file; remove it later."""
    if not folder.is_dir():
        return
    limit = dt.datetime.now().timestamp() - _STALE_TEMPORARY.total_seconds()
    for path in folder.glob(".*.tmp"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


def _is_open(db_path: Path) -> bool:
    from kenesh_desktop.store.db import current_path, is_open

    current = current_path()
    return is_open() and current is not None and _same_file(current, db_path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _read_only_uri(path: Path) -> str:
    # immutable: reading a copy never creates a -wal or -shm file beside it.
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def _councils_in(path: Path) -> tuple[str, ...] | None:
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            rows = connection.execute("SELECT name FROM council ORDER BY name").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return tuple(row[0] for row in rows)


def _adapter(progress: Progress | None):
    if progress is None:
        return None

    def report(status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    return report


def _copy_checked(source: sqlite3.Connection, target: Path,
                  progress: Progress | None) -> None:
    """Copy `source` into a temporary file beside `target`, check it, rename it into place."""
    # private: the copy holds personal data (owner-only mode)
    with files.replacing(target, private=True) as temporary:
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination, pages=PAGES_PER_STEP, progress=_adapter(progress))
            # A self-contained file: no -wal beside a copy that may be carried away.
            destination.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(destination)
        finally:
            destination.close()
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"the copy fails integrity_check: {'; '.join(problems)}")


