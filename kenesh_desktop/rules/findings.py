"""What a check reports: a `Finding` (EXCHANGE.md, `check --json`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Finding:
    rule: str  # one of RULE_IDS
    article: int
    severity: str  # VIOLATION or UPCOMING
    council: str  # council id
    subject: str  # id of the member, meeting, request, notice, plan year, candidate or council
    due: dt.date | None = None
    # Values the message is worded from (counts, names, dates): plain, language-free.
    details: dict = field(default_factory=dict, compare=False, hash=False)
