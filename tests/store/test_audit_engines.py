"""The audit trail on both engines: every inserted row gets its own entry with its own id
(SQLite: consecutive rowids; PostgreSQL: the INSERT's RETURNING rows), with the council it
belongs to; "who" is the operating-system user on a file and the login on a server; a
deletion erases the values of the record and of the rows it cascaded to."""

from __future__ import annotations

import getpass

from kenesh_desktop.store import audit, models, writes
from kenesh_desktop.store.db import current_address


def test_every_row_of_an_import_is_in_the_trail_with_its_id_and_council(database,
                                                                        rich_council):
    writes.import_councils([rich_council])
    inserts = [c for c in audit.all_changes() if c.action == "insert"]
    for model in models.RECORD_MODELS:
        ids = sorted(row for (row,) in model.select(model._meta.primary_key).tuples())
        logged = sorted(c.record_id for c in inserts if c.table == model._meta.table_name)
        assert logged == ids, model._meta.table_name
    assert {c.council for c in inserts} == {"minfin"}
    votes = models.Vote.select().count()
    assert sum(c.table == "vote" for c in inserts) == votes > 1


def test_who_is_the_os_user_on_a_file_and_the_login_on_a_server(database, rich_council):
    writes.import_councils([rich_council])
    writes.update_council("minfin", name="Жаңы ат")
    change = audit.all_changes()[-1]
    assert change.changes == {"name": (rich_council.name, "Жаңы ат")}
    expected = getpass.getuser() if current_address() is None else \
        current_address().split("//")[1].split("@")[0]
    assert change.user == expected


def test_a_deleted_council_leaves_no_values_in_the_trail(database, rich_council):
    writes.import_councils([rich_council])
    writes.delete_council("minfin")
    changes = audit.all_changes()
    assert all(c.erased and c.record_id is None for c in changes if c.action != "delete")
    assert not any("Айгүл" in str(c.changes) for c in changes)
