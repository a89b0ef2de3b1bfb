"""Who presided, who took the minutes and the discussion of each item (store/minutes_writes.py):
only a member present at the sitting signs, marking them absent clears them, speakers keep
their order through add / move / remove, a finalized sitting refuses every edit, each refusal
leaves the database as it was, and the audit trail sees every change."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import audit, queries, writes
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import minutes_writes as nw
from kenesh_desktop.store.writes import WriteError

DAY = dt.date(2027, 3, 10)


@pytest.fixture
def council(database) -> str:
    members = [
        r.Member(f"m{i}", f"Мүчө {i}", "female" if i % 2 else "male", f"Уюм {i}",
                 "chair" if i == 1 else "secretary" if i == 2 else "member",
                 dt.date(2026, 1, 15))
        for i in range(1, 8)
    ]
    members.append(r.Member("m8", "Мурунку Мүчө", "male", "Уюм 8", "member",
                            dt.date(2026, 1, 15), dt.date(2027, 1, 31)))
    sitting = r.Meeting(id="s1", number=1, date=DAY, present=["m1", "m2", "m3", "m4", "m5"],
                        items=[r.AgendaItem("Биринчи маселе"), r.AgendaItem("Экинчи маселе")])
    writes.import_councils([r.Council("kk", "Коомдук кеңеш", "Министрлик",
                                      terms=[r.Term(dt.date(2026, 1, 15), dt.date(2028, 1, 14))],
                                      members=members, meetings=[sitting])])
    return "kk"


def sitting() -> r.Meeting:
    return queries.load_council("kk").meeting("s1")


def test_presiding_and_minutes_by_are_recorded_and_cleared(council):
    nw.set_presiding(council, "s1", "m3")
    nw.set_minutes_by(council, "s1", "m4")
    assert (sitting().presiding, sitting().minutes_by) == ("m3", "m4")
    nw.set_presiding(council, "s1", None)
    assert (sitting().presiding, sitting().minutes_by) == (None, "m4")


@pytest.mark.parametrize(("member", "message"), [
    ("m6", "Мүчө 6 is not marked present at sitting No. 1: only a member present"),
    ("m8", "Art. 17: Мурунку Мүчө is not a member on the day of sitting No. 1"),
    ("m99", "unknown member 'm99'"),
])
def test_only_a_present_member_signs(council, member, message):
    nw.set_presiding(council, "s1", "m3")
    for write in (nw.set_presiding, nw.set_minutes_by):
        with pytest.raises(WriteError, match=message):
            write(council, "s1", member)
    assert (sitting().presiding, sitting().minutes_by) == ("m3", None)


def test_marking_a_signer_absent_clears_them(council):
    nw.set_presiding(council, "s1", "m3")
    nw.set_minutes_by(council, "s1", "m3")
    mw.set_attendance(council, "s1", "m4", False)  # someone else: nothing changes
    assert (sitting().presiding, sitting().minutes_by) == ("m3", "m3")
    mw.set_attendance(council, "s1", "m3", False, "ооруп калды")
    assert (sitting().presiding, sitting().minutes_by) == (None, None)


def test_speakers_keep_their_order(council):
    assert nw.add_speaker(council, "s1", 1, r.Speaker(" Айгүл  Асанова ", " Колдойм. ")) == 0
    assert nw.add_speaker(council, "s1", 1, r.Speaker("Бакыт Жумабаев")) == 1
    assert nw.add_speaker(council, "s1", 1, r.Speaker("Эксперт Ү. Өмүров", "Каршымын"), 0) == 0
    names = [s.name for s in sitting().items[1].speakers]
    assert names == ["Эксперт Ү. Өмүров", "Айгүл Асанова", "Бакыт Жумабаев"]
    assert sitting().items[1].speakers[1].summary == "Колдойм."
    assert sitting().items[0].speakers == []
    assert nw.move_speaker(council, "s1", 1, 0, 5) == 2
    assert [s.name for s in sitting().items[1].speakers] == [
        "Айгүл Асанова", "Бакыт Жумабаев", "Эксперт Ү. Өмүров"]
    nw.update_speaker(council, "s1", 1, 1, r.Speaker("Бакыт Жумабаев", "Кошумча сунуш\nбар"))
    assert sitting().items[1].speakers[1] == r.Speaker("Бакыт Жумабаев", "Кошумча сунуш\nбар")
    nw.remove_speaker(council, "s1", 1, 0)
    assert [s.name for s in sitting().items[1].speakers] == [
        "Бакыт Жумабаев", "Эксперт Ү. Өмүров"]
    # Moving the agenda item takes its discussion along.
    mw.move_agenda_item(council, "s1", 1, 0)
    assert len(sitting().items[0].speakers) == 2


def test_bad_speakers_are_refused_and_nothing_changes(council):
    nw.add_speaker(council, "s1", 0, r.Speaker("Айгүл Асанова"))
    before = sitting()
    with pytest.raises(WriteError, match="The speaker's name is required."):
        nw.add_speaker(council, "s1", 0, r.Speaker("   ", "Текст"))
    with pytest.raises(WriteError, match="The speaker's name is required."):
        nw.update_speaker(council, "s1", 0, 0, r.Speaker(""))
    with pytest.raises(WriteError, match="There is no speaker No. 2 on item 1"):
        nw.update_speaker(council, "s1", 0, 1, r.Speaker("Бирөө"))
    with pytest.raises(WriteError, match="There is no speaker No. 5 on item 1"):
        nw.add_speaker(council, "s1", 0, r.Speaker("Бирөө"), 4)
    with pytest.raises(WriteError, match="There is no agenda item No. 3"):
        nw.add_speaker(council, "s1", 2, r.Speaker("Бирөө"))
    assert sitting() == before


def test_a_finalized_sitting_refuses_every_edit(council):
    nw.add_speaker(council, "s1", 0, r.Speaker("Айгүл Асанова"))
    mw.finalize(council, "s1", today=DAY)
    before = sitting()
    for write in (lambda: nw.set_presiding(council, "s1", "m1"),
                  lambda: nw.set_minutes_by(council, "s1", None),
                  lambda: nw.add_speaker(council, "s1", 0, r.Speaker("Бирөө")),
                  lambda: nw.update_speaker(council, "s1", 0, 0, r.Speaker("Бирөө")),
                  lambda: nw.move_speaker(council, "s1", 0, 0, 1),
                  lambda: nw.remove_speaker(council, "s1", 0, 0)):
        with pytest.raises(WriteError, match="finalized"):
            write()
    assert sitting() == before


def test_every_change_is_in_the_audit_trail(council):
    before = len(audit.all_changes())
    nw.set_presiding(council, "s1", "m1")
    nw.add_speaker(council, "s1", 0, r.Speaker("Айгүл Асанова", "Колдойм"))
    nw.update_speaker(council, "s1", 0, 0, r.Speaker("Айгүл Асанова", "Каршымын"))
    assert audit.all_changes()[-1].changes["summary"] == ("Колдойм", "Каршымын")
    nw.remove_speaker(council, "s1", 0, 0)
    changes = audit.all_changes()[before:]
    assert [(c.table, c.action) for c in changes] == [
        ("meeting", "update"), ("agenda_speaker", "insert"), ("agenda_speaker", "update"),
        ("agenda_speaker", "delete")]
