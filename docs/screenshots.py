"""Make the README's screenshots: `QT_QPA_PLATFORM=offscreen python docs/screenshots.py`.

The demo council on a fixed day, in Kyrgyz, Russian and English, at 1024×700 (the smallest
screen the window is made for) and 1366×768 (a common laptop): the Overview and the Sittings
tab on a sitting with its attendance. The database lives in a temporary folder under the
name a user's has (kenesh.sqlite3), so no folder of this machine shows in a picture.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
DAY = dt.date(2026, 11, 24)
SIZES = ((1024, 700), (1366, 768))


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="kenesh-shots-"))
    os.environ["KENESH_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    from PySide6.QtWidgets import QApplication

    from kenesh_desktop.demo import demo_council
    from kenesh_desktop.store import writes
    from kenesh_desktop.store.db import open_database
    from kenesh_desktop.ui import i18n
    from kenesh_desktop.ui.app import make_application
    from kenesh_desktop.ui.main_window import MainWindow
    from kenesh_desktop.ui.session import AppSession

    app = make_application([sys.argv[0]])
    app.setOrganizationName("KeneshScreenshots")
    db_path = folder / "kenesh.sqlite3"
    open_database(db_path, daily_backup=False)
    council = demo_council(DAY)
    writes.import_councils([council])
    sitting = max((m for m in council.meetings if m.date <= DAY and m.present),
                  key=lambda m: m.date)
    for lang in ("ky", "ru", "en"):
        i18n.install_translators(app, lang)
        for width, height in SIZES:
            session = AppSession(db_path)
            session.set_today(DAY)
            window = MainWindow(session)
            window.resize(width, height)
            window.show()
            app.processEvents()
            shoot(app, window, HERE / f"screenshot-overview-{lang}-{width}.png")
            window.navigate("meeting", sitting.id)
            shoot(app, window, HERE / f"screenshot-sittings-{lang}-{width}.png")
            window.close()
            window.deleteLater()
            app.processEvents()
    QApplication.processEvents()


def shoot(app, window, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(path))
    print(path.name)


if __name__ == "__main__":
    main()
