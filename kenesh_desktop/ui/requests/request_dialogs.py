"""The request form, the answer form and the register export (PDF or CSV for a period).

The forms write through `store.request_writes` on OK; a refused write is shown inside the
dialog, which stays open with everything typed, and nothing is written. The due day of the
answer (Art. 18: registration + 2 weeks) and whether an answer came in time are shown live,
as the dates are changed, from `rules.deadlines`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QWidget

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.deadlines import answer_due, request_state
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import Request
from kenesh_desktop.store import request_queries, request_writes
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.dialogs.forms import (
    Cancelled,
    FormDialog,
    date_edit,
    from_qdate,
    line_edit,
    missing,
    optional_date,
    plain_text_edit,
    to_qdate,
    wide_label,
)
from kenesh_desktop.ui.dialogs.record_form import RecordForm
from kenesh_desktop.ui.session import AppSession


def answer_verdict(session: AppSession, registered: dt.date, answered: dt.date | None) -> str:
    """The due day and, once answered, whether in time: the live line of both forms."""
    rb = session.rulebook
    lang = session.language()
    due = answer_due(registered, rb)
    line = QCoreApplication.translate(
        "RequestDialog", "Art. {article}: the answer is due by {date} ({days} after "
        "registration).").format(article=rb.article("state_body"), date=format_date(due, lang),
                                 days=format_days(rb.answer_days, lang))
    if answered is None or answered < registered:
        return line
    state = request_state(registered, answered, session.today(), rb)
    if state.days_overdue:
        verdict = QCoreApplication.translate("RequestDialog", "Answered {days} late.").format(
            days=format_days(state.days_overdue, lang))
    else:
        verdict = QCoreApplication.translate("RequestDialog", "Answered on time.")
    return f"{line} {verdict}"


def fresh_request(council_id: str, request: Request) -> Request:
    """The request as the database now holds it (itself when it is gone)."""
    try:
        return request_queries.council_request(council_id, request.id)
    except LookupError:
        return request


class RequestDialog(RecordForm[Request]):
    """Register a request (`request` None) or edit one; writes on OK.

    After a successful OK, `saved_id` holds the request's id.
    """

    kind = "request"
    adds = staticmethod(request_writes.add_request)
    updates = staticmethod(request_writes.update_request)

    def __init__(self, session: AppSession, request: Request | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, "RequestDialog",
                         self.tr("Edit request") if request else self.tr("Add request"), parent)
        self.setMinimumWidth(600)

        self.number = line_edit(self, "RequestNumber",
                                self.tr("The registration number, e.g. 12/3"))
        self.subject = line_edit(self, "RequestSubject")
        self.addressee = line_edit(self, "RequestAddressee",
                                   self.tr("The official the request is sent to"))
        self.registered = date_edit(self, "RequestRegistered", session.today())
        self.due_label = wide_label(self, "RequestDueLabel")
        self.text = plain_text_edit(self, "RequestText", 4)
        self.answered, self.answered_on, answered_row = optional_date(
            self, "RequestAnsweredDate", session.today(), self.tr("The answer has come"),
            "RequestAnswered")
        self.summary = plain_text_edit(self, "RequestAnswerSummary", 2)
        self.summary.setEnabled(False)

        form = self.fields
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Addressee:"), self.addressee)
        form.addRow(self.tr("&Registered:"), self.registered)
        form.addRow("", self.due_label)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("Answer:"), answered_row)
        form.addRow(self.tr("Answer su&mmary:"), self.summary)

        self.answered.toggled.connect(self.summary.setEnabled)
        for signal in (self.answered.toggled, self.registered.dateChanged,
                       self.answered_on.dateChanged):
            signal.connect(self._update_due)
        self.show_record(request)
        self._update_due()
        self.number.setFocus()

    def fresh(self, request: Request) -> Request:
        council_id = self.session.council_id
        return fresh_request(council_id, request) if council_id is not None else request

    def fill(self, request: Request) -> None:
        self.number.setText(request.number)
        self.subject.setText(request.subject)
        self.addressee.setText(request.addressee)
        self.registered.setDate(to_qdate(request.registered))
        self.text.setPlainText(request.text)
        self.answered.setChecked(request.answered is not None)
        if request.answered is not None:
            self.answered_on.setDate(to_qdate(request.answered))
        self.summary.setPlainText(request.answer_summary)
        for edit in (self.subject, self.addressee):  # show a long text from its start
            edit.setCursorPosition(0)

    def _update_due(self, *_args) -> None:
        entered = self.entered()
        self.due_label.setText(answer_verdict(self.session, entered.registered, entered.answered))

    def entered(self) -> Request:
        answered = from_qdate(self.answered_on.date()) if self.answered.isChecked() else None
        return Request(
            id=self.record.id if self.record else "",
            number=self.number.text().strip(),
            subject=one_line(self.subject.text()),
            addressee=one_line(self.addressee.text()),
            registered=from_qdate(self.registered.date()),
            answered=answered,
            text=self.text.toPlainText().strip(),
            answer_summary=self.summary.toPlainText().strip() if answered else "",
        )

    def problems(self, request: Request) -> list[str]:
        problems = missing(
            (request.number, self.tr("Enter the request's registration number.")),
            (request.subject, self.tr("Enter the subject of the request.")),
            (request.addressee, self.tr("Enter the official the request is sent to.")))
        if request.answered is not None and request.answered < request.registered:
            problems.append(self.tr("Art. {article}: the answer cannot come before the "
                                    "request was registered.").format(
                article=self.session.rulebook.article("state_body")))
        return problems


class AnswerDialog(FormDialog):
    """Record the state body's written answer to a request: its date and a summary."""

    def __init__(self, session: AppSession, request: Request,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, "AnswerDialog", self.tr("Record answer"), parent,
                         with_form=False)
        if session.council_id is not None:  # issue 19: no answer saved over a newer one
            self.watch("request", session.council_id, request.id)
            request = fresh_request(session.council_id, request)
        self.request = request
        self.setMinimumWidth(520)
        heading = QLabel(f"№ {request.number} — {request.subject}", self)
        heading.setWordWrap(True)
        self.answered_on = date_edit(self, "AnswerDate",
                                     request.answered or max(session.today(),
                                                             request.registered))
        self.answered_on.setMinimumDate(to_qdate(request.registered))
        self.verdict = wide_label(self, "AnswerVerdict")
        self.summary = plain_text_edit(self, "AnswerSummary", 3)
        self.summary.setPlainText(request.answer_summary)
        self.fields.addRow(self.tr("Answer &date:"), self.answered_on)
        self.fields.addRow("", self.verdict)
        self.fields.addRow(self.tr("&Summary:"), self.summary)
        self.add(heading, self.fields)
        self.answered_on.dateChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        self.verdict.setText(answer_verdict(self.session, self.request.registered,
                                            from_qdate(self.answered_on.date())))

    def reload(self) -> None:
        """The answer as it now is, after someone else changed the request (issue 19)."""
        if self.session.council_id is None:
            return
        self.request = fresh_request(self.session.council_id, self.request)
        if self.request.answered is not None:
            self.answered_on.setDate(to_qdate(self.request.answered))
        self.summary.setPlainText(self.request.answer_summary)

    def save(self) -> str | None:
        council_id = self.session.council_id
        if council_id is not None:
            request_writes.record_answer(council_id, self.request.id,
                                         from_qdate(self.answered_on.date()),
                                         self.summary.toPlainText().strip())
        return None


class RegisterDialog(FormDialog):
    """The register of requests for a period: choose the period, the document's language and
    PDF or CSV; OK asks where to save it and writes it."""

    notify_on_save = False  # a document, not a change of the records
    needs = None

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "RegisterDialog", self.tr("Register of requests"), parent)
        self.saved_path: Path | None = None
        today = session.today()
        self.start = date_edit(self, "RegisterFrom", dt.date(today.year, 1, 1))
        self.end = date_edit(self, "RegisterTo", today)
        self.language = documents_export.language_box(self, "RegisterLanguage",
                                                      session.language())
        self.pdf = QRadioButton(self.tr("PDF, to print and sign"), self)
        self.pdf.setObjectName("RegisterPdf")
        self.pdf.setChecked(True)
        self.csv = QRadioButton(self.tr("CSV table (Excel)"), self)
        self.csv.setObjectName("RegisterCsv")
        kinds = QHBoxLayout()
        kinds.addWidget(self.pdf)
        kinds.addWidget(self.csv)
        kinds.addStretch(1)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addStretch(1)
        self.fields.addRow(self.tr("Registered from – to:"), period)
        self.fields.addRow(self.tr("Document &language:"), self.language)
        self.fields.addRow(self.tr("Format:"), kinds)

    def save(self) -> str | None:
        """Ask where, and write the register there; the dialog stays open when cancelled."""
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if end < start:
            return self.tr("The period must end on or after its first day.")
        council_id = self.session.council_id
        if council_id is None:
            return None
        as_csv = self.csv.isChecked()
        suffix = ".csv" if as_csv else ".pdf"
        path = documents_export.ask_path(
            self, self.windowTitle(), f"requests-{start.isoformat()}-{end.isoformat()}{suffix}",
            suffix)
        if path is None:
            raise Cancelled
        lang = self.language.currentData()
        problem = documents_export.write_document(
            path, lambda target: self._write(council_id, target, start, end, lang, as_csv))
        if problem:
            return problem
        self.saved_path = path
        return None

    def _write(self, council_id: str, path: Path, start: dt.date, end: dt.date, lang: str,
               as_csv: bool) -> None:
        # reportlab is imported only when a document is made (DESIGN.md: ui imports it lazily).
        from kenesh_desktop.documents import request_register

        heading = request_queries.council_heading(council_id)
        requests = request_queries.council_requests(council_id, start, end)
        today, rb = self.session.today(), self.session.rulebook
        if as_csv:
            request_register.write_request_register_csv(requests, path, start, end, today,
                                                        lang, rb)
        else:
            request_register.build_request_register(heading.name, heading.state_body,
                                                     requests, path, start, end, today, lang,
                                                     rb)
