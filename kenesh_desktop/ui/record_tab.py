"""What every list-and-detail tab of the window is built on: the table of one kind of record,
its find field, its Add / Edit / Delete buttons and keys, a record's history, and the reading
again after every change with the selected record kept.

A tab (Members, Candidates, Sittings, Plan) or a view of one (requests, proposals, notices)
says what it shows and how its records are edited through a few methods (`records`,
`dialog`, `deletion`, and `history_subject` when it has a History), lays out the pieces made
here with its own, and keeps only what is its own (Members' "End membership", the sitting's
detail, the plan's year). `OrderedRecordTab` adds Up / Down for records kept in an order
(the plan's activities, a sitting's agenda and speakers).

The widgets are named after the kind, so tests and the window find them: kind "Member" gives
MemberFilter, AddMemberButton, EditMemberButton, DeleteMemberButton, MemberTable and
MemberHistoryAction (`names` renames any of them). Keys: Ins adds (while the tab is shown,
or with `scope=TABLE_ONLY` while the focus is in it), Ctrl+Shift+F goes to the find field,
Enter / F2 / a double click edits, Del deletes, Ctrl+H shows the history — the last three from
the table only (Del in the find field deletes text), and listed in the table's right-click
menu. Every write is one undoable step (`widgets.confirm_and_write`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from kenesh_desktop.ui.record_table import RecordTable
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import (
    FILTER_KEY,
    TABLE_ONLY,
    WINDOW,
    confirm_and_write,
    filter_field,
    open_dialog,
    push_button,
    shortcut,
    tool_row,
    write_or_warn,
)

if TYPE_CHECKING:
    from kenesh_desktop.ui.audit_view import HistoryDialog


@dataclass(frozen=True)
class RecordWords:
    """What a tab calls its actions, translated by the tab itself (its own `tr` context)."""

    add: str
    """The Add button ("Add member…")."""
    add_key: str
    """Ins, F2 and Del as Help → Keyboard shortcuts and the table's menu name them ("Add
    member", "Edit member", "Delete member")."""
    edit_key: str
    delete_key: str
    add_tip: str = ""
    delete: str = ""
    """The Delete button's text; "" is "Delete"."""
    delete_tip: str = ""
    find: str | None = None
    """The find field's placeholder; None: the tab has no find field."""


@dataclass(frozen=True)
class Deletion:
    """What deleting a record asks, and the store write that does it."""

    title: str
    question: str
    write: Callable[[], object]


class RecordTab(QWidget):
    """A table of one kind of record with Add, Edit, Delete and (with a `history_kind`)
    History. `follow_session` False: a page another part shows (`set_context`), not read
    again on the session's news itself."""

    navigation_kind = ""
    """The kind `show_record` selects (session.navigate's "member", "request"...)."""
    history_kind = ""
    """The audit trail's name of the records (store/audit.py) when the tab has a History."""
    view_read_only = False
    """Edit stays enabled on a record that cannot be changed: its form opens to be read."""

    def __init__(self, session: AppSession, parent: QWidget | None, *, kind: str,
                 words: RecordWords, model: QAbstractItemModel,
                 proxy: QAbstractProxyModel | None = None, scope: Qt.ShortcutContext = WINDOW,
                 names: dict[str, str] | None = None, row_padding: int | None = 10,
                 alternating: bool = True, follow_session: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        names = {"filter": f"{kind}Filter", "add": f"Add{kind}Button",
                 "edit": f"Edit{kind}Button", "delete": f"Delete{kind}Button",
                 "table": f"{kind}Table", "history": f"{kind}HistoryAction", **(names or {})}
        self.model = model
        self.proxy = proxy
        self.filter = (filter_field(self, names["filter"], words.find)
                       if words.find is not None else None)
        self.add_button = push_button(self, words.add, names["add"], words.add_tip)
        self.edit_button = push_button(self, self.tr("Edit…"), names["edit"])
        self.delete_button = push_button(self, words.delete or self.tr("Delete"),
                                         names["delete"], words.delete_tip)
        self.view = RecordTable(self, names["table"], model, proxy, row_padding=row_padding,
                                alternating=alternating)

        self.add_action = shortcut(self, words.add_key, Qt.Key.Key_Insert, self.add_record,
                                   scope)
        if self.filter is not None:
            # Ctrl+F is the window's search of every record (Edit → Find).
            self.find_action = shortcut(self, self.tr("Filter the list"), FILTER_KEY,
                                        self.focus_filter, scope)
            self.filter.textChanged.connect(self.filter_changed)
        self.edit_action = shortcut(self.view, words.edit_key, Qt.Key.Key_F2, self.edit_record,
                                    TABLE_ONLY)
        self.delete_action = shortcut(self.view, words.delete_key,
                                      QKeySequence.StandardKey.Delete, self.delete_record,
                                      TABLE_ONLY)
        self.history_action = None
        if self.history_kind:
            # Issue 9: a record's history, from the table's menu or Ctrl+H (a small screen's
            # row of buttons is full).
            self.history_action = shortcut(self.view, self.tr("History…"), "Ctrl+H",
                                           self.show_history, TABLE_ONLY)
            self.history_action.setObjectName(names["history"])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.view.activated.connect(self.activated)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.delete_button.clicked.connect(self.delete_record)
        if follow_session:  # else the tab is a page shown by another (`set_context`)
            session.changed.connect(self.refresh)

    # -- what a tab says about its records (override) ------------------------------------
    def records(self) -> Sequence[Any]:
        """The records the table shows now (the current council's)."""
        raise NotImplementedError

    def record_id(self, record: Any) -> Any:
        return record.id

    def editable(self, record: Any = None) -> bool:
        """Whether records may be added (`record` None), or `record` changed and deleted, as
        far as the records go (a finalized sitting's are not); what the login may do is
        `may_change`'s."""
        return self.session.council_id is not None

    def may_change(self, record: Any = None) -> bool:
        """`editable`, where the login may change the council (issue 19: a reader's or a
        chair's window has Add, Delete and Up / Down off; Edit opens the form to read)."""
        return self.session.may() and self.editable(record)

    def dialog(self, record: Any) -> QDialog | None:
        """The form that adds a record (`record` None) or edits `record`; None: refused."""
        raise NotImplementedError

    def deletion(self, record: Any, council_id: str) -> Deletion:
        raise NotImplementedError

    def history_subject(self, record: Any) -> str:
        """How the History dialog names `record`."""
        return str(self.record_id(record))

    def reveal(self) -> None:
        """Clear what hides a record that is to be selected (the find field, other filters)."""
        if self.filter is not None:
            self.filter.clear()

    def activated(self, _index: QModelIndex) -> None:
        """Enter or a double click on a row: its form."""
        self.edit_record()

    def filter_changed(self) -> None:
        assert self.filter is not None
        self.proxy.set_needle(self.filter.text())  # type: ignore[union-attr]

    def tools(self, *leading: QWidget | tuple[QWidget, int],
              extra: Sequence[QWidget] = ()) -> QHBoxLayout:
        """The row above the table: the find field and `leading` widgets on the left; Add,
        Edit, the `extra` buttons and Delete on the right."""
        first = ((self.filter, 2),) if self.filter is not None else ()
        return tool_row(*first, *leading, buttons=(self.add_button, self.edit_button, *extra,
                                                   self.delete_button))

    # -- refresh and selection -------------------------------------------------------------
    def refresh(self) -> None:
        self.setEnabled(self.session.council_id is not None)
        self.show_records(self.records())

    def show_records(self, records: Sequence[Any]) -> None:
        """Show `records`, the record selected before still selected (if it is there)."""
        selected = self.selected_record()
        self.model.set_records(records)  # type: ignore[attr-defined]
        if selected is not None:
            self.select_record(self.record_id(selected), reveal=False)
        self.update_buttons()

    def selected_record(self) -> Any:
        return self.view.selected_record()

    def row_of(self, record_id: Any) -> int:
        """The table model's row of the record, or -1."""
        return self.model.row_where(  # type: ignore[attr-defined]
            lambda record: self.record_id(record) == record_id)

    def select_record(self, record_id: Any, reveal: bool = True) -> bool:
        """Select (and scroll to) a record; with `reveal`, clear the filters that hide it."""
        return self.view.select_source_row(self.row_of(record_id),
                                           self.reveal if reveal else None)

    def selection_changed(self, *_args: Any) -> None:
        self.update_buttons()

    def update_buttons(self) -> None:
        record = self.selected_record()
        can_add = self.may_change()
        changeable = record is not None and self.may_change(record)
        readable = record is not None and (self.editable(record) or self.view_read_only)
        for widget in (self.add_button, self.add_action):
            widget.setEnabled(can_add)
        for widget in (self.edit_button, self.edit_action):
            widget.setEnabled(readable)
        for widget in (self.delete_button, self.delete_action):
            widget.setEnabled(changeable)
        if self.history_action is not None:
            self.history_action.setEnabled(record is not None)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation from the Overview, the search or another tab."""
        if kind != self.navigation_kind:
            return False
        found = self.select_record(record_id)
        if found:
            self.view.setFocus()
        return found

    def focus_filter(self) -> None:
        if self.filter is not None:
            self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter.selectAll()

    # -- actions -------------------------------------------------------------------------------
    def add_record(self) -> QDialog | None:
        if not self.may_change():
            return None
        dialog = self.dialog(None)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self.select_added(dialog))
        return open_dialog(dialog)

    def select_added(self, dialog: QDialog) -> None:
        """After a form added a record: select it (`saved_id`, the store's id of it)."""
        self.select_record(getattr(dialog, "saved_id", None) or "")

    def edit_record(self) -> QDialog | None:
        record = self.selected_record()
        if record is None or not (self.view_read_only or self.editable(record)):
            return None
        dialog = self.dialog(record)
        return None if dialog is None else open_dialog(dialog)

    def delete_record(self) -> bool:
        """Delete the selected record after a question naming it (No is the default)."""
        record, council_id = self.selected_record(), self.session.council_id
        if record is None or council_id is None or not self.may_change(record):
            return False
        deletion = self.deletion(record, council_id)
        return confirm_and_write(self, self.session, deletion.title, deletion.question,
                                 deletion.write)

    def show_history(self) -> HistoryDialog | None:
        """Issue 9: every change of the selected record, when and by whom."""
        from kenesh_desktop.ui import audit_view  # it shows sittings' words: ui.meetings

        record, council_id = self.selected_record(), self.session.council_id
        if record is None or council_id is None or not self.history_kind:
            return None
        return audit_view.show_history(self, self.session, self.history_kind, council_id,
                                       self.record_id(record), self.history_subject(record))


class OrderedRecordTab(RecordTab):
    """Records kept in an order the user sets (Up / Down, Ctrl+Up / Ctrl+Down in the table):
    a record is selected by its place (0-based), and the tab says how a record is moved
    (`move_write`).

    `ins_in_table` makes Ins, pressed in this table, add here rather than do what Ins does in
    the rest of the tab (a page of the Sittings tab, where Ins is "New sitting")."""

    def __init__(self, session: AppSession, parent: QWidget | None, *, kind: str,
                 words: RecordWords, model: QAbstractItemModel, move_words: tuple[str, str],
                 up_name: str, down_name: str, ins_in_table: bool = False,
                 **options: Any) -> None:
        super().__init__(session, parent, kind=kind, words=words, model=model, **options)
        up_tip, down_tip = move_words
        self.up_button = push_button(self, self.tr("Up"), up_name, up_tip)
        self.down_button = push_button(self, self.tr("Down"), down_name, down_tip)
        self.up_action = shortcut(self.view, self.tr("Move up"), "Ctrl+Up",
                                  lambda: self.move(-1), TABLE_ONLY)
        self.down_action = shortcut(self.view, self.tr("Move down"), "Ctrl+Down",
                                    lambda: self.move(+1), TABLE_ONLY)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        if ins_in_table:
            self.add_action.setShortcut(QKeySequence())  # the key is caught in the table
            self.view.installEventFilter(self)

    def selected_index(self) -> int | None:
        return self.view.selected_row()

    def row_of(self, record_id: Any) -> int:
        rows = self.model.rowCount()
        return record_id if isinstance(record_id, int) and 0 <= record_id < rows else -1

    def select_added(self, dialog: QDialog) -> None:
        self.select_record(getattr(dialog, "saved_index", None) or 0)

    def show_records(self, records: Sequence[Any]) -> None:
        self.keep_place(lambda: self.model.set_records(records))  # type: ignore[attr-defined]

    def keep_place(self, show: Callable[[], object]) -> None:
        """`show()` the records again; the place selected before stays selected (the last
        one when the list got shorter)."""
        selected = self.selected_index()
        show()
        count = self.model.rowCount()
        if selected is not None and count:
            self.select_record(min(selected, count - 1))
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        index, last = self.selected_index(), self.model.rowCount() - 1
        changeable = index is not None and self.may_change(self.selected_record())
        self.up_button.setEnabled(changeable and bool(index))
        self.down_button.setEnabled(changeable and index is not None and index < last)

    def move_write(self, council_id: str, index: int, target: int) -> tuple[str, Callable]:
        """The step's name and the store write that moves the record at `index` to
        `target`; the write returns the record's new place."""
        raise NotImplementedError

    def move(self, offset: int) -> bool:
        """Move the selected record `offset` places (-1 up, +1 down); True when it moved."""
        index, council_id = self.selected_index(), self.session.council_id
        if index is None or council_id is None or not self.may_change(self.selected_record()):
            return False
        target = index + offset
        if not 0 <= target < self.model.rowCount():
            return False
        title, write = self.move_write(council_id, index, target)
        done, new_index = write_or_warn(self, self.session, title, write)
        if not done or new_index is None:
            return False
        self.select_record(new_index)
        return new_index != index

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.view and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Insert
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes here as a key press, not as the tab's shortcut
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.add_record()
                return True
        return super().eventFilter(watched, event)
