"""Help → Keyboard shortcuts: every key of the window, read from the window itself.

The menus' actions, then each tab's own keys (the actions its widgets carry, made with
`widgets.shortcut` or `actions.make_action`), then the keys Qt gives every table, field and
dialog. Nothing is listed by hand except those last ones, so a new action with a key appears
here by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kenesh_desktop.ui.actions import key_text, plain


def general_keys() -> list[tuple[str, str]]:
    """The keys Qt gives every page (not actions of ours), worded for the list."""
    return [
        (QCoreApplication.translate("Shortcuts", "Next field, button or table"), "Tab"),
        (QCoreApplication.translate("Shortcuts", "Previous field, button or table"),
         "Shift+Tab"),
        (QCoreApplication.translate("Shortcuts", "Move within a table"),
         QCoreApplication.translate("Shortcuts", "Arrow keys")),
        (QCoreApplication.translate("Shortcuts", "Tick or clear the check box of a table cell"),
         QCoreApplication.translate("Shortcuts", "Space")),
        (QCoreApplication.translate("Shortcuts", "Open the record of a table row"), "Enter"),
        (QCoreApplication.translate("Shortcuts", "Type in a table cell"), "F2"),
        (QCoreApplication.translate("Shortcuts", "Press the button of an underlined letter"),
         "Alt+…"),
        (QCoreApplication.translate("Shortcuts",
                                    "Close a dialog (asks first when something was typed)"),
         "Esc"),
    ]


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
        elif action.shortcuts():
            found.append(action)
    return found


def window_keys(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(what, keys)]) for the menus, the tabs and Qt's own keys."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = []
        for action in _menu_actions(menu):
            seen.add(id(action))
            rows.append((plain(action.text()), key_text(action)))
        if rows:
            groups.append((plain(menu.title()), rows))
    tabs = getattr(window, "tabs", None)
    for index in range(tabs.count() if tabs is not None else 0):
        page: QWidget = tabs.widget(index)
        rows = []
        for action in [*page.actions(), *page.findChildren(QAction)]:
            if id(action) in seen or not action.shortcuts() or not action.text():
                continue
            seen.add(id(action))
            rows.append((plain(action.text()), key_text(action)))
        if rows:
            groups.append((tabs.tabText(index), rows))
    groups.append((QCoreApplication.translate("Shortcuts", "Tables, fields and dialogs"),
                   general_keys()))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("ShortcutList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        for title, rows in window_keys(window):
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for what, keys in rows:
                QTreeWidgetItem(group, [what, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def keys(self) -> dict[str, str]:
        """Every listed action and its keys (tests)."""
        found = {}
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                found[group.child(j).text(0)] = group.child(j).text(1)
        return found
