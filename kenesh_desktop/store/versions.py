"""No lost update: every row of the records carries a version (schema version 5), raised by
each change of the row, and a form's save is checked against the version it showed.

Two people may open the same sitting. Each change the store makes is narrow (one field, one
attendance, one vote), so two changes to different things both stay. What could be lost is
a form's save: B's dialog still shows the place A has just corrected, and saving it would put
the old place back without anyone noticing. So the window reads a record's version when it
fills a form (`current`) and saves inside `guard(...)`: the record is locked (on a server,
`SELECT ... FOR UPDATE`, so two saves cannot pass the check at once), its version compared,
and a save over a newer version is refused with `StaleRecord`, naming who changed it and when
(from the audit trail); the window then reloads the form.

Raising the version is one write hook (`bump`, installed with the audit trail): every UPDATE
of a table with a `version` column sets `version = version + 1`, whichever write function
runs it, on both engines. A record whose form shows rows of another table is raised when
those change, by the same hook (`touch`): a plan when its activities change (they are
addressed by their place in the plan, so any of them added, moved or removed makes a form
on the plan stale), a council when its terms do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import peewee

from kenesh_desktop.store import binding
from kenesh_desktop.store import models as m
from kenesh_desktop.store.audit import AuditEntry
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.errors import StaleRecord, WriteError
from kenesh_desktop.store.labels import AGENDA_ITEM, GUEST

KINDS: dict[str, type[m.BaseModel]] = {
    "council": m.Council,
    "member": m.Member,
    "meeting": m.Meeting,
    "request": m.Request,
    "proposal": m.Proposal,
    "notice": m.CommissionNotice,
    "competition": m.Competition,
    "candidate": m.Candidate,
    "plan": m.AnnualPlan,
}
"""The records a form edits as a whole, by the window's kind name (AppSession.navigate's)."""
PLACED: dict[str, type[m.BaseModel]] = {
    "guest": m.Guest,
    "agenda_item": m.AgendaItem,
    "speaker": m.AgendaSpeaker,
}
"""A sitting's rows a form edits one at a time, found by their place: the code is (the
sitting's code, the place) and for a speaker (the sitting's code, the item's place, the
speaker's place). The row a form read is compared too, so a save never lands on another
guest who has come to stand at that place."""
PARTS: dict[type[m.BaseModel], tuple[type[m.BaseModel], str]] = {
    m.AnnualPlan: (m.PlanItem, "plan"),
    m.Council: (m.Composition, "council"),
}
"""Rows a record's form shows as its own (see `touch`): the table and its reference."""
_OWNERS = {part: (owner, reference) for owner, (part, reference) in PARTS.items()}


@dataclass(frozen=True)
class RecordVersion:
    """A record's version, and who last changed it and when (None where the trail is silent:
    a record imported, or changed before the trail was kept)."""

    version: int
    who: str | None
    at: dt.datetime | None
    entry: int | None = None  # the audit entry of that change
    row: int | None = None  # the row it was read from (a guest at a place may be another)
    born: int | None = None  # the audit entry that added that row (SQLite reuses a row's id)


def bump(database, query, run):
    """Write hook: an UPDATE of a versioned table raises the version of every row it changes;
    a write of a record's parts (PARTS) raises the version of the records they belong to."""
    model = getattr(query, "model", None)
    if isinstance(query, peewee.Update):
        field = model._meta.fields.get("version") if model is not None else None
        if field is not None and not any(getattr(key, "name", key) == "version"
                                         for key in query._update):
            query._update[field] = field + 1
    owner = _OWNERS.get(model)
    if owner is None:
        return run()
    owners = _owners(model, owner[1], query)
    result = run()
    if owners:
        touch(owner[0], owners)
    return result


def touch(model: type[m.BaseModel], row_ids: Iterable[int]) -> None:
    """Raise the version of records for a change of their parts (PARTS), not of their rows."""
    model.update(version=model.version + 1).where(model.id.in_(list(row_ids))).execute()


def _owners(part: type[m.BaseModel], reference: str, query) -> set[int]:
    """The records whose parts `query` writes (read before it runs)."""
    field = part._meta.fields[reference]
    if isinstance(query, peewee.Insert):
        # One row added to a record (an activity, a term). Rows inserted in bulk come with
        # the records they belong to (a council imported whole): nothing else to raise.
        row = query._insert if isinstance(query._insert, dict) else {}
        # (a Field compared with == gives an expression, always true: compare names)
        values = [value for key, value in row.items() if getattr(key, "name", key) == reference]
        return {getattr(value, "id", value) for value in values if value is not None}
    select = part.select(field)
    if query._where is not None:
        select = select.where(query._where)
    return {row[0] for row in select.tuples() if row[0] is not None}


def install() -> None:
    """Raise versions on the open database (called by opening, with the audit trail)."""
    if bump not in binding.write_hooks:
        binding.write_hooks.append(bump)


Code = str | int | tuple[str | int, ...]


def current(kind: str, council_id: str, code: Code) -> RecordVersion:
    """The version of a record as a form shows it (`code` is the plan's year for "plan")."""
    model, row = _row(kind, council_id, code, lock=False)
    return RecordVersion(row.version, *_last_change(model, row.id), row=row.id,
                         born=_born(model, row.id))


@contextmanager
def guard(kind: str, council_id: str, code: Code,
          seen: int | RecordVersion) -> Iterator[None]:
    """Run the block (a form's save) only if the record is still at version `seen` (as
    `current` read it when the form was filled, or its number).

    One transaction: the record is locked first, so a second save waits and then finds the
    new version. Raises StaleRecord (nothing saved) when another change came in between,
    naming who made it when the audit trail says so (a change it did not record, such as
    a part removed, is not taken for the last one it did).
    """
    version = seen.version if isinstance(seen, RecordVersion) else seen
    with db.atomic():
        model, row = _row(kind, council_id, code, lock=True)
        if isinstance(seen, RecordVersion) and seen.row is not None and (
                seen.row != row.id or seen.born != _born(model, row.id)):
            # Not the row the form was filled from: removed, and another stands at its
            # place or has its code (even its id, on SQLite). Never saved over; the form
            # does not take up the other record either.
            raise _replaced()
        if row.version != version:
            who, at, entry = _last_change(model, row.id)
            if isinstance(seen, RecordVersion) and seen.entry is not None and (
                    entry is None or entry <= seen.entry):
                who = at = None  # the trail holds no change made after the form was filled
            raise stale_record(who, at)
        yield


def _replaced() -> WriteError:
    return WriteError.keyed(
        "The record this form shows was removed or replaced by someone else after you "
        "opened it: nothing was saved. Close the form and open the record again.")


def stale_record(who: str | None, at: dt.datetime | None) -> StaleRecord:
    if who and at:
        return StaleRecord.keyed(
            "{who} changed this record on {when} at {time}, after you opened it: your "
            "changes were not saved. The form now shows the record as it is; make your "
            "changes again.", who=who, when=at.date(), time=at.strftime("%H:%M"))
    return StaleRecord.keyed(
        "Someone changed this record after you opened it: your changes were not saved. The "
        "form now shows the record as it is; make your changes again.")


def _row(kind: str, council_id: str, code: Code, lock: bool):
    if kind in PLACED:
        return _placed_row(kind, council_id, code, lock)
    model = KINDS.get(kind)
    if model is None:
        raise ValueError(f"no versioned record of the kind {kind!r}")
    if model is m.Council:
        query = m.Council.select(m.Council.id, m.Council.version).where(
            m.Council.code == council_id)
    else:
        key = model.year if model is m.AnnualPlan else model.code
        query = (model.select(model.id, model.version).join(m.Council)
                 .where((m.Council.code == council_id) & (key == code)))
    if lock and db.obj.for_update:
        query = query.for_update(of=model)
    row = query.first()
    if row is None:
        raise WriteError.keyed("unknown {noun} {code!r} in council {council!r}", noun=kind,
                               code=str(code), council=council_id)
    return model, row


def _born(model: type[m.BaseModel], row_id: int) -> int | None:
    """The audit entry that added the row (None when the trail did not record it: a row
    imported in bulk, or added before the trail was kept). A row added in place of a deleted
    one that got its id has its own (the deleted one's entries lost their id: audit.py)."""
    first = (AuditEntry.select(AuditEntry.id)
             .where((AuditEntry.table_name == model._meta.table_name)
                    & (AuditEntry.record_id == row_id))
             .order_by(AuditEntry.id).first())
    return first.id if first is not None else None


def _last_change(model: type[m.BaseModel], row_id: int
                 ) -> tuple[str | None, dt.datetime | None, int | None]:
    """Who made the newest change the audit trail holds of the record or of its parts, when,
    and its entry."""
    mine = ((AuditEntry.table_name == model._meta.table_name)
            & (AuditEntry.record_id == row_id))
    if model in PARTS:
        part, reference = PARTS[model]
        ids = part.select(part.id).where(getattr(part, reference) == row_id)
        mine |= (AuditEntry.table_name == part._meta.table_name) & AuditEntry.record_id.in_(ids)
    entry = (AuditEntry.select(AuditEntry.id, AuditEntry.user, AuditEntry.at).where(mine)
             .order_by(AuditEntry.id.desc()).first())
    if entry is None:
        return None, None, None
    return entry.user, dt.datetime.fromisoformat(entry.at), entry.id


def _placed_row(kind: str, council_id: str, code: Code, lock: bool):
    """The guest, agenda item or speaker at its place in a sitting (PLACED); refused as the
    store refuses a write to a place that is not there."""
    model = PLACED[kind]
    assert isinstance(code, tuple)
    meeting = (m.Meeting.select(m.Meeting.id).join(m.Council)
               .where((m.Council.code == council_id) & (m.Meeting.code == code[0])).first())
    if meeting is None:
        raise WriteError.keyed("unknown {noun} {code!r} in council {council!r}",
                               noun="meeting", code=str(code[0]), council=council_id)
    if kind == "speaker":
        item = _at(m.AgendaItem, m.AgendaItem.meeting == meeting.id, code[1])
        row = _at(model, model.item == item.id, code[2]) if item is not None else None
        if row is None:
            raise WriteError.keyed("There is no speaker No. {number} on item {item} of this "
                                   "sitting.", number=_place(code[2]), item=_place(code[1]))
    else:
        row = _at(model, model.meeting == meeting.id, code[1])
        if row is None:
            raise WriteError.keyed("There is no {label} No. {number} in this sitting.",
                                   label=GUEST if kind == "guest" else AGENDA_ITEM,
                                   number=_place(code[1]))
    if lock and db.obj.for_update:
        locked = model.select(model.id, model.version).where(model.id == row.id).for_update()
        row = locked.first()
        if row is None:  # removed between the two reads (on a server)
            raise _replaced()
    return model, row


def _at(model: type[m.BaseModel], where, place: object):
    """The row at 0-based `place` of a sitting's ordered list, or None."""
    if not isinstance(place, int) or place < 0:
        return None
    return (model.select(model.id, model.version).where(where)
            .order_by(model.position, model.id).offset(place).first())


def _place(place: object) -> object:
    return place + 1 if isinstance(place, int) else place
