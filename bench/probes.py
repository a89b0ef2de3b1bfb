"""What the benchmark runs in fresh processes, one probe per command; each prints its figures.

    python -m bench.probes bare-window            # the floor of start-up and memory
    python -m bench.probes app-window DB          # the real program, `kenesh-desktop --db DB`
    python -m bench.probes tabs DB                # switching to each tab of the main window
    python -m bench.probes documents              # minutes and annual plan vs bare reportlab
    python -m bench.probes raw-read DB            # the floor of `check`: every row, plain sqlite3
    python -m bench.probes filter-floor           # the floor of filtering 25,000 requests

The two window probes print `shown <perf_counter>` once the window has been painted for the
first time (the moment the user sees it), then close it; the parent subtracts the time it
started the process (perf_counter is the system's monotonic clock, the same in every
process). Closing, with the program's backup on exit, is not counted. The others print one
JSON object of medians in milliseconds.
Nothing heavy is imported at the top, so every probe pays the same start-up.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

from bench.timing import median_ms

RUNS = 9


def _print_when_painted(app) -> None:
    """Print `shown <perf_counter>` once a top-level window has been painted for the first
    time (after the paint of all its children, which follows at once), then close every
    window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and watched.isWidgetType()
                    and watched.isWindow()):
                app.removeEventFilter(self)
                QTimer.singleShot(0, shown)
            return False

    def shown() -> None:
        print(f"shown {time.perf_counter():.6f}", flush=True)
        app.closeAllWindows()

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)


def bare_window() -> int:
    """A QMainWindow with a QTabWidget of empty tabs, shown, closed once painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    _print_when_painted(app)
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in ("Overview", "Members", "Sittings", "Requests", "Plan", "Competition"):
        tabs.addTab(QWidget(tabs), title)
    window.setCentralWidget(tabs)
    window.resize(1200, 680)
    window.show()
    return app.exec()


def app_window(db: str) -> int:
    """`kenesh-desktop --db DB` itself, closed once painted (a user's close: closeEvent)."""
    os.environ.pop("KENESH_QUIT_AFTER_MS", None)
    from kenesh_desktop import cli
    from kenesh_desktop.store.drivers import without_postgres_driver

    without_postgres_driver()  # as cli._open_window does before the window's modules load
    from kenesh_desktop.ui import app as app_module

    make_application = app_module.make_application

    def instrumented(argv=None):
        application = make_application(argv)
        _print_when_painted(application)
        return application

    app_module.make_application = instrumented
    return cli.main(["--db", db])


def _settle(app) -> None:
    """Run the event loop until nothing is pending (layouts, paints of the offscreen window)."""
    app.sendPostedEvents()
    app.processEvents()
    app.sendPostedEvents()
    app.processEvents()


def tabs(db: str) -> int:
    """Time to switch from the first tab to each other tab and have it painted: the first
    switch (which builds the tab) once, then the median of later switches."""
    from kenesh_desktop.store.db import close_database, open_database
    from kenesh_desktop.ui import app as app_module
    from kenesh_desktop.ui import i18n
    from kenesh_desktop.ui.main_window import MainWindow
    from kenesh_desktop.ui.session import AppSession

    app = app_module.make_application(sys.argv[:1])
    i18n.install_translators(app, "ky")
    open_database(db)
    window = MainWindow(AppSession(db))  # a file or a server address
    window.show()
    _settle(app)

    def switch(index: int) -> float:
        started = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        _settle(app)  # the new tab's layout and paint happen here (offscreen has a screen)
        return (time.perf_counter() - started) * 1000

    first = {}
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(0)
        _settle(app)
        ms = switch(index)
        first[window.tabs.widget(index).objectName()] = ms
    again = {}
    for index in range(window.tabs.count()):
        samples = []
        for _ in range(RUNS):
            window.tabs.setCurrentIndex(0 if index else 1)
            _settle(app)
            samples.append(switch(index))
        name = window.tabs.widget(index).objectName() or window.tabs.tabText(index)
        again[name] = statistics.median(samples)
    window.close()
    close_database()
    print(json.dumps({"first": first, "again": again}))
    return 0


def _median_ms(action) -> float:
    """The probes' timing: RUNS runs after one untimed warm-up."""
    return median_ms(action, RUNS, warm=True)


def _bare_document(text: str) -> bytes:
    """The same text set by reportlab alone: one paragraph per line, the same font, A4."""
    from io import BytesIO
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from kenesh_desktop.documents.fonts import register_fonts

    style = ParagraphStyle("plain", fontName=register_fonts(), fontSize=10, leading=13)
    out = BytesIO()
    story = [Paragraph(escape(line), style) for line in text.splitlines() if line.strip()]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _text_of(pdf: bytes) -> tuple[str, int]:
    """The text of a PDF and its number of pages."""
    from io import BytesIO

    from pypdf import PdfReader

    pages = PdfReader(BytesIO(pdf)).pages
    return "\n".join(page.extract_text() for page in pages), len(pages)


def documents() -> int:
    """Minutes (15 members, 30 items) and a plan (100 items) against bare reportlab."""
    from io import BytesIO

    from bench.records import plan_council, sitting_council
    from kenesh_desktop.documents.annual_plan import build_plan
    from kenesh_desktop.documents.minutes import build_minutes

    council, meeting_id = sitting_council(members=15, items=30)
    plan_owner, year = plan_council(items=100)

    def minutes() -> bytes:
        out = BytesIO()
        build_minutes(council, meeting_id, out, lang="ky")
        return out.getvalue()

    def plan() -> bytes:
        out = BytesIO()
        build_plan(plan_owner, year, out, lang="ky")
        return out.getvalue()

    (minutes_text, minutes_pages), (plan_text, plan_pages) = _text_of(minutes()), _text_of(plan())
    figures = {
        "minutes": _median_ms(minutes),
        "minutes_floor": _median_ms(lambda: _bare_document(minutes_text)),
        "plan": _median_ms(plan),
        "plan_floor": _median_ms(lambda: _bare_document(plan_text)),
        "minutes_pages": minutes_pages,
        "plan_pages": plan_pages,
    }
    print(json.dumps(figures))
    return 0


def raw_read(db: str) -> int:
    """Every row of every table through sqlite3 alone: what reading the records must cost."""
    import sqlite3

    connection = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    rows = sum(len(connection.execute(f'SELECT * FROM "{table}"').fetchall())
               for table in tables)
    connection.close()
    print(json.dumps({"rows": rows}))
    return 0


def filter_floor() -> int:
    """A plain substring test over 25,000 folded texts: the least a filter can do."""
    import random

    from kenesh_desktop.lang.folding import search_key

    rng = random.Random(74)
    words = ("бюджет", "сатып алуу", "маалымат", "өздөштүрүлүшү", "кайрылуу", "казына")
    texts = [search_key(f"КК-{n} {rng.choice(words)} {rng.choice(words)} ({n})")
             for n in range(25_000)]
    needle = search_key("сатып")
    print(json.dumps({"filter_floor": _median_ms(lambda: [t for t in texts if needle in t])}))
    return 0


def main(argv: list[str]) -> int:
    probes = {
        "bare-window": bare_window, "app-window": app_window, "tabs": tabs,
        "documents": documents, "raw-read": raw_read, "filter-floor": filter_floor,
    }
    if not argv or argv[0] not in probes:
        print(__doc__, file=sys.stderr)
        return 2
    return probes[argv[0]](*argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
