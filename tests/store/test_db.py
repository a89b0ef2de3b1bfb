"""Opening the database: the pragmas are in force, the schema version is recorded, a file that
is not ours (or is newer than us) is refused and left byte for byte as it was, and migration
steps run each in one transaction, with foreign keys off around a table rebuild."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import peewee
import pytest
from database_files import saved_database
from migration_steps import add_next_step, rebuild_meeting, rebuild_meeting_safely

from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import migrations, models, queries, writes
from kenesh_desktop.store.db import (
    DatabaseRefused,
    NewerDatabase,
    NotKeneshDatabase,
    close_database,
    current_path,
    open_database,
)


def test_pragmas_are_in_force(tmp_path):
    """SQLite's own settings (a server has none of these)."""
    database = open_database(tmp_path / "kenesh.sqlite3")
    try:
        assert database.pragma("foreign_keys") == 1
        assert database.pragma("journal_mode") == "wal"
        assert database.pragma("synchronous") == 2  # FULL
    finally:
        close_database()


def test_fresh_file_gets_the_schema_version_and_its_folder(tmp_path):
    path = tmp_path / "new" / "nested" / "kenesh.sqlite3"
    open_database(path)
    try:
        assert path.is_file()
        assert current_path() == path
        assert models.Council.table_exists()
    finally:
        close_database()
    assert current_path() is None
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == (
            migrations.SCHEMA_VERSION
        )


def test_reopening_keeps_the_records(tmp_path, rich_council):
    path = saved_database(tmp_path / "kenesh.sqlite3", rich_council)
    open_database(path)
    try:
        assert queries.load_council("minfin") == rich_council
    finally:
        close_database()


def test_memory_database_works_and_has_no_path():
    open_database(":memory:")
    try:
        assert current_path() is None
        assert store_db.is_open()
        assert queries.list_councils() == []
    finally:
        close_database()
    assert not store_db.is_open()


def _foreign_database(path, user_version: int, tables: bool = True) -> bytes:
    connection = sqlite3.connect(path)
    if tables:
        connection.execute("CREATE TABLE council (id INTEGER PRIMARY KEY, code TEXT)")
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('keep me')")
    connection.execute(f"PRAGMA user_version = {user_version}")
    connection.commit()
    connection.close()
    return path.read_bytes()


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    before = _foreign_database(path, migrations.SCHEMA_VERSION + 1)
    with pytest.raises(NewerDatabase) as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert "newer" in str(caught.value)
    assert isinstance(caught.value, peewee.DatabaseError)
    assert path.read_bytes() == before
    assert not store_db.is_open()


def test_non_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "letter.sqlite3"
    path.write_text("Урматтуу мырза, бул маалымат базасы эмес.", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotKeneshDatabase) as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before


def test_sqlite_of_another_program_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    before = _foreign_database(path, 0)
    with pytest.raises(NotKeneshDatabase, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_versioned_database_without_our_tables_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE things (x)")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="without the Kenesh schema"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(NotKeneshDatabase, match="folder"):
        open_database(tmp_path)


def test_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path)
    try:
        assert store_db.db.pragma("user_version") == migrations.SCHEMA_VERSION
    finally:
        close_database()


CURRENT = migrations.SCHEMA_VERSION
NEXT = CURRENT + 1


def test_a_rebuild_with_foreign_keys_off_keeps_child_rows(tmp_path, rich_council, monkeypatch):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    writes.import_councils([rich_council])
    attendance = models.Attendance.select().count()
    close_database()
    add_next_step(monkeypatch, rebuild_meeting_safely)
    open_database(path)
    try:
        assert store_db.db.pragma("user_version") == NEXT
        assert store_db.db.pragma("foreign_keys") == 1
        assert models.Attendance.select().count() == attendance > 0
        assert queries.load_council("minfin") == rich_council
    finally:
        close_database()


def test_the_trap_a_rebuild_with_foreign_keys_on_deletes_child_rows(
    tmp_path, rich_council, monkeypatch
):
    """Why `rebuilds_tables` exists: without it, DROP TABLE cascades into attendance."""
    for proposal in rich_council.proposals:
        proposal.considered_at = None
    for plan in rich_council.plans:
        plan.approved_at = None
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    writes.import_councils([rich_council])
    assert models.Attendance.select().count() > 0
    close_database()
    add_next_step(monkeypatch, rebuild_meeting)
    open_database(path)
    try:
        assert models.Attendance.select().count() == 0
        assert models.AgendaItem.select().count() == 0
    finally:
        close_database()


def test_a_rebuild_with_foreign_keys_on_is_stopped_by_a_kept_reference(
    tmp_path, rich_council, monkeypatch
):
    """A NO ACTION reference (a proposal's sitting) makes the cascading DROP fail instead;
    the step is rolled back and the records are intact."""
    path = saved_database(tmp_path / "kenesh.sqlite3", rich_council)
    add_next_step(monkeypatch, rebuild_meeting)
    with pytest.raises(peewee.IntegrityError):
        open_database(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:-1])
    open_database(path)
    try:
        assert store_db.db.pragma("user_version") == CURRENT
        assert queries.load_council("minfin") == rich_council
    finally:
        close_database()


def test_a_failed_step_is_rolled_back_with_its_version(tmp_path, monkeypatch):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    close_database()

    def step(database):
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("power cut")

    add_next_step(monkeypatch, step)
    with pytest.raises(RuntimeError):
        open_database(path)
    assert not store_db.is_open()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def test_a_rebuild_leaving_dangling_references_is_refused(tmp_path, rich_council, monkeypatch):
    path = saved_database(tmp_path / "kenesh.sqlite3", rich_council)

    def step(database):
        database.execute_sql('DELETE FROM "member" WHERE code = ?', ("m1",))

    step.rebuilds_tables = True
    add_next_step(monkeypatch, step)
    with pytest.raises(migrations.MigrationError, match="dangling"):
        open_database(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:-1])
    open_database(path)
    try:
        assert store_db.db.pragma("foreign_keys") == 1
        assert queries.load_council("minfin") == rich_council
    finally:
        close_database()


def test_store_imports_no_qt():
    code = (
        "import sys; import kenesh_desktop.store.writes, kenesh_desktop.store.queries, "
        "kenesh_desktop.store.exchange; "
        "sys.exit(1 if any(name.startswith('PySide6') for name in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
