"""The Meetings tab: the council's sittings above, the selected one in detail below.

Every change goes through `store.meeting_writes` and then `session.notify_changed()`; the tab
refreshes from `session.changed`, keeping the selected sitting. Keys while the tab is shown:
Ins adds a sitting, Ctrl+P prints the minutes, Del (in the list) deletes a draft sitting.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.rules.records import Meeting
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.meetings.common import MeetingContext
from kenesh_desktop.ui.meetings.detail import MeetingDetail
from kenesh_desktop.ui.meetings.dialogs import MeetingDialog
from kenesh_desktop.ui.meetings.sittings import PLACE_COLUMN, MeetingTableModel
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordFilterProxy


class MeetingsTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingsTab")
        self.session = session
        self.meeting_id: str | None = None

        self.model = MeetingTableModel(session, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("MeetingTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest sitting first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PLACE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.columnCount() - 1,
                                    QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.model.columnCount() - 1, 220)

        self.add_button = QPushButton(self.tr("New sitting…"), self)
        self.add_button.setObjectName("AddMeetingButton")
        self.add_button.setToolTip(self.tr("Add a sitting (Ins)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("EditMeetingButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("DeleteMeetingButton")
        self.delete_button.setToolTip(self.tr("Delete a sitting entered by mistake (Del)"))
        title = QLabel(self.tr("Sittings"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.detail = MeetingDetail(session, self)

        tools = QHBoxLayout()
        tools.addWidget(title)
        tools.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
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
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda _index: self.edit_meeting())
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        session.changed.connect(self.refresh)
        self.refresh()

    def _actions(self) -> None:
        def action(text: str, keys: QKeySequence, slot, context) -> QAction:
            act = QAction(text, self)
            act.setShortcut(keys)
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            return act

        window = Qt.ShortcutContext.WindowShortcut
        self.add_action = action(self.tr("New sitting"), QKeySequence(Qt.Key.Key_Insert),
                                 self.add_meeting, window)
        self.print_action = action(self.tr("Print the minutes"),
                                   QKeySequence(QKeySequence.StandardKey.Print),
                                   self.detail.print_minutes, window)
        self.addAction(self.add_action)
        self.addAction(self.print_action)
        self.delete_action = action(self.tr("Delete sitting"),
                                    QKeySequence(QKeySequence.StandardKey.Delete),
                                    self.delete_meeting,
                                    Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.delete_action)

    # -- refresh and selection ---------------------------------------------------------------
    def refresh(self) -> None:
        council = self.session.council()
        self.setEnabled(council is not None)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.model.set_council(council)
        wanted = self.meeting_id
        if wanted is None or self.model.row_where(lambda m: m.id == wanted) < 0:
            # First look, or the sitting is gone: the latest sitting (the top row).
            wanted = self.proxy.record_at(0).id if self.proxy.rowCount() else None
        self._select(wanted)
        selection.blockSignals(False)
        self._show_selected()

    def selected_meeting(self) -> Meeting | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.record_at(rows[0].row()) if rows else None

    def _select(self, meeting_id: str | None) -> bool:
        row = -1 if meeting_id is None else self.model.row_where(lambda m: m.id == meeting_id)
        if row < 0:
            self.view.selectionModel().clearSelection()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

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
        ctx = MeetingContext(council, meeting) if council and meeting else None
        self.detail.set_context(ctx)
        draft = meeting is not None and not meeting.finalized
        self.edit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)

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
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_meeting(self) -> MeetingDialog | None:
        meeting = self.selected_meeting()
        if meeting is None or meeting.finalized:
            return None
        dialog = MeetingDialog(self.session, meeting, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_meeting(self) -> bool:
        meeting = self.selected_meeting()
        council_id = self.session.council_id
        if meeting is None or council_id is None:
            return False
        question = self.tr(
            "Delete sitting No. {number} with its attendance, agenda and votes?\n\nDelete "
            "only a sitting entered by mistake."
        ).format(number=meeting.number)
        if not ask.confirm(self, self.tr("Delete sitting"), question):
            return False
        try:
            mw.delete_meeting(council_id, meeting.id)
        except WriteError as exc:
            ask.warn(self, self.tr("Delete sitting"), str(exc))
            return False
        self.meeting_id = None
        self.session.notify_changed()
        return True
