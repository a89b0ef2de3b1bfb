"""The agenda's items as a list beside a page that works on one item at a time (the Votes and
Discussion pages): "1. Title", the first item chosen again whenever the agenda is read again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QSplitter, QVBoxLayout, QWidget

from kenesh_desktop.ui.meetings.agenda import TITLE_COLUMN, AgendaTableModel
from kenesh_desktop.ui.table_models import Index


class NumberedTitles(QIdentityProxyModel):
    """The agenda's titles as "1. Title"."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and value:
            return f"{index.row() + 1}. {value}"
        return value


class AgendaItemList(QListView):
    """The items of the agenda (`agenda`, the Agenda page's model), one chosen at a time;
    `item_changed` when another is chosen, or when the agenda was read again (a reset loses
    the chosen row: the first item is chosen)."""

    item_changed = Signal()

    def __init__(self, parent: QWidget, name: str, agenda: AgendaTableModel) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.numbered = NumberedTitles(self)
        self.numbered.setSourceModel(agenda)
        self.setModel(self.numbered)
        self.setModelColumn(TITLE_COLUMN)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSpacing(2)
        self.selectionModel().currentRowChanged.connect(lambda *_: self.item_changed.emit())
        self.numbered.modelReset.connect(self._after_reset)

    def current_item(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def select_item(self, row: int) -> None:
        if 0 <= row < self.numbered.rowCount():
            self.selectionModel().setCurrentIndex(
                self.numbered.index(row, TITLE_COLUMN),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def sitting_changed(self, shown: bool) -> None:
        """The sitting was read again (`shown`: there is one): the first item is chosen if none
        is, and `item_changed` tells the page to show the chosen item again."""
        if shown and self.current_item() is None:
            self.select_item(0)
        self.item_changed.emit()

    def _after_reset(self) -> None:
        self.select_item(0)
        self.item_changed.emit()


def beside_items(page: QWidget, items: AgendaItemList, right: QWidget) -> None:
    """Lay `page` out as the items on the left and `right` (what it shows of one) on the
    right, in a splitter neither side can be collapsed in."""
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.addWidget(items)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.addWidget(splitter)
