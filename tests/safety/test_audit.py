"""The audit trail: every change through the store records when, who (the operating-system
user) and what (old → new values), in the same transaction as the change; bulk queries are
recorded row by row; a refused write records nothing."""

from __future__ import annotations

import datetime as dt
import getpass

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import audit, models, writes
from kenesh_desktop.store.db import open_database


@pytest.fixture
def opened(tmp_path, council):
    open_database(tmp_path / "kenesh.sqlite3", daily_backup=False)
    writes.import_councils([council])
    return council


def _member(council, code):
    return models.Member.get((models.Member.code == code)
                             & (models.Member.council == models.Council.get(
                                 models.Council.code == council.id).id))


def test_an_update_records_old_and_new_values_who_and_when(opened):
    plain = next(m for m in opened.members if m.role == "member")
    row = _member(opened, plain.id)
    before = dt.datetime.now().replace(microsecond=0)
    writes.end_membership(opened.id, plain.id, dt.date(2026, 5, 31))
    changes = audit.history(models.Member, row.id)
    assert [c.action for c in changes] == ["insert", "update"]
    last = changes[-1]
    assert last.changes == {"end": (None, "2026-05-31")}
    assert last.user == getpass.getuser()
    assert before <= last.at <= dt.datetime.now()
    assert changes[0].changes["full_name"] == (None, plain.full_name)


def test_a_bulk_update_is_recorded_row_by_row(opened):
    ids = [row.id for row in models.Member.select()]
    models.Member.update(organization="Башка уюм").where(models.Member.id.in_(ids[:3])).execute()
    for member_id in ids[:3]:
        assert audit.history(models.Member, member_id)[-1].action == "update"
    assert audit.history(models.Member, ids[3])[-1].action == "insert"


def test_a_refused_write_records_nothing(opened):
    count = audit.AuditEntry.select().count()
    with pytest.raises(writes.WriteError):
        writes.add_member(opened.id, r.Member("", "", "female", "Уюм", "member",
                                              dt.date(2026, 1, 1)))
    with pytest.raises(writes.WriteError):  # a second chair at the same time: refused late
        writes.add_member(opened.id, r.Member("", "Экинчи Төрага", "female", "Уюм", "chair",
                                              dt.date(2026, 1, 1)))
    assert audit.AuditEntry.select().count() == count


def test_an_unchanged_save_records_no_change(opened):
    chair = next(m for m in opened.members if m.role == "chair")
    row = _member(opened, chair.id)
    count = len(audit.history(models.Member, row.id))
    writes.update_member(opened.id, chair)
    assert len(audit.history(models.Member, row.id)) == count


def test_the_trail_is_exported_only_when_asked(opened, tmp_path):
    assert not list(tmp_path.glob("*.csv"))
    out = tmp_path / "trail.csv"
    assert audit.export_audit(out) > 0
    assert out.read_text(encoding="utf-8-sig").startswith("when,who,action,table,record")
