"""The chair's grant (EXCHANGE.md, `server grant --role chair`): the chair reads the council
and may finalize and reopen its sittings, and nothing else: not a member, not a sitting's
place, not another council's sitting, through the program or with SQL as that login. Each
change is in the trail under the chair's login."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from server_helpers import CHAIR_A, DAY, A, B, as_login

from kenesh_desktop.store import access, audit, meeting_writes, queries, writes
from kenesh_desktop.store.db import open_database
from kenesh_desktop.store.engine_postgres import NotPermitted


def _open_sitting(council) -> str:
    return next(s.id for s in council.meetings if not s.finalized and s.date <= DAY)


def test_a_chair_finalizes_and_reopens_their_councils_sittings(shared):
    open_database(as_login(shared, CHAIR_A))
    council = queries.load_council(A)
    sitting = _open_sitting(council)
    assert access.current().may_finalize(A) and not access.current().may_write(A)
    meeting_writes.finalize(A, sitting, today=DAY)
    assert queries.load_council(A).meeting(sitting).finalized
    meeting_writes.reopen(A, sitting, "Добуштарды тактоо", on=DAY)
    reopened = queries.load_council(A).meeting(sitting)
    assert not reopened.finalized and reopened.reopenings[-1].reason == "Добуштарды тактоо"
    mine = [c for c in audit.all_changes() if c.user == CHAIR_A]
    assert {(c.table, c.action) for c in mine} == {("meeting", "update"),
                                                  ("reopening", "insert")}
    assert {c.council for c in mine} == {A}


def test_a_chair_cannot_edit_members_or_a_sittings_particulars(shared):
    open_database(as_login(shared, CHAIR_A))
    council = queries.load_council(A)
    member = council.members[0]
    with pytest.raises(NotPermitted):
        writes.update_member(A, dataclasses.replace(member, full_name="Башка Ат"))
    with pytest.raises(NotPermitted):
        meeting_writes.update_meeting(A, _open_sitting(council), place="Башка жер")
    with pytest.raises(writes.WriteError, match="unknown council"):
        meeting_writes.finalize(B, council.meetings[0].id, today=DAY)
    assert queries.load_council(A) == council


def test_a_chair_cannot_do_more_with_raw_sql(shared, raw):
    connection = raw(CHAIR_A)
    owner = psycopg.connect(shared, autocommit=True)
    try:
        a_meeting, b_meeting = (owner.execute(
            "SELECT meeting.id FROM meeting JOIN council ON council.id = meeting.council_id "
            "WHERE council.code = %s ORDER BY meeting.id LIMIT 1", (code,)).fetchone()[0]
            for code in (A, B))
        place = owner.execute("SELECT place FROM meeting WHERE id = %s",
                              (a_meeting,)).fetchone()[0]
    finally:
        owner.close()
    assert connection.execute("UPDATE meeting SET finalized = true WHERE id = %s",
                              (a_meeting,)).rowcount == 1
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE meeting SET place = 'x' WHERE id = %s", (a_meeting,))
    assert connection.execute("UPDATE meeting SET finalized = true WHERE id = %s",
                              (b_meeting,)).rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE member SET full_name = 'x'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("DELETE FROM meeting WHERE id = %s", (a_meeting,))
    assert connection.execute("SELECT place FROM meeting WHERE id = %s",
                              (a_meeting,)).fetchone()[0] == place
    # The trail is not rewritten: its entries stay as they were written.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE audit_entry SET \"user\" = 'someone'")
