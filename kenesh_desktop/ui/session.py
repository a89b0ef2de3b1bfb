"""The window's shared state: which database and council are open, and news of every change.

Every tab gets the one `AppSession`. A tab writes through a store write function, then calls
`notify_changed()`; every tab (and the Overview) refreshes from the `changed` signal, never
from a timer.

What is read is read once per change and only when asked (issue 11: the Coordination
Council's database holds fifty councils over ten years): `council()` is the current council
whole, for the tabs that show its records; `findings()` checks it on the light loading of
the store when no tab has asked for it whole; the other councils are read with their
members only, which is all "one person, one council" (Art. 14) compares.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kenesh_desktop.rules.findings import Finding
from kenesh_desktop.rules.records import Council
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.ui.access_gate import WRITE, EditGate
from kenesh_desktop.ui.undo import UndoHistory

if TYPE_CHECKING:
    from kenesh_desktop.store.access import Access
    from kenesh_desktop.store.queries import CouncilSummary


class AppSession(QObject):
    changed = Signal()
    """Data of the current council changed (a write happened, or another council was chosen)."""
    council_switched = Signal(str)
    """Another council was chosen: its id."""
    navigate_requested = Signal(str, str)
    """Show a record: kind ("member", "meeting", "request", "proposal", "notice", "plan",
    "competition", "candidate", "council") and its id."""
    remote_change = Signal(str)
    """Someone else changed a table of the shared server (emitted from the listener's thread;
    Qt queues it to the window's thread)."""

    REFRESH_DELAY_MS = 400
    """Others' changes come in bursts (an import is thousands of rows): one refresh per burst."""

    def __init__(self, db_path: Path | str, parent=None):
        super().__init__(parent)
        self.db_path = _target(db_path)
        self.password: str | None = None  # a server's, typed by the user: memory only
        self._listener = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(self.REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.notify_councils_changed)
        self.remote_change.connect(self._remote_change)
        self.council_id: str | None = None
        self._rulebook: Rulebook | None = None
        self._snapshot: Council | None = None
        self._findings: list[Finding] | None = None
        self._heading: CouncilSummary | None = None
        self._today: dt.date | None = None
        self._others: list[Council] | None = None
        self.history = UndoHistory(self)
        """Undo and redo of the edits, one stack per council (ui/undo.py)."""
        self.gate = EditGate(self)
        """The window's edit controls, off where the login may only read (ui/access_gate.py)."""
        self._access: Access | None = None

    # -- the day rules are checked for (tests pin it) ---------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        self._today = day
        self.notify_changed()

    # -- the current council ----------------------------------------------------------------
    def select_council(self, council_id: str | None) -> None:
        self.council_id = council_id
        self._apply_access()  # first: the tabs then update their controls for this council
        self._forget_current()
        self.council_switched.emit(council_id or "")
        self.changed.emit()

    def _forget_current(self) -> None:
        self._rulebook = None
        self._snapshot = None
        self._findings = None
        self._heading = None

    @property
    def rulebook(self) -> Rulebook:
        """The rulebook the current council follows (`store.queries.rulebook_of`; Law No. 74
        when no council is open), read once per change: every rule, message and document of
        the window takes its figures, articles and name from it."""
        if self.council_id is None:
            return LAW_74
        if self._rulebook is None:
            if self._snapshot is not None:
                self._rulebook = self._snapshot.followed_rulebook
            else:
                from kenesh_desktop.store import queries

                self._rulebook = queries.rulebook_of(self.council_id)
        return self._rulebook

    def council(self) -> Council | None:
        """The current council's records, read once per change and shared by every tab."""
        if self.council_id is None:
            return None
        if self._snapshot is None:
            from kenesh_desktop.store import queries

            self._snapshot = queries.load_council(self.council_id)
        return self._snapshot

    def heading(self) -> CouncilSummary | None:
        """The current council's name and state body, without reading its records (the
        window's title and the Overview's heading)."""
        if self.council_id is None:
            return None
        if self._heading is None:
            if self._snapshot is not None:
                from kenesh_desktop.store.queries import CouncilSummary

                c = self._snapshot
                self._heading = CouncilSummary(c.id, c.name, c.state_body)
            else:
                from kenesh_desktop.store import request_queries

                self._heading = request_queries.council_heading(self.council_id)
        return self._heading

    def findings(self) -> list[Finding]:
        """Every finding of `rules.checks.run_checks` for the current council today, read once
        per change. Its people are compared with the other councils' members (Art. 14, one
        council per person); the council is checked on the store's light loading
        (`queries.load_for_checks`) unless a tab has already read it whole."""
        if self.council_id is None:
            return []
        if self._findings is None:
            from kenesh_desktop.rules.checks import run_checks
            from kenesh_desktop.store import queries

            current = self._snapshot or queries.load_for_checks([self.council_id])[0]
            self._findings = run_checks([current, *self.other_councils()], self.today(),
                                        self.rulebook, only={current.id})
        return self._findings

    def notify_changed(self) -> None:
        self._forget_current()
        self.changed.emit()

    # -- the other councils of the database (Art. 14: one council per person) ---------------
    def other_councils(self) -> list[Council]:
        """Every council of the database but the current one, with its MEMBERS ONLY (no
        sittings, requests...: one council per person, Art. 14, compares people, and reading
        fifty councils' history would take seconds). Read once and kept until
        `notify_councils_changed` (writes to the current council do not touch them)."""
        if self._others is None:
            from kenesh_desktop.store import queries

            self._others = queries.members_of_all_councils()
        return [c for c in self._others if c.id != self.council_id]

    def all_councils(self) -> list[Council]:
        """The current council (fresh, whole) and the others with their members only: enough
        for run_checks to check the current council (the others' own findings need their
        records: `queries.load_for_checks`)."""
        current = self.council()
        return ([current] if current else []) + self.other_councils()

    def invalidate_councils(self) -> None:
        """Forget the councils read so far (without telling anyone yet); on a server, what
        the login may do is read again (the owner may have granted more)."""
        self._others = None
        self._forget_current()
        if self._access is not None and self.is_server:
            self._access = None
            self._apply_access()

    def notify_councils_changed(self) -> None:
        """Councils were added, removed or replaced (import, another database): re-read all."""
        self.invalidate_councils()
        self.notify_changed()

    def set_database(self, db_path: Path | str) -> None:
        """Another database is open: forget everything read from the previous one."""
        self.stop_listening()
        self.db_path = _target(db_path)
        self.council_id = None
        self._forget_current()
        self._others = None
        self._access = None
        self._apply_access()
        self.history.clear_all()

    # -- what the login may do (issue 19) -----------------------------------------------------
    def access(self) -> Access:
        """The open database's grants (a file: everything), read once per database."""
        if self._access is None:
            from kenesh_desktop.store import access

            self._access = access.current()
        return self._access

    def may(self, need: str = WRITE) -> bool:
        """May the login do `need` (access_gate: WRITE, FINALIZE, CREATE) on the council now
        shown? Always on a database file."""
        return self.gate.allows(need)

    def _apply_access(self) -> None:
        if not self.is_server:
            self.gate.set_allowed(True, True, True)
            return
        granted, council = self.access(), self.council_id
        self.gate.set_allowed(write=council is not None and granted.may_write(council),
                              finalize=council is not None and granted.may_finalize(council),
                              create=granted.may_create())

    # -- a shared server ----------------------------------------------------------------------
    @property
    def is_server(self) -> bool:
        """The open database is a shared server (its address is `db_path`, a str)."""
        return isinstance(self.db_path, str)

    def start_listening(self) -> None:
        """On a server, refresh within a second when another person changes something."""
        from kenesh_desktop.store import listening

        self.stop_listening()
        self._listener = listening.listen(self.remote_change.emit)

    def stop_listening(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._refresh.stop()  # a refresh pending for the database just left is dropped

    def _remote_change(self, _table: str) -> None:
        if self._listener is not None:  # a notice queued before the listener stopped: late
            self._refresh.start()

    # -- the window's language (dates and rule messages are worded in it) --------------------
    def language(self) -> str:
        from kenesh_desktop.ui.i18n import current_language

        return current_language()

    def navigate(self, kind: str, record_id: str) -> None:
        self.navigate_requested.emit(kind, record_id)


def _target(db_path: Path | str) -> Path | str:
    """A server's address stays text; anything else is a file path."""
    from kenesh_desktop.store.db import is_server_address

    return str(db_path) if is_server_address(str(db_path)) else Path(db_path)
