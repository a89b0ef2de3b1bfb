"""Sorting and filtering the council's requests (request_models.py) for tens of thousands of
rows: `RequestFilterProxy` sorts and filters in Python over lists. A `QSortFilterProxyModel`
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
    Qt,
)

from kenesh_desktop.store.request_queries import RequestRow
from kenesh_desktop.ui.requests.keys import search_keys
from kenesh_desktop.ui.requests.request_models import REGISTERED, RequestTableModel
from kenesh_desktop.ui.table_models import Index


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
