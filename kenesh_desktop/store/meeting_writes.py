"""Every change to a sitting: its particulars, attendance, guests, finalizing; its agenda
and votes are agenda_writes.py's (offered here too), what both share sitting_rows.py's.

Each function runs in `db.atomic()`, validates before it writes and raises `WriteError` with a
message for the user (naming the article where the refusal is the law's). Councils, members
and sittings are named by their exchange ids ("minfin", "m3", "s5"); agenda items and guests
by their 0-based place in the sitting's order, as `queries.load_council` lists them.

Invariants kept here, the same the exchange file demands (EXCHANGE.md):
- only a member active on the sitting's date is marked present or absent, and only a
  present member votes. Marking a member absent therefore REMOVES their votes on the
  sitting's items (the window says so before it happens); `set_attendance` returns how many
  votes went, so the caller can tell the user;
- a finalized sitting is read-only: every edit is refused until it is reopened with a
  stated reason, which is recorded (a `Reopening`) with the day it happened.
"""

from __future__ import annotations

import datetime as dt
import re

from kenesh_desktop.lang.text import one_line as _one_line
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.terms import active_on
from kenesh_desktop.store import models as m
from kenesh_desktop.store.agenda_writes import (  # noqa: F401 - callers know them here
    add_agenda_item,
    all_present_for,
    move_agenda_item,
    remove_agenda_item,
    set_vote,
    update_agenda_item,
)
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.field_checks import one_of
from kenesh_desktop.store.labels import (
    GUEST,
    SITTING_ID,
    USED_IN_PLAN,
    USED_IN_PROPOSALS,
)
from kenesh_desktop.store.sitting_rows import (
    _active_member,
    _active_rows,
    _code_of,
    _editable,
    _meeting,
    _remove_listed,
    _sittings_article,
    _update_listed,
)
from kenesh_desktop.store.writes import (
    WriteError,
    _council_row,
    _member_row,
    _new_code,
    _only_fields,
)

_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


# ---------------------------------------------------------------- the sitting itself


def next_meeting_number(council_id: str) -> int:
    """The number a new sitting of the council gets: one above the highest used."""
    council = _council_row(council_id)
    numbers = [n for (n,) in m.Meeting.select(m.Meeting.number)
               .where(m.Meeting.council == council.id).tuples()]
    return max(numbers, default=0) + 1


def create_meeting(council_id: str, date: dt.date, time: str | None = None, place: str = "",
                   kind: str = "regular", called_by: str | None = None,
                   number: int | None = None, code: str = "") -> str:
    """Add a sitting; returns its id ("s<N>" unless `code` is given).

    `number` defaults to the council's next number. An extraordinary sitting records the
    member who called it (Art. 17: a member may call one), active on its date.
    """
    with db.atomic():
        council = _council_row(council_id)
        fields = _meeting_fields(council, date, time, place, kind, called_by)
        number = next_meeting_number(council_id) if number is None else number
        _check_number(council, number, None)
        code = _new_code(council, code, "s", SITTING_ID)
        m.Meeting.create(council=council, code=code, number=number, **fields)
    return code


def update_meeting(council_id: str, meeting_id: str, **fields) -> None:
    """Change a sitting's number, date, time, place, kind or called_by.

    A new date is refused while the record holds members who are not members on that date
    (their attendance or votes would contradict the membership on the day, Art. 17).
    """
    _only_fields("update_meeting", fields, {"number", "date", "time", "place", "kind", "called_by"})
    with db.atomic():
        council, row = _editable(council_id, meeting_id)
        values = _meeting_fields(
            council,
            fields.get("date", row.date),
            fields.get("time", row.time),
            fields.get("place", row.place),
            fields.get("kind", row.kind),
            fields["called_by"] if "called_by" in fields else _code_of(row.called_by_id),
        )
        if "number" in fields:
            _check_number(council, fields["number"], row.id)
            values["number"] = fields["number"]
        if values["date"] != row.date:
            _check_records_fit_date(row, values["date"])
        m.Meeting.update(**values).where(m.Meeting.id == row.id).execute()


def delete_meeting(council_id: str, meeting_id: str) -> None:
    """Delete a sitting entered by mistake (attendance, guests, agenda and votes with it).

    Refused when finalized (the signed record stays), or when a proposal or an annual plan
    refers to it.
    """
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        uses = [label for label, query in (
            (USED_IN_PROPOSALS, m.Proposal.select().where(m.Proposal.considered_at == row.id)),
            (USED_IN_PLAN, m.AnnualPlan.select().where(m.AnnualPlan.approved_at == row.id)),
        ) if query.exists()]
        if uses:
            raise WriteError.keyed(
                "Sitting No. {number} cannot be deleted: the records hold {uses}. Change those "
                "records first.", number=row.number, uses=uses,
            )
        row.delete_instance()


def set_agenda_sent(council_id: str, meeting_id: str, day: dt.date | None) -> None:
    """The day the agenda went to the state body (Art. 18: at least 2 days before), or None."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        if day is not None and not isinstance(day, dt.date):
            raise WriteError.keyed("The day the agenda was sent must be a date or empty.")
        m.Meeting.update(agenda_sent=day).where(m.Meeting.id == row.id).execute()


def set_state_body_representative(council_id: str, meeting_id: str, name: str) -> None:
    """Art. 17: the deputy head the state body appointed attends the sittings in person."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        if not isinstance(name, str):
            raise WriteError.keyed("The state body's representative must be text.")
        m.Meeting.update(state_body_representative=_one_line(name)).where(
            m.Meeting.id == row.id).execute()


# ---------------------------------------------------------------- attendance


def set_attendance(council_id: str, meeting_id: str, member_id: str, present: bool,
                   reason: str = "") -> int:
    """Mark a member present, or absent with an optional reason.

    Marking absent removes the member's votes on the sitting's items (an absent member
    cannot have voted) and clears them as presiding or taking the minutes; returns how many
    votes were removed.
    """
    with db.atomic():
        council, row = _editable(council_id, meeting_id)
        member = _active_member(council, row, member_id)
        if not isinstance(reason, str):
            raise WriteError.keyed("The reason of an absence must be text.")
        reason = _one_line(reason)
        removed = 0
        if not present:
            removed = m.Vote.delete().where(
                (m.Vote.member == member.id)
                & m.Vote.item.in_(m.AgendaItem.select(m.AgendaItem.id)
                                  .where(m.AgendaItem.meeting == row.id))
            ).execute()
            for signer in (m.Meeting.presiding, m.Meeting.minutes_by):  # only present ones
                m.Meeting.update({signer: None}).where(
                    (m.Meeting.id == row.id) & (signer == member.id)).execute()
        _write_attendance(row.id, member.id, bool(present), "" if present else reason)
        return removed


def all_present(council_id: str, meeting_id: str) -> int:
    """Mark every member active on the sitting's date present (reasons cleared); returns how
    many members that is."""
    with db.atomic():
        council, row = _editable(council_id, meeting_id)
        members = _active_rows(council, row.date)
        for member in members:
            _write_attendance(row.id, member.id, True, "")
        return len(members)


def _write_attendance(meeting_pk: int, member_pk: int, present: bool, reason: str) -> None:
    m.Attendance.delete().where(
        (m.Attendance.meeting == meeting_pk) & (m.Attendance.member == member_pk)).execute()
    # No row means "absent, no reason" (models.Attendance), so none is kept for that.
    if present or reason:
        m.Attendance.create(meeting=meeting_pk, member=member_pk, present=present,
                            absence_reason=reason)


# ---------------------------------------------------------------- guests (Art. 17: open sittings)


def add_guest(council_id: str, meeting_id: str, guest: r.Guest) -> int:
    """Add a guest at the end of the list; returns their place (0-based)."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        fields = _guest_fields(guest)
        position = m.Guest.select().where(m.Guest.meeting == row.id).count()
        m.Guest.create(meeting=row.id, position=position, **fields)
        return position


def update_guest(council_id: str, meeting_id: str, index: int, guest: r.Guest) -> None:
    _update_listed(m.Guest, GUEST, council_id, meeting_id, index, lambda: _guest_fields(guest))


def remove_guest(council_id: str, meeting_id: str, index: int) -> None:
    _remove_listed(m.Guest, GUEST, council_id, meeting_id, index)


def _guest_fields(guest: r.Guest) -> dict:
    name = _one_line(guest.full_name)
    if not name:
        raise WriteError.keyed("The guest's name is required.")
    one_of(guest.category, r.GUEST_CATEGORIES,
           "A guest's category is one of: {choices} (got {value!r}).")
    return {"full_name": name, "organization": _one_line(guest.organization),
            "category": guest.category}


# ---------------------------------------------------------------- finalizing


def finalize(council_id: str, meeting_id: str, today: dt.date | None = None) -> None:
    """The chair has signed: the sitting's record becomes read-only.

    Refused before the sitting's date (a sitting not yet held has nothing to sign).
    """
    today = today or dt.date.today()
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        if row.date > today:
            raise WriteError.keyed(
                "Sitting No. {number} takes place on {date}; it can be finalized once it has "
                "been held and the minutes signed.", number=row.number, date=row.date,
            )
        m.Meeting.update(finalized=True).where(m.Meeting.id == row.id).execute()


def reopen(council_id: str, meeting_id: str, reason: str, on: dt.date | None = None) -> None:
    """Open a finalized sitting again for correction; the reason is required and recorded
    with the day (`on`, default today)."""
    with db.atomic():
        _council, row = _meeting(council_id, meeting_id)
        if not row.finalized:
            raise WriteError.keyed(
                "Sitting No. {number} is not finalized; there is nothing to reopen.",
                number=row.number)
        if not isinstance(reason, str) or not reason.strip():
            raise WriteError.keyed("Reopening a finalized sitting needs a stated reason; it is "
                                   "kept in the record.")
        position = m.Reopening.select().where(m.Reopening.meeting == row.id).count()
        m.Reopening.create(meeting=row.id, position=position,
                           reopened_on=on or dt.date.today(), reason=reason.strip())
        m.Meeting.update(finalized=False).where(m.Meeting.id == row.id).execute()


# ---------------------------------------------------------------- helpers


def _meeting_fields(council: m.Council, date, time, place, kind, called_by) -> dict:
    if not isinstance(date, dt.date):
        raise WriteError.keyed("The sitting's date must be a date.")
    if time is not None:
        if not isinstance(time, str) or not _TIME.fullmatch(time.strip()):
            raise WriteError.keyed("The time of a sitting is written HH:MM (got {value!r}).",
                                   value=time)
        time = time.strip()
    one_of(kind, r.MEETING_KINDS,
           "A sitting is one of: {choices} (got {value!r}).")
    caller = None
    if kind == "extraordinary":
        if not called_by:
            raise WriteError.keyed("Art. {article}: an extraordinary sitting is called by a "
                                   "member; choose who called it.",
                                   article=_sittings_article(council))
        member = _member_row(council, called_by)
        if not active_on(member, date):
            raise WriteError.keyed(
                "Art. {article}: an extraordinary sitting is called by a member; {name} is not "
                "a member on {date}.", article=_sittings_article(council), name=member.full_name,
                date=date,
            )
        caller = member.id
    return {"date": date, "time": time, "place": _one_line(place),
            "kind": kind, "called_by": caller}


def _check_number(council: m.Council, number, own_pk: int | None) -> None:
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise WriteError.keyed("A sitting's number is 1 or more (got {value!r}).",
                               value=number)
    clash = m.Meeting.get_or_none((m.Meeting.council == council.id)
                                  & (m.Meeting.number == number))
    if clash is not None and clash.id != own_pk:
        raise WriteError.keyed("The council already has a sitting No. {number} ({date}).",
                               number=number, date=clash.date)


def _check_records_fit_date(row: m.Meeting, date: dt.date) -> None:
    names = set()
    for (member,) in _record_members(row.id):
        if not active_on(member, date):
            names.add(member.full_name)
    if len(names) == 1:
        raise WriteError.keyed(
            "On {date} {names} is not a member, yet the sitting's record holds their "
            "attendance or votes; correct those first.", date=date, names=sorted(names),
        )
    if names:
        raise WriteError.keyed(
            "On {date} {names} are not a member, yet the sitting's record holds their "
            "attendance or votes; correct those first.", date=date, names=sorted(names),
        )


def _record_members(meeting_pk: int):
    attendance = (m.Member.select().join(m.Attendance)
                  .where(m.Attendance.meeting == meeting_pk))
    voters = (m.Member.select().join(m.Vote).join(m.AgendaItem)
              .where(m.AgendaItem.meeting == meeting_pk))
    return [(x,) for x in list(attendance) + list(voters)]
