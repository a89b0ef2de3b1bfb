"""Every user action is one transaction: an error injected at any write statement of a store
write function leaves the database exactly as before (a full dump compared), and a full disk
rolls back cleanly with a WriteError that tells the user, after which the program goes on."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.demo import demo_council
from kenesh_desktop.rules import records as r
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import engine_sqlite, queries, writes
from kenesh_desktop.store.db import open_database

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Injected(RuntimeError):
    pass


def _dump() -> list[str]:
    """The whole database through the program's own connection (it holds the lock)."""
    connection = store_db.db.connection()
    return [*connection.iterdump(),
            f"user_version={connection.execute('PRAGMA user_version').fetchone()[0]}"]


@pytest.fixture
def opened(tmp_path, council):
    open_database(tmp_path / "kenesh.sqlite3", daily_backup=False)
    writes.import_councils([council])
    return council


def _actions(council):
    chair = next(m for m in council.members if m.role == "chair")
    plain = next(m for m in council.members if m.role == "member")
    other = demo_council(dt.date(2026, 6, 1))
    other.id = "second"
    return {
        "import": lambda: writes.import_councils([other]),
        "create_council": lambda: writes.create_council(
            "new", "Жаңы кеңеш", "Министрлик", dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
        "update_council": lambda: writes.update_council(council.id, name="Башка ат"),
        "add_member": lambda: writes.add_member(council.id, r.Member(
            "", "Жаңы Мүчө", "female", "Жаңы уюм", "member", dt.date(2026, 1, 1))),
        "update_member": lambda: writes.update_member(council.id, r.Member(
            chair.id, chair.full_name + " уулу", chair.sex, chair.organization, chair.role,
            chair.start, chair.end, chair.pin, chair.phone, chair.email)),
        "end_membership": lambda: writes.end_membership(council.id, plain.id,
                                                        dt.date(2026, 5, 31)),
        "delete_council": lambda: writes.delete_council(council.id),
    }


def _count_writes(monkeypatch, fail_at: int | None) -> list[int]:
    """Count write statements; raise Injected at statement number `fail_at`."""
    seen = [0]
    original = engine_sqlite.KeneshDatabase.execute_sql

    def execute_sql(self, sql, params=None):
        if sql.lstrip().upper().startswith(WRITES):
            seen[0] += 1
            if seen[0] == fail_at:
                raise Injected(f"power cut at write statement {fail_at}")
        return original(self, sql, params)

    monkeypatch.setattr(engine_sqlite.KeneshDatabase, "execute_sql", execute_sql)
    return seen


@pytest.mark.parametrize("action", ["import", "create_council", "update_council", "add_member",
                                    "update_member", "end_membership", "delete_council"])
def test_a_failure_at_any_write_leaves_the_database_as_before(opened, monkeypatch, action):
    run = _actions(opened)[action]
    before = _dump()
    # Measure the action's write statements inside a transaction that is then undone.
    with monkeypatch.context() as patch:
        seen = _count_writes(patch, None)
        with store_db.db.atomic() as transaction:
            run()
            transaction.rollback()
    total = seen[0]
    assert total > 0 and _dump() == before
    points = sorted(p for p in {1, 2, 3, total // 3, total // 2, total - 1, total}
                    if 1 <= p <= total)
    for fail_at in points:
        with monkeypatch.context() as patch:
            _count_writes(patch, fail_at)
            with pytest.raises(Injected):
                run()
        assert not store_db.db.connection().in_transaction
        assert _dump() == before, (action, fail_at, total)
    run()
    assert _dump() != before  # the action does change something when nothing fails


def test_a_full_disk_rolls_back_and_tells_the_user(opened):
    before = _dump()
    pages = store_db.db.pragma("page_count")
    store_db.db.pragma("max_page_count", pages + 2)
    other = demo_council(dt.date(2026, 6, 1))
    other.id = "second"
    with pytest.raises(writes.WriteError, match="disk is full") as caught:
        writes.import_councils([other])
    assert "not saved" in str(caught.value)
    # keyed, so the window says it in its language, naming the file's disk
    assert caught.value.template.startswith("The disk is full")
    assert caught.value.values == {"path": str(store_db.current_path())}
    assert not store_db.db.connection().in_transaction
    assert _dump() == before
    # The program goes on: with room again, the same action succeeds.
    store_db.db.pragma("max_page_count", 1_000_000)
    writes.import_councils([other])
    assert {c.id for c in queries.list_councils()} == {opened.id, "second"}


def test_a_full_disk_inside_an_outer_transaction_is_reported_too(opened):
    before = _dump()
    store_db.db.pragma("max_page_count", store_db.db.pragma("page_count") + 1)
    other = demo_council(dt.date(2026, 6, 1))
    other.id = "second"
    with pytest.raises(writes.WriteError, match="disk is full"):
        with store_db.db.atomic():
            writes.update_council(opened.id, name="Башка ат")
            writes.import_councils([other])
    assert not store_db.db.connection().in_transaction
    assert _dump() == before
