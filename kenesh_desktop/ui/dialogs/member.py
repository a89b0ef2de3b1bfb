"""The member form (add or edit) and the end-of-membership question.

Both dialogs write through the store themselves when OK is pressed: a refused write (a
`WriteError`, e.g. a second chair at the same time) is shown inside the dialog, which stays
open with everything typed, and nothing is written. They are opened with `open()` (window
modal, not blocking), so tests drive them as a user does.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.rules.records import ROLES, SEXES, Member
from kenesh_desktop.store import writes
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.session import AppSession

DATE_FORMAT = "dd.MM.yyyy"
PIN_DIGITS = 14  # the personal identification number (ПИН) of a citizen of the Kyrgyz Republic
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    """A date field with a calendar pop-up, in the dd.mm.yyyy form used in Kyrgyzstan."""
    edit = QDateEdit(to_qdate(day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def error_label(parent: QWidget) -> QLabel:
    """Where a dialog says what is wrong, in red, hidden while all is well."""
    label = QLabel(parent)
    label.setObjectName("DialogError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def sex_names() -> dict[str, str]:
    """The closed vocabulary of sexes (EXCHANGE.md) as the window shows it."""
    return {
        "female": QCoreApplication.translate("Member", "Woman"),
        "male": QCoreApplication.translate("Member", "Man"),
    }


def role_names() -> dict[str, str]:
    """The closed vocabulary of roles (EXCHANGE.md) as the window shows it."""
    return {
        "chair": QCoreApplication.translate("Member", "Chair"),
        "deputy_chair": QCoreApplication.translate("Member", "Deputy chair"),
        "secretary": QCoreApplication.translate("Member", "Secretary"),
        "member": QCoreApplication.translate("Member", "Member"),
    }


class MemberDialog(QDialog):
    """Add a member (`member` None) or edit one; writes on OK, keeps the dialog open on error.

    After a successful OK, `saved_id` holds the member's id (new ids come from the store).
    """

    def __init__(self, session: AppSession, member: Member | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberDialog")
        self.session = session
        self.member = member
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add member"))
        self.setMinimumWidth(520)

        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("FullName")
        self.full_name.setPlaceholderText(self.tr("Surname, name, patronymic"))
        self.sex = QComboBox(self)
        self.sex.setObjectName("Sex")
        self.sex.setPlaceholderText(self.tr("Choose…"))
        for key, text in sex_names().items():
            self.sex.addItem(text, key)
        self.sex.setCurrentIndex(-1)
        self.organization = QLineEdit(self)
        self.organization.setObjectName("Organization")
        self.organization.setPlaceholderText(self.tr("The organisation that nominated the member"))
        self.role = QComboBox(self)
        self.role.setObjectName("Role")
        for key, text in role_names().items():
            self.role.addItem(text, key)
        self.role.setCurrentIndex(self.role.findData("member"))

        self.start = date_edit(self, "Start", self._default_start())
        self.ended = QCheckBox(self.tr("The membership has ended"), self)
        self.ended.setObjectName("Ended")
        self.end = date_edit(self, "End", session.today())
        self.end.setEnabled(False)
        self.ended.toggled.connect(self.end.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ended)
        end_row.addWidget(self.end)
        end_row.addStretch(1)

        self.pin = QLineEdit(self)
        self.pin.setObjectName("Pin")
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_DIGITS}}}"), self.pin)
        )
        self.pin.setPlaceholderText(self.tr("14 digits (optional)"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("Phone")
        self.email = QLineEdit(self)
        self.email.setObjectName("Email")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Sex:"), self.sex)
        form.addRow(self.tr("&Organisation:"), self.organization)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Member &from:"), self.start)
        form.addRow(self.tr("Until:"), end_row)
        form.addRow(self.tr("&Personal number (PIN):"), self.pin)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)

        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if member is not None:
            self._fill(member)
        self.full_name.setFocus()

    def _default_start(self) -> dt.date:
        """Today, kept within the council's term (a council formed ahead starts later)."""
        today = self.session.today()
        council = self.session.council()
        if council is None:
            return today
        return max(council.term_start, min(today, council.term_end))

    def _fill(self, member: Member) -> None:
        self.full_name.setText(member.full_name)
        self.sex.setCurrentIndex(self.sex.findData(member.sex))
        self.organization.setText(member.organization)
        self.role.setCurrentIndex(self.role.findData(member.role))
        self.start.setDate(to_qdate(member.start))
        self.ended.setChecked(member.end is not None)
        if member.end is not None:
            self.end.setDate(to_qdate(member.end))
        self.pin.setText(member.pin or "")
        self.phone.setText(member.phone or "")
        self.email.setText(member.email or "")

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- what was typed -------------------------------------------------------------------
    def entered_member(self) -> Member:
        """The member as the form holds it (not validated)."""
        sex = self.sex.currentData()
        role = self.role.currentData()
        return Member(
            id=self.member.id if self.member else "",
            full_name=" ".join(self.full_name.text().split()),
            sex=sex if sex in SEXES else "",
            organization=self.organization.text().strip(),
            role=role if role in ROLES else "member",
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()) if self.ended.isChecked() else None,
            pin=self.pin.text().strip() or None,
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
        )

    def problems(self, member: Member) -> list[str]:
        """What must be put right before the member can be saved, in the user's language."""
        problems = []
        if not member.full_name:
            problems.append(self.tr("Enter the member's full name."))
        if not member.sex:
            problems.append(self.tr("Choose the member's sex."))
        if not member.organization:
            problems.append(self.tr("Enter the member's organisation."))
        if member.end is not None and member.end < member.start:
            problems.append(self.tr("The membership cannot end before it starts."))
        if member.pin and len(member.pin) != PIN_DIGITS:
            problems.append(self.tr("A personal number (PIN) has 14 digits."))
        if member.email and not _EMAIL.fullmatch(member.email):
            problems.append(self.tr("The e-mail address is not valid."))
        return problems

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- OK -------------------------------------------------------------------------------
    def accept(self) -> None:
        council_id = self.session.council_id
        member = self.entered_member()
        problems = self.problems(member)
        if problems:
            self.show_error("\n".join(problems))
            return
        if council_id is None:
            return
        try:
            if self.member is None:
                self.saved_id = writes.add_member(council_id, member)
            else:
                writes.update_member(council_id, member)
                self.saved_id = member.id
        except writes.WriteError as exc:
            self.show_error(store_messages.message(exc))
            return
        self.show_error("")
        # Refresh first, so whoever listens to `accepted` finds the new member in the table.
        self.session.notify_changed()
        super().accept()


class EndMembershipDialog(QDialog):
    """Asks the last day of a membership (default today) and records it on OK."""

    def __init__(self, session: AppSession, member: Member, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EndMembershipDialog")
        self.session = session
        self.member = member
        self.setWindowTitle(self.tr("End membership"))
        question = QLabel(
            self.tr("The last day {name} is a member of the council:").format(
                name=member.full_name
            ),
            self,
        )
        question.setWordWrap(True)
        self.end = date_edit(self, "EndDate", max(session.today(), member.start))
        self.end.setMinimumDate(to_qdate(member.start))
        note = QLabel(
            self.tr("The member stays in the records as a former member."), self
        )
        note.setWordWrap(True)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.end)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        council_id = self.session.council_id
        if council_id is None:
            return
        try:
            writes.end_membership(council_id, self.member.id, from_qdate(self.end.date()))
        except writes.WriteError as exc:
            self.error.setText(store_messages.message(exc))
            self.error.show()
            return
        self.session.notify_changed()
        super().accept()
