"""What the minutes record beyond attendance and votes: who presided, who took the minutes,
and the discussion of each agenda item (ВЫСТУПИЛИ / ЧЫГЫП СҮЙЛӨДҮ: who spoke, and a summary).

Each function runs in `db.atomic()`, validates before it writes and raises `WriteError` with
a message for the user; a finalized sitting refuses every edit until it is reopened (as in
meeting_writes). The audit hook records every change, as for every write of the store.

Who presided and who took the minutes must be members present at the sitting (EXCHANGE.md
version 2): an absent member never signs the minutes. `None` clears the choice, and the
minutes then name the default of `rules.signers` (the chair if present, else a deputy chair
present...). Marking a member absent clears them from both (meeting_writes.set_attendance).

Speakers are a member or anyone else, by name; they are kept in order per item and named by
their 0-based place, as `queries.load_council` lists them.
"""

from __future__ import annotations

from kenesh_desktop.lang.text import one_line as _one_line
from kenesh_desktop.rules import records as r
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.labels import AGENDA_ITEM
from kenesh_desktop.store.sitting_rows import (
    _active_member,
    _editable,
    _is_present,
    _ordered,
)
from kenesh_desktop.store.writes import WriteError


def set_presiding(council_id: str, meeting_id: str, member_id: str | None) -> None:
    """Record who presided (a present member), or None: not recorded (the default applies)."""
    _set_signer(council_id, meeting_id, "presiding", member_id)


def set_minutes_by(council_id: str, meeting_id: str, member_id: str | None) -> None:
    """Record who took the minutes (a present member), or None: not recorded."""
    _set_signer(council_id, meeting_id, "minutes_by", member_id)


def _set_signer(council_id: str, meeting_id: str, field: str, member_id: str | None) -> None:
    with db.atomic():
        council, row = _editable(council_id, meeting_id)
        member_pk = None
        if member_id is not None:
            member = _active_member(council, row, member_id)
            if not _is_present(row.id, member.id):
                raise WriteError.keyed(
                    "{name} is not marked present at sitting No. {number}: only a member "
                    "present at the sitting presides or takes the minutes.",
                    name=member.full_name, number=row.number,
                )
            member_pk = member.id
        if getattr(row, f"{field}_id") != member_pk:
            m.Meeting.update(**{field: member_pk}).where(m.Meeting.id == row.id).execute()


# ---------------------------------------------------------------- the discussion of an item


def add_speaker(council_id: str, meeting_id: str, item: int, speaker: r.Speaker,
                index: int | None = None) -> int:
    """Add a speaker to item `item` (at the end, or at place `index`); returns their place."""
    with db.atomic():
        target = _item(council_id, meeting_id, item)
        fields = _speaker_fields(speaker)
        rows = _speakers(target.id)
        index = len(rows) if index is None else index
        if not isinstance(index, int) or not 0 <= index <= len(rows):
            raise WriteError.keyed("There is no speaker No. {number} on item {item} of this "
                                   "sitting.", number=_number(index), item=item + 1)
        rows.insert(index, m.AgendaSpeaker.create(item=target.id, position=len(rows),
                                                  **fields))
        _renumber(rows)
        return index


def update_speaker(council_id: str, meeting_id: str, item: int, index: int,
                   speaker: r.Speaker) -> None:
    """Change the name or the summary of the speaker at place `index` of item `item`."""
    with db.atomic():
        target = _item(council_id, meeting_id, item)
        row = _speaker(target, item, index)
        fields = _speaker_fields(speaker)
        if (row.name, row.summary) != (fields["name"], fields["summary"]):
            m.AgendaSpeaker.update(**fields).where(m.AgendaSpeaker.id == row.id).execute()


def remove_speaker(council_id: str, meeting_id: str, item: int, index: int) -> None:
    """Remove the speaker at place `index`; the places after it close up."""
    with db.atomic():
        target = _item(council_id, meeting_id, item)
        _speaker(target, item, index).delete_instance()
        _renumber(_speakers(target.id))


def move_speaker(council_id: str, meeting_id: str, item: int, index: int,
                 new_index: int) -> int:
    """Move a speaker to another place (clamped to the list); returns the new place."""
    with db.atomic():
        target = _item(council_id, meeting_id, item)
        moving = _speaker(target, item, index)
        rows = [x for x in _speakers(target.id) if x.id != moving.id]
        new_index = max(0, min(new_index, len(rows)))
        rows.insert(new_index, moving)
        _renumber(rows)
        return new_index


def _item(council_id: str, meeting_id: str, index: int) -> m.AgendaItem:
    _council, row = _editable(council_id, meeting_id)
    return _ordered(m.AgendaItem, row.id, index, AGENDA_ITEM)


def _speakers(item_pk: int) -> list[m.AgendaSpeaker]:
    return list(m.AgendaSpeaker.select().where(m.AgendaSpeaker.item == item_pk)
                .order_by(m.AgendaSpeaker.position, m.AgendaSpeaker.id))


def _speaker(target: m.AgendaItem, item: int, index: int) -> m.AgendaSpeaker:
    rows = _speakers(target.id)
    if not isinstance(index, int) or not 0 <= index < len(rows):
        raise WriteError.keyed("There is no speaker No. {number} on item {item} of this "
                               "sitting.", number=_number(index), item=item + 1)
    return rows[index]


def _number(index: object) -> object:
    return index + 1 if isinstance(index, int) else index


def _speaker_fields(speaker: r.Speaker) -> dict:
    name = _one_line(speaker.name)
    if not name:
        raise WriteError.keyed("The speaker's name is required.")
    return {"name": name, "summary": str(speaker.summary or "").strip()}


def _renumber(rows: list[m.AgendaSpeaker]) -> None:
    """Positions 0, 1, 2... in the order of `rows`, writing only those that changed."""
    for position, row in enumerate(rows):
        if row.position != position:
            m.AgendaSpeaker.update(position=position).where(
                m.AgendaSpeaker.id == row.id).execute()
            row.position = position
