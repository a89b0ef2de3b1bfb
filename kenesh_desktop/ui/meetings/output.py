"""The minutes and extracts out of the window: the PDF, the Word copy and the printer.

Files: `write_minutes` and `write_extract` call documents.minutes / documents.extract (reportlab
and python-docx are imported only then); saving and the system viewer are
`ui.documents_export`'s. Choosing a printer goes through `choose_printer`, a module function,
so tests replace it and no print dialog ever appears in a test run.

Printing: Ctrl+P prints a QTextDocument of the very same composition as the PDF
(documents.minutes builds the blocks once; ui/print_preview.py lays them out for Qt). The
draft mark and the fingerprint are printed as on the PDF. `minutes_text_document` is that
document; the print preview of the minutes and of an extract shows the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kenesh_desktop.rules.records import Council, Meeting
from kenesh_desktop.rules.rulebook import Rulebook
from kenesh_desktop.ui.print_preview import preview_document, printer_for, text_document


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


def minutes_text_document(council: Council, meeting: Meeting, lang: str,
                          rulebook: Rulebook | None = None) -> QTextDocument:
    """The minutes as Qt prints them: the PDF's composition laid out as rich text."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import minutes_document

    return text_document(minutes_document(council, meeting, lang, rulebook))


def print_minutes(parent: QWidget | None, council: Council, meeting: Meeting, lang: str,
                  rulebook: Rulebook | None = None) -> bool:
    """Print the minutes through the system print dialog; False when cancelled."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import minutes_document
    from kenesh_desktop.documents.wording import text

    document = minutes_document(council, meeting, lang, rulebook)
    printer = printer_for(document, text("minutes_short", lang, number=meeting.number))
    if not choose_printer(parent, printer):
        return False
    text_document(document).print_(printer)
    return True


def preview_minutes(parent: QWidget | None, council: Council, meeting: Meeting, lang: str,
                    rulebook: Rulebook | None = None):
    """The print preview of the minutes (the dialog, open)."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import minutes_document
    from kenesh_desktop.documents.wording import text

    return preview_document(parent, minutes_document(council, meeting, lang, rulebook),
                            text("minutes_short", lang, number=meeting.number))


def preview_extract(parent: QWidget | None, council: Council, meeting: Meeting, item: int,
                    lang: str, rulebook: Rulebook | None = None):
    """The print preview of the extract of item `item` (0-based) (the dialog, open)."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.extract import extract_document

    return preview_document(parent, extract_document(council, meeting, item, lang, rulebook))
