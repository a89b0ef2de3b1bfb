"""One running copy of the window per user (issue 17): a second start brings the first
window forward instead of refusing with the database's lock.

The first copy listens on a local socket (`QLocalServer`: a named pipe on Windows, a socket in
the user's runtime folder elsewhere) named for the user; a second start finds it there, asks it
to show its window, and ends. When no copy answers but the database is locked all the same
(another program holds it), `locked_text` words the refusal in the window's language, naming
the file but no folder.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

SHOW = b"show\n"
TIMEOUT_MS = 500


def server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError, ImportError):
        user = "unknown"
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]
    return f"kenesh-desktop-{digest}"


def forward_to_running_copy(name: str | None = None) -> bool:
    """True when another copy is running: it was asked to bring its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(SHOW)
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(TIMEOUT_MS)
    return True


class RunningCopy(QObject):
    """The first copy's listener: on a second start, the window in front."""

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.name = name or server_name()
        if not self.server.listen(self.name):
            # A copy that crashed leaves its socket file behind (not on Windows): no copy
            # answered it (forward_to_running_copy said so), so it is stale.
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        self.server.newConnection.connect(self._connected)
        self.shown = 0  # how many times a second start asked (tests)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read_sender)
            socket.disconnected.connect(socket.deleteLater)

    def _read_sender(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and bytes(socket.readAll().data()).startswith(
                SHOW.strip()):
            self.shown += 1
            bring_forward()


def bring_forward() -> QMainWindow | None:
    """Show the visible main window in front (unminimised, active)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            if widget.windowState() & Qt.WindowState.WindowMinimized:
                widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
            widget.show()
            widget.raise_()
            widget.activateWindow()
            return widget
    return None


def locked_text(path: Path) -> str:
    """The refusal when another program holds the database, in the window's language."""
    return QCoreApplication.translate(
        "App", "The database {name} is already open in another program or another copy of "
               "Kenesh Desktop. Close it there, then start Kenesh Desktop again."
    ).format(name=Path(path).name)
