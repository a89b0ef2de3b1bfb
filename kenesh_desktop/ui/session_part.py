"""The parts of the window that show the open council (a tab, a page of a tab, a panel of
indicators): each named for the tests and the window, and reading through the one session."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kenesh_desktop.ui.session import AppSession


def join_session(part: QWidget, session: AppSession, name: str, style: str = "") -> None:
    """Make `part` a part of the window named `name` that shows the session's council;
    `style` is its style sheet (the colours of its states: ok, warning, violation)."""
    part.setObjectName(name)
    if style:
        part.setStyleSheet(style)
    part.session = session  # type: ignore[attr-defined]


class SessionPart(QWidget):
    """A plain part of the window (`join_session`)."""

    session: AppSession

    def __init__(self, session: AppSession, parent: QWidget | None, name: str,
                 style: str = "") -> None:
        super().__init__(parent)
        join_session(self, session, name, style)
