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
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.deadlines import LATE
from kenesh_desktop.rules.findings import UPCOMING, VIOLATION, Finding
from kenesh_desktop.rules.messages import finding_message, format_days, rule_title
from kenesh_desktop.ui.i18n import rulebook_name
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import CENTER, RIGHT, Column, RecordTableModel
from kenesh_desktop.ui.widgets import fit_text_columns

# Which kind of record a finding's subject is, for navigation to the tab that owns it.
RULE_KIND = {
    "composition.size": "council",
    "composition.gender": "council",
    "composition.term": "council",
    "composition.organization": "member",
    "composition.one_council": "member",
    "meeting.quorum": "meeting",
    "meeting.agenda_notice": "meeting",
    "request.answer_due": "request",
    "notice.late": "notice",
    "plan.copy_due": "plan",
    "competition.announcement": "competition",
    "competition.intake": "candidate",
    "competition.formed": "competition",
    "candidate.documents": "candidate",
    "candidate.requirements": "candidate",
}

MESSAGE_COLUMN = 5
TEXT_MARGIN = 4
"""Room around a wrapped message in its cell (the style's item margins, and a little air)."""

_RED_TEXT, _RED_BACK = QColor("#8c1d18"), QColor("#fbe4e2")
_AMBER_TEXT, _AMBER_BACK = QColor("#6d4200"), QColor("#fff1d6")


def subject_kind(finding: Finding) -> str:
    """The record kind a finding's subject names ("council" when the subject is the council,
    as for a competition not yet announced)."""
    if finding.subject == finding.council:
        return "council" if RULE_KIND.get(finding.rule) != "competition" else "competition"
    return RULE_KIND.get(finding.rule, "council")


class FindingTableModel(RecordTableModel[Finding]):
    """Findings, one per row: due, days left or overdue, severity, rule, article, message."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        lang = session.language
        self.set_columns(
            [
                Column(self.tr("Due"), lambda f: format_date(f.due, lang()),
                       sort_key=self._due_key),
                Column(self.tr("Days"), self._days_text, sort_key=self._due_key,
                       alignment=RIGHT),
                Column(self.tr("Severity"), self._severity_text,
                       sort_key=lambda f: (f.severity != VIOLATION, self._due_key(f)),
                       alignment=CENTER),
                Column(self.tr("Rule"), lambda f: rule_title(f.rule, lang())),
                Column(self.tr("Article"),
                       lambda f: self.tr("Art. {article}").format(article=f.article),
                       sort_key=lambda f: f.article, alignment=CENTER),
                Column(self.tr("What to do"), lambda f: finding_message(f, lang()),
                       tooltip=lambda f: finding_message(f, lang())),
            ]
        )

    def _due_key(self, finding: Finding) -> tuple:
        return (finding.due or self.session.today(), finding.severity != VIOLATION)

    def _days_text(self, finding: Finding) -> str:
        if finding.due is None:
            return ""
        if finding.details.get("status") == LATE:  # done, but after the deadline
            return self.tr("done late")
        lang = self.session.language()
        days = (finding.due - self.session.today()).days
        if days == 0:
            return self.tr("today")
        if days > 0:
            return self.tr("{days} left").format(days=format_days(days, lang))
        return self.tr("{days} overdue").format(days=format_days(-days, lang))

    def _severity_text(self, finding: Finding) -> str:
        return self.tr("Violation") if finding.severity == VIOLATION else self.tr("Upcoming")

    def foreground(self, record: Finding, column: int) -> QBrush | None:
        if column != 2:
            return None
        return QBrush(_RED_TEXT if record.severity == VIOLATION else _AMBER_TEXT)

    def background(self, record: Finding, column: int) -> QBrush | None:
        if column != 2:
            return None
        return QBrush(_RED_BACK if record.severity == VIOLATION else _AMBER_BACK)


class OverviewTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewTab")
        self.session = session

        self.heading = QLabel(self)
        self.heading.setObjectName("OverviewHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.heading.setFont(bold)
        self.summary = QLabel(self)
        self.summary.setObjectName("OverviewSummary")
        self.summary.setWordWrap(True)

        self.model = FindingTableModel(session, self)
        self.view = QTableView(self)
        self.view.setObjectName("FindingTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

        self.view.activated.connect(self._open_row)
        session.changed.connect(self.refresh)
        self.refresh()

    def findings(self) -> list[Finding]:
        """The current council's findings today (the session's: the other councils' members
        are compared for "one person, one council", Art. 14), earliest due first."""
        today = self.session.today()
        mine = [f for f in self.session.findings() if f.severity in (VIOLATION, UPCOMING)]
        return sorted(mine, key=lambda f: (f.due or today, f.severity != VIOLATION, f.rule))

    def refresh(self) -> None:
        council = self.session.heading()
        findings = self.findings()
        self.model.set_records(findings)
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
            violations = sum(1 for f in findings if f.severity == VIOLATION)
            self.summary.setText(
                self.tr(
                    "Checked on {today} by the rules of {rulebook}. Violations: {violations}. "
                    "Upcoming deadlines: {upcoming}."
                ).format(
                    today=format_date(self.session.today(), lang),
                    rulebook=rulebook_name(self.session.rulebook),
                    violations=violations,
                    upcoming=len(findings) - violations,
                )
            )
        self.stack.setCurrentWidget(self.view if findings else self.empty)

    def _fit(self) -> None:
        """Size the columns to their text, and the rows to their wrapped messages, once."""
        records = self.model.records()
        fit_text_columns(self.view, range(MESSAGE_COLUMN),
                         lambda c: [self.model.column(c).text(f) for f in records])
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

    def _open_row(self, index) -> None:
        if not index.isValid():
            return
        finding = self.model.record(index.row())
        self.session.navigate(subject_kind(finding), finding.subject)
