"""View → Overview of all councils: the Coordination Council's view (issue 19).

Every finding of every council the database lets this person read, today, in one table
filterable by council and by rule: on a shared server with a reader's grant on all councils,
that is every council of the server, and "one person, one council" (Art. 14) is checked
across all of them. The councils are read on the store's light loading
(`queries.load_for_checks`) in the background; double-click or Enter opens the record in its
council.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.rules.findings import RULE_IDS, VIOLATION, Finding
from kenesh_desktop.rules.messages import rule_title
from kenesh_desktop.ui.background import run_in_background
from kenesh_desktop.ui.overview import FindingTableModel, subject_kind
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import Column
from kenesh_desktop.ui.widgets import open_dialog


def show_councils_overview(window) -> CouncilsOverviewDialog:
    """Every council's findings, read in the background, in a dialog of its own."""
    dialog = CouncilsOverviewDialog(window.session, window)
    dialog.load()
    return open_dialog(dialog)


def every_councils_findings(today) -> tuple[list[Finding], dict[str, str]]:
    """Every finding of every readable council, and the councils' names by id."""
    from kenesh_desktop.rules.checks import run_checks
    from kenesh_desktop.store import queries

    councils = queries.load_for_checks()
    return run_checks(councils, today), {c.id: c.name for c in councils}


class CouncilFindingModel(FindingTableModel):
    """The Overview's columns with the council first."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(session, parent)
        self.names: dict[str, str] = {}
        council = Column(self.tr("Council"), lambda f: self.names.get(f.council, f.council),
                         tooltip=lambda f: f.council)
        self.set_columns([council, *self._columns])

    def foreground(self, record: Finding, column: int) -> QBrush | None:
        return super().foreground(record, column - 1)

    def background(self, record: Finding, column: int) -> QBrush | None:
        return super().background(record, column - 1)


class CouncilsOverviewDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CouncilsOverviewDialog")
        self.setWindowTitle(self.tr("Overview of all councils"))
        self.session = session
        self.findings: list[Finding] = []
        self.model = CouncilFindingModel(session, self)
        self.council_filter = QComboBox(self)
        self.council_filter.setObjectName("CouncilFilter")
        self.rule_filter = QComboBox(self)
        self.rule_filter.setObjectName("RuleFilter")
        self.rule_filter.addItem(self.tr("Every rule"), "")
        for rule in RULE_IDS:
            self.rule_filter.addItem(rule_title(rule, session.language()), rule)
        self.summary = QLabel(self)
        self.summary.setObjectName("CouncilsOverviewSummary")
        self.summary.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("CouncilsFindingTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._open_row)
        self.view.activated.connect(self._open_row)
        filters = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.council_filter, 2)
        row.addWidget(self.rule_filter, 1)
        filters.addRow(self.tr("Show:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.council_filter.currentIndexChanged.connect(self._show)
        self.rule_filter.currentIndexChanged.connect(self._show)
        self.resize(1000, 600)

    def load(self) -> bool:
        """Check every council (in the background); False when reading failed."""
        today = self.session.today()
        ok, result = run_in_background(
            self, self.tr("Checking every council…"),
            lambda _progress: every_councils_findings(today), expected=(Exception,))
        if not ok:
            self.summary.setText(str(result))
            return False
        self.findings, self.model.names = result
        self.council_filter.blockSignals(True)
        self.council_filter.clear()
        self.council_filter.addItem(self.tr("Every council ({count})").format(
            count=len(self.model.names)), "")
        for code, name in sorted(self.model.names.items(), key=lambda item: item[1]):
            self.council_filter.addItem(name, code)
        self.council_filter.blockSignals(False)
        self._show()
        return True

    def shown_findings(self) -> list[Finding]:
        council, rule = self.council_filter.currentData(), self.rule_filter.currentData()
        return [f for f in self.findings
                if (not council or f.council == council) and (not rule or f.rule == rule)]

    def _show(self) -> None:
        shown = self.shown_findings()
        self.model.set_records(shown)
        violations = sum(f.severity == VIOLATION for f in shown)
        councils = len({f.council for f in shown})
        self.summary.setText(self.tr(
            "{violations} violations and {upcoming} upcoming deadlines in {councils} "
            "councils.").format(violations=violations, upcoming=len(shown) - violations,
                                councils=councils))
        self.view.resizeColumnsToContents()
        # Long names are elided (the full name is the tooltip): the message keeps the room.
        for column, widest in ((0, 240), (4, 200)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))

    def _open_row(self, index) -> None:
        finding = self.model.record(index.row()) if index.isValid() else None
        if finding is None:
            return
        window = self.parent()
        if hasattr(window, "reload_councils"):
            window.reload_councils(select=finding.council)
        self.session.navigate(subject_kind(finding), finding.subject)
        self.accept()
