"""The File menu's work on files: opening another database (a damaged one offers its newest
good backup, issue 9), the backups, the exchange file in and out (all or nothing), and the
audit trail's export. `MainWindow` takes these from `DatabaseFileActions`.

Reading an exchange file runs in a worker thread behind a progress dialog, so the window never
freezes on a large file; the councils are then written in one transaction in the window's
thread, which owns the database connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.limits import safe_file_stem
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store import exchange, queries, writes
from kenesh_desktop.store.errors import DatabaseError
from kenesh_desktop.ui import store_messages
from kenesh_desktop.ui.background import run_in_background
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.widgets import open_dialog

DEMO_FILE = "demo.sqlite3"


def paths_default_folder() -> str:
    from kenesh_desktop import paths

    return str(paths.default_database().parent)


class DatabaseFileActions:
    """File-menu actions of the main window (a QMainWindow with `session`, `path_label` and
    `reload_councils`)."""

    def _after_restore(self) -> None:
        self.session.invalidate_councils()
        self.reload_councils()

    # -- the database file --------------------------------------------------------------------
    def _show_path(self) -> None:
        """The council and the database's file name; its whole path in the tooltip (issue
        17: no folder of the machine on screen, where screenshots would show it). The demo
        says it is the demo (issue 16); a shared server its address and the login (issue
        19), whose backups are the server owner's (pg_dump, docs/server.md)."""
        self.backups_action.setEnabled(not self.session.is_server)
        path = self.session.db_path
        heading = self.session.heading() if self.session.council_id else None
        if self.session.is_server:
            granted = self.session.access()
            text = self.tr("Server: {address} ({login})").format(
                address=store_db.current_address() or path, login=granted.login or "")
            role = granted.role(self.session.council_id) if self.session.council_id else None
            if role is not None:  # what the login may do on the council shown
                text = self.tr("{server} · {role}").format(server=text,
                                                           role=self._role_name(role))
        elif is_demo_database(path):
            text = self.tr("Demo database (not your records): {name}").format(name=path.name)
        else:
            text = self.tr("Database: {name}").format(name=path.name)
        if heading is not None:
            text = self.tr("{council} · {database}").format(council=heading.name,
                                                             database=text)
        if self.session.is_server:
            self.path_label.setText(text)
            self.path_label.set_tip(text)
            return
        tooltip = str(path)
        # issue 9: a database in a synced or network folder gets a lasting warning.
        warning = store_db.location_warning(path)
        if warning:
            text, tooltip = "⚠ " + text, f"{warning}\n\n{path}"
            if getattr(self, "_warned_about", None) != path:  # said once per database
                self._warned_about = path
                self.statusBar().showMessage(warning)
        self.path_label.setText(text)
        self.path_label.set_tip(f"{text}\n{tooltip}")

    def _role_name(self, role: str) -> str:
        return {"owner": self.tr("owner"), "secretary": self.tr("secretary"),
                "chair": self.tr("chair: reads, finalizes and reopens sittings"),
                "reader": self.tr("reader: read only")}.get(role, role)

    def show_backups(self):
        """File → Backups…: the dialog; after a restore every council is read again."""
        from kenesh_desktop.ui.backups import BackupsDialog

        dialog = BackupsDialog(self.session.db_path, self.session.language(), self)
        dialog.restored.connect(self._after_restore)
        return open_dialog(dialog)

    def open_database_file(self) -> bool:
        folder = (paths_default_folder() if self.session.is_server
                  else str(self.session.db_path.parent))
        name = ask.open_file_name(
            self,
            self.tr("Open database"),
            folder,
            self.tr("Kenesh database (*.sqlite3 *.sqlite *.db)") + ";;" + self.tr("All files (*)"),
        )
        return bool(name) and self.switch_database(Path(name))

    def connect_to_server(self):
        """File → Connect to server…: a shared PostgreSQL database (issue 19)."""
        from kenesh_desktop.ui.server_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        dialog.accepted.connect(lambda: self.connect_to(dialog.address()))
        return open_dialog(dialog)

    def connect_to(self, address: str) -> bool:
        """Open the server at `address`; it joins the saved profiles once it opened."""
        from kenesh_desktop.ui.server_dialog import remember_profile

        if not self.switch_database(address):
            return False
        remember_profile(address)
        return True

    def switch_database(self, path: Path | str) -> bool:
        """Close the open database and open `path` (a file, or a server's address); on
        refusal keep the one that was open.

        A damaged file is set aside by the store; as at start-up (ui/app.py), its newest
        good backup is offered, and the restored copy is opened (issue 9). A server that asks
        for a password libpq does not have gets it from the user (kept in memory only)."""
        previous = self.session.db_path
        password = None
        from kenesh_desktop.ui.server_dialog import PasswordCancelled, open_asking_password

        try:
            try:
                password = open_asking_password(self, path)
            except store_db.DamagedDatabase as damaged:
                from kenesh_desktop.ui.backups import offer_restore

                if not offer_restore(self, damaged):
                    self._reopen(previous)
                    return False
        except PasswordCancelled:
            self._reopen(previous)
            return False
        except (DatabaseError, OSError) as exc:
            # Read-only, locked, not ours...: said, and the database that was open stays open
            # (issue 16: never a window left with no database and no message).
            self._reopen(previous)
            ask.warn(self, self.tr("Open database"), store_messages.message(exc))
            return False
        self.session.password = password
        self.after_reopen(path)
        return True

    def _reopen(self, previous: Path | str) -> None:
        """Open again the database that was open (on a server, with the password the
        session holds for it)."""
        if not store_db.is_open() or previous not in (store_db.current_path(),
                                                       store_db.current_address()):
            store_db.open_database(previous, daily_backup=False,
                                   password=self.session.password)

    def after_reopen(self, path: Path | str | None = None) -> None:
        """Another database (or a restored copy) is open: read everything again."""
        self.session.set_database(path or store_db.current_path() or self.session.db_path)
        self._show_path()
        self.reload_councils()
        self.session.start_listening()

    # -- the demo, in its own file (issue 16) -------------------------------------------------
    def open_demo(self) -> bool:
        """Open the demo council in ITS OWN database (`demo.sqlite3` in the data folder),
        made on first use; the user's database is never written. The path label says
        "Demo" while it is open."""
        from kenesh_desktop.demo import demo_council

        path = demo_database_path()
        title = self.tr("Open the demo")
        if not path.exists():
            previous = self.session.db_path
            try:
                store_db.open_database(path, daily_backup=False)
                writes.import_councils([demo_council(self.session.today())])
            except (DatabaseError, OSError, writes.WriteError) as exc:
                self._reopen(previous)
                ask.warn(self, title, store_messages.message(exc))
                return False
            store_db.close_database()
            self._reopen(previous)
        if not self.switch_database(path):
            return False
        ask.inform(self, title, self.tr(
            "The demo council is in a database of its own:\n{path}\n\nYour own records are "
            "not touched. File → Open database… goes back to them.").format(path=path))
        return True

    # -- deleting a council (issue 16) --------------------------------------------------------
    def delete_current_council(self) -> bool:
        """Delete the current council and all its records: confirmed, a backup first, and
        recorded in the audit trail (the store's write hooks)."""
        from kenesh_desktop.store import backup
        from kenesh_desktop.ui.backups import run_with_progress

        heading = self.session.heading()
        if heading is None:
            return False
        title = self.tr("Delete council")
        if not ask.confirm(self, title, self.tr(
                "Delete the council «{name}» and everything recorded for it (members, "
                "sittings, requests, plans, competitions)?\n\nA backup of the database is "
                "made first, so this can be undone with File → Backups…").format(
                    name=heading.name)):
            return False
        if store_db.current_path() is not None:
            ok, value = run_with_progress(self, self.tr("Making a backup…"),
                                          lambda progress: backup.make_backup(progress=progress))
            if not ok:
                ask.warn(self, title, self.tr(
                    "The backup failed, so nothing was deleted.\n\n{problem}").format(
                        problem=value))
                return False
        try:
            writes.delete_council(heading.id)
        except writes.WriteError as exc:
            ask.warn(self, title, store_messages.message(exc))
            return False
        self.reload_councils()  # another council (or the welcome page) is shown
        self.statusBar().showMessage(
            self.tr("The council «{name}» was deleted.").format(name=heading.name), 8000)
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
                problem = one_line(store_messages.message(value))  # type: ignore[arg-type]
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
                problem=one_line(store_messages.message(refusal))))
            return False
        self.reload_councils(added[0] if added else None)
        ask.inform(self, title, self.tr("Imported from {file}:\n{names}").format(
            file=path.name, names="\n".join(c.name for c in councils)))
        return True

    def _exchange_filter(self) -> str:
        return self.tr("Council exchange file (*.kenesh.json *.json)")

    def export_file(self) -> bool:
        # never built from a raw id (issue 16): letters, digits, '-' and '_' only
        suggested = Path.home() / f"{safe_file_stem(self.session.council_id or '')}.kenesh.json"
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
            ask.warn(self, self.tr("Export exchange file"), one_line(str(exc)))
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


def demo_database_path() -> Path:
    """Where the demo lives: its own file in the data folder, never the user's database."""
    from kenesh_desktop import paths

    return paths.user_data_dir() / DEMO_FILE


def is_demo_database(path: Path | None) -> bool:
    return path is not None and Path(path).name == DEMO_FILE and (
        Path(path).expanduser().resolve().parent
        == demo_database_path().expanduser().resolve().parent)

