"""The store's refusals reach a Kyrgyz or Russian window in its language (issue 8, point 1).

Protects: every template the store raises with `WriteError.keyed` (and every word it puts
into one) is listed in ui/store_messages.py, so lupdate puts it in the .ts files, and nothing
listed there is stale; the English text of a keyed error is what the store always said (ISO
dates, the command line prints it); in a Kyrgyz window the refusal of the Members tab (a
member with attendance cannot be deleted) and of the member dialog (an end before the start)
is Kyrgyz, with the article and dates in Kyrgyz style; an unknown message shows as it is.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from kenesh_desktop.rules import limits
from kenesh_desktop.store import labels, writes
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import store_messages

STORE = Path(writes.__file__).resolve().parent


def keyed_templates() -> set[str]:
    """The first argument of every `WriteError.keyed(...)` call in store/, and the third of
    every `one_of(value, choices, template)` (field_checks.py's refusal of a value)."""
    found = set()
    for module in STORE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "one_of"):
                assert isinstance(node.args[2], ast.Constant), f"{module.name}: a literal template"
                found.add(node.args[2].value)
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "keyed"):
                first = node.args[0]
                if module.name == "field_checks.py" and not isinstance(first, ast.Constant):
                    continue  # a limit's refusal: its templates are rules/limits.py's
                assert isinstance(first, ast.Constant), f"{module.name}: a literal template"
                found.add(first.value)
    return found


def limit_templates() -> set[str]:
    """The templates of rules/limits.py's problems (the store refuses with them)."""
    source = Path(limits.__file__).read_text(encoding="utf-8")
    return {node.args[0].value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "Problem" and isinstance(node.args[0], ast.Constant)}


def test_every_keyed_template_of_the_store_is_translatable():
    templates = keyed_templates() | limit_templates()
    assert len(templates) >= 20
    assert len(limit_templates()) >= 5
    assert templates == store_messages.SOURCES


def test_every_word_the_store_puts_into_a_message_is_translatable():
    words = {value for name, value in vars(labels).items()
             if name.isupper() and isinstance(value, str) and name != "__all__"}
    assert {"The council's name", "votes", "now"} <= words
    assert words == store_messages.WORDS


def test_the_english_text_is_what_the_store_always_said():
    error = WriteError.keyed(
        "The membership of {name} cannot end ({end}) before it starts ({start}).",
        name="Айгүл", end=dt.date(2026, 1, 1), start=dt.date(2026, 2, 1),
    )
    assert str(error) == ("The membership of Айгүл cannot end (2026-01-01) before it starts "
                          "(2026-02-01).")
    assert error.values["end"] == dt.date(2026, 1, 1)
    used = WriteError.keyed("{name} cannot be deleted: the records hold their {uses}. "
                            "End the membership instead; the history stays.",
                            name="Айгүл", uses=[labels.USED_IN_ATTENDANCE, labels.USED_IN_VOTES])
    assert "hold their attendance of sittings, votes." in str(used)


def test_english_window_writes_dates_in_words_and_keeps_other_messages(qapp):
    error = WriteError.keyed("The term must end after it starts ({start} to {end}).",
                             start=dt.date(2027, 3, 15), end=dt.date(2027, 3, 1))
    assert store_messages.message(error, "en") == (
        "The term must end after it starts (15 March 2027 to 1 March 2027)."
    )
    assert store_messages.message(WriteError("Something else."), "en") == "Something else."
    assert store_messages.message(ValueError("plain"), "en") == "plain"
    unlisted = WriteError.keyed("Not a listed {thing}.", thing="template")
    assert store_messages.message(unlisted, "ky") == "Not a listed template."


@pytest.fixture
def kyrgyz(qapp):
    from kenesh_desktop.ui import i18n

    installed = i18n.install_translators(qapp, "ky")
    assert installed
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_current_language("en")


def test_kyrgyz_term_message_names_the_article_in_kyrgyz(kyrgyz):
    error = WriteError.keyed(
        "Art. {article}: a composition serves at most {years} years; a term from "
        "{start} ends on {last} at the latest (given: {end}).",
        article=14, years=2, start=dt.date(2027, 3, 15), last=dt.date(2029, 3, 14),
        end=dt.date(2029, 3, 15),
    )
    text = store_messages.message(error)
    assert text.startswith("14-берене")
    assert "2027-жылдын 15-марты" in text and "Art." not in text


def test_kyrgyz_members_tab_refuses_a_deletion_in_kyrgyz(window_in, monkeypatch):
    from kenesh_desktop.ui.dialogs import ask
    from kenesh_desktop.ui.members import MembersTab

    warned = []
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warned.append(text))
    window = window_in("ky")
    tab = window.findChild(MembersTab, "MembersTab")
    window.tabs.setCurrentWidget(tab)
    chair = next(m for m in window.session.council().members if m.role == "chair")
    assert tab.select_record(chair.id)
    assert tab.delete_record() is False
    (text,) = warned
    assert chair.full_name in text
    assert "катышуусу" in text and "cannot" not in text and "attendance" not in text


def test_kyrgyz_member_dialog_shows_the_refusal_in_kyrgyz(window_in):
    """A second chair while the demo's chair serves: the store refuses; the dialog says so
    in Kyrgyz, naming the chair and the date her term as chair began."""
    from kenesh_desktop.lang import format_date
    from kenesh_desktop.ui.dialogs.forms import to_qdate
    from kenesh_desktop.ui.dialogs.member import MemberDialog
    from kenesh_desktop.ui.members import MembersTab

    window = window_in("ky")
    tab = window.findChild(MembersTab, "MembersTab")
    window.tabs.setCurrentWidget(tab)
    chair = next(m for m in window.session.council().members if m.role == "chair")
    dialog = tab.add_record()
    assert isinstance(dialog, MemberDialog)
    dialog.full_name.setText("Бермет Осмонова")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.organization.setText("«Жаңы муун» коомдук фонду")
    dialog.role.setCurrentIndex(dialog.role.findData("chair"))
    dialog.start.setDate(to_qdate(chair.start))
    dialog.accept()
    text = dialog.error.text()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert chair.full_name in text and format_date(chair.start, "ky") in text
    assert "chair" not in text and "төрага" in text


def test_a_failed_backup_and_a_damaged_copy_are_told_in_kyrgyz(kyrgyz, tmp_path, monkeypatch):
    from kenesh_desktop.store import backup, restore, sqlite_backup
    from kenesh_desktop.store.db import close_database, open_database

    monkeypatch.setenv("KENESH_DATA_DIR", str(tmp_path / "data"))
    open_database(tmp_path / "kenesh.sqlite3")
    try:
        monkeypatch.setattr(sqlite_backup, "integrity_problems",
                            lambda connection: ["row 7 missing from index"])
        with pytest.raises(backup.BackupError) as failed:
            backup.make_backup()
        monkeypatch.undo()
        monkeypatch.setenv("KENESH_DATA_DIR", str(tmp_path / "data"))
        damaged = tmp_path / "copy.sqlite3"
        damaged.write_bytes(b"not a database" * 100)
        with pytest.raises(backup.BackupError) as refused:
            restore.restore_backup(damaged, tmp_path / "kenesh.sqlite3")
    finally:
        close_database()
    assert "failed" in str(failed.value)  # the English text stays for the command line
    shown = store_messages.message(failed.value, "ky")
    assert "камдык көчүрмө жасалбай калды" in shown and "row 7 missing" in shown
    shown = store_messages.message(refused.value, "ky")
    assert shown.startswith(f"{damaged}: камдык көчүрмө бузулган (")
    assert shown.endswith("эч нерсе калыбына келтирилген жок.")


def test_a_russian_date_at_the_end_of_a_refusal_ends_the_sentence_once(qapp):
    from kenesh_desktop.ui import i18n

    installed = i18n.install_translators(qapp, "ru")
    try:
        error = WriteError.keyed(
            "Art. {article}: an extraordinary sitting is called by a member; {name} is not a "
            "member on {date}.", article=17, name="Асанова А.", date=dt.date(2026, 12, 2))
        shown = store_messages.message(error, "ru")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_current_language("en")
    assert shown.endswith("не является членом совета на 2 декабря 2026 г."), shown
