"""The main window's menus and tool bar: every window-wide action, with its icon and key.

`MainWindow` takes these from `WindowMenus`. The menus are kept by name in `self.menus`
("file", "edit", "view", "council", "sitting", "settings", "help") and the day's tool bar is
`self.toolbar`: another part of the window adds its action with
`actions.make_action(self, text, slot, shortcut=..., icon=..., name=...)` and
`self.menus["file"].addAction(action)` (and `self.toolbar.addAction` for a daily one).
Help → Keyboard shortcuts lists every action that has a key, so nothing else is needed.
Keys of one tab (Ins, F2, Del, made with `widgets.shortcut`) must not reuse a key of these.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from kenesh_desktop.ui import i18n
from kenesh_desktop.ui.access_gate import CREATE, FINALIZE
from kenesh_desktop.ui.actions import make_action
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.widgets import open_dialog

TAB_ICONS = {
    "OverviewTab": "layout-dashboard",
    "MembersTab": "users",
    "MeetingsTab": "calendar-days",
    "RequestsTab": "inbox",
    "PlanTab": "clipboard-list",
    "CandidatesTab": "user-plus",
}


class WindowMenus:
    """Menus, tool bar, tab keys and the language of a QMainWindow with `session`, `tabs`,
    `specs` and the File actions of `DatabaseFileActions`."""

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.menus: dict[str, QMenu] = {}
        self.new_council_action = make_action(
            self, self.tr("&New council…"), self.new_council, shortcut=keys.New,
            name="NewCouncilAction", icon="file-plus")
        self.open_database_action = make_action(
            self, self.tr("&Open database…"), self.open_database_file, shortcut=keys.Open,
            name="OpenDatabaseAction", icon="folder-open")
        # issue 19: a shared PostgreSQL server, from saved connection profiles.
        self.connect_action = make_action(
            self, self.tr("Connect to &server…"), self.connect_to_server, name="ConnectAction")
        self.import_action = make_action(
            self, self.tr("&Import exchange file…"), self.import_file, name="ImportAction",
            icon="file-input")
        self.export_action = make_action(
            self, self.tr("&Export exchange file…"), self.export_file, name="ExportAction",
            icon="file-output")
        # Art. 6: the public pack for the state body's website (documents.public_pack).
        self.publish_action = make_action(
            self, self.tr("&Publish for the public…"), self.publish_pack, name="PublishAction",
            icon="globe")
        self.quit_action = make_action(self, self.tr("&Quit"), self.close,
                                       shortcut="Ctrl+Q", name="QuitAction", icon="log-out")
        # issue 9: the backups of the open database (list, back up now, restore).
        self.backups_action = make_action(self, self.tr("&Backups…"), self.show_backups,
                                          name="BackupsAction", icon="archive")
        # issue 16: a council deleted from the window (confirmed, backed up, audited).
        self.delete_council_action = make_action(
            self, self.tr("&Delete council…"), self.delete_current_council,
            name="DeleteCouncilAction", icon="trash-2")
        # issue 9: the audit trail leaves the database only when asked (personal data).
        self.export_audit_action = make_action(
            self, self.tr("Export audit &trail…"), self.export_audit_trail,
            name="ExportAuditAction", icon="history")
        file_menu = self._menu("file", self.tr("&File"))
        for action in (self.new_council_action, self.delete_council_action,
                       self.open_database_action, self.connect_action, None,
                       self.import_action, self.export_action, self.publish_action,
                       self.backups_action,
                       self.export_audit_action, None, self.quit_action):
            file_menu.addAction(action) if action else file_menu.addSeparator()

        self._build_edit_menu()
        self._build_view_menu()
        self._build_council_menu()
        self._build_sitting_menu()
        self._build_settings_menu()

        help_menu = self._menu("help", self.tr("&Help"))
        self.shortcuts_action = make_action(
            self, self.tr("&Keyboard shortcuts"), self.show_shortcuts, shortcut="F1",
            name="ShortcutsAction", icon="keyboard")
        self.about_action = make_action(self, self.tr("&About Kenesh Desktop"),
                                        self.show_about, name="AboutAction", icon="info")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self._gate_actions()

    def _gate_actions(self) -> None:
        """issue 19: what changes the records is off where the login may only read."""
        gate = self.session.gate
        gate.add(self.new_council_action, self.import_action, need=CREATE)
        gate.add(self.delete_council_action, self.undo_action, self.redo_action,
                 self.new_sitting_action, self.add_item_action, self.agenda_sent_action)
        gate.add(self.finalize_action, need=FINALIZE)
        gate.add(self.welcome.create_button, self.welcome.import_button, need=CREATE)

    def _menu(self, key: str, title: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(f"{key.capitalize()}Menu")
        self.menus[key] = menu
        return menu

    def _build_edit_menu(self) -> None:
        history = self.session.history
        self.undo_action = make_action(self, self.tr("&Undo"), self.undo,
                                       shortcut=QKeySequence.StandardKey.Undo,
                                       name="UndoAction", icon="undo-2")
        self.redo_action = make_action(self, self.tr("&Redo"), self.redo,
                                       shortcut=QKeySequence.StandardKey.Redo,
                                       name="RedoAction", icon="redo-2")
        self.find_action = make_action(self, self.tr("&Find…"), self.show_search,
                                       shortcut=QKeySequence.StandardKey.Find,
                                       name="FindAction", icon="search")
        menu = self._menu("edit", self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.find_action)
        group = history.group
        for signal in (group.canUndoChanged, group.canRedoChanged, group.undoTextChanged,
                       group.redoTextChanged, group.activeStackChanged,
                       group.indexChanged):
            signal.connect(self._update_undo_actions)
        history.refused.connect(lambda text: ask.warn(self, self.tr("Undo"), text))
        self._update_undo_actions()

    def _update_undo_actions(self, *_args) -> None:
        group = self.session.history.group
        undo, redo = group.undoText(), group.redoText()
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())
        self.undo_action.setText(self.tr("&Undo: {action}").format(action=undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo: {action}").format(action=redo) if redo
                                 else self.tr("&Redo"))

    def undo(self) -> None:
        if self.session.history.group.canUndo():
            self.session.history.group.undo()

    def redo(self) -> None:
        if self.session.history.group.canRedo():
            self.session.history.group.redo()

    def _build_view_menu(self) -> None:
        """The tabs by Ctrl+1…6, and the next or previous by Ctrl+Tab / Ctrl+PgDown (tables
        give Tab back to the window, so these work from anywhere)."""
        menu = self._menu("view", self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for number, spec in enumerate(self.specs):
            action = make_action(self, spec.title, lambda _=False, i=number: self.go_to_tab(i),
                                 shortcut=f"Ctrl+{number + 1}", name=f"GoTo{spec.name}",
                                 icon=TAB_ICONS.get(spec.name, ""))
            menu.addAction(action)
            self.tab_actions.append(action)
        menu.addSeparator()
        self.next_tab_action = make_action(self, self.tr("&Next tab"), lambda: self.step_tab(1),
                                           name="NextTabAction")
        self.next_tab_action.setShortcuts([QKeySequence("Ctrl+Tab"),
                                           QKeySequence("Ctrl+PgDown")])
        self.previous_tab_action = make_action(self, self.tr("&Previous tab"),
                                               lambda: self.step_tab(-1),
                                               name="PreviousTabAction")
        self.previous_tab_action.setShortcuts([QKeySequence("Ctrl+Shift+Tab"),
                                               QKeySequence("Ctrl+PgUp")])
        menu.addAction(self.next_tab_action)
        menu.addAction(self.previous_tab_action)
        menu.addSeparator()
        # issue 19: the Coordination Council's view, every council's findings at once.
        from kenesh_desktop.ui.councils_overview import show_councils_overview

        self.councils_overview_action = make_action(
            self, self.tr("&Overview of all councils…"), lambda: show_councils_overview(self),
            shortcut="Ctrl+Shift+O", name="CouncilsOverviewAction", icon="layout-dashboard")
        menu.addAction(self.councils_overview_action)

    def go_to_tab(self, index: int) -> None:
        if self.pages.currentWidget() is self.tabs and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self.ensure_tab(index)
            self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            focus = self.tabs.currentWidget().nextInFocusChain()
            if focus is not None and self.tabs.currentWidget().isAncestorOf(focus):
                focus.setFocus(Qt.FocusReason.TabFocusReason)

    def step_tab(self, step: int) -> None:
        self.go_to_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    def _build_council_menu(self) -> None:
        """issue 18: the rules the current council follows (its rulebook), chosen and edited.
        The menu's key is not C: Alt+C is the council selector's."""
        self.rulebook_action = make_action(
            self, self.tr("&Rules of the council…"), self.edit_rulebook, name="RulebookAction",
            icon="scale")
        self._menu("council", self.tr("Co&uncil")).addAction(self.rulebook_action)

    def edit_rulebook(self):
        from kenesh_desktop.ui.dialogs.rulebook import edit_rulebook

        return edit_rulebook(self.session, self)

    def _build_settings_menu(self) -> None:
        menu = self._menu("settings", self.tr("&Settings"))
        language_menu = menu.addMenu(self.tr("&Language"))
        language_menu.setIcon(_icon("languages"))
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        chosen = i18n.current_language()
        for lang in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[lang], self.language_actions)
            action.setObjectName(f"Language_{lang}")
            action.setCheckable(True)
            action.setChecked(lang == chosen)
            action.setData(lang)
            language_menu.addAction(action)
        self.language_actions.triggered.connect(lambda a: self.choose_language(a.data()))

    def _build_toolbar(self) -> None:
        """The day's actions, with their text beside the icon where there is room."""
        self.toolbar = QToolBar(self.tr("Tool bar"), self)
        self.toolbar.setObjectName("MainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (self.undo_action, self.redo_action, None, *self.sitting_toolbar_actions(),
                       None, self.find_action):
            self.toolbar.addAction(action) if action else self.toolbar.addSeparator()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # -- language --------------------------------------------------------------------------------
    def choose_language(self, lang: str) -> None:
        """Keep the choice and speak it at once: the window is built again in it."""
        i18n.store_language(lang)
        if lang == i18n.current_language():
            return
        i18n.install_translators(QApplication.instance(), lang)
        self.rebuild()

    # -- help -------------------------------------------------------------------------------------
    def show_shortcuts(self):
        from kenesh_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        for index in range(len(self.specs)):  # every tab's keys, even of tabs not yet shown
            self.ensure_tab(index)
        return open_dialog(ShortcutsDialog(self))

    def show_search(self):
        from kenesh_desktop.ui.search import SearchDialog

        if self.session.council_id is None:
            return None
        return open_dialog(SearchDialog(self.session, self))


def _icon(name: str):
    from kenesh_desktop.ui.icons import icon

    return icon(name)
