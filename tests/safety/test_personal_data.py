"""Personal data: the database and its backups are readable by the user only, a deleted
candidate's or member's name is gone from the file's bytes (secure_delete, and the audit
trail erases a deleted record's values), a database in a cloud-synced or network folder
gets a warning, and the audit export neutralises spreadsheet formulas."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import audit, backup, models, writes
from kenesh_desktop.store import db as store_db
from kenesh_desktop.store.db import close_database, location_warning, open_database

SECRET_NAME = "Зарыл Жашыруунбаев"
SECRET_PHONE = "+996 999 12 34 56"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_database_its_wal_and_backups_are_private(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path)
    writes.import_councils([council])
    wal = Path(f"{path}-wal")
    assert path.stat().st_mode & 0o777 == 0o600
    assert wal.stat().st_mode & 0o777 == 0o600
    copies = backup.list_backups(path)
    copies.append(backup.BackupInfo(backup.make_backup(), dt.date.today(), None, 0, None))
    for info in copies:
        assert info.path.stat().st_mode & 0o777 == 0o600
    assert backup.backups_dir(path).stat().st_mode & 0o777 == 0o700


def test_secure_delete_is_on(tmp_path):
    open_database(tmp_path / "kenesh.sqlite3", daily_backup=False)
    assert store_db.db.pragma("secure_delete") == 1


def _add_secret_candidate(council) -> None:
    competition = council.competitions[0]
    competition.candidates.append(r.Candidate(
        "k-secret", SECRET_NAME, "male", "Жашыруун уюм", dt.date(2026, 5, 1),
        phone=SECRET_PHONE))


def test_a_deleted_candidate_leaves_no_trace_in_the_file(tmp_path, council):
    _add_secret_candidate(council)
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    writes.import_councils([council])
    close_database()
    assert SECRET_NAME.encode() in path.read_bytes()  # the search below can find it
    open_database(path, daily_backup=False)
    row = models.Candidate.get(models.Candidate.code == "k-secret")
    with store_db.db.atomic():  # no store function deletes a candidate yet: the model does
        row.delete_instance()
    assert models.Candidate.select().where(models.Candidate.code == "k-secret").count() == 0
    close_database()
    data = path.read_bytes()
    assert SECRET_NAME.encode() not in data
    assert SECRET_PHONE.encode() not in data


def test_a_deleted_member_leaves_no_trace_in_the_file_or_the_trail(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    writes.import_councils([council])
    code = writes.add_member(council.id, r.Member(
        "", SECRET_NAME, "male", "Ката уюм", "member", dt.date(2026, 1, 1),
        phone=SECRET_PHONE))
    member_id = models.Member.get(models.Member.code == code).id
    assert [c.action for c in audit.history(models.Member, member_id)] == ["insert"]
    writes.delete_member(council.id, code)
    entries = [c for c in audit.all_changes() if c.table == "member" and c.erased]
    assert [c.action for c in entries] == ["insert", "delete"]
    assert audit.history(models.Member, member_id) == []
    close_database()
    for file in (path, *backup.backups_dir(path).glob("*")):
        assert SECRET_NAME.encode() not in file.read_bytes(), file


def test_deleting_a_council_erases_its_records_from_the_trail(tmp_path, council):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    writes.import_councils([council])
    name = council.members[0].full_name
    writes.delete_council(council.id)
    assert all(c.erased for c in audit.all_changes())
    close_database()
    assert name.encode() not in path.read_bytes()


@pytest.mark.parametrize("path", [
    r"C:\Users\aigul\OneDrive\Documents\kenesh.sqlite3",
    r"C:\Users\aigul\OneDrive - Minfin\kenesh.sqlite3",
    "/home/aigul/Dropbox/kenesh.sqlite3",
    "/Users/aigul/Library/Mobile Documents/com~apple~CloudDocs/kenesh.sqlite3",
    r"G:\My Drive\kenesh.sqlite3",
    "/home/aigul/Google Drive/kenesh.sqlite3",
    r"\\fileserver\council\kenesh.sqlite3",
])
def test_synced_and_network_folders_get_a_warning(path):
    warning = location_warning(path)
    assert warning is not None and path in warning
    assert "File → Backups" in warning


@pytest.mark.parametrize("path", [
    r"C:\Users\aigul\AppData\Roaming\KeneshDesktop\kenesh.sqlite3",
    "/home/aigul/.local/share/KeneshDesktop/kenesh.sqlite3",
    "/home/aigul/Documents/dropbox-notes/kenesh.sqlite3",
])
def test_local_folders_get_no_warning(path):
    assert location_warning(path) is None


def test_the_audit_export_neutralises_formulas(tmp_path, council):
    open_database(tmp_path / "kenesh.sqlite3", daily_backup=False)
    writes.create_council("formula", "=HYPERLINK(\"http://evil\")", "+cmd", dt.date(2026, 1, 1),
                          dt.date(2027, 12, 31))
    out = tmp_path / "audit.csv"
    rows = audit.export_audit(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert rows > 0
    assert "'=HYPERLINK(\"http://evil\")" in cells and "'+cmd" in cells
    assert not any(cell[:1] in "=+-@" and cell for cell in cells)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
