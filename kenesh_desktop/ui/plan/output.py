"""The plan's documents out of the window: the plan PDF (documents.annual_plan), the annual
report PDF (documents.annual_report) and the system viewer.

reportlab is imported only when a PDF is made. Opening goes through `open_document`, a module
function tests replace, so no viewer ever starts in a test run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices

from kenesh_desktop.rules.records import Council
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

DOCUMENT_FOLDER_KEY = "documents/folder"
"""QSettings key of the folder documents were last saved in (shared with the minutes)."""


def document_folder() -> Path:
    value = QSettings().value(DOCUMENT_FOLDER_KEY)
    folder = Path(value) if isinstance(value, str) and value else Path.home()
    return folder if folder.is_dir() else Path.home()


def store_document_folder(folder: Path) -> None:
    QSettings().setValue(DOCUMENT_FOLDER_KEY, str(folder))


def write_plan_pdf(council: Council, year: int, path: Path, lang: str,
                   rulebook: Rulebook = LAW_74, on: dt.date | None = None) -> None:
    from kenesh_desktop.documents.annual_plan import build_plan

    build_plan(council, year, path, lang, rulebook, on)


def write_report_pdf(council: Council, year: int, path: Path, lang: str,
                     rulebook: Rulebook = LAW_74, on: dt.date | None = None) -> None:
    from kenesh_desktop.documents.annual_report import build_annual_report

    build_annual_report(council, year, path, lang, rulebook, on)


def open_document(path: Path) -> bool:
    """Open a file in the system's viewer (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
