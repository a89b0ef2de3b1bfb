"""The File menu's work on files: opening another database (a damaged one offers its newest
good backup, issue 9), the backups, the exchange file in and out (all or nothing), and the
audit trail's export. `MainWindow` takes these from `DatabaseFileActions`.

Reading an exchange file runs in a worker thread behind a progress dialog, so the window never
freezes on a large file; the councils are then written in one transaction in the window's
thread, which owns the database connection.
"""

from __future__ import annotations

from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import exchange, queries, writes
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.background import run_in_background
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.widgets import open_dialog


class DatabaseFileActions:
    """File-menu actions of the main window (a QMainWindow with `session`, `path_label` and
    `reload_councils`)."""

    def _after_restore(self) -> None:
        self.session.invalidate_councils()
        self.reload_councils()

    # -- the database file --------------------------------------------------------------------
    def _show_path(self) -> None:
        """The council and the database's file name; its whole path in the tooltip (issue
        17: no folder of the machine on screen, where screenshots would show it)."""
        path = self.session.db_path
        heading = self.session.heading() if self.session.council_id else None
        text = self.tr("Database: {name}").format(name=path.name)
        if heading is not None:
            text = self.tr("{council} · {database}").format(council=heading.name,
                                                             database=text)
        tooltip = str(path)
        # issue 9: a database in a synced or network folder gets a lasting warning.
        warning = store_db.location_warning(path)
        if warning:
            text, tooltip = "⚠ " + text, f"{warning}\n\n{path}"
            self.statusBar().showMessage(warning)
        self.path_label.setText(text)
        self.path_label.set_tip(f"{text}\n{tooltip}")

    def show_backups(self):
        """File → Backups…: the dialog; after a restore every council is read again."""
        from kenesh_desktop.ui.backups import BackupsDialog

        dialog = BackupsDialog(self.session.db_path, self.session.language(), self)
        dialog.restored.connect(self._after_restore)
        return open_dialog(dialog)

    def open_database_file(self) -> bool:
        name = ask.open_file_name(
            self,
            self.tr("Open database"),
            str(self.session.db_path.parent),
            self.tr("Kenesh database (*.sqlite3 *.sqlite *.db)") + ";;" + self.tr("All files (*)"),
        )
        return bool(name) and self.switch_database(Path(name))

    def switch_database(self, path: Path) -> bool:
        """Close the open database and open `path`; on refusal keep the one that was open.

        A damaged file is set aside by the store; as at start-up (ui/app.py), its newest
        good backup is offered, and the restored copy is opened (issue 9)."""
        previous = self.session.db_path
        try:
            try:
                store_db.open_database(path)
            except store_db.DamagedDatabase as damaged:
                from kenesh_desktop.ui.backups import offer_restore

                if not offer_restore(self, damaged):
                    store_db.open_database(previous)
                    return False
        except peewee.DatabaseError as exc:
            store_db.open_database(previous)
            ask.warn(self, self.tr("Open database"), str(exc))
            return False
        self.session.set_database(path)
        self._show_path()
        self.reload_councils()
        return True

    # -- the exchange file ------------------------------------------------------------------
    def import_file(self) -> bool:
        """Add the councils of an exchange file: all or nothing (the store's transaction)."""
        name = ask.open_file_name(
            self,
            self.tr("Import exchange file"),
            str(Path.home()),
            self._exchange_filter() + ";;" + self.tr("All files (*)"),
        )
        return bool(name) and self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """Read and check the file in a worker thread (the window keeps painting and shows
        progress), then write every council in one transaction here, in the window's thread
        (the database connection belongs to it): all or nothing."""
        title = self.tr("Import exchange file")
        read, value = run_in_background(
            self, self.tr("Reading {file}…").format(file=path.name),
            lambda _progress: exchange.load_exchange_file(path),
            expected=(exchange.ExchangeError, OSError), name="ImportProgress")
        if not read:
            if isinstance(value, OSError):
                problem = f"{path}: {value.strerror or value}"
            else:
                problem = _one_line(store_messages.message(value))  # type: ignore[arg-type]
            ask.warn(self, title, self.tr("Nothing was imported.\n\n{problem}").format(
                problem=problem))
            return False
        councils: list = value  # type: ignore[assignment]
        self.statusBar().showMessage(self.tr("Importing {count} council(s)…").format(
            count=len(councils)))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QCoreApplication.processEvents()  # the message shows before the write takes the thread
        refusal: writes.WriteError | None = None
        try:
            added = writes.import_councils(councils)
        except writes.WriteError as exc:
            refusal = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
        if refusal is not None:
            ask.warn(self, title, self.tr("Nothing was imported.\n\n{problem}").format(
                problem=_one_line(store_messages.message(refusal))))
            return False
        self.reload_councils(added[0] if added else None)
        ask.inform(self, title, self.tr("Imported from {file}:\n{names}").format(
            file=path.name, names="\n".join(c.name for c in councils)))
        return True

    def _exchange_filter(self) -> str:
        return self.tr("Council exchange file (*.kenesh.json *.json)")

    def export_file(self) -> bool:
        suggested = Path.home() / f"{self.session.council_id or 'kenesh'}.kenesh.json"
        name = ask.save_file_name(
            self, self.tr("Export exchange file"), str(suggested), self._exchange_filter()
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".kenesh.json")
        return self.export_path(path)

    def export_path(self, path: Path) -> bool:
        """Write every council of the database to `path` (the Coordination Council gathers
        whole databases)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            councils = queries.load_all()
            exchange.dump_exchange_file(councils, path)
        except (exchange.ExchangeError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            ask.warn(self, self.tr("Export exchange file"), _one_line(str(exc)))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.statusBar().showMessage(
            self.tr("Exported {count} council(s) to {path}").format(count=len(councils), path=path),
            8000,
        )
        return True

    def export_audit_trail(self) -> Path | None:
        """File → Export audit trail…: every recorded change, as CSV, where the user says."""
        from kenesh_desktop.ui.audit_view import export_trail

        return export_trail(self)


def _one_line(text: str) -> str:
    return " ".join(text.split())
