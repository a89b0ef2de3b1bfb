"""The window of a login that may only read a council (issue 19): its edit controls are off,
not merely refused when used; a form still shows the record, with OK off and a line saying
why; a chair may finalize but not edit; a login that writes one council and reads another
gets the controls back on the council it writes. The status bar names the login's role."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from server_helpers import CHAIR_A, DAY, READER, SECRETARY_B, A, B, as_login

from kenesh_desktop.store import postgres_server as server
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.ui.main_window import MainWindow
from kenesh_desktop.ui.session import AppSession

# The offscreen platform cannot pass size hints to a window manager (there is none).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window_as(qtbot, shared):
    """`window_as(login)`: the window on the shared database as that login."""
    windows = []

    def make(login: str) -> MainWindow:
        address = as_login(shared, login)
        open_database(address)
        session = AppSession(address)
        session.set_today(DAY)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    close_database()


def tab(window: MainWindow, name: str):
    return window.ensure_tab(next(i for i, s in enumerate(window.specs) if s.name == name))


def show_council(window: MainWindow, council: str) -> None:
    window.council_selector.setCurrentIndex(window.council_selector.findData(council))
    window._council_chosen(window.council_selector.currentIndex())
    assert window.session.council_id == council


def test_a_readers_window_offers_no_change(qtbot, window_as):
    window = window_as(READER)
    show_council(window, A)
    assert "reader: read only" in window.path_label.text()
    members = tab(window, "MembersTab")
    for control in (members.add_button, members.end_button, members.delete_button,
                    members.add_action, window.new_council_action, window.import_action,
                    window.delete_council_action, window.new_sitting_action,
                    window.finalize_action, window.undo_action):
        assert not control.isEnabled(), control.objectName() or control.text()
    members.view.selectRow(0)  # what the tab would enable on a selection stays off
    assert not members.delete_button.isEnabled() and members.edit_button.isEnabled()
    dialog = members.edit_record()  # Edit… still shows the member: to read
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button().isEnabled()
    assert "may only read" in dialog.error.text()
    dialog.ok_button().setEnabled(True)  # as a form's own checks do: it stays off
    assert not dialog.ok_button().isEnabled()
    dialog.reject()
    for name in ("RequestsTab", "PlanTab", "CandidatesTab"):
        tab(window, name)
    for name in ("AddRequestButton", "AddProposalButton", "AddNoticeButton", "NewPlanButton",
                 "AnnounceButton", "AddCandidateButton"):
        buttons = window.findChildren(QPushButton, name)
        assert buttons and not any(b.isEnabled() for b in buttons), name
    meetings = tab(window, "MeetingsTab")
    meetings.view.selectRow(0)
    assert not meetings.add_button.isEnabled()
    assert not meetings.detail.finalize_button.isEnabled()
    assert meetings.detail.ctx is not None and meetings.detail.ctx.read_only


def test_a_chair_finalizes_but_does_not_edit(qtbot, window_as):
    window = window_as(CHAIR_A)
    assert window.session.council_id == A
    assert "chair" in window.path_label.text()
    meetings = tab(window, "MeetingsTab")
    draft = next(m for m in window.session.council().meetings if not m.finalized)
    assert meetings.show_record("meeting", draft.id)
    assert meetings.detail.finalize_button.isEnabled()
    assert window.finalize_action.isEnabled()
    assert not meetings.add_button.isEnabled() and not window.new_sitting_action.isEnabled()
    assert not meetings.detail.agenda.add_button.isEnabled()  # the sitting's records: read


def test_the_controls_come_back_on_a_council_the_login_writes(qtbot, shared, window_as):
    server.grant(shared, SECRETARY_B, A, "reader")
    window = window_as(SECRETARY_B)
    members = tab(window, "MembersTab")
    show_council(window, B)
    assert members.add_button.isEnabled() and window.new_sitting_action.isEnabled()
    show_council(window, A)
    assert not members.add_button.isEnabled() and not window.new_sitting_action.isEnabled()
    show_council(window, B)
    assert members.add_button.isEnabled() and window.new_sitting_action.isEnabled()
    assert "secretary" in window.path_label.text()
