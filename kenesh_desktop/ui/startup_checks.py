"""The checks of the start, after the window is shown (issue 16): the day's first backup and
the integrity check no longer stand between the user and the first paint.

ui/app.py opens the database with `check_later`: the lock is taken and every refusal made at
once, but `quick_check` (which reads the whole file) waits. Once the window is shown,
`StartupChecks` runs it in a worker thread on a second, read-only connection (the window's
own connection stays free for the window), then, back in the window's thread, lets writes in
and starts the day's first backup in another worker thread. Until the check has passed the
store refuses every write (`NotYetChecked`) and the status bar says the database is being
checked. Damage found now is handled as at opening: the file is set aside and the newest
good backup of this database offered; a failed backup is said in the status bar.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from kenesh_desktop.store import backup
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store.errors import DamagedDatabase


class StartupChecks(QObject):
    """The integrity check, then the day's backup, for the window's database."""

    checked = Signal(str)  # "ok" or the problem found (emitted from the worker thread)
    backed_up = Signal(object)  # the copy's path, or None (emitted from the worker thread)
    finished = Signal(bool)  # the database passed (True) or was set aside (False)

    def __init__(self, window: QMainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.state = QLabel(self.tr("Checking the database…"), window)
        self.state.setObjectName("DatabaseState")
        self.state.setToolTip(self.tr(
            "The database is read through once after the program starts, to be sure it is "
            "sound. Changes can be saved as soon as this is done."))
        window.statusBar().addPermanentWidget(self.state)
        self.checked.connect(self._checked)
        self.backed_up.connect(self._backed_up)
        self.done = False
        self.backup_thread: threading.Thread | None = None

    def start_after_first_paint(self) -> None:
        """Start once the window has been painted: the user sees it before any check."""
        self.window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.start)
        return False

    def start(self) -> None:
        """Run the check in a worker thread (a daemon on its own read-only connection:
        closing the window never waits for it)."""
        path = self.path
        threading.Thread(target=lambda: self._emit(self.checked, store_db.deferred_check(path)),
                         name="kenesh-check", daemon=True).start()

    def _emit(self, signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the window was closed meanwhile: nobody to tell

    def wait(self) -> None:
        """Wait for the day's backup (it reads the store's connection) before it closes."""
        if self.backup_thread is not None:
            self.backup_thread.join()

    @Slot(str)
    def _checked(self, result: str) -> None:
        if store_db.current_path() != self.path:
            return  # another database was opened meanwhile
        try:
            store_db.finish_check(result)
        except DamagedDatabase as damaged:
            self.state.setText(self.tr("The database is damaged"))
            self.done = True
            self.finished.emit(False)
            self._offer(damaged)
            return
        self.state.setText(self.tr("Making the day's backup…"))
        database = store_db.current_database()
        self.backup_thread = threading.Thread(
            target=lambda: self._emit(self.backed_up,
                                      backup.daily_backup(database, self.path, paced=True)),
            name="kenesh-daily-backup", daemon=True)
        self.backup_thread.start()
        self.finished.emit(True)

    @Slot(object)
    def _backed_up(self, _copy: object) -> None:
        self.done = True
        if backup.last_problem:
            self.state.setText(self.tr("The day's backup failed"))
            self.state.setToolTip(backup.last_problem)
            self.window.statusBar().showMessage(backup.last_problem, 15000)
        else:
            self.state.hide()

    def _offer(self, damaged: DamagedDatabase) -> None:
        """As at opening: restore the newest good backup, or close the window."""
        from kenesh_desktop.ui.backups import offer_restore

        if offer_restore(self.window, damaged):
            reopened = getattr(self.window, "after_reopen", None)
            if reopened is not None:
                reopened()
            self.state.hide()
        else:
            self.window.close()
