"""Dates as the exchange file and the command line write them (rules/dates.py): strictly
YYYY-MM-DD, a real day, and a refusal that quotes what was given and says why."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules.dates import add_days, days_between, parse_iso

FORM = "not a date in the form YYYY-MM-DD: {!r}"


@pytest.mark.parametrize(("text", "day"), [("2027-03-01", dt.date(2027, 3, 1)),
                                           ("2028-02-29", dt.date(2028, 2, 29)),
                                           ("1900-01-01", dt.date(1900, 1, 1))])
def test_a_day_written_yyyy_mm_dd(text, day):
    assert parse_iso(text) == day


@pytest.mark.parametrize(("text", "message"), [
    (20270301, FORM.format(20270301)),
    (None, FORM.format(None)),
    ("2027-3-01", FORM.format("2027-3-01")),
    ("2027-03-011", FORM.format("2027-03-011")),
    ("2027/03/01", FORM.format("2027/03/01")),
    ("2027-03/01", FORM.format("2027-03/01")),
    ("2027/03-01", FORM.format("2027/03-01")),
    ("20270-3-01", FORM.format("20270-3-01")),
    ("2027-02-30", "not a real date: '2027-02-30' (day is out of range for month)"),
    ("2027-13-01", "not a real date: '2027-13-01' (month must be in 1..12)"),
])
def test_anything_else_is_refused_saying_what_and_why(text, message):
    with pytest.raises(ValueError) as refused:
        parse_iso(text)
    assert type(refused.value) is ValueError and str(refused.value) == message


def test_calendar_days_between_and_after():
    assert days_between(dt.date(2027, 3, 1), dt.date(2027, 3, 15)) == 14
    assert days_between(dt.date(2027, 3, 15), dt.date(2027, 3, 1)) == -14
    assert add_days(dt.date(2028, 2, 28), 1) == dt.date(2028, 2, 29)
