"""Protects issue 17's keyboard use: a secretary runs a sitting from its creation to the
finalized minutes PDF with key events alone (no click, no call into the window's code), Tab
leaves every table, Ctrl+Tab and Ctrl+PgDown go round the tabs, Help → Keyboard shortcuts
lists the keys, and a click anywhere in a check-box cell ticks it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from meetings_driver import council_with
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid
from ui_driver import type_text

from kenesh_desktop.store import queries, writes
from kenesh_desktop.ui.dialogs.shortcuts import ShortcutsDialog
from kenesh_desktop.ui.meetings.dialogs import AgendaItemDialog, MeetingDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused(window: QWidget) -> QWidget:
    """Where a key typed now goes: the focus of the open dialog, else of the window."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal.focusWidget() or modal
    return QApplication.focusWidget() or window


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(window), key, modifiers)
    modal = QApplication.activeModalWidget() or window
    if modal.isVisible() and QApplication.activeWindow() is not modal:
        # A dialog just opened or closed: the window system makes it (or the window under
        # it) active, as a desktop does; the offscreen platform needs to be asked.
        modal.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is modal, timeout=2000)


def when_shown(kind: type, answer: Callable[[QWidget], None]) -> QTimer:
    """Answer the next modal dialog of `kind` (a message box, the save dialog) with keys
    once it is open: they run inside the dialog's own event loop."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            timer.stop()
            answer(modal)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def tick_column(qtbot, window, column_moves: int, rows: int) -> None:
    """From the table's first cell: right to the check-box column, then Space on `rows`
    rows going down."""
    press(qtbot, window, Qt.Key.Key_Home, CTRL)
    for _ in range(column_moves):
        press(qtbot, window, Qt.Key.Key_Right)
    for row in range(rows):
        if row:
            press(qtbot, window, Qt.Key.Key_Down)
        press(qtbot, window, Qt.Key.Key_Space)


# The offscreen platform cannot raise a window or grab the keyboard for the message box and
# the save dialog (a desktop can); that is the platform's, not the program's.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard",
                           "does not support propagateSizeHints")
def test_a_sitting_from_creation_to_the_finalized_minutes_with_keys_alone(
        qtbot, session, make_window, tmp_path):
    council = dataclasses.replace(council_with(9), meetings=[])
    writes.import_councils([council])
    window = make_window()
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # A new sitting: Ctrl+Shift+N, the place typed, Enter.
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MeetingDialog)
    press(qtbot, window, Qt.Key.Key_P, ALT)  # "&Place:"
    assert focused(window) is dialog.place
    type_text(focused(window), "Чоң зал")
    press(qtbot, window, Qt.Key.Key_Return)
    assert not isValid(dialog) or not dialog.isVisible()
    (sitting,) = queries.load_council("kk").meetings
    assert sitting.place == "Чоң зал"
    tab = window.tab("MeetingsTab")
    assert window.tabs.currentWidget() is tab and tab.selected_record().id == sitting.id

    # Attendance (Alt+1): seven of nine present, Space on the "present" column.
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert focused(window) is tab.detail.attendance.view
    tick_column(qtbot, window, 2, 7)
    assert len(queries.load_council("kk").meetings[0].present) == 7

    # An agenda item: Ctrl+Shift+I, its title, Enter.
    press(qtbot, window, Qt.Key.Key_I, CTRL | SHIFT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AgendaItemDialog)
    type_text(focused(window), "Бюджеттин долбоору жөнүндө")
    press(qtbot, window, Qt.Key.Key_Return)
    assert [i.title for i in queries.load_council("kk").meetings[0].items] == [
        "Бюджеттин долбоору жөнүндө"]

    # The votes (Alt+4, after the discussion on Alt+3): "for" ticked for the first five
    # present members.
    press(qtbot, window, Qt.Key.Key_4, ALT)
    assert focused(window) is tab.detail.votes.view
    tick_column(qtbot, window, 1, 5)
    votes = queries.load_council("kk").meetings[0].items[0].votes
    assert list(votes.values()) == ["for"] * 5

    # The agenda went to the state body today: Ctrl+Shift+A.
    press(qtbot, window, Qt.Key.Key_A, CTRL | SHIFT)
    assert queries.load_council("kk").meetings[0].agenda_sent is not None

    # Finalize: Ctrl+Shift+L, and Y to the question.
    timer = when_shown(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Y))
    press(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT)
    timer.stop()
    final = queries.load_council("kk").meetings[0]
    assert final.finalized
    assert "Fingerprint of the record:" in tab.detail.banner.text()  # shown at once

    # The minutes PDF: Ctrl+S, the file's name typed into the save dialog, Enter.
    target = tmp_path / "minutes-final.pdf"

    def save_as(dialog: QWidget) -> None:
        field = dialog.focusWidget()
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        type_text(field, str(target))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    timer = when_shown(QFileDialog, save_as)
    opened: list[Path] = []
    from kenesh_desktop.ui import documents_export

    documents_export.open_document, before = opened.append, documents_export.open_document
    try:
        press(qtbot, window, Qt.Key.Key_S, CTRL)
    finally:
        documents_export.open_document = before
        timer.stop()
    assert target.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    fingerprint = tab.detail.banner.text().rsplit(": ", 1)[1]
    assert fingerprint in text.replace("\n", "")
    assert "ДОЛБООР" not in text  # no draft mark on finalized minutes


def test_tab_leaves_a_table_and_ctrl_tab_goes_round_the_tabs(qtbot, session, make_window):
    writes.import_councils([council_with(9)])
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.tab("MeetingsTab")
    window.tabs.setCurrentWidget(tab)
    view = tab.detail.attendance.view
    view.setFocus()
    press(qtbot, window, Qt.Key.Key_Tab)
    assert focused(window) is not view  # not trapped cell to cell
    assert not view.tabKeyNavigation()
    start = window.tabs.currentIndex()
    press(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == (start + 1) % window.tabs.count()
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == start
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentIndex() == 0


def test_help_lists_every_key(qtbot, session, make_window):
    writes.import_councils([council_with(9)])
    window = make_window()
    window.shortcuts_action.trigger()
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    keys = dialog.keys()
    for action in ("Finalize", "Minutes PDF", "Agenda sent to the state body",
                   "Add agenda item", "Undo", "Find", "Print pre view".replace(" ", ""),
                   "Add member", "Next tab"):
        assert any(action.lower() in name.lower().replace(" ", "")
                   or action.lower() in name.lower() for name in keys), action
    assert keys["Finalize"] == "Ctrl+Shift+L"
    assert "Ctrl+Tab" in keys["Next tab"]
    dialog.reject()


def test_a_click_anywhere_in_a_check_box_cell_ticks_it(qtbot, session, make_window):
    writes.import_councils([council_with(9)])
    window = make_window()
    tab = window.tab("MeetingsTab")
    window.tabs.setCurrentWidget(tab)
    view = tab.detail.attendance.view
    index = view.model().index(0, 2)
    rect = view.visualRect(index)
    far_right = QPoint(rect.right() - 3, rect.center().y())  # away from the little box
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=far_right)
    assert index.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=far_right)
    assert index.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Unchecked, 0)


def test_no_key_of_the_window_is_also_a_key_of_a_tab(qtbot, session, make_window):
    """Two actions on one key cancel each other (Qt calls it ambiguous): the window's menus
    and every tab's own keys (Ins, F2, Del, Ctrl+Shift+F…) must differ."""
    from PySide6.QtGui import QAction

    writes.import_councils([council_with(9)])
    window = make_window()
    for index in range(window.tabs.count()):
        window.ensure_tab(index)
    window_keys = {key.toString() for action in window.actions() for key in action.shortcuts()}
    assert {"Ctrl+Z", "Ctrl+F", "Ctrl+S", "Ctrl+P", "Ctrl+Shift+L"} <= window_keys
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        tab_keys = {key.toString() for action in page.findChildren(QAction)
                    for key in action.shortcuts()} | {
            key.toString() for action in page.actions() for key in action.shortcuts()}
        assert not window_keys & tab_keys, (window.tabs.tabText(index), window_keys & tab_keys)
