"""The audit trail in the window (issue 9, point 7): a member's and a sitting's history, reached
from their tabs, says when, who and what changed from what to what, in words (not column names
or codes); the whole trail leaves the database as CSV only through File → Export audit trail.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from meetings_driver import council_with, open_tab
from PySide6.QtCore import Qt
from ui_driver import add_member_via_dialog, click_ok, members_tab, open_dialog, type_text

from kenesh_desktop.store import audit, writes
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.ui.audit_view import HistoryDialog, who
from kenesh_desktop.ui.dialogs.member import MemberDialog
from kenesh_desktop.ui.meetings.tab import MeetingsTab


def history_lines(dialog: HistoryDialog) -> list[tuple[str, str, str]]:
    """(who, what, changes — one a line) of every row the dialog shows, oldest first."""
    model = dialog.view.model()
    return [tuple(model.index(row, column).data() for column in (1, 2, 3))
            for row in range(model.rowCount())]


@pytest.fixture
def window(session, make_window):
    council_id = writes.create_council("", "Коомдук кеңеш", "Министрлик", dt.date(2026, 3, 1),
                                       dt.date(2028, 2, 29))
    window = make_window()
    window.reload_councils(council_id)
    return window


def test_a_members_history_names_each_change_in_words(qtbot, window, answers):
    add_member_via_dialog(qtbot, window, "Айгүл Токтогулова", "female", "«Үмүт» фонду")
    tab = members_tab(window)
    assert tab.history_action.isEnabled()  # the new member is selected

    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, MemberDialog)
    type_text(dialog.phone, "0555 123 456")
    click_ok(qtbot, dialog)

    tab.history_action.trigger()
    history = open_dialog(tab, HistoryDialog)
    assert history.windowTitle() == "History of Айгүл Токтогулова"
    (added_by, added, added_values), (changed_by, changed, changed_values) = (
        history_lines(history))
    assert added_by == changed_by == who(audit.current_user())
    assert not any(line.startswith("id:") for line in added_values.split("\n"))
    assert added == "added: member" and changed == "changed: member"
    assert "full name: Айгүл Токтогулова" in added_values
    assert "sex: Woman" in added_values  # the vocabulary in words, not "female"
    assert "member from: 1 March 2027" in added_values  # dates in the official style
    assert changed_values == "phone: — → 0555 123 456"
    assert not history.empty.isVisible()


def test_nothing_is_shown_without_a_selected_member(qtbot, window):
    tab = members_tab(window)
    assert not tab.history_action.isEnabled()
    assert tab.show_history() is None


def test_a_sittings_history_takes_in_its_attendance(qtbot, session, answers):
    tab = open_tab(qtbot, session, council_with(members=7))
    mw.set_attendance("kk", "s1", "m3", False, "ооруп калды")
    session.notify_changed()
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    history = open_dialog(tab, HistoryDialog)
    assert history.windowTitle() == "History of sitting No. 1"
    rows = history_lines(history)
    attendance = [values for _who, what, values in rows if what == "added: attendance"]
    # The member by name (the trail holds a row id), the absence in words; the link to the
    # sitting itself (a row id) is left out.
    assert attendance == ["reason of absence: ооруп калды\nmember: Жеңишбеков Эрлан\npresent: no"]
    assert isinstance(tab, MeetingsTab) and tab.history_action.isEnabled()


def test_the_audit_trail_is_exported_only_when_asked(qtbot, window, answers, tmp_path):
    add_member_via_dialog(qtbot, window, "Айгүл Токтогулова", "female", "«Үмүт» фонду")
    answers.save_file = ""  # cancelled: nothing written
    assert window.export_audit_trail() is None
    assert not list(tmp_path.glob("*.csv"))

    answers.save_file = str(tmp_path / "trail")
    window.export_audit_action.trigger()
    path = tmp_path / "trail.csv"
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["when", "who", "action", "table", "record", "column", "old", "new"]
    assert ["full_name", "", "Айгүл Токтогулова"] in [row[5:] for row in rows]
    assert "trail.csv" in answers.texts("inform")[-1]


def test_who_is_worded_for_a_person():
    assert who("root") == "administrator"
    assert who("unknown") == "unknown"
    assert "nosuchuser" in who("nosuchuser")
