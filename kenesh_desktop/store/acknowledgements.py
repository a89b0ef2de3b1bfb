"""Findings the secretariat acknowledged: kept, audited, shown only when asked (schema 4).

A finding that can no longer be mended (a request answered late, a notice that came late, a
sitting held without its quorum: `rules.finding_timing`) stays a fact; acknowledging it
records who knew of it and why, so the Overview can set it aside. One acknowledgement per
council, rule and subject; the audit trail records each write as it records every other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.rules.findings import RULE_IDS
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.labels import NOTE
from kenesh_desktop.store.writes import WriteError, _council_row, _day, _text


@dataclass(frozen=True)
class Acknowledged:
    rule: str
    subject: str
    on: dt.date
    note: str


def acknowledgements(council_id: str) -> dict[tuple[str, str], Acknowledged]:
    """The council's acknowledged findings by (rule, subject)."""
    query = (m.Acknowledgement.select().join(m.Council)
             .where(m.Council.code == council_id))
    return {(a.rule, a.subject): Acknowledged(a.rule, a.subject, a.acknowledged_on, a.note)
            for a in query}


def acknowledge(council_id: str, rule: str, subject: str, on: dt.date, note: str = "") -> None:
    """Acknowledge the finding of `rule` about `subject` on the day `on`, with a note (an
    acknowledgement made again replaces the day and the note)."""
    if rule not in RULE_IDS:
        raise WriteError.keyed("Unknown rule {rule!r}.", rule=rule)
    subject = _text(subject, "subject")
    on = _day(on, "date")
    note = _text(note, NOTE)
    with db.atomic():
        council = _council_row(council_id)
        row = m.Acknowledgement.get_or_none(
            (m.Acknowledgement.council == council.id) & (m.Acknowledgement.rule == rule)
            & (m.Acknowledgement.subject == subject))
        if row is None:
            m.Acknowledgement.create(council=council, rule=rule, subject=subject,
                                     acknowledged_on=on, note=note)
        else:
            (m.Acknowledgement.update(acknowledged_on=on, note=note)
             .where(m.Acknowledgement.id == row.id).execute())


def withdraw(council_id: str, rule: str, subject: str) -> bool:
    """Take an acknowledgement back (the finding shows again); False when there was none."""
    with db.atomic():
        council = _council_row(council_id)
        return bool(m.Acknowledgement.delete().where(
            (m.Acknowledgement.council == council.id) & (m.Acknowledgement.rule == rule)
            & (m.Acknowledgement.subject == subject)).execute())
