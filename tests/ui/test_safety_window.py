"""The window's side of issue 16: the demo in its own file (tests/ui/test_main_window.py),
deleting a council (confirmed, a backup first, audited), "Open PDF" in the private folder,
the start-up's integrity check and daily backup after the first paint (writes refused
until the check passes, said in the status bar), a read-only database refused with a
message, and a --db in a missing folder refused without making it."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from meetings_driver import council_with, open_tab
from PySide6.QtWidgets import QMessageBox
from ui_driver import TODAY

from kenesh_desktop import private_files
from kenesh_desktop.store import audit, backup, queries, writes
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.main_window import MainWindow
from kenesh_desktop.ui.session import AppSession

END = dt.date(2029, 2, 28)


def test_deleting_a_council_asks_backs_up_first_and_is_audited(make_window, answers):
    writes.create_council("one", "Биринчи кеңеш", "Министрлик", TODAY, END)
    writes.create_council("two", "Экинчи кеңеш", "Министрлик", TODAY, END)
    window = make_window()
    window.reload_councils("one")
    copies_before = len(backup.list_backups(window.session.db_path))
    window.delete_council_action.trigger()
    assert any("Биринчи кеңеш" in text for text in answers.texts("confirm"))
    assert [c.id for c in queries.list_councils()] == ["two"]
    copies = backup.list_backups(window.session.db_path)
    assert len(copies) == copies_before + 1 and "Биринчи кеңеш" in copies[0].councils
    deleted = [e for e in audit.AuditEntry.select() if e.action == "delete"
               and e.table_name == "council"]
    assert len(deleted) == 1
    assert window.session.council_id == "two"


def test_deleting_a_council_can_be_declined(make_window, answers):
    writes.create_council("one", "Биринчи кеңеш", "Министрлик", TODAY, END)
    window = make_window()
    answers.confirm = False
    assert not window.delete_current_council()
    assert [c.id for c in queries.list_councils()] == ["one"]


def test_open_pdf_writes_into_the_private_folder_only(qtbot, session, answers, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(documents_export, "open_document", lambda p: opened.append(p) or True)
    before = set(Path(tempfile.gettempdir()).glob("kenesh-minutes-*"))
    tab = open_tab(qtbot, session, council_with(13))
    path = tab.detail.open_minutes()
    assert path is not None and opened == [path]
    assert path.parent == private_files.private_dir("open")
    assert path.stat().st_mode & 0o777 == 0o600
    assert set(Path(tempfile.gettempdir()).glob("kenesh-minutes-*")) == before


def test_the_start_checks_after_the_window_is_shown(qtbot, tmp_path, answers):
    from kenesh_desktop.ui.app import open_for_window
    from kenesh_desktop.ui.startup_checks import StartupChecks

    path = tmp_path / "start.sqlite3"
    open_database(path, daily_backup=False)
    close_database()
    assert open_for_window(None, path)
    assert not store_db.is_checked()
    window = MainWindow(AppSession(path))
    qtbot.addWidget(window)
    window.show()
    checks = StartupChecks(window, path)
    assert checks.state.text() == "Checking the database…"
    refused = []
    try:
        writes.create_council("x", "Кеңеш", "Министрлик", TODAY, END)
    except writes.WriteError as exc:
        refused.append(str(exc))
    assert refused and "still being checked" in refused[0]
    checks.start()
    qtbot.waitUntil(lambda: checks.done, timeout=10000)
    assert store_db.is_checked() and checks.state.isHidden()
    assert [i.time for i in backup.list_backups(path)] == [None]  # the day's first copy
    writes.create_council("x", "Кеңеш", "Министрлик", TODAY, END)
    close_database()


def test_opening_a_read_only_database_says_so_and_keeps_the_open_one(
        make_window, answers, tmp_path, db_path, read_only):
    other = tmp_path / "other.sqlite3"
    open_database(other)
    close_database()
    open_database(db_path)
    window = make_window()
    with read_only(other):
        assert not window.switch_database(other)
    assert any("read-only" in text for text in answers.texts("warn"))
    assert store_db.current_path() == db_path and other.exists()
    assert not list(tmp_path.glob("*.damaged"))


def test_the_window_refuses_a_db_in_a_missing_folder(tmp_path, monkeypatch):
    from kenesh_desktop.ui import app, i18n

    said: list[str] = []
    monkeypatch.setattr(i18n, "install_translators", lambda *_a: None)  # the tests' English
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    missing = tmp_path / "no" / "such" / "kenesh.sqlite3"
    assert app.run(missing) == 2
    assert said and "does not exist" in said[0]
    assert not (tmp_path / "no").exists()


def test_fields_get_the_limits_when_a_form_opens(qtbot, make_window, answers):
    """rules/limits.py in the window: a line edit holds at most 300 characters, a date field
    stays within 1900-2199 (issue 16, finding 3 and 5)."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QLineEdit
    from ui_driver import open_dialog

    from kenesh_desktop.ui.dialogs.council import CouncilDialog

    window = make_window()
    window.new_council()
    dialog = open_dialog(window, CouncilDialog)
    name = dialog.findChild(QLineEdit, "CouncilName") or dialog.findChildren(QLineEdit)[0]
    name.setFocus()
    assert name.maxLength() == 300
    for edit in dialog.findChildren(QDateEdit):
        assert edit.minimumDate() == QDate(1900, 1, 1)
        assert edit.maximumDate() == QDate(2199, 12, 31)
    dialog.reject()


def test_a_suggested_file_name_never_carries_a_path(monkeypatch):
    """Finding 10: an id such as ../../tmp/x never steers the save dialog elsewhere."""
    from kenesh_desktop.ui.dialogs import ask

    proposed: list[str] = []
    monkeypatch.setattr(ask, "save_file_name",
                        lambda _p, _t, suggested, _f: proposed.append(suggested) or "")
    documents_export.ask_path(None, "Save", "../../tmp/x-plan-2026-ky.pdf")
    folder = documents_export.document_folder()
    assert Path(proposed[0]).parent == folder
    assert Path(proposed[0]).name == "tmp-x-plan-2026-ky.pdf"
