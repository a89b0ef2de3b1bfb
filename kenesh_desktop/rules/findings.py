"""What a check reports: a `Finding` (EXCHANGE.md, `check --json`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

VIOLATION = "violation"
UPCOMING = "upcoming"

RULE_IDS = (
    "composition.size",
    "composition.gender",
    "composition.organization",
    "composition.one_council",
    "composition.term",
    "meeting.quorum",
    "meeting.agenda_notice",
    "request.answer_due",
    "notice.late",
    "plan.copy_due",
    "competition.announcement",
    "competition.intake",
    "competition.formed",
    "candidate.documents",
    "candidate.requirements",
)
"""The stable rule ids of EXCHANGE.md; other tools depend on them."""


Details = dict[str, Any]
"""The values a message is worded from, by name: dates, counts, names, ids, lists of keys and
the rulebook. Each rule fixes the type of each of its keys (checks.py writes them,
messages.py reads them by key), so no one type fits every value."""


@dataclass(frozen=True)
class Finding:
    rule: str  # one of RULE_IDS
    article: int
    severity: str  # VIOLATION or UPCOMING
    council: str  # council id
    subject: str  # id of the member, meeting, request, notice, plan year, candidate or council
    due: dt.date | None = None
    # Values the message is worded from (counts, names, dates): plain, language-free.
    details: Details = field(default_factory=dict, compare=False, hash=False)
