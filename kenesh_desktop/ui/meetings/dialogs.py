"""The forms of the Meetings tab: a sitting, a guest, an agenda item, reopening a finalized
sitting, and checking a fingerprint typed from a paper copy.

The forms are `dialogs.forms.FormDialog`s: each writes through the store on OK; a refused
write is shown in the dialog, which stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.documents.fingerprint import FINGERPRINT_LENGTH, fingerprint_matches
from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules.records import AgendaItem, Guest, Meeting
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui.access_gate import FINALIZE
from kenesh_desktop.ui.dialogs.forms import (
    FormDialog,
    choice_box,
    date_edit,
    from_qdate,
    line_edit,
)
from kenesh_desktop.ui.meetings.common import (
    OK,
    STATE_STYLE,
    VIOLATION,
    MeetingContext,
    guest_category_names,
    kind_names,
    proposer_names,
)
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import set_state

T = TypeVar("T")

DEFAULT_TIME = "10:00"


class MeetingDialog(FormDialog):
    """A new sitting (`meeting` None: the next number, today, the last place) or its
    particulars. An extraordinary sitting names the member who called it (Art. 17)."""

    def __init__(self, session: AppSession, meeting: Meeting | None = None, parent=None) -> None:
        title = self.tr("Edit sitting") if meeting else self.tr("New sitting")
        super().__init__(session, "MeetingDialog", title, parent)
        self.setMinimumWidth(520)
        self.meeting = meeting
        self.saved_id: str | None = None
        council = session.council()
        assert council is not None
        self.council = council
        last = council.meetings[-1] if council.meetings else None

        self.number = QSpinBox(self)
        self.number.setObjectName("MeetingNumber")
        self.number.setRange(1, 9999)
        self.number.setValue(meeting.number if meeting else mw.next_meeting_number(council.id))
        self.date = date_edit(self, "MeetingDate", meeting.date if meeting else session.today())
        self.time = QTimeEdit(self)
        self.time.setObjectName("MeetingTime")
        self.time.setDisplayFormat("HH:mm")
        time = (meeting.time if meeting else (last.time if last else None)) or DEFAULT_TIME
        self.time.setTime(QTime.fromString(time, "HH:mm"))
        self.place = line_edit(self, "MeetingPlace",
                               text=meeting.place if meeting else (last.place if last else ""))
        self.kind = choice_box(self, "MeetingKind", kind_names(),
                               meeting.kind if meeting else "regular")
        self.called_by = QComboBox(self)
        self.called_by.setObjectName("CalledBy")
        self.called_by.setPlaceholderText(self.tr("Choose the member…"))

        self.fields.addRow(self.tr("&Number:"), self.number)
        self.fields.addRow(self.tr("&Date:"), self.date)
        self.fields.addRow(self.tr("&Time:"), self.time)
        self.fields.addRow(self.tr("&Place:"), self.place)
        self.fields.addRow(self.tr("&Kind:"), self.kind)
        self.fields.addRow(self.tr("&Called by (Art. {article}):").format(
            article=self.session.rulebook.article("sittings")), self.called_by)
        self._fill_callers(meeting.called_by if meeting else None)
        self.date.dateChanged.connect(lambda _d: self._fill_callers(self.called_by.currentData()))
        self.kind.currentIndexChanged.connect(lambda _i: self._update_called_by())
        self._update_called_by()
        if meeting is not None:  # issue 19: its version, then the sitting as it is
            self.watch("meeting", council.id, meeting.id)
            self.reload()

    def reload(self) -> None:
        """The sitting as it now is, after someone else changed it (issue 19)."""
        council = self.fresh_council()
        meeting = council.meeting(self.meeting.id) if council else None
        if meeting is None:
            return
        self.council, self.meeting = council, meeting
        self.number.setValue(meeting.number)
        self.date.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
        self.time.setTime(QTime.fromString(meeting.time or DEFAULT_TIME, "HH:mm"))
        self.place.setText(meeting.place)
        self.kind.setCurrentIndex(self.kind.findData(meeting.kind))
        self._fill_callers(meeting.called_by)
        self._update_called_by()

    def _fill_callers(self, chosen: str | None) -> None:
        """A member active on the sitting's date may call it."""
        day = from_qdate(self.date.date())
        members = sorted(self.council.active_members(day),
                         key=lambda m: kyrgyz_sort_key(m.full_name))
        self.called_by.clear()
        for member in members:
            self.called_by.addItem(member.full_name, member.id)
        self.called_by.setCurrentIndex(self.called_by.findData(chosen) if chosen else -1)

    def _update_called_by(self) -> None:
        self.called_by.setEnabled(self.kind.currentData() == "extraordinary")

    def save(self) -> None:
        kind = self.kind.currentData()
        called_by = self.called_by.currentData() if kind == "extraordinary" else None
        if kind == "extraordinary" and not called_by:
            raise WriteError(self.tr("Art. {article}: an extraordinary sitting is called by a "
                                     "member; choose who called it.").format(
                article=self.session.rulebook.article("sittings")))
        fields = dict(date=from_qdate(self.date.date()), time=self.time.time().toString("HH:mm"),
                      place=self.place.text(), kind=kind, called_by=called_by,
                      number=self.number.value())
        if self.meeting is None:
            self.saved_id = mw.create_meeting(self.council.id, **fields)
        else:
            mw.update_meeting(self.council.id, self.meeting.id, **fields)
            self.saved_id = self.meeting.id


class GuestDialog(FormDialog):
    """A guest of an open sitting (Art. 17): add (`index` None) or edit."""

    def __init__(self, session: AppSession, ctx: MeetingContext, index: int | None,
                 guest: Guest | None, parent=None) -> None:
        super().__init__(session, "GuestDialog",
                         self.tr("Edit guest") if guest else self.tr("Add guest"), parent)
        self.setMinimumWidth(460)
        self.ctx, self.index = ctx, index
        self.full_name = line_edit(self, "GuestName")
        self.organization = line_edit(self, "GuestOrganization")
        self.category = choice_box(self, "GuestCategory", guest_category_names(), "citizen")
        self.fields.addRow(self.tr("&Full name:"), self.full_name)
        self.fields.addRow(self.tr("&Organisation:"), self.organization)
        self.fields.addRow(self.tr("&Category:"), self.category)
        if index is not None:
            self.watch_if_there("guest", ctx.council_id, (ctx.meeting_id, index))
        self.fill(placed(self, lambda m: m.guests, index) or guest)

    def fill(self, guest: Guest | None) -> None:
        if guest is not None:
            self.full_name.setText(guest.full_name)
            self.organization.setText(guest.organization)
            self.category.setCurrentIndex(self.category.findData(guest.category))

    def reload(self) -> None:
        self.fill(placed(self, lambda m: m.guests, self.index))

    def save(self) -> None:
        guest = Guest(self.full_name.text(), self.organization.text(),
                      self.category.currentData())
        if not guest.full_name.strip():
            raise WriteError(self.tr("Enter the guest's name."))
        if self.index is None:
            mw.add_guest(self.ctx.council_id, self.ctx.meeting_id, guest)
        else:
            mw.update_guest(self.ctx.council_id, self.ctx.meeting_id, self.index, guest)


def placed(form: FormDialog, rows: Callable[[Meeting], list[T]], index: int | None) -> T | None:
    """The guest, agenda item or speaker at `index` of the form's sitting as the database
    holds it now (read after `watch`, so a change in between refuses the save), or None."""
    council = form.fresh_council() if index is not None else None
    meeting = council.meeting(form.ctx.meeting_id) if council is not None else None
    found = rows(meeting) if meeting is not None else []
    return found[index] if index is not None and 0 <= index < len(found) else None


class AgendaItemDialog(FormDialog):
    """An agenda item: title, speaker, who proposed it (Art. 18: the state body may), what
    was heard and what was decided. `saved_index` is its place after OK."""

    def __init__(self, session: AppSession, ctx: MeetingContext, index: int | None,
                 item: AgendaItem | None, parent=None) -> None:
        super().__init__(session, "AgendaItemDialog",
                         self.tr("Edit agenda item") if item else self.tr("Add agenda item"),
                         parent)
        self.setMinimumWidth(600)
        self.ctx, self.index = ctx, index
        self.saved_index: int | None = None
        self.title = line_edit(self, "ItemTitle")
        self.speaker = line_edit(self, "ItemSpeaker")
        self.proposed_by = choice_box(self, "ItemProposedBy", proposer_names(), "council")
        self.heard = QPlainTextEdit(self)
        self.heard.setObjectName("ItemHeard")
        self.heard.setTabChangesFocus(True)
        self.decision = QPlainTextEdit(self)
        self.decision.setObjectName("ItemDecision")
        self.decision.setTabChangesFocus(True)
        for edit in (self.heard, self.decision):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
        self.fields.addRow(self.tr("&Title:"), self.title)
        self.fields.addRow(self.tr("&Speaker:"), self.speaker)
        self.fields.addRow(self.tr("&Proposed by:"), self.proposed_by)
        self.fields.addRow(self.tr("&Heard:"), self.heard)
        self.fields.addRow(self.tr("&Decided:"), self.decision)
        if index is not None:
            self.watch_if_there("agenda_item", ctx.council_id, (ctx.meeting_id, index))
        self.fill(placed(self, lambda m: m.items, index) or item)
        self.title.setFocus()

    def fill(self, item: AgendaItem | None) -> None:
        if item is not None:
            self.title.setText(item.title)
            self.speaker.setText(item.speaker)
            self.proposed_by.setCurrentIndex(self.proposed_by.findData(item.proposed_by))
            self.heard.setPlainText(item.heard)
            self.decision.setPlainText(item.decision)

    def reload(self) -> None:
        self.fill(placed(self, lambda m: m.items, self.index))

    def entered_item(self) -> AgendaItem:
        return AgendaItem(title=self.title.text(), proposed_by=self.proposed_by.currentData(),
                          decision=self.decision.toPlainText(), speaker=self.speaker.text(),
                          heard=self.heard.toPlainText())

    def save(self) -> None:
        item = self.entered_item()
        if not item.title.strip():
            raise WriteError(self.tr("Enter the item's title."))
        if self.index is None:
            self.saved_index = mw.add_agenda_item(self.ctx.council_id, self.ctx.meeting_id, item)
        else:
            mw.update_agenda_item(self.ctx.council_id, self.ctx.meeting_id, self.index, item)
            self.saved_index = self.index


class ReopenDialog(FormDialog):
    """Reopen a finalized sitting: the reason is required and kept with today's date."""

    needs = FINALIZE  # the chair may reopen (issue 19)

    def __init__(self, session: AppSession, ctx: MeetingContext, parent=None) -> None:
        super().__init__(session, "ReopenDialog", self.tr("Reopen sitting"), parent)
        self.setMinimumWidth(480)
        self.ctx = ctx
        note = QLabel(self.tr(
            "Sitting No. {number} is finalized. Reopen it only to correct the record; the "
            "reason and today's date are kept with it and shown in the list."
        ).format(number=ctx.meeting.number), self)
        note.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("ReopenReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the record must be corrected"))
        self.fields.addRow(note)
        self.fields.addRow(self.tr("&Reason:"), self.reason)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.reason.toPlainText().strip()))

    def save(self) -> None:
        mw.reopen(self.ctx.council_id, self.ctx.meeting_id, self.reason.toPlainText(),
                  on=self.session.today())


class VerifyFingerprintDialog(QDialog):
    """Type the fingerprint printed on a finalized copy; told at once whether it matches the
    sitting's record as it is now (documents.fingerprint)."""

    def __init__(self, ctx: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerifyFingerprintDialog")
        self.setWindowTitle(self.tr("Verify fingerprint"))
        self.setMinimumWidth(480)
        self.setStyleSheet(STATE_STYLE)
        self.ctx = ctx
        intro = QLabel(self.tr(
            "Type the fingerprint printed at the foot of the minutes of sitting No. {number}:"
        ).format(number=ctx.meeting.number), self)
        intro.setWordWrap(True)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("FingerprintInput")
        self.fingerprint.setMaxLength(FINGERPRINT_LENGTH + 8)
        self.fingerprint.setPlaceholderText("0123456789ab")
        self.result = QLabel(self)
        self.result.setObjectName("FingerprintResult")
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.fingerprint.textChanged.connect(self.check)
        self.check()

    def check(self) -> bool | None:
        """True when it matches, False when not, None while too short to tell."""
        typed = self.fingerprint.text().strip()
        if len(typed) < FINGERPRINT_LENGTH:
            self.result.setText(self.tr("A fingerprint has {n} characters (0–9, a–f).").format(
                n=FINGERPRINT_LENGTH))
            set_state(self.result, "")
            return None
        if fingerprint_matches(self.ctx.council, self.ctx.meeting, typed):
            self.result.setText(self.tr(
                "✓ It matches: the record of sitting No. {number} says what that copy says."
            ).format(number=self.ctx.meeting.number))
            set_state(self.result, OK)
            return True
        self.result.setText(self.tr(
            "✗ It does not match the record as it is now: the record was changed after that "
            "copy was printed, or the fingerprint was mistyped."))
        set_state(self.result, VIOLATION)
        return False

