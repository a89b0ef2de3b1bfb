"""The Overview tab: what the secretary must do next.

Every violation and every upcoming deadline that `rules.checks.run_checks` finds for the
current council today, earliest due first, in the window's language. Double-click or Enter
on a row asks the window to show the record concerned (`session.navigate`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.deadlines import LATE
from kenesh_desktop.rules.findings import UPCOMING, VIOLATION, Finding
from kenesh_desktop.rules.messages import finding_message, format_days, rule_title
from kenesh_desktop.ui.i18n import rulebook_name
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import CENTER, RIGHT, Column, RecordTableModel

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
        header = self.view.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

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
        """The current council's findings today; the other councils are checked along so that
        "one person, one council" (Art. 14) is seen, but only this council's are listed."""
        council = self.session.council()
        if council is None:
            return []
        today = self.session.today()
        found = run_checks(self.session.all_councils(), today, self.session.rulebook)
        mine = [f for f in found if f.council == council.id and f.severity in (VIOLATION, UPCOMING)]
        return sorted(mine, key=lambda f: (f.due or today, f.severity != VIOLATION, f.rule))

    def refresh(self) -> None:
        council = self.session.council()
        findings = self.findings()
        self.model.set_records(findings)
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
                    "Checked on {today} ({rulebook}). Violations: {violations}. "
                    "Upcoming deadlines: {upcoming}."
                ).format(
                    today=format_date(self.session.today(), lang),
                    rulebook=rulebook_name(self.session.rulebook),
                    violations=violations,
                    upcoming=len(findings) - violations,
                )
            )
        self.stack.setCurrentWidget(self.view if findings else self.empty)

    def _open_row(self, index) -> None:
        if not index.isValid():
            return
        finding = self.model.record(index.row())
        self.session.navigate(subject_kind(finding), finding.subject)
