"""Generic Qt table models over lists of records (the dataclasses of rules/records.py).

A tab describes its columns once (`Column`: title, text, sort key, alignment) and gets a
`RecordTableModel` that Qt views, `qtmodeltester` and `RecordFilterProxy` understand. The
proxy sorts by each column's Python sort key (Kyrgyz alphabetical order for names, real
dates for dates) and filters with `lang.search_key`, so look-alike letters (ӊ/ң, є/ө) match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from kenesh_desktop.lang.collation import kyrgyz_sort_key
from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.lang.folding import search_key

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def date_sort_key(day: dt.date | None) -> tuple:
    """Dates in order, an empty date after every real one."""
    return (1, dt.date.max) if day is None else (0, day)


def table_date(day: dt.date | None) -> str:
    """A date in a table: the official form of the window's language, as every table of
    the window writes it (issue 17: one date style; "" for no date)."""
    from kenesh_desktop.ui.i18n import current_language

    return format_date(day, current_language())


def date_column(title: str, day: Callable[[Any], dt.date | None], *,
                alignment: Qt.AlignmentFlag = LEFT, tooltip: bool = False) -> Column:
    """A column of dates (`day(record)`) in the window's one style, in date order (no date
    last); with `tooltip`, the date again in the tooltip, for a column narrow enough to cut
    it."""
    return Column(title, lambda record: table_date(day(record)),
                  sort_key=lambda record: date_sort_key(day(record)), alignment=alignment,
                  tooltip=(lambda record: table_date(day(record))) if tooltip else None)


def text_sort_key(text: str | None) -> tuple:
    """Text in Kyrgyz alphabetical order (Ң after Н, Ө after О, Ү after У), empty last."""
    return (1,) if not text else (0, kyrgyz_sort_key(text))


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (translated) title, the text a record shows in it, how it sorts."""

    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[T], str] | None = None

    def key(self, record: T) -> Any:
        if self.sort_key is not None:
            return self.sort_key(record)
        return text_sort_key(self.text(record))


class RowsModel(QAbstractTableModel):
    """What Qt asks of every flat table of the window: rows (`_records`) under column titles
    (`_titles`), selectable and enabled. Subclasses give `data` (and their own flags)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._titles: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RecordTableModel(RowsModel, Generic[T]):
    """A read-only table of records; `set_records` replaces them all (one model reset).

    Subclasses may override `foreground(record)` / `background(record)` to colour a row.
    """

    def __init__(self, columns: Sequence[Column[T]] = (), parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._titles = [column.title for column in self._columns]
        self._records: list[T] = []

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """Set the columns (before any record is shown: a subclass builds translated titles
        once it is a QObject and `self.tr` works)."""
        self.beginResetModel()
        self._columns = list(columns)
        self._titles = [column.title for column in self._columns]
        self.endResetModel()

    # -- records --------------------------------------------------------------------------
    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def row_where(self, predicate: Callable[[T], bool]) -> int:
        """The first row whose record satisfies `predicate`, or -1."""
        return next((i for i, rec in enumerate(self._records) if predicate(rec)), -1)

    def number(self, record: T) -> int:
        """The record's place in the table, from 1 (the very record, not an equal one)."""
        return next((n for n, x in enumerate(self._records, start=1) if x is record), 0)

    def column(self, column: int) -> Column[T]:
        return self._columns[column]

    def sort_key(self, row: int, column: int) -> Any:
        return self._columns[column].key(self._records[row])

    def search_text(self, row: int) -> str:
        """Every column's text of a row, folded for "contains" searches."""
        record = self._records[row]
        return search_key(" ".join(column.text(record) for column in self._columns))

    # -- colours (override) -----------------------------------------------------------------
    def foreground(self, record: T, column: int) -> QBrush | None:
        return None

    def background(self, record: T, column: int) -> QBrush | None:
        return None

    # -- Qt's interface ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record, index.column())
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts a `RecordTableModel` by its columns' sort keys and filters it by typed text.

    `set_needle` filters on every column's text (folded with `search_key`); `accepts(record)`
    is an extra condition subclasses add (e.g. "only members active today").
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "_needle", search_key(text.strip())))

    def refilter(self, change: Callable[[], object]) -> None:
        """Apply `change` (to what `accepts` or the needle depends on) and filter again."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def accepts(self, record: Any) -> bool:
        return True

    def source(self) -> RecordTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def record_at(self, proxy_row: int) -> Any:
        source_index = self.mapToSource(self.index(proxy_row, 0))
        return self.source().record(source_index.row())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.source()
        if not self.accepts(model.record(source_row)):
            return False
        return not self._needle or self._needle in model.search_text(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.source()
        column = left.column()
        return model.sort_key(left.row(), column) < model.sort_key(right.row(), column)
