"""Print preview for every printed document: Qt's preview dialog over the same painting as
the printer gets (pages, zoom, print from there), opened without blocking the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kenesh_desktop.ui.screen import fit_to_screen


def open_preview(parent: QWidget | None, printer: QPrinter, title: str,
                 paint: Callable[[QPrinter], object]) -> QPrintPreviewDialog:
    """Show `paint(printer)` page by page; Print in the dialog prints the same."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("PrintPreview")
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.resize(900, 1000)
    fit_to_screen(dialog, centre=True)
    dialog._printer = printer  # type: ignore[attr-defined] # kept alive with the dialog
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
