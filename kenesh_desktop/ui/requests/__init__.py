"""The Requests tab (requests to the state body, citizens' proposals, commission notices)."""

from kenesh_desktop.ui.requests.tab import RequestsTab

__all__ = ["RequestsTab"]
