"""The sitting's letter and calendar out of the window: the Art. 18 letter with the agenda
(documents.agenda_letter) saved as PDF and shown, then the offer to record the day it was
sent (the sitting's "agenda sent"); and sittings as an iCalendar file (one sitting from its
detail, all from the list) to import into a calendar program.

The documents' modules (reportlab, icalendar) are imported only when a file is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QWidget

from kenesh_desktop.lang.catalogue import fill
from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.deadlines import agenda_due
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import Council, Meeting
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.dialogs.forms import FormDialog, date_edit, from_qdate, wide_label
from kenesh_desktop.ui.meetings.common import MeetingContext
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import open_dialog


def write_letter(council: Council, meeting_id: str, path: Path, lang: str) -> None:
    from kenesh_desktop.documents.agenda_letter import build_agenda_letter

    build_agenda_letter(council, meeting_id, path, lang)


def write_calendar(council: Council, meetings: Sequence[Meeting], path: Path,
                   lang: str) -> None:
    from kenesh_desktop.documents.public_pack.ics import sittings_calendar, zone_of
    from kenesh_desktop.files import replacing

    data = sittings_calendar(council.id, council.name, meetings, lang,
                             zone=zone_of(council.followed_rulebook))
    with replacing(path) as temporary:
        temporary.write_bytes(data)


class AgendaSentDialog(FormDialog):
    """Record the day the agenda went to the state body (Art. 18: at least N days before the
    sitting), offered once the letter is saved; "Not now" leaves the record as it was."""

    def __init__(self, session: AppSession, ctx: MeetingContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, "AgendaSentDialog", self.tr("Agenda sent"), parent)
        self.ctx = ctx
        rb = ctx.council.followed_rulebook
        lang = session.language()
        meeting = ctx.meeting
        note = wide_label(self, "AgendaSentNote")
        note.setText(self.tr(
            "Record that the agenda of sitting No. {number} was sent to the state body? "
            "Art. {article}: it is due at least {days} before the sitting, by {due}."
        ).format(number=meeting.number, article=rb.article("state_body"),
                 days=format_days(rb.agenda_notice_days, lang),
                 due=format_date(agenda_due(meeting.date, rb), lang)))
        self.fields.insertRow(0, note)
        self.day = date_edit(self, "AgendaSentDay", meeting.agenda_sent or session.today())
        self.fields.addRow(self.tr("Sent on:"), self.day)
        self.ok_button().setText(self.tr("Record as sent"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Not now"))
        self.resize(460, self.sizeHint().height())

    def save(self) -> str | None:
        mw.set_agenda_sent(self.ctx.council_id, self.ctx.meeting_id, from_qdate(self.day.date()))
        return None

    def recorded_text(self) -> str:
        # fill: a Russian date ends with "г.", and so ends the sentence
        return fill(self.tr("Recorded: the agenda of sitting No. {number} was sent on {day}."),
                    {"number": self.ctx.meeting.number,
                     "day": format_date(from_qdate(self.day.date()), self.session.language())})


def save_letter(parent: QWidget, session: AppSession, ctx: MeetingContext,
                lang: str) -> Path | None:
    """Ask where, write the letter in `lang`, show it, and (for a sitting still editable)
    offer to record the agenda as sent. Returns the file written."""
    path = documents_export.export_document(
        parent, QCoreApplication.translate("SittingLetter", "Save the sitting's letter"),
        f"agenda-{ctx.council_id}-{ctx.meeting.number}-{lang}.pdf",
        lambda target: write_letter(ctx.council, ctx.meeting_id, target, lang))
    if path is None:
        return None
    documents_export.store_document_language(lang)
    if not ctx.read_only:
        dialog = AgendaSentDialog(session, ctx, parent)
        dialog.accepted.connect(lambda: _status(parent, dialog.recorded_text()))
        open_dialog(dialog)
    return path


def _status(parent: QWidget, message: str) -> None:
    """A message in the window's status bar, when the widget is inside the main window."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10000)


def save_calendar(parent: QWidget, council: Council, meetings: Sequence[Meeting],
                  lang: str, file_name: str) -> Path | None:
    """Ask where, and write `meetings` as an iCalendar file; the window's status bar says
    where it went. Returns the file written."""
    if not meetings:
        return None
    path = documents_export.export_document(
        parent, QCoreApplication.translate("SittingLetter", "Save the calendar file"),
        file_name, lambda target: write_calendar(council, meetings, target, lang),
        open_after=False, suffix=".ics")
    if path is not None:
        _status(parent, QCoreApplication.translate(
            "SittingLetter", "Saved {file}: open it with your calendar program (Outlook, "
            "Google Calendar, a phone's calendar) to add the sittings.").format(file=path.name))
    return path
