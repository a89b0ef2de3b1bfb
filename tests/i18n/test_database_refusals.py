"""A database the window does not open is refused in the window's language (issue 17): locked,
damaged, read-only (file, folder, full disk), written by a newer program, not ours. The file is
named by its name (its folder is in the status bar's tooltip), never in English words; a
refusal the window has no wording for shows as the store said it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.store import errors, migrations
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.ui import i18n, store_messages

ENGLISH_WORDS = ("database", "cannot", "newer", "damaged", "read-only", "backup")


@pytest.fixture(params=["ky", "ru"])
def language(request, qapp, fresh_settings):
    installed = i18n.install_translators(qapp, request.param)
    assert installed
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_current_language("en")


def refused(path: Path) -> errors.DatabaseRefused:
    with pytest.raises(errors.DatabaseRefused) as caught:
        open_database(path, daily_backup=False)
    close_database()
    return caught.value


def assert_worded(error: errors.DatabaseRefused, *names: str) -> str:
    text = store_messages.message(error)
    assert text != str(error)
    for name in names:
        assert name in text
    words = text
    for name in names:
        words = words.replace(name, "")
    assert not any(english in words for english in ENGLISH_WORDS), text
    assert str(Path(error.path).parent) not in words, "a file by its name, not its folder"
    return text


def test_a_file_of_another_program_is_refused_in_the_window_language(language, tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database at all " * 20, encoding="utf-8")
    error = refused(notes)
    assert isinstance(error, errors.NotKeneshDatabase)
    assert_worded(error, "notes.sqlite3")


def test_a_database_of_a_newer_program_is_refused_in_the_window_language(language, tmp_path):
    path = tmp_path / "kenesh.sqlite3"
    open_database(path, daily_backup=False)
    close_database()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    connection.close()
    error = refused(path)
    assert isinstance(error, errors.NewerDatabase)
    assert_worded(error, "kenesh.sqlite3")


READ_ONLY_FILE, READ_ONLY_FOLDER, DISK_FULL = (errors.CannotWrite.READ_ONLY_FILE,
                                                errors.CannotWrite.READ_ONLY_FOLDER,
                                                errors.CannotWrite.DISK_FULL)


@pytest.mark.parametrize("reason", [READ_ONLY_FILE, READ_ONLY_FOLDER, DISK_FULL])
def test_a_database_that_cannot_be_written_says_why(language, tmp_path, reason):
    folder = tmp_path / "shared"
    error = errors.CannotWrite(folder / "kenesh.sqlite3", reason)
    if reason == READ_ONLY_FILE:
        assert_worded(error, "kenesh.sqlite3")
    else:  # the folder to move the file from, or the disk to free
        assert_worded(error, "kenesh.sqlite3", str(folder))
    texts = {store_messages.message(errors.CannotWrite(folder / "kenesh.sqlite3", other))
             for other in (READ_ONLY_FILE, READ_ONLY_FOLDER, DISK_FULL)}
    assert len(texts) == 3  # each reason its own advice


def test_a_damaged_database_names_where_it_went_and_its_backup(language, tmp_path):
    path = tmp_path / "kenesh.sqlite3"
    with_backup = errors.DamagedDatabase(path, tmp_path / "kenesh.sqlite3.damaged",
                                  tmp_path / "backups" / "2027-03-01-093000.sqlite3",
                                  "malformed")
    without = errors.DamagedDatabase(path, tmp_path / "kenesh.sqlite3.damaged", None, "malformed")
    when = format_date(dt.date(2027, 3, 1), language) + ", 09:30"
    first = assert_worded(with_backup, "kenesh.sqlite3.damaged", "malformed", when)
    second = assert_worded(without, "kenesh.sqlite3.damaged", "malformed")
    assert first != second and "09:30" not in second


def test_a_locked_database_is_the_one_running_copy_text(language, tmp_path):
    error = errors.DatabaseLocked(tmp_path / "kenesh.sqlite3", "is already open in another copy")
    assert_worded(error, "kenesh.sqlite3")


def test_an_english_window_and_an_unknown_refusal(qapp, fresh_settings, tmp_path):
    error = errors.NewerDatabase(tmp_path / "kenesh.sqlite3", "was written by a newer program")
    text = store_messages.message(error)
    assert text.startswith("The database kenesh.sqlite3 was written by a newer version")
    assert str(tmp_path) not in text
    other = errors.DatabaseRefused(tmp_path / "kenesh.sqlite3", "is somewhere else")
    assert store_messages.message(other) == str(other)


def test_file_open_of_a_foreign_file_is_refused_in_russian(window_in, tmp_path, monkeypatch):
    from kenesh_desktop.ui.dialogs import ask

    warned = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warned.append((title, text)))
    window = window_in("ru")
    before = window.session.db_path
    foreign = tmp_path / "чужой.sqlite3"
    foreign.write_bytes(b"PK\x03\x04" + bytes(200))
    assert window.switch_database(foreign) is False
    ((title, text),) = warned
    assert "чужой.sqlite3" in text and "Kenesh Desktop" in text
    assert "cannot" not in text and "database" not in text.replace("Kenesh Desktop", "")
    assert window.session.db_path == before  # the database that was open stays open
