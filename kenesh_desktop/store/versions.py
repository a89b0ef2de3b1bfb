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
runs it, on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import peewee

from kenesh_desktop.store import binding
from kenesh_desktop.store import models as m
from kenesh_desktop.store.audit import AuditEntry
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.errors import StaleRecord, WriteError

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


@dataclass(frozen=True)
class RecordVersion:
    """A record's version, and who last changed it and when (None where the trail is silent:
    a record imported, or changed before the trail was kept)."""

    version: int
    who: str | None
    at: dt.datetime | None


def bump(database, query, run):
    """Write hook: an UPDATE of a versioned table raises the version of every row it changes."""
    if isinstance(query, peewee.Update):
        model = getattr(query, "model", None)
        field = model._meta.fields.get("version") if model is not None else None
        if field is not None and not any(getattr(key, "name", key) == "version"
                                         for key in query._update):
            query._update[field] = field + 1
    return run()


def install() -> None:
    """Raise versions on the open database (called by opening, with the audit trail)."""
    if bump not in binding.write_hooks:
        binding.write_hooks.append(bump)


def current(kind: str, council_id: str, code: str | int) -> RecordVersion:
    """The version of a record as a form shows it (`code` is the plan's year for "plan")."""
    model, row = _row(kind, council_id, code, lock=False)
    who, at = _last_change(model, row.id)
    return RecordVersion(row.version, who, at)


@contextmanager
def guard(kind: str, council_id: str, code: str | int, seen: int) -> Iterator[None]:
    """Run the block (a form's save) only if the record is still at version `seen`.

    One transaction: the record is locked first, so a second save waits and then finds the
    new version. Raises StaleRecord (nothing saved) when another change came in between.
    """
    with db.atomic():
        model, row = _row(kind, council_id, code, lock=True)
        if row.version != seen:
            who, at = _last_change(model, row.id)
            raise stale_record(who, at)
        yield


def stale_record(who: str | None, at: dt.datetime | None) -> StaleRecord:
    if who and at:
        return StaleRecord.keyed(
            "{who} changed this record on {when} at {time}, after you opened it: your "
            "changes were not saved. The form now shows the record as it is; make your "
            "changes again.", who=who, when=at.date(), time=at.strftime("%H:%M"))
    return StaleRecord.keyed(
        "Someone changed this record after you opened it: your changes were not saved. The "
        "form now shows the record as it is; make your changes again.")


def _row(kind: str, council_id: str, code: str | int, lock: bool):
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


def _last_change(model: type[m.BaseModel], row_id: int) -> tuple[str | None, dt.datetime | None]:
    entry = (AuditEntry.select(AuditEntry.user, AuditEntry.at)
             .where((AuditEntry.table_name == model._meta.table_name)
                    & (AuditEntry.record_id == row_id))
             .order_by(AuditEntry.id.desc()).first())
    if entry is None:
        return None, None
    return entry.user, dt.datetime.fromisoformat(entry.at)
