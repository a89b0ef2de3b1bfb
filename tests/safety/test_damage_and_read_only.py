"""Telling "cannot write here" from "damaged" (issue 16, findings 2 and 6).

A good database in a read-only file or folder, or on a full disk, is refused with a clear
message and left exactly where and as it was (never renamed, no backup offered). Every kind
of damage is recognised and offers the newest good backup: pages overwritten, a zeroed
header, a file cut below 100 bytes or emptied, a stored text that is not UTF-8; and once a
file was set aside, the next opening never makes an empty database in its place.

Read-only files and folders come from the `read_only` fixture (tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from kenesh_desktop.cli import main
from kenesh_desktop.store import backup, queries, restore, writes
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store.db import (
    CannotWrite,
    DamagedDatabase,
    close_database,
    open_database,
)
from kenesh_desktop.store.sqlite_file import check_file


@pytest.fixture
def good(tmp_path, council):
    """A sound database holding the demo council, with a backup made today."""
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    writes.import_councils([council])
    backup.make_backup()
    close_database()
    return path


def _untouched(path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.damaged"))


def test_a_read_only_file_is_refused_not_taken_for_damage(good, read_only):
    before = good.read_bytes()
    with read_only(good):
        with pytest.raises(CannotWrite) as caught:
            open_database(good)
    assert caught.value.reason == CannotWrite.READ_ONLY_FILE
    assert "read-only" in str(caught.value) and "damaged" not in str(caught.value)
    _untouched(good, before)


def test_a_database_in_a_read_only_folder_is_refused_not_taken_for_damage(good, read_only):
    before = good.read_bytes()
    with read_only(good.parent):
        with pytest.raises(CannotWrite) as caught:
            open_database(good)
    assert caught.value.reason == CannotWrite.READ_ONLY_FOLDER
    _untouched(good, before)


def test_a_new_database_in_a_read_only_folder_is_refused(tmp_path, read_only):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(CannotWrite):
            open_database(folder / "new.sqlite3")
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_said_so(good, monkeypatch):
    before = good.read_bytes()
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1, 1, 0))
    with pytest.raises(CannotWrite, match="full"):
        open_database(good)
    _untouched(good, before)


def test_the_command_line_says_read_only_with_exit_2(good, capsys, read_only):
    with read_only(good):
        code = main(["check", "--db", str(good), "--today", "2026-06-01"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "read-only" in err
    assert good.exists() and not list(good.parent.glob("*.damaged"))


def _expect_damage_with_backup(path) -> DamagedDatabase:
    with pytest.raises(DamagedDatabase) as caught:
        open_database(path)
    error = caught.value
    assert error.backup is not None and error.damaged_path.exists() and not path.exists()
    return error


def test_a_zeroed_header_is_damage(good):
    data = bytearray(good.read_bytes())
    data[:100] = bytes(100)
    good.write_bytes(bytes(data))
    _expect_damage_with_backup(good)


@pytest.mark.parametrize("size", [0, 50])
def test_a_file_cut_short_or_emptied_is_damage(good, size):
    good.write_bytes(good.read_bytes()[:size])
    error = _expect_damage_with_backup(good)
    restore.restore_backup(error.backup, good)
    assert queries.list_councils()


def test_an_empty_new_file_without_history_is_a_new_database(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    path.touch()  # made by a run killed at once: nothing was ever in it
    open_database(path)
    assert queries.list_councils() == []


def test_after_setting_aside_no_empty_database_is_made_in_its_place(good):
    good.write_bytes(b"")
    _expect_damage_with_backup(good)
    with pytest.raises(DamagedDatabase, match="set aside earlier") as caught:
        open_database(good)  # the next start
    assert caught.value.backup is not None
    assert not good.exists()
    open_database(good, create=True)  # only when the user chooses an empty database
    assert queries.list_councils() == []


def _bad_text_byte(path, council) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE member SET full_name = CAST(X'C3284142' AS TEXT) "
                       "WHERE id = (SELECT min(id) FROM member)")
    connection.commit()
    connection.close()


def test_a_bad_byte_in_a_text_is_found_by_the_check_and_offers_the_backup(good, council):
    _bad_text_byte(good, council)
    assert "not UTF-8" in check_file(good)
    open_database(good, daily_backup=False, check_later=True)
    assert not store_db.is_checked()
    with pytest.raises(DamagedDatabase) as caught:
        store_db.finish_check(store_db.deferred_check(good))
    assert caught.value.backup is not None and not good.exists()


def test_a_bad_byte_in_a_text_on_the_command_line_names_the_backup(good, council, capsys):
    _bad_text_byte(good, council)
    code = main(["check", "--db", str(good), "--today", "2026-06-01"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err and "backup" in err
    assert not good.exists() and list(good.parent.glob("*.damaged"))


def test_writes_wait_for_the_deferred_check(good):
    open_database(good, daily_backup=False, check_later=True)
    with pytest.raises(writes.WriteError, match="still being checked"):
        writes.create_council("x", "Кеңеш", "Министрлик", dt.date(2026, 1, 1),
                              dt.date(2027, 12, 31))
    store_db.finish_check(store_db.deferred_check(good))
    writes.create_council("x", "Кеңеш", "Министрлик", dt.date(2026, 1, 1),
                          dt.date(2027, 12, 31))
    close_database()
