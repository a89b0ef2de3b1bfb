"""The window with several people on one database (issue 19): a form saved over a change
someone else made since it was opened is refused with who and when, and shows the record as
it now is (no lost update); the window on a server refreshes when another login changes
something, says which server and login it is on, and keeps the address (never a password)
among the saved profiles; the Coordination Council's overview lists every council's findings,
filterable by council and by rule."""

from __future__ import annotations

import dataclasses

import psycopg
from meetings_driver import council_with, open_tab
from PySide6.QtCore import QSettings, Qt
from ui_driver import TODAY

from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import queries, writes
from kenesh_desktop.store.audit import current_user
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.ui.councils_overview import show_councils_overview
from kenesh_desktop.ui.main_window import MainWindow
from kenesh_desktop.ui.meetings.dialogs import MeetingDialog
from kenesh_desktop.ui.server_dialog import PROFILES_KEY
from kenesh_desktop.ui.session import AppSession


def test_a_sitting_saved_over_someone_elses_change_is_refused_and_reloaded(qtbot, session):
    tab = open_tab(qtbot, session, council_with(7))
    dialog = MeetingDialog(session, queries.load_council("kk").meeting("s1"), tab)
    qtbot.addWidget(dialog)
    dialog.show()
    mw.update_meeting("kk", "s1", place="Кичи зал")  # another person, meanwhile
    dialog.time.setTime(dialog.time.time().addSecs(3600))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert current_user() in dialog.error.text() and "not saved" in dialog.error.text()
    assert dialog.place.text() == "Кичи зал"  # the form shows the record as it now is
    assert queries.load_council("kk").meeting("s1").time == "14:00"
    dialog.time.setTime(dialog.time.time().addSecs(3600))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = queries.load_council("kk").meeting("s1")
    assert (saved.place, saved.time) == ("Кичи зал", "15:00")


def _two_councils():
    first = council_with(7)
    second = dataclasses.replace(council_with(7), id="agro", name="Айыл чарба кеңеши")
    return first, second


def test_the_overview_of_all_councils_filters_by_council_and_rule(qtbot, session, make_window):
    writes.import_councils(list(_two_councils()))
    window = make_window()
    dialog = show_councils_overview(window)
    qtbot.addWidget(dialog)
    everything = dialog.shown_findings()
    assert {f.council for f in everything} == {"kk", "agro"}
    # The same people sit on both councils: Art. 14, one council per person, across them.
    dialog.rule_filter.setCurrentIndex(dialog.rule_filter.findData("composition.one_council"))
    shown = dialog.shown_findings()
    assert shown and {f.rule for f in shown} == {"composition.one_council"}
    assert {f.council for f in shown} == {"kk", "agro"}
    dialog.council_filter.setCurrentIndex(dialog.council_filter.findData("agro"))
    assert {f.council for f in dialog.shown_findings()} == {"agro"}
    assert dialog.model.rowCount() == len(dialog.shown_findings())
    assert dialog.model.index(0, 0).data() == "Айыл чарба кеңеши"
    assert "councils" in dialog.summary.text()


def test_the_window_on_a_server_shows_others_changes_and_keeps_no_password(
        qtbot, pg_store, tmp_path):
    from pg_cluster import reset_server_store

    reset_server_store(pg_store)
    open_database(pg_store)
    writes.import_councils([council_with(7)])
    close_database()
    open_database(tmp_path / "laptop.sqlite3")
    session = AppSession(tmp_path / "laptop.sqlite3")
    session.set_today(TODAY)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.connect_to(pg_store)
        assert session.is_server and "Server:" in window.path_label.text()
        assert not window.backups_action.isEnabled()
        assert session.council_id == "kk"
        assert QSettings().value(PROFILES_KEY) == [pg_store]
        with psycopg.connect(pg_store, autocommit=True) as other:
            other.execute("UPDATE member SET full_name = 'Жаңы Ат' WHERE code = 'm1'")
        qtbot.waitUntil(lambda: session.council().member("m1").full_name == "Жаңы Ат",
                        timeout=5000)
    finally:
        window.close()
        close_database()
