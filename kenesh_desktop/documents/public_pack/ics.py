"""Sittings as an iCalendar file (RFC 5545, the `icalendar` library) that a secretary or a
member imports into a phone's or Outlook's calendar, and that the public pack offers.

One event per sitting at its date and time in the council's own time: Bishkek's (Asia/Bishkek,
UTC+6 all year since 2005), or Astana's for a council under Kazakhstan's law (Asia/Almaty:
UTC+6, and UTC+5 since 1 March 2024, when the whole country moved to one zone). The file
carries the zone as a VTIMEZONE with its offsets, so no time-zone database is needed to write
or read it. An event is two hours long, as no end time is recorded; a sitting without a time
is an all-day event. Its UID is made of the council's and the sitting's ids,
so importing a newer file updates the events instead of adding copies. The summary, place
and agenda titles are what the sitting's announcement says: nothing else of the record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import icalendar

from kenesh_desktop import __version__
from kenesh_desktop.documents.public_pack.words import text
from kenesh_desktop.rules.presets import rulebook_country
from kenesh_desktop.rules.rulebook import Rulebook


@dataclass(frozen=True)
class Zone:
    """A time zone as a VTIMEZONE writes it: its id and each change of its offset (from the
    local time it starts at, UTC offsets in hours before and after)."""

    tzid: str
    changes: tuple[tuple[dt.datetime, int, int], ...]


BISHKEK = Zone("Asia/Bishkek", ((dt.datetime(1970, 1, 1), 6, 6),))
ALMATY = Zone("Asia/Almaty", ((dt.datetime(1970, 1, 1), 6, 6), (dt.datetime(2024, 3, 1), 6, 5)))


def zone_of(rulebook: Rulebook) -> Zone:
    """The time of a council's sittings: Astana's under Kazakhstan's law, else Bishkek's."""
    return ALMATY if rulebook_country(rulebook) == "kz" else BISHKEK


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


def _zone(zone: Zone) -> icalendar.Timezone:
    component = icalendar.Timezone()
    component.add("tzid", zone.tzid)
    for start, before, after in zone.changes:
        standard = icalendar.TimezoneStandard()
        standard.add("dtstart", start)
        standard.add("tzoffsetfrom", dt.timedelta(hours=before))
        standard.add("tzoffsetto", dt.timedelta(hours=after))
        standard.add("tzname", f"+{after:02d}")
        component.add_component(standard)
    return component


def _kind(sitting: Sitting) -> str:
    return "extraordinary" if sitting.kind == "extraordinary" else "regular"


def _event(council_id: str, council_name: str, sitting: Sitting, lang: str,
           stamp: dt.datetime, zone: Zone) -> icalendar.Event:
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
        event.add("dtstart", dt.datetime.combine(sitting.date, at), parameters={"TZID": zone.tzid})
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
                      lang: str, stamp: dt.datetime | None = None,
                      zone: Zone = BISHKEK) -> bytes:
    """The iCalendar file of `sittings` (in the order given) in `lang`, their times in
    `zone` (`zone_of` the council's rulebook); `stamp` is when it was made (DTSTAMP; now by
    default)."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Kenesh Desktop//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", council_name)
    calendar.add("x-wr-timezone", zone.tzid)
    calendar.add_component(_zone(zone))
    for sitting in sittings:
        calendar.add_component(_event(council_id, council_name, sitting, lang, stamp, zone))
    return calendar.to_ical()
