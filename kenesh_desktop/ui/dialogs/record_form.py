"""`RecordForm`: the form over one of a council's records (a member, a request, a proposal, a
commission notice, a candidate), to add one (no record) or edit one.

What every such form does the same way lives here, once:
- it shows the record as the database holds it now, having first noted the version it shows
  (`show_record`, issue 19): a save over a version changed meanwhile by someone else is then
  refused (`FormDialog.accept`) and the form is filled again with the record as it now is
  (`reload`);
- OK checks what was entered (`problems`, in the window's language) and then adds the record
  or updates it through the store (`write`); `saved_id` then holds its id (a new record's id
  comes from the store).
A form says which record it shows (`kind`, the name store/versions.py knows it by) and the
store's two writes of it (`adds`, `updates`), and gives the pieces that differ: `fresh`,
`fill`, `entered` and `problems`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kenesh_desktop.ui.dialogs.forms import FormDialog

R = TypeVar("R")


class RecordForm(FormDialog, Generic[R]):
    """A form that adds a record (`record` None) or edits `record`; see the module's
    docstring. After a successful OK, `saved_id` holds the record's id."""

    kind = ""
    """The record's name in store/versions.py ("member", "request", ...)."""
    adds: Callable[[str, Any], str]
    """The store's write that adds such a record to a council and returns its new id (a
    `staticmethod`), unless the form has its own `write_new`."""
    updates: Callable[[str, Any], None]
    """The store's write that saves such a changed record (a `staticmethod`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.record: R | None = None
        self.saved_id: str | None = None

    # -- what a form gives ----------------------------------------------------------------
    def fresh(self, record: R) -> R | None:
        """The record as the database holds it now (None, or itself, when it is gone)."""
        raise NotImplementedError

    def fill(self, record: R) -> None:
        """Put the record into the fields."""
        raise NotImplementedError

    def entered(self) -> R:
        """The record as the form holds it (not validated)."""
        raise NotImplementedError

    def problems(self, record: R) -> list[str]:
        """What must be put right before the record can be saved, in the window's language."""
        return []

    def write_new(self, council_id: str, record: R) -> str:
        """Add the record through the store; returns its new id."""
        return self.adds(council_id, record)

    def write_changed(self, council_id: str, record: R) -> None:
        """Save the changed record through the store."""
        self.updates(council_id, record)

    # -- what every form does the same way ------------------------------------------------
    def show_record(self, record: R | None) -> None:
        """Show `record` (None: a new one) as the database now holds it, watching the version
        first (issue 19: a change in between then refuses the save rather than slip under)."""
        council_id = self.session.council_id
        if record is not None and council_id:
            self.watch(self.kind, council_id, record.id)
            record = self.fresh(record) or record
        self.record = record
        if record is not None:
            self.fill(record)

    def reload(self) -> None:
        """The record as it now is, after someone else changed it (issue 19)."""
        current = self.fresh(self.record) if self.record is not None else None
        if current is not None:
            self.record = current
            self.fill(current)

    def save(self) -> str | None:
        record = self.entered()
        problems = self.problems(record)
        if problems:
            return "\n".join(problems)
        council_id = self.session.council_id
        if council_id is not None:
            self.write(council_id, record)
        return None

    def write(self, council_id: str, record: R) -> None:
        """Add or update the record; `saved_id` is then its id."""
        if self.record is None:
            self.saved_id = self.write_new(council_id, record)
        else:
            self.write_changed(council_id, record)
            self.saved_id = record.id
