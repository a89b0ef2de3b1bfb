"""The sitting writes (store/meeting_writes.py): numbering, extraordinary sittings called by a
member (Art. 17), attendance only of members on the day, votes only by present members,
absence removing votes, the agenda's order, finalized sittings refusing every edit until
reopened with a recorded reason, and every refusal leaving the database unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import models as m
from kenesh_desktop.store import queries, writes
from kenesh_desktop.store.exchange import parse_exchange, to_exchange
from kenesh_desktop.store.writes import WriteError

DAY = dt.date(2027, 3, 10)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture
def council(database) -> str:
    members = [
        r.Member(f"m{i}", f"Мүчө {i}", "female" if i % 2 else "male", f"Уюм {i}", "member",
                 d("2026-01-15"))
        for i in range(1, 8)
    ]
    members.append(r.Member("m8", "Мурунку Мүчө", "male", "Уюм 8", "member",
                            d("2026-01-15"), d("2027-01-31")))
    writes.import_councils([r.Council("kk", "Коомдук кеңеш", "Министрлик",
                                      terms=[r.Term(d("2026-01-15"), d("2028-01-14"))],
                                      members=members)])
    return "kk"


def sitting(council_id: str, meeting_id: str) -> r.Meeting:
    meeting = queries.load_council(council_id).meeting(meeting_id)
    assert meeting is not None
    return meeting


def test_sittings_get_the_next_number_of_the_council(council):
    first = mw.create_meeting(council, DAY, "14:00", " Чоң  зал ")
    second = mw.create_meeting(council, dt.date(2027, 4, 1))
    assert (sitting(council, first).number, sitting(council, second).number) == (1, 2)
    assert sitting(council, first).place == "Чоң зал"
    assert sitting(council, first).time == "14:00"
    assert mw.next_meeting_number(council) == 3
    with pytest.raises(WriteError, match="already has a sitting No. 2"):
        mw.create_meeting(council, DAY, number=2)


@pytest.mark.parametrize("time", ["24:00", "9:30", "12:60", "noon"])
def test_a_time_is_hh_mm(council, time):
    with pytest.raises(WriteError, match="HH:MM"):
        mw.create_meeting(council, DAY, time)
    assert queries.load_council(council).meetings == []


def test_an_extraordinary_sitting_records_the_member_who_called_it(council):
    with pytest.raises(WriteError, match="Art. 17"):
        mw.create_meeting(council, DAY, kind="extraordinary")
    # m8's membership ended on 31 January: they cannot call a sitting in March.
    with pytest.raises(WriteError, match="Art. 17.*Мурунку Мүчө"):
        mw.create_meeting(council, DAY, kind="extraordinary", called_by="m8")
    code = mw.create_meeting(council, DAY, kind="extraordinary", called_by="m3")
    meeting = sitting(council, code)
    assert (meeting.kind, meeting.called_by) == ("extraordinary", "m3")
    mw.update_meeting(council, code, kind="regular")
    assert sitting(council, code).called_by is None


def test_only_members_on_the_day_attend(council):
    code = mw.create_meeting(council, DAY)
    with pytest.raises(WriteError, match="Art. 17: Мурунку Мүчө is not a member"):
        mw.set_attendance(council, code, "m8", True)
    # On the last day of a membership the member still counts (start <= D <= end).
    last_day = mw.create_meeting(council, d("2027-01-31"))
    mw.set_attendance(council, last_day, "m8", True)
    assert sitting(council, last_day).present == ["m8"]
    assert mw.all_present(council, code) == 7
    assert sorted(sitting(council, code).present) == [f"m{i}" for i in range(1, 8)]


def test_an_absent_member_cannot_vote(council):
    code = mw.create_meeting(council, DAY)
    mw.add_agenda_item(council, code, r.AgendaItem("Бюджет"))
    mw.set_attendance(council, code, "m1", True)
    mw.set_attendance(council, code, "m2", False, "иш сапарында")
    with pytest.raises(WriteError, match="Мүчө 2 is not marked present.*cannot vote"):
        mw.set_vote(council, code, 0, "m2", "for")
    with pytest.raises(WriteError, match="not marked present"):
        mw.set_vote(council, code, 0, "m3", "against")  # no attendance recorded at all
    mw.set_vote(council, code, 0, "m1", "abstain")
    meeting = sitting(council, code)
    assert meeting.items[0].votes == {"m1": "abstain"}
    assert meeting.absence_reasons == {"m2": "иш сапарында"}


def test_marking_absent_removes_the_members_votes(council):
    code = mw.create_meeting(council, DAY)
    mw.add_agenda_item(council, code, r.AgendaItem("Биринчи"))
    mw.add_agenda_item(council, code, r.AgendaItem("Экинчи"))
    mw.all_present(council, code)
    assert mw.all_present_for(council, code, 0) == 7
    mw.set_vote(council, code, 1, "m4", "against")
    assert mw.set_attendance(council, code, "m4", False, "ооруп калды") == 2
    meeting = sitting(council, code)
    assert "m4" not in meeting.items[0].votes and meeting.items[1].votes == {}
    assert len(meeting.items[0].votes) == 6
    # What the store holds is a valid exchange file: no vote by an absent member.
    parse_exchange(to_exchange([queries.load_council(council)]))
    # Present again: no reason kept, and no vote comes back by itself.
    assert mw.set_attendance(council, code, "m4", True) == 0
    meeting = sitting(council, code)
    assert meeting.absence_reasons == {} and "m4" in meeting.present
    assert "m4" not in meeting.items[0].votes


def test_a_vote_is_one_of_three_and_can_be_taken_back(council):
    code = mw.create_meeting(council, DAY)
    mw.add_agenda_item(council, code, r.AgendaItem("Бюджет"))
    mw.set_attendance(council, code, "m1", True)
    with pytest.raises(WriteError, match="A vote is one of"):
        mw.set_vote(council, code, 0, "m1", "yes")
    mw.set_vote(council, code, 0, "m1", "for")
    mw.set_vote(council, code, 0, "m1", "against")
    assert sitting(council, code).items[0].votes == {"m1": "against"}
    mw.set_vote(council, code, 0, "m1", None)
    assert sitting(council, code).items[0].votes == {}


def test_the_agenda_keeps_its_order(council):
    code = mw.create_meeting(council, DAY)
    for title in ("A", "B", "C"):
        mw.add_agenda_item(council, code, r.AgendaItem(title))
    mw.all_present(council, code)
    mw.set_vote(council, code, 2, "m1", "for")
    assert mw.move_agenda_item(council, code, 2, 0) == 0
    assert [i.title for i in sitting(council, code).items] == ["C", "A", "B"]
    assert sitting(council, code).items[0].votes == {"m1": "for"}  # votes move with the item
    assert mw.move_agenda_item(council, code, 0, 99) == 2  # clamped to the end
    mw.add_agenda_item(council, code, r.AgendaItem("D", "state_body"), index=1)
    mw.remove_agenda_item(council, code, 0)
    items = sitting(council, code).items
    assert [(i.title, i.proposed_by) for i in items] == [("D", "state_body"), ("B", "council"),
                                                          ("C", "council")]
    mw.update_agenda_item(council, code, 2, r.AgendaItem(
        "C", "state_body", decision="Колдоого алынсын", speaker="А. Асанов", heard="Угулду"))
    item = sitting(council, code).items[2]
    assert (item.proposed_by, item.decision, item.speaker, item.heard) == (
        "state_body", "Колдоого алынсын", "А. Асанов", "Угулду")
    assert item.votes == {"m1": "for"}
    with pytest.raises(WriteError, match="title is required"):
        mw.update_agenda_item(council, code, 0, r.AgendaItem("  "))
    with pytest.raises(WriteError, match="no agenda item No. 4"):
        mw.remove_agenda_item(council, code, 3)


def test_guests_and_the_state_body_representative(council):
    code = mw.create_meeting(council, DAY)
    mw.add_guest(council, code, r.Guest("Журналист", "Азаттык", "media"))
    mw.add_guest(council, code, r.Guest("Эксперт", "", "expert"))
    mw.update_guest(council, code, 1, r.Guest("Эксперт Б.", "Институт", "expert"))
    with pytest.raises(WriteError, match="category"):
        mw.add_guest(council, code, r.Guest("X", "", "spy"))
    mw.remove_guest(council, code, 0)
    mw.set_state_body_representative(council, code, "  Орунбасар   К. Асанов ")
    meeting = sitting(council, code)
    assert meeting.guests == [r.Guest("Эксперт Б.", "Институт", "expert")]
    assert meeting.state_body_representative == "Орунбасар К. Асанов"


def test_a_finalized_sitting_refuses_every_edit(council):
    code = mw.create_meeting(council, DAY)
    mw.add_agenda_item(council, code, r.AgendaItem("Бюджет"))
    mw.set_attendance(council, code, "m1", True)
    with pytest.raises(WriteError, match="once it has been held"):
        mw.finalize(council, code, today=dt.date(2027, 3, 9))
    mw.finalize(council, code, today=DAY)
    before = to_exchange([queries.load_council(council)])
    edits = [
        lambda: mw.update_meeting(council, code, place="Башка зал"),
        lambda: mw.delete_meeting(council, code),
        lambda: mw.set_agenda_sent(council, code, DAY),
        lambda: mw.set_attendance(council, code, "m2", True),
        lambda: mw.all_present(council, code),
        lambda: mw.set_state_body_representative(council, code, "X"),
        lambda: mw.add_guest(council, code, r.Guest("X")),
        lambda: mw.add_agenda_item(council, code, r.AgendaItem("X")),
        lambda: mw.update_agenda_item(council, code, 0, r.AgendaItem("X")),
        lambda: mw.move_agenda_item(council, code, 0, 0),
        lambda: mw.remove_agenda_item(council, code, 0),
        lambda: mw.set_vote(council, code, 0, "m1", "for"),
        lambda: mw.all_present_for(council, code, 0),
        lambda: mw.finalize(council, code, today=DAY),
    ]
    for edit in edits:
        with pytest.raises(WriteError, match="Sitting No. 1 is finalized.*Reopen"):
            edit()
    assert to_exchange([queries.load_council(council)]) == before


def test_reopening_needs_a_reason_and_is_recorded(council):
    code = mw.create_meeting(council, DAY)
    with pytest.raises(WriteError, match="not finalized"):
        mw.reopen(council, code, "Добуштарды тактоо", on=DAY)
    mw.finalize(council, code, today=DAY)
    with pytest.raises(WriteError, match="needs a stated reason"):
        mw.reopen(council, code, "   ", on=DAY)
    assert sitting(council, code).finalized
    mw.reopen(council, code, " Добуштарды тактоо ", on=dt.date(2027, 3, 20))
    meeting = sitting(council, code)
    assert not meeting.finalized
    assert meeting.reopenings == [r.Reopening(dt.date(2027, 3, 20), "Добуштарды тактоо")]
    mw.set_attendance(council, code, "m2", True)  # editable again
    mw.finalize(council, code, today=DAY)
    mw.reopen(council, code, "Экинчи жолу", on=dt.date(2027, 4, 1))
    assert [x.reason for x in sitting(council, code).reopenings] == [
        "Добуштарды тактоо", "Экинчи жолу"]


def test_a_new_date_must_fit_the_recorded_members(council):
    code = mw.create_meeting(council, d("2027-01-20"))
    mw.set_attendance(council, code, "m8", True)
    with pytest.raises(WriteError, match="Мурунку Мүчө is not a member"):
        mw.update_meeting(council, code, date=DAY)
    assert sitting(council, code).date == d("2027-01-20")
    mw.update_meeting(council, code, date=d("2027-01-31"), number=5, time="09:00")
    meeting = sitting(council, code)
    assert (meeting.date, meeting.number, meeting.time) == (d("2027-01-31"), 5, "09:00")


def test_a_sitting_referred_to_cannot_be_deleted(council):
    code = mw.create_meeting(council, DAY)
    other = mw.create_meeting(council, dt.date(2027, 4, 1))
    row = m.Meeting.get(m.Meeting.code == code)
    m.Proposal.create(council=row.council, code="p1", author="Жаран", received=DAY,
                      summary="Сунуш", considered_at=row.id)
    with pytest.raises(WriteError, match="proposals considered at it"):
        mw.delete_meeting(council, code)
    mw.delete_meeting(council, other)
    assert [x.id for x in queries.load_council(council).meetings] == [code]


def test_what_is_recorded_travels_in_the_exchange_file(council):
    """Time, who called a sitting, absence reasons and reopenings are extension fields of the
    exchange file: written and read back unchanged."""
    code = mw.create_meeting(council, DAY, "09:30", "Зал", "extraordinary", "m2")
    mw.add_agenda_item(council, code, r.AgendaItem("Бюджет", "state_body", speaker="А. Б.",
                                                   heard="Угулду", decision="Колдоого алынсын"))
    mw.all_present(council, code)
    mw.set_attendance(council, code, "m7", False, "ооруп калды")
    mw.all_present_for(council, code, 0)
    mw.set_vote(council, code, 0, "m3", "abstain")
    mw.add_guest(council, code, r.Guest("Журналист", "Азаттык", "media"))
    mw.set_state_body_representative(council, code, "К. Асанов")
    mw.set_agenda_sent(council, code, d("2027-03-05"))
    mw.finalize(council, code, today=DAY)
    mw.reopen(council, code, "Тактоо", on=d("2027-03-12"))
    stored = queries.load_council(council)
    (back,) = parse_exchange(to_exchange([stored]))
    assert back.meeting(code) == stored.meeting(code)
    meeting = back.meeting(code)
    assert (meeting.time, meeting.called_by, meeting.absence_reasons) == (
        "09:30", "m2", {"m7": "ооруп калды"})
    assert meeting.reopenings == [r.Reopening(d("2027-03-12"), "Тактоо")]
