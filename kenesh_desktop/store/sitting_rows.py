"""What every write to a sitting shares (meeting_writes.py, agenda_writes.py,
minutes_writes.py): finding the sitting (refused once finalized), the membership on its day
(Art. 17 of Law No. 74: the members of a sitting are those of its date), its guests and
agenda items by their place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kenesh_desktop.rules.terms import active_on
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.labels import NOW, SITTING
from kenesh_desktop.store.writes import (
    WriteError,
    _coded_row,
    _council_row,
    _member_row,
    council_rulebook,
)


def _sittings_article(council: m.Council) -> int:
    """The article of the council's rulebook on sittings (extraordinary sittings called by a
    member, the membership on a sitting's day): Art. 17 of Law No. 74."""
    return council_rulebook(council).article("sittings")


def _meeting(council_id: str, meeting_id: str) -> tuple[m.Council, m.Meeting]:
    council = _council_row(council_id)
    return council, _coded_row(m.Meeting, council, meeting_id, SITTING)


def _editable(council_id: str, meeting_id: str) -> tuple[m.Council, m.Meeting]:
    """The sitting, refused when finalized: a signed record changes only after reopening."""
    council, row = _meeting(council_id, meeting_id)
    if row.finalized:
        raise WriteError.keyed(
            "Sitting No. {number} is finalized: its record is read-only. Reopen it, stating "
            "the reason, to correct it.", number=row.number,
        )
    return council, row


def _active_rows(council: m.Council, day: dt.date) -> list[m.Member]:
    return [x for x in m.Member.select().where(m.Member.council == council.id)
            .order_by(m.Member.start, m.Member.code) if active_on(x, day)]


def _active_member(council: m.Council, row: m.Meeting, member_id: str) -> m.Member:
    """Art. 17: "members" of a sitting are the membership on its date."""
    member = _member_row(council, member_id)
    if not active_on(member, row.date):
        raise WriteError.keyed(
            "Art. {article}: {name} is not a member on the day of sitting No. {number} "
            "({date}; member from {start} to {until}).", article=_sittings_article(council),
            name=member.full_name, number=row.number, date=row.date, start=member.start,
            until=member.end or NOW,
        )
    return member


def _is_present(meeting_pk: int, member_pk: int) -> bool:
    return m.Attendance.select().where(
        (m.Attendance.meeting == meeting_pk) & (m.Attendance.member == member_pk)
        & (m.Attendance.present == True)  # noqa: E712 - a peewee expression, not a comparison
    ).exists()


def _ordered(model, meeting_pk: int, index: int, label: str):
    """The row at place `index` (0-based) of a sitting's guests or agenda."""
    rows = list(model.select().where(model.meeting == meeting_pk)
                .order_by(model.position, model.id))
    if not isinstance(index, int) or not 0 <= index < len(rows):
        raise WriteError.keyed("There is no {label} No. {number} in this sitting.", label=label,
                               number=index + 1 if isinstance(index, int) else index)
    return rows[index]


def _update_listed(model, label: str, council_id: str, meeting_id: str, index: int,
                   fields: Callable[[], dict]) -> None:
    """Save `fields()` (validated once the row is found) into the guest or agenda item at
    place `index` of an editable sitting."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        target = _ordered(model, row.id, index, label)
        model.update(**fields()).where(model.id == target.id).execute()


def _remove_listed(model, label: str, council_id: str, meeting_id: str, index: int) -> None:
    """Remove the guest or agenda item at place `index`; the places after it close up."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        _ordered(model, row.id, index, label).delete_instance()
        _renumber(model, row.id)


def _renumber(model, meeting_pk: int) -> None:
    """Keep positions 0, 1, 2, ... after a removal or an insertion."""
    rows = model.select().where(model.meeting == meeting_pk).order_by(model.position, model.id)
    for position, x in enumerate(list(rows)):
        if x.position != position:
            model.update(position=position).where(model.id == x.id).execute()


def _code_of(member_pk: int | None) -> str | None:
    if member_pk is None:
        return None
    return m.Member.get_by_id(member_pk).code
