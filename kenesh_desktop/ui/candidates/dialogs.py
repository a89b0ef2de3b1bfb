"""The smaller dialogs of the Candidates tab: the competition's dates (announcing it), forming
the new composition, and the list of candidates as a PDF.

Each is a `dialogs.forms.FormDialog`: it writes through the store on OK; a refused write is
shown inside the dialog, which stays open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.deadlines import formed_due
from kenesh_desktop.rules.records import Competition, Council
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store import forming
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.dialogs.forms import FormDialog, date_edit, from_qdate, to_qdate
from kenesh_desktop.ui.session import AppSession


class CompetitionDialog(FormDialog):
    """Announce the competition for the next composition (`competition` None) or change the
    dates of its announcement and of its publication in the media (Art. 14)."""

    def __init__(self, session: AppSession, competition: Competition | None = None,
                 parent=None) -> None:
        super().__init__(session, "CompetitionDialog",
                         self.tr("Competition dates") if competition
                         else self.tr("Announce the competition"), parent, with_form=False)
        if competition is not None and session.council_id:
            # issue 19: saved only over the dates shown, read after their version
            self.watch("competition", session.council_id, competition.id)
            competition = self._fresh(competition)
        self.competition = competition
        self.saved_id: str | None = None
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
        self._fill(competition.announced if competition else today,
                   competition.published if competition else None)
        note = QLabel(self.tr(
            "Art. {article}: the competition is announced at least {months} months before the "
            "term ends and published in the mass media; documents are accepted for {intake} "
            "month from the publication.").format(
            article=session.rulebook.article("composition"),
            months=session.rulebook.announce_months_before_term_end,
            intake=session.rulebook.intake_months_after_publication), self)
        note.setWordWrap(True)
        self.fields.addRow(self.has_announced, self.announced)
        self.fields.addRow(self.has_published, self.published)
        self.add(note, self.fields)
        self.setMinimumWidth(460)

    def _fill(self, announced, published) -> None:
        self.has_announced.setChecked(announced is not None)
        self.announced.setEnabled(announced is not None)
        if announced is not None:
            self.announced.setDate(to_qdate(announced))
        self.has_published.setChecked(published is not None)
        self.published.setEnabled(published is not None)
        if published is not None:
            self.published.setDate(to_qdate(published))

    def _fresh(self, competition: Competition) -> Competition:
        council = self.fresh_council()
        found = [c for c in council.competitions if c.id == competition.id] if council else []
        return found[0] if found else competition

    def reload(self) -> None:
        """The dates as they now are, after someone else changed them (issue 19)."""
        if self.competition is not None:
            self.competition = self._fresh(self.competition)
            self._fill(self.competition.announced, self.competition.published)

    def save(self) -> str | None:
        council_id = self.session.council_id
        if council_id is None:
            return None
        announced = from_qdate(self.announced.date()) if self.has_announced.isChecked() else None
        published = from_qdate(self.published.date()) if self.has_published.isChecked() else None
        if self.competition is None:
            self.saved_id = cw.create_competition(council_id, announced, published,
                                                  today=self.session.today())
        else:
            cw.update_competition(council_id, self.competition.id, announced, published)
            self.saved_id = self.competition.id
        return None


class FormCompositionDialog(FormDialog):
    """Art. 14: the day the Commission formed the new composition, and what that does: the
    next term beside the one in force (store/forming.py), said again as the day changes."""

    def __init__(self, session: AppSession, council: Council, competition: Competition,
                 parent=None) -> None:
        super().__init__(session, "FormCompositionDialog", self.tr("Form the new composition"),
                         parent, with_form=False)
        self.competition = competition
        self.council = council
        self.due: dt.date | None = None
        # Today by default, never before the competition was announced or published.
        known = [d for d in (competition.announced, competition.published) if d is not None]
        self.formed = date_edit(self, "Formed", max([session.today(), *known]))
        what = QLabel(self)
        what.setObjectName("FormingSummary")
        what.setWordWrap(True)
        self.what = what
        self.late_label = QLabel(self)
        self.late_label.setObjectName("FormingLate")
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet("color: #8a5300;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Formed by the Commission on:"), self))
        row.addWidget(self.formed)
        row.addStretch(1)
        self.add(what, row, self.late_label)
        self.formed.dateChanged.connect(self._show_summary)
        self._show_summary()
        self.setMinimumWidth(480)

    def _show_summary(self) -> None:
        """What forming on the chosen day does, and whether that day is late (Art. 14)."""
        lang, rb = self.session.language(), self.session.rulebook
        day = from_qdate(self.formed.date())
        summary = forming.forming_summary(self.council, self.competition, rb, day)
        lines = [self.tr("{n} selected candidates become members from {start}.").format(
            n=len(summary.new_members), start=format_date(summary.new_term_start, lang))]
        if summary.ending_on is not None and summary.ending_on >= day:
            lines.append(self.tr(
                "The current composition stays in force until {end}: its {m} memberships "
                "end that day.").format(m=len(summary.ending),
                                        end=format_date(summary.ending_on, lang)))
        elif summary.ending_on is not None:
            lines.append(self.tr(
                "The previous composition's term ended on {end}: its {m} memberships still "
                "open end that day.").format(m=len(summary.ending),
                                             end=format_date(summary.ending_on, lang)))
        lines.append(self.tr("The next term: {start} – {new_end}.").format(
            start=format_date(summary.new_term_start, lang),
            new_end=format_date(summary.new_term_end, lang)))
        self.what.setText("\n".join(lines))
        term = summary.term_in_force
        self.due = formed_due(term.end, rb) if term is not None else None
        late = self.due is not None and day > self.due
        self.late_label.setText(self.tr(
            "Art. {article}: the new composition is formed by {due}; this date is later and "
            "the checks will report it.").format(article=rb.article("composition"),
                                                 due=format_date(self.due, lang))
            if late else "")
        self.late_label.setVisible(late)

    def set_formed(self, day: dt.date) -> None:
        self.formed.setDate(to_qdate(day))

    def save(self) -> str | None:
        council_id = self.session.council_id
        if council_id is not None:
            forming.form_composition(council_id, self.competition.id,
                                     from_qdate(self.formed.date()),
                                     lang=self.session.language())
        return None


class CandidateListDialog(FormDialog):
    """The language of the list for the Commission and whether it carries contacts."""

    notify_on_save = False  # it only asks; the tab writes the document
    needs = None

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(session, "CandidateListDialog", self.tr("List of candidates (PDF)"),
                         parent)
        self.language = documents_export.language_box(self, "ListLanguage", session.language())
        self.contacts = QCheckBox(self.tr("Include phone numbers and e-mail addresses"), self)
        self.contacts.setObjectName("IncludeContacts")
        self.contacts.setToolTip(self.tr("Contacts are personal data: include them only when "
                                         "the Commission needs them."))
        self.fields.addRow(self.tr("&Language:"), self.language)
        self.fields.addRow("", self.contacts)

    def save(self) -> str | None:
        return None

    def chosen(self) -> tuple[str, bool]:
        return self.language.currentData(), self.contacts.isChecked()

