"""Fixtures of the language tests: settings of this test only, and the main window opened on
the demo council in a chosen language, with the translators installed the way ui/app.py does
(`i18n.install_translators` before the window is built) and removed afterwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from qt_support import own_settings

from kenesh_desktop.ui import i18n

TODAY = dt.date(2027, 3, 1)
"""The day the windows are pinned to (the demo council is built as of this day)."""


def pytest_collection_modifyitems(items):
    # The offscreen platform warns once per window that it cannot pass size hints to a
    # window manager (there is none); that is not a fault of the program.
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def fresh_settings(qapp, tmp_path: Path, monkeypatch) -> Iterator[None]:
    """QSettings and the data folder (backups) of this test only (window geometry, language,
    last council)."""
    own_settings(qapp, tmp_path, monkeypatch, "KeneshI18nTests")
    yield
    i18n.set_current_language("en")


@pytest.fixture
def demo_database(tmp_path: Path, fresh_settings) -> Iterator[Path]:
    """A fresh database holding the demo council as of TODAY."""
    from kenesh_desktop.demo import demo_council
    from kenesh_desktop.store import writes
    from kenesh_desktop.store.db import close_database, open_database

    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    writes.import_councils([demo_council(TODAY)])
    yield path
    close_database()


@pytest.fixture
def window_in(qapp, qtbot, demo_database: Path) -> Iterator[Callable]:
    """`window_in(lang)`: a shown 1366×768 main window on the demo council, its strings in
    `lang` ("en" installs nothing: English is the source language). Building a window in
    another language removes the previous language's translators first."""
    from kenesh_desktop.demo import DEMO_COUNCIL_ID
    from kenesh_desktop.ui.main_window import MainWindow
    from kenesh_desktop.ui.session import AppSession

    installed = []

    def uninstall() -> None:
        while installed:
            qapp.removeTranslator(installed.pop())
        i18n.set_current_language("en")

    def make(lang: str):
        uninstall()
        if lang == "en":
            i18n.set_current_language("en")
        else:
            installed.extend(i18n.install_translators(qapp, lang))
            assert installed, f"kenesh_desktop_{lang}.qm must load"
        session = AppSession(demo_database)
        session.set_today(TODAY)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.reload_councils(DEMO_COUNCIL_ID)
        qapp.processEvents()
        assert window.tabs.isVisible(), "the demo council must show the tabs"
        return window

    yield make
    uninstall()
