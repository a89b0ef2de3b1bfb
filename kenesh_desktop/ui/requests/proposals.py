"""Proposals of citizens and organisations (Art. 6: the council receives and considers them):
the table, the form, and the link to the sitting that considered each one.

Double-click (or Enter) on the Sitting column shows that sitting (`session.navigate("meeting",
id)`); elsewhere it opens the proposal's form.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.records import Proposal
from kenesh_desktop.store import request_queries, request_writes
from kenesh_desktop.store.request_queries import ProposalRow
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.member import date_edit, error_label, from_qdate, to_qdate
from kenesh_desktop.ui.requests.request_dialogs import buttons, plain_text_edit
from kenesh_desktop.ui.requests.request_models import short_date
from kenesh_desktop.ui.requests.requests_view import size_columns
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    CENTER,
    Column,
    RecordFilterProxy,
    RecordTableModel,
    date_sort_key,
)

SITTING_COLUMN = 3


class ProposalTableModel(RecordTableModel[ProposalRow]):
    """Proposals, one row each: author, received, summary, sitting, outcome, reply sent."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session

        def long(day) -> str:
            return format_date(day, session.language())

        self.set_columns([
            Column(self.tr("Author"), lambda x: x.proposal.author),
            Column(self.tr("Received"), lambda x: short_date(x.proposal.received),
                   sort_key=lambda x: date_sort_key(x.proposal.received), alignment=CENTER,
                   tooltip=lambda x: long(x.proposal.received)),
            Column(self.tr("Summary"), lambda x: x.proposal.summary,
                   tooltip=lambda x: x.proposal.summary),
            Column(self.tr("Considered at"), self._sitting_text,
                   sort_key=lambda x: date_sort_key(x.sitting_date),
                   tooltip=lambda x: self.tr("Double-click to open the sitting")
                   if x.sitting_number is not None else ""),
            Column(self.tr("Outcome"), lambda x: x.proposal.outcome or "",
                   tooltip=lambda x: x.proposal.outcome or ""),
            Column(self.tr("Reply sent"), lambda x: short_date(x.proposal.reply_sent),
                   sort_key=lambda x: date_sort_key(x.proposal.reply_sent), alignment=CENTER,
                   tooltip=lambda x: long(x.proposal.reply_sent)),
        ])

    def _sitting_text(self, row: ProposalRow) -> str:
        if row.sitting_number is None:
            return self.tr("not yet considered")
        return self.tr("No. {number} of {date}").format(number=row.sitting_number,
                                                       date=short_date(row.sitting_date))


class ProposalsView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProposalsView")
        self.session = session
        self.filter = QLineEdit(self)
        self.filter.setObjectName("ProposalFilter")
        self.filter.setPlaceholderText(self.tr("Find by author, summary, outcome…"))
        self.filter.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add proposal…"), self)
        self.add_button.setObjectName("AddProposalButton")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("EditProposalButton")
        self.sitting_button = QPushButton(self.tr("Open sitting"), self)
        self.sitting_button.setObjectName("OpenSittingButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("DeleteProposalButton")

        self.model = ProposalTableModel(session, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("ProposalTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        size_columns(self.view, {0: 250, 1: 95, 3: 170, 4: 250, 5: 95})
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        tools = QHBoxLayout()
        tools.addWidget(self.filter, 2)
        tools.addStretch(1)
        for button in (self.add_button, self.edit_button, self.sitting_button,
                       self.delete_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

        self.filter.textChanged.connect(self.proxy.set_needle)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_proposal)
        self.edit_button.clicked.connect(self.edit_proposal)
        self.sitting_button.clicked.connect(self.open_sitting)
        self.delete_button.clicked.connect(self.delete_proposal)
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        council_id = self.session.council_id
        selected = self.selected_row()
        self.model.set_records(request_queries.council_proposals(council_id)
                               if council_id else [])
        self.setEnabled(council_id is not None)
        if selected is not None:
            self.select_proposal(selected.proposal.id)
        self._update_buttons()

    def selected_row(self) -> ProposalRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.record_at(rows[0].row()) if rows else None

    def select_proposal(self, proposal_id: str) -> bool:
        row = self.model.row_where(lambda x: x.proposal.id == proposal_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.sitting_button.setEnabled(row is not None and row.proposal.considered_at is not None)

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == SITTING_COLUMN and self.open_sitting():
            return
        self.edit_proposal()

    def open_sitting(self) -> bool:
        """Show the sitting the selected proposal was considered at (the Meetings tab)."""
        row = self.selected_row()
        if row is None or row.proposal.considered_at is None:
            return False
        self.session.navigate("meeting", row.proposal.considered_at)
        return True

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_proposal(self):
        if self.session.council_id is None:
            return None
        dialog = ProposalDialog(self.session, None, self)
        dialog.accepted.connect(lambda: self.select_proposal(dialog.saved_id or ""))
        return self._open(dialog)

    def edit_proposal(self):
        row = self.selected_row()
        return None if row is None else self._open(ProposalDialog(self.session, row.proposal,
                                                                  self))

    def delete_proposal(self) -> bool:
        row = self.selected_row()
        council_id = self.session.council_id
        if row is None or council_id is None:
            return False
        title = self.tr("Delete proposal")
        if not ask.confirm(self, title, self.tr("Delete the proposal of {author}?").format(
                author=row.proposal.author)):
            return False
        try:
            request_writes.delete_proposal(council_id, row.proposal.id)
        except request_writes.WriteError as exc:
            ask.warn(self, title, str(exc))
            return False
        self.session.notify_changed()
        return True


class ProposalDialog(QDialog):
    """Record a proposal (Art. 6) or edit one; the sitting is chosen among the council's."""

    def __init__(self, session: AppSession, proposal: Proposal | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProposalDialog")
        self.session = session
        self.proposal = proposal
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit proposal") if proposal else self.tr("Add proposal"))
        self.setMinimumWidth(580)
        self.author = QLineEdit(self)
        self.author.setObjectName("ProposalAuthor")
        self.author.setPlaceholderText(self.tr("A citizen or an organisation"))
        self.received = date_edit(self, "ProposalReceived", session.today())
        self.summary = plain_text_edit(self, "ProposalSummary", 3)
        self.sitting = QComboBox(self)
        self.sitting.setObjectName("ProposalSitting")
        self.sitting.addItem(self.tr("not yet considered"), None)
        council_id = session.council_id
        for choice in request_queries.council_sittings(council_id) if council_id else []:
            self.sitting.addItem(self.tr("No. {number} of {date}").format(
                number=choice.number, date=short_date(choice.date)), choice.id)
        self.outcome = QLineEdit(self)
        self.outcome.setObjectName("ProposalOutcome")
        self.replied = QCheckBox(self.tr("The reply was sent on"), self)
        self.replied.setObjectName("ProposalReplied")
        self.reply_sent = date_edit(self, "ProposalReplySent", session.today())
        self.reply_sent.setEnabled(False)
        self.replied.toggled.connect(self.reply_sent.setEnabled)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.replied)
        reply_row.addWidget(self.reply_sent)
        reply_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Received:"), self.received)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("&Considered at:"), self.sitting)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("Reply:"), reply_row)
        self.error = error_label(self)
        self.buttons = buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if proposal is not None:
            self._fill(proposal)
        self.author.setFocus()

    def _fill(self, proposal: Proposal) -> None:
        self.author.setText(proposal.author)
        self.received.setDate(to_qdate(proposal.received))
        self.summary.setPlainText(proposal.summary)
        self.sitting.setCurrentIndex(max(0, self.sitting.findData(proposal.considered_at)))
        self.outcome.setText(proposal.outcome or "")
        for edit in (self.author, self.outcome):  # show a long text from its start
            edit.setCursorPosition(0)
        self.replied.setChecked(proposal.reply_sent is not None)
        if proposal.reply_sent is not None:
            self.reply_sent.setDate(to_qdate(proposal.reply_sent))

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def entered_proposal(self) -> Proposal:
        return Proposal(
            id=self.proposal.id if self.proposal else "",
            author=" ".join(self.author.text().split()),
            received=from_qdate(self.received.date()),
            summary=self.summary.toPlainText().strip(),
            considered_at=self.sitting.currentData(),
            outcome=self.outcome.text().strip() or None,
            reply_sent=from_qdate(self.reply_sent.date()) if self.replied.isChecked() else None,
        )

    def accept(self) -> None:
        council_id = self.session.council_id
        proposal = self.entered_proposal()
        problems = []
        if not proposal.author:
            problems.append(self.tr("Enter who made the proposal."))
        if not proposal.summary:
            problems.append(self.tr("Enter what the proposal is about."))
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        if council_id is None:
            return
        try:
            if self.proposal is None:
                self.saved_id = request_writes.add_proposal(council_id, proposal)
            else:
                request_writes.update_proposal(council_id, proposal)
                self.saved_id = proposal.id
        except request_writes.WriteError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        # Refresh first, so that whoever waits for `accepted` finds the saved record.
        self.session.notify_changed()
        super().accept()
