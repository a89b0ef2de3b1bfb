"""The window's icons: bundled Lucide drawings (resources/icons/lucide, ISC licence).

`icon("printer")` is the drawing of that file name, in the palette's text colour (Lucide
draws with `currentColor`, which Qt's SVG renderer does not know), with a lighter copy for
disabled actions. The drawings' text is cached, never a QIcon (a pixmap must not outlive the
application); a name with no file gives an empty icon rather than an error, so a missing
drawing never stops the window.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kenesh_desktop import paths

SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str):
    return paths.icons_dir() / "lucide" / f"{name}.svg"


@cache
def _drawing(name: str) -> str:
    path = icon_path(name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def icon(name: str) -> QIcon:
    """The bundled icon `name` (see the module's docstring)."""
    svg = _drawing(name) if name else ""
    if not svg:
        return QIcon()
    palette = QGuiApplication.palette()
    result = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        colour = palette.color(group, QPalette.ColorRole.WindowText).name()
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
        for size in SIZES:
            pixmap = QPixmap(QSize(size, size))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
