"""The member form (add or edit) and the end-of-membership question.

Both are `forms.FormDialog`s: they write through the store when OK is pressed; a refused
write (a `WriteError`, e.g. a second chair at the same time) is shown inside the dialog, in
the window's language, which stays open with everything typed, and nothing is written. Also
here: the vocabularies of sex and role as the window words them, and the name, sex and
organisation fields a candidate's form shares (`person_fields`).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kenesh_desktop.lang.text import one_line, optional_text
from kenesh_desktop.rules.records import ROLES, SEXES, Member
from kenesh_desktop.rules.terms import next_term, term_in_force
from kenesh_desktop.store import writes
from kenesh_desktop.ui.dialogs.forms import FormDialog, date_edit, from_qdate, to_qdate
from kenesh_desktop.ui.session import AppSession

PIN_DIGITS = 14  # the personal identification number (ПИН) of a citizen of the Kyrgyz Republic
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


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


def person_fields(parent: QWidget, organization_hint: str
                  ) -> tuple[QLineEdit, QComboBox, QLineEdit]:
    """The full name, sex and organisation fields a member's and a candidate's forms share
    (objectNames FullName, Sex, Organization); the sex is not chosen yet."""
    full_name = QLineEdit(parent)
    full_name.setObjectName("FullName")
    full_name.setPlaceholderText(
        QCoreApplication.translate("Member", "Surname, name, patronymic"))
    sex = QComboBox(parent)
    sex.setObjectName("Sex")
    sex.setPlaceholderText(QCoreApplication.translate("Member", "Choose…"))
    for key, text in sex_names().items():
        sex.addItem(text, key)
    sex.setCurrentIndex(-1)
    organization = QLineEdit(parent)
    organization.setObjectName("Organization")
    organization.setPlaceholderText(organization_hint)
    return full_name, sex, organization


class MemberDialog(FormDialog):
    """Add a member (`member` None) or edit one; writes on OK, keeps the dialog open on error.

    After a successful OK, `saved_id` holds the member's id (new ids come from the store).
    """

    def __init__(self, session: AppSession, member: Member | None = None, parent=None) -> None:
        super().__init__(session, "MemberDialog",
                         self.tr("Edit member") if member else self.tr("Add member"), parent)
        self.member = member
        self.saved_id: str | None = None
        self.setMinimumWidth(520)

        self.full_name, self.sex, self.organization = person_fields(
            self, self.tr("The organisation that nominated the member"))
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

        form = self.fields
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Sex:"), self.sex)
        form.addRow(self.tr("&Organisation:"), self.organization)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Member &from:"), self.start)
        form.addRow(self.tr("Until:"), end_row)
        form.addRow(self.tr("&Personal number (PIN):"), self.pin)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        if member is not None:
            self._fill(member)
            if session.council_id:  # issue 19: its version, then the member as they are
                self.watch("member", session.council_id, member.id)
                self.reload()
        self.full_name.setFocus()

    def _default_start(self) -> dt.date:
        """Today, when a term is in force; else the first day of the next term (a council
        formed ahead starts later), else today."""
        today = self.session.today()
        council = self.session.council()
        if council is None or term_in_force(council.terms, today) is not None:
            return today
        upcoming = next_term(council.terms, today)
        return upcoming.start if upcoming is not None else today

    def reload(self) -> None:
        """The member as they now are, after someone else changed them (issue 19)."""
        council = self.fresh_council()
        current = council.member(self.member.id) if council and self.member else None
        if current is not None:
            self.member = current
            self._fill(current)

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

    # -- what was typed -------------------------------------------------------------------
    def entered_member(self) -> Member:
        """The member as the form holds it (not validated)."""
        sex = self.sex.currentData()
        role = self.role.currentData()
        return Member(
            id=self.member.id if self.member else "",
            full_name=one_line(self.full_name.text()),
            sex=sex if sex in SEXES else "",
            organization=self.organization.text().strip(),
            role=role if role in ROLES else "member",
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()) if self.ended.isChecked() else None,
            pin=optional_text(self.pin.text()),
            phone=optional_text(self.phone.text()),
            email=optional_text(self.email.text()),
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
        if member.email and not EMAIL.fullmatch(member.email):
            problems.append(self.tr("The e-mail address is not valid."))
        return problems

    # -- OK -------------------------------------------------------------------------------
    def save(self) -> str | None:
        council_id = self.session.council_id
        member = self.entered_member()
        problems = self.problems(member)
        if problems:
            return "\n".join(problems)
        if council_id is None:
            return None
        if self.member is None:
            self.saved_id = writes.add_member(council_id, member)
        else:
            writes.update_member(council_id, member)
            self.saved_id = member.id
        return None


class EndMembershipDialog(FormDialog):
    """Asks the last day of a membership (default today) and records it on OK."""

    def __init__(self, session: AppSession, member: Member, parent=None) -> None:
        super().__init__(session, "EndMembershipDialog", self.tr("End membership"), parent,
                         with_form=False)
        self.member = member
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
        self.add(question, self.end, note)

    def save(self) -> str | None:
        council_id = self.session.council_id
        if council_id is not None:
            writes.end_membership(council_id, self.member.id, from_qdate(self.end.date()))
        return None
