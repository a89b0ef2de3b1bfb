"""Acknowledge a violation that can no longer be mended (issue 17): the finding, a note of why
or what was done, and the day; kept and audited (store/acknowledgements.py), undoable."""

from __future__ import annotations

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.findings import Finding
from kenesh_desktop.rules.messages import finding_message
from kenesh_desktop.store import acknowledgements as ack
from kenesh_desktop.ui.dialogs.forms import FormDialog, plain_text_edit, wide_label
from kenesh_desktop.ui.session import AppSession


class AcknowledgeDialog(FormDialog):
    def __init__(self, session: AppSession, finding: Finding, parent=None) -> None:
        super().__init__(session, "AcknowledgeDialog", self.tr("Acknowledge a violation"),
                         parent)
        self.finding = finding
        lang = session.language()
        self.message = wide_label(self, "AcknowledgedFinding")
        self.message.setText(finding_message(finding, lang))
        self.explanation = wide_label(self, "AcknowledgeExplanation")
        self.explanation.setText(self.tr(
            "It can no longer be mended. Acknowledged on {date}, it stays in the records and "
            "in the audit trail, and the Overview sets it aside (Show acknowledged shows it "
            "again).").format(date=format_date(session.today(), lang)))
        self.note = plain_text_edit(self, "AcknowledgementNote", lines=3)
        self.note.setPlaceholderText(self.tr("Why it happened, or what was done about it"))
        self.fields.addRow(self.message)
        self.fields.addRow(self.explanation)
        self.fields.addRow(self.tr("&Note:"), self.note)
        self.setMinimumWidth(480)
        self.note.setFocus()

    def save(self) -> None:
        council_id = self.session.council_id
        if council_id is not None:
            ack.acknowledge(council_id, self.finding.rule, self.finding.subject,
                            self.session.today(), self.note.toPlainText())
