"""The sitting's letter, the calendar and File → Publish… from the window: the letter saved
from the sitting (read back with pypdf) and then recorded as sent on the day chosen (the
sitting's "agenda sent", Art. 18), or not when the user says "Not now" or the sitting is
finalized; one sitting or all of them as an .ics file; the public pack written into a new
folder behind a progress dialog and offered in the browser, a folder with files refused."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import icalendar
import pytest
from meetings_driver import council_with, open_tab
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from ui_driver import TODAY, click_ok, open_dialog

from kenesh_desktop.store import queries
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.dialogs import ask
from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.meetings.letter import AgendaSentDialog
from kenesh_desktop.ui.publish import PublishDialog

SITTING_DAY = TODAY + dt.timedelta(days=10)


@pytest.fixture
def viewer(monkeypatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr(documents_export, "open_document",
                        lambda path: opened.append(path) or True)
    return opened


def sitting():
    return queries.load_council("kk").meeting("s1")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_letter_is_saved_shown_and_recorded_as_sent(qtbot, session, answers, tmp_path,
                                                        viewer):
    tab = open_tab(qtbot, session, council_with(9, SITTING_DAY, items=2))
    detail = tab.detail
    detail.language.setCurrentIndex(detail.language.findData("en"))
    answers.save_file = str(tmp_path / "letter")
    qtbot.mouseClick(detail.letter_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "letter.pdf"
    text = pdf_text(path)
    assert "On the agenda of sitting No. 1 of the Public Council" in text
    assert "Маселе 1" in text and "Маселе 2" in text and "Чоң зал" in text
    assert viewer == [path]
    gc.collect()  # the dialog outlives its slot: nothing on the Python side may be lost
    dialog = open_dialog(detail, AgendaSentDialog)
    assert "Art. 18" in dialog.findChild(QLabel, "AgendaSentNote").text()
    dialog.day.setDate(to_qdate(TODAY + dt.timedelta(days=2)))
    click_ok(qtbot, dialog)
    assert sitting().agenda_sent == TODAY + dt.timedelta(days=2)
    # The Agenda page's Art. 18 indicator shows it at once.
    indicator = detail.agenda.notice.indicator.text()
    assert "sent" in indicator and "✓" in indicator


def test_not_now_leaves_the_sitting_as_it_was(qtbot, session, answers, tmp_path, viewer):
    tab = open_tab(qtbot, session, council_with(9, SITTING_DAY))
    answers.save_file = str(tmp_path / "letter.pdf")
    qtbot.mouseClick(tab.detail.letter_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab.detail, AgendaSentDialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert sitting().agenda_sent is None
    assert (tmp_path / "letter.pdf").is_file()


def test_a_cancelled_save_writes_nothing_and_asks_nothing(qtbot, session, answers, tmp_path,
                                                          viewer):
    tab = open_tab(qtbot, session, council_with(9, SITTING_DAY))
    answers.save_file = ""
    qtbot.mouseClick(tab.detail.letter_button, Qt.MouseButton.LeftButton)
    assert not [d for d in tab.detail.findChildren(AgendaSentDialog) if d.isVisible()]
    assert viewer == [] and list(tmp_path.glob("*.pdf")) == []


def test_a_finalized_sitting_gets_its_letter_without_the_offer(qtbot, session, answers,
                                                               tmp_path, viewer):
    tab = open_tab(qtbot, session, council_with(9, SITTING_DAY, finalized=True))
    answers.save_file = str(tmp_path / "letter.pdf")
    qtbot.mouseClick(tab.detail.letter_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "letter.pdf").is_file()
    assert not [d for d in tab.detail.findChildren(AgendaSentDialog) if d.isVisible()]


def test_one_sitting_or_all_of_them_as_a_calendar(qtbot, session, answers, tmp_path, viewer):
    tab = open_tab(qtbot, session, council_with(9, SITTING_DAY))
    answers.save_file = str(tmp_path / "one")
    qtbot.mouseClick(tab.detail.calendar_button, Qt.MouseButton.LeftButton)
    (event,) = icalendar.Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime.combine(
        SITTING_DAY, dt.time(14, 0))
    answers.save_file = str(tmp_path / "all.ics")
    qtbot.mouseClick(tab.calendar_button, Qt.MouseButton.LeftButton)
    events = icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert viewer == []  # a calendar file is imported by the user, not opened


# ---------------------------------------------------------------- File → Publish…


@pytest.fixture
def window_on_council(make_window, session):
    from kenesh_desktop.store import writes

    writes.import_councils([council_with(9, SITTING_DAY, items=2)])
    window = make_window()
    window.reload_councils("kk")
    return window


def test_publish_writes_the_pack_and_offers_it_in_the_browser(qtbot, window_on_council, answers,
                                                               tmp_path, viewer):
    window = window_on_council
    assert window.publish_action.isEnabled()
    window.publish_action.trigger()
    gc.collect()
    dialog = open_dialog(window, PublishDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    target = tmp_path / "site"
    dialog.folder.setText(str(target))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    index = target / "index.html"
    assert '<html lang="ru">' in index.read_text(encoding="utf-8")
    assert (target / "sittings.ics").is_file() and (target / "data" / "README.md").is_file()
    assert any("Open it in the browser" in text for text in answers.texts("confirm"))
    assert viewer == [index]


def test_publish_refuses_a_folder_with_files_and_writes_nothing(qtbot, window_on_council,
                                                                answers, tmp_path, viewer):
    window = window_on_council
    window.publish_action.trigger()
    dialog = open_dialog(window, PublishDialog)
    full = tmp_path / "full"
    full.mkdir()
    (full / "mine.txt").write_text("keep")
    dialog.folder.setText(str(full))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "not empty" in dialog.error.text()
    assert [p.name for p in full.iterdir()] == ["mine.txt"]
    assert viewer == []


def test_browsing_to_a_folder_with_files_proposes_a_new_folder_inside(
        qtbot, window_on_council, monkeypatch, tmp_path):
    window = window_on_council
    window.publish_action.trigger()
    dialog = open_dialog(window, PublishDialog)
    (tmp_path / "usb").mkdir()
    (tmp_path / "usb" / "photo.jpg").write_bytes(b"x")
    (tmp_path / "usb" / "kk-public-ky").mkdir()
    (tmp_path / "usb" / "kk-public-ky" / "index.html").write_text("old")
    monkeypatch.setattr(ask, "existing_folder", lambda *a: str(tmp_path / "usb"))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(tmp_path / "usb" / "kk-public-ky-2")
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(ask, "existing_folder", lambda *a: str(tmp_path / "empty"))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(tmp_path / "empty")
    dialog.reject()


def test_a_dialog_opened_from_a_button_keeps_its_python_side(qtbot, session, answers):
    """widgets.open_dialog holds the dialog until it closes: Python's cycle collector running
    while it is on screen (here: forced) must not lose its fields (Reopen's reason)."""
    from kenesh_desktop.store import meeting_writes as mw
    from kenesh_desktop.ui.meetings.dialogs import ReopenDialog

    tab = open_tab(qtbot, session, council_with(9, TODAY))
    mw.finalize("kk", "s1", today=TODAY)
    session.notify_changed()
    qtbot.mouseClick(tab.detail.reopen_button, Qt.MouseButton.LeftButton)
    gc.collect()
    dialog = open_dialog(tab, ReopenDialog)
    dialog.reason.setPlainText("Датасы туура эмес")
    click_ok(qtbot, dialog)
    assert not sitting().finalized


def test_the_status_line_ends_a_russian_date_with_one_full_stop(qtbot, session, answers,
                                                                tmp_path, viewer, monkeypatch):
    tab = open_tab(qtbot, session, council_with(9, SITTING_DAY))
    monkeypatch.setattr(session, "language", lambda: "ru")
    answers.save_file = str(tmp_path / "letter.pdf")
    qtbot.mouseClick(tab.detail.letter_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab.detail, AgendaSentDialog)
    dialog.day.setDate(to_qdate(dt.date(2026, 12, 4)))
    assert dialog.recorded_text().endswith(" was sent on 4 декабря 2026 г.")
