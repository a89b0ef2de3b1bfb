"""The window's shared state: which database and council are open, and news of every change.

Every tab gets the one `AppSession`. A tab writes through a store write function, then calls
`notify_changed()`; every tab (and the Overview) refreshes from the `changed` signal, never
from a timer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kenesh_desktop.rules.records import Council
from kenesh_desktop.rules.rulebook import Rulebook, default_rulebook


class AppSession(QObject):
    changed = Signal()
    """Data of the current council changed (a write happened, or another council was chosen)."""
    council_switched = Signal(str)
    """Another council was chosen: its id."""
    navigate_requested = Signal(str, str)
    """Show a record: kind ("member", "meeting", "request", "proposal", "notice", "plan",
    "competition", "candidate", "council") and its id."""

    def __init__(self, db_path: Path, rulebook: Rulebook | None = None, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.rulebook = rulebook or default_rulebook()
        self.council_id: str | None = None
        self._snapshot: Council | None = None
        self._today: dt.date | None = None

    # -- the day rules are checked for (tests pin it) ---------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        self._today = day
        self.notify_changed()

    # -- the current council ----------------------------------------------------------------
    def select_council(self, council_id: str | None) -> None:
        self.council_id = council_id
        self._snapshot = None
        self.council_switched.emit(council_id or "")
        self.changed.emit()

    def council(self) -> Council | None:
        """The current council's records, read once per change and shared by every tab."""
        if self.council_id is None:
            return None
        if self._snapshot is None:
            from kenesh_desktop.store import queries

            self._snapshot = queries.load_council(self.council_id)
        return self._snapshot

    def notify_changed(self) -> None:
        self._snapshot = None
        self.changed.emit()

    def navigate(self, kind: str, record_id: str) -> None:
        self.navigate_requested.emit(kind, record_id)
