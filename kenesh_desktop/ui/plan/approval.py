"""The approval of a plan at a sitting and the copy sent to the state body (Art. 18: no later
than 5 days after approval), as dialogs that write through `store.plan_writes` on OK."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.deadlines import MET, deadline_state, plan_copy_due
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import AnnualPlan, Meeting
from kenesh_desktop.store import plan_writes
from kenesh_desktop.ui.dialogs.forms import FormDialog, date_edit, from_qdate, to_qdate
from kenesh_desktop.ui.session import AppSession


def watched_plan(dialog: FormDialog, plan: AnnualPlan) -> AnnualPlan:
    """Save `dialog` only over the plan's version (issue 19): watch it, then read the plan as
    it is now (itself when it is gone). A plan's version also moves with its activities."""
    council_id = dialog.session.council_id
    if council_id is None:
        return plan
    dialog.watch("plan", council_id, plan.year)
    council = dialog.fresh_council()
    return (council.plan(plan.year) if council else None) or plan


class ApproveDialog(FormDialog):
    """Choose the sitting that approved the plan; its date becomes the approval date, from
    which Art. 18's 5 days for the copy run (shown as the sitting is chosen)."""

    def __init__(self, session: AppSession, plan: AnnualPlan, parent=None) -> None:
        super().__init__(session, "ApproveDialog",
                         self.tr("Approve the work plan for {year}").format(year=plan.year),
                         parent)
        self.plan = plan = watched_plan(self, plan)
        self.setMinimumWidth(460)
        council = session.council()
        lang = session.language()
        self.meetings: list[Meeting] = sorted(
            council.meetings if council else [], key=lambda m: (m.date, m.number), reverse=True)
        self.sitting = QComboBox(self)
        self.sitting.setObjectName("ApprovalSitting")
        for meeting in self.meetings:
            self.sitting.addItem(self.tr("No. {number} of {date}").format(
                number=meeting.number, date=format_date(meeting.date, lang)), meeting.id)
        self.sitting.setCurrentIndex(self._default_index())
        self.due = QLabel(self)
        self.due.setObjectName("ApprovalDue")
        self.due.setWordWrap(True)
        self.fields.addRow(self.tr("Approved at &sitting:"), self.sitting)
        self.add(self.due)
        self.sitting.currentIndexChanged.connect(self._show_due)
        self._show_due()
        if not self.meetings:
            self.show_error(self.tr("No sitting is recorded yet: record the sitting that "
                                    "approved the plan in the Meetings tab first."))
            self.ok_button().setEnabled(False)

    def reload(self) -> None:
        """The plan as it now is, after someone else changed it (issue 19)."""
        self.plan = watched_plan(self, self.plan)
        self.sitting.setCurrentIndex(self._default_index())
        self._show_due()

    def _default_index(self) -> int:
        """The sitting already recorded, else the latest one held by today."""
        if self.plan.approved_at:
            found = self.sitting.findData(self.plan.approved_at)
            if found >= 0:
                return found
        today = self.session.today()
        held = [i for i, m in enumerate(self.meetings) if m.date <= today]
        return held[0] if held else (0 if self.meetings else -1)

    def chosen(self) -> Meeting | None:
        index = self.sitting.currentIndex()
        return self.meetings[index] if 0 <= index < len(self.meetings) else None

    def _show_due(self) -> None:
        meeting = self.chosen()
        if meeting is None:
            self.due.setText("")
            return
        rb = self.session.rulebook
        # Art. 18: the copy reaches the state body no later than 5 days after approval.
        self.due.setText(self.tr(
            "Art. {article}: the copy of the approved plan must reach the state body by {due} "
            "({days} after approval)."
        ).format(article=rb.article("state_body"),
                 due=format_date(plan_copy_due(meeting.date, rb), self.session.language()),
                 days=format_days(rb.plan_copy_days, self.session.language())))

    def save(self) -> str:
        meeting = self.chosen()
        if meeting is None or self.session.council_id is None:
            return self.tr("Choose the sitting that approved the plan.")
        plan_writes.approve_plan(self.session.council_id, self.plan.year, meeting.id)
        return ""


# ---------------------------------------------------------------- the copy (Art. 18)


class CopySentDialog(FormDialog):
    """The day the copy of the approved plan was sent to the state body and the outgoing
    letter's number; shows, as the date changes, whether that keeps Art. 18's 5 days."""

    def __init__(self, session: AppSession, plan: AnnualPlan, parent=None) -> None:
        super().__init__(session, "CopySentDialog",
                         self.tr("Copy of the plan sent to the state body"), parent)
        self.plan = plan = watched_plan(self, plan)
        self.setMinimumWidth(460)
        self.sent_box = QCheckBox(self.tr("The copy has been sent"), self)
        self.sent_box.setObjectName("CopySent")
        self.sent_box.setChecked(True)
        self.sent = date_edit(self, "CopySentDate", plan.sent or session.today())
        self.letter = QLineEdit(plan.letter_number, self)
        self.letter.setObjectName("LetterNumber")
        self.letter.setPlaceholderText(self.tr("Outgoing number, e.g. 01-12/45"))
        self.state = QLabel(self)
        self.state.setObjectName("CopySentState")
        self.state.setWordWrap(True)
        self.fields.addRow(self.sent_box)
        self.fields.addRow(self.tr("Sent &on:"), self.sent)
        self.fields.addRow(self.tr("Outgoing &letter No.:"), self.letter)
        self.add(self.state)
        self.sent_box.toggled.connect(self.sent.setEnabled)
        self.sent_box.toggled.connect(self.letter.setEnabled)
        self.sent_box.toggled.connect(self._show_state)
        self.sent.dateChanged.connect(self._show_state)
        self._show_state()

    def reload(self) -> None:
        """The plan as it now is, after someone else changed it (issue 19)."""
        self.plan = watched_plan(self, self.plan)
        if self.plan.sent is not None:
            self.sent.setDate(to_qdate(self.plan.sent))
        self.letter.setText(self.plan.letter_number)
        self._show_state()

    def _show_state(self) -> None:
        approved = self.plan.approved
        if approved is None or not self.sent_box.isChecked():
            self.state.setText("")
            return
        rb = self.session.rulebook
        lang = self.session.language()
        sent = from_qdate(self.sent.date())
        state = deadline_state(plan_copy_due(approved, rb), sent, self.session.today(), rb)
        values = dict(article=rb.article("state_body"), due=format_date(state.due, lang))
        if sent < approved:
            text = self.tr("Before the approval on {approved}.").format(
                approved=format_date(approved, lang))
        elif state.status == MET:
            text = self.tr("Art. {article}: on time (due by {due}).").format(**values)
        else:
            text = self.tr("Art. {article}: late by {days} (due by {due}).").format(
                days=format_days(state.days_overdue, lang), **values)
        self.state.setText(text)

    def save(self) -> str:
        council_id = self.session.council_id
        if council_id is None:
            return self.tr("Choose a council first.")
        if not self.sent_box.isChecked():
            plan_writes.record_copy_sent(council_id, self.plan.year, None)
            return ""
        sent = from_qdate(self.sent.date())
        approved = self.plan.approved
        if approved is not None and sent < approved:
            return self.tr("The copy cannot have been sent before the plan was approved "
                           "({approved}).").format(
                approved=format_date(approved, self.session.language()))
        if sent > self.session.today():
            return self.tr("The copy cannot be recorded as sent on a day still to come.")
        plan_writes.record_copy_sent(council_id, self.plan.year, sent, self.letter.text())
        return ""
