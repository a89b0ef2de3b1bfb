"""The Requests tab: the council's requests to the state body, citizens' proposals and the
notices of the state body's commissions, as three views of one tab.

The tab's own title counts the overdue requests ("Requests (3 overdue)"): the requests view
says how many after every refresh (`overdue_changed`), and the tab sets its text in the
window's tab bar. Navigation ("request", "proposal", "notice") opens the right view and
selects the record.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kenesh_desktop.ui.requests.notices import NoticesView
from kenesh_desktop.ui.requests.proposals import ProposalsView
from kenesh_desktop.ui.requests.requests_view import RequestsView
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.session_part import SessionPart


class RequestsTab(SessionPart):
    title_changed = Signal(str)
    """The tab's title, with the number of overdue requests when there are any."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, "RequestsTab")
        self.views = QTabWidget(self)
        self.views.setObjectName("RequestsViews")
        self.requests = RequestsView(session, self.views)
        self.proposals = ProposalsView(session, self.views)
        self.notices = NoticesView(session, self.views)
        self.views.addTab(self.requests, self.tr("Requests to the state body"))
        self.views.addTab(self.proposals, self.tr("Citizens' proposals"))
        self.views.addTab(self.notices, self.tr("Commission notices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.views)
        self.title = self.tr("Requests")
        self.requests.overdue_changed.connect(self._overdue_changed)
        self.title_changed.connect(self._set_tab_text)
        self._overdue_changed(self.requests.model.overdue)

    def _overdue_changed(self, overdue: int) -> None:
        if overdue:
            self.title = self.tr("Requests ({count} overdue)").format(count=overdue)
        else:
            self.title = self.tr("Requests")
        self.title_changed.emit(self.title)

    def _set_tab_text(self, title: str) -> None:
        """Show the title on this tab in the window's tab bar (when it is in one yet)."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None and widget.indexOf(self) >= 0:
            widget.setTabText(widget.indexOf(self), title)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation from the Overview or another tab: a request, proposal or notice."""
        for view in (self.requests, self.proposals, self.notices):
            if view.show_record(kind, record_id):
                self.views.setCurrentWidget(view)
                view.view.setFocus()
                return True
        return False
