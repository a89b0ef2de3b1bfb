"""What every form of the window is made of: date fields, multi-line fields, the red error
line, OK/Cancel, and `FormDialog`, the dialog that writes through the store when OK is pressed.

A `FormDialog` runs `save()` on OK. `save()` writes through a store write function and returns
nothing, or returns the text of what must be put right first; a refused write (`WriteError`)
is shown in the window's language (`store_messages.message`). Either way the dialog stays open
with everything typed, and nothing is written. Once saved, the session is told (every tab
refreshes) before `accepted` is emitted, so whoever listens for it finds the saved record.
Dialogs are opened with `open()` (window modal, not blocking), so tests drive them as a user
does.
"""

from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import input_limits, store_messages
from kenesh_desktop.ui.access_gate import WRITE
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.session import AppSession

DATE_FORMAT = "dd.MM.yyyy"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    """A date field with a calendar pop-up, in the dd.mm.yyyy form used in Kyrgyzstan."""
    edit = QDateEdit(to_qdate(day), parent)
    edit.setObjectName(name)
    edit.setDateRange(input_limits.FIRST, input_limits.LAST)  # rules/limits.py (issue 16)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def optional_date(parent: QWidget, name: str, day: dt.date, check_text: str,
                  check_name: str, *, checked: bool = False
                  ) -> tuple[QCheckBox, QDateEdit, QHBoxLayout]:
    """A day that may not be known (yet): a box to tick and, beside it, the date field, off
    while the box is not ticked; both in a row, for a form's field."""
    check = QCheckBox(check_text, parent)
    check.setObjectName(check_name)
    check.setChecked(checked)
    edit = date_edit(parent, name, day)
    edit.setEnabled(checked)
    check.toggled.connect(edit.setEnabled)
    row = QHBoxLayout()
    row.addWidget(check)
    row.addWidget(edit)
    row.addStretch(1)
    return check, edit, row


def line_edit(parent: QWidget, name: str, placeholder: str = "", text: str = "") -> QLineEdit:
    """A one-line field holding `text`, with a hint shown while it is empty."""
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def choice_box(parent: QWidget, name: str, names: dict, current: object = None) -> QComboBox:
    """A drop-down of a closed vocabulary: it shows the words of `names` and holds their keys;
    `current` is chosen (None: the first)."""
    box = QComboBox(parent)
    box.setObjectName(name)
    for key, text in names.items():
        box.addItem(text, key)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


def missing(*required: tuple[object, str]) -> list[str]:
    """What a form still needs: the text of each (value, text) whose value is empty."""
    return [text for value, text in required if not value]


def error_label(parent: QWidget) -> QLabel:
    """Where a dialog says what is wrong, in red, hidden while all is well."""
    label = QLabel(parent)
    label.setObjectName("DialogError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def plain_text_edit(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field a few lines high; Tab moves on rather than typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def wide_label(parent: QWidget, name: str) -> QLabel:
    """A wrapping label that takes the form's full width (a label's own width is its
    sizeHint, which makes a long line wrap into a narrow column)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept() and reject()."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def form_layout() -> QFormLayout:
    """A form whose fields take the dialog's width (long names stay readable)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def form_state(dialog: QWidget) -> list:
    """What the dialog's fields hold, in order: compared to tell whether anything changed."""
    state: list = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            state.append([widget.item(i).text() for i in range(widget.count())])
    return state


class Cancelled(Exception):
    """Raised by `FormDialog.save()` when the user cancelled a question it asked (where to
    save a file): the dialog stays open as it was, with nothing to say."""


class FormDialog(QDialog):
    """A form over OK/Cancel with a red error line; OK runs `save()` (see the module's
    docstring).

    The dialog's layout is `self.body`: the form `self.fields` (unless `with_form` is False),
    then what `add()` puts below it, then the error line and the buttons.
    """

    notify_on_save = True
    """Tell the session after a save (False for a dialog that writes no records)."""
    needs: str | None = WRITE
    """What the login must be allowed on the council to save (access_gate: WRITE, FINALIZE,
    CREATE), None for a dialog that writes no records. Where it is not allowed the form
    still shows the record, with OK off and a line saying why (issue 19)."""

    def __init__(self, session: AppSession, name: str, title: str, parent=None, *,
                 with_form: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.session = session
        self.fields = form_layout()
        self.error = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.cancel)
        self._focus_chain_done = False
        self._shown_state: list | None = None  # what the fields held when first shown
        self.body = QVBoxLayout(self)
        if with_form:
            self.body.addLayout(self.fields)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_state is None:
            self._shown_state = form_state(self)
            if self.needs is not None and not self.session.may(self.needs):
                self.session.gate.add(self.ok_button(), need=self.needs)
                self.show_error(self.tr("This login may only read this council's records: "
                                        "nothing can be saved here."))
        if not self._focus_chain_done:
            input_limits.apply(self)  # every field within rules/limits.py (issue 16)
            # The buttons were made before the fields: Tab reaches them last, and the first
            # field, not OK, has the focus when the dialog opens.
            self._focus_chain_done = True
            chain, widget = [], self.nextInFocusChain()
            while widget is not self and widget not in chain:
                chain.append(widget)
                widget = widget.nextInFocusChain()
            fields = [w for w in chain if not self.buttons.isAncestorOf(w)
                      and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            previous = fields[-1] if fields else None
            for button in self.buttons.buttons():
                if previous is not None:
                    QWidget.setTabOrder(previous, button)
                previous = button
        super().showEvent(event)

    def add(self, *items: QWidget | QLayout, stretch: int = 0) -> None:
        """Put widgets or layouts below what the dialog holds so far (above the error line)."""
        for item in items:
            index = self.body.indexOf(self.error)
            if isinstance(item, QLayout):
                self.body.insertLayout(index, item, stretch)
            else:
                self.body.insertWidget(index, item, stretch)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> str | None:
        """Validate and write; return what is wrong (None or "" when saved)."""
        raise NotImplementedError

    def refused(self) -> None:
        """Called after the store refused a write (a dialog that wrote part of its records
        before the refusal refreshes the window here)."""

    # -- no lost update (issue 19) --------------------------------------------------------
    watched: tuple[str, str, Any] | None = None  # kind, council, code (store/versions.py)
    seen_version = None  # store.versions.RecordVersion of the record as the form shows it
    gone = False  # the record was removed before the form opened (`watch_if_there`)
    guard_whole_save = True
    """False for a dialog that guards only the save of the record itself (`guarded()`), not
    what it writes besides (a candidate's scans)."""

    def watch(self, kind: str, council_id: str, code: Any) -> None:
        """Save this form only over the version of the record it shows: a record changed by
        someone else meanwhile is refused (store/versions.py) and the form reloads. Read the
        version BEFORE the record the form is filled with (`fresh`): a change in between
        then refuses the save rather than slipping under it."""
        from kenesh_desktop.store import versions

        self.watched = (kind, council_id, code)
        self.seen_version = versions.current(kind, council_id, code)

    def watch_if_there(self, kind: str, council_id: str, code: Any) -> bool:
        """`watch`, or, when the record is no longer there (removed by someone else since
        the tab was filled), say so in the form and turn OK off; False then."""
        try:
            self.watch(kind, council_id, code)
        except WriteError as missing:
            self.gone = True
            self.show_error(store_messages.message(missing))
            self.ok_button().setEnabled(False)
            return False
        return True

    def reload(self) -> None:
        """Fill the form again from the record as it now is (after a refused save over a
        newer version). A dialog that watches a record implements it."""

    def fresh_council(self):
        """The current council as the database holds it now (not the session's copy, which
        may be a moment behind another person's change), or None."""
        from kenesh_desktop.store import queries

        council_id = self.session.council_id
        try:
            return queries.load_council(council_id) if council_id else None
        except LookupError:
            return None

    def guarded(self):
        """The save of the watched record, refused (StaleRecord) over a newer version."""
        from kenesh_desktop.store import versions

        if self.watched is None or self.seen_version is None:
            return nullcontext()
        return versions.guard(*self.watched, self.seen_version)

    def _guarded(self):
        return self.guarded() if self.guard_whole_save else nullcontext()

    def changed(self) -> bool:
        """True when a field differs from what it held when the dialog was shown."""
        return self._shown_state is not None and form_state(self) != self._shown_state

    def cancel(self) -> bool:
        """Esc or Cancel: asks first when something was typed (No keeps
        the dialog open as it is); True when closed. (`reject()` closes without asking.)"""
        if self.changed() and not ask.confirm(self, self.windowTitle(), self.tr(
                "Close without saving? What was typed in this form is lost.")):
            return False
        self.reject()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        from kenesh_desktop.store.versions import StaleRecord

        if self.needs is not None and not self.session.may(self.needs):
            return  # OK is off (issue 19): nor does Enter save
        if self.gone:
            return  # the record is no longer there (`watch_if_there`): OK is off, Enter too

        try:
            # undoable as one edit; saved only over the version the form showed (issue 19)
            with self.session.history.step(self.windowTitle()), self._guarded():
                problem = self.save()
        except Cancelled:
            return
        except StaleRecord as exc:
            problem = store_messages.message(exc)
            self.session.notify_changed()
            try:
                self.watch(*self.watched)
            except WriteError as missing:  # removed meanwhile: the form stays, every save refused
                problem = f"{problem}\n{store_messages.message(missing)}"
            else:
                self.reload()
                self._shown_state = form_state(self)  # what it shows is the record as it is
        except WriteError as exc:
            problem = store_messages.message(exc)
            self.refused()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        if self.notify_on_save:
            # Refresh first, so whoever listens to `accepted` finds the change in the tab.
            self.session.notify_changed()
        super().accept()

