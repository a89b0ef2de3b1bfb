"""What the proposals view and the notices view have in common: a find field, Add / Edit /
Delete, and the table of the council's records of that kind, read again after every change.

A view names its widgets after its kind ("Notice": NoticeFilter, AddNoticeButton,
EditNoticeButton, DeleteNoticeButton, NoticeTable) and says how its records are read,
identified, edited and deleted (`load`, `record_id`, `dialog`, `delete_question`, `delete`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.table_models import RecordFilterProxy, RecordTableModel
from kenesh_desktop.ui.widgets import (
    RecordTable,
    confirm_and_write,
    filter_field,
    open_dialog,
    push_button,
    tool_row,
)


class RecordListView(QWidget):
    """A filterable table of one kind of record with Add, Edit and Delete (and `extra`
    buttons, placed before Delete)."""

    def __init__(self, session: AppSession, parent: QWidget | None, *, kind: str,
                 model: RecordTableModel, placeholder: str, add_text: str,
                 sort: tuple[int, Qt.SortOrder], extra: tuple[QPushButton, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}sView")
        self.session = session
        self.filter = filter_field(self, f"{kind}Filter", placeholder)
        self.add_button = push_button(self, add_text, f"Add{kind}Button")
        self.edit_button = push_button(self, self.tr("Edit…"), f"Edit{kind}Button")
        self.delete_button = push_button(self, self.tr("Delete"), f"Delete{kind}Button")
        self.model = model
        self.proxy = RecordFilterProxy(self)
        self.view = RecordTable(self, f"{kind}Table", model, self.proxy, row_padding=None,
                                alternating=False)
        self.view.sort_by(*sort)

        layout = QVBoxLayout(self)
        layout.addLayout(tool_row((self.filter, 2), buttons=(
            self.add_button, self.edit_button, *extra, self.delete_button)))
        layout.addWidget(self.view, 1)

        # issue 19: off where the login may only read the council
        session.gate.add(self.add_button, self.delete_button)
        self.filter.textChanged.connect(self.proxy.set_needle)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.delete_button.clicked.connect(self.delete_record)
        session.changed.connect(self.refresh)

    # -- what a view says about its records ------------------------------------------------
    def load(self, council_id: str) -> list[Any]:
        raise NotImplementedError

    def record_id(self, row: Any) -> str:
        raise NotImplementedError

    def dialog(self, row: Any | None) -> QDialog:
        """The form that adds a record (`row` None) or edits the one in `row`."""
        raise NotImplementedError

    def delete_question(self, row: Any) -> tuple[str, str]:
        """The title and the question asked before deleting `row`."""
        raise NotImplementedError

    def delete(self, council_id: str, row: Any) -> None:
        raise NotImplementedError

    # -- refresh and selection ---------------------------------------------------------------
    def refresh(self) -> None:
        council_id = self.session.council_id
        selected = self.selected_row()
        self.model.set_records(self.load(council_id) if council_id else [])
        self.setEnabled(council_id is not None)
        if selected is not None:
            self.select_record(self.record_id(selected))
        self._update_buttons()

    def selected_row(self) -> Any:
        return self.view.selected_record()

    def select_record(self, record_id: str) -> bool:
        """Select (and scroll to) a record, clearing the find field if it hides it."""
        row = self.model.row_where(lambda x: self.record_id(x) == record_id)
        return self.view.select_source_row(row, self.filter.clear)

    def _update_buttons(self, *_args) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # -- actions ------------------------------------------------------------------------------
    def add_record(self) -> QDialog | None:
        if self.session.council_id is None:
            return None
        dialog = self.dialog(None)
        dialog.accepted.connect(lambda: self.select_record(getattr(dialog, "saved_id", "")
                                                           or ""))
        return open_dialog(dialog)

    def edit_record(self) -> QDialog | None:
        row = self.selected_row()
        return None if row is None else open_dialog(self.dialog(row))

    def delete_record(self) -> bool:
        row = self.selected_row()
        council_id = self.session.council_id
        if row is None or council_id is None:
            return False
        title, question = self.delete_question(row)
        return confirm_and_write(self, self.session, title, question,
                                 lambda: self.delete(council_id, row))
