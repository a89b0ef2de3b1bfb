"""The limits of rules/limits.py in the window's fields (issue 16): one place for them all.

Every field a user types into gets its limit when it first takes the keyboard focus, whatever
dialog made it: a line edit holds at most limits.NAME_MAX characters (names, titles,
places, numbers: the long texts are multi-line fields), a date field stays within
limits.FIRST_DAY..LAST_DAY. `apply(widget)` does the same at once for a widget and its
children (forms call it on their fields). What is still beyond a limit when saved (a long
text pasted into a multi-line field, a character no document can print) the store refuses
with a message naming the field.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateEdit, QLineEdit, QWidget

from kenesh_desktop.rules import limits

_QT_DEFAULT_MAX_LENGTH = 32767
FIRST = QDate(limits.FIRST_DAY.year, limits.FIRST_DAY.month, limits.FIRST_DAY.day)
LAST = QDate(limits.LAST_DAY.year, limits.LAST_DAY.month, limits.LAST_DAY.day)


def limit_widget(widget: QWidget | None) -> None:
    """Give one field its limit (a field whose own code set one keeps it)."""
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parent(), QAbstractSpinBox):
            widget = widget.parent()  # the text part of a date or number field
        elif widget.maxLength() == _QT_DEFAULT_MAX_LENGTH:
            widget.setMaxLength(limits.NAME_MAX)
            return
    if isinstance(widget, QDateEdit):
        if widget.minimumDate() < FIRST or widget.maximumDate() > LAST:
            widget.setDateRange(max(widget.minimumDate(), FIRST),
                                min(widget.maximumDate(), LAST))


def apply(widget: QWidget) -> None:
    """The limits on `widget` and every field inside it."""
    limit_widget(widget)
    for child in widget.findChildren(QLineEdit) + widget.findChildren(QDateEdit):
        limit_widget(child)


def install(app: QApplication) -> None:
    """Limit every field of the application when it first takes the focus."""
    app.focusChanged.connect(lambda _old, new: limit_widget(new))
