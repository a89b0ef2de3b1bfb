"""One sitting in detail: its heading, the live quorum, the minutes (PDF, Word copy, viewer,
printer, fingerprint) and extracts of an item, finalizing and reopening, and the Attendance /
Agenda / Discussion / Votes pages.

Finalizing (once the chair has signed) makes attendance, agenda and votes read-only: the
store refuses every edit, and the pages drop their edit flags and buttons. Reopening needs
a stated reason, recorded with the day.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.private_files import private_dir
from kenesh_desktop.rules.limits import safe_file_stem
from kenesh_desktop.rules.records import Meeting
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.access_gate import FINALIZE
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.elided import ElidedLabel
from kenesh_desktop.ui.meetings import letter, output
from kenesh_desktop.ui.meetings.agenda import AgendaPage
from kenesh_desktop.ui.meetings.attendance import AttendancePage
from kenesh_desktop.ui.meetings.common import MeetingContext, kind_names
from kenesh_desktop.ui.meetings.dialogs import ReopenDialog, VerifyFingerprintDialog
from kenesh_desktop.ui.meetings.discussion import DiscussionPage
from kenesh_desktop.ui.meetings.quorum_indicator import QuorumIndicator
from kenesh_desktop.ui.meetings.votes import VotesPage
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import SessionPart
from kenesh_desktop.ui.widgets import confirm_and_write, heading_label, open_dialog

BANNER_STYLE = "QLabel { background: #fff1d6; color: #6d4200; padding: 4px 8px; }"


class MeetingDetail(SessionPart):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, "MeetingDetail")
        self.ctx: MeetingContext | None = None
        # The last PDF written per sitting: (path, language, the record it was made from).
        self.exported: dict[str, tuple[Path, str, Meeting]] = {}

        self.heading = heading_label(self, "MeetingHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.attendance = AttendancePage(session, self)
        self.agenda = AgendaPage(session, self)
        self.discussion = DiscussionPage(session, self.agenda.model, self)
        self.votes = VotesPage(session, self.agenda.model, self)
        self.quorum = QuorumIndicator(session, self.attendance.model, self)

        self.finalize_button = QPushButton(self.tr("Finalize…"), self)
        self.finalize_button.setObjectName("FinalizeButton")
        self.finalize_button.setToolTip(self.tr(
            "Once the chair has signed the minutes: attendance, agenda and votes become "
            "read-only"))
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setObjectName("ReopenButton")
        # issue 19: a secretary or the chair finalizes and reopens; a reader does not
        session.gate.add(self.finalize_button, self.reopen_button, need=FINALIZE)
        self.language = documents_export.language_box(self, "MinutesLanguage",
                                                      documents_export.document_language())
        self.language.setToolTip(self.tr("Language of the minutes and the letter"))
        self.export_button = QPushButton(self.tr("Minutes PDF…"), self)
        self.export_button.setObjectName("ExportMinutesButton")
        self.word_button = QPushButton(self.tr("Word…"), self)
        self.word_button.setObjectName("ExportMinutesWordButton")
        self.word_button.setToolTip(self.tr(
            "An editable Word copy of the minutes (.docx), to correct or translate; the PDF "
            "stays the signed copy"))
        self.open_button = QPushButton(self.tr("Open PDF"), self)
        self.open_button.setObjectName("OpenMinutesButton")
        self.open_button.setToolTip(self.tr("Open the minutes in the system's PDF viewer"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("PrintMinutesButton")
        self.print_button.setToolTip(self.tr("Print the minutes (Ctrl+P)"))
        self.verify_button = QPushButton(self.tr("Verify fingerprint…"), self)
        self.verify_button.setObjectName("VerifyFingerprintButton")
        # Art. 18: the agenda to the state body, also the members' invitation; and the
        # sitting as a calendar event.
        self.letter_button = QPushButton(self.tr("Agenda letter…"), self)
        self.letter_button.setObjectName("AgendaLetterButton")
        self.letter_button.setToolTip(self.tr(
            "The letter with the agenda to the state body (PDF), also the members' invitation"))
        self.calendar_button = QPushButton(self.tr("Calendar…"), self)
        self.calendar_button.setObjectName("SittingCalendarButton")
        self.calendar_button.setToolTip(self.tr("The sitting as a calendar file (.ics)"))

        self.banner = QLabel(self.tr(
            "Finalized: the record is read-only. To correct it, reopen it and state why."), self)
        self.banner.setObjectName("MeetingReadOnly")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_label = ElidedLabel(self, "MinutesSaved", Qt.TextElideMode.ElideMiddle)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("MeetingPages")
        self.pages.addTab(self.attendance, self.tr("Attendance"))
        self.pages.addTab(self.agenda, self.tr("Agenda"))
        self.pages.addTab(self.discussion, self.tr("Discussion"))
        self.pages.addTab(self.votes, self.tr("Votes"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for widget in (self.letter_button, self.calendar_button, self.finalize_button,
                       self.reopen_button, self.verify_button):
            top.addWidget(widget)
        second = QHBoxLayout()
        second.addWidget(self.quorum, 1)
        second.addWidget(self.pdf_label)
        for widget in (self.language, self.export_button, self.word_button, self.open_button,
                       self.print_button):
            second.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)

        # Tab: from the list above, the sitting's buttons first, then its pages.
        chain = [self.finalize_button, self.reopen_button, self.verify_button, self.language,
                 self.export_button, self.open_button, self.print_button, self.pages]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button.clicked.connect(self.reopen)
        self.export_button.clicked.connect(self.export_minutes)
        self.word_button.clicked.connect(self.export_minutes_word)
        self.agenda.extract_pdf.triggered.connect(lambda: self.export_extract("pdf"))
        self.agenda.extract_docx.triggered.connect(lambda: self.export_extract("docx"))
        self.agenda.extract_preview.triggered.connect(self.preview_extract)
        self.open_button.clicked.connect(self.open_minutes)
        self.print_button.clicked.connect(self.print_minutes)
        self.verify_button.clicked.connect(self.verify_fingerprint)
        self.letter_button.clicked.connect(self.save_letter)
        self.calendar_button.clicked.connect(self.save_calendar)
        self.set_context(None)

    # -- showing a sitting ---------------------------------------------------------------------
    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        self.attendance.set_context(ctx)
        self.agenda.set_context(ctx)
        self.discussion.set_context(ctx)
        self.votes.set_context(ctx)
        self.pages.setEnabled(ctx is not None)
        self.heading.setText(self._heading(ctx.meeting) if ctx else
                             self.tr("Choose a sitting in the list, or add one."))
        finalized = ctx is not None and ctx.meeting.finalized
        self.banner.setVisible(finalized)
        if finalized:
            # Issue 17: the fingerprint the final minutes carry, shown once finalized.
            self.banner.setText(self.tr(
                "Finalized: the record is read-only. To correct it, reopen it and state why.")
                + "\n" + self.tr("Fingerprint of the record: {fingerprint}").format(
                    fingerprint=meeting_fingerprint(ctx.council, ctx.meeting)))
        for button in (self.export_button, self.word_button, self.open_button,
                       self.print_button, self.verify_button, self.language,
                       self.letter_button, self.calendar_button):
            button.setEnabled(ctx is not None)
        # A chair finalizes and reopens without changing the records (issue 19: the gate).
        self.finalize_button.setVisible(not finalized)
        self.finalize_button.setEnabled(ctx is not None and not finalized)
        self.reopen_button.setVisible(finalized)
        self.quorum.setVisible(ctx is not None)
        exported = self.exported.get(ctx.meeting_id) if ctx else None
        self.pdf_label.setText(self.tr("Saved: {file}").format(file=exported[0].name)
                               if exported else "")
        self.pdf_label.set_tip(str(exported[0]) if exported else "")

    def _heading(self, meeting: Meeting) -> str:
        lang = self.session.language()
        parts = [self.tr("Sitting No. {number}").format(number=meeting.number),
                 format_date(meeting.date, lang) + (f", {meeting.time}" if meeting.time else "")]
        if meeting.place:
            parts.append(meeting.place)
        kind = kind_names().get(meeting.kind, meeting.kind)
        if meeting.kind == "extraordinary" and meeting.called_by and self.ctx:
            caller = self.ctx.council.member(meeting.called_by)
            kind = self.tr("{kind}, called by {name}").format(
                kind=kind, name=caller.full_name if caller else meeting.called_by)
        parts.append(kind)
        return " · ".join(parts)

    # -- finalize, reopen, verify ---------------------------------------------------------------
    def finalize(self) -> bool:
        ctx = self.ctx
        if ctx is None or ctx.meeting.finalized or not self.session.may(FINALIZE):
            return False
        question = self.tr(
            "Finalize sitting No. {number}?\n\nDo this once the chair has signed the minutes. "
            "Attendance, agenda and votes become read-only, and the final minutes carry the "
            "record's fingerprint. Correcting it later needs a stated reason."
        ).format(number=ctx.meeting.number)
        return confirm_and_write(
            self, self.session, self.tr("Finalize sitting"), question,
            lambda: mw.finalize(ctx.council_id, ctx.meeting_id, today=self.session.today()))

    def reopen(self) -> ReopenDialog | None:
        if self.ctx is None or not self.ctx.meeting.finalized \
                or not self.session.may(FINALIZE):
            return None
        return open_dialog(ReopenDialog(self.session, self.ctx, self))

    def verify_fingerprint(self) -> VerifyFingerprintDialog | None:
        if self.ctx is None:
            return None
        return open_dialog(VerifyFingerprintDialog(self.ctx, self))

    # -- the minutes ------------------------------------------------------------------------------
    def minutes_language(self) -> str:
        return self.language.currentData() or "ky"

    def _writer(self, lang: str):
        ctx = self.ctx
        assert ctx is not None
        return lambda path: output.write_minutes_pdf(ctx.council, ctx.meeting_id, path, lang,
                                                     self.session.rulebook)

    def export_minutes(self) -> Path | None:
        """Ask where, write the minutes PDF in the chosen language; returns the file."""
        ctx = self.ctx
        if ctx is None:
            return None
        lang = self.minutes_language()
        path = documents_export.export_document(
            self, self.tr("Save the minutes"),
            f"minutes-{ctx.council_id}-{ctx.meeting.number}-{lang}.pdf", self._writer(lang),
            open_after=False)
        if path is None:
            return None
        documents_export.store_document_language(lang)
        self.exported[ctx.meeting_id] = (path, lang, ctx.meeting)
        self.set_context(ctx)
        return path

    def export_minutes_word(self) -> Path | None:
        """Ask where, write the Word copy of the minutes in the chosen language and open it."""
        ctx = self.ctx
        if ctx is None:
            return None
        lang = self.minutes_language()

        def write(path: Path) -> None:
            output.write_minutes(ctx.council, ctx.meeting_id, path, lang, self.session.rulebook)

        path = documents_export.export_document(
            self, self.tr("Save a Word copy of the minutes"),
            f"minutes-{ctx.council_id}-{ctx.meeting.number}-{lang}.docx", write, suffix=".docx")
        if path is not None:
            documents_export.store_document_language(lang)
        return path

    def export_extract(self, fmt: str) -> Path | None:
        """The extract of the agenda item selected on the Agenda page, as PDF or Word."""
        ctx, item = self.ctx, self.agenda.selected_index()
        if ctx is None or item is None:
            return None
        lang = self.minutes_language()

        def write(path: Path) -> None:
            output.write_extract(ctx.council, ctx.meeting_id, item, path, lang,
                                 self.session.rulebook)

        path = documents_export.export_document(
            self, self.tr("Save the extract from the minutes"),
            f"extract-{ctx.council_id}-{ctx.meeting.number}-{item + 1}-{lang}.{fmt}", write,
            suffix=f".{fmt}")
        if path is not None:
            documents_export.store_document_language(lang)
        return path

    def open_minutes(self) -> Path | None:
        """Open the minutes in the system viewer: the PDF saved last if the record and the
        language are unchanged since, otherwise a fresh copy in a temporary folder."""
        ctx = self.ctx
        if ctx is None:
            return None
        lang = self.minutes_language()
        saved = self.exported.get(ctx.meeting_id)
        if saved and saved[1] == lang and saved[2] == ctx.meeting and saved[0].exists():
            path = saved[0]
        else:
            # issue 16: in the program's private folder (0700, swept at the next start),
            # never the system's shared temporary folder; the name never built from raw ids.
            folder = private_dir("open")
            stem = safe_file_stem(f"minutes-{ctx.council_id}-{ctx.meeting.number}-{lang}")
            path = folder / f"{stem}.pdf"
            problem = documents_export.write_document(path, self._writer(lang),
                                                       remember=False)
            if problem:
                ask.warn(self, self.tr("Minutes"), problem)
                return None
        documents_export.show_document(self, self.tr("Minutes"), path)
        return path

    def preview_minutes(self):
        """The print preview of the minutes in the chosen language (the dialog)."""
        ctx = self.ctx
        if ctx is None:
            return None
        return output.preview_minutes(self, ctx.council, ctx.meeting, self.minutes_language(),
                                      self.session.rulebook)

    def preview_extract(self):
        """The print preview of the extract of the item selected on the Agenda page."""
        ctx, item = self.ctx, self.agenda.selected_index()
        if ctx is None or item is None:
            return None
        return output.preview_extract(self, ctx.council, ctx.meeting, item,
                                      self.minutes_language(), self.session.rulebook)

    # -- the letter and the calendar ----------------------------------------------------------
    def save_letter(self) -> Path | None:
        """The Art. 18 letter with the agenda in the chosen language; then the offer to record
        the agenda as sent."""
        if self.ctx is None:
            return None
        return letter.save_letter(self, self.session, self.ctx, self.minutes_language())

    def save_calendar(self) -> Path | None:
        ctx = self.ctx
        if ctx is None:
            return None
        return letter.save_calendar(
            self, ctx.council, [ctx.meeting], self.minutes_language(),
            f"sitting-{ctx.council_id}-{ctx.meeting.number}.ics")

    def print_minutes(self) -> bool:
        ctx = self.ctx
        if ctx is None:
            return False
        return output.print_minutes(self, ctx.council, ctx.meeting, self.minutes_language(),
                                    self.session.rulebook)
