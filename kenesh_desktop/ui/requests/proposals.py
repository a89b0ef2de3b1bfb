"""Proposals of citizens and organisations (Art. 6: the council receives and considers them):
the table, the form, and the link to the sitting that considered each one.

Double-click (or Enter) on the Sitting column shows that sitting (`session.navigate("meeting",
id)`); elsewhere it opens the proposal's form.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from kenesh_desktop.lang.text import one_line, optional_text
from kenesh_desktop.rules.records import Proposal
from kenesh_desktop.store import request_queries, request_writes
from kenesh_desktop.store.request_queries import ProposalRow
from kenesh_desktop.ui.dialogs.forms import (
    date_edit,
    from_qdate,
    line_edit,
    missing,
    optional_date,
    plain_text_edit,
    to_qdate,
)
from kenesh_desktop.ui.dialogs.record_form import RecordForm
from kenesh_desktop.ui.record_tab import Deletion, RecordWords
from kenesh_desktop.ui.requests.record_list import RecordListView
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import (
    CENTER,
    Column,
    RecordTableModel,
    date_column,
    date_sort_key,
    table_date,
)

SUMMARY_COLUMN, SITTING_COLUMN, OUTCOME_COLUMN = 2, 3, 4


class ProposalTableModel(RecordTableModel[ProposalRow]):
    """Proposals, one row each: author, received, summary, sitting, outcome, reply sent."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session

        self.set_columns([
            Column(self.tr("Author"), lambda x: x.proposal.author),
            date_column(self.tr("Received"), lambda x: x.proposal.received, alignment=CENTER,
                        tooltip=True),
            Column(self.tr("Summary"), lambda x: x.proposal.summary,
                   tooltip=lambda x: x.proposal.summary),
            Column(self.tr("Considered at"), self._sitting_text,
                   sort_key=lambda x: date_sort_key(x.sitting_date),
                   tooltip=lambda x: self.tr("Double-click to open the sitting")
                   if x.sitting_number is not None else ""),
            Column(self.tr("Outcome"), lambda x: x.proposal.outcome or "",
                   tooltip=lambda x: x.proposal.outcome or ""),
            date_column(self.tr("Reply sent"), lambda x: x.proposal.reply_sent,
                        alignment=CENTER, tooltip=True),
        ])

    def _sitting_text(self, row: ProposalRow) -> str:
        if row.sitting_number is None:
            return self.tr("not yet considered")
        return self.tr("No. {number} of {date}").format(number=row.sitting_number,
                                                       date=table_date(row.sitting_date))


class ProposalsView(RecordListView):
    navigation_kind = "proposal"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        self.sitting_button = QPushButton(self.tr("Open sitting"))
        self.sitting_button.setObjectName("OpenSittingButton")
        super().__init__(session, parent, kind="Proposal", model=ProposalTableModel(session),
                         words=RecordWords(
                             add=self.tr("Add proposal…"), add_key=self.tr("Add proposal"),
                             edit_key=self.tr("Edit proposal"),
                             delete_key=self.tr("Delete proposal"),
                             find=self.tr("Find by author, summary, outcome…")),
                         sort=(1, Qt.SortOrder.DescendingOrder), extra=(self.sitting_button,),
                         load=request_queries.council_proposals, record="proposal",
                         form=ProposalDialog)
        # The summary takes what is left, never so little that it cannot be read (the table
        # scrolls instead); the dates as wide as they are, the long texts cut (tooltips).
        self.view.fit_columns(stretch=[SUMMARY_COLUMN],
                              widths={0: 190, SITTING_COLUMN: 180, OUTCOME_COLUMN: 190})
        self.sitting_button.clicked.connect(self.open_sitting)
        self.refresh()

    def deletion(self, row: ProposalRow, council_id: str) -> Deletion:
        return Deletion(self.tr("Delete proposal"),
                        self.tr("Delete the proposal of {author}?").format(
                            author=row.proposal.author),
                        lambda: request_writes.delete_proposal(council_id, row.proposal.id))

    def update_buttons(self) -> None:
        super().update_buttons()
        row = self.selected_record()
        self.sitting_button.setEnabled(row is not None and row.proposal.considered_at is not None)

    def activated(self, index: QModelIndex) -> None:
        if index.column() == SITTING_COLUMN and self.open_sitting():
            return
        self.edit_record()

    def open_sitting(self) -> bool:
        """Show the sitting the selected proposal was considered at (the Meetings tab)."""
        row = self.selected_record()
        if row is None or row.proposal.considered_at is None:
            return False
        self.session.navigate("meeting", row.proposal.considered_at)
        return True


class ProposalDialog(RecordForm[Proposal]):
    """Record a proposal (Art. 6) or edit one; the sitting is chosen among the council's."""

    kind = "proposal"
    adds = staticmethod(request_writes.add_proposal)
    updates = staticmethod(request_writes.update_proposal)

    def __init__(self, session: AppSession, proposal: Proposal | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, "ProposalDialog",
                         self.tr("Edit proposal") if proposal else self.tr("Add proposal"),
                         parent)
        self.setMinimumWidth(580)
        self.author = line_edit(self, "ProposalAuthor", self.tr("A citizen or an organisation"))
        self.received = date_edit(self, "ProposalReceived", session.today())
        self.summary = plain_text_edit(self, "ProposalSummary", 3)
        self.sitting = QComboBox(self)
        self.sitting.setObjectName("ProposalSitting")
        self.sitting.addItem(self.tr("not yet considered"), None)
        council_id = session.council_id
        for choice in request_queries.council_sittings(council_id) if council_id else []:
            self.sitting.addItem(self.tr("No. {number} of {date}").format(
                number=choice.number, date=table_date(choice.date)), choice.id)
        self.outcome = line_edit(self, "ProposalOutcome")
        self.replied, self.reply_sent, reply_row = optional_date(
            self, "ProposalReplySent", session.today(), self.tr("The reply was sent on"),
            "ProposalReplied")
        form = self.fields
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Received:"), self.received)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("&Considered at:"), self.sitting)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("Reply:"), reply_row)
        self.show_record(proposal)
        self.author.setFocus()

    def fresh(self, proposal: Proposal) -> Proposal:
        rows = request_queries.council_proposals(self.session.council_id or "", proposal.id)
        return rows[0].proposal if rows else proposal

    def fill(self, proposal: Proposal) -> None:
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

    def entered(self) -> Proposal:
        return Proposal(
            id=self.record.id if self.record else "",
            author=one_line(self.author.text()),
            received=from_qdate(self.received.date()),
            summary=self.summary.toPlainText().strip(),
            considered_at=self.sitting.currentData(),
            outcome=optional_text(self.outcome.text()),
            reply_sent=from_qdate(self.reply_sent.date()) if self.replied.isChecked() else None,
        )

    def problems(self, proposal: Proposal) -> list[str]:
        return missing((proposal.author, self.tr("Enter who made the proposal.")),
                       (proposal.summary, self.tr("Enter what the proposal is about.")))
