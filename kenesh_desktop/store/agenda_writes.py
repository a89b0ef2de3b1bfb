"""A sitting's agenda and votes: items added, edited, moved and removed by their place, a
member's vote on an item (only a member present votes), everyone present for an item.

Each function runs in `db.atomic()` on a sitting that is not finalized (sitting_rows.py), and
validates before it writes. meeting_writes.py, where they were first, still offers them.
"""

from __future__ import annotations

from kenesh_desktop.lang.text import one_line as _one_line
from kenesh_desktop.rules import records as r
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.field_checks import one_of
from kenesh_desktop.store.labels import AGENDA_ITEM
from kenesh_desktop.store.sitting_rows import (
    _active_member,
    _active_rows,
    _editable,
    _is_present,
    _ordered,
    _remove_listed,
    _renumber,
    _update_listed,
)
from kenesh_desktop.store.writes import WriteError


def add_agenda_item(council_id: str, meeting_id: str, item: r.AgendaItem,
                    index: int | None = None) -> int:
    """Add an item (at the end, or at `index`); its votes are not taken from `item` (use
    set_vote). Returns its place (0-based)."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        fields = _item_fields(item)
        rows = _items(row.id)
        index = len(rows) if index is None else index
        if not 0 <= index <= len(rows):
            raise WriteError.keyed("There is no place {place} on the agenda.",
                                   place=index + 1)
        for later in rows[index:]:
            m.AgendaItem.update(position=m.AgendaItem.position + 1).where(
                m.AgendaItem.id == later.id).execute()
        m.AgendaItem.create(meeting=row.id, position=index, **fields)
        _renumber(m.AgendaItem, row.id)
        return index


def update_agenda_item(council_id: str, meeting_id: str, index: int,
                       item: r.AgendaItem) -> None:
    """Save an item's title, speaker, proposer, what was heard and what was decided."""
    _update_listed(m.AgendaItem, AGENDA_ITEM, council_id, meeting_id, index,
                   lambda: _item_fields(item))


def move_agenda_item(council_id: str, meeting_id: str, index: int, new_index: int) -> int:
    """Move an item to another place (clamped to the agenda); returns its new place."""
    with db.atomic():
        _council, row = _editable(council_id, meeting_id)
        rows = _items(row.id)
        moving = _ordered(m.AgendaItem, row.id, index, AGENDA_ITEM)
        new_index = max(0, min(new_index, len(rows) - 1))
        order = [x for x in rows if x.id != moving.id]
        order.insert(new_index, moving)
        for position, x in enumerate(order):
            if x.position != position:
                m.AgendaItem.update(position=position).where(m.AgendaItem.id == x.id).execute()
        return new_index


def remove_agenda_item(council_id: str, meeting_id: str, index: int) -> None:
    """Remove an item and its votes."""
    _remove_listed(m.AgendaItem, AGENDA_ITEM, council_id, meeting_id, index)


def _item_fields(item: r.AgendaItem) -> dict:
    title = _one_line(item.title)
    if not title:
        raise WriteError.keyed("The agenda item's title is required.")
    one_of(item.proposed_by, r.PROPOSERS,
           "An item is proposed by one of: {choices} (got {value!r}).")
    return {"title": title, "proposed_by": item.proposed_by,
            "speaker": _one_line(item.speaker),
            "heard": str(item.heard or "").strip(), "decision": str(item.decision or "").strip()}


def _items(meeting_pk: int) -> list[m.AgendaItem]:
    return list(m.AgendaItem.select().where(m.AgendaItem.meeting == meeting_pk)
                .order_by(m.AgendaItem.position, m.AgendaItem.id))


# ---------------------------------------------------------------- votes


def set_vote(council_id: str, meeting_id: str, index: int, member_id: str,
             choice: str | None) -> None:
    """Record a member's vote on item `index` ("for", "against", "abstain"), or remove it
    (None). Only a member present at the sitting votes."""
    with db.atomic():
        council, row = _editable(council_id, meeting_id)
        item = _ordered(m.AgendaItem, row.id, index, AGENDA_ITEM)
        member = _active_member(council, row, member_id)
        if choice is not None:
            one_of(choice, r.VOTE_CHOICES,
                   "A vote is one of: {choices} (got {value!r}).")
            if not _is_present(row.id, member.id):
                raise WriteError.keyed(
                    "{name} is not marked present at sitting No. {number}: an absent member "
                    "cannot vote. Mark them present first.",
                    name=member.full_name, number=row.number,
                )
        m.Vote.delete().where((m.Vote.item == item.id) & (m.Vote.member == member.id)).execute()
        if choice is not None:
            m.Vote.create(item=item.id, member=member.id, choice=choice)


def all_present_for(council_id: str, meeting_id: str, index: int) -> int:
    """Every present member votes for item `index` (replacing their earlier votes on it);
    returns how many votes that is."""
    with db.atomic():
        council, row = _editable(council_id, meeting_id)
        item = _ordered(m.AgendaItem, row.id, index, AGENDA_ITEM)
        present = [x for x in _active_rows(council, row.date) if _is_present(row.id, x.id)]
        m.Vote.delete().where(m.Vote.item == item.id).where(
            m.Vote.member.in_([x.id for x in present])).execute()
        for member in present:
            m.Vote.create(item=item.id, member=member.id, choice="for")
        return len(present)
