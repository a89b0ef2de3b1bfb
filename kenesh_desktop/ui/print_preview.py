"""Printing the documents composed as blocks (documents/blocks.py: the minutes, an extract, the
work plan), and their print preview: Qt's preview dialog over the same painting as the printer
gets (pages, zoom, print from there), opened without blocking the window.

Qt cannot draw a PDF here (QtPdf is not part of PySide6-Essentials), so a document is printed
as a QTextDocument of the very same composition as the PDF (documents.render_html lays the
blocks out for Qt), in the bundled DejaVu font (it has Ң Ө Ү), on pages turned as the PDF's
(the plan is landscape).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kenesh_desktop import paths
from kenesh_desktop.ui.screen import fit_to_screen

if TYPE_CHECKING:
    from kenesh_desktop.documents.blocks import Document

_font_family: str | None = None


def document_font() -> QFont:
    """The bundled DejaVu Sans (Ң Ө Ү), registered once; the default font if it is missing."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / "DejaVuSans.ttf"))
        for face in ("DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                     "DejaVuSans-BoldOblique.ttf"):
            QFontDatabase.addApplicationFont(str(paths.fonts_dir() / face))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else ""
    font = QFont(_font_family) if _font_family else QFont()
    font.setPointSizeF(12)
    return font


def text_document(document: Document) -> QTextDocument:
    """`document` as Qt prints it: the PDF's composition laid out as rich text."""
    from kenesh_desktop.documents.render_html import to_html

    printed = QTextDocument()
    printed.setDefaultFont(document_font())
    printed.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    printed.setHtml(to_html(document))
    return printed


def printer_for(document: Document, name: str = "") -> QPrinter:
    """A printer set for `document`: its name in the print queue, its pages turned as the
    PDF's."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name or document.title)
    if document.page.landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def preview_document(parent: QWidget | None, document: Document,
                     name: str = "") -> QPrintPreviewDialog:
    """The print preview of `document` (the dialog, open); `name` is its title (default: the
    document's)."""
    printed = text_document(document)
    dialog = open_preview(parent, printer_for(document, name), name or document.title,
                          printed.print_)
    printed.setParent(dialog)  # lives as long as the preview
    return dialog


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
