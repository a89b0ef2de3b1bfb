"""The schema's history: ordered steps, each in its own transaction, numbered by a version.

`migrate` runs every step whose number is above the database's version, in order, each in
one transaction that also records the new version, so a step that fails leaves the database
as it was before that step. The version store is the engine's (engine_sqlite.py: SQLite's
`PRAGMA user_version`; engine_postgres.py: the `kenesh_schema` table), and so is the SQL of
a table rebuild (`rebuild_table`): no step holds SQL of its own.

Rules for a later step (read before writing step 6):

- Never edit a step that has shipped. Every step creates and changes tables through frozen
  shapes (frozen.py: schema_v1.py for step 1, `_CandidateV3` and the `_V4` shapes here), never
  through the live models of models.py, so a model can change and every step still makes exactly its
  version; the new step changes it.
- Prefer what both engines do in place (peewee's `SchemaMigrator`: add a nullable column,
  drop a column, create a table) to a rebuild: the same step then runs on PostgreSQL.
- SQLite cannot alter most columns in place, so a step rebuilds a table there
  (`database.rebuild_table(shape, rebuilt)`: create the new table, copy rows, drop the old,
  rename) where PostgreSQL alters it (`alters_columns_in_place`). THE TRAP: dropping a table
  while foreign keys are on runs ON DELETE CASCADE on every child row — rebuilding `meeting`
  would silently delete all attendance, items and votes. Mark such a step `rebuilds_tables =
  True`: `migrate` then turns foreign keys off around its transaction (the pragma is ignored
  inside a transaction) and runs `foreign_key_check` before committing, refusing the step if
  any reference is left dangling.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Protocol

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from kenesh_desktop.store.audit import create_v2 as create_audit_table
from kenesh_desktop.store.errors import MigrationError  # re-exported: its first home
from kenesh_desktop.store.frozen import shape, table_ref
from kenesh_desktop.store.schema_v1 import REQUIREMENT_KEYS_V1, V1_MODELS, candidate_columns

SCHEMA_VERSION = 5
"""The schema version this program writes; a database with a higher one is refused."""


class VersionStore(Protocol):
    """The engine's side of a migration: where the schema version is kept."""

    def get(self) -> int: ...

    def set(self, version: int) -> None: ...

    def foreign_keys_off(self) -> AbstractContextManager: ...

    def foreign_key_problems(self) -> list[tuple]: ...


def alters_columns_in_place(database: peewee.Database) -> bool:
    """True for an engine that changes a column's NOT NULL with ALTER TABLE (PostgreSQL);
    SQLite cannot, so a step rebuilds the table there, with foreign keys off."""
    return bool(getattr(database, "alters_columns_in_place", False))


# ---------------------------------------------------------------- frozen shapes
# Tables as earlier steps made them (frozen.py: described, bound only while their step runs).

# Version 3: a requirement may be NULL, "not yet recorded" (Art. 14: each is a fact the
# secretariat records with its evidence; until then it is neither yes nor no).
_CandidateV3 = shape("candidate", candidate_columns("bool null"), ("council code",))
_CandidateV3Rebuilt = shape("candidate_rebuilt", candidate_columns("bool null"),
                            ("council code",))
"""The version-3 table under the temporary name a rebuild fills before renaming it."""


# ---------------------------------------------------------------- the steps


def create_v1(database: peewee.Database) -> None:
    """Version 1: every table as it was then (schema_v1.py), with indexes and foreign keys."""
    with database.bind_ctx(V1_MODELS):
        for model in V1_MODELS:
            model.create_table(safe=False)


def create_v2(database: peewee.Database) -> None:
    """Version 2: the audit trail's table (audit.py); no existing table changes."""
    create_audit_table(database)


def create_v3(database: peewee.Database) -> None:
    """Version 3: a candidate's requirements become nullable (None: not yet recorded).

    SQLite cannot drop a NOT NULL in place: the table is rebuilt the way its documentation
    says (a new table, the rows copied with their ids, the old one dropped, the new one
    renamed, its indexes made again). Foreign keys are off around this step
    (`rebuilds_tables`): dropping `candidate` with them on would cascade into every
    candidate's scans. Existing values stay as they were: a false recorded under version 1
    cannot be told apart from "not recorded", so it stays false. An engine that alters a
    column in place (PostgreSQL) drops the NOT NULL instead: no rebuild, nothing cascades.
    """
    if alters_columns_in_place(database):
        migrator = SchemaMigrator.from_database(database)
        run_operations(*(migrator.drop_not_null("candidate", f"req_{key}")
                         for key in REQUIREMENT_KEYS_V1))
        return
    database.rebuild_table(_CandidateV3, _CandidateV3Rebuilt)  # engine_sqlite.py


create_v3.rebuilds_tables = True


_CouncilV3 = shape("council", "term_start date, term_end date")
"""`council` of versions 1 to 3 (what step 4 reads of it): its one term in two columns."""
_CompositionV4 = shape("composition", "council ->council cascade, start date, end date, "
                                      "formed date null", ("council start",))
_AgendaSpeakerV4 = shape("agenda_speaker", "item ->agenda_item cascade, position int, "
                                           "name text, summary text")
_StoreInfoV4 = shape("store_info", "key char pk, value text")
_AcknowledgementV4 = shape("acknowledgement", "council ->council cascade, rule char, "
                                              "subject char, acknowledged_on date, note text",
                           ("council rule subject",))
_MemberRef, _AgendaItemRef = table_ref("member"), table_ref("agenda_item")

_V4_TABLES = (_CompositionV4, _AgendaSpeakerV4, _StoreInfoV4, _AcknowledgementV4)


def create_v4(database: peewee.Database) -> None:
    """Version 4: what a lawful record and a council's history need.

    - `composition`: a council's compositions and their terms; each council's one term
      (`council.term_start`/`term_end`) becomes its first composition, and those two columns
      go (DOMAIN.md "Compositions and terms": the term in force is derived, never stored);
    - `meeting.presiding_id` and `meeting.minutes_by_id`: who presided and who took the
      minutes (NULL: not recorded, as every sitting before this version);
    - `agenda_speaker`: the discussion of an item;
    - `council.rulebook_data`: the figures of a rulebook other than the default (NULL);
    - `store_info`: the database's own identity (`database_id`), which keys its backups;
    - `acknowledgement`: findings the secretariat acknowledged as no longer mendable.

    Columns are added nullable and dropped in place (SQLite 3.35+, PostgreSQL): no table is
    rebuilt, so no foreign key cascades.
    """
    migrator = SchemaMigrator.from_database(database)
    with database.bind_ctx([*_V4_TABLES, _CouncilV3, _MemberRef, _AgendaItemRef]):
        database.create_tables(_V4_TABLES, safe=False)
        _CompositionV4.insert_from(
            _CouncilV3.select(_CouncilV3.id, _CouncilV3.term_start, _CouncilV3.term_end),
            fields=[_CompositionV4.council, _CompositionV4.start, _CompositionV4.end],
        ).execute()
        _StoreInfoV4.create(key="database_id", value=uuid.uuid4().hex)
        member = _MemberRef._meta.primary_key
        run_operations(
            migrator.add_column("meeting", "presiding_id", peewee.ForeignKeyField(
                _MemberRef, field=member, null=True, backref="+")),
            migrator.add_column("meeting", "minutes_by_id", peewee.ForeignKeyField(
                _MemberRef, field=member, null=True, backref="+")),
            migrator.add_column("council", "rulebook_data", peewee.TextField(null=True)),
            migrator.drop_column("council", "term_start", cascade=False),
            migrator.drop_column("council", "term_end", cascade=False),
        )


# Every table of a council's records at version 4: each gets a version (step 5).
_V5_VERSIONED = ("council", "composition", "member", "meeting", "attendance", "guest",
                 "agenda_item", "agenda_speaker", "vote", "reopening", "request", "proposal",
                 "commission_notice", "annual_plan", "plan_item", "competition", "candidate",
                 "candidate_attachment", "acknowledgement")


def create_v5(database: peewee.Database) -> None:
    """Version 5: what several people on one shared database need (issue 19).

    - `version` on every table of records (NOT NULL, 1 for every existing row): each change
      of a row raises it (versions.py), so a save made over a version the user never saw is
      refused instead of silently undoing another person's change (no lost update);
    - `audit_entry.council`: the id ("minfin") of the council an entry's row belongs to, so a
      server shows each login the history of the councils it may read (NULL for entries
      written before this version and for the database's own facts).

    Both engines add a column with a constant default in place (no rebuild, nothing cascades).
    """
    migrator = SchemaMigrator.from_database(database)
    run_operations(
        *(migrator.alter_add_column(table, "version", peewee.IntegerField(
            default=1, constraints=[peewee.SQL("DEFAULT 1")]), allow_not_null=True)
          for table in _V5_VERSIONED),
        migrator.add_column("audit_entry", "council", peewee.TextField(null=True)),
    )


MIGRATIONS: list[tuple[int, Callable[[peewee.Database], None]]] = [
    (1, create_v1),
    (2, create_v2),
    (3, create_v3),
    (4, create_v4),
    (5, create_v5),
]


def migrate(database: peewee.Database, versions: VersionStore,
            upto: int | None = None) -> int:
    """Bring the database up to SCHEMA_VERSION (or `upto`, for tests that need an older
    schema); returns the version it had before."""
    upto = SCHEMA_VERSION if upto is None else upto
    before = versions.get()
    for number, step in MIGRATIONS:
        if number <= versions.get() or number > upto:
            continue
        rebuilds = getattr(step, "rebuilds_tables", False) and not alters_columns_in_place(
            database)
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
