"""The council's requests to the state body (Art. 18): the filters, the table, the selected
request's text, and the actions (add, edit, record the answer, delete, the register).

The requests are read with `store.request_queries.council_request_rows` in one query (every
column the table shows, not the texts), never through the whole-council snapshot, and shown
through `RequestTableModel` and `RequestFilterProxy` (request_models.py), which stay fast with
25,000 requests. The selected request is read whole (`council_request`) for its text and its
forms; the texts for searching are read and folded in slices while the window is idle.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang.quoting import quoted
from kenesh_desktop.rules.deadlines import (
    ANSWERED_LATE,
    ANSWERED_ON_TIME,
    DUE_SOON,
    OVERDUE,
    WAITING,
)
from kenesh_desktop.rules.records import Request
from kenesh_desktop.store import request_queries, request_writes
from kenesh_desktop.store.request_queries import RequestRow
from kenesh_desktop.ui.dialogs.forms import date_edit, from_qdate
from kenesh_desktop.ui.i18n import current_language
from kenesh_desktop.ui.record_tab import Deletion, RecordTab, RecordWords
from kenesh_desktop.ui.requests.request_filter import RequestFilterProxy
from kenesh_desktop.ui.requests.request_models import (
    ADDRESSEE,
    ANSWERED,
    DUE,
    NOT_ANSWERED,
    NUMBER,
    REGISTERED,
    STATE,
    SUBJECT,
    RequestTableModel,
)
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import table_date
from kenesh_desktop.ui.widgets import (
    TABLE_ONLY,
    date_column_width,
    open_dialog,
    push_button,
)

FOLD_DELAY_MS = 150
"""How long the requests are shown before their texts are read and folded for searching:
after the first paint, and after quick successive changes only once."""


class RequestsView(RecordTab):
    """The requests: filters, the table, the selected request's text, and the actions."""

    navigation_kind = "request"
    overdue_changed = Signal(int)
    """How many requests are overdue now (the tab's title shows it)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        model, proxy = RequestTableModel(session), RequestFilterProxy()
        # Ins, Ctrl+Shift+F while the requests are shown (the other views of the tab have
        # their own keys).
        super().__init__(session, parent, kind="Request", model=model, proxy=proxy,
                         scope=TABLE_ONLY, alternating=False, words=RecordWords(
            add=self.tr("Add request…"), add_tip=self.tr("Register a request of the council "
                                                         "(Ins)"),
            add_key=self.tr("Add request"), edit_key=self.tr("Edit request"),
            delete_key=self.tr("Delete request"),
            find=self.tr("Find by number, subject, official, text…")))
        self.setObjectName("RequestsView")
        model.setParent(self)
        proxy.setParent(self)
        self.model: RequestTableModel = model
        self.proxy: RequestFilterProxy = proxy
        assert self.filter is not None
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("RequestStateFilter")
        for text, statuses in self._state_choices():
            self.state_filter.addItem(text, statuses)
        self.period = QCheckBox(self.tr("Registered from"), self)
        self.period.setObjectName("RequestPeriod")
        today = session.today()
        self.period_from = date_edit(self, "RequestFrom", dt.date(today.year, 1, 1))
        self.period_to = date_edit(self, "RequestTo", today)
        self.period_from.setEnabled(False)
        self.period_to.setEnabled(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("RequestCount")
        # The window must still fit a small screen: the count and the filters give way first.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.filter.setMinimumWidth(120)
        self.state_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.state_filter.setMinimumContentsLength(10)

        self.answer_button = push_button(self, self.tr("Record answer…"), "RecordAnswerButton")
        self.register_button = push_button(self, self.tr("Register (PDF, CSV)…"),
                                           "RegisterButton")

        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(REGISTERED, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Fixed widths: sizing columns to their contents would measure all 25,000 rows.
        digits = date_column_width(self)
        states = max(self.fontMetrics().horizontalAdvance(text)
                     for text in self.model.widest_states()) + 16
        self.view.set_widths({NUMBER: 80, SUBJECT: 300, ADDRESSEE: 220, REGISTERED: digits,
                              DUE: digits, STATE: states, ANSWERED: digits})

        self.details = QLabel(self)
        self.details.setObjectName("RequestDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().height() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        filters = QHBoxLayout()
        filters.addWidget(self.filter, 3)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.period)
        filters.addWidget(self.period_from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.period_to)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.add_button, self.edit_button, self.answer_button,
                       self.delete_button, self.register_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)

        self.state_filter.currentIndexChanged.connect(self.filter_changed)
        self.period.toggled.connect(self._period_toggled)
        self.period_from.dateChanged.connect(self.filter_changed)
        self.period_to.dateChanged.connect(self.filter_changed)
        self.proxy.modelReset.connect(self.selection_changed)
        self.answer_button.clicked.connect(self.record_answer)
        session.gate.add(self.answer_button)  # issue 19: off where the login may only read
        self.register_button.clicked.connect(self.export_register)
        # Folds the texts for searching in slices once the tab has been idle a moment
        # (FOLD_DELAY_MS), then one slice per turn of the event loop.
        self._folding = QTimer(self)
        self._folding.timeout.connect(self._fold_a_slice)
        self.refresh()

    def _state_choices(self) -> list[tuple[str, frozenset[str] | None]]:
        return [
            (self.tr("All states"), None),
            (self.tr("Not answered"), NOT_ANSWERED),
            (self.tr("Waiting"), frozenset({WAITING})),
            (self.tr("Due within 3 days"), frozenset({DUE_SOON})),
            (self.tr("Overdue"), frozenset({OVERDUE})),
            (self.tr("Answered on time"), frozenset({ANSWERED_ON_TIME})),
            (self.tr("Answered late"), frozenset({ANSWERED_LATE})),
        ]

    # -- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the current council's requests again (one query) and show them."""
        council_id = self.session.council_id
        selected = self.selected_record()
        rows = request_queries.council_request_rows(council_id) if council_id else []
        texts = (lambda: request_queries.request_texts(council_id)) if council_id else dict
        self.model.set_requests(rows, self.session.today(), self.session.rulebook, texts)
        self.setEnabled(council_id is not None)
        if selected is not None:
            self.select_record(selected.id, reveal=False)
        self._update_count()
        self.overdue_changed.emit(self.model.overdue)
        self._start_folding()

    def _start_folding(self) -> None:
        if self.isVisible() and not self.model.search_ready():
            self._folding.start(FOLD_DELAY_MS)

    def _fold_a_slice(self) -> None:
        if self.model.prepare_search():
            self._folding.stop()
        else:
            self._folding.setInterval(0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._start_folding()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._folding.stop()

    def filter_changed(self) -> None:
        assert self.filter is not None
        self.proxy.set_needle(self.filter.text())
        self.proxy.set_statuses(self.state_filter.currentData())
        if self.period.isChecked():
            self.proxy.set_period(from_qdate(self.period_from.date()),
                                  from_qdate(self.period_to.date()))
        else:
            self.proxy.set_period(None, None)
        self._update_count()

    def _period_toggled(self, on: bool) -> None:
        self.period_from.setEnabled(on)
        self.period_to.setEnabled(on)
        self.filter_changed()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Showing {shown} of {total} requests; {overdue} overdue.").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount(),
                overdue=self.model.overdue))

    # -- selection ------------------------------------------------------------------------------
    def whole_request(self) -> Request | None:
        """The selected request read whole, with its text (for its details and forms); the
        table's row (`selected_record`) has no text."""
        row = self.selected_record()
        council_id = self.session.council_id
        if row is None or council_id is None:
            return None
        try:
            return request_queries.council_request(council_id, row.id)
        except LookupError:  # deleted since the last refresh
            return None

    def row_of(self, record_id: str) -> int:
        return self.model.row_of(record_id)

    def reveal(self) -> None:
        super().reveal()
        self.state_filter.setCurrentIndex(0)
        self.period.setChecked(False)

    def update_buttons(self) -> None:
        super().update_buttons()
        request = self.whole_request()
        for button in (self.edit_button, self.answer_button, self.delete_button):
            button.setEnabled(request is not None)
        if request is None:
            self.details.setText(self.tr("Select a request to see its text and the answer."))
            return
        lines = [f"№ {request.number} — {request.subject}", request.text or self.tr("(no text)")]
        if request.answered is not None:
            lines.append(self.tr("Answer of {date}: {summary}").format(
                date=table_date(request.answered), summary=request.answer_summary or "—"))
        self.details.setText("\n".join(lines))

    # -- actions --------------------------------------------------------------------------------
    def dialog(self, row: RequestRow | None):
        from kenesh_desktop.ui.requests.request_dialogs import RequestDialog

        request = None if row is None else self.whole_request()
        if row is not None and request is None:
            return None
        return RequestDialog(self.session, request, self)

    def record_answer(self):
        from kenesh_desktop.ui.requests.request_dialogs import AnswerDialog

        request = self.whole_request()
        return None if request is None else open_dialog(AnswerDialog(self.session, request,
                                                                     self))

    def deletion(self, request: RequestRow, council_id: str) -> Deletion:
        question = self.tr(
            "Delete request No. {number} {subject}?\n\nDelete only a request entered by "
            "mistake.").format(number=request.number,
                               subject=quoted(request.subject, current_language()))
        return Deletion(self.tr("Delete request"), question,
                        lambda: request_writes.delete_request(council_id, request.id))

    def export_register(self):
        from kenesh_desktop.ui.requests.request_dialogs import RegisterDialog

        if self.session.council_id is None:
            return None
        return open_dialog(RegisterDialog(self.session, self))
