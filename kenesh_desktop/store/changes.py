"""Changes to the records captured as they are written, so they can be taken back and made again.

How an edit becomes undoable: run its store write inside `capture()`; the capture's
`changeset()` then holds every row it inserted, updated or deleted (rows removed by ON DELETE
CASCADE included, read before they go). `ChangeSet.undo()` and `redo()` put those rows back
or make the change again in one transaction, without code per kind of edit. The window's
side of this (one QUndoStack per council) is ui/undo.py.

Every INSERT/UPDATE/DELETE a model query runs passes through one of binding.py's `write_hooks`
(as the audit trail does). A write made while no capture is open is counted in
`unrecorded_writes` (the window then forgets the undo history it can no longer trust).

A row's `version` (schema 5, versions.py) is bookkeeping, not content: changes compare rows
without it, and undo and redo RAISE it like any other change (the version hook), never put
an old number back. So a form opened on a record in between is refused its save, as after
any other change (no lost update).

Undo and redo check the rows first: a row changed since by something that was not undone
(another program's import, an edit of another council that took a freed id) refuses with
`ChangeConflict` and nothing is written. Some changes cannot be taken back and make the
capture `undoable` False: a council added or removed (the window's list of councils and
every council's history change with it), a scan's record (its file lives outside the
database), finalizing or reopening a sitting (the signed record; see NOT_UNDOABLE).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import peewee

from kenesh_desktop.store import binding
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.errors import WriteError

Row = dict[str, Any]
"""A row as field name -> value (a foreign key as the referenced id)."""

TRACKED = frozenset(m.RECORD_MODELS)
"""The tables whose rows a capture records (the audit trail and the store's facts about
itself are not records)."""
NOT_UNDOABLE = frozenset({m.CandidateAttachment, m.Reopening})
"""Rows whose change cannot be taken back: a scan's record (its file lives outside the
database), a sitting's reopening (it states why the signed record was opened again)."""
NOT_UNDOABLE_FIELDS = {m.Meeting: "finalized"}
"""Fields whose change cannot be taken back: finalizing a sitting (once the chair has
signed, only a reopening with a stated reason may open it again)."""

unrecorded_writes = 0
"""How many writes were made while no capture was open (undoing and redoing aside): a
history that saw this number change cannot trust what it holds."""


VERSION = "version"


def _content(row: Row | None) -> Row | None:
    """The row without its version (see the module's text)."""
    return None if row is None else {k: v for k, v in row.items() if k != VERSION}


class ChangeConflict(WriteError):
    """The records touched by a change were changed since: it cannot be undone or redone."""


def _conflict() -> WriteError:
    return ChangeConflict.keyed("The records this change touched were changed since; it can "
                                "no longer be undone or redone.")


@dataclass(frozen=True)
class RowChange:
    """One row before and after (None: the row did not exist / no longer exists)."""

    model: type[peewee.Model]
    key: Any
    before: Row | None
    after: Row | None


@dataclass(frozen=True)
class ChangeSet:
    """The rows one edit changed, in the order they changed."""

    changes: tuple[RowChange, ...] = ()
    undoable: bool = True

    def __bool__(self) -> bool:
        return bool(self.changes)

    def undo(self) -> None:
        """Put every row back as it was before the edit (ChangeConflict: nothing done)."""
        _apply([(c.model, c.key, c.after, c.before) for c in reversed(self.changes)])

    def redo(self) -> None:
        """Make the edit again (ChangeConflict: nothing done)."""
        _apply([(c.model, c.key, c.before, c.after) for c in self.changes])

    def tables(self) -> set[str]:
        return {c.model._meta.table_name for c in self.changes}

    def updates_only(self) -> bool:
        """True when every change is to a row that existed before and after."""
        return bool(self.changes) and all(c.before is not None and c.after is not None
                                          for c in self.changes)

    def rows(self) -> set[tuple]:
        """The rows changed, as (table, key)."""
        return {(c.model._meta.table_name, c.key) for c in self.changes}

    def then(self, later: ChangeSet) -> ChangeSet:
        """This change followed by `later`, as one."""
        return ChangeSet(self.changes + later.changes, self.undoable and later.undoable)

    def adds_or_removes_a_council(self) -> bool:
        return any(c.model is m.Council and (c.before is None or c.after is None)
                   for c in self.changes)


@dataclass
class Capture:
    """What a `capture()` saw; `changeset()` once the writes are over."""

    changes: list[RowChange] = field(default_factory=list)
    undoable: bool = True

    def add(self, model, key, before: Row | None, after: Row | None) -> None:
        if _content(before) == _content(after):
            return
        if model in NOT_UNDOABLE or model is m.Council and (before is None or after is None):
            self.undoable = False
        name = NOT_UNDOABLE_FIELDS.get(model)
        if name and before is not None and after is not None and before[name] != after[name]:
            self.undoable = False
        self.changes.append(RowChange(model, key, before, after))

    def changeset(self) -> ChangeSet:
        """The changes that are in the database now.

        A write refused after it began is rolled back with its transaction, yet its rows
        were seen: the changes kept are the longest beginning of the list that matches what
        the database holds (the refused transaction is always the last). When none does (a
        part rolled back in the middle), the capture is not undoable."""
        changes = self.changes
        for end in range(len(changes), -1, -1):
            if _matches(changes, end):
                return ChangeSet(tuple(changes[:end]), self.undoable)
        return ChangeSet((), False)


def _matches(changes: list[RowChange], end: int) -> bool:
    """True when the database holds every row touched by `changes` as `changes[:end]` left
    it (rows touched only after `end` as they were before)."""
    expected: dict[tuple, Row | None] = {}
    for change in changes[end:]:
        expected.setdefault((change.model, change.key), change.before)
    for change in changes[:end]:
        expected[(change.model, change.key)] = change.after
    return all(_content(_row(model, key)) == _content(row)
               for (model, key), row in expected.items())


_captures: list[Capture] = []
_applying = False


@contextmanager
def capture() -> Iterator[Capture]:
    """Record every row written inside the block (a nested capture records into both)."""
    install()
    recording = Capture()
    _captures.append(recording)
    try:
        yield recording
    finally:
        _captures.remove(recording)


def install() -> None:
    """Start watching writes (idempotent; capture() and the window's history call it)."""
    if _hook not in binding.write_hooks:
        binding.write_hooks.append(_hook)


# -- seeing the writes ------------------------------------------------------------------------
def _hook(database, query, run):
    model = getattr(query, "model", None)
    if model not in TRACKED or _applying:
        return run()
    if not _captures:
        global unrecorded_writes
        result = run()
        unrecorded_writes += 1
        return result
    if not any(recording.undoable for recording in _captures):
        return run()  # nothing can be taken back any more: reading the rows is wasted
    if isinstance(query, peewee.Insert):
        result, rows = _inserted(database, model, query, run)
        for key, row in rows.items():
            _add(model, key, None, row)
    elif isinstance(query, peewee.Update):
        before = _rows(model, query._where)
        result = run()
        after = _rows(model, _primary(model) << list(before)) if before else {}
        for key, old in before.items():
            _add(model, key, old, after.get(key))
    else:
        before = _rows(model, query._where)
        cascaded = _cascade(model, list(before))
        result = run()
        for child, key, old, new in cascaded:  # children first: undo puts the parent back first
            _add(child, key, old, new)
        for key, old in before.items():
            _add(model, key, old, None)
    return result


def _add(model, key, before, after) -> None:
    for recording in _captures:
        recording.add(model, key, before, after)


def _primary(model) -> peewee.Field:
    return model._meta.primary_key


def _rows(model, where) -> dict[Any, Row]:
    query = model.select()
    if where is not None:
        query = query.where(where)
    name = _primary(model).name
    return {row[name]: row for row in query.dicts()}


def _row(model, key) -> Row | None:
    return model.select().where(_primary(model) == key).dicts().first()


def _inserted(database, model, query, run) -> tuple[object, dict[Any, Row]]:
    """Run an INSERT; returns its result and the rows it added, read back by the ids the
    engine gives (`inserted_ids`: the RETURNING rows on PostgreSQL, the consecutive rowids
    ending at the last one on SQLite, as the audit trail reads them)."""
    inserted_ids = getattr(database, "inserted_ids", None)
    result, ids = inserted_ids(query, run) if callable(inserted_ids) else (run(), None)
    if ids is None:
        for recording in _captures:
            recording.undoable = False  # rows we cannot name cannot be taken back
        return result, {}
    return result, _rows(model, _primary(model) << ids) if ids else {}


def _cascade(model, keys: list) -> list[tuple]:
    """The rows a deletion of `keys` removes (CASCADE) or empties (SET NULL), deepest
    first, each as (model, key, before, after), read before the deletion."""
    found: list[tuple] = []
    if not keys:
        return found
    for fk in model._meta.backrefs:
        action = (fk.on_delete or "").upper()
        if action not in ("CASCADE", "SET NULL"):
            continue
        children = _rows(fk.model, fk << keys)
        if action == "CASCADE":
            found.extend(_cascade(fk.model, list(children)))
            found.extend((fk.model, k, row, None) for k, row in children.items())
        else:
            found.extend((fk.model, k, row, {**row, fk.name: None})
                         for k, row in children.items())
    return found


# -- taking back and making again ---------------------------------------------------------------
def _apply(steps: list[tuple]) -> None:
    """Each step: (model, key, the row expected now, the row wanted). All or nothing."""
    global _applying
    _applying = True
    try:
        with db.atomic():
            for model, key, expected, wanted in steps:
                if _content(_row(model, key)) != _content(expected):
                    raise _conflict()
                primary = _primary(model)
                if wanted is None:
                    model.delete().where(primary == key).execute()
                elif expected is None:
                    model.insert(**wanted).execute()
                else:
                    diff = {name: value for name, value in _content(wanted).items()
                            if expected.get(name) != value}
                    if diff:  # the version hook raises the row's version
                        model.update(**diff).where(primary == key).execute()
    except peewee.IntegrityError:
        raise _conflict() from None
    finally:
        _applying = False
