"""Protects store/changes.py: an edit captured as it is written can be taken back (undo) and
made again (redo) exactly, cascaded rows included; a change that cannot be trusted any more
refuses and writes nothing; a refused write leaves no phantom change behind."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import changes, queries, versions, writes
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import models as m


@pytest.fixture
def council_id(database, rich_council) -> str:
    writes.import_councils([rich_council])
    return rich_council.id


def snapshot() -> dict:
    """Every record row of the database, by table and key (without the rows' versions,
    which every change raises, undo and redo included)."""
    return {model.__name__: sorted(({k: v for k, v in row.items() if k != "version"}
                                    for row in model.select().dicts()), key=str)
            for model in m.RECORD_MODELS}


def record(write):
    with changes.capture() as captured:
        write()
    return captured.changeset()


def undone_and_redone(write, while_undone=lambda: None):
    """Record `write`: it changes rows; undo brings back every record row as it was before
    (ids included), redo every row as it was after. `while_undone` checks more in between.
    The recorded change."""
    before = snapshot()
    change = record(write)
    after = snapshot()
    assert change and before != after
    change.undo()
    assert snapshot() == before
    while_undone()
    change.redo()
    assert snapshot() == after
    return change


def test_an_update_is_undone_and_redone(council_id):
    undone_and_redone(lambda: mw.set_state_body_representative(council_id, "s2", "К. Асанов"))


def test_an_insert_is_undone_and_redone_with_the_same_id(council_id):
    def gone():
        assert "m9" not in {x.id for x in queries.load_council(council_id).members}

    undone_and_redone(lambda: writes.add_member(council_id, r.Member(
        "m9", "Айбек Осмонов", "male", "Уюм", "member", dt.date(2026, 3, 1))), gone)


def test_a_deletion_brings_back_every_cascaded_row(council_id):
    """Deleting a sitting removes its attendance, agenda, votes and guests by CASCADE: the
    undo puts back every one of them, with their ids."""
    day = dt.date(2026, 6, 2)
    meeting_id = mw.create_meeting(council_id, day, place="Бишкек")
    mw.all_present(council_id, meeting_id)
    mw.add_guest(council_id, meeting_id, r.Guest("Конок", "Уюм", "media"))
    mw.add_agenda_item(council_id, meeting_id, r.AgendaItem("Маселе", "council", "", {}))
    mw.set_vote(council_id, meeting_id, 0, "m1", "for")
    change = undone_and_redone(lambda: mw.delete_meeting(council_id, meeting_id))
    assert {c.model for c in change.changes} == {m.Meeting, m.Attendance, m.Guest,
                                                  m.AgendaItem, m.Vote}


def test_a_refused_write_records_nothing(council_id):
    before = snapshot()
    with changes.capture() as captured, pytest.raises(writes.WriteError):
        writes.add_member(council_id, r.Member("m1", "Кайталанган", "male", "Уюм", "member",
                                               dt.date(2026, 3, 1)))
    assert not captured.changeset()
    assert snapshot() == before


def test_a_rolled_back_tail_is_left_out(database):
    """Two writes, the second refused after it wrote inside its transaction: only the first
    is kept."""
    from kenesh_desktop.store.db import db

    council = m.Council.create(code="x", name="X", state_body="Y")
    with changes.capture() as captured:
        m.Council.update(name="X2").where(m.Council.id == council.id).execute()
        with pytest.raises(RuntimeError), db.atomic():
            m.Council.update(name="X3").where(m.Council.id == council.id).execute()
            raise RuntimeError("refused")
    change = captured.changeset()
    assert [c.after["name"] for c in change.changes] == ["X2"]
    change.undo()
    assert m.Council.get_by_id(council.id).name == "X"


def test_undo_refuses_when_the_rows_changed_since(council_id):
    change = record(lambda: mw.set_state_body_representative(council_id, "s2", "А"))
    mw.set_state_body_representative(council_id, "s2", "Б")  # not through the history
    before = snapshot()
    with pytest.raises(changes.ChangeConflict):
        change.undo()
    assert snapshot() == before


def test_undo_and_redo_raise_the_version_so_an_open_form_is_refused(council_id):
    seen = versions.current("meeting", council_id, "s2").version
    change = record(lambda: mw.set_state_body_representative(council_id, "s2", "К. Асанов"))
    edited = versions.current("meeting", council_id, "s2").version
    change.undo()
    undone = versions.current("meeting", council_id, "s2").version
    change.redo()
    assert seen < edited < undone < versions.current("meeting", council_id, "s2").version
    with pytest.raises(versions.StaleRecord), versions.guard("meeting", council_id, "s2",
                                                             undone):
        pass


def test_redo_refuses_when_a_freed_id_was_taken(council_id, engine):
    change = record(lambda: writes.add_member(council_id, r.Member(
        "m9", "Айбек Осмонов", "male", "Уюм", "member", dt.date(2026, 3, 1))))
    freed = change.changes[0].key
    change.undo()
    writes.add_member(council_id, r.Member("m8", "Башка", "male", "Уюм", "member",
                                           dt.date(2026, 3, 1)))  # SQLite: the freed row id
    if m.Member.get_or_none(m.Member.id == freed) is None:
        # PostgreSQL's sequences never hand out a freed id again: the redo simply works.
        assert engine == "postgresql"
        change.redo()
        assert m.Member.get(m.Member.id == freed).code == "m9"
        return
    before = snapshot()
    with pytest.raises(changes.ChangeConflict):
        change.redo()
    assert snapshot() == before


def test_a_write_outside_a_capture_is_counted(council_id):
    changes.install()
    before = changes.unrecorded_writes
    with changes.capture():
        mw.set_state_body_representative(council_id, "s2", "Б")
    assert changes.unrecorded_writes == before
    mw.set_state_body_representative(council_id, "s2", "А")
    assert changes.unrecorded_writes == before + 1


def test_adding_or_removing_a_council_is_not_undoable(database, rich_council):
    with changes.capture() as captured:
        writes.import_councils([rich_council])
    assert not captured.changeset().undoable
    with changes.capture() as captured:
        writes.update_council(rich_council.id, name="Жаңы аты")
    assert captured.changeset().undoable


def test_finalizing_and_reopening_are_not_undoable(council_id):
    with changes.capture() as captured:
        mw.finalize(council_id, "s2", today=dt.date(2026, 5, 6))
    assert not captured.changeset().undoable
    with changes.capture() as captured:
        mw.reopen(council_id, "s2", "Тактоо", on=dt.date(2026, 5, 7))
    assert not captured.changeset().undoable
