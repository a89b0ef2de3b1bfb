"""A one-line label that never widens its window: long text is cut with "…", whole in the
tooltip (issue 17: a saved file's long name pushed buttons off a 1366 px screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 8
"""How many average characters the label keeps room for at the least."""


class ElidedLabel(QLabel):
    """`setText` keeps the whole text (`full_text()`); the label shows as much as fits,
    cut at `mode` ("…" at the right by default), and says the whole in its tooltip unless a
    tooltip of its own was set with `set_tip`."""

    def __init__(self, parent: QWidget | None = None, name: str = "",
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self._full = ""
        self._tip = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self._show()

    def full_text(self) -> str:
        return self._full

    def text(self) -> str:  # the whole text, for whoever reads the label (painting elides)
        return self._full

    def shown_text(self) -> str:
        """What is painted now (cut to the label's width)."""
        return super().text()

    def set_tip(self, tip: str) -> None:
        self._tip = tip
        self._show()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_CHARS),
                     hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        shown = self._full
        if self.isVisible() and self.width() > 1:  # before its first layout: all of it
            shown = self.fontMetrics().elidedText(self._full, self._mode, self.width())
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()
        tip = self._tip or (self._full if shown != self._full else "")
        self.setToolTip(tip)
