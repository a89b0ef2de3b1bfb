"""The plan's approval and the Art. 18 copy indicator, above the activities.

Art. 18: the state body receives a copy of the annual work plan no later than 5 days after
its approval. The indicator asks `rules.deadlines.deadline_state` (approval + 5 days) on the
session's today and only words and colours the answer: green ("ok") once the copy went in
time, amber ("warning") while days are left, red ("violation") when late or overdue. Each
label carries the dynamic property "state" that the style sheet colours and tests read.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from kenesh_desktop.lang.dates import format_date, format_date_attributive
from kenesh_desktop.rules.deadlines import (
    LATE,
    MET,
    OVERDUE,
    DeadlineState,
    deadline_state,
    plan_copy_due,
)
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import AnnualPlan
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import join_session
from kenesh_desktop.ui.widgets import show_state, state_label

OK, WARNING, VIOLATION, NEUTRAL = "ok", "warning", "violation", "neutral"
STYLE = """
QFrame#PlanStatus { border: 1px solid palette(mid); border-radius: 4px; }
QLabel[state="ok"] { color: #1b6e20; }
QLabel[state="warning"] { color: #8a5300; font-weight: bold; }
QLabel[state="violation"] { color: #b3261e; font-weight: bold; }
"""


def copy_state(plan: AnnualPlan, session: AppSession) -> DeadlineState | None:
    """Art. 18: the copy against approval + 5 days on the session's today (None while the
    plan is not approved)."""
    if plan.approved is None:
        return None
    rb = session.rulebook
    return deadline_state(plan_copy_due(plan.approved, rb), plan.sent, session.today(), rb)


class PlanStatus(QFrame):
    """"Approved at sitting No. N …" with "Approve at a sitting…", and the copy's deadline
    with "Record the copy sent…" (the tab connects the buttons)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        join_session(self, session, "PlanStatus", STYLE)
        self.approval_label = state_label(self, "ApprovalIndicator")
        self.copy_label = state_label(self, "CopyIndicator")
        self.approve_button = QPushButton(self.tr("Approve at a sitting…"), self)
        self.approve_button.setObjectName("ApproveButton")
        self.copy_sent_button = QPushButton(self.tr("Record the copy sent…"), self)
        self.copy_sent_button.setObjectName("CopySentButton")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.approval_label, 0, 0)
        grid.addWidget(self.approve_button, 0, 1)
        grid.addWidget(self.copy_label, 1, 0)
        grid.addWidget(self.copy_sent_button, 1, 1)
        grid.setColumnStretch(0, 1)

    def show_plan(self, plan: AnnualPlan) -> None:
        self._show_approval(plan)
        self._show_copy(plan)
        self.copy_sent_button.setEnabled(plan.approved is not None)

    def _show_approval(self, plan: AnnualPlan) -> None:
        lang = self.session.language()
        council = self.session.council()
        meeting = council.meeting(plan.approved_at) if council and plan.approved_at else None
        if plan.approved is None:
            text = self.tr("Not approved yet: the plan is a draft until a sitting approves it.")
            state = NEUTRAL
        elif meeting is not None:
            text = self.tr("Approved at sitting No. {number} {date}.").format(
                number=meeting.number, date=format_date_attributive(meeting.date, lang))
            state = OK
        else:
            text = self.tr("Approved on {date}.").format(date=format_date(plan.approved, lang))
            state = OK
        show_state(self.approval_label, text, state)

    def _show_copy(self, plan: AnnualPlan) -> None:
        rb = self.session.rulebook
        lang = self.session.language()
        values = {"article": rb.article("state_body"),
                  "period": format_days(rb.plan_copy_days, lang)}
        state = copy_state(plan, self.session)
        if state is None:
            show_state(self.copy_label, self.tr(
                "Art. {article}: once approved, a copy goes to the state body within {period}."
            ).format(**values), NEUTRAL)
            return
        values |= {"due": format_date(state.due, lang),
                   "sent": format_date(plan.sent, lang),
                   "days": format_days(state.days_overdue or state.days_left, lang)}
        letter = plan.letter_number.strip()
        if state.status == MET:
            text = (self.tr("Art. {article}: copy sent to the state body on {sent}, letter "
                            "No. {letter} — in time (due by {due}) ✓")
                    if letter else
                    self.tr("Art. {article}: copy sent to the state body on {sent} — in time "
                            "(due by {due}) ✓")).format(letter=letter, **values)
            colour = OK
        elif state.status == LATE:
            text = self.tr("Art. {article}: copy sent on {sent}, {days} late — it was due by "
                           "{due}").format(**values)
            colour = VIOLATION
        elif state.status == OVERDUE:
            text = self.tr("Art. {article}: the copy for the state body was due by {due} — "
                           "{days} overdue").format(**values)
            colour = VIOLATION
        elif state.days_left == 0:
            text = self.tr("Art. {article}: send the copy to the state body today ({due}) — "
                           "the last day").format(**values)
            colour = WARNING
        else:
            text = self.tr("Art. {article}: send the copy to the state body by {due} — {days} "
                           "left").format(**values)
            colour = WARNING
        show_state(self.copy_label, text, colour)
