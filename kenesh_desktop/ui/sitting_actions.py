"""The Sitting menu: the day's work on a sitting from anywhere in the window, each with a key.

A new sitting, an agenda item, the agenda sent, the four pages of a sitting, the minutes
(PDF, print preview, print) and finalizing. Each action shows the Sittings tab (built if need
be) and does there what its button does, on the sitting selected in the list. `MainWindow`
takes these from `SittingActions`; the tool bar shows the daily ones.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from kenesh_desktop.ui.actions import make_action

SITTINGS = "MeetingsTab"


class SittingActions:
    """Menu actions of a QMainWindow with `tab()`, `go_to_tab()` and `specs`."""

    def _build_sitting_menu(self) -> None:
        self.new_sitting_action = self._sitting_action(
            self.tr("&New sitting…"), lambda tab: tab.add_record(), "Ctrl+Shift+N",
            "NewSittingAction", "calendar-plus")
        self.add_item_action = self._sitting_action(
            self.tr("Add agenda &item…"), self._add_item, "Ctrl+Shift+I", "AddItemAction",
            "list-plus")
        self.agenda_sent_action = self._sitting_action(
            self.tr("Agenda &sent to the state body"), self._agenda_sent, "Ctrl+Shift+A",
            "AgendaSentAction", "send")
        self.page_actions = [
            self._sitting_action(title, lambda tab, i=i: self._show_page(tab, i), f"Alt+{i + 1}",
                                 f"SittingPage{i + 1}Action")
            for i, title in enumerate((self.tr("&Attendance"), self.tr("A&genda"),
                                       self.tr("&Discussion"), self.tr("&Votes")))]
        self.minutes_pdf_action = self._sitting_action(
            self.tr("&Minutes PDF…"), lambda tab: tab.detail.export_minutes(),
            QKeySequence.StandardKey.Save, "MinutesPdfAction", "file-text")
        self.preview_action = self._sitting_action(
            self.tr("Print pre&view…"), lambda tab: tab.detail.preview_minutes(),
            "Ctrl+Shift+P", "PrintPreviewAction", "file-search")
        self.print_action = self._sitting_action(
            self.tr("&Print the minutes…"), lambda tab: tab.detail.print_minutes(),
            QKeySequence.StandardKey.Print, "PrintAction", "printer")
        self.finalize_action = self._sitting_action(
            self.tr("&Finalize…"), lambda tab: tab.detail.finalize(), "Ctrl+Shift+L",
            "FinalizeAction", "lock")
        menu = self._menu("sitting", self.tr("S&itting"))
        for action in (self.new_sitting_action, self.add_item_action, self.agenda_sent_action,
                       None, *self.page_actions, None, self.minutes_pdf_action,
                       self.preview_action, self.print_action, None, self.finalize_action):
            menu.addAction(action) if action else menu.addSeparator()

    def sitting_toolbar_actions(self) -> list[QAction]:
        return [self.new_sitting_action, self.add_item_action, self.agenda_sent_action,
                self.minutes_pdf_action, self.preview_action, self.print_action,
                self.finalize_action]

    def _sitting_action(self, text: str, run: Callable, key, name: str,
                        icon: str = "") -> QAction:
        return make_action(self, text, lambda: self._in_sittings(run), shortcut=key,
                           name=name, icon=icon)

    def _in_sittings(self, run: Callable):
        """Show the Sittings tab, then run `run(tab)` there."""
        if self.session.council_id is None or self.pages.currentWidget() is not self.tabs:
            return None
        index = next(i for i, spec in enumerate(self.specs) if spec.name == SITTINGS)
        tab = self.ensure_tab(index)
        self.tabs.setCurrentIndex(index)
        return run(tab)

    @staticmethod
    def _show_page(tab, index: int) -> None:
        pages = tab.detail.pages
        pages.setCurrentIndex(index)
        page = pages.currentWidget()
        target = getattr(page, "view", None) or page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_item(self, tab):
        self._show_page(tab, 1)
        return tab.detail.agenda.add_record()

    def _agenda_sent(self, tab) -> None:
        """Tick "agenda sent" (today, never after the sitting) and put the focus on its date,
        which the arrow keys then change."""
        self._show_page(tab, 1)
        notice = tab.detail.agenda.notice
        if notice.sent.isEnabled() and not notice.sent.isChecked():
            notice.sent.setChecked(True)
        (notice.sent_on if notice.sent_on.isEnabled() else notice.sent).setFocus(
            Qt.FocusReason.ShortcutFocusReason)
