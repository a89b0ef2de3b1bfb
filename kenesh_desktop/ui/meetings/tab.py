"""The Meetings tab: the council's sittings above, the selected one in detail below.

Every change goes through `store.meeting_writes` and then `session.notify_changed()`; the tab
refreshes from `session.changed`, keeping the selected sitting. Keys while the tab is shown:
Ins adds a sitting, Del (in the list) deletes a draft sitting; the window's Sitting menu
(ui/sitting_actions.py) has the keys of the minutes (Ctrl+S, Ctrl+P, Ctrl+Shift+P).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from kenesh_desktop.rules.records import Meeting
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.ui.meetings import letter
from kenesh_desktop.ui.meetings.common import MeetingContext
from kenesh_desktop.ui.meetings.detail import MeetingDetail
from kenesh_desktop.ui.meetings.dialogs import MeetingDialog
from kenesh_desktop.ui.meetings.sittings import PLACE_COLUMN, MeetingTableModel
from kenesh_desktop.ui.record_tab import Deletion, RecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordFilterProxy
from kenesh_desktop.ui.widgets import heading_label, push_button, tool_row


class MeetingsTab(RecordTab):
    navigation_kind = "meeting"
    history_kind = "meeting"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, parent, kind="Meeting", model=MeetingTableModel(session),
            proxy=RecordFilterProxy(), row_padding=8, words=RecordWords(
                add=self.tr("New sitting…"), add_tip=self.tr("Add a sitting (Ins)"),
                add_key=self.tr("New sitting"), edit_key=self.tr("Edit sitting"),
                delete_key=self.tr("Delete sitting"),
                delete_tip=self.tr("Delete a sitting entered by mistake (Del)")))
        self.setObjectName("MeetingsTab")
        self.model.setParent(self)
        self.proxy.setParent(self)  # type: ignore[union-attr]
        self.meeting_id: str | None = None
        self.view.sort_by(0, Qt.SortOrder.DescendingOrder)  # the latest sitting first
        self.view.fit_columns(stretch=[PLACE_COLUMN], widths={self.model.columnCount() - 1: 220})

        self.history_button = push_button(self, self.tr("History…"), "MeetingHistoryButton",
                                          self.tr("Every change of the sitting's record"))
        self.calendar_button = push_button(
            self, self.tr("Calendar…"), "SittingsCalendarButton",
            self.tr("Every sitting as one calendar file (.ics) for Outlook or a phone"))
        title = heading_label(self, "SittingsTitle", self.tr("Sittings"))
        title.setWordWrap(False)

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

        self.history_button.clicked.connect(self.show_history)
        self.calendar_button.clicked.connect(self.save_calendar)
        self.refresh()

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

    def editable(self, meeting: Meeting | None = None) -> bool:
        """Sittings are added to a council; only a draft is changed or deleted."""
        if meeting is None:
            return self.session.council_id is not None
        return not meeting.finalized

    def _select(self, meeting_id: str | None) -> bool:
        row = -1 if meeting_id is None else self.row_of(meeting_id)
        if self.view.select_source_row(row):
            return True
        self.view.selectionModel().clearSelection()
        return False

    def select_record(self, meeting_id: str, reveal: bool = True) -> bool:
        found = self._select(meeting_id)
        self._show_selected()
        return found

    def selection_changed(self, *_args) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        meeting = self.selected_record()
        council = self.session.council()
        self.meeting_id = meeting.id if meeting else None
        ctx = (MeetingContext(council, meeting, editable=self.session.may())
               if council and meeting else None)
        self.detail.set_context(ctx)
        self.update_buttons()
        self.history_button.setEnabled(meeting is not None)

    # -- actions ------------------------------------------------------------------------------
    def dialog(self, meeting: Meeting | None) -> MeetingDialog:
        return MeetingDialog(self.session, meeting, self)

    def history_subject(self, meeting: Meeting) -> str:
        """Issue 9: every change of the sitting (attendance, agenda, votes too)."""
        return self.tr("sitting No. {number}").format(number=meeting.number)

    def save_calendar(self) -> Path | None:
        """Every sitting of the council as one calendar file, in the documents' language."""
        council = self.session.council()
        if council is None:
            return None
        return letter.save_calendar(self, council, council.meetings,
                                    self.detail.minutes_language(),
                                    f"sittings-{council.id}.ics")

    def deletion(self, meeting: Meeting, council_id: str) -> Deletion:
        question = self.tr(
            "Delete sitting No. {number} with its attendance, agenda and votes?\n\nDelete "
            "only a sitting entered by mistake."
        ).format(number=meeting.number)
        # The deleted sitting is gone from the list at the refresh: the latest is shown.
        return Deletion(self.tr("Delete sitting"), question,
                        lambda: mw.delete_meeting(council_id, meeting.id))
