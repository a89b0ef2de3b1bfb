"""File → Connect to server…: open a shared PostgreSQL database (issue 19).

The address is `postgresql://USER@HOST[:PORT]/DBNAME`; the addresses used before are offered
again (kept in QSettings, newest first, never with a password). The password comes from
libpq's usual places (PGPASSWORD, ~/.pgpass); when the server still asks for one, the dialog
asks the user and keeps it only in memory, for this session's connections.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate
PROFILES_KEY = "server/profiles"
MAX_PROFILES = 10


def saved_profiles() -> list[str]:
    value = QSettings().value(PROFILES_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(item) for item in value or []]


def remember_profile(address: str) -> None:
    """Keep `address` (shown without any password) first among the saved profiles."""
    from kenesh_desktop.store.engine_postgres import display_address

    shown = display_address(address)
    profiles = [shown] + [p for p in saved_profiles() if p != shown]
    QSettings().setValue(PROFILES_KEY, profiles[:MAX_PROFILES])


class ConnectDialog(QDialog):
    """The address to connect to; `address()` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.profiles = QComboBox(self)
        self.profiles.setObjectName("ServerAddress")
        self.profiles.setEditable(True)
        self.profiles.addItems(saved_profiles())
        self.profiles.setMinimumContentsLength(40)
        self.profiles.lineEdit().setPlaceholderText("postgresql://USER@HOST:5432/kenesh")
        hint = QLabel(self.tr(
            "The server's owner gives you the address and your login. The password is asked "
            "for when the server needs it and is never saved."), self)
        hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("ConnectProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.profiles)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def address(self) -> str:
        return self.profiles.currentText().strip()

    def _check(self) -> None:
        from kenesh_desktop.store.db import is_server_address
        from kenesh_desktop.store.engine_postgres import check_address

        text = self.address()
        try:
            if not is_server_address(text):
                raise ValueError(self.tr("An address starts with postgresql://"))
            check_address(text)
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()


def ask_password(parent: QWidget | None, address: str) -> str | None:
    """The login's password, typed by the user; None when cancelled."""
    from kenesh_desktop.store.engine_postgres import display_address

    text, ok = QInputDialog.getText(
        parent, translate("ConnectDialog", "Password"),
        translate("ConnectDialog", "The server asks for the password of {address}:").format(
            address=display_address(address)),
        QLineEdit.EchoMode.Password)
    return text if ok else None


class PasswordCancelled(Exception):
    """The user cancelled the password: nothing was opened."""


def open_asking_password(parent: QWidget | None, path) -> str | None:
    """Open the database at `path` (store.db.open_database); on a server that wants a
    password libpq does not have, ask the user for it (three tries). Returns the password
    typed, if any (for the session's later connections; never saved). Raises
    PasswordCancelled, or whatever the store refused with."""
    from kenesh_desktop.store.db import open_database

    if not isinstance(path, str):
        open_database(path)
        return None
    from kenesh_desktop.store.engine_postgres import PasswordNeeded

    password = None
    for attempt in range(3):
        try:
            open_database(path, password=password)
            return password
        except PasswordNeeded:
            if attempt == 2:
                raise
            password = ask_password(parent, path)
            if password is None:
                raise PasswordCancelled() from None
    return password
