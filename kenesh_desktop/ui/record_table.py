"""The read-only table of records every tab shows, and what every table of the window does
for the keyboard and the mouse.

`RecordTable` is the table of the tabs (one selected row; sorting and filtering through a
`RecordFilterProxy` when it has one; columns sized to their text without measuring every row).
`keyboard_table` makes Tab leave a table and a click anywhere in a check-box cell tick it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from kenesh_desktop.ui.table_models import RecordTableModel

FIT_ROWS = 100
"""How many rows a column is measured over when sized to its text (the visible ones and the
first others): a table of thousands of rows stays quick to size."""

STRETCH_CHARS = 22
"""The least room of a stretching column, in average characters."""

FIT_TEXTS = 2000
"""How many records' texts size a column of a `RecordTableModel` (measured in Python)."""


class RecordTable(QTableView):
    """A read-only table of records with one selected row.

    `model` is the table model (a `RecordTableModel` or one with `record(row)`); `proxy`, when
    given (a `RecordFilterProxy` or one with `record_at(row)`), sorts and filters it, and is
    what the view shows. `row_padding` is the room above
    and below a line of text (None keeps the style's row height).
    """

    def __init__(self, parent: QWidget, name: str, model: QAbstractItemModel,
                 proxy: QAbstractProxyModel | None = None, *, row_padding: int | None = 10,
                 alternating: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.source = model
        self.proxy = proxy
        self._fitted: list[int] = []  # the columns sized to their text (fit_columns)
        self._fitted_before = False
        self._stretch: list[int] = []  # the columns that share the room left (fit_columns)
        if proxy is not None:
            proxy.setSourceModel(model)
        self.setModel(proxy if proxy is not None else model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(alternating)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        keyboard_table(self)
        if row_padding is not None:
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + row_padding)

    # -- columns ------------------------------------------------------------------------------
    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.setSortingEnabled(True)
        self.sortByColumn(column, order)

    def fit_columns(self, stretch: Iterable[int] = (), widths: dict[int, int] | None = None
                    ) -> None:
        """Every column as wide as its text; the `stretch` ones share what is left; the ones
        in `widths` start at that width. The user may change the widths (long text is cut,
        the full text is in the tooltip).

        The columns are measured once each time the records are replaced (and when rows
        change in place): a `RecordTableModel`'s texts by `fit_text_columns`, another
        model's first FIT_ROWS rows by Qt. Never with ResizeToContents, which measures every
        row again at each layout, i.e. on every switch to the tab (issue 11).
        """
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        stretch, widths = set(stretch), widths or {}
        self._stretch = sorted(stretch)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in widths.items():
            header.resizeSection(column, width)
        model = self.model()
        self._fitted = [c for c in range(model.columnCount())
                        if c not in stretch and c not in widths]
        if not self._fitted_before:
            self._fitted_before = True
            model.modelReset.connect(self.fit_to_contents)
            model.dataChanged.connect(self.fit_to_contents)
        self.fit_to_contents()

    def fit_to_contents(self, *_args) -> None:
        """Size the columns `fit_columns` chose to their text, now."""
        model = self.source
        if isinstance(model, RecordTableModel):
            records = model.records()[:FIT_TEXTS]
            fit_text_columns(self, self._fitted,
                             lambda c: [model.column(c).text(record) for record in records])
        else:
            for column in self._fitted:
                self.resizeColumnToContents(column)
        self._place_stretch()

    def _place_stretch(self) -> None:
        """The stretching columns (a name, a place) share what the others leave, but never
        less than STRETCH_CHARS each: below that the table scrolls sideways instead of
        squeezing them to a few letters (issue 17: names cut, empty columns wide)."""
        if not self._stretch:
            return
        header = self.horizontalHeader()
        columns = range(self.model().columnCount())
        used = sum(header.sectionSize(c) for c in columns
                   if c not in self._stretch and not header.isSectionHidden(c))
        least = self.fontMetrics().averageCharWidth() * STRETCH_CHARS
        roomy = (self.viewport().width() - used) // len(self._stretch) >= least
        mode = QHeaderView.ResizeMode.Stretch if roomy else QHeaderView.ResizeMode.Interactive
        for column in self._stretch:
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if not roomy:
                header.resizeSection(column, least)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_stretch()

    def set_widths(self, widths: dict[int, int]) -> None:
        """Fixed starting widths the user may change: each column its preferred width, or room
        for its title (bold in some styles) and the sort arrow when that is wider. Never sized
        to contents: that would measure every row (25,000 requests)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bold = QFont(header.font())
        bold.setBold(True)
        titles = QFontMetrics(bold)
        model = self.model()
        for column, width in widths.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, titles.horizontalAdvance(title) + 28))

    # -- selection ----------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        """The selected row as shown (after sorting and filtering), or None."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_record(self) -> Any:
        row = self.selected_row()
        if row is None:
            return None
        if self.proxy is not None:
            return self.proxy.record_at(row)  # type: ignore[attr-defined]
        return self.source.record(row)  # type: ignore[attr-defined]

    def select_index(self, index: QModelIndex) -> None:
        """Make `index` (of the model shown) the current, selected row, and scroll to it."""
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def select_source_row(self, row: int, reveal: Callable[[], object] | None = None) -> bool:
        """Select the record in `row` of the table model. When the filter hides it, `reveal`
        (if given) clears what hides it; False when it stays hidden or `row` is -1."""
        if row < 0:
            return False
        index = self.source.index(row, 0)
        if self.proxy is not None:
            index = self.proxy.mapFromSource(index)
            if not index.isValid() and reveal is not None:
                reveal()
                index = self.proxy.mapFromSource(self.source.index(row, 0))
        if not index.isValid():
            return False
        self.select_index(index)
        return True


class _CheckCells(QObject):
    """A click anywhere in a check-box cell ticks or clears it (not only on the little box);
    the view's own handling of that click is skipped, so it never toggles twice."""

    def eventFilter(self, viewport: QObject, event: QEvent) -> bool:  # noqa: N802
        kinds = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                 QEvent.Type.MouseButtonDblClick)
        if event.type() not in kinds or event.button() != Qt.MouseButton.LeftButton:
            return False
        view = viewport.parent()
        index = view.indexAt(event.position().toPoint())
        flags = index.flags() if index.isValid() else Qt.ItemFlag.NoItemFlags
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            view.setFocus(Qt.FocusReason.MouseFocusReason)
            view.setCurrentIndex(index)
            toggle_check(view, index)
        return True


def toggle_check(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Tick a check-box cell that is clear, clear one that is ticked."""
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    checked = state is not None and Qt.CheckState(state) == Qt.CheckState.Checked
    new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
    return view.model().setData(index, new, Qt.ItemDataRole.CheckStateRole)


def keyboard_table(view: QAbstractItemView) -> None:
    """What every table of the window does for the keyboard and the mouse: Tab leaves it for
    the next field or button (the arrows move within it), Space ticks the current check-box
    cell (Qt's own), and a click anywhere in a check-box cell ticks it."""
    view.setTabKeyNavigation(False)
    view.viewport().installEventFilter(_CheckCells(view))


def fit_text_columns(view: QTableView, columns: Iterable[int],
                     texts: Callable[[int], Iterable[str]]) -> None:
    """Size each of `columns` of `view` to its widest text (`texts(column)`: the column's
    texts) or its title, whichever is wider.

    What `resizeColumnToContents` gives for plain text cells, for a small part of its cost:
    Qt asks the model for every role of every cell it measures, through Python each time."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    # The item delegate's room around the text (QStyledItemDelegate: the focus frame's
    # margin plus one, on each side) and the grid line.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = 2 * margin + (1 if view.showGrid() else 0)
    for column in columns:
        widest = max((metrics.horizontalAdvance(text) for text in texts(column) if text),
                     default=0)
        header.resizeSection(column, max(header.sectionSizeHint(column), widest + room + 1))
