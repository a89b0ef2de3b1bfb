"""No lost update (issue 19): every change of a record raises its version, and a form's save
made over a version the user never saw is refused, naming who changed the record and when,
with nothing saved; saved again over the current version, both changes stay. On both
engines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kenesh_desktop.store import meeting_writes, plan_writes, queries, versions, writes
from kenesh_desktop.store.audit import current_user


def test_every_change_raises_the_version_and_only_of_the_row_changed(database, rich_council):
    writes.import_councils([rich_council])
    first = versions.current("meeting", "minfin", "s2")
    other = versions.current("meeting", "minfin", "s1")
    assert first.version == 1
    meeting_writes.update_meeting("minfin", "s2", place="Жаңы жер")
    after = versions.current("meeting", "minfin", "s2")
    assert after.version == 2 and after.who == current_user()
    assert versions.current("meeting", "minfin", "s1") == other
    assert versions.current("member", "minfin", "m1").version == 1
    assert versions.current("plan", "minfin", 2026).version == 1


def test_a_save_over_a_newer_version_is_refused_and_both_changes_survive(database,
                                                                         rich_council):
    writes.import_councils([rich_council])
    # Two people open sitting s2's form: both see version 1.
    seen_by_first = seen_by_second = versions.current("meeting", "minfin", "s2").version
    with versions.guard("meeting", "minfin", "s2", seen_by_second):
        meeting_writes.update_meeting("minfin", "s2", place="Жаңы жер")
    with pytest.raises(versions.StaleRecord) as refused:
        with versions.guard("meeting", "minfin", "s2", seen_by_first):
            meeting_writes.update_meeting("minfin", "s2", time="15:00")
    assert current_user() in str(refused.value) and "not saved" in str(refused.value)
    assert refused.value.template and refused.value.values["who"] == current_user()
    sitting = queries.load_council("minfin").meeting("s2")
    assert (sitting.place, sitting.time) == ("Жаңы жер", None)
    # The form reloads (version 2) and the first person saves their change again.
    reloaded = versions.current("meeting", "minfin", "s2").version
    with versions.guard("meeting", "minfin", "s2", reloaded):
        meeting_writes.update_meeting("minfin", "s2", time="15:00")
    sitting = queries.load_council("minfin").meeting("s2")
    assert (sitting.place, sitting.time) == ("Жаңы жер", "15:00")


def test_a_member_form_is_guarded_the_same_way(database, rich_council):
    writes.import_councils([rich_council])
    member = rich_council.members[1]
    seen = versions.current("member", "minfin", member.id).version
    writes.end_membership("minfin", member.id, dt.date(2027, 5, 31))
    with pytest.raises(versions.StaleRecord):
        with versions.guard("member", "minfin", member.id, seen):
            writes.update_member("minfin", dataclasses.replace(member, phone="+996 1"))
    assert queries.load_council("minfin").member(member.id).end == dt.date(2027, 5, 31)


def test_an_unknown_record_is_refused(database, rich_council):
    writes.import_councils([rich_council])
    with pytest.raises(writes.WriteError, match="unknown"):
        versions.current("meeting", "minfin", "s99")
    with pytest.raises(ValueError):
        versions.current("vote", "minfin", "x")


def test_a_plan_moves_with_its_activities_and_a_council_with_its_terms(database, rich_council):
    """A plan's activities are addressed by their place in it, a council's terms are shown by
    its form: a change of either is a change of the record (versions.PARTS)."""
    writes.import_councils([rich_council])  # a council imported whole raises nothing
    assert versions.current("plan", "minfin", 2026).version == 1
    assert versions.current("council", "minfin", "minfin").version == 1
    item = rich_council.plan(2026).items[0]
    steps = [lambda: plan_writes.add_plan_item("minfin", 2026, item),
             lambda: plan_writes.update_plan_item("minfin", 2026, 0,
                                                  dataclasses.replace(item, note="Х")),
             lambda: plan_writes.move_plan_item("minfin", 2026, 0, 1),
             lambda: plan_writes.remove_plan_item("minfin", 2026, 0)]
    for step in steps:
        before = versions.current("plan", "minfin", 2026).version
        step()
        assert versions.current("plan", "minfin", 2026).version > before
    assert versions.current("plan", "minfin", 2027).version == 1  # the other plan: untouched
    writes.update_council("minfin", term_end=dt.date(2028, 1, 13))
    assert versions.current("council", "minfin", "minfin").version == 2


def test_the_refusal_names_only_a_change_the_form_had_not_seen(database, rich_council):
    writes.import_councils([rich_council])
    item = rich_council.plan(2026).items[0]
    plan_writes.update_plan_item("minfin", 2026, 0, dataclasses.replace(item, note="Х"))
    seen = versions.current("plan", "minfin", 2026)
    assert seen.who == current_user()  # the activity's change, named for the plan
    last = len(rich_council.plan(2026).items) - 1
    plan_writes.remove_plan_item("minfin", 2026, last)  # its trail keeps no record id
    with pytest.raises(versions.StaleRecord) as refused:
        with versions.guard("plan", "minfin", 2026, seen):
            pass
    assert refused.value.template.startswith("Someone changed this record")
    plan_writes.record_copy_sent("minfin", 2026, dt.date(2026, 1, 26), "01-12/46")
    with pytest.raises(versions.StaleRecord) as refused:
        with versions.guard("plan", "minfin", 2026, seen):
            pass
    assert refused.value.values["who"] == current_user()


def test_a_guest_at_a_place_is_guarded_by_its_row_and_version(database, rich_council):
    from kenesh_desktop.rules.records import Guest

    writes.import_councils([rich_council])
    for _ in queries.load_council("minfin").meeting("s2").guests:
        meeting_writes.remove_guest("minfin", "s2", 0)
    for name in ("Бекова Айжан", "Осмонов Эрлан"):
        meeting_writes.add_guest("minfin", "s2", Guest(name, "", "citizen"))
    first = versions.current("guest", "minfin", ("s2", 0))
    second = versions.current("guest", "minfin", ("s2", 1))
    assert first.row != second.row
    meeting_writes.remove_guest("minfin", "s2", 0)  # Осмонов now stands first
    assert versions.current("guest", "minfin", ("s2", 0)).row == second.row
    # The form on Бекова (place 1) is refused: the row at that place is another guest's, even
    # when its version happens to be the one the form read.
    with pytest.raises(writes.WriteError, match="removed or replaced by someone else"):
        with versions.guard("guest", "minfin", ("s2", 0),
                            dataclasses.replace(first, version=versions.current(
                                "guest", "minfin", ("s2", 0)).version)):
            meeting_writes.update_guest("minfin", "s2", 0, Guest("Бекова Айжан", "x", "media"))
    assert [g.full_name for g in queries.load_council("minfin").meeting("s2").guests] == [
        "Осмонов Эрлан"]
    with pytest.raises(writes.WriteError, match="There is no guest No. 2 in this sitting"):
        versions.current("guest", "minfin", ("s2", 1))
    with pytest.raises(writes.WriteError, match="There is no speaker No. 9 on item 1"):
        versions.current("speaker", "minfin", ("s2", 0, 8))


def test_a_row_added_in_place_of_a_removed_one_is_told_apart(database, rich_council):
    from kenesh_desktop.rules.records import Guest

    writes.import_councils([rich_council])
    count = len(queries.load_council("minfin").meeting("s2").guests)
    meeting_writes.add_guest("minfin", "s2", Guest("Бекова Айжан", "", "citizen"))
    seen = versions.current("guest", "minfin", ("s2", count))
    meeting_writes.remove_guest("minfin", "s2", count)
    meeting_writes.add_guest("minfin", "s2", Guest("Третьякова Нина", "", "media"))
    now = versions.current("guest", "minfin", ("s2", count))
    assert now.version == seen.version  # both new rows; on SQLite even the id may be the same
    assert now.born != seen.born
    with pytest.raises(writes.WriteError, match="removed or replaced by someone else"):
        with versions.guard("guest", "minfin", ("s2", count), seen):
            meeting_writes.update_guest("minfin", "s2", count, Guest("Бекова", "x", "media"))
    assert queries.load_council("minfin").meeting("s2").guests[count].full_name == (
        "Третьякова Нина")
