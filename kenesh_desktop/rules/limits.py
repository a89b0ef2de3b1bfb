"""The limits of what the records may hold (EXCHANGE.md version 2), in ONE place.

The importer (store/exchange_read.py), the store's write helpers (store/field_checks.py,
used by every *_writes module, and a last check of every row the store writes) and the
window's forms (ui/input_limits.py: line edits' lengths, date edits' ranges) all ask here:

- a name, organisation, title or place (and a short code: a number, a PIN, a phone) at most
  NAME_MAX characters; any other text at most TEXT_MAX;
- dates from FIRST_DAY to LAST_DAY (date arithmetic far from them never overflows);
- ids: 1 to ID_MAX letters, digits, '-' and '_' (nothing that could name a path);
- whole numbers within what any database stores (a meeting's number, a count, a year);
- only characters the bundled fonts can print (rules/printable.py, generated from them):
  an emoji or a rare script would come out of every document as an empty box. Line breaks
  and tabs are text; other control characters are not.

Each check returns None or a `Problem`: an English template with str.format fields and its
values, WITHOUT the field's name; the caller says which field (`{field}`), so the message
names it in the caller's words and language.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from kenesh_desktop.rules.printable import RANGES

NAME_MAX = 300
TEXT_MAX = 20_000
ID_MAX = 64
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)
FIRST_YEAR, LAST_YEAR = FIRST_DAY.year, LAST_DAY.year
NUMBER_MAX = 1_000_000
"""A meeting's number, a count of letters: far above any real one, far below 2**63."""

NAME, TEXT = "name", "text"
NAME_KEYS = frozenset({
    "name", "state_body", "full_name", "organization", "title", "place", "commission",
    "addressee", "author", "responsible", "form", "speaker", "number", "letter_number",
    "pin", "phone", "email", "time", "code", "key", "rulebook", "state_body_representative",
})
"""Fields (exchange keys and store columns alike) held to NAME_MAX; every other text to
TEXT_MAX."""
_ALLOWED_CONTROLS = frozenset("\n\t\r")
_STARTS = [first for first, _ in RANGES]


@dataclass(frozen=True)
class Problem:
    """What is wrong, as an English template (without the field's name) and its values."""

    template: str
    values: dict[str, object] = field(default_factory=dict)

    def text(self) -> str:
        return self.template.format(**self.values)


def kind_of(key: str) -> str:
    """NAME or TEXT: the length class of a field by its exchange key or column name."""
    return NAME if key in NAME_KEYS else TEXT


def max_length(kind: str) -> int:
    return NAME_MAX if kind == NAME else TEXT_MAX


def printable(char: str) -> bool:
    """The bundled fonts have this character (or it is a line break or a tab)."""
    if char in _ALLOWED_CONTROLS:
        return True
    point = ord(char)
    index = bisect.bisect_right(_STARTS, point) - 1
    return index >= 0 and RANGES[index][0] <= point <= RANGES[index][1]


def unprintable(value: str) -> list[str]:
    """The distinct characters of `value` that no document could print, in order."""
    found: list[str] = []
    for char in value:
        if not printable(char) and char not in found:
            found.append(char)
    return found


def describe(char: str) -> str:
    """A character for a message: itself and its code point and name (U+1F389 PARTY POPPER)."""
    try:
        shown = f"U+{ord(char):04X} {unicodedata.name(char)}"
    except ValueError:  # no name: a control character, a code point not yet assigned
        shown = f"U+{ord(char):04X}"
    return shown if unicodedata.category(char).startswith("C") else f"{char} ({shown})"


def text_problem(value: str, kind: str = TEXT) -> Problem | None:
    """Too long for its kind, or a character the documents cannot print; else None."""
    limit = max_length(kind)
    if len(value) > limit:
        return Problem("{field} is {length} characters long; at most {limit} are allowed.",
                       {"length": len(value), "limit": limit})
    bad = unprintable(value)
    if bad:
        return Problem("{field} holds a character the documents cannot print: {characters}. "
                       "Remove it or write it in words.",
                       {"characters": ", ".join(describe(c) for c in bad[:3])})
    return None


def date_problem(day: dt.date) -> Problem | None:
    """A day outside FIRST_DAY..LAST_DAY (a year typed wrong: 0202, 20266)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        return Problem("{field} must fall between {first} and {last} (given: {day}).",
                       {"first": FIRST_DAY, "last": LAST_DAY, "day": day})
    return None


def year_problem(year: int) -> Problem | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return Problem("{field} must be a year from {first} to {last} (given: {year}).",
                       {"first": FIRST_YEAR, "last": LAST_YEAR, "year": year})
    return None


def number_problem(number: int, low: int = 0, high: int = NUMBER_MAX) -> Problem | None:
    if not low <= number <= high:
        if abs(number) >= 10 ** 4000:  # str() refuses an int of more than 4,300 digits
            shown = "a number of more than 4000 digits"
        else:
            digits = len(str(abs(number)))
            shown = str(number) if digits <= 20 else f"a number of {digits} digits"
        return Problem("{field} must be a whole number from {low} to {high} (given: {number}).",
                       {"low": low, "high": high, "number": shown})
    return None


def _id_character(c: str) -> bool:
    """A letter or a digit of any script, '-' or '_': nothing that could name a path."""
    return (c.isalnum() and c.isprintable()) or c == "-" or c == "_"


def id_ok(code: str) -> bool:
    return 0 < len(code) <= ID_MAX and all(_id_character(c) for c in code)


def id_problem(code: str) -> Problem | None:
    """Ids are 1 to 64 letters, digits, '-' and '_' (EXCHANGE.md version 2)."""
    if id_ok(code):
        return None
    shown = code if len(code) <= 70 else code[:67] + "..."
    return Problem("{field} {code!r} may hold only letters, digits, '-' and '_', at most "
                   "{limit} of them.", {"code": shown, "limit": ID_MAX})


def safe_file_stem(text: str, fallback: str = "kenesh") -> str:
    """A file name's stem made from a record's id or name: letters, digits, '-' and '_'
    only, at most 64 (a suggested name never carries a path or a separator)."""
    kept = "".join(c if _id_character(c) else "-" for c in text)
    kept = "-".join(part for part in kept.split("-") if part)[:ID_MAX].strip("-_")
    return kept or fallback
