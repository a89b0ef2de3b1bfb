"""When a finding is due and where it stands that day, for every rule alike (issue 17: the
Overview's Due and Days columns), and whether it can still be mended.

A `Finding.due` is the deadline where the rule has one (EXCHANGE.md keeps it so); here every
rule gets a day and a standing:

- a deadline not yet met: LEFT (days to go), TODAY, or OVERDUE (days past);
- a deadline met late, or an event that came late (a notice of a commission received after
  its 2 days, Art. 18; documents received after the intake period, Art. 14): LATE, by how
  many days; it can no longer be mended;
- a sitting held without its quorum (Art. 17): PAST, on the sitting's day, days ago; it can
  no longer be mended;
- a state of the council or of a candidate (Art. 14: size, balance, organisations, term, one
  council per person, documents, requirements): NOW, due today, to be mended now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.rules.deadlines import LATE as DONE_LATE
from kenesh_desktop.rules.deadlines import OVERDUE as NOT_DONE
from kenesh_desktop.rules.findings import Finding

LEFT, TODAY, OVERDUE, LATE, PAST, NOW = "left", "today", "overdue", "late", "past", "now"

_LATE_EVENTS = {
    # rule: (the detail holding the day it came, the detail holding its last allowed day)
    "notice.late": ("received", None),  # Finding.due is the last allowed day
    "competition.intake": ("received", "last_day"),
}


@dataclass(frozen=True)
class Timing:
    due: dt.date
    standing: str  # LEFT, TODAY, OVERDUE, LATE, PAST or NOW
    days: int  # days left, overdue, late or ago (0 for TODAY and NOW)

    @property
    def mendable(self) -> bool:
        """False once nothing can be done about it any more (it may be acknowledged)."""
        return self.standing not in (LATE, PAST)


def finding_timing(finding: Finding, today: dt.date) -> Timing:
    """The day and standing of `finding` on `today` (see the module's docstring)."""
    details = finding.details
    if finding.rule in _LATE_EVENTS:
        came_key, last_key = _LATE_EVENTS[finding.rule]
        last = details.get(last_key) if last_key else finding.due
        came = details.get(came_key)
        if isinstance(last, dt.date) and isinstance(came, dt.date):
            return Timing(last, LATE, (came - last).days)
    if finding.rule == "meeting.quorum" and isinstance(details.get("date"), dt.date):
        day = details["date"]
        return Timing(day, PAST, (today - day).days)
    if finding.due is None:
        return Timing(today, NOW, 0)
    status = details.get("status")
    if status == DONE_LATE:  # done, on `done_on`, after its due day
        return Timing(finding.due, LATE, (details["done_on"] - finding.due).days)
    days = (finding.due - today).days
    if status == NOT_DONE or days < 0:
        return Timing(finding.due, OVERDUE, -days)
    return Timing(finding.due, TODAY if days == 0 else LEFT, days)
