"""The pieces every tab is built of (its table is record_table.py's): the filter field, rows of
buttons, keyboard actions, labels that show a state, dialogs opened without blocking, and a
store write from a button.

`write_or_warn` runs a store write and, when the store refuses, says why in a message box in
the window's language (`store_messages.message`); after a write the session is told, so every
tab refreshes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.i18n import current_language
from kenesh_desktop.ui.session import AppSession

T = TypeVar("T")
D = TypeVar("D", bound=QDialog)

WINDOW = Qt.ShortcutContext.WindowShortcut
"""A key that works anywhere in the tab while it is shown (a hidden tab's keys are off)."""
FILTER_KEY = "Ctrl+Shift+F"
"""The key of a tab's filter field (Ctrl+F is the window's search of every record)."""
TABLE_ONLY = Qt.ShortcutContext.WidgetWithChildrenShortcut
"""A key that works only from the widget it is added to (Del in a filter field edits text)."""


def date_column_width(widget: QWidget) -> int:
    """Room for the longest date of the window's language in a table column."""
    lang = current_language()
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(format_date(dt.date(2026, month, 28), lang))
               for month in range(1, 13)) + 16


def set_state(widget: QWidget, state: str) -> None:
    """Set the "state" property a style sheet colours by ("ok", "warning", "violation", ...)."""
    if widget.property("state") != state:
        widget.setProperty("state", state)
        # A dynamic property is not watched by the style: re-polish to recolour.
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def show_state(label: QLabel, text: str, state: str, tooltip: str = "") -> None:
    """A label's text, tooltip and "state" (its colour) at once."""
    label.setText(text)
    label.setToolTip(tooltip)
    set_state(label, state)


def state_label(parent: QWidget, name: str) -> QLabel:
    """A wrapping label of an indicator panel, as high as its text."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def heading_label(parent: QWidget, name: str, text: str = "", scale: float = 1.0) -> QLabel:
    """A bold label that heads a page or a panel, wrapping, `scale` times the usual size."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def filter_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    """The "find" field above a table: every column's text is searched as it is typed."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def push_button(parent: QWidget, text: str, name: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def tool_row(*leading: QWidget | tuple[QWidget, int], buttons: Iterable[QWidget] = ()
             ) -> QHBoxLayout:
    """A row above a table: `leading` widgets (a widget, or (widget, stretch)) on the left,
    the buttons on the right."""
    row = QHBoxLayout()
    for item in leading:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        row.addWidget(widget, stretch)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons on the left of a row (below a table)."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def shortcut(owner: QWidget, text: str, key: Any, slot: Callable[[], object],
             context: Qt.ShortcutContext = WINDOW) -> QAction:
    """A keyboard action of `owner`: `key` is a Qt.Key, a standard key, or a key string
    ("Ctrl+Up"). With TABLE_ONLY it works while `owner` (a table) has the focus."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def open_dialog(dialog: D) -> D:
    """Show a dialog without blocking (window modal; tests drive it), deleted once closed.

    The connection's closure holds the dialog's Python object until Qt deletes the dialog:
    a dialog opened from a button's slot has no other owner on the Python side, and Python's
    cycle collector would otherwise drop its attributes (its fields, its record) while the
    dialog is still on screen, so that OK fails."""
    dialog.finished.connect(lambda _result, kept=dialog: kept.deleteLater())
    dialog.open()
    return dialog


def write_or_warn(parent: QWidget, session: AppSession, title: str,
                  write: Callable[[], T]) -> tuple[bool, T | None]:
    """Run a store write; (True, its result) after telling the session, or (False, None)
    after a message box saying why the store refused (in the window's language). The write
    is recorded as one undoable step named `title` (ui/undo.py)."""
    try:
        result = session.history.record(title, write)
    except WriteError as exc:
        ask.warn(parent, title, store_messages.message(exc))
        return False, None
    session.notify_changed()
    return True, result


def confirm_and_write(parent: QWidget, session: AppSession, title: str, question: str,
                      write: Callable[[], object]) -> bool:
    """Ask `question` (No is the default); on Yes, `write_or_warn`. True when written."""
    if not ask.confirm(parent, title, question):
        return False
    return write_or_warn(parent, session, title, write)[0]
