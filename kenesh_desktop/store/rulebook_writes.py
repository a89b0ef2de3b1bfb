"""Choosing and editing the rulebook a council follows: validated first, then one write.

A council's rulebook lives in its row (`council.rulebook` the key, `council.rulebook_data` the
figures as the exchange file's object; NULL for the default, Law No. 74), so a change is one
UPDATE in one transaction, and the audit hook (audit.py) records it with the old and the new
figures (`rulebook_changes` reads them back for the window's history). What is refused is
what the exchange file refuses (1 <= min_members <= max_members, shares as exact fractions
in (0, 1], whole numbers >= 0) and a shipped law with a figure the law does not have: a
council that works by other figures follows its own regulation.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from kenesh_desktop.rules.rulebook import LAW_74, Rulebook, RulebookError, rulebook_from_mapping
from kenesh_desktop.store import audit
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.council_rows import rulebook_columns
from kenesh_desktop.store.field_checks import checked_rulebook  # noqa: F401 - known here too
from kenesh_desktop.store.writes import _council_row


def set_rulebook(council_id: str, rulebook: Rulebook | None) -> None:
    """Make council `council_id` follow `rulebook` (None: Law No. 74, the default), after
    validating it (`checked_rulebook`). One write in one transaction: nothing changes when it
    is refused, and the audit trail keeps the old and the new figures."""
    checked = checked_rulebook(rulebook)
    with db.atomic():
        row = _council_row(council_id)
        m.Council.update(**rulebook_columns(checked)).where(m.Council.id == row.id).execute()


# ---------------------------------------------------------------- its history


@dataclass(frozen=True)
class RulebookChange:
    """A change of the rules a council follows, from the audit trail: when, by whom, the
    rulebook before (None when the council was created with `after`) and after."""

    at: dt.datetime
    user: str
    before: Rulebook | None
    after: Rulebook


def rulebook_changes(council_id: str) -> list[RulebookChange]:
    """Every change of council `council_id`'s rulebook the audit trail holds, oldest first
    (its creation with the rules it began with included)."""
    row = _council_row(council_id)
    found: list[RulebookChange] = []
    current: Rulebook | None = None
    for change in audit.history(m.Council, row.id):
        columns = change.changes
        if change.action == "insert":
            current = _kept(columns.get("rulebook_data", (None, None))[1])
            found.append(RulebookChange(change.at, change.user, None, current))
        elif change.action == "update" and {"rulebook", "rulebook_data"} & set(columns):
            old, new = columns.get("rulebook_data", (_MISSING, _MISSING))
            before = current if old is _MISSING else _kept(old)
            after = current if new is _MISSING else _kept(new)
            if after is not None:
                found.append(RulebookChange(change.at, change.user, before, after))
            current = after
    return found


_MISSING = object()


def _kept(data: object) -> Rulebook | None:
    """The rulebook of a `rulebook_data` value of the trail (NULL: Law No. 74)."""
    if data is None:
        return LAW_74
    try:
        return rulebook_from_mapping(json.loads(str(data)))
    except (ValueError, RulebookError):
        return None  # a value the program no longer reads: left out of the history
