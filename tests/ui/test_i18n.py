"""The window's languages: the language setting (default from the system: Kyrgyz unless the
system speaks Russian), our compiled translations loading with Qt's own, and every string
of the Kyrgyz and Russian files being translated (none left "unfinished" in the shipped
contexts of the main window, the members tab and the overview)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from kenesh_desktop import paths
from kenesh_desktop.ui import i18n

OWN_CONTEXTS = {
    "AboutDialog", "App", "CompositionIndicators", "CouncilDialog", "EndMembershipDialog",
    "FindingTableModel", "MainWindow", "Member", "MemberDialog", "MemberTableModel",
    "MembersTab", "OverviewTab", "QPlatformTheme", "Rulebook", "WelcomePage",
}


@pytest.fixture
def installed(qapp):
    translators = []

    def install(lang: str):
        translators.extend(i18n.install_translators(qapp, lang))
        return translators

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_current_language("en")


def test_the_default_language_follows_the_system_when_it_is_kyrgyz_or_russian():
    previous = QLocale()
    try:
        for system, expected in (("ru_RU", "ru"), ("ky_KG", "ky"), ("en_US", "ky"),
                                 ("de_DE", "ky")):
            QLocale.setDefault(QLocale(system))
            assert i18n.system_language() == expected
    finally:
        QLocale.setDefault(previous)


def test_the_chosen_language_is_kept_in_the_settings():
    settings = QSettings()
    settings.setValue("language", "xx")  # not one of ours: the system default wins
    assert i18n.chosen_language(settings) == i18n.system_language()
    i18n.store_language("en", settings)
    assert i18n.chosen_language(settings) == "en"
    with pytest.raises(ValueError):
        i18n.store_language("fr", settings)


def test_kyrgyz_translation_loads(installed):
    translators = installed("ky")
    assert translators, "kenesh_desktop_ky.qm must be built (translations/update.py)"
    assert i18n.current_language() == "ky"
    assert QCoreApplication.translate("MainWindow", "Members") == "Мүчөлөр"
    assert QCoreApplication.translate("FindingTableModel", "Art. {article}").format(
        article=14
    ) == "14-берене"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Жокко чыгаруу"


def test_russian_loads_ours_and_qts_own(installed):
    translators = installed("ru")
    assert len(translators) == 2  # qtbase_ru ships with Qt
    assert QCoreApplication.translate("MainWindow", "Overview") == "Обзор"
    assert QCoreApplication.translate("CompositionIndicators", "Art. {article}: {n} members "
                                      "— at least {min}").startswith("Ст. {article}")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_string_of_the_window_is_translated(lang):
    tree = ET.parse(paths.translations_dir() / f"kenesh_desktop_{lang}.ts")
    unfinished = []
    placeholders_lost = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if name not in OWN_CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or ""):
                unfinished.append(f"{name}: {source}")
            elif _fields(source) != _fields(translation.text):
                placeholders_lost.append(f"{name}: {source}")
    assert unfinished == []
    assert placeholders_lost == []


def _fields(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{\w+\}", text))
