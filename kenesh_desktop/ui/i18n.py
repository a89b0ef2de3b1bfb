"""The window's language: which one the user chose, and the translators that speak it.

Two translators are parented to the application (DESIGN.md, Qt habits): Qt's own
(`qtbase_ru.qm` ships with Qt; a `qtbase_ky.qm` is used where one exists) for the standard
buttons and dialogs, and ours, `translations/kenesh_desktop_<lang>.qm`. English is the
source language of the strings, so it needs no file. The choice is kept in QSettings under
"language"; changing it takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kenesh_desktop import paths
from kenesh_desktop.rules.presets import rulebook_title
from kenesh_desktop.rules.rulebook import Rulebook

LANGUAGES = ("ky", "ru", "en")
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
"""Each language named in itself, as a language menu shows it (never translated)."""

SETTING = "language"

_current = "en"


def system_language() -> str:
    """The language to start in when the user has not chosen one: the system's when it is
    Kyrgyz or Russian, otherwise Kyrgyz, the first language of the program."""
    system = QLocale().name().split("_")[0]  # the default locale: the system's unless set
    return system if system in ("ky", "ru") else "ky"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language stored in the settings, or the system's default when none (or an unknown
    one) is stored."""
    settings = settings or QSettings()
    value = settings.value(SETTING)
    return value if value in LANGUAGES else system_language()


def store_language(lang: str, settings: QSettings | None = None) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang!r}")
    (settings or QSettings()).setValue(SETTING, lang)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's and our translations of `lang` into `app`; returns the translators installed.

    A missing file is not an error: the window then speaks English for those strings (a
    translation still in progress must not stop the program from starting).
    """
    global _current
    installed: list[QTranslator] = []
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = (
            (f"qtbase_{lang}", qt_dir),
            (f"kenesh_desktop_{lang}", str(paths.translations_dir())),
        )
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                translator.deleteLater()
    _current = lang
    return installed


def current_language() -> str:
    """The language the translators were installed for ("en" when none were)."""
    return _current


def set_current_language(lang: str) -> None:
    """Record the language the window speaks without loading files (tests, English)."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang!r}")
    _current = lang


def rulebook_name(rulebook: Rulebook, full: bool = False) -> str:
    """The rulebook's name in the window's language (`presets.rulebook_title`: Law No. 74
    always with its repeal in 2023, Kazakhstan's law by its number, a council's own
    regulation as the council named it)."""
    return rulebook_title(rulebook, current_language(), full)


def qt_button_texts() -> list[str]:
    """Qt's standard button texts, spelled out so that lupdate copies them into our .ts files.

    Qt ships no Kyrgyz translation of its own (there is no qtbase_ky.qm), so OK, Cancel, Yes
    and No would stay English in a Kyrgyz window; our file supplies them in Qt's context.
    """
    return [
        QCoreApplication.translate("QPlatformTheme", "OK"),
        QCoreApplication.translate("QPlatformTheme", "Cancel"),
        QCoreApplication.translate("QPlatformTheme", "Close"),
        QCoreApplication.translate("QPlatformTheme", "&Yes"),
        QCoreApplication.translate("QPlatformTheme", "&No"),
        QCoreApplication.translate("QPlatformTheme", "Save"),
        QCoreApplication.translate("QPlatformTheme", "Open"),
        QCoreApplication.translate("QPlatformTheme", "Apply"),
        QCoreApplication.translate("QPlatformTheme", "Help"),
    ]
