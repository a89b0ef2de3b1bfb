"""Dates in each language's official style, from one formatter.

Kyrgyz official documents: «2027-жылдын 15-марты» (a date) and «2014-жылдын 24-майындагы»
("of 24 May 2014", the attributive form used in titles of acts). Russian: «15 марта 2027 г.».
English: «15 March 2027».
"""

from __future__ import annotations

import datetime as dt

# Kyrgyz month names with the possessive suffix (15-марты) and the attributive one
# (24-майындагы), by vowel harmony of the stem's last vowel.
_KY_POSSESSIVE = (
    "январы", "февралы", "марты", "апрели", "майы", "июну",
    "июлу", "августу", "сентябры", "октябры", "ноябры", "декабры",
)
_KY_ATTRIBUTIVE = (
    "январындагы", "февралындагы", "мартындагы", "апрелиндеги", "майындагы", "июнундагы",
    "июлундагы", "августундагы", "сентябрындагы", "октябрындагы", "ноябрындагы", "декабрындагы",
)
_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)
_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
KY_MONTHS = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)
# The nominative month names are the same words in Russian.
RU_MONTHS = KY_MONTHS


def format_date(day: dt.date | None, lang: str) -> str:
    """The date as an official document writes it; an empty string for no date."""
    if day is None:
        return ""
    if lang == "ky":
        return f"{day.year}-жылдын {day.day}-{_KY_POSSESSIVE[day.month - 1]}"
    if lang == "ru":
        return f"{day.day} {_RU_GENITIVE[day.month - 1]} {day.year} г."
    return f"{day.day} {_EN[day.month - 1]} {day.year}"


def format_date_attributive(day: dt.date, lang: str) -> str:
    """"of DATE" as in the title of a law: «2014-жылдын 24-майындагы», «от 24 мая 2014 г.»."""
    if lang == "ky":
        return f"{day.year}-жылдын {day.day}-{_KY_ATTRIBUTIVE[day.month - 1]}"
    if lang == "ru":
        return f"от {format_date(day, 'ru')}"
    return f"of {format_date(day, 'en')}"


def format_month(year: int, month: int, lang: str) -> str:
    """A month as a plan's due column writes it: «2027-жылдын март айы», «март 2027 г.»,
    «March 2027»."""
    if lang == "ky":
        return f"{year}-жылдын {KY_MONTHS[month - 1]} айы"
    if lang == "ru":
        return f"{RU_MONTHS[month - 1]} {year} г."
    return f"{_EN[month - 1]} {year}"


def format_quarter(year: int, quarter: int, lang: str) -> str:
    roman = ("I", "II", "III", "IV")[quarter - 1]
    if lang == "ky":
        return f"{year}-жылдын {roman} чейреги"
    if lang == "ru":
        return f"{roman} квартал {year} г."
    return f"Q{quarter} {year}"


def format_due(day: dt.date | None, precision: str, lang: str) -> str:
    """When a plan's activity is due: a day, or a month or quarter (`precision` "month",
    "quarter"; stored as its last day); "" for none."""
    if day is None:
        return ""
    if precision == "month":
        return format_month(day.year, day.month, lang)
    if precision == "quarter":
        return format_quarter(day.year, (day.month - 1) // 3 + 1, lang)
    return format_date(day, lang)
