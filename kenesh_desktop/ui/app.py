"""Start the window: the application object, its translators, the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kenesh_desktop import __version__, paths
from kenesh_desktop.store.errors import DatabaseError
from kenesh_desktop.ui import i18n

ORGANIZATION = "Kenesh"
APPLICATION = paths.APP_NAME
QUIT_AFTER_ENV = "KENESH_QUIT_AFTER_MS"


def app_icon() -> QIcon:
    """The program's icon: the drawing, with raster sizes for small task-bar pictures."""
    icon = QIcon(str(paths.icons_dir() / "kenesh.svg"))
    for size in (16, 32, 48, 256):
        png = paths.icons_dir() / f"kenesh-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings files the preferences under."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Kenesh Desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    from kenesh_desktop.ui import input_limits

    input_limits.install(app)  # every field within rules/limits.py (issue 16)
    return app  # type: ignore[return-value]


def run(db_path: Path | str) -> int:
    """Open the window on the database at `db_path` (a file, or a server's address);
    returns the exit status.

    The first paint comes first (issue 16): a file is opened with its lock and every
    refusal, the window is shown, and only then are the integrity check and the day's
    backup run in the background (ui/startup_checks.py), writes refused until the check
    has passed. A server (issue 19) has neither: its owner backs it up (pg_dump).
    """
    from kenesh_desktop.store.db import close_database, is_server_address

    app = make_application()
    i18n.install_translators(app, i18n.chosen_language())
    from kenesh_desktop.ui import single_instance

    if single_instance.forward_to_running_copy():  # issue 17: one copy, brought forward
        return 0
    running = single_instance.RunningCopy(parent=app)  # noqa: F841 - listens while it lives
    title = QCoreApplication.translate("App", "Kenesh Desktop")
    server = is_server_address(db_path)
    # EXCHANGE.md: no folder is created
    if not server and not Path(db_path).expanduser().parent.is_dir():
        QMessageBox.critical(None, title, QCoreApplication.translate(
            "App", "The database cannot be opened:\n\n{path}: the folder {folder} does not "
            "exist.").format(path=db_path, folder=Path(db_path).parent))
        return 2
    from kenesh_desktop import private_files

    private_files.sweep()  # temporaries a killed run left behind (issue 16)
    opened, password = (open_server_for_window(None, str(db_path)) if server
                        else (open_for_window(None, db_path), None))
    if not opened:
        return 2
    from kenesh_desktop.ui.main_window import MainWindow
    from kenesh_desktop.ui.session import AppSession
    from kenesh_desktop.ui.startup_checks import StartupChecks

    session = AppSession(db_path)
    session.password = password
    window = MainWindow(session)
    window.show()
    checks = None if server else StartupChecks(window, db_path)
    if checks is not None:
        checks.start_after_first_paint()
    close_after_delay(window)
    try:
        return app.exec()
    finally:
        if checks is not None:
            checks.wait()  # the day's backup finishes before the connection closes
        close_database()


def open_for_window(parent: QWidget | None, db_path: Path) -> bool:
    """Open `db_path` for the window, its integrity check deferred; a damaged file offers its
    newest good backup, any other refusal is said. True when a database is open."""
    from kenesh_desktop.store.db import DamagedDatabase, open_database

    title = QCoreApplication.translate("App", "Kenesh Desktop")
    try:
        try:
            open_database(db_path, daily_backup=False, check_later=True)
        except DamagedDatabase as damaged:  # set aside: offer the newest good backup
            from kenesh_desktop.ui.backups import offer_restore

            return offer_restore(parent, damaged)
    except (DatabaseError, OSError) as exc:
        from kenesh_desktop.store.db import DatabaseLocked
        from kenesh_desktop.ui import single_instance, store_messages

        problem = (single_instance.locked_text(db_path) if isinstance(exc, DatabaseLocked) else
                   QCoreApplication.translate(
                       "App", "The database cannot be opened:\n\n{problem}").format(
                           problem=store_messages.message(exc)))
        QMessageBox.critical(parent, title, problem)
        return False
    return True


def open_server_for_window(parent: QWidget | None, address: str) -> tuple[bool, str | None]:
    """Open a server for the window, asking for the password when libpq has none (kept in
    memory only); a refusal is said. (True, the password typed) when it is open."""
    from kenesh_desktop.ui import store_messages
    from kenesh_desktop.ui.server_dialog import PasswordCancelled, open_asking_password

    try:
        return True, open_asking_password(parent, address)
    except PasswordCancelled:
        return False, None
    except (DatabaseError, OSError) as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("App", "Kenesh Desktop"),
                             QCoreApplication.translate(
                                 "App", "The database cannot be opened:\n\n{problem}").format(
                                     problem=store_messages.message(exc)))
        return False, None


def close_after_delay(window: QWidget) -> None:
    """With KENESH_QUIT_AFTER_MS=N in the environment, close the window N ms after it is shown.

    Nobody is there to close it in the standalone bundle's smoke test (tests/bundle) or the
    start-up benchmark (bench/); closing goes through closeEvent as a user's close does.
    """
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if value.isdigit():
        QTimer.singleShot(int(value), window.close)
