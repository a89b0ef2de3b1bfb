"""The table model and proxy of the council's requests (Art. 18), built for tens of
thousands of rows.

- `RequestTableModel` keeps the requests' rows (`store.request_queries.RequestRow`: every
  column the table shows, not the request's text) with each row's state computed once per
  refresh (by `rules.deadlines.request_state`), and sort keys computed once per column on
  first use, for all rows in one pass (`keys.py`). The texts are read in one query and
  folded for searching (with number, subject, addressee and answer) in slices while the
  window is idle after a refresh (`prepare_search`), or at once by the first search that
  comes sooner (issue 11: folding 25,000 texts takes longer than a keystroke may);
- `RequestFilterProxy` sorts and filters in Python over lists: a `QSortFilterProxyModel`
  would call `filterAcceptsRow` and `lessThan` from C++ once per row and per comparison, and
  those 25,000 and 400,000 crossings into Python alone take longer than the 100 ms a click may.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
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
from kenesh_desktop.ui.table_models import RowsModel, table_date

Index = QModelIndex | QPersistentModelIndex

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


class RequestFilterProxy(QAbstractProxyModel):
    """Sorts the requests by a column's precomputed keys and keeps the rows that pass the
    filters (state, registration period, text), all in Python list operations.

    `filterAcceptsRow(source_row)` is the filter, a few comparisons against lists the model
    already holds; it is applied in one loop whenever a filter or the data changes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[int] = []  # every source row, sorted
        self._rows: list[int] = []  # the rows shown: _order filtered
        self._position: dict[int, int] | None = None
        self._needle = ""
        self._statuses: frozenset[str] | None = None
        self._period: tuple[int, int] | None = None
        self._sort_column = REGISTERED
        self._sort_order = Qt.SortOrder.DescendingOrder
        # The model's per-row lists the filter reads (bound here: no call per row).
        self._status_of: list[str] = []
        self._day_of: list[int] = []
        self._text_of: list[str] = []

    # -- the source -------------------------------------------------------------------------
    def setSourceModel(self, model: RequestTableModel) -> None:
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        self._bind_source()
        self._order = self._sorted_rows()
        self._rows = self._filtered_rows()
        self._position = None
        self.endResetModel()

    def source(self) -> RequestTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _bind_source(self) -> None:
        model = self.source()
        self._status_of = model.statuses()
        self._day_of = model.registered_days()
        self._text_of = model.search_texts() if self._needle else []

    def _source_reset(self) -> None:
        self._bind_source()
        self._order = self._sorted_rows()
        self._rows = self._filtered_rows()
        self._position = None
        self.endResetModel()

    # -- filtering --------------------------------------------------------------------------
    def set_needle(self, text: str) -> None:
        """Keep the rows whose number, subject, addressee, text or answer contain `text`
        (look-alike letters and case ignored)."""
        needle = search_keys([text.strip()])[0]
        if needle != self._needle:
            if needle and not self._text_of:
                self._text_of = self.source().search_texts()
            self._refilter(lambda: setattr(self, "_needle", needle))

    def set_statuses(self, statuses: frozenset[str] | None) -> None:
        """Keep the rows in one of these states (None: every state)."""
        if statuses != self._statuses:
            self._refilter(lambda: setattr(self, "_statuses", statuses))

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Keep the rows registered from `start` to `end`, both included (None: any day)."""
        period = None if start is None or end is None else (start.toordinal(), end.toordinal())
        if period != self._period:
            self._refilter(lambda: setattr(self, "_period", period))

    def filterAcceptsRow(self, source_row: int, source_parent: Index | None = None) -> bool:
        if self._statuses is not None and self._status_of[source_row] not in self._statuses:
            return False
        if self._period is not None:
            low, high = self._period
            if not low <= self._day_of[source_row] <= high:
                return False
        return not self._needle or self._needle in self._text_of[source_row]

    def _refilter(self, change: Callable[[], object]) -> None:
        self.beginResetModel()
        change()
        self._rows = self._filtered_rows()
        self._position = None
        self.endResetModel()

    def _sorted_rows(self) -> list[int]:
        model = self.sourceModel()
        if model is None:
            return []
        keys = model.sort_keys(self._sort_column)
        return sorted(range(model.rowCount()), key=keys.__getitem__,
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _filtered_rows(self) -> list[int]:
        if self._statuses is None and self._period is None and not self._needle:
            return list(self._order)
        accepts = self.filterAcceptsRow
        return [row for row in self._order if accepts(row)]

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.sourceModel() is None or not 0 <= column < self.source().columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        sources = [(self._rows[i.row()], i.column()) for i in kept if i.row() < len(self._rows)]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_rows()
        self._rows = self._filtered_rows()
        self._position = None
        if kept:
            # A few persistent indexes (the selection, the current cell): look each row up
            # rather than build a map of every row.
            rows = self._rows
            found = {row: rows.index(row) for row in {row for row, _ in sources}
                     if row in rows} if len(sources) < 32 else self._positions()
            self.changePersistentIndexList(kept, [
                self.index(found[row], col) if row in found else QModelIndex()
                for row, col in sources
            ])
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    # -- mapping ----------------------------------------------------------------------------
    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {row: i for i, row in enumerate(self._rows)}
        return self._position

    def source_rows(self) -> list[int]:
        """The source rows shown, in the order shown."""
        return list(self._rows)

    def record_at(self, proxy_row: int) -> RequestRow:
        return self.source().record(self._rows[proxy_row])

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.source().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._positions().get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows)) or not (
                0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent(), which this override would otherwise hide
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.source().cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            model = self.sourceModel()
            return None if model is None else model.headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
