"""Calendar arithmetic exactly as DOMAIN.md "Checks, exactly" says.

All periods are calendar days; months and years are calendar arithmetic and, where the target
month is shorter, land on its last day (2027-01-31 + 1 month = 2027-02-28).
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta


def add_days(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; a day past the target month's end becomes its last day."""
    return day + relativedelta(months=months)


def add_years(day: dt.date, years: int) -> dt.date:
    """29 February + 1 year is 28 February."""
    return day + relativedelta(years=years)


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
