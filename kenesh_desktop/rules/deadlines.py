"""The law's deadlines (Art. 14 and 18) and where a recorded event stands against one.

DOMAIN.md, "Checks, exactly": all periods are calendar days; "at least N days before X" is met
up to and including X - N; "no later than N days after X" up to and including X + N; months
land on the target month's last day when it is shorter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.rules.dates import add_days, add_months, days_between
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

MET = "met"
LATE = "late"
OVERDUE = "overdue"
UPCOMING = "upcoming"
OPEN = "open"

WAITING = "waiting"
DUE_SOON = "due_soon"
ANSWERED_ON_TIME = "answered_on_time"
ANSWERED_LATE = "answered_late"

DUE_SOON_DAYS = 3
"""A request's answer is "due soon" in its last days; a display choice, not the law's."""


def agenda_due(sitting_date: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 18: the agenda reaches the state body at least 2 days before the sitting."""
    return add_days(sitting_date, -rb.agenda_notice_days)


def answer_due(registered: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 18: a request is answered in writing no later than 2 weeks after registration."""
    return add_days(registered, rb.answer_days)


def notice_due(sitting: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 18: the council is told of a tender or other commission at least 2 days before."""
    return add_days(sitting, -rb.commission_notice_days)


def plan_copy_due(approved: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 18: a copy of the annual plan reaches the state body no later than 5 days after
    its approval."""
    return add_days(approved, rb.plan_copy_days)


def announce_due(term_end: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 14: the competition is announced at least 2 months before the term ends."""
    return add_months(term_end, -rb.announce_months_before_term_end)


def intake_last_day(published: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 14: documents are accepted within 1 month of publication in the media."""
    return add_months(published, rb.intake_months_after_publication)


def formed_due(term_end: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 14: the new composition is formed at least 7 days before the term ends."""
    return add_days(term_end, -rb.formed_days_before_term_end)


@dataclass(frozen=True)
class DeadlineState:
    """Where an event stands against its due date on `today`.

    status: "met" (done on or before due), "late" (done after due), "overdue" (not done,
    today > due), "upcoming" (not done, due within the next `upcoming_days`), "open" (not
    done, due further away). `days_left` is due - today (negative once passed);
    `days_overdue` is how many days after due it was done (late) or today is (overdue), else 0.
    """

    status: str
    due: dt.date
    done_on: dt.date | None
    days_left: int
    days_overdue: int

    @property
    def violation(self) -> bool:
        return self.status in (LATE, OVERDUE)


def deadline_state(
    due: dt.date, done_on: dt.date | None, today: dt.date, rb: Rulebook = LAW_74
) -> DeadlineState:
    """The state of a deadline on `today` (DOMAIN.md, Checks, exactly)."""
    days_left = days_between(today, due)
    if done_on is not None:
        late_by = days_between(due, done_on)
        status = LATE if late_by > 0 else MET
        return DeadlineState(status, due, done_on, days_left, max(0, late_by))
    if days_left < 0:
        return DeadlineState(OVERDUE, due, None, days_left, -days_left)
    status = UPCOMING if days_left <= rb.upcoming_days else OPEN
    return DeadlineState(status, due, None, days_left, 0)


@dataclass(frozen=True)
class RequestState:
    """Art. 18: a council's request against its 2-week answer deadline.

    status: "waiting", "due_soon" (not answered, 0 <= days_left <= 3), "overdue",
    "answered_on_time" or "answered_late".
    """

    status: str
    due: dt.date
    days_left: int
    days_overdue: int

    @property
    def violation(self) -> bool:
        return self.status in (OVERDUE, ANSWERED_LATE)


def request_state(
    registered: dt.date, answered: dt.date | None, today: dt.date, rb: Rulebook = LAW_74
) -> RequestState:
    """Art. 18: answered on registered + 14 days is on time, a day later is late."""
    # Not the rulebook's horizon of "upcoming": a request is due soon by DUE_SOON_DAYS.
    state = deadline_state(answer_due(registered, rb), answered, today)
    if answered is not None:
        status = ANSWERED_LATE if state.status == LATE else ANSWERED_ON_TIME
    elif state.status == OVERDUE:
        status = OVERDUE
    elif state.days_left <= DUE_SOON_DAYS:
        status = DUE_SOON
    else:
        status = WAITING
    return RequestState(status, state.due, state.days_left, state.days_overdue)
