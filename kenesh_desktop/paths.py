"""Where bundled files and the user's data live.

Installed, `resources/` and `translations/` sit inside the package (hatchling's force-include);
in a source checkout they sit beside it; PyInstaller keeps `__file__` right in a bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
APP_NAME = "KeneshDesktop"


def _bundled(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def templates_dir() -> Path:
    """The Jinja templates of the public pack (inside resources/, so the wheel's force-include
    and build.spec ship them with the fonts)."""
    return resources_dir() / "templates"


def translations_dir() -> Path:
    return _bundled("translations")


def user_data_dir() -> Path:
    """The user's data folder, never inside the program's own folder (a new version replaces that).

    Without Qt (command line) we follow the platform's convention the way QStandardPaths'
    AppDataLocation does; KENESH_DATA_DIR overrides it (tests, portable use).
    """
    override = os.environ.get("KENESH_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database() -> Path:
    return user_data_dir() / "kenesh.sqlite3"
