"""Attendance of a sitting (Art. 17): one row per member on the sitting's date, present or
absent with a reason, the live quorum indicator, the state body's representative and guests.

A click on a "present" box writes through the store, changes the row in place and emits
`dataChanged`; the `QuorumIndicator` listens to that signal, so it is recomputed in the same
event-loop turn as the click (never from a timer; quorum_indicator.py). Its figures come
from `rules.meetings.meeting_quorum`; the widget only words and colours them.

Marking a member absent removes their votes on the sitting's items (store/meeting_writes.py);
when they have voted, the user is asked first and told how many votes go.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum
from kenesh_desktop.rules.records import Guest, Member
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.member import role_names
from kenesh_desktop.ui.meetings.common import (
    ABSENT,
    InPlaceRecordModel,
    MeetingContext,
    MemberRowsModel,
    by_name,
    guest_category_names,
)
from kenesh_desktop.ui.meetings.dialogs import GuestDialog
from kenesh_desktop.ui.meetings.discussion import SignersPanel
from kenesh_desktop.ui.record_table import RecordTable
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import SessionPart
from kenesh_desktop.ui.table_models import Column, Index
from kenesh_desktop.ui.widgets import (
    button_row,
    confirm_and_write,
    open_dialog,
    push_button,
    write_or_warn,
)


@dataclass(frozen=True)
class AttendanceRow:
    member: Member
    present: bool
    reason: str
    votes: int  # how many of the sitting's items this member voted on


class AttendanceTableModel(MemberRowsModel):
    """Members on the sitting's date: name, role, present (a check box), reason of absence.

    Checking or unchecking "present", or typing a reason, writes through the store at once.
    `refused` carries the store's message when a write is refused; `confirm_absent(member,
    votes)` is asked before an absence removes votes (the tab sets it to a question).
    """

    NAME, ROLE, PRESENT, REASON = range(4)
    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(session, parent)
        self.confirm_absent: Callable[[Member, int], bool] = lambda member, votes: True
        self._titles = [self.tr("Member"), self.tr("Role"), self.tr("Present"),
                        self.tr("Reason of absence")]
        self._roles = role_names()

    # -- content --------------------------------------------------------------------------
    def set_context(self, ctx: MeetingContext | None) -> None:
        before, self.ctx = self.ctx, ctx
        same = before is not None and ctx is not None and before.meeting_id == ctx.meeting_id
        self.show_rows(self._rows_for(ctx), same,
                       same and before.read_only != ctx.read_only)  # type: ignore[union-attr]

    @staticmethod
    def _rows_for(ctx: MeetingContext | None) -> list[AttendanceRow]:
        if ctx is None:
            return []
        meeting = ctx.meeting
        members = by_name(ctx.council.active_members(meeting.date))
        present = set(meeting.present)
        return [
            AttendanceRow(m, m.id in present, meeting.absence_reasons.get(m.id, ""),
                          sum(1 for item in meeting.items if m.id in item.votes))
            for m in members
        ]

    def present_ids(self) -> list[str]:
        return [r.member.id for r in self._records if r.present]

    def quorum(self) -> QuorumStatus | None:
        """Art. 17: the quorum as the table stands now (the rule is the rulebook's)."""
        if self.ctx is None:
            return None
        meeting = replace(self.ctx.meeting, present=self.present_ids())
        return meeting_quorum(self.ctx.council, meeting, self.session.rulebook)

    # -- Qt's interface -------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        row, column = self._records[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.member.full_name
            if column == self.ROLE:
                return self._roles.get(row.member.role, row.member.role)
            if column == self.PRESENT:
                return self.tr("present") if row.present else self.tr("absent")
            return "" if row.present else row.reason
        if role == Qt.ItemDataRole.EditRole and column == self.REASON:
            return row.reason
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not row.present:
            return ABSENT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON and not row.present:
            return self.tr("Double-click to type why the member was absent")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.ctx is None or self.ctx.read_only:
            return flags
        row = self._records[index.row()]
        if index.column() == self.PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.REASON and not row.present:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.ctx is None or self.ctx.read_only:
            return False
        row = self._records[index.row()]
        if index.column() == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            if present == row.present:
                return False
            return self._write(index.row(), present, row.reason)
        if index.column() == self.REASON and role == Qt.ItemDataRole.EditRole and not row.present:
            reason = one_line(value)
            return reason != row.reason and self._write(index.row(), False, reason)
        return False

    def set_present(self, member_id: str, present: bool) -> bool:
        """What a click on the member's box does (tests and keyboard use it too)."""
        row = self.row_of(member_id)
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        return row >= 0 and self.setData(self.index(row, self.PRESENT), state,
                                         Qt.ItemDataRole.CheckStateRole)

    def _write(self, row_number: int, present: bool, reason: str) -> bool:
        ctx, row = self.ctx, self._records[row_number]
        assert ctx is not None
        if not present and row.votes and not self.confirm_absent(row.member, row.votes):
            return False
        try:
            title = self.tr("Attendance of {name}").format(name=row.member.full_name)
            with self.session.history.step(title):
                mw.set_attendance(ctx.council_id, ctx.meeting_id, row.member.id, present,
                                  reason)
        except WriteError as exc:
            self.refused.emit(store_messages.message(exc))
            return False
        self._records[row_number] = AttendanceRow(row.member, present, "" if present else reason,
                                               row.votes if present else 0)
        # The quorum indicator listens to this: it changes before anything else is redrawn.
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, self.REASON))
        self.session.notify_changed()
        return True


class GuestTableModel(InPlaceRecordModel[Guest]):
    """Guests of an open sitting (Art. 17): name, organisation, category."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        categories = guest_category_names()
        self.set_columns([
            Column(self.tr("Guest"), lambda g: g.full_name),
            Column(self.tr("Organisation"), lambda g: g.organization),
            Column(self.tr("Category"), lambda g: categories.get(g.category, g.category)),
        ])


class AttendancePage(SessionPart):
    """The attendance table with "All present", the representative and the guests."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, "AttendancePage")
        self.ctx: MeetingContext | None = None

        self.model = AttendanceTableModel(session, self)
        self.model.confirm_absent = self._confirm_absent
        self.model.refused.connect(lambda text: ask.warn(self, self.tr("Attendance"), text))
        self.view = RecordTable(self, "AttendanceTable", self.model, row_padding=8)
        # The reason of an absence is typed in its cell (a double-click, or F2).
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.fit_columns(stretch=[AttendanceTableModel.NAME],
                              widths={AttendanceTableModel.REASON: 150})
        self.all_present_button = push_button(
            self, self.tr("All present"), "AllPresentButton",
            self.tr("Mark every member on the sitting's date present"))

        self.signers = SignersPanel(session, self)  # who presided, who took the minutes
        self.representative = QLineEdit(self)
        self.representative.setObjectName("StateBodyRepresentative")
        self.representative.setPlaceholderText(self.tr("Deputy head appointed by the state body"))
        self.rep_label = rep_label = QLabel(self)
        rep_label.setBuddy(self.representative)

        self.guest_model = GuestTableModel(self)
        self.guests = RecordTable(self, "GuestTable", self.guest_model, row_padding=8)
        self.guests.fit_columns(stretch=[0, 1])
        self.add_guest_button = push_button(self, self.tr("Add guest…"), "AddGuestButton")
        self.edit_guest_button = push_button(self, self.tr("Edit…"), "EditGuestButton")
        self.remove_guest_button = push_button(self, self.tr("Remove"), "RemoveGuestButton")
        self.guests_label = guests_label = QLabel(self)
        guests_label.setWordWrap(True)
        guests_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.view, 1)
        left.addLayout(button_row(self.all_present_button))
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.signers)
        right.addWidget(rep_label)
        right.addWidget(self.representative)
        right.addWidget(guests_label)
        right.addWidget(self.guests, 1)
        right.addLayout(button_row(self.add_guest_button, self.edit_guest_button,
                                   self.remove_guest_button))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.all_present_button.clicked.connect(self.mark_all_present)
        self.representative.editingFinished.connect(self._save_representative)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.edit_guest_button.clicked.connect(self.edit_guest)
        self.guests.activated.connect(lambda _index: self.edit_guest())
        self.remove_guest_button.clicked.connect(self.remove_guest)
        self.guests.selectionModel().selectionChanged.connect(self._update_buttons)
        self._cite_articles()

    def _cite_articles(self) -> None:
        """The labels cite the council rulebook's article on sittings (Art. 17 of Law No. 74:
        the state body's representative attends, sittings are open)."""
        article = self.session.rulebook.article("sittings")
        self.rep_label.setText(
            self.tr("State body's &representative (Art. {article}):").format(article=article))
        self.guests_label.setText(
            self.tr("Guests (sittings are open, Art. {article}):").format(article=article))

    def set_context(self, ctx: MeetingContext | None) -> None:
        self.ctx = ctx
        self._cite_articles()
        self.model.set_context(ctx)
        self.signers.set_context(ctx)
        self.guest_model.set_records(ctx.meeting.guests if ctx else [])
        text = ctx.meeting.state_body_representative if ctx else ""
        if self.representative.text() != text and not self.representative.hasFocus():
            self.representative.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.ctx is not None and not self.ctx.read_only
        guest = self.selected_guest() is not None
        self.all_present_button.setEnabled(editable)
        self.representative.setReadOnly(not editable)
        self.add_guest_button.setEnabled(editable)
        self.edit_guest_button.setEnabled(editable and guest)
        self.remove_guest_button.setEnabled(editable and guest)

    def selected_guest(self) -> int | None:
        return self.guests.selected_row()

    def _confirm_absent(self, member: Member, votes: int) -> bool:
        return ask.confirm(self, self.tr("Mark absent"), self.tr(
            "{name} voted on {count} item(s) of this sitting. An absent member cannot vote: "
            "marking them absent removes these votes. Continue?"
        ).format(name=member.full_name, count=votes))

    def _run(self, title: str, write: Callable[[], object]) -> bool:
        return write_or_warn(self, self.session, title, write)[0]

    def mark_all_present(self) -> bool:
        ctx = self.ctx
        return ctx is not None and self._run(
            self.tr("All present"), lambda: mw.all_present(ctx.council_id, ctx.meeting_id))

    def _save_representative(self) -> None:
        ctx = self.ctx
        text = one_line(self.representative.text())
        if ctx is None or ctx.read_only or text == ctx.meeting.state_body_representative:
            return
        self._run(self.tr("State body's representative"),
                  lambda: mw.set_state_body_representative(ctx.council_id, ctx.meeting_id, text))

    def add_guest(self) -> GuestDialog | None:
        if self.ctx is None or self.ctx.read_only:
            return None
        return self._guest_dialog(None)

    def edit_guest(self) -> GuestDialog | None:
        index = self.selected_guest()
        if self.ctx is None or self.ctx.read_only or index is None:
            return None
        return self._guest_dialog(index)

    def _guest_dialog(self, index: int | None) -> GuestDialog:
        assert self.ctx is not None
        guest = self.guest_model.record(index) if index is not None else None
        return open_dialog(GuestDialog(self.session, self.ctx, index, guest, self))

    def remove_guest(self) -> bool:
        ctx, index = self.ctx, self.selected_guest()
        if ctx is None or index is None:
            return False
        guest = self.guest_model.record(index)
        return confirm_and_write(
            self, self.session, self.tr("Remove guest"),
            self.tr("Remove {name} from the guests of this sitting?").format(
                name=guest.full_name),
            lambda: mw.remove_guest(ctx.council_id, ctx.meeting_id, index))
