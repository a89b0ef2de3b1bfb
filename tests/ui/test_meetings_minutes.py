"""Finalizing and the minutes from the Meetings tab: a finalized sitting is read-only in the
window and refused by the store; reopening needs a reason and shows in the list; the
minutes PDF exported from the tab (read back with pypdf) holds the present members and the
counts; "Open PDF" hands that file to the system viewer; the final PDF carries the
fingerprint that "Verify fingerprint…" accepts until the record changes; Ctrl+P prints the
same minutes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from meetings_driver import (
    NAMES,
    council_with,
    open_tab,
    present_row,
    press_space_on,
    print_to_file,
)
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_driver import TODAY, open_dialog, type_text

from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.rules.records import Reopening
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import queries
from kenesh_desktop.store.writes import WriteError
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.meetings import output
from kenesh_desktop.ui.meetings.attendance import AttendanceTableModel
from kenesh_desktop.ui.meetings.dialogs import ReopenDialog, VerifyFingerprintDialog

PRESENT = AttendanceTableModel.PRESENT


def sitting():
    return queries.load_council("kk").meeting("s1")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def held(qtbot, session, answers):
    """A sitting of 13 members, 10 present (m11-m13 absent), a vote of 6-2-2 on its item."""
    tab = open_tab(qtbot, session, council_with(13))
    mw.all_present("kk", "s1")
    for member_id in ("m11", "m12", "m13"):
        mw.set_attendance("kk", "s1", member_id, False, "ооруп калды")
    for n in range(1, 11):
        choice = "for" if n <= 6 else "against" if n <= 8 else "abstain"
        mw.set_vote("kk", "s1", 0, f"m{n}", choice)
    session.notify_changed()
    return tab


@pytest.fixture
def viewer(monkeypatch) -> list[Path]:
    """What would have been opened in the system's viewer."""
    opened: list[Path] = []
    monkeypatch.setattr(documents_export, "open_document", lambda path: opened.append(path) or True)
    return opened


def test_the_minutes_pdf_from_the_tab_holds_who_was_there_and_the_counts(
        qtbot, held, answers, tmp_path, viewer):
    detail = held.detail
    detail.language.setCurrentIndex(detail.language.findData("en"))
    answers.save_file = str(tmp_path / "minutes-1")
    qtbot.mouseClick(detail.export_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "minutes-1.pdf"  # the suffix is added
    text = folded(pdf_text(path))
    for name in NAMES[:10]:
        assert name in text
    assert "Present: 10 of 13 members." in text
    assert "Voting: for — 6, against — 2, abstained — 2." in text
    assert "Adopted: more than half of those present voted for." in text
    assert "DRAFT" in text  # not finalized yet
    assert detail.pdf_label.text() == "Saved: minutes-1.pdf"
    qtbot.mouseClick(detail.open_button, Qt.MouseButton.LeftButton)
    assert viewer == [path]

    # In Kyrgyz, the default language of documents; the choice is remembered.
    assert documents_export.document_language() == "en"
    detail.language.setCurrentIndex(detail.language.findData("ky"))
    answers.save_file = str(tmp_path / "protokol.pdf")
    qtbot.mouseClick(detail.export_button, Qt.MouseButton.LeftButton)
    text = folded(pdf_text(tmp_path / "protokol.pdf"))
    assert "Коомдук кеңештин 13 мүчөсүнөн 10 мүчө катышты." in text
    assert "Өмүрбеков Нурлан" in text and "Үсөнова Гүлнара" in text

    # After a change the saved file is out of date: "Open PDF" shows a fresh copy.
    press_space_on(qtbot, held.detail.attendance.view, present_row(held, "m11"), PRESENT)
    qtbot.mouseClick(detail.open_button, Qt.MouseButton.LeftButton)
    fresh = viewer[-1]
    assert fresh != tmp_path / "protokol.pdf"
    assert "Коомдук кеңештин 13 мүчөсүнөн 11 мүчө катышты." in folded(pdf_text(fresh))


def test_a_finalized_sitting_is_read_only(qtbot, held, answers):
    detail = held.detail
    answers.confirm = False
    qtbot.mouseClick(detail.finalize_button, Qt.MouseButton.LeftButton)
    assert not sitting().finalized  # the user said no
    answers.confirm = True
    qtbot.mouseClick(detail.finalize_button, Qt.MouseButton.LeftButton)
    assert "once the chair has signed" in answers.texts("confirm")[-1]
    assert sitting().finalized
    assert detail.banner.isVisible()
    assert detail.reopen_button.isVisible() and not detail.finalize_button.isVisible()
    row = held.model.row_where(lambda m: m.id == "s1")
    assert held.model.index(row, 6).data() == "finalized"

    before = sitting()
    attendance = detail.attendance
    for column in range(attendance.model.columnCount()):
        flags = attendance.model.flags(attendance.model.index(0, column))
        assert not flags & (Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
    press_space_on(qtbot, attendance.view, present_row(held, "m1"), PRESENT)
    votes = detail.votes.model
    for column in (1, 2, 3):
        assert not votes.flags(votes.index(0, column)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not votes.setData(votes.index(0, 2), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    for button in (attendance.all_present_button, attendance.add_guest_button,
                   detail.agenda.add_button, detail.agenda.up_button,
                   detail.votes.all_for_button, held.edit_button, held.delete_button):
        assert not button.isEnabled(), button.objectName()
    assert not detail.agenda.notice.sent.isEnabled()
    assert attendance.representative.isReadOnly()
    new_sitting = held.add_record()  # a new sitting may still be added
    assert new_sitting is not None and new_sitting.isVisible()
    new_sitting.reject()
    assert sitting() == before
    # The store refuses as well, whatever the window allows.
    with pytest.raises(WriteError, match="finalized"):
        mw.set_attendance("kk", "s1", "m1", False)


def test_reopening_needs_a_reason_and_shows_in_the_list(qtbot, held, answers):
    mw.finalize("kk", "s1", today=TODAY)
    held.session.notify_changed()
    qtbot.mouseClick(held.detail.reopen_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(held, ReopenDialog)
    assert not dialog.ok_button().isEnabled()
    type_text(dialog.reason, "   ")
    assert not dialog.ok_button().isEnabled()
    type_text(dialog.reason, "Добуштар туура эмес жазылган")
    assert dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    record = sitting()
    assert not record.finalized
    assert record.reopenings == [Reopening(TODAY, "Добуштар туура эмес жазылган")]
    row = held.model.row_where(lambda m: m.id == "s1")
    assert held.model.index(row, 6).data() == (
        "reopened 1 March 2027: Добуштар туура эмес жазылган")
    assert not held.detail.banner.isVisible()
    press_space_on(qtbot, held.detail.attendance.view, present_row(held, "m11"), PRESENT)
    assert "m11" in sitting().present  # editable again
    qtbot.mouseClick(held.detail.finalize_button, Qt.MouseButton.LeftButton)
    assert held.model.index(row, 6).data() == "finalized (reopened 1×)"


def test_the_final_pdf_carries_the_fingerprint_that_verify_accepts(
        qtbot, held, answers, tmp_path):
    detail = held.detail
    qtbot.mouseClick(detail.finalize_button, Qt.MouseButton.LeftButton)
    detail.language.setCurrentIndex(detail.language.findData("en"))
    answers.save_file = str(tmp_path / "final.pdf")
    qtbot.mouseClick(detail.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "final.pdf")
    assert "DRAFT" not in text
    printed = re.search(r"Fingerprint: ([0-9a-f]{12})", text).group(1)
    assert printed == meeting_fingerprint(queries.load_council("kk"), sitting())

    qtbot.mouseClick(detail.verify_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(held, VerifyFingerprintDialog)
    type_text(dialog.fingerprint, printed[:6])
    assert dialog.check() is None  # too short to tell
    type_text(dialog.fingerprint, printed[6:].upper())  # case does not matter
    assert dialog.check() is True
    assert dialog.result.text().startswith("✓ It matches")
    dialog.fingerprint.setText(("0" if printed[0] != "0" else "1") + printed[1:])
    assert dialog.check() is False and dialog.result.property("state") == "violation"
    dialog.reject()

    # The record is reopened and changed: the paper copy no longer matches it.
    mw.reopen("kk", "s1", "Тактоо", on=TODAY)
    mw.set_attendance("kk", "s1", "m11", True)
    held.session.notify_changed()
    dialog = held.detail.verify_fingerprint()
    dialog.fingerprint.setText(printed)
    assert dialog.check() is False
    assert dialog.result.text().startswith("✗ It does not match")
    dialog.reject()


def test_ctrl_p_prints_the_same_minutes(qtbot, held, monkeypatch, tmp_path, make_window):
    target = print_to_file(monkeypatch, tmp_path / "printed.pdf")
    held.hide()  # the window's Sitting menu has the key
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.tab("MeetingsTab")
    tab.detail.language.setCurrentIndex(tab.detail.language.findData("ru"))
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    qtbot.keyClick(window.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = folded(pdf_text(target))
    assert "ПРОТОКОЛ №1 заседания Общественного совета" in text
    assert "Присутствовали 10 из 13 членов совета." in text
    assert "Голосовали: за — 6, против — 2, воздержались — 2." in text
    assert "Өмүрбеков Нурлан" in text and "Жеңишбеков Эрлан" in text
    assert "ПРОЕКТ" in text  # the draft mark, as on the PDF


def test_printing_is_cancelled_with_the_dialog(qtbot, held, monkeypatch):
    monkeypatch.setattr(output, "choose_printer", lambda parent, printer: False)
    assert held.detail.print_minutes() is False
