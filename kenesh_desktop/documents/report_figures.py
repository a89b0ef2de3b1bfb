"""The figures of a council's annual report to the public (Art. 6), computed from the records
alone: no reportlab, so the window and the tests can read them too.

Sittings held and their quorum (Art. 17), each member's attendance, the agenda items adopted
(the rulebook's adoption rule), requests against the 2-week answer deadline (Art. 18),
proposals received and considered (Art. 6), and the year's work plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules.deadlines import (
    ANSWERED_LATE,
    ANSWERED_ON_TIME,
    OVERDUE,
    request_state,
)
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum
from kenesh_desktop.rules.outcome import ADOPTED, NO_QUORUM, REJECTED, item_outcome
from kenesh_desktop.rules.records import (
    PLAN_ITEM_STATUSES,
    AgendaItem,
    AnnualPlan,
    Council,
    Meeting,
    Member,
    Proposal,
    Request,
)
from kenesh_desktop.rules.rulebook import Rulebook

REQUEST_STATES = ("on_time", "late", "unanswered", "waiting")
"""How a request of the year stands (Art. 18, 2 weeks): answered on time, answered late,
unanswered past its due date, awaiting an answer not yet due."""


@dataclass(frozen=True)
class SittingFigures:
    meeting: Meeting
    quorum: QuorumStatus


@dataclass(frozen=True)
class AttendanceFigures:
    member: Member
    attended: int
    of: int

    @property
    def percent(self) -> int:
        """Attended sittings as a whole percentage, rounded half up (integers only)."""
        return (200 * self.attended + self.of) // (2 * self.of) if self.of else 0


@dataclass(frozen=True)
class DecisionFigures:
    """An item adopted (rules/outcome.py): only ever at a sitting with a quorum."""

    meeting: Meeting
    item: AgendaItem


class YearCounts:
    """The counts a report of the year states, from what it lists: the PDF report's figures
    (`ReportFigures`) and the public pack's report (public_pack/report.py) both."""

    sittings: Sequence[SittingFigures]
    requests: Sequence[tuple[Any, str]]  # each with its state (REQUEST_STATES)
    proposals: Sequence[Any]  # each with the sitting that considered it, or None
    plan: Any  # the year's plan (its items have a status), or None

    @property
    def competent(self) -> int:
        return sum(1 for s in self.sittings if s.quorum.reached)

    @property
    def extraordinary(self) -> int:
        return sum(1 for s in self.sittings if s.meeting.kind == "extraordinary")

    def request_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(REQUEST_STATES, 0)
        for _request, state in self.requests:
            counts[state] += 1
        return counts

    @property
    def considered(self) -> int:
        return sum(1 for p in self.proposals if p.considered_at)

    def plan_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(PLAN_ITEM_STATUSES, 0)
        for item in self.plan.items if self.plan else ():
            counts[item.status] = counts.get(item.status, 0) + 1
        return counts


@dataclass
class ReportFigures(YearCounts):
    """Everything the report states about `year`, as of `as_of`."""

    year: int
    as_of: dt.date
    sittings: list[SittingFigures] = field(default_factory=list)
    attendance: list[AttendanceFigures] = field(default_factory=list)
    decisions: list[DecisionFigures] = field(default_factory=list)
    items_total: int = 0
    items_rejected: int = 0
    items_unvoted: int = 0
    items_no_quorum: int = 0  # at a sitting without a quorum: nothing could be adopted
    requests: list[tuple[Request, str]] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    plan: AnnualPlan | None = None



def report_figures(council: Council, year: int, on: dt.date,
                   rulebook: Rulebook | None = None) -> ReportFigures:
    """The figures of `year` as known on `on`: sittings held up to that day (a sitting
    scheduled later in the year is not yet held), requests judged on that day."""
    rulebook = rulebook or council.followed_rulebook
    as_of = min(on, dt.date(year, 12, 31))
    figures = ReportFigures(year=year, as_of=as_of, plan=council.plan(year))
    held = sorted((m for m in council.meetings if m.date.year == year and m.date <= as_of),
                  key=lambda m: (m.date, m.number))
    for meeting in held:
        # Art. 17: the quorum counts the membership on the sitting's day.
        quorum = meeting_quorum(council, meeting, rulebook)
        figures.sittings.append(SittingFigures(meeting, quorum))
        for item in meeting.items:
            figures.items_total += 1
            outcome = item_outcome(item.votes, quorum, rulebook)
            if outcome == ADOPTED:
                figures.decisions.append(DecisionFigures(meeting, item))
            elif outcome == REJECTED:
                figures.items_rejected += 1
            elif outcome == NO_QUORUM:
                figures.items_no_quorum += 1
            else:
                figures.items_unvoted += 1
    members = [m for m in council.members if any(m.active_on(s.date) for s in held)]
    for member in sorted(members, key=lambda m: (kyrgyz_sort_key(m.full_name), m.id)):
        sittings = [s for s in held if member.active_on(s.date)]
        attended = sum(1 for s in sittings if member.id in s.present)
        figures.attendance.append(AttendanceFigures(member, attended, len(sittings)))
    for request in council.requests:
        if request.registered.year == year and request.registered <= as_of:
            figures.requests.append((request, _request_state(request, on, rulebook)))
    figures.requests.sort(key=lambda pair: (pair[0].registered, pair[0].number))
    figures.proposals = sorted(
        (p for p in council.proposals if p.received.year == year and p.received <= as_of),
        key=lambda p: p.received)
    return figures


def _request_state(request: Request, on: dt.date, rulebook: Rulebook) -> str:
    """Art. 18: a written answer within 2 weeks of registration, judged on `on`."""
    answered = request.answered if request.answered and request.answered <= on else None
    state = request_state(request.registered, answered, on, rulebook).status
    if state == ANSWERED_ON_TIME:
        return "on_time"
    if state == ANSWERED_LATE:
        return "late"
    return "unanswered" if state == OVERDUE else "waiting"


