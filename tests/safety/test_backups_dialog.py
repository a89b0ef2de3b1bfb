"""The Backups dialog: it lists the copies (date, size, councils), makes one on demand and
restores the chosen one only after the user confirms, running the work in a worker thread;
the question after a damaged file offers the newest good backup."""

from __future__ import annotations

import datetime as dt

import pytest
from qt_support import damage_middle

from kenesh_desktop.store import backup, queries, writes
from kenesh_desktop.store.db import DamagedDatabase, close_database, current_path, open_database
from kenesh_desktop.ui import backups as ui_backups
from kenesh_desktop.ui.dialogs import ask

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def asked(monkeypatch):
    """Answer the questions (Yes unless told otherwise) and record warnings."""
    record = {"confirm": True, "questions": [], "warnings": []}

    def confirm(parent, title, text):
        record["questions"].append(text)
        return record["confirm"]

    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(ask, "warn", lambda p, t, text: record["warnings"].append(text))
    return record


def test_the_dialog_lists_the_copies_and_backs_up_on_demand(qtbot, opened, council, asked):
    backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    dialog = ui_backups.BackupsDialog(opened, "en")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == council.name
    assert dialog.table.item(0, 1).text() == "09:00:00"
    assert not dialog.restore_button.isEnabled()
    assert dialog.back_up_now()
    assert dialog.table.rowCount() == 2
    assert asked["warnings"] == []


def test_restore_asks_first_and_backs_up_the_current_records(qtbot, opened, council, asked):
    backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    writes.delete_council(council.id)
    dialog = ui_backups.BackupsDialog(opened, "en")
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()
    asked["confirm"] = False
    assert not dialog.restore_selected()
    assert queries.list_councils() == []
    asked["confirm"] = True
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        assert dialog.restore_selected()
    assert [c.id for c in queries.list_councils()] == [council.id]
    assert current_path() == opened
    assert dialog.table.rowCount() == 2  # the copy of the records before the restore
    assert "backed up first" in asked["questions"][-1]


def test_run_with_progress_reports_a_failure_as_a_message(qtbot, opened):
    def job(progress):
        progress(1, 2)
        raise backup.BackupError("the backups folder cannot be written")

    assert ui_backups.run_with_progress(None, "…", job) == (
        False, "the backups folder cannot be written")
    ok, copy = ui_backups.run_with_progress(None, "…", lambda p: backup.make_backup(progress=p))
    assert ok and copy.exists()


def test_a_damaged_file_offers_its_newest_good_backup(qtbot, opened, council, asked):
    good = backup.make_backup(now=dt.datetime(2026, 6, 1, 9, 0, 0))
    close_database()
    damage_middle(opened)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(opened)
    assert caught.value.backup == good
    assert ui_backups.offer_restore(None, caught.value)
    assert "1 June 2026, 09:00" in asked["questions"][-1]
    assert [c.id for c in queries.list_councils()] == [council.id]
