"""The store's refusals in the window's language.

The store speaks English (it has no Qt, and the command line prints its messages as they
are). A `WriteError` made with `WriteError.keyed` keeps its English template and the values
it was filled with; `message(error)` translates the template in the "StoreMessages" context
when it is one listed here, translates the listed words among the values (a field's name,
"votes", "now"), writes dates in the language's official style, and fills it in. Anything
else (an unlisted template, a plain WriteError, any other exception) is shown as `str()`.

The templates are listed with QT_TRANSLATE_NOOP so that pyside6-lupdate copies them into the
.ts files; a test (tests/i18n) keeps this list and the store's `keyed` templates the same.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kenesh_desktop.lang import format_date

CONTEXT = "StoreMessages"

SOURCES = frozenset({
    # store/writes.py: councils
    QT_TRANSLATE_NOOP("StoreMessages", "The council records are not valid: {problem}"),
    QT_TRANSLATE_NOOP("StoreMessages", "A council with the id {code!r} is already in this "
                                       "database; nothing was imported."),
    QT_TRANSLATE_NOOP("StoreMessages", "A council with the id {code!r} already exists."),
    QT_TRANSLATE_NOOP("StoreMessages", "Unknown rulebook {key!r}."),
    QT_TRANSLATE_NOOP("StoreMessages", "unknown council: {code}"),
    QT_TRANSLATE_NOOP("StoreMessages", "The term's start and end must both be dates."),
    QT_TRANSLATE_NOOP("StoreMessages", "The term must end after it starts ({start} to {end})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Art. {article}: a composition serves at most {years} "
                                       "years; a term from {start} ends on {last} at the "
                                       "latest (given: {end})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The {label} {code!r} may hold only letters, digits, "
                                       "'-', '_' and '.'."),
    QT_TRANSLATE_NOOP("StoreMessages", "{label} is required."),
    # store/writes.py: members
    QT_TRANSLATE_NOOP("StoreMessages", "The id {code!r} is already used in this council."),
    QT_TRANSLATE_NOOP("StoreMessages", "unknown member {code!r} in council {council!r}"),
    QT_TRANSLATE_NOOP("StoreMessages", "The end of the membership must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The membership of {name} cannot end ({end}) before it "
                                       "starts ({start})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} cannot be deleted: the records hold their "
                                       "{uses}. End the membership instead; the history "
                                       "stays."),
    QT_TRANSLATE_NOOP("StoreMessages", "Sex must be one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "Role must be one of: {choices} (got {value!r})."),
    QT_TRANSLATE_NOOP("StoreMessages", "The start of the membership must be a date."),
    QT_TRANSLATE_NOOP("StoreMessages", "The end of the membership must be a date or empty."),
    QT_TRANSLATE_NOOP("StoreMessages", "The membership cannot end ({end}) before it starts "
                                       "({start})."),
    QT_TRANSLATE_NOOP("StoreMessages", "{name} is the chair from {start} to {until}; a council "
                                       "has one chair at a time. End that membership or "
                                       "change the role first."),
})
"""The templates of `WriteError.keyed` the window translates."""

WORDS = frozenset({
    QT_TRANSLATE_NOOP("StoreMessages", "The council's name"),
    QT_TRANSLATE_NOOP("StoreMessages", "The state body"),
    QT_TRANSLATE_NOOP("StoreMessages", "council id"),
    QT_TRANSLATE_NOOP("StoreMessages", "member id"),
    QT_TRANSLATE_NOOP("StoreMessages", "The member's full name"),
    QT_TRANSLATE_NOOP("StoreMessages", "The member's organisation"),
    QT_TRANSLATE_NOOP("StoreMessages", "attendance of sittings"),
    QT_TRANSLATE_NOOP("StoreMessages", "votes"),
    QT_TRANSLATE_NOOP("StoreMessages", "commission sittings observed"),
    QT_TRANSLATE_NOOP("StoreMessages", "sittings called"),
    QT_TRANSLATE_NOOP("StoreMessages", "now"),
})
"""The store's words that fill a template's fields (writes.COUNCIL_NAME, ... writes.NOW)."""


def message(error: BaseException, lang: str | None = None) -> str:
    """The text to show for `error` in the window's language (or `lang`'s, for dates)."""
    template = getattr(error, "template", None)
    values = getattr(error, "values", None)
    if template not in SOURCES or not isinstance(values, dict):
        return str(error)
    if lang is None:
        from kenesh_desktop.ui.i18n import current_language

        lang = current_language()
    shown = {key: _value(value, lang) for key, value in values.items()}
    try:
        return QCoreApplication.translate(CONTEXT, template).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(error)


def _value(value: object, lang: str) -> object:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, str) and value in WORDS:
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, list | tuple):
        return ", ".join(str(_value(item, lang)) for item in value)
    return value
