"""The Backups dialog (File → Backups…), and backup work that never freezes the window.

Backups and restores run in a worker QThread with a QProgressDialog fed by the store's
`progress(done, total)` callback (`ui.background`); the window keeps painting meanwhile and
does not touch the database until the job is done.

Also here: the question asked when a damaged database was set aside on opening (restore the
newest good backup?), and the copy made when the window closes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.lang import format_date
from kenesh_desktop.store import backup, restore
from kenesh_desktop.store.db import DamagedDatabase, current_path, open_database
from kenesh_desktop.store.errors import DatabaseError
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.background import run_in_background
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.i18n import current_language
from kenesh_desktop.ui.record_table import keyboard_table

Job = Callable[[backup.Progress], object]


def run_with_progress(parent: QWidget | None, label: str, job: Job) -> tuple[bool, object]:
    """Run a backup job (`job(progress)`) in a worker thread behind a progress dialog.

    Returns (True, result) or (False, the error message). The window stays responsive.
    """
    ok, value = run_in_background(parent, label, job, name="BackupProgress",
                                  expected=(backup.BackupError, DatabaseError, OSError))
    return (True, value) if ok else (False, store_messages.message(value))  # type: ignore


def _size(size: int) -> str:
    """A file's size with its unit in the window's language ("232 КБ"), a decimal comma in
    Kyrgyz and Russian."""
    if size >= 1024 * 1024:
        number = f"{size / (1024 * 1024):.1f}"
        if current_language() != "en":
            number = number.replace(".", ",")
        return QCoreApplication.translate("Backups", "{size} MB").format(size=number)
    return QCoreApplication.translate("Backups", "{size} KB").format(size=max(size // 1024, 1))


class BackupsDialog(QDialog):
    """The backups of the open database: date, size, councils; Back up now; Restore."""

    restored = Signal()
    """A backup replaced the database (the window re-reads every council)."""

    def __init__(self, db_path: Path, language: str = "ky", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.db_path = Path(db_path)
        self.language = language
        self.infos: list[backup.BackupInfo] = []

        key = backup.database_key(self.db_path) or ""
        # issue 16: the copies of THIS database (its identity), never another's.
        intro = QLabel(self.tr(
            "Copies of {file} (database {identity}), made when the program opens each day "
            "and when it closes; copies of other databases are never listed here. The last "
            "10 days and one copy a month for a year are kept in the program's backups folder."
        ).format(file=self.db_path.name, identity=key[:8] or "—"), self)
        intro.setObjectName("BackupsIntro")
        # The folders in the tooltip, as the status bar's: none of the machine on screen.
        intro.setToolTip(self.tr("Database: {path}\nBackups: {folder}").format(
            path=self.db_path, folder=backup.backups_dir(self.db_path, key or None)))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("BackupsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Size"), self.tr("Last change"),
             self.tr("Councils")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        keyboard_table(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("BackupNowButton")
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("RestoreButton")
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        self.infos = backup.list_backups(self.db_path)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            councils = (", ".join(info.councils) or "—" if info.councils is not None
                        else self.tr("(cannot be read)"))
            when = info.time.strftime("%H:%M:%S") if info.time else self.tr("first opening")
            if info.before_migration:
                when += " " + self.tr("(before an update)")
            day = format_date(info.day, self.language)
            if info.misdated:
                day += " " + self.tr("(date in the future)")
            cells = [day, when, _size(info.size), self._last_change(info.last_change),
                     councils]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _last_change(self, stamp: str | None) -> str:
        if not stamp:
            return "—"
        try:
            moment = dt.datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
        return f"{format_date(moment.date(), self.language)} {moment:%H:%M}"

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def back_up_now(self) -> bool:
        ok, value = run_with_progress(self, self.tr("Making a backup…"),
                                      lambda progress: backup.make_backup(progress=progress))
        if not ok:
            ask.warn(self, self.tr("Backups"), str(value))
        self.reload()
        return ok

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None:
            return False
        when = format_date(info.day, self.language)
        if info.time:
            when += " " + info.time.strftime("%H:%M")
        councils = ", ".join(info.councils or ()) or "—"
        if not ask.confirm(self, self.tr("Restore a backup"), self.tr(
            "Replace the records in {file} by the backup of {when}?\n\n"
            "It holds: {councils}; last change {last}; {size}.\n\n"
            "The records as they are now are backed up first, so this can be undone."
        ).format(file=self.db_path.name, when=when, councils=councils,
                 last=self._last_change(info.last_change), size=_size(info.size))):
            return False
        ok, value = run_with_progress(
            self, self.tr("Restoring the backup…"),
            lambda progress: restore.restore_backup(info.path, self.db_path, progress=progress))
        if not ok:
            ask.warn(self, self.tr("Restore a backup"), str(value))
            self.reload()
            return False
        self.reload()
        self.restored.emit()
        return True


def offer_restore(parent: QWidget | None, error: DamagedDatabase) -> bool:
    """The file was damaged and set aside: offer ITS newest good backup (found by the
    database's identity, never another database's); failing that, offer an empty database
    at the same path (the damaged file stays where it was set aside). True when a database
    is then open."""
    title = QCoreApplication.translate("Backups", "Damaged database")
    if error.backup is not None:
        question = QCoreApplication.translate("Backups", "{problem}\n\nRestore that backup now?")
        if ask.confirm(parent, title, question.format(problem=store_messages.message(error))):
            ok, value = run_with_progress(
                parent, QCoreApplication.translate("Backups", "Restoring the backup…"),
                lambda progress: restore.restore_backup(error.backup, error.path,
                                                       progress=progress))
            if ok:
                return True
            ask.warn(parent, title, str(value))
    else:
        ask.warn(parent, title, store_messages.message(error))
    question = QCoreApplication.translate(
        "Backups", "Start with a new, empty database at {path}?\n\nThe damaged file stays "
        "as {damaged}, for rescue.")
    if not ask.confirm(parent, title, question.format(path=error.path,
                                                      damaged=error.damaged_path)):
        return False
    try:
        open_database(error.path, create=True)
    except (DatabaseError, OSError) as exc:
        ask.warn(parent, title, store_messages.message(exc))
        return False
    return True


def backup_on_exit(parent: QWidget | None) -> Path | None:
    """The copy made when the window closes; a failure is shown, never blocks closing."""
    if current_path() is None:
        return None  # nothing open, or a database in memory
    copy = backup.exit_backup()
    if copy is None and backup.last_problem:
        ask.warn(parent, QCoreApplication.translate("Backups", "Backups"), backup.last_problem)
    return copy
