"""The order and rotation of backup copies (issue 16, finding 11): a copy dated in the future
(the clock was wrong) is never offered as the newest and does not stay forever; copies made
within one second sort by their number; the copy made before a migration is not the day's
first copy and survives the rotation; a failed daily backup is said on the command line."""

from __future__ import annotations

import datetime as dt

from kenesh_desktop.cli import main
from kenesh_desktop.store import backup, backup_names, writes
from kenesh_desktop.store.db import close_database, open_database

TODAY = dt.date(2026, 6, 30)


def _touch(folder, *names):
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).touch()


def test_a_copy_dated_in_the_future_is_not_the_newest(tmp_path):
    _touch(tmp_path, "2031-01-01.sqlite3", "2026-06-30.sqlite3", "2026-06-29.sqlite3")
    order = [p.name for p in backup_names.newest_first(backup_names.copies(tmp_path), TODAY)]
    assert order == ["2026-06-30.sqlite3", "2026-06-29.sqlite3", "2031-01-01.sqlite3"]


def test_a_copy_dated_in_the_future_goes_once_ten_days_have_proper_copies(tmp_path):
    _touch(tmp_path, "2031-01-01.sqlite3")
    days = [TODAY - dt.timedelta(days=d) for d in range(5)]
    _touch(tmp_path, *(f"{d.isoformat()}.sqlite3" for d in days))
    backup_names.rotate(tmp_path, TODAY)
    assert (tmp_path / "2031-01-01.sqlite3").exists()  # too few proper copies yet: kept
    days = [TODAY - dt.timedelta(days=d) for d in range(12)]
    _touch(tmp_path, *(f"{d.isoformat()}.sqlite3" for d in days))
    backup_names.rotate(tmp_path, TODAY)
    assert not (tmp_path / "2031-01-01.sqlite3").exists()


def test_copies_within_one_second_sort_by_their_number(tmp_path):
    names = ["2026-06-30-120000.sqlite3", *(f"2026-06-30-120000.{n}.sqlite3"
                                            for n in range(2, 12))]
    _touch(tmp_path, *names)
    order = [p.name for p in backup_names.newest_first(backup_names.copies(tmp_path), TODAY)]
    assert order == list(reversed(names))


def test_numbered_copies_made_in_the_same_second(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    moment = dt.datetime(2026, 6, 30, 12, 0, 0)
    made = [backup.make_backup(now=moment) for _ in range(3)]
    assert [p.name for p in made] == ["2026-06-30-120000.sqlite3",
                                      "2026-06-30-120000.2.sqlite3",
                                      "2026-06-30-120000.3.sqlite3"]
    assert [i.path for i in backup.list_backups(path, TODAY)] == list(reversed(made))


def test_the_copy_before_a_migration_is_not_the_days_and_is_kept(tmp_path):
    folder = tmp_path / "b"
    _touch(folder, "2026-06-30-080000-before-migration.sqlite3")
    assert not backup_names.has_daily_copy(folder, TODAY)
    _touch(folder, *(f"2026-06-30-1{n}0000.sqlite3" for n in range(6)))
    backup_names.rotate(folder, TODAY)
    assert (folder / "2026-06-30-080000-before-migration.sqlite3").exists()
    # A year on it goes, like any monthly copy.
    backup_names.rotate(folder, TODAY.replace(year=2027, month=7))
    assert not (folder / "2026-06-30-080000-before-migration.sqlite3").exists()


def test_a_migrated_database_still_gets_its_days_first_copy(tmp_path):
    import shutil

    from safety_helpers import REPO
    path = tmp_path / "old.sqlite3"
    shutil.copy(REPO / "tests" / "fixtures" / "kenesh-v3.sqlite3", path)
    open_database(path)  # migrates (a copy first), then the day's first copy
    close_database()
    infos = backup.list_backups(path)
    assert sum(i.before_migration for i in infos) == 1
    assert sum(i.time is None for i in infos) == 1


def test_a_failed_daily_backup_is_said_on_the_command_line(tmp_path, council, monkeypatch,
                                                           capsys):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    writes.import_councils([council])
    close_database()

    def fail(*_args, **_kwargs):
        raise backup.BackupError("the backups folder is read-only")

    monkeypatch.setattr(backup, "backup_open_database", fail)
    code = main(["check", "--db", str(path), "--today", "2026-06-01"])
    err = capsys.readouterr().err
    assert code in (0, 1)
    assert "warning: the day's backup was not made" in err and "read-only" in err
