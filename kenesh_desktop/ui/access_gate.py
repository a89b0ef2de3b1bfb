"""A login that may only read a council sees its edit controls disabled, not refused (issue 19).

On a shared server the server's owner grants each login a role per council (store/access.py):
a secretary changes the council's records, a chair reads them and may finalize and reopen
its sittings, a reader only reads. The server refuses anything else (row-level security);
the window should not offer it. Every tab registers its edit controls here (`add`, with what
they need: WRITE, FINALIZE, or CREATE for adding a council), and the gate keeps them disabled
while the current council does not allow it, whatever the tab's own logic enables meanwhile
(a selection, a finalized sitting): that wish is remembered and given back when the window
moves to a council the login may change. On a database file everything is allowed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

WRITE, FINALIZE, CREATE = "write", "finalize", "create"


class EditGate(QObject):
    """The edit controls of one session's window (see the module's text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allowed = {WRITE: True, FINALIZE: True, CREATE: True}
        self._controls: dict[int, tuple[QWidget | QAction, str]] = {}
        self._wanted: dict[int, bool] = {}
        self._forcing = False

    def allows(self, need: str = WRITE) -> bool:
        return self.allowed.get(need, True)

    def add(self, *controls: QWidget | QAction | None, need: str = WRITE) -> None:
        """Keep `controls` disabled while `need` is not allowed."""
        for control in controls:
            if control is None or id(control) in self._controls:
                continue
            key = id(control)
            self._controls[key] = (control, need)
            control.destroyed.connect(lambda _=None, key=key: self._forget(key))
            if isinstance(control, QAction):
                control.changed.connect(lambda control=control: self._action_changed(control))
            else:
                control.installEventFilter(self)
            self._hold(control, need)

    def set_allowed(self, write: bool, finalize: bool, create: bool) -> None:
        """What the login may do on the council now shown; the controls follow."""
        self.allowed = {WRITE: write, FINALIZE: finalize, CREATE: create}
        for key, (control, need) in list(self._controls.items()):
            if self.allows(need):
                if key in self._wanted:
                    self._set(control, self._wanted.pop(key))
            else:
                self._hold(control, need)

    # -- keeping them disabled ---------------------------------------------------------------
    def _hold(self, control: QWidget | QAction, need: str) -> None:
        if self.allows(need):
            return
        key = id(control)
        if key not in self._wanted:
            self._wanted[key] = _explicitly_enabled(control)
        self._set(control, False)

    def _set(self, control: QWidget | QAction, enabled: bool) -> None:
        self._forcing = True
        try:
            control.setEnabled(enabled)
        finally:
            self._forcing = False

    def _wished(self, control: QWidget | QAction) -> None:
        """The tab enabled the control while it is held: remembered, and kept off. (A held
        control is off already, so the tab disabling it is no change Qt reports: on a
        council it may change, the tab's own update then decides.)"""
        key = id(control)
        need = self._controls.get(key, (None, WRITE))[1]
        if self._forcing or self.allows(need) or not _explicitly_enabled(control):
            return
        self._wanted[key] = True
        self._set(control, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.EnabledChange and id(watched) in self._controls:
            self._wished(watched)
        return False

    def _action_changed(self, action: QAction) -> None:
        if id(action) in self._controls:
            self._wished(action)

    def _forget(self, key: int) -> None:
        self._controls.pop(key, None)
        self._wanted.pop(key, None)


def _explicitly_enabled(control: QWidget | QAction) -> bool:
    """The control's own state (a widget is also disabled with its parent: not counted)."""
    if isinstance(control, QAction):
        return control.isEnabled()
    return not control.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
