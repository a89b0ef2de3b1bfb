"""Sittings as an iCalendar file (RFC 5545, the `icalendar` library) that a secretary or a
member imports into a phone's or Outlook's calendar, and that the public pack offers.

One event per sitting at its date and time in Bishkek's time (Asia/Bishkek, UTC+6 all year
since 2005: the file carries that zone as a VTIMEZONE with one fixed offset, so no time-zone
database is needed to write or read it), two hours long, as no end time is recorded; a sitting
without a time is an all-day event. Its UID is made of the council's and the sitting's ids,
so importing a newer file updates the events instead of adding copies. The summary, place
and agenda titles are what the sitting's announcement says: nothing else of the record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

import icalendar

from kenesh_desktop import __version__
from kenesh_desktop.documents.public_pack.words import text

TZID = "Asia/Bishkek"
OFFSET = dt.timedelta(hours=6)
LENGTH = dt.timedelta(hours=2)
"""How long an event is: no end time is recorded; two hours is a typical sitting."""
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class _Item(Protocol):
    title: str


class Sitting(Protocol):
    """What an event is made of: a `rules.records.Meeting` or a pack's `PublicSitting`."""

    id: str
    number: int
    kind: str
    date: dt.date
    time: str | None
    place: str

    @property
    def items(self) -> Sequence[_Item]: ...


def uid(council_id: str, sitting_id: str) -> str:
    """The event's stable identifier: the same sitting keeps it in every file written."""
    return f"{council_id}.{sitting_id}@kenesh-desktop"


def start_time(value: str | None) -> dt.time | None:
    """The sitting's "HH:MM" as a time; None when not recorded (an all-day event)."""
    match = _TIME.match(value or "")
    return dt.time(int(match[1]), int(match[2])) if match else None


def _zone() -> icalendar.Timezone:
    zone = icalendar.Timezone()
    zone.add("tzid", TZID)
    standard = icalendar.TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", OFFSET)
    standard.add("tzoffsetto", OFFSET)
    standard.add("tzname", "+06")
    zone.add_component(standard)
    return zone


def _kind(sitting: Sitting) -> str:
    return "extraordinary" if sitting.kind == "extraordinary" else "regular"


def _event(council_id: str, council_name: str, sitting: Sitting, lang: str,
           stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid(council_id, sitting.id))
    event.add("dtstamp", stamp)
    title = text(f"sitting_title_{_kind(sitting)}", lang, number=sitting.number)
    event.add("summary", f"{title} — {council_name}")
    at = start_time(sitting.time)
    if at is None:
        event.add("dtstart", sitting.date)
        event.add("dtend", sitting.date + dt.timedelta(days=1))
    else:
        event.add("dtstart", dt.datetime.combine(sitting.date, at), parameters={"TZID": TZID})
        event.add("duration", LENGTH)
    if sitting.place.strip():
        event.add("location", sitting.place.strip())
    lines = [council_name]
    if sitting.items:
        lines += ["", text("agenda_title", lang) + ":"]
        lines += [f"{n}. {item.title}" for n, item in enumerate(sitting.items, start=1)]
    event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED")
    return event


def sittings_calendar(council_id: str, council_name: str, sittings: Iterable[Sitting],
                      lang: str, stamp: dt.datetime | None = None) -> bytes:
    """The iCalendar file of `sittings` (in the order given) in `lang`; `stamp` is when it
    was made (DTSTAMP; now by default)."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Kenesh Desktop//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", council_name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_zone())
    for sitting in sittings:
        calendar.add_component(_event(council_id, council_name, sitting, lang, stamp))
    return calendar.to_ical()
