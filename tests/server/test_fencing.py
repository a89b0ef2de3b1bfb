"""Each login is fenced to its councils by PostgreSQL itself (row-level security): a secretary
of council A neither reads nor changes council B, through the program or with SQL sent
directly as that login, on every table that reaches a council and on the audit trail; a
reader changes nothing; a login without a grant sees nothing."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from server_helpers import READER, SECRETARY_A, SECRETARY_B, STRANGER, A, B, as_login

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import access, audit, queries, scope, writes
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.store.engine_postgres import NotPermitted, ServerRefused
from kenesh_desktop.store.models import ALL_MODELS


def _ids_by_council(address: str) -> dict[str, dict[str, list[int]]]:
    """As the owner: the row ids of every council table, by council."""
    open_database(address)
    try:
        out: dict[str, dict[str, list[int]]] = {A: {}, B: {}}
        for model, _path in scope.scoped_models():
            ids = [row for (row,) in model.select(model._meta.primary_key).tuples()]
            for pk, council in scope.councils_of(model, ids).items():
                out[council].setdefault(model._meta.table_name, []).append(pk)
        return out
    finally:
        close_database()


def test_every_table_of_councils_is_fenced(shared, raw):
    assert scope.unscoped_tables() == []
    policies = {(table, name) for table, name in raw(SECRETARY_A).execute(
        "SELECT tablename, policyname FROM pg_policies").fetchall()}
    for model, _path in scope.scoped_models():
        table = model._meta.table_name
        assert (table, "kenesh_read") in policies
        assert (table, "kenesh_write") in policies
    assert ("audit_entry", "kenesh_read") in policies
    secured = {name for (name,) in raw(SECRETARY_A).execute(
        "SELECT relname FROM pg_class WHERE relrowsecurity").fetchall()}
    assert {m._meta.table_name for m in ALL_MODELS if m._meta.table_name != "store_info"} \
        | {"audit_entry"} <= secured


def test_a_secretary_reads_and_changes_only_their_council_through_the_program(shared):
    open_database(as_login(shared, SECRETARY_A))
    assert [c.id for c in queries.list_councils()] == [A]
    assert [c.id for c in queries.load_all()] == [A]
    with pytest.raises(LookupError):
        queries.load_council(B)
    newcomer = r.Member("", "Жаңы Мүчө", "male", "Уюм", "member", dt.date(2026, 1, 1))
    with pytest.raises(writes.WriteError, match="unknown council"):
        writes.add_member(B, newcomer)
    with pytest.raises(writes.WriteError, match="unknown council"):
        writes.delete_council(B)
    code = writes.add_member(A, newcomer)
    assert code in {m.id for m in queries.load_council(A).members}
    assert {c.council for c in audit.all_changes()} == {A}
    assert access.current().role(A) == "secretary" and access.current().role(B) is None
    close_database()
    open_database(as_login(shared, SECRETARY_B))
    assert [c.id for c in queries.list_councils()] == [B]
    assert code not in {m.id for m in queries.load_council(B).members}


def test_a_secretary_cannot_read_or_change_another_council_with_raw_sql(shared, raw):
    ids = _ids_by_council(shared)
    connection = raw(SECRETARY_A)
    for table, b_ids in ids[B].items():
        assert connection.execute(f"SELECT id FROM {table} WHERE id = ANY(%s)",
                                  (b_ids,)).fetchall() == [], table
        assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(
            ids[A].get(table, [])), table
        assert connection.execute(f"UPDATE {table} SET version = version + 1 "
                                  "WHERE id = ANY(%s)", (b_ids,)).rowcount == 0, table
        assert connection.execute(f"DELETE FROM {table} WHERE id = ANY(%s)",
                                  (b_ids,)).rowcount == 0, table
    b_council = ids[B]["council"][0]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("INSERT INTO member (council_id, code, full_name, sex, "
                           "organization, role, start) VALUES (%s, 'x1', 'X', 'male', 'O', "
                           "'member', '2026-01-01')", (b_council,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE member SET council_id = %s WHERE id = %s",
                           (b_council, ids[A]["member"][0]))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("INSERT INTO council (code, name, state_body, rulebook) "
                           "VALUES ('mine', 'N', 'S', 'kg-74-2014')")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT * FROM kenesh_grant")
    assert connection.execute("SELECT count(*) FROM audit_entry WHERE council = %s",
                              (B,)).fetchone()[0] == 0
    # B is untouched, as its secretary sees it.
    assert _ids_by_council(shared)[B] == ids[B]


def test_a_reader_of_every_council_reads_all_and_writes_nothing(shared, raw):
    ids = _ids_by_council(shared)
    open_database(as_login(shared, READER))
    assert {c.id for c in queries.list_councils()} == {A, B}
    assert access.current().reads_all and not access.current().may_write(A)
    with pytest.raises(NotPermitted):
        writes.update_council(A, name="Башка ат")
    with pytest.raises(writes.WriteError, match="may not write"):
        writes.import_councils([r.Council("new", "N", "S", terms=[
            r.Term(dt.date(2026, 1, 1), dt.date(2027, 12, 31))])])
    close_database()
    connection = raw(READER)
    for table, a_ids in ids[A].items():
        assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(
            a_ids) + len(ids[B].get(table, []))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(f"UPDATE {table} SET version = version + 1 WHERE id = %s",
                               (a_ids[0],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(f"DELETE FROM {table} WHERE id = %s", (a_ids[0],))
    assert _ids_by_council(shared) == ids


def test_a_login_without_a_grant_is_told_so(shared, raw):
    with pytest.raises(ServerRefused, match="no access"):
        open_database(as_login(shared, STRANGER))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        raw(STRANGER).execute("SELECT * FROM member")
