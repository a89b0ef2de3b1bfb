"""What the window tests of every folder share: QSettings and a data folder of the test's
own, and a database file damaged the way a failing disk damages one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kenesh_desktop.ui import i18n


def own_settings(qapp, folder: Path, monkeypatch, organization: str) -> None:
    """QSettings (window geometry, language, last council) and the data folder (backups) in
    `folder`, under `organization`'s name; the window's strings in English."""
    monkeypatch.setenv("KENESH_DATA_DIR", str(folder / "userdata"))
    qapp.setOrganizationName(organization)
    qapp.setApplicationName(f"{organization}Desktop")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    i18n.set_current_language("en")


def damage_middle(path: Path) -> None:
    """Overwrite three pages in the middle of a closed database file: it is ours, but damaged."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 12288] = b"\x5a" * 12288
    path.write_bytes(bytes(data))
