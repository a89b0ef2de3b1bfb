"""The window's languages: the language setting (default from the system: Kyrgyz unless the
system speaks Russian), our compiled translations loading with Qt's own, and every string
of the Kyrgyz and Russian files being translated (none left "unfinished" in the shipped
contexts of the main window, the members tab and the overview)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

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


def test_the_default_language_follows_the_system_when_it_is_kyrgyz_or_russian(monkeypatch):
    monkeypatch.delenv("KENESH_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    for system, expected in (("ru_RU.UTF-8", "ru"), ("ky_KG.UTF-8", "ky"), ("en_US.UTF-8", "ky"),
                             ("de_DE.UTF-8", "ky")):
        monkeypatch.setenv("LANG", system)
        assert i18n.system_language() == expected
        assert i18n.chosen_language() == expected  # nothing chosen yet


def test_the_chosen_language_is_kept_for_the_window_and_the_command_line(monkeypatch):
    """Issue 17: one rule: the choice, else the system's when ky or ru, else ky."""
    from kenesh_desktop.cli import user_language

    monkeypatch.delenv("KENESH_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.chosen_language() == user_language() == "ky"
    i18n.store_language("en")
    assert i18n.chosen_language() == user_language() == "en"
    i18n.store_language("ru")
    assert i18n.chosen_language() == user_language() == "ru"
    with pytest.raises(ValueError):
        i18n.store_language("fr")


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
