"""Start the window: the application object, its translators, the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kenesh_desktop import __version__, paths
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
    return app  # type: ignore[return-value]


def run(db_path: Path) -> int:
    """Open the window on the database at `db_path`; returns the exit status."""
    from kenesh_desktop.store.db import DamagedDatabase, close_database, open_database

    app = make_application()
    i18n.install_translators(app, i18n.chosen_language())
    try:
        try:
            open_database(db_path)
        except DamagedDatabase as damaged:  # issue 9: set aside; offer the newest good backup
            from kenesh_desktop.ui.backups import offer_restore

            if not offer_restore(None, damaged):
                return 2
    except (peewee.DatabaseError, OSError) as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Kenesh Desktop"),
            QCoreApplication.translate("App", "The database cannot be opened:\n\n{problem}").format(
                problem=exc
            ),
        )
        return 2
    from kenesh_desktop.ui.main_window import MainWindow
    from kenesh_desktop.ui.session import AppSession

    window = MainWindow(AppSession(db_path))
    window.show()
    close_after_delay(window)
    try:
        return app.exec()
    finally:
        close_database()


def close_after_delay(window: QWidget) -> None:
    """With KENESH_QUIT_AFTER_MS=N in the environment, close the window N ms after it is shown.

    Nobody is there to close it in the standalone bundle's smoke test (tests/bundle) or the
    start-up benchmark (bench/); closing goes through closeEvent as a user's close does.
    """
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if value.isdigit():
        QTimer.singleShot(int(value), window.close)
