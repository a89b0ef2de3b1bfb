"""Schema steps the tests add after the real ones (store/migrations.py): the store's tests of
how a step runs (tests/store/test_db.py) and the safety tests on every fixture database
(tests/safety/test_migrations.py) add the same ones, hence here, at the top of `tests/`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kenesh_desktop.store import migrations


def rebuild_meeting(database) -> None:
    """Rebuild `meeting` the SQLite way (the 12-step procedure of step 2: new table, copy, drop,
    rename). As a step of its own it keeps foreign keys on: the DROP cascades (the trap)."""
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meeting'"
    ).fetchone()[0]
    database.execute_sql(sql.replace('"meeting"', '"meeting_new"', 1))
    database.execute_sql('INSERT INTO "meeting_new" SELECT * FROM "meeting"')
    database.execute_sql('DROP TABLE "meeting"')
    database.execute_sql('ALTER TABLE "meeting_new" RENAME TO "meeting"')


def rebuild_meeting_safely(database) -> None:
    """The same rebuild marked `rebuilds_tables`: foreign keys off around it."""
    rebuild_meeting(database)


rebuild_meeting_safely.rebuilds_tables = True


def add_next_step(monkeypatch: pytest.MonkeyPatch, step: Callable[..., None]) -> int:
    """Add `step` as the next schema version (for this test only); that version."""
    following = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", following)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (following, step)])
    return following
