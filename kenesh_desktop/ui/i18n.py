"""The window's language: which one the user chose, and the translators that speak it.

Two translators are parented to the application (DESIGN.md, Qt habits): Qt's own
(`translations/qtbase_ru.qm`, for Kyrgyz too: Qt has no Kyrgyz) for the standard buttons and
dialogs, and ours, `translations/kenesh_desktop_<lang>.qm`. English is the source language
of the strings, so it needs no file. Which language: kenesh_desktop/language.py, the same
rule as the command line's. Switching installs the other language's translators at once
(the window is then built again in it, ui/main_window.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kenesh_desktop import language, paths
from kenesh_desktop.rules.presets import rulebook_title
from kenesh_desktop.rules.rulebook import Rulebook

LANGUAGES = ("ky", "ru", "en")
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
"""Each language named in itself, as a language menu shows it (never translated)."""

_current = "en"


def system_language() -> str:
    """The language to start in when the user has not chosen one: the system's when it is
    Kyrgyz or Russian, otherwise Kyrgyz, the first language of the program."""
    system = language.system_language()
    return system if system in ("ky", "ru") else language.FIRST


def chosen_language() -> str:
    """The window's language: the command line's rule (kenesh_desktop/language.py), the
    user's choice first."""
    return language.user_language()


def store_language(lang: str) -> None:
    language.store_language(lang)


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's and our translations of `lang` into `app` (removing those of the language
    spoken before); returns the translators installed.

    Qt's own texts (file and print dialogs, standard buttons) come from `qtbase_ru.qm`
    shipped in translations/ (else Qt's own folder); Qt has no Kyrgyz, so the Kyrgyz window
    takes Qt's Russian, and our Kyrgyz file, installed after it and so asked first, words
    the common buttons in Kyrgyz. A missing file is not an error: the window then speaks
    English for those strings.
    """
    global _current
    for translator in _installed:
        if shiboken6.isValid(translator):
            app.removeTranslator(translator)
            translator.deleteLater()
    _installed.clear()
    if lang != "en":
        ours = str(paths.translations_dir())
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = (("qtbase_ru", ours), ("qtbase_ru", qt_dir),
                      (f"kenesh_desktop_{lang}", ours))
        loaded_qt = False
        for name, folder in candidates:
            if name.startswith("qtbase") and loaded_qt:
                continue
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded_qt = loaded_qt or name.startswith("qtbase")
            else:
                translator.deleteLater()
    _current = lang
    return list(_installed)


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
