"""The Meetings tab: the council's sittings above, the selected one in detail below.

Every change goes through `store.meeting_writes` and then `session.notify_changed()`; the tab
refreshes from `session.changed`, keeping the selected sitting. Keys while the tab is shown:
Ins adds a sitting, Del (in the list) deletes a draft sitting; the window's Sitting menu
(ui/sitting_actions.py) has the keys of the minutes (Ctrl+S, Ctrl+P, Ctrl+Shift+P).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kenesh_desktop.rules.records import Meeting
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.ui import audit_view
from kenesh_desktop.ui.meetings import letter
from kenesh_desktop.ui.meetings.common import MeetingContext
from kenesh_desktop.ui.meetings.detail import MeetingDetail
from kenesh_desktop.ui.meetings.dialogs import MeetingDialog
from kenesh_desktop.ui.meetings.sittings import PLACE_COLUMN, MeetingTableModel
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordFilterProxy
from kenesh_desktop.ui.widgets import (
    TABLE_ONLY,
    RecordTable,
    confirm_and_write,
    open_dialog,
    push_button,
    shortcut,
    tool_row,
)


class MeetingsTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingsTab")
        self.session = session
        self.meeting_id: str | None = None

        self.model = MeetingTableModel(session, self)
        self.proxy = RecordFilterProxy(self)
        self.view = RecordTable(self, "MeetingTable", self.model, self.proxy, row_padding=8)
        self.view.sort_by(0, Qt.SortOrder.DescendingOrder)  # the latest sitting first
        self.view.fit_columns(stretch=[PLACE_COLUMN], widths={self.model.columnCount() - 1: 220})

        self.add_button = push_button(self, self.tr("New sitting…"), "AddMeetingButton",
                                      self.tr("Add a sitting (Ins)"))
        self.edit_button = push_button(self, self.tr("Edit…"), "EditMeetingButton")
        self.delete_button = push_button(self, self.tr("Delete"), "DeleteMeetingButton",
                                         self.tr("Delete a sitting entered by mistake (Del)"))
        self.history_button = push_button(self, self.tr("History…"), "MeetingHistoryButton",
                                          self.tr("Every change of the sitting's record"))
        self.calendar_button = push_button(
            self, self.tr("Calendar…"), "SittingsCalendarButton",
            self.tr("Every sitting as one calendar file (.ics) for Outlook or a phone"))
        title = QLabel(self.tr("Sittings"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.detail = MeetingDetail(session, self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tool_row(title, buttons=(
            self.add_button, self.edit_button, self.delete_button, self.history_button,
            self.calendar_button)))
        top_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("MeetingsSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        # About seven sittings in view above; the sitting's detail takes the rest.
        row = self.view.verticalHeader().defaultSectionSize()
        self.splitter.setSizes([row * 9, row * 20])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._actions()
        # issue 19: off where the login may only read the council
        session.gate.add(self.add_button, self.delete_button, self.add_action,
                         self.delete_action)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _index: self.edit_meeting())
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.history_button.clicked.connect(self.show_history)
        self.calendar_button.clicked.connect(self.save_calendar)
        session.changed.connect(self.refresh)
        self.refresh()

    def _actions(self) -> None:
        self.add_action = shortcut(self, self.tr("New sitting"), Qt.Key.Key_Insert,
                                   self.add_meeting)
        self.delete_action = shortcut(self.view, self.tr("Delete sitting"),
                                      QKeySequence.StandardKey.Delete, self.delete_meeting,
                                      TABLE_ONLY)
        self.history_action = shortcut(self.view, self.tr("History…"), "Ctrl+H",
                                       self.show_history, TABLE_ONLY)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- refresh and selection ---------------------------------------------------------------
    def refresh(self) -> None:
        council = self.session.council()
        self.setEnabled(council is not None)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.model.set_council(council)
        self.calendar_button.setEnabled(bool(council and council.meetings))
        wanted = self.meeting_id
        if wanted is None or self.model.row_where(lambda m: m.id == wanted) < 0:
            # First look, or the sitting is gone: the latest sitting (the top row).
            wanted = self.proxy.record_at(0).id if self.proxy.rowCount() else None
        self._select(wanted)
        selection.blockSignals(False)
        self._show_selected()

    def selected_meeting(self) -> Meeting | None:
        return self.view.selected_record()

    def _select(self, meeting_id: str | None) -> bool:
        row = -1 if meeting_id is None else self.model.row_where(lambda m: m.id == meeting_id)
        if self.view.select_source_row(row):
            return True
        self.view.selectionModel().clearSelection()
        return False

    def select_meeting(self, meeting_id: str) -> bool:
        found = self._select(meeting_id)
        self._show_selected()
        return found

    def _selection_changed(self, *_args) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        meeting = self.selected_meeting()
        council = self.session.council()
        self.meeting_id = meeting.id if meeting else None
        ctx = (MeetingContext(council, meeting, editable=self.session.may())
               if council and meeting else None)
        self.detail.set_context(ctx)
        draft = meeting is not None and not meeting.finalized
        self.edit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.delete_action.setEnabled(draft)
        self.history_button.setEnabled(meeting is not None)
        self.history_action.setEnabled(meeting is not None)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation (Overview, proposals): a sitting by its id."""
        if kind != "meeting":
            return False
        found = self.select_meeting(record_id)
        if found:
            self.view.setFocus()
        return found

    # -- actions ------------------------------------------------------------------------------
    def add_meeting(self) -> MeetingDialog | None:
        if self.session.council() is None:
            return None
        dialog = MeetingDialog(self.session, None, self)
        dialog.accepted.connect(lambda: self.select_meeting(dialog.saved_id or ""))
        return open_dialog(dialog)

    def edit_meeting(self) -> MeetingDialog | None:
        meeting = self.selected_meeting()
        if meeting is None or meeting.finalized:
            return None
        return open_dialog(MeetingDialog(self.session, meeting, self))

    def show_history(self) -> audit_view.HistoryDialog | None:
        """Issue 9: every change of the selected sitting (attendance, agenda, votes too)."""
        meeting, council_id = self.selected_meeting(), self.session.council_id
        if meeting is None or council_id is None:
            return None
        return audit_view.show_history(
            self, self.session, "meeting", council_id, meeting.id,
            self.tr("sitting No. {number}").format(number=meeting.number))

    def save_calendar(self) -> Path | None:
        """Every sitting of the council as one calendar file, in the documents' language."""
        council = self.session.council()
        if council is None:
            return None
        return letter.save_calendar(self, council, council.meetings,
                                    self.detail.minutes_language(),
                                    f"sittings-{council.id}.ics")

    def delete_meeting(self) -> bool:
        meeting = self.selected_meeting()
        council_id = self.session.council_id
        if meeting is None or council_id is None:
            return False
        question = self.tr(
            "Delete sitting No. {number} with its attendance, agenda and votes?\n\nDelete "
            "only a sitting entered by mistake."
        ).format(number=meeting.number)
        # The deleted sitting is gone from the list at the refresh: the latest is shown.
        return confirm_and_write(self, self.session, self.tr("Delete sitting"), question,
                                 lambda: mw.delete_meeting(council_id, meeting.id))
