"""The table model of the council's requests (Art. 18), built for tens of thousands of rows
(its filter and sort: request_filter.py).

`RequestTableModel` keeps the requests' rows (`store.request_queries.RequestRow`: every
  column the table shows, not the request's text) with each row's state computed once per
  refresh (by `rules.deadlines.request_state`), and sort keys computed once per column on
  first use, for all rows in one pass (`keys.py`). The texts are read in one query and
  folded for searching (with number, subject, addressee and answer) in slices while the
  window is idle after a refresh (`prepare_search`), or at once by the first search that
  comes sooner (issue 11: folding 25,000 texts takes longer than a keystroke may).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.deadlines import (
    ANSWERED_LATE,
    ANSWERED_ON_TIME,
    DUE_SOON,
    OVERDUE,
    WAITING,
    answer_due,
    request_state,
)
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.store.request_queries import RequestRow
from kenesh_desktop.ui.requests.keys import search_keys, sort_keys
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import Index, RowsModel, table_date

STATUSES = (WAITING, DUE_SOON, OVERDUE, ANSWERED_ON_TIME, ANSWERED_LATE)
NOT_ANSWERED = frozenset({WAITING, DUE_SOON, OVERDUE})
# The State column sorts the most urgent first: overdue, due soon, waiting, then answered.
_STATUS_RANK = {OVERDUE: 0, DUE_SOON: 1, WAITING: 2, ANSWERED_LATE: 3, ANSWERED_ON_TIME: 4}

_OVERDUE_BACK = QBrush(QColor("#fbe4e2"))
_OVERDUE_TEXT = QBrush(QColor("#8c1d18"))
_SOON_TEXT = QBrush(QColor("#6d4200"))
_LATE_TEXT = QBrush(QColor("#8a5300"))
_ON_TIME_TEXT = QBrush(QColor("#1b6e20"))
_STATE_TEXT = {OVERDUE: _OVERDUE_TEXT, DUE_SOON: _SOON_TEXT, ANSWERED_LATE: _LATE_TEXT,
               ANSWERED_ON_TIME: _ON_TIME_TEXT}

NUMBER, SUBJECT, ADDRESSEE, REGISTERED, DUE, STATE, ANSWERED, SUMMARY = range(8)
LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
CENTER = int(Qt.AlignmentFlag.AlignCenter.value)


FOLD_SLICE = 2500
"""Requests folded for searching per idle step (a few milliseconds each)."""


class RequestTableModel(RowsModel):
    """The requests, one row each: number, subject, addressee, registered, answer due, state,
    answered, answer summary. Overdue rows have a red background."""

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._titles = [self.tr("Number"), self.tr("Subject"), self.tr("Addressee"),
                        self.tr("Registered"), self.tr("Answer due"), self.tr("State"),
                        self.tr("Answered"), self.tr("Answer summary")]
        self._records: list[RequestRow] = []
        self._load_texts: Callable[[], dict[str, str]] = dict
        self._texts: dict[str, str] | None = None
        self._search_parts: list[str] = []
        self._status: list[str] = []
        self._days: list[int] = []
        self._registered: list[int] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._search: list[str] | None = None
        self._rulebook: Rulebook = LAW_74
        self._lang = "en"
        self.overdue = 0

    # -- records --------------------------------------------------------------------------
    def set_requests(self, requests: list[RequestRow], today: dt.date,
                     rulebook: Rulebook = LAW_74,
                     texts: Callable[[], dict[str, str]] | None = None) -> None:
        """Show these requests (rows of `request_queries.council_request_rows`, or whole
        records) with their state on `today` (one model reset). `texts` reads every
        request's text by id when a search first needs them (None: the rows' own `text`)."""
        self.beginResetModel()
        self._records = list(requests)
        self._load_texts = texts or (
            lambda: {q.id: getattr(q, "text", "") for q in self._records})
        self._texts = None
        self._search_parts = []
        self._rulebook = rulebook
        self._lang = self.session.language()
        self._compute_states(today)
        self._sort_keys = {}
        self._search = None
        self.endResetModel()

    def _compute_states(self, today: dt.date) -> None:
        """Each row's state by `rules.deadlines.request_state` (Art. 18), asked once per
        distinct case: a request not answered depends only on its registration day, an
        answered one only on how many days after registration it was answered."""
        waiting: dict[int, tuple[str, int]] = {}
        answered: dict[int, tuple[str, int]] = {}
        status: list[str] = []
        days: list[int] = []
        registered_days: list[int] = []
        rb = self._rulebook
        for q in self._records:
            registered = q.registered.toordinal()
            registered_days.append(registered)
            if q.answered is None:
                case = waiting.get(registered)
                if case is None:
                    state = request_state(q.registered, None, today, rb)
                    shown = state.days_overdue if state.status == OVERDUE else state.days_left
                    case = waiting[registered] = (state.status, shown)
            else:
                offset = q.answered.toordinal() - registered
                case = answered.get(offset)
                if case is None:
                    state = request_state(q.registered, q.answered, today, rb)
                    case = answered[offset] = (state.status, state.days_overdue)
            status.append(case[0])
            days.append(case[1])
        self._status, self._days, self._registered = status, days, registered_days
        self.overdue = status.count(OVERDUE)

    def records(self) -> list[RequestRow]:
        return list(self._records)

    def record(self, row: int) -> RequestRow:
        return self._records[row]

    def text(self, row: int) -> str:
        """The request's text (the texts are read once, at the first need)."""
        if self._texts is None:
            self._texts = self._load_texts()
        return self._texts.get(self._records[row].id, "")

    def status(self, row: int) -> str:
        return self._status[row]

    def statuses(self) -> list[str]:
        return self._status

    def registered_days(self) -> list[int]:
        """Each row's registration day as an ordinal (what the period filter compares)."""
        return self._registered

    def row_of(self, request_id: str) -> int:
        return next((i for i, q in enumerate(self._records) if q.id == request_id), -1)

    def search_texts(self) -> list[str]:
        """Each row's number, subject, addressee, text and answer, folded for searching;
        what `prepare_search` has not folded yet is folded now."""
        while not self.prepare_search(len(self._records)):
            pass
        assert self._search is not None
        return self._search

    def search_ready(self) -> bool:
        return self._search is not None

    def prepare_search(self, rows: int = FOLD_SLICE) -> bool:
        """Fold the search text of the next `rows` requests (the first step reads the
        texts); True once every row's is folded."""
        if self._search is not None:
            return True
        if self._texts is None:
            self._texts = self._load_texts()
        texts, done = self._texts, len(self._search_parts)
        self._search_parts.extend(search_keys([
            f"{q.number}\n{q.subject}\n{q.addressee}\n{texts.get(q.id, '')}\n"
            f"{q.answer_summary}" for q in self._records[done:done + rows]
        ]))
        if len(self._search_parts) < len(self._records):
            return False
        self._search = self._search_parts
        return True

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's sort key in `column`, computed for all rows on the first sort by it."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = self._make_keys(column)
        return keys

    def _make_keys(self, column: int) -> list[Any]:
        records = self._records
        if column == NUMBER:
            return sort_keys([q.number for q in records], natural=True)
        if column in (SUBJECT, ADDRESSEE, SUMMARY):
            attribute = {SUBJECT: "subject", ADDRESSEE: "addressee",
                         SUMMARY: "answer_summary"}[column]
            return sort_keys([getattr(q, attribute) for q in records])
        if column in (REGISTERED, DUE):  # the answer is due a fixed time after registration
            return self._registered
        # Plain integers rather than tuples: comparing them is what sorting 25,000 rows costs.
        if column == ANSWERED:
            never = dt.date.max.toordinal() + 1  # not answered: after every answer
            return [never if q.answered is None else q.answered.toordinal() for q in records]
        # State: rank, then the most overdue / the soonest due first, then registration day.
        rank = _STATUS_RANK
        shift = 1 << 20  # above every day number and every ordinal of a real date
        return [((rank[s] * shift + (shift // 2) + (-d if s == OVERDUE else d)) * (shift * 4)
                 + reg)
                for s, d, reg in zip(self._status, self._days, self._registered, strict=True)]

    # -- what a cell shows ------------------------------------------------------------------
    def state_text(self, row: int) -> str:
        status, days = self._status[row], self._days[row]
        lang = self._lang
        if status == ANSWERED_ON_TIME:
            return self.tr("answered on time")
        if status == ANSWERED_LATE:
            return self.tr("answered {days} late").format(days=format_days(days, lang))
        if status == OVERDUE:
            return self.tr("overdue by {days}").format(days=format_days(days, lang))
        if days == 0:
            return self.tr("due today")
        if status == DUE_SOON:
            return self.tr("due soon: {days} left").format(days=format_days(days, lang))
        return self.tr("waiting: {days} left").format(days=format_days(days, lang))

    def widest_states(self) -> list[str]:
        """The State column's longest texts in the window's language (to size the column)."""
        lang = self.session.language()
        days = format_days(88, lang)
        return [self.tr("answered on time"), self.tr("due today"),
                self.tr("answered {days} late").format(days=days),
                self.tr("overdue by {days}").format(days=days),
                self.tr("due soon: {days} left").format(days=format_days(3, lang)),
                self.tr("waiting: {days} left").format(days=format_days(13, lang))]

    def cell(self, row: int, column: int, role: int) -> Any:
        """What the cell (row, column) holds for `role`; the proxy asks this directly."""
        q = self._records[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return q.number
            if column == SUBJECT:
                return q.subject
            if column == ADDRESSEE:
                return q.addressee
            if column == REGISTERED:
                return table_date(q.registered)
            if column == DUE:
                return table_date(answer_due(q.registered, self._rulebook))
            if column == STATE:
                return self.state_text(row)
            if column == ANSWERED:
                return table_date(q.answered)
            return q.answer_summary
        if role == Qt.ItemDataRole.BackgroundRole:
            return _OVERDUE_BACK if self._status[row] == OVERDUE else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _STATE_TEXT.get(self._status[row]) if column == STATE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(q, row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER if column in (REGISTERED, DUE, ANSWERED) else LEFT
        return None

    def _tooltip(self, q: RequestRow, row: int, column: int) -> str | None:
        lang = self._lang
        if column == REGISTERED:
            return format_date(q.registered, lang)
        if column in (DUE, STATE):
            return self.tr("Art. {article}: the answer is due no later than {days} after "
                           "registration, by {date}.").format(
                article=self._rulebook.article("state_body"),
                days=format_days(self._rulebook.answer_days, lang),
                date=format_date(answer_due(q.registered, self._rulebook), lang))
        if column == ANSWERED:
            return format_date(q.answered, lang) or None
        if column == SUBJECT:
            return self.text(row) or q.subject
        if column == SUMMARY:
            return q.answer_summary or None
        return None

    # -- Qt's interface ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        return self.cell(index.row(), index.column(), role)
