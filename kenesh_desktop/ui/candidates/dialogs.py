"""The smaller dialogs of the Candidates tab: the competition's dates (announcing it), forming
the new composition, and the list of candidates as a PDF.

Each writes through the store on OK; a refused write is shown inside the dialog, which stays
open. Opened with `open()` (window modal, not blocking), so tests drive them as a user does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from kenesh_desktop.files import open_replacing
from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.deadlines import formed_due
from kenesh_desktop.rules.records import Competition, Council
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import i18n
from kenesh_desktop.ui.dialogs.member import date_edit, error_label, from_qdate, to_qdate
from kenesh_desktop.ui.session import AppSession


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CompetitionDialog(QDialog):
    """Announce the competition for the next composition (`competition` None) or change the
    dates of its announcement and of its publication in the media (Art. 14)."""

    def __init__(self, session: AppSession, competition: Competition | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CompetitionDialog")
        self.session = session
        self.competition = competition
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Competition dates") if competition
                            else self.tr("Announce the competition"))
        today = session.today()
        self.has_announced = QCheckBox(self.tr("Announced on"), self)
        self.has_announced.setObjectName("HasAnnounced")
        self.announced = date_edit(self, "Announced", today)
        self.has_published = QCheckBox(self.tr("Published in the media on"), self)
        self.has_published.setObjectName("HasPublished")
        self.published = date_edit(self, "Published", today)
        for check, edit in ((self.has_announced, self.announced),
                            (self.has_published, self.published)):
            check.toggled.connect(edit.setEnabled)
        announced = competition.announced if competition else today
        published = competition.published if competition else None
        self.has_announced.setChecked(announced is not None)
        self.announced.setEnabled(announced is not None)
        if announced is not None:
            self.announced.setDate(to_qdate(announced))
        self.has_published.setChecked(published is not None)
        self.published.setEnabled(published is not None)
        if published is not None:
            self.published.setDate(to_qdate(published))
        note = QLabel(self.tr(
            "Art. 14: the competition is announced at least {months} months before the term "
            "ends and published in the mass media; documents are accepted for {intake} month "
            "from the publication.").format(
            months=session.rulebook.announce_months_before_term_end,
            intake=session.rulebook.intake_months_after_publication), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.has_announced, self.announced)
        form.addRow(self.has_published, self.published)
        self.error = error_label(self)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        council_id = self.session.council_id
        if council_id is None:
            return
        announced = from_qdate(self.announced.date()) if self.has_announced.isChecked() else None
        published = from_qdate(self.published.date()) if self.has_published.isChecked() else None
        try:
            if self.competition is None:
                self.saved_id = cw.create_competition(council_id, announced, published)
            else:
                cw.update_competition(council_id, self.competition.id, announced, published)
                self.saved_id = self.competition.id
        except WriteError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.session.notify_changed()
        super().accept()


class FormCompositionDialog(QDialog):
    """Art. 14: the day the Commission formed the new composition, and what that does."""

    def __init__(self, session: AppSession, council: Council, competition: Competition,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FormCompositionDialog")
        self.session = session
        self.competition = competition
        self.setWindowTitle(self.tr("Form the new composition"))
        lang, rb = session.language(), session.rulebook
        summary = cw.forming_summary(council, competition, rb)
        self.due = formed_due(council.term_end, rb)
        # Today by default, never before the competition was announced or published.
        known = [d for d in (competition.announced, competition.published) if d is not None]
        self.formed = date_edit(self, "Formed", max([session.today(), *known]))
        what = QLabel(self.tr(
            "{n} selected candidates become members from {start}.\n"
            "The {m} memberships of the current composition end on {end}.\n"
            "The council's term becomes {start} – {new_end}."
        ).format(n=len(summary.new_members), m=len(summary.ending),
                 start=format_date(summary.new_term_start, lang),
                 end=format_date(council.term_end, lang),
                 new_end=format_date(summary.new_term_end, lang)), self)
        what.setObjectName("FormingSummary")
        what.setWordWrap(True)
        self.late_label = QLabel(self)
        self.late_label.setObjectName("FormingLate")
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet("color: #8a5300;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Formed by the Commission on:"), self))
        row.addWidget(self.formed)
        row.addStretch(1)
        self.error = error_label(self)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(row)
        layout.addWidget(self.late_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.formed.dateChanged.connect(self._show_late)
        self._show_late()
        self.setMinimumWidth(480)

    def _show_late(self) -> None:
        day = from_qdate(self.formed.date())
        if day > self.due:
            self.late_label.setText(self.tr(
                "Art. 14: the new composition is formed by {due}; this date is later and the "
                "checks will report it.").format(due=format_date(self.due,
                                                                 self.session.language())))
        else:
            self.late_label.setText("")
        self.late_label.setVisible(day > self.due)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_formed(self, day: dt.date) -> None:
        self.formed.setDate(to_qdate(day))

    def accept(self) -> None:
        council_id = self.session.council_id
        if council_id is None:
            return
        try:
            cw.form_composition(council_id, self.competition.id, from_qdate(self.formed.date()),
                                lang=self.session.language())
        except WriteError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.session.notify_changed()
        super().accept()


class CandidateListDialog(QDialog):
    """The language of the list for the Commission and whether it carries contacts."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CandidateListDialog")
        self.setWindowTitle(self.tr("List of candidates (PDF)"))
        self.language = QComboBox(self)
        self.language.setObjectName("ListLanguage")
        for lang in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(self.language.findData(session.language()))
        self.contacts = QCheckBox(self.tr("Include phone numbers and e-mail addresses"), self)
        self.contacts.setObjectName("IncludeContacts")
        self.contacts.setToolTip(self.tr("Contacts are personal data: include them only when "
                                         "the Commission needs them."))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.contacts)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def chosen(self) -> tuple[str, bool]:
        return self.language.currentData(), self.contacts.isChecked()


def write_pdf_safely(path: Path, write) -> None:
    """Call `write(file)` on a temporary file beside `path`, then rename it into place: a
    failure never leaves half a PDF under the chosen name."""
    with open_replacing(path, "wb") as out:
        write(out)
