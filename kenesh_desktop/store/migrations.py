"""The schema's history: ordered steps, each in its own transaction, numbered by a version.

`migrate` runs every step whose number is above the database's version, in order, each in
one transaction that also records the new version, so a step that fails leaves the database
as it was before that step. The version store (SQLite's `PRAGMA user_version`) is supplied by
db.py, the one SQLite-specific module.

Rules for a later step (read before writing step 2):

- Never edit a step that has shipped. Step 1 creates the tables from the models; before a
  model changes, copy the version-1 definitions into this module as frozen classes so that
  step 1 keeps creating exactly version 1 and step 2 changes it.
- SQLite cannot alter most columns in place, so a step rebuilds a table (create the new
  table, copy rows, drop the old, rename). THE TRAP: dropping a table while foreign keys are
  on runs ON DELETE CASCADE on every child row — rebuilding `meeting` would silently delete
  all attendance, items and votes. Mark such a step `rebuilds_tables = True`: `migrate`
  then turns foreign keys off around its transaction (the pragma is ignored inside a
  transaction) and runs `foreign_key_check` before committing, refusing the step if any
  reference is left dangling.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Protocol

import peewee

SCHEMA_VERSION = 2
"""The schema version this program writes; a database with a higher one is refused."""


class VersionStore(Protocol):
    def get(self) -> int: ...

    def set(self, version: int) -> None: ...

    def foreign_keys_off(self) -> AbstractContextManager: ...

    def foreign_key_problems(self) -> list[tuple]: ...


class MigrationError(peewee.DatabaseError):
    """A migration step left the database inconsistent; it was rolled back."""


def create_v1(database: peewee.Database) -> None:
    """Version 1: every table of models.py with its indexes and foreign keys."""
    from kenesh_desktop.store.models import ALL_MODELS

    database.create_tables(ALL_MODELS, safe=False)


def create_v2(database: peewee.Database) -> None:
    """Version 2: the audit trail's table (audit.py); no existing table changes."""
    from kenesh_desktop.store.audit import create_v2 as create_audit_table

    create_audit_table(database)


MIGRATIONS: list[tuple[int, Callable[[peewee.Database], None]]] = [
    (1, create_v1),
    (2, create_v2),
]


def migrate(database: peewee.Database, versions: VersionStore) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version it had before."""
    before = versions.get()
    for number, step in MIGRATIONS:
        if number <= versions.get():
            continue
        rebuilds = getattr(step, "rebuilds_tables", False)
        guard = versions.foreign_keys_off() if rebuilds else nullcontext()
        with guard, database.atomic():
            step(database)
            if rebuilds:
                problems = versions.foreign_key_problems()
                if problems:
                    raise MigrationError(
                        f"migration to version {number} left {len(problems)} dangling "
                        f"references (first: {problems[0]}); nothing was changed"
                    )
            versions.set(number)
    return before
