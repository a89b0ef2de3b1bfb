"""The member form (add or edit) and the end-of-membership question.

Both are `forms.FormDialog`s: they write through the store when OK is pressed; a refused
write (a `WriteError`, e.g. a second chair at the same time) is shown inside the dialog, in
the window's language, which stays open with everything typed, and nothing is written. Also
here: the vocabularies of sex and role as the window words them, and the name, sex and
organisation, phone and e-mail fields a candidate's form shares (`PersonForm`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel

from kenesh_desktop.lang.text import one_line, optional_text
from kenesh_desktop.rules.records import ROLES, SEXES, Candidate, Member
from kenesh_desktop.rules.terms import next_term, term_in_force
from kenesh_desktop.store import writes
from kenesh_desktop.ui.dialogs.forms import (
    FormDialog,
    choice_box,
    date_edit,
    from_qdate,
    line_edit,
    missing,
    optional_date,
    to_qdate,
)
from kenesh_desktop.ui.dialogs.record_form import RecordForm
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


P = TypeVar("P", Member, Candidate)


class PersonForm(RecordForm[P]):
    """A form over a person, a member or a candidate: the fields both have (full name, sex,
    organisation, phone, e-mail; objectNames FullName, Sex, Organization, Phone, Email), how
    they are filled and read, and the check of the e-mail address."""

    def person_rows(self, form: QFormLayout, organization_hint: str) -> None:
        """The full name, sex and organisation rows; the sex is not chosen yet."""
        self.full_name = line_edit(
            self, "FullName", QCoreApplication.translate("Member", "Surname, name, patronymic"))
        self.sex = choice_box(self, "Sex", sex_names())
        self.sex.setPlaceholderText(QCoreApplication.translate("Member", "Choose…"))
        self.sex.setCurrentIndex(-1)
        self.organization = line_edit(self, "Organization", organization_hint)
        form.addRow(QCoreApplication.translate("Member", "&Full name:"), self.full_name)
        form.addRow(QCoreApplication.translate("Member", "&Sex:"), self.sex)
        form.addRow(QCoreApplication.translate("Member", "&Organisation:"), self.organization)

    def contact_rows(self, form: QFormLayout) -> None:
        """The phone and e-mail rows."""
        self.phone = line_edit(self, "Phone")
        self.email = line_edit(self, "Email")
        form.addRow(QCoreApplication.translate("Member", "P&hone:"), self.phone)
        form.addRow(QCoreApplication.translate("Member", "&E-mail:"), self.email)

    def fill_person(self, person: P) -> None:
        self.full_name.setText(person.full_name)
        self.sex.setCurrentIndex(self.sex.findData(person.sex))
        self.organization.setText(person.organization)
        self.phone.setText(person.phone or "")
        self.email.setText(person.email or "")

    def entered_person(self) -> dict:
        """The person's id and the five fields as entered (not validated)."""
        sex = self.sex.currentData()
        return dict(id=self.record.id if self.record else "",
                    full_name=one_line(self.full_name.text()),
                    sex=sex if sex in SEXES else "",
                    organization=self.organization.text().strip(),
                    phone=optional_text(self.phone.text()),
                    email=optional_text(self.email.text()))

    def contact_problems(self, person: P) -> list[str]:
        """What is wrong with the contacts (only an e-mail address can be checked)."""
        if person.email and not EMAIL.fullmatch(person.email):
            return [QCoreApplication.translate("Member", "The e-mail address is not valid.")]
        return []


class MemberDialog(PersonForm[Member]):
    """Add a member (`member` None) or edit one; writes on OK, keeps the dialog open on error.

    After a successful OK, `saved_id` holds the member's id (new ids come from the store).
    """

    kind = "member"
    adds = staticmethod(writes.add_member)
    updates = staticmethod(writes.update_member)

    def __init__(self, session: AppSession, member: Member | None = None, parent=None) -> None:
        super().__init__(session, "MemberDialog",
                         self.tr("Edit member") if member else self.tr("Add member"), parent)
        self.setMinimumWidth(520)

        form = self.fields
        self.person_rows(form, self.tr("The organisation that nominated the member"))
        self.role = choice_box(self, "Role", role_names(), "member")
        form.addRow(self.tr("&Role:"), self.role)
        self.start = date_edit(self, "Start", self._default_start())
        form.addRow(self.tr("Member &from:"), self.start)
        self.ended, self.end, end_row = optional_date(
            self, "End", session.today(), self.tr("The membership has ended"), "Ended")
        form.addRow(self.tr("Until:"), end_row)
        self.pin = line_edit(self, "Pin", self.tr("14 digits (optional)"))
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_DIGITS}}}"), self.pin)
        )
        form.addRow(self.tr("&Personal number (PIN):"), self.pin)
        self.contact_rows(form)
        self.show_record(member)
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

    def fresh(self, member: Member) -> Member | None:
        council = self.fresh_council()
        return council.member(member.id) if council else None

    def fill(self, member: Member) -> None:
        self.fill_person(member)
        self.role.setCurrentIndex(self.role.findData(member.role))
        self.start.setDate(to_qdate(member.start))
        self.ended.setChecked(member.end is not None)
        if member.end is not None:
            self.end.setDate(to_qdate(member.end))
        self.pin.setText(member.pin or "")

    # -- what was typed -------------------------------------------------------------------
    def entered(self) -> Member:
        role = self.role.currentData()
        return Member(
            **self.entered_person(),
            role=role if role in ROLES else "member",
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()) if self.ended.isChecked() else None,
            pin=optional_text(self.pin.text()),
        )

    def problems(self, member: Member) -> list[str]:
        problems = missing((member.full_name, self.tr("Enter the member's full name.")),
                           (member.sex, self.tr("Choose the member's sex.")),
                           (member.organization, self.tr("Enter the member's organisation.")))
        if member.end is not None and member.end < member.start:
            problems.append(self.tr("The membership cannot end before it starts."))
        if member.pin and len(member.pin) != PIN_DIGITS:
            problems.append(self.tr("A personal number (PIN) has 14 digits."))
        return problems + self.contact_problems(member)


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
