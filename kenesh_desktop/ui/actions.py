"""One way to make a window action: its text, key, icon, name and tooltip at once.

`make_action(owner, text, slot, shortcut=..., icon=..., name=...)` gives a QAction whose
tooltip names its key ("Print the minutes (Ctrl+P)"), whose icon is a bundled Lucide drawing
(ui/icons.py) and whose objectName tests find it by. An action with a key is listed by
Help → Keyboard shortcuts without anything more (ui/dialogs/shortcuts.py reads the window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from kenesh_desktop.ui.icons import icon as bundled_icon


def plain(text: str) -> str:
    """A menu text without its & (the mnemonic) and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_text(action: QAction) -> str:
    """The action's keys as the system writes them ("Ctrl+P, Ctrl+Shift+P")."""
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                     for key in action.shortcuts())


def make_action(owner: QWidget, text: str, slot: Callable[..., Any], *,
                shortcut: Any = None, icon: str = "", name: str = "",
                tooltip: str = "") -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon:
        action.setIcon(bundled_icon(icon))
    if name:
        action.setObjectName(name)
    tip = tooltip or plain(text)
    if action.shortcuts():
        tip = f"{tip} ({key_text(action)})"
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
