"""Art. 14 and 18 deadlines on their last day and the day after, calendar month arithmetic
(end-of-month clamping), the five states of a deadline and the states of a request."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rules_factory import D

from kenesh_desktop.rules.dates import add_months, add_years
from kenesh_desktop.rules.deadlines import (
    agenda_due,
    announce_due,
    answer_due,
    deadline_state,
    formed_due,
    intake_last_day,
    notice_due,
    plan_copy_due,
    request_state,
)
from kenesh_desktop.rules.rulebook import LAW_74

DUE_FUNCTIONS = [
    # (function, the event date, the last day that still keeps the law)
    (agenda_due, D(2027, 3, 15), D(2027, 3, 13)),
    (answer_due, D(2027, 3, 1), D(2027, 3, 15)),
    (notice_due, D(2027, 3, 1), D(2027, 2, 27)),
    (plan_copy_due, D(2027, 12, 28), D(2028, 1, 2)),
    (announce_due, D(2028, 1, 14), D(2027, 11, 14)),
    (announce_due, D(2028, 4, 30), D(2028, 2, 29)),
    (intake_last_day, D(2027, 1, 31), D(2027, 2, 28)),
    (intake_last_day, D(2028, 1, 31), D(2028, 2, 29)),
    (formed_due, D(2028, 1, 14), D(2028, 1, 7)),
]


@pytest.mark.parametrize(("due_of", "event", "last_day"), DUE_FUNCTIONS)
def test_each_deadline_on_its_last_day_and_the_day_after(due_of, event, last_day):
    due = due_of(event, LAW_74)
    assert due == last_day
    assert deadline_state(due, last_day, last_day, LAW_74).status == "met"
    after = last_day + dt.timedelta(days=1)
    late = deadline_state(due, after, after, LAW_74)
    assert late.status == "late" and late.days_overdue == 1 and late.violation


def test_calendar_months_and_years_clamp_to_the_month_end():
    assert add_months(D(2027, 1, 31), 1) == D(2027, 2, 28)
    assert add_years(D(2028, 2, 29), 1) == D(2029, 2, 28)
    assert add_months(D(2027, 3, 31), -1) == D(2027, 2, 28)


@given(
    day=st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)),
    months=st.integers(min_value=-36, max_value=36),
)
def test_add_months_never_overflows_the_target_month(day, months):
    moved = add_months(day, months)
    index = day.year * 12 + day.month - 1 + months
    assert (moved.year, moved.month) == (index // 12, index % 12 + 1)
    last = calendar.monthrange(moved.year, moved.month)[1]
    assert moved.day == min(day.day, last)


def test_deadline_states_around_the_due_date():
    due = D(2027, 3, 15)
    met = deadline_state(due, D(2027, 3, 10), D(2027, 4, 1), LAW_74)
    assert (met.status, met.days_overdue, met.violation) == ("met", 0, False)
    late = deadline_state(due, D(2027, 3, 18), D(2027, 3, 18), LAW_74)
    assert (late.status, late.days_overdue) == ("late", 3)
    on_due_day = deadline_state(due, None, due, LAW_74)
    assert (on_due_day.status, on_due_day.days_left) == ("upcoming", 0)
    overdue = deadline_state(due, None, D(2027, 3, 16), LAW_74)
    assert (overdue.status, overdue.days_left, overdue.days_overdue) == ("overdue", -1, 1)
    assert overdue.violation


def test_upcoming_window_is_14_days():
    due = D(2027, 3, 15)
    assert deadline_state(due, None, D(2027, 3, 1), LAW_74).status == "upcoming"
    far = deadline_state(due, None, D(2027, 2, 28), LAW_74)
    assert (far.status, far.days_left, far.violation) == ("open", 15, False)


REGISTERED = D(2027, 3, 1)  # due on 15 March (+14 days)


@pytest.mark.parametrize(
    ("answered", "today", "status", "days_left", "days_overdue"),
    [
        (D(2027, 3, 15), D(2027, 3, 20), "answered_on_time", -5, 0),  # day 14
        (D(2027, 3, 16), D(2027, 3, 20), "answered_late", -5, 1),  # day 15
        (None, D(2027, 3, 16), "overdue", -1, 1),  # day 15, no answer
        (None, D(2027, 3, 15), "due_soon", 0, 0),
        (None, D(2027, 3, 12), "due_soon", 3, 0),
        (None, D(2027, 3, 11), "waiting", 4, 0),
        (None, REGISTERED, "waiting", 14, 0),
    ],
)
def test_request_states_around_day_14(answered, today, status, days_left, days_overdue):
    state = request_state(REGISTERED, answered, today, LAW_74)
    assert state.due == D(2027, 3, 15)
    assert (state.status, state.days_left, state.days_overdue) == (status, days_left, days_overdue)
    assert state.violation is (status in ("overdue", "answered_late"))


def test_arithmetic_past_the_calendar_stops_at_its_end():
    from kenesh_desktop.rules.dates import add_days

    # The last day that still fits, and the first that does not, each way.
    assert add_days(dt.date.max - dt.timedelta(days=14), 14) == dt.date.max
    assert add_days(D(9999, 12, 20), 14) == dt.date.max
    assert add_days(dt.date.min + dt.timedelta(days=2), -2) == dt.date.min
    assert add_days(D(1, 1, 2), -2) == dt.date.min
    assert add_months(D(9999, 11, 30), 1) == D(9999, 12, 30)
    assert add_months(D(9999, 12, 1), 1) == dt.date.max
    assert add_months(D(1, 1, 31), -1) == dt.date.min
    assert add_years(D(9998, 6, 1), 1) == D(9999, 6, 1)
    assert add_years(D(9999, 6, 1), 2) == dt.date.max
    assert add_years(D(1, 6, 1), -1) == dt.date.min
