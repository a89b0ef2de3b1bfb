"""Documents out of the window, one way for all of them: the language a document is written in,
where it is saved, writing it without freezing the window, and the system viewer.

Every tab that makes a document (the minutes, the work plan, the annual report, the register
of requests, the list of candidates) goes through here, so they all remember the same folder,
word the same refusals, and hand files to the viewer through one function, `open_document`,
which tests replace so no viewer is ever started in a test run. Call it as a module attribute
(`documents_export.open_document(...)`), never import the name, or a test's patch misses it.

reportlab is never imported here: the `write` callables import it when a document is made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from kenesh_desktop.lang.text import one_line
from kenesh_desktop.rules.limits import safe_file_stem
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.i18n import LANGUAGE_NAMES

DOCUMENT_LANGUAGES = ("ky", "ru", "en")
"""The languages a document can be written in (each named in itself, never translated)."""
DOCUMENT_LANGUAGE_KEY = "documents/language"
"""QSettings key of the language the minutes were last written in (default Kyrgyz)."""
DOCUMENT_FOLDER_KEY = "documents/folder"
"""QSettings key of the folder documents were last saved in."""


def document_language() -> str:
    value = QSettings().value(DOCUMENT_LANGUAGE_KEY)
    return value if value in DOCUMENT_LANGUAGES else "ky"


def store_document_language(lang: str) -> None:
    if lang in DOCUMENT_LANGUAGES:
        QSettings().setValue(DOCUMENT_LANGUAGE_KEY, lang)


def document_folder() -> Path:
    """The folder a document was last saved in; the home folder at first (or if it is gone)."""
    value = QSettings().value(DOCUMENT_FOLDER_KEY)
    folder = Path(value) if isinstance(value, str) and value else Path.home()
    return folder if folder.is_dir() else Path.home()


def store_document_folder(folder: Path) -> None:
    QSettings().setValue(DOCUMENT_FOLDER_KEY, str(folder))


def open_document(path: Path) -> bool:
    """Show a file (a PDF just written, a scan) in the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# ---------------------------------------------------------------- choosing the language


def language_box(parent: QWidget, name: str, current: str) -> QComboBox:
    """A choice of the document's language, `current` chosen."""
    box = QComboBox(parent)
    box.setObjectName(name)
    for lang in DOCUMENT_LANGUAGES:
        box.addItem(LANGUAGE_NAMES[lang], lang)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def language_menu_button(parent: QWidget, text: str, name: str, prefix: str,
                         slot: Callable[[str], object]) -> QPushButton:
    """A button whose menu asks the document's language; its actions are named
    "<prefix>_<lang>" and call `slot(lang)`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    menu = QMenu(button)
    for lang in DOCUMENT_LANGUAGES:
        action = menu.addAction(LANGUAGE_NAMES[lang])
        action.setObjectName(f"{prefix}_{lang}")
        action.triggered.connect(lambda _checked=False, lang=lang: slot(lang))
    button.setMenu(menu)
    return button


# ---------------------------------------------------------------- saving


def _filter(suffix: str) -> str:
    if suffix == ".csv":
        return QCoreApplication.translate("Documents", "CSV table (*.csv)")
    if suffix == ".ics":
        return QCoreApplication.translate("Documents", "Calendar file (*.ics)")
    if suffix == ".docx":
        return QCoreApplication.translate("Documents", "Word document (*.docx)")
    return QCoreApplication.translate("Documents", "PDF document (*.pdf)")


def ask_path(parent: QWidget | None, title: str, file_name: str,
             suffix: str = ".pdf") -> Path | None:
    """Where to save: the save dialog, opened in the last folder with `file_name` proposed;
    the suffix is added when the user left it out. None when cancelled.

    The proposed name is made of letters, digits, '-' and '_' only (issue 16): it is built
    from records' ids, and an id must never steer the dialog into another folder."""
    stem = file_name[: -len(suffix)] if file_name.lower().endswith(suffix) else file_name
    file_name = safe_file_stem(stem) + suffix
    name = ask.save_file_name(parent, title, str(document_folder() / file_name),
                              _filter(suffix))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path


def write_document(path: Path, write: Callable[[Path], object], *, remember: bool = True) -> str:
    """Run `write(path)` under a busy cursor; "" when written, else the problem to show.
    With `remember`, the next save dialog opens in the folder of `path`.

    A document takes well under a second (the benchmarks keep it so): a busy cursor is
    enough, no thread. The documents are written beside `path` and renamed into place, so a
    failure never leaves half a file under the chosen name.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write(path)
    except OSError as exc:
        if path.suffix.lower() == ".pdf":
            text = QCoreApplication.translate(
                "Documents", "The PDF could not be written.\n\n{path}: {problem}")
        else:
            text = QCoreApplication.translate(
                "Documents", "The file could not be written.\n\n{path}: {problem}")
        return text.format(path=path, problem=exc.strerror or exc)
    except Exception as exc:  # noqa: BLE001 - a document that cannot be laid out is said
        text = QCoreApplication.translate(
            "Documents", "The document could not be made.\n\n{path}: {problem}")
        return text.format(path=path, problem=one_line(exc)[:300])
    finally:
        QGuiApplication.restoreOverrideCursor()
    if remember:
        store_document_folder(path.parent)
    return ""


def export_document(parent: QWidget, title: str, file_name: str,
                    write: Callable[[Path], object], *, open_after: bool = True,
                    suffix: str = ".pdf") -> Path | None:
    """Ask where, write the document, and (with `open_after`) show it in the system viewer;
    a refusal is shown in a message box. Returns the file written, or None."""
    path = ask_path(parent, title, file_name, suffix)
    if path is None:
        return None
    problem = write_document(path, write)
    if problem:
        ask.warn(parent, title, problem)
        return None
    if open_after:
        show_document(parent, title, path)
    return path


def show_document(parent: QWidget | None, title: str, path: Path) -> bool:
    """Open `path` in the system viewer; say where the file is when no viewer is found."""
    if open_document(path):
        return True
    ask.warn(parent, title, QCoreApplication.translate(
        "Documents", "No program to show this file was found. It is at:\n{path}").format(path=path))
    return False
