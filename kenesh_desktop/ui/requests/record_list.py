"""What the proposals view and the notices view have in common: a find field, Add / Edit /
Delete, and the table of the council's records of that kind (ui/record_tab.py), read again
after every change.

A view names its widgets after its kind ("Notice": NoticesView, NoticeFilter,
AddNoticeButton, EditNoticeButton, DeleteNoticeButton, NoticeTable), and says how its rows are
read (`load`: the store's query), which record a row holds (`record`: the row's attribute),
which form edits one (`form`) and how one is deleted (`deletion`). Its keys (Ins,
Ctrl+Shift+F) work while the focus is in the view: the Requests tab shows three views, each
with its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from kenesh_desktop.ui.record_tab import RecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordFilterProxy, RecordTableModel
from kenesh_desktop.ui.widgets import TABLE_ONLY


class RecordListView(RecordTab):
    """A filterable table of one kind of record with Add, Edit and Delete (and `extra`
    buttons, placed before Delete)."""

    def __init__(self, session: AppSession, parent: QWidget | None, *, kind: str,
                 model: RecordTableModel, words: RecordWords, sort: tuple[int, Qt.SortOrder],
                 load: Callable[[str], list[Any]], record: str, form: Callable[..., QDialog],
                 extra: tuple[QPushButton, ...] = ()) -> None:
        super().__init__(session, parent, kind=kind, words=words, model=model,
                         proxy=RecordFilterProxy(), scope=TABLE_ONLY, row_padding=None,
                         alternating=False)
        self.setObjectName(f"{kind}sView")
        self._load, self._record, self._form = load, record, form
        model.setParent(self)
        self.proxy.setParent(self)  # type: ignore[union-attr]
        self.view.sort_by(*sort)
        layout = QVBoxLayout(self)
        layout.addLayout(self.tools(extra=extra))
        layout.addWidget(self.view, 1)

    def records(self) -> list[Any]:
        council_id = self.session.council_id
        return self._load(council_id) if council_id else []

    def record_id(self, row: Any) -> str:
        return getattr(row, self._record).id

    def dialog(self, row: Any) -> QDialog:
        return self._form(self.session, getattr(row, self._record) if row else None, self)
