"""The main window: menus, the council selector, the welcome page and the tabs.

Tabs are listed once, in `MainWindow.tab_specs`: adding a tab is one line there. A tab is a
QWidget constructed as `Tab(session, parent)` that refreshes itself on `session.changed`; if
it has `show_record(kind, id) -> bool`, the window asks it to show records the Overview (or
any tab) navigates to (the kinds its spec names), and switches to the first tab that says
yes. The File menu's work on files (databases, backups, the exchange file, the audit trail)
is in database_files.py.

Each tab is built when it is first needed (issue 11: start-up): the Overview at once, the
others when first shown, navigated to, or looked up (`tab()`, `findChild`). Until then an
empty page holds its place, and its module is not even imported.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kenesh_desktop.rules.deadlines import OVERDUE
from kenesh_desktop.store import queries
from kenesh_desktop.ui.database_files import DatabaseFileActions
from kenesh_desktop.ui.dialogs.about import AboutDialog
from kenesh_desktop.ui.dialogs.council import CouncilDialog
from kenesh_desktop.ui.dialogs.welcome import WelcomePage
from kenesh_desktop.ui.elided import ElidedLabel
from kenesh_desktop.ui.icons import icon
from kenesh_desktop.ui.screen import fit_to_screen
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.sitting_actions import SittingActions
from kenesh_desktop.ui.window_menus import TAB_ICONS, WindowMenus

GEOMETRY_KEY = "window/geometry"
COUNCIL_KEY = "window/council"


@dataclass(frozen=True)
class TabSpec:
    """One tab: the class `name` in `module` (also the tab's objectName), its title, and the
    kinds of record its `show_record` shows."""

    name: str
    module: str
    title: str
    kinds: tuple[str, ...] = ()

    def build(self, session: AppSession, parent: QWidget) -> QWidget:
        tab_class = getattr(importlib.import_module(self.module), self.name)
        return tab_class(session, parent)


_windows: list[QMainWindow] = []
"""Windows built again in another language (kept alive: they have no parent)."""


class MainWindow(WindowMenus, SittingActions, DatabaseFileActions, QMainWindow):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.setWindowTitle(self.tr("Kenesh Desktop"))

        self.welcome = WelcomePage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("Tabs")
        self.tabs.setDocumentMode(True)
        self.specs = self.tab_specs()
        self._built: dict[str, QWidget] = {}
        for spec in self.specs:
            placeholder = QWidget(self.tabs)
            placeholder.setObjectName(f"{spec.name}Placeholder")
            self.tabs.addTab(placeholder, spec.title)
        self.ensure_tab(0)  # the Overview: what the window opens on
        self.tabs.currentChanged.connect(self.ensure_tab)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self.replacement: MainWindow | None = None
        self._rebuilt = False
        self._build_menus()
        self._build_council_bar()  # first: when the row is short, the tool bar's end folds
        self._build_toolbar()
        for index, spec in enumerate(self.specs):
            self.tabs.setTabIcon(index, icon(TAB_ICONS.get(spec.name, "")))
        self.path_label = ElidedLabel(self, "DatabasePath", Qt.TextElideMode.ElideMiddle)
        self.statusBar().addPermanentWidget(self.path_label)
        self._show_path()
        self.session.start_listening()  # a shared server: others' changes within a second

        self.welcome.create_requested.connect(self.new_council)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.import_requested.connect(self.import_file)
        self.session.navigate_requested.connect(self.navigate)
        self.session.changed.connect(self._update_title)
        self.session.changed.connect(self._show_path)  # the council (or its name) changed
        self.session.changed.connect(self._update_requests_title)

        self._restore_geometry()
        settings = QSettings()
        self.reload_councils(settings.value(COUNCIL_KEY) or None)

    def tab_specs(self) -> list[TabSpec]:
        """The tabs, in order."""
        ui = "kenesh_desktop.ui"
        return [
            TabSpec("OverviewTab", f"{ui}.overview", self.tr("Overview")),
            TabSpec("MembersTab", f"{ui}.members", self.tr("Members"), ("member", "council")),
            TabSpec("MeetingsTab", f"{ui}.meetings", self.tr("Sittings"), ("meeting",)),
            TabSpec("RequestsTab", f"{ui}.requests", self.tr("Requests"),
                    ("request", "proposal", "notice")),
            TabSpec("PlanTab", f"{ui}.plan", self.tr("Annual plan"), ("plan",)),
            TabSpec("CandidatesTab", f"{ui}.candidates", self.tr("Candidates"),
                    ("competition", "candidate")),
        ]

    # -- tabs, each built when first needed -------------------------------------------------
    def ensure_tab(self, index: int) -> QWidget | None:
        """The tab at `index`, built now if it was not yet (it then takes its placeholder's
        place, keeping the current tab)."""
        if not 0 <= index < len(self.specs):
            return None
        spec = self.specs[index]
        tab = self._built.get(spec.name)
        if tab is not None:
            return tab
        tab = self._built[spec.name] = spec.build(self.session, self.tabs)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        title = getattr(tab, "title", None) or self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, icon(TAB_ICONS.get(spec.name, "")), title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return tab

    def tab(self, name: str | type) -> QWidget | None:
        """The tab named `name` (its class or class name), built now if it was not yet."""
        wanted = name if isinstance(name, str) else name.__name__
        index = next((i for i, spec in enumerate(self.specs) if spec.name == wanted), -1)
        return self.ensure_tab(index)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def findChild(self, kind, name: str = "", *args):  # noqa: N802 - Qt's name
        """QObject.findChild, building a tab not yet built when it is the one looked for."""
        for spec in self.specs:
            if spec.name == name or (not name and getattr(kind, "__name__", "") == spec.name):
                self.tab(spec.name)
        return super().findChild(kind, name, *args)

    def _update_requests_title(self) -> None:
        """The Requests tab's title counts the overdue requests (Art. 18) even before the tab
        is built, from the Overview's findings (a built tab words its own title)."""
        if self.is_built("RequestsTab"):
            return
        overdue = sum(1 for f in self.session.findings()
                      if f.rule == "request.answer_due" and f.details.get("status") == OVERDUE)
        index = next(i for i, spec in enumerate(self.specs) if spec.name == "RequestsTab")
        if overdue:
            title = QCoreApplication.translate("RequestsTab", "Requests ({count} overdue)")
            self.tabs.setTabText(index, title.format(count=overdue))
        else:
            self.tabs.setTabText(index, self.specs[index].title)

    # -- building -------------------------------------------------------------------------
    def _build_council_bar(self) -> None:
        self.council_bar = QToolBar(self.tr("Council"), self)
        self.council_bar.setObjectName("CouncilBar")
        self.council_bar.setMovable(False)
        self.council_bar.toggleViewAction().setVisible(False)
        label = QLabel(self.tr("&Council:"), self.council_bar)
        label.setContentsMargins(6, 0, 6, 0)
        self.council_selector = QComboBox(self.council_bar)
        self.council_selector.setObjectName("CouncilSelector")
        self.council_selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.council_selector.setMinimumContentsLength(32)
        label.setBuddy(self.council_selector)
        self.council_bar.addWidget(label)
        self.council_bar.addWidget(self.council_selector)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.council_bar)
        self.council_selector.activated.connect(self._council_chosen)

    # -- councils ---------------------------------------------------------------------------
    def reload_councils(self, select: str | None = None) -> None:
        """Read the list of councils again and show `select` (or the current one, or the
        first); the welcome page when the database holds none."""
        summaries = queries.list_councils()
        ids = [s.id for s in summaries]
        chosen = next(
            (c for c in (select, self.session.council_id) if c in ids), ids[0] if ids else None
        )
        self.council_selector.blockSignals(True)
        self.council_selector.clear()
        for summary in summaries:
            self.council_selector.addItem(summary.name, summary.id)
            self.council_selector.setItemData(
                self.council_selector.count() - 1, summary.state_body, Qt.ItemDataRole.ToolTipRole
            )
        if chosen is not None:
            self.council_selector.setCurrentIndex(ids.index(chosen))
        self.council_selector.blockSignals(False)
        # The bar is there only to choose: with one council there is nothing to choose.
        self.council_bar.setVisible(len(summaries) > 1)
        self.pages.setCurrentWidget(self.tabs if summaries else self.welcome)
        self.export_action.setEnabled(bool(summaries))
        self.rulebook_action.setEnabled(bool(summaries))
        self.delete_council_action.setEnabled(bool(summaries))
        self.publish_action.setEnabled(bool(summaries))
        self.session.invalidate_councils()
        self.session.select_council(chosen)

    def _council_chosen(self, index: int) -> None:
        council_id = self.council_selector.itemData(index)
        if council_id and council_id != self.session.council_id:
            # The kept copies of the other councils hold the one we leave as it was read.
            self.session.invalidate_councils()
            self.session.select_council(council_id)

    def _update_title(self) -> None:
        """The window's title and the council selector follow the council's name (a rename
        undone or redone changes it without a reload)."""
        self._show_path()  # the council, and on a server what the login may do on it
        council = self.session.heading()
        if council is None:
            self.setWindowTitle(self.tr("Kenesh Desktop"))
            return
        self.setWindowTitle(self.tr("{council} — Kenesh Desktop").format(council=council.name))
        index = self.council_selector.findData(council.id)
        if index >= 0 and self.council_selector.itemText(index) != council.name:
            self.council_selector.setItemText(index, council.name)
            self.council_selector.setItemData(index, council.state_body,
                                              Qt.ItemDataRole.ToolTipRole)

    def new_council(self) -> CouncilDialog:
        dialog = CouncilDialog(self.session, self)
        dialog.accepted.connect(lambda: self.reload_councils(dialog.created_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- navigation -------------------------------------------------------------------------
    def navigate(self, kind: str, record_id: str) -> bool:
        """Show a record in the first tab that knows its kind (built first if need be)."""
        for index, spec in enumerate(self.specs):
            if kind not in spec.kinds:
                continue
            show_record = getattr(self.ensure_tab(index), "show_record", None)
            if show_record is not None and show_record(kind, record_id):
                self.tabs.setCurrentIndex(index)
                return True
        self.statusBar().showMessage(
            self.tr("This record has no tab in this version of the program."), 6000
        )
        return False

    # -- the language: the window built again in it -----------------------------------------
    def rebuild(self) -> MainWindow:
        """A new window in the language now installed, where this one was (its size, tab
        and council; the undo history is the session's and stays), and this one closed."""
        window = MainWindow(self.session)
        window.setGeometry(self.geometry())
        window.tabs.setCurrentIndex(self.tabs.currentIndex())
        window.show()
        self.replacement = window
        _windows.append(window)
        if self in _windows:
            _windows.remove(self)
        self._rebuilt = True
        self.close()
        self.deleteLater()  # its tabs no longer listen to the session
        return window

    def publish_pack(self):
        """File → Publish for the public…: the current council's public pack."""
        from kenesh_desktop.ui.publish import publish

        return publish(self, self.session)

    # -- help -----------------------------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.session, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            fit_to_screen(self)  # kept from a larger screen: brought within this one
            return
        # First start: a size that fits a 1366×768 laptop screen with its task bar, and
        # any smaller screen the window opens on.
        self.resize(1200, 680)
        fit_to_screen(self, centre=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.session.council_id:
            settings.setValue(COUNCIL_KEY, self.session.council_id)
        from kenesh_desktop.ui.backups import backup_on_exit

        if not self._rebuilt:  # built again in another language: the program goes on
            backup_on_exit(self)  # issue 9: a copy on exit
            self.session.stop_listening()  # (the new window listens with the same session)
        super().closeEvent(event)

