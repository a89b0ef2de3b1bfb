"""The Overview tab: what the secretary must do next.

Every violation and every upcoming deadline that `rules.checks.run_checks` finds for the
current council today (`session.findings()`), earliest due first, in the window's language.
Double-click or Enter on a row asks the window to show the record concerned
(`session.navigate`).

The columns are sized to their contents once per refresh, never on every paint or tab
switch (issue 11).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.findings import UPCOMING, VIOLATION, Finding
from kenesh_desktop.store import acknowledgements as ack
from kenesh_desktop.ui.i18n import rulebook_name
from kenesh_desktop.ui.overview_model import (  # noqa: F401 - RULE_KIND: the tab's vocabulary
    MESSAGE_COLUMN,
    RULE,
    RULE_KIND,
    FindingTableModel,
    subject_kind,
)
from kenesh_desktop.ui.record_table import fit_text_columns, keyboard_table
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import SessionPart
from kenesh_desktop.ui.widgets import (
    button_row,
    confirm_and_write,
    heading_label,
    open_dialog,
    push_button,
)

RULE_CHARS = 22
"""The Rule column's width at most, in average characters (longer names are cut, whole in
the message beside them)."""
TEXT_MARGIN = 4
"""Room around a wrapped message in its cell (the style's item margins, and a little air)."""


class OverviewTab(SessionPart):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, "OverviewTab")

        self.heading = heading_label(self, "OverviewHeading", scale=1.15)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(self)
        self.summary.setObjectName("OverviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.model = FindingTableModel(session, self)
        self.view = QTableView(self)
        self.view.setObjectName("FindingTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        keyboard_table(self.view)
        self._rows_width = -1  # the message width the rows were last sized for
        header = self.view.horizontalHeader()
        # Sized once per refresh (`_fit`): ResizeToContents would measure every row again
        # at each layout, i.e. on every switch to this tab.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._message_column_resized)

        self.empty = QLabel(self.tr("Nothing is due: every rule is kept."), self)
        self.empty.setObjectName("OverviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty.setFont(font)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        # Issue 17: a violation that can no longer be mended is acknowledged, then set aside.
        self.show_acknowledged = QCheckBox(self.tr("Show &acknowledged"), self)
        self.show_acknowledged.setObjectName("ShowAcknowledged")
        self.acknowledge_button = push_button(
            self, self.tr("Ac&knowledge…"), "AcknowledgeButton",
            self.tr("A violation that can no longer be mended (an answer that came late, a "
                    "sitting without its quorum): keep it in the records, set it aside here"))
        self.withdraw_button = push_button(self, self.tr("&Withdraw acknowledgement"),
                                           "WithdrawAcknowledgementButton")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(button_row(self.acknowledge_button, self.withdraw_button,
                                    self.show_acknowledged))

        # issue 19: off where the login may only read the council
        session.gate.add(self.acknowledge_button, self.withdraw_button)
        self.view.activated.connect(self._open_row)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_acknowledged.toggled.connect(lambda _on: self.refresh())
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.withdraw_button.clicked.connect(self.withdraw)
        session.changed.connect(self.refresh)
        self.refresh()

    def findings(self) -> list[Finding]:
        """The current council's findings today (the session's: the other councils' members
        are compared for "one person, one council", Art. 14), earliest due first; the
        acknowledged ones only when asked."""
        mine = [f for f in self.session.findings() if f.severity in (VIOLATION, UPCOMING)]
        if not self.show_acknowledged.isChecked():
            mine = [f for f in mine if self.model.acknowledgement(f) is None]
        return sorted(mine, key=lambda f: (self.model.timing(f).due, f.severity != VIOLATION,
                                           f.rule))

    def refresh(self) -> None:
        council = self.session.heading()
        council_id = self.session.council_id
        self.model.acknowledged = ack.acknowledgements(council_id) if council_id else {}
        findings = self.findings()
        self.model.set_records(findings)
        self._update_buttons()
        self._fit()
        lang = self.session.language()
        if council is None:
            self.heading.setText("")
            self.summary.setText("")
        else:
            self.heading.setText(
                self.tr("{council} — {state_body}").format(
                    council=council.name, state_body=council.state_body
                )
            )
            open_ = [f for f in findings if self.model.acknowledgement(f) is None]
            violations = sum(1 for f in open_ if f.severity == VIOLATION)
            text = self.tr(
                "Checked on {today} by the rules of {rulebook}. Violations: {violations}. "
                "Upcoming deadlines: {upcoming}."
            ).format(
                today=format_date(self.session.today(), lang),
                rulebook=rulebook_name(self.session.rulebook),
                violations=violations,
                upcoming=len(open_) - violations,
            )
            if self.model.acknowledged:
                text += " " + self.tr("Acknowledged: {count}.").format(
                    count=len(self.model.acknowledged))
            self.summary.setText(text)
        self.stack.setCurrentWidget(self.view if findings else self.empty)

    def _fit(self) -> None:
        """Size the columns to their text, and the rows to their wrapped messages, once."""
        records = self.model.records()
        fit_text_columns(self.view, range(MESSAGE_COLUMN),
                         lambda c: [self.model.column(c).text(f) for f in records])
        # The rule's name is said again by the message: it never takes the message's room.
        widest = self.view.fontMetrics().averageCharWidth() * RULE_CHARS
        if self.view.columnWidth(RULE) > widest:
            self.view.setColumnWidth(RULE, widest)
        self._rows_width = -1
        if self.view.isVisible():  # else at the first show (its width is not known before)
            self._fit_rows()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._rows_width == -1:
            # Shown before its layout: the message column gets its width (sectionResized,
            # which fits the rows) in this turn of the event loop; when it keeps the width
            # it had, nothing says so, and this fits them after.
            QTimer.singleShot(0, self._fit_rows_once)

    def _fit_rows_once(self) -> None:
        if self._rows_width == -1:
            self._fit_rows()

    def _fit_rows(self, column_width: int | None = None) -> None:
        """Each row as high as its message wrapped to the message column's width.

        Only the message wraps; measuring it alone is a fraction of resizeRowsToContents,
        which asks every cell of every row for every role (and ResizeToContents does that on
        each layout)."""
        if column_width is None:
            column_width = self.view.columnWidth(MESSAGE_COLUMN)
        width = column_width - 2 * TEXT_MARGIN
        if width == self._rows_width or width <= 0:
            return
        self._rows_width = width
        header = self.view.verticalHeader()
        metrics = self.view.fontMetrics()
        lowest = header.defaultSectionSize()
        bounds = QRect(0, 0, width, 1 << 20)
        wrap = int(Qt.TextFlag.TextWordWrap.value)
        for row in range(self.model.rowCount()):
            text = self.model.index(row, MESSAGE_COLUMN).data() or ""
            high = metrics.boundingRect(bounds, wrap, text).height() + 2 * TEXT_MARGIN
            header.resizeSection(row, max(lowest, high))

    def _message_column_resized(self, column: int, _old: int, new: int) -> None:
        # The messages wrap to the width of their column: the rows' heights follow it (the
        # header tells the new width before the view's columnWidth has it).
        if column == MESSAGE_COLUMN:
            self._fit_rows(new)

    # -- acknowledging -------------------------------------------------------------------------
    def selected_finding(self) -> Finding | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        finding = self.selected_finding()
        known = finding is not None and self.model.acknowledgement(finding) is not None
        self.acknowledge_button.setEnabled(
            finding is not None and not known and not self.model.timing(finding).mendable)
        self.withdraw_button.setEnabled(known)
        self.withdraw_button.setVisible(self.show_acknowledged.isChecked())

    def acknowledge(self):
        """The selected violation, which can no longer be mended: the dialog with a note."""
        from kenesh_desktop.ui.dialogs.acknowledge import AcknowledgeDialog

        finding = self.selected_finding()
        if finding is None or self.model.timing(finding).mendable:
            return None
        return open_dialog(AcknowledgeDialog(self.session, finding, self))

    def withdraw(self) -> bool:
        finding, council_id = self.selected_finding(), self.session.council_id
        if finding is None or council_id is None or self.model.acknowledgement(finding) is None:
            return False
        return confirm_and_write(
            self, self.session, self.tr("Withdraw acknowledgement"),
            self.tr("Show this violation among the others again?"),
            lambda: ack.withdraw(council_id, finding.rule, finding.subject))

    def _open_row(self, index) -> None:
        if not index.isValid():
            return
        finding = self.model.record(index.row())
        self.session.navigate(subject_kind(finding), finding.subject)
