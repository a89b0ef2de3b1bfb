"""Calendar arithmetic exactly as DOMAIN.md "Checks, exactly" says.

All periods are calendar days; months and years are calendar arithmetic and, where the target
month is shorter, land on its last day (2027-01-31 + 1 month = 2027-02-28).

A result beyond the calendar (a date stored before the store kept dates within 1900-2199,
such as 9999-12-31) stops at its end, `dt.date.max` or `dt.date.min`: a deadline that far
off is never due, and a check reports on the rest rather than stopping at one record.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta


def add_days(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return _calendar_end(days)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; a day past the target month's end becomes its last day."""
    try:
        return day + relativedelta(months=months)
    except (OverflowError, ValueError):  # dateutil says "year 10000 is out of range"
        return _calendar_end(months)


def add_years(day: dt.date, years: int) -> dt.date:
    """29 February + 1 year is 28 February."""
    try:
        return day + relativedelta(years=years)
    except (OverflowError, ValueError):
        return _calendar_end(years)


def _calendar_end(direction: int) -> dt.date:
    return dt.date.max if direction > 0 else dt.date.min


def days_between(start: dt.date, end: dt.date) -> int:
    """Signed calendar days from start to end (positive when end is later)."""
    return (end - start).days


def parse_iso(text: str) -> dt.date:
    """A strict ISO date (YYYY-MM-DD); raises ValueError naming the bad value."""
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"not a date in the form YYYY-MM-DD: {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"not a real date: {text!r} ({exc})") from None
