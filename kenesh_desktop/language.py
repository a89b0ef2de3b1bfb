"""Which language the program speaks: one rule for the window and the command line.

KENESH_LANG (ky, ru or en) when set; else the language chosen in the window (Settings →
Language, kept in `preferences.json` in the data folder, so the command line, which has no
Qt, reads the same choice); else the system's language when it is Kyrgyz or Russian; else
Kyrgyz, the program's first language (an English or German system gets Kyrgyz).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping

from kenesh_desktop import paths
from kenesh_desktop.files import open_replacing

LANGUAGES = ("ky", "ru", "en")
FIRST = "ky"
PREFERENCES = "preferences.json"
_WINDOWS_LANGUAGES = {0x40: "ky", 0x19: "ru", 0x09: "en"}
"""Primary language ids of Windows' LANGID."""


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language as a two-letter code ("" when it cannot be told).

    POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is set ("C" and "POSIX" name none).
    Windows: the user's interface language."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(variable) or "").strip().lower()
        if value:
            code = value.split("_")[0].split(".")[0]
            return "" if code in ("c", "posix") else code
    if sys.platform == "win32" and environ is None:
        import ctypes

        langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return _WINDOWS_LANGUAGES.get(langid & 0x3FF, "")
    return ""


def _preferences_path():
    return paths.user_data_dir() / PREFERENCES


def _preferences() -> dict:
    try:
        data = json.loads(_preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_language() -> str | None:
    """The language chosen in the window, or None."""
    value = _preferences().get("language")
    return value if value in LANGUAGES else None


def store_language(lang: str) -> None:
    """Keep the window's choice (written whole to a temporary file, then renamed)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang!r}")
    path = _preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**_preferences(), "language": lang}
    with open_replacing(path, encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """The language to speak (see the module's docstring)."""
    env = os.environ if environ is None else environ
    chosen = (env.get("KENESH_LANG") or "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    saved = saved_language()
    if saved:
        return saved
    system = system_language(environ)
    return system if system in ("ky", "ru") else FIRST
