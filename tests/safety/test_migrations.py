"""Safe migrations: the populated fixture database of every schema version (tests/fixtures)
opens and is upgraded to the current version with every row kept, references intact and a
backup of the old file made first; a table rebuild on top of each fixture keeps every child
row (foreign keys off around it). A new schema version without its fixture fails here."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from safety_helpers import row_counts

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import audit, backup, migrations, models, queries, writes
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store.db import close_database, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("kenesh-v*.sqlite3"))


def _version(path: Path) -> int:
    return int(re.fullmatch(r"kenesh-v(\d+)\.sqlite3", path.name).group(1))


def _copy(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / "kenesh.sqlite3"
    shutil.copyfile(fixture, target)
    return target


def _user_version(path: Path) -> int:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def test_every_schema_version_has_a_populated_fixture():
    versions = sorted(_version(path) for path in FIXTURE_FILES)
    assert versions == list(range(1, migrations.SCHEMA_VERSION + 1)), (
        "make the fixture of the new version: python tests/fixtures/make_fixtures.py"
    )
    for path in FIXTURE_FILES:
        assert _user_version(path) == _version(path)
        counts = row_counts(path)
        assert all(counts[model._meta.table_name] > 0 for model in
                   (models.Council, models.Member, models.Meeting, models.Attendance,
                    models.Vote, models.Candidate)), counts


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_a_fixture_upgrades_with_every_row_kept(fixture, tmp_path):
    path = _copy(fixture, tmp_path)
    version = _version(fixture)
    before = row_counts(path)
    open_database(path, daily_backup=False)
    database = store_db.db
    assert database.pragma("user_version") == migrations.SCHEMA_VERSION
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert database.pragma("foreign_keys") == 1
    councils = queries.load_all()
    assert len(councils) == before["council"]
    close_database()
    after = row_counts(path)
    assert {t: after[t] for t in before} == before
    copies = backup.list_backups(path)
    if version < migrations.SCHEMA_VERSION:
        # The old file was copied before the first step ran.
        assert len(copies) == 1
        assert _user_version(copies[0].path) == version
        assert row_counts(copies[0].path) == before
    else:
        assert copies == []


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_an_upgraded_fixture_records_changes(fixture, tmp_path):
    path = _copy(fixture, tmp_path)
    open_database(path, daily_backup=False)
    council = queries.list_councils()[0].id
    code = writes.add_member(council, r.Member("", "Жаңы Мүчө", "female", "Жаңы уюм",
                                               "member", queries.load_council(council)
                                               .term_start))
    council_row = models.Council.get(models.Council.code == council)
    row = models.Member.get((models.Member.code == code)
                            & (models.Member.council == council_row.id))
    assert [c.action for c in audit.history(models.Member, row.id)] == ["insert"]


def _rebuild_meeting(database):
    """Rebuild `meeting` the SQLite way (new table, copy, drop, rename)."""
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meeting'"
    ).fetchone()[0]
    database.execute_sql(sql.replace('"meeting"', '"meeting_new"', 1))
    database.execute_sql('INSERT INTO "meeting_new" SELECT * FROM "meeting"')
    database.execute_sql('DROP TABLE "meeting"')
    database.execute_sql('ALTER TABLE "meeting_new" RENAME TO "meeting"')


_rebuild_meeting.rebuilds_tables = True


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_a_rebuilding_step_keeps_every_child_row(fixture, tmp_path, monkeypatch):
    """The trap: DROP TABLE with foreign keys on cascades into attendance, items and votes.
    `rebuilds_tables` turns them off around the step; row counts prove nothing was lost."""
    path = _copy(fixture, tmp_path)
    before = row_counts(path)
    following = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", following)
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [*migrations.MIGRATIONS, (following, _rebuild_meeting)])
    open_database(path, daily_backup=False)
    assert store_db.db.pragma("user_version") == following
    assert store_db.db.pragma("foreign_keys") == 1
    close_database()
    after = row_counts(path)
    assert {t: after[t] for t in before} == before
    assert before["attendance"] > 0 and before["vote"] > 0
