"""The checks of a single value before the store writes it, keyed so the window translates
them, and the last check of every row the store writes (issue 16: limits in one place).

Also `checked_rulebook`: a council's rulebook validated before it is kept (creating a council,
rulebook_writes.set_rulebook).

The limits themselves are rules/limits.py (EXCHANGE.md version 2); here they become the
store's refusals (`WriteError`) naming the field. The *_writes modules import these helpers
from writes.py, where they were first defined.

`check_row` runs on every INSERT and UPDATE a model query makes (each engine's database runs
it before the write hooks): any text or date that a write function did not check itself is
still held to the limits, named by its column, so nothing beyond them ever reaches the file.
"""

from __future__ import annotations

import datetime as dt

import peewee

from kenesh_desktop.rules import limits
from kenesh_desktop.rules.presets import PRESETS
from kenesh_desktop.rules.rulebook import (
    LAW_74,
    Rulebook,
    RulebookError,
    rulebook_from_mapping,
    rulebook_to_mapping,
)
from kenesh_desktop.store import binding
from kenesh_desktop.store.errors import WriteError


def refuse(problem: limits.Problem | None, label: str) -> None:
    """Raise the limit's refusal naming the field `label`; nothing when `problem` is None."""
    if problem is not None:
        raise WriteError.keyed(problem.template, field=label, **problem.values)


def one_of(value: object, choices: tuple[str, ...], template: str) -> None:
    """Refuse `value` unless it is one of `choices`, with `template` filled with both."""
    if value not in choices:
        raise WriteError.keyed(template, choices=list(choices), value=value)


def required(value, label: str, kind: str = limits.NAME) -> str:
    if not isinstance(value, str) or not value.strip():
        raise WriteError.keyed("{label} is required.", label=label)
    return text(value, label, kind)


def text(value, label: str, kind: str = limits.TEXT) -> str:
    """Free text, stripped; None is the empty text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise WriteError.keyed("{label} must be text.", label=label)
    value = value.strip()
    refuse(limits.text_problem(value, kind), label)
    return value


def day(value, label: str) -> dt.date:
    """A real calendar date within the limits (a datetime or a text is refused: the column
    holds days)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise WriteError.keyed("{label} must be a date.", label=label)
    refuse(limits.date_problem(value), label)
    return value


def optional_day(value, label: str) -> dt.date | None:
    return None if value is None else day(value, label)


def code_form(code: str, label: str) -> None:
    """An id: letters, digits, '-' and '_', at most 64 (EXCHANGE.md version 2)."""
    refuse(limits.id_problem(code), label)


# ---------------------------------------------------------------- every row written


def run_write(database: peewee.Database, query: peewee.Query, run):
    """A model query's write as both engines run it: the row held to the limits (a delete
    has none to check), then `run()` inside every write hook."""
    if not isinstance(query, peewee.Delete):
        check_row(query)  # the limits, whatever module writes (issue 16)
    return binding.run_with_hooks(database, query, run) if binding.write_hooks else run()


def check_row(query: peewee.Query) -> None:
    """Hold every text and date of an INSERT or UPDATE to the limits (raises WriteError)."""
    model = getattr(query, "model", None)
    if model is None:
        return
    if isinstance(query, peewee.Insert):
        rows = query._insert
        if isinstance(rows, dict):
            rows = [rows]
        if not isinstance(rows, list | tuple):
            return  # INSERT ... SELECT: values already in the database
        for row in rows:
            if isinstance(row, dict):
                _check_values(model, row)
    elif isinstance(query, peewee.Update):
        _check_values(model, query._update)


def _check_values(model, values: dict) -> None:
    for key, value in values.items():
        column = getattr(key, "column_name", None) or str(key)
        if isinstance(value, str):
            refuse(limits.text_problem(value, limits.kind_of(column)),
                   _label(model, column))
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            refuse(limits.date_problem(value), _label(model, column))


def _label(model, column: str) -> str:
    """A column named for a message: "member full name"."""
    table = model._meta.table_name.replace("_", " ")
    return f"The {table} {column.replace('_', ' ')}"


def checked_rulebook(rulebook: Rulebook | None) -> Rulebook | None:
    """`rulebook` as it will be kept, validated (WriteError naming the figure): None for the
    default (None itself, or Law No. 74 as shipped), else the rulebook as the database reads
    it back (the exchange object's figures and articles)."""
    if rulebook is None:
        return None
    if not isinstance(rulebook, Rulebook):
        raise WriteError.keyed("The rulebook is not valid: {problem}",
                               problem=f"expected a rulebook, got {type(rulebook).__name__}")
    try:
        checked = rulebook_from_mapping(rulebook_to_mapping(rulebook))
    except RulebookError as exc:
        raise WriteError.keyed("The rulebook's {field}: {problem}", field=exc.field,
                               problem=exc.problem) from None
    except (AttributeError, TypeError, KeyError) as exc:  # a figure of the wrong type
        raise WriteError.keyed("The rulebook is not valid: {problem}",
                               problem=str(exc)) from None
    preset = PRESETS.get(checked.key)
    if preset is not None:
        mapping = rulebook_to_mapping(checked)
        for name in sorted(preset.draft.fixed):
            topic = name.removeprefix("articles.")
            value = mapping["articles"][topic] if name != topic else mapping[name]
            wanted = preset.draft.articles[topic] if name != topic else preset.draft.figures[name]
            if value != wanted:
                raise WriteError.keyed(
                    "The rulebook's {field}: {law} sets it to {wanted}; a council that works by "
                    "another figure follows its own regulation.", field=name,
                    law=preset.short_names["en"], wanted=wanted)
        if checked.key == LAW_74.key:
            return None
    return checked
