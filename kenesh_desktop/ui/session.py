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
        self._others: list[Council] | None = None

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

    # -- the other councils of the database (Art. 14: one council per person) ---------------
    def other_councils(self) -> list[Council]:
        """Every council of the database but the current one, read once and kept until
        `notify_councils_changed` (writes to the current council do not touch them)."""
        if self._others is None:
            from kenesh_desktop.store import queries

            self._others = queries.load_all()
        return [c for c in self._others if c.id != self.council_id]

    def all_councils(self) -> list[Council]:
        """The current council (fresh) and every other one: what run_checks needs."""
        current = self.council()
        return ([current] if current else []) + self.other_councils()

    def invalidate_councils(self) -> None:
        """Forget the councils read so far (without telling anyone yet)."""
        self._others = None
        self._snapshot = None

    def notify_councils_changed(self) -> None:
        """Councils were added, removed or replaced (import, another database): re-read all."""
        self.invalidate_councils()
        self.notify_changed()

    def set_database(self, db_path: Path) -> None:
        """Another database file is open: forget everything read from the previous one."""
        self.db_path = Path(db_path)
        self.council_id = None
        self._snapshot = None
        self._others = None

    # -- the window's language (dates and rule messages are worded in it) --------------------
    def language(self) -> str:
        from kenesh_desktop.ui.i18n import current_language

        return current_language()

    def navigate(self, kind: str, record_id: str) -> None:
        self.navigate_requested.emit(kind, record_id)
