"""The minutes and extracts out of the window: the PDF, the Word copy and the printer.

Files: `write_minutes` and `write_extract` call documents.minutes / documents.extract (reportlab
and python-docx are imported only then); saving and the system viewer are
`ui.documents_export`'s. Choosing a printer goes through `choose_printer`, a module function,
so tests replace it and no print dialog ever appears in a test run.

Printing: Qt cannot draw a PDF here (QtPdf is not part of PySide6-Essentials), so Ctrl+P
prints a QTextDocument of the very same composition as the PDF (documents.minutes builds the
blocks once; documents.render_html lays them out for Qt), in the bundled DejaVu font (it has
Ң Ө Ү). The draft mark and the fingerprint are printed as on the PDF. `minutes_text_document`
is that document, for a print preview too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kenesh_desktop import paths
from kenesh_desktop.rules.records import Council, Meeting
from kenesh_desktop.rules.rulebook import Rulebook

_font_family: str | None = None


def write_minutes(council: Council, meeting_id: str, path: Path, lang: str,
                  rulebook: Rulebook | None = None) -> None:
    """The minutes at `path`: a PDF, or a Word copy when the name ends in .docx."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import write_minutes as write

    write(council, meeting_id, path, lang, rulebook)


def write_minutes_pdf(council: Council, meeting_id: str, path: Path, lang: str,
                      rulebook: Rulebook | None = None) -> None:
    """The minutes PDF at `path`."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import build_minutes

    build_minutes(council, meeting_id, path, lang, rulebook)


def write_extract(council: Council, meeting_id: str, item: int, path: Path, lang: str,
                  rulebook: Rulebook | None = None) -> None:
    """The extract of item `item` (0-based) at `path`: PDF, or Word for a .docx name."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.extract import write_extract as write

    write(council, meeting_id, item, path, lang, rulebook)


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print (tests replace this)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


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


def minutes_text_document(council: Council, meeting: Meeting, lang: str,
                          rulebook: Rulebook | None = None) -> QTextDocument:
    """The minutes as Qt prints them: the PDF's composition laid out as rich text."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import minutes_document
    from kenesh_desktop.documents.render_html import to_html

    document = QTextDocument()
    document.setDefaultFont(document_font())
    blocks = minutes_document(council, meeting, lang, rulebook)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, blocks.title)
    document.setHtml(to_html(blocks))
    return document


def print_minutes(parent: QWidget | None, council: Council, meeting: Meeting, lang: str,
                  rulebook: Rulebook | None = None) -> bool:
    """Print the minutes through the system print dialog; False when cancelled."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.wording import text

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(text("minutes_short", lang, number=meeting.number))
    if not choose_printer(parent, printer):
        return False
    minutes_text_document(council, meeting, lang, rulebook).print_(printer)
    return True


def minutes_document(council: Council, meeting: Meeting, lang: str,
                     rulebook: Rulebook | None = None) -> QTextDocument:
    """The minutes as the printer gets them (the name the print preview knows them by)."""
    rulebook = rulebook or council.followed_rulebook
    return minutes_text_document(council, meeting, lang, rulebook)


def preview_minutes(parent: QWidget | None, council: Council, meeting: Meeting, lang: str,
                    rulebook: Rulebook | None = None):
    """The print preview of the minutes (the dialog, open)."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.wording import text
    from kenesh_desktop.ui.print_preview import open_preview

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = text("minutes_short", lang, number=meeting.number)
    printer.setDocName(name)
    document = minutes_text_document(council, meeting, lang, rulebook)
    dialog = open_preview(parent, printer, name, document.print_)
    document.setParent(dialog)  # lives as long as the preview
    return dialog
