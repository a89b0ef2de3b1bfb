"""Safe migrations: the populated fixture database of every schema version (tests/fixtures)
opens and is upgraded to the current version with every row kept, references intact and a
backup of the old file made first; a table rebuild on top of each fixture keeps every child
row (foreign keys off around it). A new schema version without its fixture fails here. The
schema every fixture ends with is exactly the one models.py describes; step 3 (a candidate's
requirements nullable) keeps every candidate's values and scans, and then keeps "not yet
recorded" apart from "no"."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import peewee
import pytest
from migration_steps import add_next_step, rebuild_meeting_safely
from safety_helpers import row_counts

from kenesh_desktop.demo import DEMO_COUNCIL_ID
from kenesh_desktop.rules import records as r
from kenesh_desktop.store import (
    audit,
    backup,
    competition_writes,
    migrations,
    models,
    queries,
    writes,
)
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
    # store_info also records where the database was opened (identity.py: copies)
    assert {t: after[t] for t in before if t != "store_info"} == {
        t: n for t, n in before.items() if t != "store_info"}
    assert after["store_info"] >= before.get("store_info", 0)
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
                                               .terms[0].start))
    council_row = models.Council.get(models.Council.code == council)
    row = models.Member.get((models.Member.code == code)
                            & (models.Member.council == council_row.id))
    assert [c.action for c in audit.history(models.Member, row.id)] == ["insert"]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_a_rebuilding_step_keeps_every_child_row(fixture, tmp_path, monkeypatch):
    """The trap: DROP TABLE with foreign keys on cascades into attendance, items and votes.
    `rebuilds_tables` turns them off around the step; row counts prove nothing was lost."""
    path = _copy(fixture, tmp_path)
    before = row_counts(path)
    following = add_next_step(monkeypatch, rebuild_meeting_safely)
    open_database(path, daily_backup=False)
    assert store_db.db.pragma("user_version") == following
    assert store_db.db.pragma("foreign_keys") == 1
    close_database()
    after = row_counts(path)
    assert {t: after[t] for t in before if t != "store_info"} == {
        t: n for t, n in before.items() if t != "store_info"}
    assert before["attendance"] > 0 and before["vote"] > 0


def _schema(connection) -> dict[str, dict]:
    """Every table as SQLite describes it: its columns (name, type, not null, default,
    primary key, in order), foreign keys (target, columns, on delete) and indexes (unique,
    columns). A column added in place and one made by CREATE TABLE compare equal, as they
    behave the same."""
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    schema = {}
    for table in tables:
        indexes = {}
        for _, name, unique, origin, _partial in connection.execute(
                f'PRAGMA index_list("{table}")'):
            if origin == "pk":
                continue
            columns = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
            indexes[name] = (bool(unique), columns)
        schema[table] = {
            "columns": [row[1:] for row in connection.execute(f'PRAGMA table_info("{table}")')],
            "foreign_keys": sorted(row[2:7] for row in connection.execute(
                f'PRAGMA foreign_key_list("{table}")')),
            "indexes": indexes,
        }
    return schema


def _candidates(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT * FROM candidate ORDER BY id").fetchall()


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_an_upgraded_fixture_has_exactly_the_schema_of_models_py(fixture, tmp_path):
    """Every step together builds what models.py (and audit.py) describe, column for column,
    index for index: a rebuilt table comes back with its indexes and foreign keys, a column
    added in place has its reference and index, a dropped one is gone."""
    path = _copy(fixture, tmp_path)
    open_database(path, daily_backup=False)
    upgraded = _schema(store_db.db.connection())
    close_database()
    described = peewee.SqliteDatabase(":memory:")
    described.connect()
    with described.bind_ctx([*models.ALL_MODELS, audit.AuditEntry]):
        described.create_tables([*models.ALL_MODELS, audit.AuditEntry])
    assert upgraded == _schema(described.connection())
    assert "term_start" not in str(upgraded["council"])
    described.close()


@pytest.mark.parametrize("fixture", [p for p in FIXTURE_FILES if _version(p) < 4],
                         ids=lambda p: p.stem)
def test_step_4_makes_each_councils_term_its_first_composition(fixture, tmp_path):
    """Step 4: the one term of a council (two columns of `council`) becomes its first
    composition with `formed` unknown; sittings keep their rows with nobody recorded as
    presiding; the database gets its own identity."""
    path = _copy(fixture, tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        terms = dict(connection.execute(
            "SELECT code, term_start || '/' || term_end FROM council").fetchall())
    open_database(path, daily_backup=False)
    councils = queries.load_all()
    assert {c.id: f"{c.terms[0].start}/{c.terms[0].end}" for c in councils} == terms
    assert all(len(c.terms) == 1 and c.terms[0].formed is None for c in councils)
    assert all(s.presiding is None and s.minutes_by is None
               for c in councils for s in c.meetings)
    identity = models.StoreInfo.get(models.StoreInfo.key == "database_id").value
    assert re.fullmatch(r"[0-9a-f]{32}", identity)
    close_database()


@pytest.mark.parametrize("fixture", [p for p in FIXTURE_FILES if _version(p) < 3],
                         ids=lambda p: p.stem)
def test_step_3_keeps_every_candidate_value_and_their_scans(fixture, tmp_path):
    """Step 3 rebuilds `candidate` (requirements nullable): every row comes back with the
    same id and values (a requirement recorded false stays false), and a scan attached to a
    candidate is not lost to ON DELETE CASCADE."""
    path = _copy(fixture, tmp_path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO candidate_attachment (candidate_id, file_name, stored_path, sha256) "
            "SELECT id, 'scan.pdf', 'attachments/x/scan.pdf', ? FROM candidate LIMIT 1",
            ("0" * 64,))
    before = _candidates(path)
    assert before and row_counts(path)["candidate_attachment"] == 1
    open_database(path, daily_backup=False)
    close_database()
    width = len(before[0])  # later steps add columns (step 5: the row's version)
    assert [row[:width] for row in _candidates(path)] == before
    assert row_counts(path)["candidate_attachment"] == 1


def test_after_step_3_a_requirement_not_yet_recorded_stays_apart_from_no(tmp_path):
    fixture = FIXTURES / "kenesh-v2.sqlite3"
    path = _copy(fixture, tmp_path)
    open_database(path, daily_backup=False)
    council = DEMO_COUNCIL_ID
    competition = queries.load_council(council).competitions[0]
    k = competition.candidates[0]
    k.requirements = {**k.requirements, "reputation": None, "independent": False}
    competition_writes.update_candidate(council, k)
    stored = next(c for c in queries.load_council(council).competitions[0].candidates
                  if c.id == k.id)
    assert stored.requirements["reputation"] is None
    assert stored.requirements["independent"] is False
    assert stored.requirements["citizen_capable"] is True


def test_the_version_3_fixture_holds_a_requirement_not_yet_recorded(tmp_path):
    path = _copy(FIXTURES / "kenesh-v3.sqlite3", tmp_path)
    open_database(path, daily_backup=False)
    candidates = [k for c in queries.load_all() for x in c.competitions for k in x.candidates]
    assert any(None in k.requirements.values() for k in candidates)
    assert any(False in k.requirements.values() for k in candidates)


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_the_steps_up_to_a_version_make_exactly_the_schema_it_shipped_with(fixture, tmp_path):
    """A new database taken through steps 1 to N has the tables, columns, references and
    indexes of the fixture version N shipped with: the frozen shapes the steps build from
    (schema_v1.py, migrations.py) still make exactly what they made."""
    from kenesh_desktop.store.engine_sqlite import KeneshDatabase, SqliteVersion

    database = KeneshDatabase(str(tmp_path / "new.sqlite3"))
    database.connect()
    database.pragma("foreign_keys", 1)
    migrations.migrate(database, SqliteVersion(database), upto=_version(fixture))
    made = _schema(database.connection())
    database.close()
    with closing(sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)) as shipped:
        assert made == _schema(shipped)
