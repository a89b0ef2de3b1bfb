"""Backups: made through SQLite's backup API (so a WAL database's latest commits are in the
copy, which a plain file copy misses), checked before they are kept, private to the user,
listed with their date, size and councils, rotated (10 days, then one a month for a year),
and restored only after the current file has been backed up."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from database_files import saved_database

from kenesh_desktop.store import backup, queries, restore, sqlite_backup, writes
from kenesh_desktop.store.db import close_database, current_path, is_open, open_database


@pytest.fixture
def db_path(opened):
    return opened


def _councils(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT code FROM council")]


def test_the_copy_holds_commits_still_in_the_wal_that_a_file_copy_misses(db_path, tmp_path,
                                                                          council):
    assert (tmp_path / "kenesh.sqlite3-wal").stat().st_size > 0  # not checkpointed yet
    copy = backup.make_backup()
    plain = tmp_path / "plain-copy.sqlite3"
    shutil.copyfile(db_path, plain)
    assert _councils(copy) == [council.id]
    with sqlite3.connect(plain) as connection:
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    assert tables == 0  # the plain copy of the main file lost everything in the WAL


def test_a_copy_is_private_checked_and_self_contained(db_path):
    copy = backup.make_backup(now=dt.datetime(2026, 6, 1, 17, 30, 5))
    assert copy == backup.backups_dir(db_path) / "2026-06-01-173005.sqlite3"
    assert copy.stat().st_mode & 0o777 == 0o600
    assert backup.check_copy(copy) == "ok"
    # no -wal, no temporary; the manifest names the database the folder belongs to
    assert sorted(p.name for p in copy.parent.iterdir()) == sorted([copy.name, backup.MANIFEST])


def test_a_copy_failing_integrity_check_is_not_kept(db_path, monkeypatch):
    monkeypatch.setattr(sqlite_backup, "integrity_problems",
                        lambda connection: ["row 7 missing from index"])
    with pytest.raises(backup.BackupError, match="row 7 missing"):
        backup.make_backup(now=dt.datetime(2026, 6, 1, 17, 30, 5))
    assert list(backup.backups_dir(db_path).iterdir()) == []


def test_progress_is_reported_up_to_the_total(db_path):
    seen = []
    backup.make_backup(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_list_backups_reads_date_size_and_councils_from_each_copy(db_path, council):
    first = backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    writes.create_council("second", "Экинчи кеңеш", "Министрлик", dt.date(2026, 1, 1),
                          dt.date(2027, 12, 31))
    second = backup.make_backup(now=dt.datetime(2026, 6, 2, 9, 0, 0))
    infos = backup.list_backups(db_path)
    assert [i.path for i in infos] == [second, first]  # newest first
    assert infos[0].day == dt.date(2026, 6, 2) and infos[0].time == dt.time(9, 0, 0)
    assert infos[0].size == second.stat().st_size
    assert infos[1].councils == (council.name,)
    assert sorted(infos[0].councils) == sorted([council.name, "Экинчи кеңеш"])


def test_the_daily_copy_is_made_once_a_day(tmp_path, council):
    path = saved_database(tmp_path / "kenesh.sqlite3", council)
    open_database(path)
    close_database()
    today = dt.date.today()
    daily = [i for i in backup.list_backups(path) if i.time is None]
    assert [i.day for i in daily] == [today]
    assert daily[0].path.name == f"{today.isoformat()}.sqlite3"


def test_the_exit_copy_is_timestamped(db_path):
    copy = backup.exit_backup(now=dt.datetime(2026, 6, 1, 18, 0, 0))
    assert copy is not None and copy.name == "2026-06-01-180000.sqlite3"
    assert backup.last_problem is None


def test_rotation_keeps_ten_days_and_one_copy_a_month_for_a_year(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    today = dt.date(2026, 6, 30)
    day = dt.date(2025, 1, 1)
    while day <= today:
        (folder / f"{day.isoformat()}.sqlite3").touch()
        day += dt.timedelta(days=1)
    for hour in range(10, 15):  # five more copies today: the three newest are kept
        (folder / f"2026-06-30-{hour}0000.sqlite3").touch()
    (folder / "notes.txt").touch()  # not ours: never deleted
    backup.rotate_backups(folder, today)
    kept = sorted(p.name for p in folder.iterdir())
    recent = [f"2026-06-{d}.sqlite3" for d in range(21, 31)]
    month_ends = ["2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30",
                  "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
                  "2026-05-31"]
    today_extra = [f"2026-06-30-{hour}0000.sqlite3" for hour in (12, 13, 14)]
    assert kept == sorted([*recent, *(f"{d}.sqlite3" for d in month_ends), *today_extra,
                           "notes.txt"])


def test_rotation_counts_days_with_copies_not_calendar_days(tmp_path):
    """A council that opens the program once a week keeps its ten last copies."""
    folder = tmp_path / "backups"
    folder.mkdir()
    days = [dt.date(2026, 6, 30) - dt.timedelta(weeks=w) for w in range(15)]
    for day in days:
        (folder / f"{day.isoformat()}.sqlite3").touch()
    backup.rotate_backups(folder, dt.date(2026, 6, 30))
    kept = {p.name for p in folder.iterdir()}
    assert {f"{d.isoformat()}.sqlite3" for d in days[:10]} <= kept


def test_restore_backs_up_the_current_file_first(db_path, council):
    old = backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    writes.delete_council(council.id)
    writes.create_council("later", "Кийинки кеңеш", "Министрлик", dt.date(2026, 1, 1),
                          dt.date(2027, 12, 31))
    safety = restore.restore_backup(old, db_path)
    assert is_open() and current_path() == db_path
    assert [c.id for c in queries.list_councils()] == [council.id]
    assert safety is not None and _councils(safety) == ["later"]
    close_database()
    open_database(db_path)
    assert [c.id for c in queries.list_councils()] == [council.id]


def test_restore_into_a_missing_file(db_path, council, tmp_path):
    copy = backup.make_backup()
    close_database()
    target = tmp_path / "elsewhere" / "restored.sqlite3"
    assert restore.restore_backup(copy, target) is None
    assert current_path() == target
    assert [c.id for c in queries.list_councils()] == [council.id]
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_damaged_copy_is_not_restored(db_path, council):
    copy = backup.make_backup()
    data = bytearray(copy.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = b"\xff" * 8192
    copy.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="damaged"):
        restore.restore_backup(copy, db_path)
    assert [c.id for c in queries.list_councils()] == [council.id]
    assert len(backup.list_backups(db_path)) == 1  # no safety copy either: nothing happened
