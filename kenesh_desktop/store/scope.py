"""Which council every row belongs to: the path of ownership from each table to `council`.

A row belongs to a council directly (its `council` column) or through the parent that owns
it (the reference that cascades on delete: a vote through its agenda item and that item's
sitting). Two things need the path and read it from here, so they cannot disagree:

- the audit trail (audit.py) names the council of every entry, so a shared server shows a
  login only the history of the councils it may read;
- the server's row-level security (postgres_policies.py) fences every table reaching a
  council, directly or through its parent.

The paths are derived from the live models, so a table added by a later schema step is fenced
without a list to update; a table that reaches no council must be named in `GLOBAL_TABLES`
(tests/server/test_fencing.py fails otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import peewee

from kenesh_desktop.store import models as m

GLOBAL_TABLES = frozenset({"store_info"})
"""Tables of the database itself, not of any council (readable by every login, written only
by the server's owner)."""


@dataclass(frozen=True)
class Step:
    """One reference on the way to the council: `table.column` names a row of `parent`."""

    table: str
    column: str
    parent: str


def _owner_reference(model: type[peewee.Model]) -> peewee.ForeignKeyField | None:
    """The reference by which a row is owned: `council` itself, else the first reference that
    cascades on delete (a vote's item, not its member)."""
    council = model._meta.fields.get("council")
    if isinstance(council, peewee.ForeignKeyField):
        return council
    for field in model._meta.sorted_fields:
        if isinstance(field, peewee.ForeignKeyField) and (field.on_delete or "").upper() == \
                "CASCADE":
            return field
    return None


def council_path(model: type[peewee.Model]) -> tuple[Step, ...] | None:
    """The references from `model` to `council`, nearest first; () for `council` itself and
    None for a table that belongs to no council."""
    steps: list[Step] = []
    current = model
    while current is not m.Council:
        field = _owner_reference(current)
        if field is None:
            return None
        parent = field.rel_model
        steps.append(Step(current._meta.table_name, field.column_name,
                          parent._meta.table_name))
        current = parent
        if len(steps) > len(m.ALL_MODELS):  # a cycle of ownership would be a modelling error
            raise ValueError(f"{model._meta.table_name}: ownership does not reach a council")
    return tuple(steps)


def scoped_models() -> list[tuple[type[peewee.Model], tuple[Step, ...]]]:
    """Every table that belongs to a council, with its path (nearest reference first)."""
    out = []
    for model in m.ALL_MODELS:
        path = council_path(model)
        if path is not None:
            out.append((model, path))
    return out


def unscoped_tables() -> list[str]:
    """Tables that reach no council and are not declared global: should be empty."""
    return [model._meta.table_name for model in m.ALL_MODELS
            if council_path(model) is None
            and model._meta.table_name not in GLOBAL_TABLES]


def councils_of(model: type[peewee.Model], ids: Iterable[int]) -> dict[int, str]:
    """The council id ("minfin") of each row of `model` by primary key, read in one query
    through the ownership path. Rows not found (or not visible) are left out."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    path = council_path(model)
    if path is None:
        return {}
    if model is m.Council:
        query = m.Council.select(m.Council.id, m.Council.code).where(m.Council.id << wanted)
        return dict(query.tuples())
    primary = model._meta.primary_key
    query = model.select(primary, m.Council.code)
    current = model
    for step in path:
        field = current._meta.fields[_field_name(current, step.column)]
        parent = field.rel_model
        query = query.join_from(current, parent, on=(field == parent._meta.primary_key))
        current = parent
    return dict(query.where(primary << wanted).tuples())


def _field_name(model: type[peewee.Model], column: str) -> str:
    for field in model._meta.sorted_fields:
        if field.column_name == column:
            return field.name
    raise KeyError(column)
