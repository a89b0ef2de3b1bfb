"""Sittings as iCalendar (the window's Calendar buttons and the pack's sittings.ics): read back
with icalendar, one event per sitting at its date and time in Bishkek's time (UTC+6), or in
Astana's for a council under Kazakhstan's law (UTC+5 since 1 March 2024), all-day when the
time is unknown, a UID that stays the same from one file to the next; and the
report's charts drawn to scale."""

from __future__ import annotations

import datetime as dt

import icalendar

from kenesh_desktop.documents.public_pack import charts, ics
from kenesh_desktop.documents.report_figures import SittingFigures
from kenesh_desktop.rules.meetings import QuorumStatus
from kenesh_desktop.rules.rulebook import LAW_74


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_the_window_writes_one_sitting_from_its_record(council):
    data = ics.sittings_calendar(council.id, council.name, [council.meeting("s4")], "ru")
    (event,) = events(data)
    start = event.decoded("dtstart")
    assert start.replace(tzinfo=None) == dt.datetime(2027, 4, 2, 14, 30)
    assert start.utcoffset() == dt.timedelta(hours=6)
    assert start.astimezone(dt.UTC) == dt.datetime(2027, 4, 2, 8, 30, tzinfo=dt.UTC)
    assert str(event["summary"]).startswith("Внеочередное заседание Общественного совета №4")
    assert str(event["location"]) == "Онлайн"
    assert "Повестка дня:\n1. Кайрылуу жөнүндө" in str(event["description"])
    calendar = icalendar.Calendar.from_ical(data)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Asia/Bishkek"


def test_uids_are_stable_and_unique(council):
    first = events(ics.sittings_calendar(council.id, council.name, council.meetings, "ky"))
    council.meeting("s1").place = "Башка зал"  # a later, changed copy updates the same event
    again = events(ics.sittings_calendar(council.id, council.name, council.meetings, "en"))
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in again]
    assert len({str(e["uid"]) for e in first}) == 3


def test_a_sitting_without_a_usable_time_is_all_day(council):
    meeting = council.meeting("s1")
    for time in (None, "", "25:00", "9:5"):
        meeting.time = time
        (event,) = events(ics.sittings_calendar("c", "C", [meeting], "en"))
        assert event.decoded("dtstart") == dt.date(2027, 1, 20)
        assert event.decoded("dtend") == dt.date(2027, 1, 21)
    assert ics.start_time("23:59") == dt.time(23, 59)
    assert ics.start_time("00:00") == dt.time(0, 0)


def _sitting(council, present: int, members: int, needed: int):
    meeting = council.meeting("s1")
    return SittingFigures(meeting, QuorumStatus(present=present, members=members, needed=needed,
                                                reached=present >= needed, missing=0,
                                                article=17))


def test_the_attendance_chart_is_drawn_to_scale(council):
    chart = charts.attendance_chart([_sitting(council, 13, 13, 9), _sitting(council, 7, 13, 9)])
    full, short = chart.columns
    plot = chart.baseline - chart.top
    assert full.height == plot and full.y == chart.top
    assert abs(short.height - plot * 7 / 13) < 0.01
    assert abs(full.mark_y - (chart.baseline - plot * 9 / 13)) < 0.01
    assert full.competent and not short.competent
    assert [value for _y, value in chart.ticks][0] == 0
    many = charts.attendance_chart([_sitting(council, 9, 13, 9)] * 40)
    shown = [c for c in many.columns if c.show_label]
    assert 1 < len(shown) < 40 and many.columns[0].show_label
    assert all(c.x + c.width <= many.right for c in many.columns)


def test_the_requests_chart_is_drawn_to_scale():
    chart = charts.requests_chart({"on_time": 4, "late": 2, "unanswered": 0, "waiting": 1})
    widths = {row.state: row.bar_width for row in chart.rows}
    assert widths["unanswered"] == 0
    assert abs(widths["late"] * 2 - widths["on_time"]) < 0.02
    assert [row.state for row in chart.rows] == ["on_time", "late", "unanswered", "waiting"]
    empty = charts.requests_chart({})
    assert all(row.bar_width == 0 for row in empty.rows)


def test_a_kazakh_councils_sittings_are_in_astanas_time(council):
    from rulebook_samples import kz_rulebook

    assert ics.zone_of(LAW_74) is ics.BISHKEK and ics.zone_of(kz_rulebook()) is ics.ALMATY
    data = ics.sittings_calendar(council.id, council.name, [council.meeting("s4")], "ru",
                                 zone=ics.zone_of(kz_rulebook()))
    calendar = icalendar.Calendar.from_ical(data)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Asia/Almaty"
    changes = [(c.decoded("dtstart"), c.decoded("tzoffsetfrom"), c.decoded("tzoffsetto"))
               for c in zone.walk("STANDARD")]
    # UTC+6 until the country moved to one zone at midnight of 1 March 2024, UTC+5 since.
    assert changes == [
        (dt.datetime(1970, 1, 1), dt.timedelta(hours=6), dt.timedelta(hours=6)),
        (dt.datetime(2024, 3, 1), dt.timedelta(hours=6), dt.timedelta(hours=5))]
    (event,) = calendar.walk("VEVENT")
    assert event["dtstart"].params["TZID"] == "Asia/Almaty"
    assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2027, 4, 2, 14, 30)
    assert str(calendar["x-wr-timezone"]) == "Asia/Almaty"
