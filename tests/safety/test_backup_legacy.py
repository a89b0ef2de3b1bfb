"""Copies kept by the file's name before databases had an identity (schema versions 1 to 3:
`backups/<file name>/`, which two databases of the same name shared): on the first opening
after the update, the ones that hold only this database's councils move into its folder and
are offered as its backups; one holding another council, or none, stays where it was."""

from __future__ import annotations

import shutil
import sqlite3

from safety_helpers import REPO

from kenesh_desktop.store import backup
from kenesh_desktop.store.db import close_database, open_database

V3 = REPO / "tests" / "fixtures" / "kenesh-v3.sqlite3"


def _legacy_copy(folder, name, *, rename_council=False, empty=False):
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / name
    shutil.copy(V3, copy)
    with sqlite3.connect(copy) as connection:
        if rename_council:  # another database of the same file name: another council
            connection.execute("UPDATE council SET code = 'another-council' "
                               "WHERE code = 'demo-minfin'")
        if empty:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("DELETE FROM council")
    connection.close()
    return copy


def test_the_old_copies_of_this_database_are_adopted_and_no_others(tmp_path, data_dir):
    path = tmp_path / "office" / "kenesh.sqlite3"
    path.parent.mkdir()
    shutil.copy(V3, path)
    legacy = data_dir / "backups" / "kenesh"
    own = _legacy_copy(legacy, "2026-05-04-101500.sqlite3")
    another = _legacy_copy(legacy, "2026-05-05-101500.sqlite3", rename_council=True)
    empty = _legacy_copy(legacy, "2026-05-06-101500.sqlite3", empty=True)

    open_database(path)  # migrates (a copy first), settles its identity
    close_database()

    infos = backup.list_backups(path)
    names = {info.path.name for info in infos}
    assert own.name in names and not own.exists()
    assert another.name not in names and another.exists()
    assert empty.name not in names and empty.exists()
    adopted = next(info for info in infos if info.path.name == own.name)
    assert adopted.councils is not None and len(adopted.councils) == 2
    # Opened again, nothing moves twice and the other database's copy is still not offered.
    open_database(path)
    close_database()
    assert another.exists() and {i.path.name for i in backup.list_backups(path)} >= {own.name}


def test_an_old_folder_is_left_alone_when_no_copy_is_this_databases(tmp_path, data_dir):
    path = tmp_path / "kenesh.sqlite3"
    shutil.copy(V3, path)
    legacy = data_dir / "backups" / "kenesh"
    another = _legacy_copy(legacy, "2026-05-05-101500.sqlite3", rename_council=True)
    open_database(path)
    close_database()
    assert another.exists()
    assert another.name not in {info.path.name for info in backup.list_backups(path)}


def test_a_copy_that_cannot_be_moved_now_waits_and_the_database_opens(tmp_path, data_dir,
                                                                      monkeypatch):
    import os

    path = tmp_path / "kenesh.sqlite3"
    shutil.copy(V3, path)
    own = _legacy_copy(data_dir / "backups" / "kenesh", "2026-05-04-101500.sqlite3")
    real_replace = os.replace

    def locked(source, target):  # held open by another program (Windows refuses the move)
        if source == own:
            raise PermissionError(13, "in use", str(source))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", locked)
    open_database(path)
    close_database()
    assert own.exists()
    monkeypatch.setattr(os, "replace", real_replace)
    open_database(path)  # the next opening moves it
    close_database()
    assert not own.exists() and own.name in {i.path.name for i in backup.list_backups(path)}
