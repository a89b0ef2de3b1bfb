"""Fixtures of the window tests: a fresh database and settings per test, a pinned "today",
and helpers that drive the dialogs the way a secretary does (type, choose, click OK).

Message boxes and file dialogs go through `kenesh_desktop.ui.dialogs.ask`; `answers`
replaces them so no modal loop ever blocks a test, and records what was asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from qt_support import own_settings
from ui_driver import TODAY

from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.main_window import MainWindow
from kenesh_desktop.ui.session import AppSession


def pytest_collection_modifyitems(items):
    # The offscreen platform warns once per window that it cannot pass size hints to a
    # window manager (there is none); that is not a fault of the program.
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def fresh_settings(qapp, tmp_path: Path, monkeypatch):
    """QSettings and the data folder (backups) of this test only, English strings."""
    own_settings(qapp, tmp_path, monkeypatch, "KeneshTests")
    yield


@pytest.fixture
def db_path(tmp_path: Path):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    yield path
    close_database()


@pytest.fixture
def session(db_path: Path) -> AppSession:
    session = AppSession(db_path)
    session.set_today(TODAY)
    return session


@pytest.fixture
def make_window(qtbot, session: AppSession):
    """Builds a shown main window on the test's database (more than one for restarts)."""

    def make() -> MainWindow:
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@dataclass
class Answers:
    """What the user answers to questions, and a record of every question and notice."""

    confirm: bool = True
    open_file: str = ""
    save_file: str = ""
    asked: list[tuple[str, str, str]] = field(default_factory=list)

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.asked if k == kind]


@pytest.fixture
def answers(monkeypatch) -> Answers:
    answers = Answers()

    def confirm(parent, title, text):
        answers.asked.append(("confirm", title, text))
        return answers.confirm

    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(ask, "inform", lambda p, t, x: answers.asked.append(("inform", t, x)))
    monkeypatch.setattr(ask, "warn", lambda p, t, x: answers.asked.append(("warn", t, x)))
    monkeypatch.setattr(ask, "open_file_name", lambda *a: answers.open_file)
    monkeypatch.setattr(ask, "save_file_name", lambda *a: answers.save_file)
    return answers
