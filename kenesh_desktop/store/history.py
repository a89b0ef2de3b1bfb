"""The history of one record as the window's History dialog shows it, read from the audit
trail (audit.py): the record found by its council and id, and for a sitting the rows of its
attendance, agenda, votes, guests and reopenings too. The window gets plain values
(`audit.Change`, names by row id), never the tables themselves.
"""

from __future__ import annotations

from kenesh_desktop.store import audit
from kenesh_desktop.store import models as m
from kenesh_desktop.store.versions import KINDS

RECORD_MODELS: dict[str, type[m.BaseModel]] = {
    kind: model for kind, model in KINDS.items() if kind not in ("council", "plan")}
"""The kinds of record (AppSession.navigate's) that have a history, by their table."""

MEETING_PARTS = (m.Attendance, m.AgendaItem, m.Guest, m.Reopening)
"""A sitting's history takes in the rows these hold for it (and the votes on its items)."""


def has_history(kind: str) -> bool:
    return kind in RECORD_MODELS


def record_changes(kind: str, council_id: str, record_id: str) -> list[audit.Change]:
    """The changes of the record `record_id` of `kind` in the council `council_id`, oldest
    first; for a sitting, those of its parts too. Empty when the record is unknown."""
    model = RECORD_MODELS.get(kind)
    if model is None:
        return []
    row = (model.select(model.id).join(m.Council)
           .where((m.Council.code == council_id) & (model.code == record_id)).first())
    if row is None:
        return []
    changes = list(audit.history(model, row.id))
    if model is m.Meeting:
        for part in MEETING_PARTS:
            for child in part.select(part.id).where(part.meeting == row.id):
                changes.extend(audit.history(part, child.id))
        votes = m.Vote.select(m.Vote.id).join(m.AgendaItem).where(m.AgendaItem.meeting == row.id)
        for vote in votes:
            changes.extend(audit.history(m.Vote, vote.id))
    return sorted(changes, key=lambda change: change.at)


def member_names(council_id: str) -> dict[int, str]:
    """The council's members by their row id (the trail refers to a member by it)."""
    query = (m.Member.select(m.Member.id, m.Member.full_name).join(m.Council)
             .where(m.Council.code == council_id))
    return {member.id: member.full_name for member in query}
