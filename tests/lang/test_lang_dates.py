"""Dates in each language's official style, against real examples: «2027-жылдын 15-марты»,
«2014-жылдын 24-майындагы» (the title of Law No. 74), «15 марта 2027 г.», «15 March 2027»."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.lang.dates import (
    format_date,
    format_date_attributive,
    format_due,
    format_month,
    format_quarter,
)

D = dt.date


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ky", "2027-жылдын 15-марты"), ("ru", "15 марта 2027 г."), ("en", "15 March 2027")],
)
def test_format_date(lang, text):
    assert format_date(D(2027, 3, 15), lang) == text


def test_the_law_of_24_may_2014():
    day = D(2014, 5, 24)
    assert format_date_attributive(day, "ky") == "2014-жылдын 24-майындагы"
    assert format_date_attributive(day, "ru") == "от 24 мая 2014 г."
    assert format_date_attributive(day, "en") == "of 24 May 2014"


@pytest.mark.parametrize(
    ("day", "ky", "ru"),
    [
        (D(2026, 1, 1), "2026-жылдын 1-январы", "1 января 2026 г."),
        (D(2026, 4, 30), "2026-жылдын 30-апрели", "30 апреля 2026 г."),
        (D(2026, 6, 9), "2026-жылдын 9-июну", "9 июня 2026 г."),
        (D(2026, 12, 31), "2026-жылдын 31-декабры", "31 декабря 2026 г."),
    ],
)
def test_month_suffixes(day, ky, ru):
    assert format_date(day, "ky") == ky
    assert format_date(day, "ru") == ru


def test_no_date_is_an_empty_string():
    assert format_date(None, "ky") == ""


def test_unknown_language_writes_english():
    assert format_date(D(2027, 3, 15), "de") == "15 March 2027"


def test_month_and_quarter_of_a_plan():
    assert format_month(2027, 3, "ky") == "2027-жылдын март айы"
    assert format_month(2027, 3, "ru") == "март 2027 г."
    assert format_month(2027, 3, "en") == "March 2027"
    assert format_quarter(2027, 2, "ky") == "2027-жылдын II чейреги"
    assert format_quarter(2027, 4, "ru") == "IV квартал 2027 г."
    assert format_quarter(2027, 1, "en") == "Q1 2027"


def test_an_activity_is_due_on_a_day_in_a_month_or_in_a_quarter():
    """A month or a quarter is stored as its last day (the plan's due column)."""
    assert format_due(D(2027, 3, 31), "month", "ky") == "2027-жылдын март айы"
    assert format_due(D(2027, 6, 30), "quarter", "ru") == "II квартал 2027 г."
    assert format_due(D(2027, 12, 31), "quarter", "en") == "Q4 2027"
    assert format_due(D(2027, 3, 15), "day", "en") == "15 March 2027"
    assert format_due(None, "month", "ky") == ""
