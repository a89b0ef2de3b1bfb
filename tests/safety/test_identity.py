"""Backups belong to their database (issue 16, finding 1): they are kept by the database's
identity (store_info.database_id), never by its file name. Two databases called
kenesh.sqlite3 in two folders each get their daily copy; damage to one never offers the
other's copy; a copied file gets an identity of its own, a moved one keeps its backups."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kenesh_desktop.store import backup, identity, queries, restore, writes
from kenesh_desktop.store.db import (
    DamagedDatabase,
    close_database,
    open_database,
)
from kenesh_desktop.store.sqlite_file import read_identity

START, END = dt.date(2026, 1, 1), dt.date(2027, 12, 31)


def _database(path, code: str, name: str) -> str:
    """A database at `path` holding one council; opened once (its daily copy), closed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path)
    writes.create_council(code, name, "Министрлик", START, END)
    key = identity.database_id()
    close_database()
    return key


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096:(page + 1) * 4096] = b"\x5a" * 4096
    path.write_bytes(bytes(data))


def test_two_databases_with_one_file_name_keep_their_backups_apart(tmp_path):
    first, second = tmp_path / "a" / "kenesh.sqlite3", tmp_path / "b" / "kenesh.sqlite3"
    key_a = _database(first, "alpha", "Биринчи кеңеш")
    open_database(first)  # a copy that holds its council
    backup.make_backup(now=dt.datetime.now() - dt.timedelta(seconds=5))
    close_database()
    key_b = _database(second, "beta", "Экинчи кеңеш")
    assert key_a != key_b
    assert backup.backups_dir(first) != backup.backups_dir(second)
    # The second database got its own day's copy (before, it shared the first one's folder).
    assert [i.time for i in backup.list_backups(second)].count(None) == 1
    assert all(i.councils in ((), ("Экинчи кеңеш",)) for i in backup.list_backups(second))
    # Damage the first: only ITS copy is offered, and it holds its own council.
    _damage(first)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(first)
    offered = caught.value.backup
    assert offered is not None and offered.parent == backup.backups_root() / key_a
    restore.restore_backup(offered, first)
    assert [c.id for c in queries.list_councils()] == ["alpha"]


def test_a_copy_of_another_database_is_never_listed_as_this_ones(tmp_path):
    first, second = tmp_path / "a" / "kenesh.sqlite3", tmp_path / "b" / "kenesh.sqlite3"
    _database(first, "alpha", "Биринчи кеңеш")
    _database(second, "beta", "Экинчи кеңеш")
    stray = backup.list_backups(second)[0].path
    shutil.copy(stray, backup.backups_dir(first) / "2020-01-01.sqlite3")
    listed = backup.list_backups(first)
    assert listed and all(i.database_id in (None, read_identity(first)) for i in listed)
    assert "2020-01-01.sqlite3" not in {i.path.name for i in listed}


def test_a_copied_file_gets_an_identity_of_its_own(tmp_path):
    original, copy = tmp_path / "a" / "kenesh.sqlite3", tmp_path / "b" / "copy.sqlite3"
    key = _database(original, "alpha", "Биринчи кеңеш")
    copy.parent.mkdir()
    shutil.copy(original, copy)
    open_database(copy)
    assert identity.database_id() not in (None, key)
    close_database()
    assert read_identity(original) == key
    open_database(original)  # the original keeps its identity and its backups
    assert identity.database_id() == key
    close_database()
    assert backup.list_backups(copy) and backup.list_backups(original)
    assert backup.backups_dir(copy) != backup.backups_dir(original)


def test_a_moved_file_keeps_its_identity_and_its_backups(tmp_path):
    original, moved = tmp_path / "a" / "kenesh.sqlite3", tmp_path / "b" / "kenesh.sqlite3"
    key = _database(original, "alpha", "Биринчи кеңеш")
    copies = backup.list_backups(original)
    moved.parent.mkdir()
    shutil.move(original, moved)
    open_database(moved, daily_backup=False)
    assert identity.database_id() == key
    close_database()
    assert [i.path for i in backup.list_backups(moved)] == [i.path for i in copies]


def test_the_list_says_what_each_copy_holds(tmp_path):
    path = tmp_path / "kenesh.sqlite3"
    key = _database(path, "alpha", "Биринчи кеңеш")
    open_database(path)
    backup.make_backup()
    close_database()
    info = backup.list_backups(path)[0]
    assert info.database_id == key
    assert info.councils == ("Биринчи кеңеш",)
    assert info.last_change is not None and info.size == info.path.stat().st_size
