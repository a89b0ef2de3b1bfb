"""Windows that fit the screen they open on (issue 17: a 1024×700 screen, a task bar)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 16
"""Room left around a window made smaller to fit (the frame, a little of the desktop)."""


def screen_area(widget: QWidget) -> QRect | None:
    """The available area (without task bars) of the screen the widget is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, *, centre: bool = False) -> None:
    """Make `widget` no larger than its screen's free area and wholly on it; with `centre`,
    centred on it."""
    area = screen_area(widget)
    if area is None or area.isEmpty():
        return
    width = min(widget.width(), area.width() - MARGIN)
    height = min(widget.height(), area.height() - MARGIN)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, 1), max(height, 1))
    frame = widget.frameGeometry()
    if centre:
        frame.moveCenter(area.center())
    elif area.contains(frame):
        return
    else:
        frame.moveLeft(min(max(frame.left(), area.left()), area.right() - frame.width() + 1))
        frame.moveTop(min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1))
    widget.move(frame.topLeft())
