"""Driving the window the way a secretary does: find the open dialog, type, choose, click OK."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.dialogs.member import MemberDialog
from kenesh_desktop.ui.main_window import MainWindow
from kenesh_desktop.ui.members import MembersTab

W = TypeVar("W", bound=QWidget)

TODAY = dt.date(2027, 3, 1)
"""The day every window test is pinned to."""


def shown_tab(qtbot, kind: type[W], session, size: tuple[int, int] = (1300, 700)) -> W:
    """A tab of the window on its own, shown at `size`. qtbot holds its widgets weakly: the
    closure keeps the tab (and its models, which qtmodeltester may still watch) until
    pytest-qt closes it after the test."""
    tab = kind(session)
    qtbot.addWidget(tab, before_close_func=lambda _widget, kept=tab: None)
    tab.resize(*size)
    tab.show()
    return tab


def open_dialog(parent, kind: type[QDialog]):
    """The dialog of that type the user is looking at now."""
    shown = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(shown) == 1, f"expected one open {kind.__name__}, found {len(shown)}"
    return shown[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key into a focused-like widget. (QTest's keyClicks takes ASCII
    only; Kyrgyz names need Ң, Ө, Ү, so each key press carries its character.)"""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def fill_member(
    qtbot,
    dialog: MemberDialog,
    name: str,
    sex: str | None,
    organization: str,
    role: str = "member",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> None:
    """Type into the member form as a user does."""
    dialog.full_name.clear()
    type_text(dialog.full_name, name)
    dialog.sex.setCurrentIndex(dialog.sex.findData(sex) if sex else -1)
    dialog.organization.clear()
    type_text(dialog.organization, organization)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    if start is not None:
        dialog.start.setDate(to_qdate(start))
    if end is not None:
        dialog.ended.setChecked(True)
        dialog.end.setDate(to_qdate(end))


def add_member_via_dialog(qtbot, window: MainWindow, name: str, sex: str, organization: str,
                          role: str = "member", **dates) -> MemberDialog:
    """Members tab → "Add member…" → fill → OK; returns the dialog (closed on success)."""
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, MemberDialog)
    fill_member(qtbot, dialog, name, sex, organization, role, **dates)
    click_ok(qtbot, dialog)
    return dialog


def members_tab(window: MainWindow) -> MembersTab:
    return window.findChild(MembersTab, "MembersTab")
