"""With Kyrgyz (or Russian) active, every tab of the main window speaks it (issue 8, point 8).

Protects: the window opened on the demo council in English and again in Kyrgyz (and in
Russian) is walked the same way — each tab's title, then every label, button, group box
title, inner tab, combo box entry, line-edit placeholder, table header and table cell of the
tab, then the menus and the welcome page. Wherever the English window shows English words,
the translated window must show something else, with no English word left in it (the
program's name, PDF, CSV and Word excepted). Proper names, numbers and the demo's Kyrgyz records
read the same in every language and are not English words, so they never count. A string
someone forgot to wrap in tr(), or a translation missing from the .qm, fails here with the
tab and the widget it sits in.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

ALLOWED_LATIN = {"Kenesh", "Desktop", "PDF", "CSV", "Word", "docx", "Qt", "English"}
"""Latin words a Kyrgyz or Russian window may show: the program's name, file formats (a Word
copy of the minutes), and "English" in the language menu (each language is named in
itself)."""

_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"[A-Za-z]{2,}")
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_ROMAN = re.compile(r"[IVX]+")  # quarters: «2027-жылдын II чейреги»

Texts = list[tuple[str, str]]  # (where, text)


def english_words(text: str) -> list[str]:
    """The words of `text` that can only be English (emails and allowed names left out)."""
    return [word for word in _WORD.findall(_EMAIL.sub(" ", text))
            if word not in ALLOWED_LATIN and not _ROMAN.fullmatch(word)]


def plain(text: str) -> str:
    if _TAG.search(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def widget_texts(root: QWidget, where: str) -> Texts:
    """Every text a user reads in `root` and its descendants, in a fixed order."""
    texts: Texts = []

    def add(widget: QWidget, text: str | None) -> None:
        if text and text.strip():
            name = widget.objectName() or type(widget).__name__
            texts.append((f"{where} › {name}", plain(text)))

    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    add(widget, value if isinstance(value, str) else None)
    return texts


def menu_texts(actions, where: str) -> Texts:
    """The texts of menu entries and their submenus (named by position: the text differs)."""
    texts: Texts = []
    for index, action in enumerate(actions):
        here = f"{where} › {action.objectName() or index}"
        if action.text():
            texts.append((here, action.text()))
        if action.menu() is not None:
            texts.extend(menu_texts(action.menu().actions(), here))
    return texts


def window_texts(window) -> Texts:
    """The tab titles and the tabs' texts, tab by tab (each shown in turn so that it fills
    itself), then the menus and the welcome page."""
    texts: Texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        where = type(tab).__name__
        texts.append((f"{where} › tab title", window.tabs.tabText(index)))
        texts.extend(widget_texts(tab, where))
    texts.extend(menu_texts(window.menuBar().actions(), "menu"))
    texts.extend(widget_texts(window.welcome, "WelcomePage"))
    return texts


def untranslated(english: Texts, translated: Texts) -> list[str]:
    """Where the English window shows English words and the translated one shows the same
    text, or still an English word."""
    wheres = [where for where, _ in english]
    assert wheres == [where for where, _ in translated], (
        "the two windows must have the same widgets in the same order"
    )
    problems = []
    for (where, source), (_, text) in zip(english, translated, strict=True):
        if not english_words(source):
            continue  # a name, a number, a date in figures: the same in every language
        if text == source or english_words(text):
            problems.append(f"{where}: {text!r} (English {source!r})")
    return problems


def test_the_walk_sees_the_english_it_must_replace(window_in):
    """The check is not empty: in English the walk finds hundreds of English texts, in every
    tab, among them the tab titles, buttons and table headers."""
    english = window_texts(window_in("en"))
    with_words = [(where, text) for where, text in english if english_words(text)]
    assert len(with_words) > 200
    for tab in ("OverviewTab", "MembersTab", "MeetingsTab", "RequestsTab", "PlanTab",
                "CandidatesTab"):
        assert any(where.startswith(f"{tab} › ") for where, _ in with_words), tab
    shown = {text for _, text in with_words}
    assert {"Members", "Add member…", "Full name", "Sittings"} <= shown
    assert english_words("Art. 17 · member12@kenesh.example.kg · Protokol PDF") == [
        "Art", "Protokol"
    ]


@pytest.mark.parametrize(("lang", "titles"), [
    ("ky", ["Жалпы абал", "Мүчөлөр", "Отурумдар", "Суроо-талаптар", "Жылдык план",
            "Талапкерлер"]),
    ("ru", ["Обзор", "Члены совета", "Заседания", "Запросы", "Годовой план", "Кандидаты"]),
])
def test_every_tab_speaks_the_chosen_language(window_in, lang, titles):
    english = window_texts(window_in("en"))
    window = window_in(lang)
    shown = [window.tabs.tabText(i).split(" (")[0] for i in range(window.tabs.count())]
    assert shown == titles
    translated = window_texts(window)
    assert untranslated(english, translated) == []
    # A Russian date ends in "г.": a translation must not add a second full stop after it.
    assert [f"{where}: {text}" for where, text in translated if ".." in text] == []
