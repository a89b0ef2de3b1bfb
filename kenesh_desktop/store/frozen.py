"""Frozen shapes: tables as an earlier schema version made them, built from a compact
description rather than written out as model classes (migrations.py, "Rules for a later step":
a step builds its tables from these, never from the live models of models.py).

A table is described by one string of its columns, in order, separated by commas; a column is
`name type flag…`:
- type: `char` (VARCHAR(255)), `char64` (VARCHAR(64)), `text`, `int`, `date`, `bool`, or
  `->table`, a reference to that table's id;
- flags: `null` (may be NULL), `unique`, `pk` (the primary key, instead of an id column),
  `cascade` (a reference whose row goes with the row it refers to: ON DELETE CASCADE).
A unique index over several columns is given apart, as the names of its columns ("council
code"). Python-side defaults are left out: peewee writes none of them into a table, so they
are no part of a table's shape. A shape is bound to a database only while its step runs.
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee

_TYPES = {"char": peewee.CharField, "text": peewee.TextField, "int": peewee.IntegerField,
          "date": peewee.DateField, "bool": peewee.BooleanField}
_FLAGS = {"null", "unique", "pk", "cascade"}


class Frozen(peewee.Model):
    class Meta:
        database = None
        legacy_table_names = False


_REFS: dict[str, type[peewee.Model]] = {}


def table_ref(table: str) -> type[peewee.Model]:
    """The target of a reference: only the table's name and primary key matter."""
    if table not in _REFS:
        meta = type("Meta", (), {"table_name": table})
        _REFS[table] = type(f"_{table}_ref", (Frozen,), {"Meta": meta})
    return _REFS[table]


def column(spec: str) -> tuple[str, peewee.Field]:
    """One column of a description (`name type flag…`) as a peewee field."""
    name, kind, *flags = spec.split()
    if not set(flags) <= _FLAGS:
        raise ValueError(f"unknown flag in frozen column {spec!r}")
    options = {"null": "null" in flags, "unique": "unique" in flags,
               "primary_key": "pk" in flags}
    if kind.startswith("->"):
        return name, peewee.ForeignKeyField(
            table_ref(kind[2:]), backref="+", on_delete="CASCADE" if "cascade" in flags else None,
            **options)
    if kind == "char64":
        return name, peewee.CharField(max_length=64, **options)
    return name, _TYPES[kind](**options)


def shape(table: str, columns: str, unique: Iterable[str] = (),
          name: str = "") -> type[peewee.Model]:
    """The model of `table` with the described `columns` and unique indexes (`unique`: each
    the names of its columns)."""
    fields: dict[str, object] = dict(column(spec) for spec in columns.split(","))
    meta: dict[str, object] = {"table_name": table}
    indexes = tuple((tuple(group.split()), True) for group in unique)
    if indexes:
        meta["indexes"] = indexes
    fields["Meta"] = type("Meta", (), meta)
    return type(name or f"_{table}", (Frozen,), fields)
