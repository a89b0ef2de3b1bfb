"""Integrity on open: a damaged Kenesh database is moved aside to `<name>.damaged` (never
opened), and the newest good backup is named, to the store's caller and on the command line;
files that are not ours, or are newer, are refused and left byte for byte as they were."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kenesh_desktop.cli import main
from kenesh_desktop.store import backup, migrations, queries, restore, writes
from kenesh_desktop.store.db import (
    DamagedDatabase,
    NewerDatabase,
    NotKeneshDatabase,
    close_database,
    is_open,
    open_database,
)

PAGE = 4096


def _populated(path, council):
    """A database holding `council`, without the automatic daily backup (the tests make the
    backups they need, with the dates they need). A new file is made even where a damaged
    one was set aside."""
    open_database(path, daily_backup=False, create=True)
    writes.import_councils([council])
    close_database()


def _damage(path) -> None:
    """Overwrite the middle pages (table data, not the header) with garbage."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages > 8
    for page in range(pages // 2, pages // 2 + 3):
        data[page * PAGE:(page + 1) * PAGE] = bytes([0x5A]) * PAGE
    path.write_bytes(bytes(data))


def _damaged_after_a_backup(path, council):
    """The council's database, backed up on 1 June 2026 at 9:00, then damaged; the backup."""
    _populated(path, council)
    open_database(path, daily_backup=False)
    good = backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    close_database()
    _damage(path)
    return good


def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_named(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    good = _damaged_after_a_backup(path, council)
    damaged_bytes = path.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        open_database(path)
    error = caught.value
    assert not is_open()
    assert not path.exists()
    assert error.damaged_path == tmp_path / "kenesh.sqlite3.damaged"
    assert error.damaged_path.read_bytes() == damaged_bytes  # kept as it was, for rescue
    assert error.backup == good
    assert str(good) in str(error) and str(path) in str(error)
    # The offered backup brings the records back.
    restore.restore_backup(error.backup, path)
    assert [c.id for c in queries.list_councils()] == [council.id]


def test_a_damaged_backup_is_not_offered(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    _populated(path, council)
    open_database(path, daily_backup=False)
    older = backup.make_backup(now=dt.datetime(2026, 5, 1, 9, 0, 0))
    newer = backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    close_database()
    _damage(newer)
    _damage(path)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(path)
    assert caught.value.backup == older


def test_a_second_damaged_file_does_not_overwrite_the_first(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    for _ in range(2):
        _populated(path, council)
        _damage(path)
        with pytest.raises(DamagedDatabase):
            open_database(path)
    assert (tmp_path / "kenesh.sqlite3.damaged").exists()
    assert (tmp_path / "kenesh.sqlite3.2.damaged").exists()


def test_the_command_line_says_which_backup_exists(tmp_path, council, capsys):
    path = tmp_path / "kenesh.sqlite3"
    good = _damaged_after_a_backup(path, council)
    code = main(["check", "--db", str(path), "--today", "2026-06-01"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err and str(good) in err
    assert (tmp_path / "kenesh.sqlite3.damaged").exists()


def test_without_a_backup_the_message_says_so(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    _populated(path, council)
    assert backup.list_backups(path) == []
    _damage(path)
    with pytest.raises(DamagedDatabase, match="no backup") as caught:
        open_database(path)
    assert caught.value.backup is None


def test_an_intact_file_passes_quick_check_and_opens(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    _populated(path, council)
    open_database(path, daily_backup=False)
    before = queries.load_council(council.id)
    close_database()
    open_database(path)
    assert queries.load_council(council.id) == before
    assert len(before.members) == len(council.members) > 0
    assert not list(tmp_path.glob("*.damaged"))


@pytest.mark.parametrize("kind", ["foreign", "newer", "text"])
def test_refusals_leave_the_file_untouched_and_in_place(tmp_path, kind):
    path = tmp_path / "other.sqlite3"
    if kind == "text":
        path.write_bytes(b"not a database at all" * 10)
        expected = NotKeneshDatabase
    else:
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE council (id INTEGER PRIMARY KEY)")
        connection.execute("CREATE TABLE notes (body TEXT)")
        if kind == "foreign":
            connection.execute("PRAGMA application_id = 1234")
            expected = NotKeneshDatabase
        else:
            connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
            expected = NewerDatabase
        connection.commit()
        connection.close()
    before = path.read_bytes()
    with pytest.raises(expected):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == [path.name]
