"""Undo and redo for every edit of the window: one QUndoStack per council, in one QUndoGroup.

How a tab makes its edit undoable: write through `widgets.write_or_warn`,
`widgets.confirm_and_write` or a `FormDialog` (each records the write under its title), or
wrap a direct store write in `with session.history.step(title):`. Nothing else is needed:
the store captures the rows written (store/changes.py). A write made outside these is not
undoable, and the histories are forgotten (undoing past it could undo around it).

A command undone or redone after its rows were changed by something else refuses
(`changes.ChangeConflict`), says so, and the council's history is cleared.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from kenesh_desktop.store import changes
from kenesh_desktop.store.writes import WriteError

if TYPE_CHECKING:
    from kenesh_desktop.ui.session import AppSession

T = TypeVar("T")
MERGEABLE = 1717
"""The id of commands that change existing rows only (QUndoCommand.id: may merge)."""
MERGE_SECONDS = 1.5
"""Changes of the same rows this close together are one step (a burst of key presses)."""

class StoreCommand(QUndoCommand):
    """One edit: the rows it wrote (`changes.ChangeSet`), undone and redone as a whole."""

    def __init__(self, history: UndoHistory, title: str, changeset: changes.ChangeSet) -> None:
        super().__init__(title)
        self.history = history
        self.changeset = changeset
        self._pushed = False
        self.at = time.monotonic()

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGEABLE if self.changeset.updates_only() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """One step for a quick run of the same change to the same rows (a date stepped day by
        day with the arrow keys): undone at once, back to before the run."""
        if not isinstance(other, StoreCommand) or other.text() != self.text() \
                or other.changeset.rows() != self.changeset.rows() \
                or other.at - self.at > MERGE_SECONDS:
            return False
        self.changeset = self.changeset.then(other.changeset)
        self.at = other.at
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push runs redo(): the write is already made
            self._pushed = True
            return
        self.history.apply(self.changeset.redo)

    def undo(self) -> None:
        self.history.apply(self.changeset.undo)


class UndoHistory(QObject):
    """The session's undo stacks, the active one following the council shown."""

    refused = Signal(str)
    """An undo or redo was refused: the reason, in the window's language."""

    def __init__(self, session: AppSession) -> None:
        super().__init__(session)
        self.session = session
        self.group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}
        self._applying = False
        changes.install()
        self._unrecorded = changes.unrecorded_writes
        session.council_switched.connect(self._council_switched)
        session.changed.connect(self.check_unrecorded)

    # -- the stacks ----------------------------------------------------------------------------
    def stack(self, council_id: str | None = None) -> QUndoStack | None:
        """The stack of `council_id` (the current council's by default), made when needed."""
        council_id = council_id or self.session.council_id
        if not council_id:
            return None
        stack = self._stacks.get(council_id)
        if stack is None:
            stack = self._stacks[council_id] = QUndoStack(self.group)
            stack.setObjectName(f"UndoStack_{council_id}")
        return stack

    def _council_switched(self, council_id: str) -> None:
        self.group.setActiveStack(self.stack(council_id) if council_id else None)

    def forget_current(self) -> None:
        stack = self._stacks.get(self.session.council_id or "")
        if stack is not None and not self._applying:
            stack.clear()

    def clear_all(self) -> None:
        for stack in self._stacks.values():
            stack.clear()

    def check_unrecorded(self) -> bool:
        """Forget every history when a write was made outside every step since we last
        looked (it cannot be undone, and undoing around it could undo what it relied on);
        True when nothing was."""
        if changes.unrecorded_writes == self._unrecorded:
            return True
        self._unrecorded = changes.unrecorded_writes
        if not self._applying:
            self.clear_all()
        return False

    # -- recording -----------------------------------------------------------------------------
    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        """Record the store writes made inside the block as one undoable command `title`
        (what was written before a refusal is recorded too)."""
        with changes.capture() as captured:
            try:
                yield
            finally:
                self._push(title, captured.changeset())

    def record(self, title: str, write: Callable[[], T]) -> T:
        with self.step(title):
            return write()

    def _push(self, title: str, changeset: changes.ChangeSet) -> None:
        self.check_unrecorded()
        if not changeset.undoable:  # a sitting finalized, a scan's file: no way back
            if changeset.adds_or_removes_a_council():
                self.clear_all()
            else:
                self.forget_current()
            return
        stack = self.stack()
        if changeset and stack is not None:
            stack.push(StoreCommand(self, title, changeset))

    # -- undoing -------------------------------------------------------------------------------
    def apply(self, change: Callable[[], None]) -> None:
        """Run an undo or redo; tell every tab; on a refusal say why and clear the stack."""
        from kenesh_desktop.ui import store_messages

        if not self.check_unrecorded():
            return  # the stacks were cleared: nothing to undo any more
        self._applying = True
        try:
            change()
        except WriteError as exc:
            stack = self.group.activeStack()
            if stack is not None:
                QTimer.singleShot(0, stack.clear)
            self.refused.emit(store_messages.message(exc))
            return
        finally:
            self._applying = False
        self.session.notify_changed()
