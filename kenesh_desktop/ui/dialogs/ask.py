"""Questions and notices that wait for the user: one place, so tests can answer them.

A modal `QMessageBox.exec()` or `QFileDialog.getOpenFileName()` would block a test; the
widgets call these functions instead, and tests monkeypatch them (`ask.confirm`, ...). Call
them as `ask.confirm(...)` (module attribute), never import the names, or a patch misses.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No, No being the default (a destructive step must not happen on Enter)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """A file to read, or "" when the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return name


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A file to write, or "" when the user cancelled (the dialog asks before overwriting)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return name


def existing_folder(parent: QWidget | None, title: str, folder: str) -> str:
    """A folder chosen (or made) in the system's folder dialog, or "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, folder)
