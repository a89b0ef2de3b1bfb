"""The audit trail: every change to the records, when, by whom and what (old → new values), in
the `audit_entry` table (schema version 2), with the council each change belongs to (schema
version 5). "Who" is the operating-system user on a laptop's file and the login on a shared
server (the engine says which: its database's `who()`).

Recording is one hook around every INSERT, UPDATE and DELETE a model query runs on a record
table (binding.py's `write_hooks`), so each write function of every module is covered without
calling anything, bulk queries included; the entries are written in the same transaction as the
change. Rows removed by ON DELETE CASCADE are not seen one by one: the entry of the deleted
parent stands for them.

Personal data: a deleted record's values are erased from the trail (the entries keep the
table, the record, who and when, but no values), for the record itself and for every row
the deletion cascaded to, so a deleted candidate's name does not linger in the file; their
record id is cleared too (SQLite may reuse it). The trail leaves the file only when asked
(`export_audit`), and no log ever holds it.

The ids of the rows an INSERT made come from the engine (`inserted_ids` of its database):
the RETURNING rows on PostgreSQL, the consecutive rowids ending at the last one on SQLite.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from kenesh_desktop.files import open_replacing, spreadsheet_safe
from kenesh_desktop.store import binding, scope
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.models import RECORD_MODELS

ERASED = {"erased": True}
"""What a deleted record's entries keep of its values."""
_VERSION = "version"
_RECORDS = frozenset(RECORD_MODELS)  # store_info holds facts about the file, not records

_active: peewee.Database | None = None


class AuditEntry(peewee.Model):
    """One changed row. `changes` is JSON: {column: [old, new]} (old is null for an insert,
    new is null for a deletion)."""

    at = peewee.CharField()  # local time, ISO 8601 to the second
    user = peewee.TextField()
    action = peewee.CharField()  # insert / update / delete
    table_name = peewee.CharField()
    record_id = peewee.IntegerField(null=True)
    changes = peewee.TextField(default="{}")
    council = peewee.TextField(null=True)  # the council's id ("minfin"); schema version 5

    class Meta:
        database = db
        table_name = "audit_entry"
        indexes = ((("table_name", "record_id"), False),)


@dataclass(frozen=True)
class Change:
    """An audit entry as the window shows it."""

    at: dt.datetime
    user: str
    action: str
    table: str
    record_id: int | None
    changes: dict[str, tuple[Any, Any]]
    erased: bool
    council: str | None = None  # the council's id; None for entries before schema version 5


def create_v2(database: peewee.Database) -> None:
    """Schema version 2: the audit_entry table (migrations.py step 2).

    The table exactly as version 2 had it (step 5 adds `council`).
    """
    with database.bind_ctx([_AuditEntryV2]):
        _AuditEntryV2.create_table(safe=False)


_AuditEntryV2 = type("AuditEntry", (peewee.Model,), {
    # `audit_entry` as schema version 2 created it (frozen: migrations.py's rules). Its
    # class name is AuditEntry, as peewee names the table's index after it.
    "__module__": __name__,
    "at": peewee.CharField(),
    "user": peewee.TextField(),
    "action": peewee.CharField(),
    "table_name": peewee.CharField(),
    "record_id": peewee.IntegerField(null=True),
    "changes": peewee.TextField(default="{}"),
    "Meta": type("Meta", (), {"database": None, "table_name": "audit_entry",
                              "indexes": ((("table_name", "record_id"), False),)}),
})


def install() -> None:
    """Start recording on the open database (called by open_database after migrating)."""
    global _active
    _active = db.obj if AuditEntry.table_exists() else None
    if _record not in binding.write_hooks:
        binding.write_hooks.append(_record)


def current_user() -> str:
    """Who changes the records, as the engine says: the server's login on a shared server,
    the operating-system user on a file."""
    who = getattr(db.obj, "who", None)
    return who() if callable(who) else "unknown"


def _record(database, query, run):
    model = getattr(query, "model", None)
    if database is not _active or model not in _RECORDS:
        return run()
    with database.atomic():
        if isinstance(query, peewee.Insert):
            result, ids = _inserted(database, query, run)
            if ids is None:
                _write("insert", model, None, {}, None)
            else:
                rows = _rows(model, model._meta.primary_key << ids) if ids else {}
                councils = scope.councils_of(model, rows)
                for key, values in rows.items():
                    _write("insert", model, key, {c: [None, v] for c, v in values.items()},
                           councils.get(key))
        elif isinstance(query, peewee.Update):
            before = _rows(model, query._where)
            result = run()
            after = _rows(model, model._meta.primary_key << list(before)) if before else {}
            councils = scope.councils_of(model, after)
            for key, old in before.items():
                new = after.get(key, {})
                diff = {c: [old[c], new.get(c)] for c in old if old[c] != new.get(c)}
                if diff:
                    _write("update", model, key, diff, councils.get(key))
        else:
            before = _rows(model, query._where)
            councils = scope.councils_of(model, before)  # read before the rows go
            result = run()
            for key in before:
                _write("delete", model, key, ERASED, councils.get(key))
            if before:
                _erase_deleted(database)
    return result


def _inserted(database, query, run) -> tuple[object, list[int] | None]:
    """Run an INSERT; returns what it returned (for the caller) and the ids of its rows from
    the engine (None when they cannot be known)."""
    inserted_ids = getattr(database, "inserted_ids", None)
    if callable(inserted_ids):
        return inserted_ids(query, run)
    return run(), None


def _rows(model, where) -> dict[int, dict[str, Any]]:
    query = model.select()
    if where is not None:
        query = query.where(where)
    primary = model._meta.primary_key.column_name
    rows = {}
    for row in query.dicts():
        values = {_column(model, name): _plain(value) for name, value in row.items()}
        values.pop(_VERSION, None)  # a row's version is bookkeeping, not a change of the record
        rows[values.pop(primary)] = values
    return rows


def _column(model, field_name: str) -> str:
    field = model._meta.fields.get(field_name)
    return field.column_name if field is not None else field_name


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def _write(action: str, model, record_id: int | None, changes: dict,
           council: str | None) -> None:
    AuditEntry.insert(
        at=dt.datetime.now().isoformat(timespec="seconds"),
        user=current_user(),
        action=action,
        table_name=model._meta.table_name,
        record_id=record_id,
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
        council=council,
    ).execute()


def _erase_deleted(database) -> None:
    """Erase the values of every entry whose row is gone (deleted, or removed by a cascade).

    The record id goes too: SQLite may give a later row the id of a deleted one, whose
    history must not become the new row's.
    """
    erased = json.dumps(ERASED, sort_keys=True)
    for model in RECORD_MODELS:  # store_info is keyed by text, never deleted by a write
        primary = model._meta.primary_key
        (AuditEntry.update(changes=erased, record_id=None)
         .where((AuditEntry.table_name == model._meta.table_name)
                & AuditEntry.record_id.is_null(False)
                & AuditEntry.record_id.not_in(model.select(primary)))
         .execute())


def history(model: type[peewee.Model], record_id: int) -> list[Change]:
    """The changes of one record, oldest first (the window's per-record dialog)."""
    query = (AuditEntry.select()
             .where((AuditEntry.table_name == model._meta.table_name)
                    & (AuditEntry.record_id == record_id))
             .order_by(AuditEntry.id))
    return [_change(entry) for entry in query]


def all_changes() -> list[Change]:
    return [_change(entry) for entry in AuditEntry.select().order_by(AuditEntry.id)]


def _change(entry: AuditEntry) -> Change:
    data = json.loads(entry.changes)
    erased = data == ERASED
    return Change(dt.datetime.fromisoformat(entry.at), entry.user, entry.action,
                  entry.table_name, entry.record_id,
                  {} if erased else {k: (v[0], v[1]) for k, v in data.items()}, erased,
                  entry.council)


def export_audit(path: Path | str) -> int:
    """Write the whole trail as CSV (only when the user asks); returns the number of rows.

    Written to a temporary file beside `path` and renamed into place. A cell that begins
    with = + - or @ is prefixed with an apostrophe, so a spreadsheet never runs it as a
    formula (CSV injection).
    """
    count = 0
    with open_replacing(path, encoding="utf-8-sig", newline="", private=True) as out:
        writer = csv.writer(out)
        writer.writerow(["when", "who", "action", "table", "record", "column", "old", "new"])
        for change in all_changes():
            items = change.changes.items() or [("", (None, None))]
            for column, (old, new) in items:
                writer.writerow([spreadsheet_safe(x) for x in (
                    change.at.isoformat(), change.user, change.action, change.table,
                    change.record_id, column, old, new)])
                count += 1
    return count

