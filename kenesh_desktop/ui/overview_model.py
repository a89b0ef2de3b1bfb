"""The Overview's table: one finding per row, its day and standing (`rules.finding_timing`),
severity, rule, article and what to do; acknowledged findings greyed (shown when asked)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.finding_timing import LATE, LEFT, NOW, OVERDUE, PAST, finding_timing
from kenesh_desktop.rules.findings import VIOLATION, Finding
from kenesh_desktop.rules.messages import finding_message, format_days, rule_title
from kenesh_desktop.store.acknowledgements import Acknowledged
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

DUE, DAYS, SEVERITY, RULE, ARTICLE, MESSAGE = range(6)
MESSAGE_COLUMN = MESSAGE

_RED_TEXT, _RED_BACK = QColor("#8c1d18"), QColor("#fbe4e2")
_AMBER_TEXT, _AMBER_BACK = QColor("#6d4200"), QColor("#fff1d6")
_GREY_TEXT, _GREY_BACK = QColor("#5f6368"), QColor("#eeeeee")


def subject_kind(finding: Finding) -> str:
    """The record kind a finding's subject names ("council" when the subject is the council,
    as for a competition not yet announced)."""
    if finding.subject == finding.council:
        return "council" if RULE_KIND.get(finding.rule) != "competition" else "competition"
    return RULE_KIND.get(finding.rule, "council")


class FindingTableModel(RecordTableModel[Finding]):
    """Findings, one per row: due, days, severity, rule, article, message."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__((), parent)
        self.session = session
        self.acknowledged: dict[tuple[str, str], Acknowledged] = {}
        lang = session.language
        self.set_columns([
            Column(self.tr("Due"), lambda f: format_date(self.timing(f).due, lang()),
                   sort_key=self._due_key),
            Column(self.tr("Days"), self._days_text, sort_key=self._due_key, alignment=RIGHT,
                   tooltip=self._acknowledged_text),
            Column(self.tr("Severity"), self._severity_text,
                   sort_key=lambda f: (f.severity != VIOLATION, self._due_key(f)),
                   alignment=CENTER),
            Column(self.tr("Rule"), lambda f: rule_title(f.rule, lang()),
                   tooltip=lambda f: rule_title(f.rule, lang())),
            Column(self.tr("Article"),
                   lambda f: self.tr("Art. {article}").format(article=f.article),
                   sort_key=lambda f: f.article, alignment=CENTER),
            Column(self.tr("What to do"), lambda f: finding_message(f, lang()),
                   tooltip=lambda f: finding_message(f, lang())),
        ])

    def timing(self, finding: Finding):
        return finding_timing(finding, self.session.today())

    def acknowledgement(self, finding: Finding) -> Acknowledged | None:
        return self.acknowledged.get((finding.rule, finding.subject))

    def _due_key(self, finding: Finding) -> tuple:
        return (self.timing(finding).due, finding.severity != VIOLATION)

    def _days_text(self, finding: Finding) -> str:
        if self.acknowledgement(finding) is not None:
            return self.tr("acknowledged")
        timing = self.timing(finding)
        days = format_days(timing.days, self.session.language())
        if timing.standing == LEFT:
            return self.tr("{days} left").format(days=days)
        if timing.standing == OVERDUE:
            return self.tr("{days} overdue").format(days=days)
        if timing.standing == LATE:
            return self.tr("{days} late").format(days=days)
        if timing.standing == PAST:
            return self.tr("{days} ago").format(days=days)
        if timing.standing == NOW:
            return self.tr("now")
        return self.tr("today")

    def _acknowledged_text(self, finding: Finding) -> str:
        known = self.acknowledgement(finding)
        if known is None:
            return ""
        text = self.tr("Acknowledged on {date}").format(
            date=format_date(known.on, self.session.language()))
        return f"{text}: {known.note}" if known.note else text

    def _severity_text(self, finding: Finding) -> str:
        if self.acknowledgement(finding) is not None:
            return self.tr("Acknowledged")
        return self.tr("Violation") if finding.severity == VIOLATION else self.tr("Upcoming")

    def foreground(self, record: Finding, column: int) -> QBrush | None:
        if self.acknowledgement(record) is not None:
            return QBrush(_GREY_TEXT)
        if column != SEVERITY:
            return None
        return QBrush(_RED_TEXT if record.severity == VIOLATION else _AMBER_TEXT)

    def background(self, record: Finding, column: int) -> QBrush | None:
        if column != SEVERITY:
            return None
        if self.acknowledgement(record) is not None:
            return QBrush(_GREY_BACK)
        return QBrush(_RED_BACK if record.severity == VIOLATION else _AMBER_BACK)
