"""The names of backup copies, their order and their rotation (issue 9, issue 16 finding 11).

Names, in a database's backups folder:

- `YYYY-MM-DD.sqlite3`: the day's first copy (made when the program opens that day);
- `YYYY-MM-DD-HHMMSS.sqlite3`: any other copy (on exit, "Back up now", before a restore),
  `YYYY-MM-DD-HHMMSS.N.sqlite3` for the N-th within the same second (N = 2, 3, ...);
- `YYYY-MM-DD-HHMMSS-before-migration.sqlite3`: the copy made before the schema changes.
  It is never taken for the day's first copy, and is kept a year (it is the way back to the
  program's previous version).

Order: by the moment in the name, then by N as a number (`.10` after `.9`). A copy dated
after today (the clock was wrong when it was made) is "misdated": it sorts before every
properly dated copy (never offered as the newest) and rotation keeps it only while fewer
than KEEP_DAYS days have proper copies.

Nothing here opens a database.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

KEEP_DAYS = 10
KEEP_PER_DAY = 3  # timestamped copies kept per recent day, besides the day's first copy
KEEP_MONTHS = 12
SUFFIX = ".sqlite3"
BEFORE_MIGRATION = "before-migration"
_NAME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})(?:-(?P<time>\d{6})(?:-(?P<tag>before-migration))?)?"
    r"(?:\.(?P<n>\d+))?\.sqlite3")


@dataclass(frozen=True)
class CopyName:
    """What a copy's name says."""

    day: dt.date
    time: dt.time | None  # None: the day's first copy
    number: int  # 1, or N of "….N.sqlite3"
    before_migration: bool

    @property
    def taken(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.time or dt.time(0, 0))


def backup_name(now: dt.datetime, daily: bool, *, before_migration: bool = False,
                number: int = 1) -> str:
    if daily:
        return now.strftime("%Y-%m-%d") + SUFFIX
    stem = now.strftime("%Y-%m-%d-%H%M%S")
    if before_migration:
        stem += f"-{BEFORE_MIGRATION}"
    if number > 1:
        stem += f".{number}"
    return stem + SUFFIX


def parse(path: Path) -> CopyName | None:
    """What the name of `path` says; None for a file that is not a copy."""
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    try:
        day = dt.date.fromisoformat(match["day"])
        time = dt.datetime.strptime(match["time"], "%H%M%S").time() if match["time"] else None
    except ValueError:
        return None
    return CopyName(day, time, int(match["n"] or 1), bool(match["tag"]))


def copies(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [path for path in folder.iterdir() if path.is_file() and parse(path)]


def sort_key(path: Path, today: dt.date | None = None) -> tuple:
    """Oldest first: misdated copies (after today) before all others, then by time and N."""
    name = parse(path)
    assert name is not None
    today = today or dt.date.today()
    return (name.day <= today, name.day, name.time or dt.time.min, name.number)


def newest_first(paths: list[Path], today: dt.date | None = None) -> list[Path]:
    return sorted(paths, key=lambda p: sort_key(p, today), reverse=True)


def has_daily_copy(folder: Path, day: dt.date) -> bool:
    """The day's first copy exists (a timestamped or pre-migration copy does not count)."""
    return any((name := parse(path)) and name.day == day and name.time is None
               for path in copies(folder))


def rotate(folder: Path, today: dt.date) -> list[Path]:
    """Delete the copies the rotation does not keep; returns the deleted paths.

    Kept: every copy of the KEEP_DAYS most recent days that have copies (per day the first
    copy and the KEEP_PER_DAY newest others), the newest copy of each month of the last
    KEEP_MONTHS months, and every copy made before a migration within those months. Copies
    dated after today are kept only while fewer than KEEP_DAYS days have proper copies.
    """
    found = newest_first(copies(folder), today)
    names = {path: parse(path) for path in found}
    proper = [path for path in found if names[path].day <= today]  # type: ignore[union-attr]
    days = sorted({names[path].day for path in proper}, reverse=True)  # type: ignore[union-attr]
    recent_days = set(days[:KEEP_DAYS])
    first_month = _month_index(today) - (KEEP_MONTHS - 1)
    keep: set[Path] = set()
    per_day: dict[dt.date, int] = {}
    months_seen: set[int] = set()
    for path in proper:  # newest first
        name = names[path]
        assert name is not None
        month = _month_index(name.day)
        if name.before_migration and month >= first_month:
            keep.add(path)
            continue
        if name.day in recent_days:
            if name.time is None:
                keep.add(path)
            elif per_day.get(name.day, 0) < KEEP_PER_DAY:
                keep.add(path)
                per_day[name.day] = per_day.get(name.day, 0) + 1
        if month >= first_month and month not in months_seen:
            months_seen.add(month)
            keep.add(path)
    if len(days) < KEEP_DAYS:
        keep.update(path for path in found if path not in proper)
    removed = [path for path in found if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1
