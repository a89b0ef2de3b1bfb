"""Why a database was not opened, in the window's language (issue 17: the refusals were
English in the Kyrgyz and Russian window).

The store says it in English for the command line (store/errors.py: `DatabaseRefused` and its
kinds); the window words each kind itself and names the file by its name (its folder is in
the status bar's tooltip), with what the user can do. A refusal of a kind not listed here
shows as the store says it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.store import errors

_PLAIN = {
    errors.NewerDatabase: QT_TRANSLATE_NOOP(
        "DatabaseRefusals", "The database {name} was written by a newer version of Kenesh "
        "Desktop. Update the program to open it. The file was not changed."),
    errors.NotKeneshDatabase: QT_TRANSLATE_NOOP(
        "DatabaseRefusals", "The file {name} cannot be opened: it is not a Kenesh Desktop "
        "database, or it cannot be read. The file was not changed."),
}
"""The refusals said by their kind alone."""

_CANNOT_WRITE = {
    errors.CannotWrite.READ_ONLY_FILE: QT_TRANSLATE_NOOP(
        "DatabaseRefusals", "The database {name} cannot be written: the file is read-only. "
        "Kenesh Desktop writes to its database (and locks it) even to show it: allow writing "
        "to the file, or copy it to a folder of your own, then open it again. Nothing was "
        "changed."),
    errors.CannotWrite.READ_ONLY_FOLDER: QT_TRANSLATE_NOOP(
        "DatabaseRefusals", "The database {name} cannot be written: its folder {folder} is "
        "read-only (the database writes its journal beside the file). Move the file to a "
        "folder you can write to, then open it again. Nothing was changed."),
    errors.CannotWrite.DISK_FULL: QT_TRANSLATE_NOOP(
        "DatabaseRefusals", "The database {name} cannot be written: the disk that holds "
        "{folder} is full. Free some space on it, then open the database again. Nothing "
        "was changed."),
}
"""A database that cannot be written, by the reason (`CannotWrite.reason`)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseRefusals", text)


def refusal_text(error: errors.DatabaseRefused) -> str:
    """The text to show for `error`."""
    path = Path(error.path)
    if isinstance(error, errors.DatabaseLocked):
        from kenesh_desktop.ui.single_instance import locked_text

        return locked_text(path)
    if isinstance(error, errors.DamagedDatabase):
        return _damaged(error)
    if isinstance(error, errors.CannotWrite):
        template = _CANNOT_WRITE.get(error.reason, _CANNOT_WRITE[error.READ_ONLY_FILE])
    else:
        template = next((text for kind, text in _PLAIN.items() if isinstance(error, kind)), "")
    if not template:
        return str(error)
    return _tr(template).format(name=path.name, folder=path.parent)


def _damaged(error: errors.DamagedDatabase) -> str:
    text = QCoreApplication.translate(
        "DatabaseRefusals", "The database {name} is damaged ({detail}). It was moved aside as "
        "{damaged} in the same folder, and not opened."
    ).format(name=Path(error.path).name, detail=error.detail,
             damaged=Path(error.damaged_path).name)
    if error.backup is None:
        return text + " " + QCoreApplication.translate("DatabaseRefusals",
                                                       "There is no backup of it.")
    return text + " " + QCoreApplication.translate(
        "DatabaseRefusals", "Its newest good backup was made on {when}.").format(
        when=_taken(Path(error.backup)))


def _taken(copy: Path) -> str:
    """When a backup copy was made, as its name says ("1 June 2026, 09:00"); else its name."""
    from kenesh_desktop.store import backup_names
    from kenesh_desktop.ui.i18n import current_language

    name = backup_names.parse(copy)
    if name is None:
        return copy.name
    day = format_date(name.day, current_language())
    return f"{day}, {name.time:%H:%M}" if name.time else day
