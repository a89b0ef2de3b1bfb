"""The sittings tab records what the minutes need beyond attendance and votes: who presided and
who took the minutes (present members; "by default" names the chair, or the deputy when the
chair is absent), the discussion of each item (add with Ins, edit with Enter, move with
Ctrl+Up/Down, remove with Del), all read-only once finalized; the Agenda's preview states the
outcome; and the documents from the tab: the Word copy of the minutes and an item's extract
(PDF and Word), the printout composed from the same blocks as the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from meetings_driver import council_with, open_tab, print_to_file
from pypdf import PdfReader
from PySide6.QtCore import Qt
from ui_driver import TODAY, open_dialog, type_text

from kenesh_desktop.documents.blocks import lines
from kenesh_desktop.documents.minutes import minutes_document
from kenesh_desktop.rules.records import Speaker
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import minutes_writes as nw
from kenesh_desktop.store import queries
from kenesh_desktop.ui.meetings import output
from kenesh_desktop.ui.meetings.discussion import SpeakerDialog


def sitting():
    return queries.load_council("kk").meeting("s1")


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def held(qtbot, session, answers):
    """13 members (m1 the chair, m2 the secretary), all present but m1; two items."""
    tab = open_tab(qtbot, session, council_with(13, items=2))
    mw.all_present("kk", "s1")
    mw.set_attendance("kk", "s1", "m1", False, "иш сапарында")
    session.notify_changed()
    return tab


def choose(qtbot, box, text: str) -> None:
    """Pick a choice of a combo box from the keyboard, as a user does (Down until it shows)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not among {[box.itemText(i) for i in range(box.count())]}")


def test_who_presided_and_who_took_the_minutes(qtbot, held):
    panel = held.detail.attendance.signers
    # The chair is absent: nobody recorded means the first choice, the deputy... there is
    # none in this council, so nobody can be named and a line is left to sign by hand.
    assert panel.presiding.itemText(0) == "Nobody: a line to sign by hand"
    assert panel.minutes_by.itemText(0) == "By default: Бөрүбаев Азамат"
    names = [panel.presiding.itemText(i) for i in range(1, panel.presiding.count())]
    assert "Асанова Айгүл (Chair)" not in names  # absent: not a choice
    assert "Бөрүбаев Азамат (Secretary)" in names and len(names) == 12
    choose(qtbot, panel.presiding, "Жеңишбеков Эрлан")
    assert sitting().presiding == "m3"
    choose(qtbot, panel.minutes_by, "Кенжебаева Айпери")
    assert sitting().minutes_by == "m4"
    choose(qtbot, panel.minutes_by, "By default: Бөрүбаев Азамат")
    assert sitting().minutes_by is None
    # Marked absent, the one who presided is no longer recorded (nor a choice).
    held.detail.attendance.model.set_present("m3", False)
    assert sitting().presiding is None
    assert panel.presiding.currentIndex() == 0
    assert "Жеңишбеков Эрлан" not in [panel.presiding.itemText(i)
                                      for i in range(panel.presiding.count())]
    # The chair back: by default she presides.
    held.detail.attendance.model.set_present("m1", True)
    assert panel.presiding.itemText(0) == "By default: Асанова Айгүл"


def test_the_discussion_of_an_item_from_the_keyboard(qtbot, held, answers):
    detail = held.detail
    page = detail.discussion
    detail.pages.setCurrentWidget(page)
    page.items.select_item(1)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    dialog = open_dialog(held, SpeakerDialog)
    assert dialog.name.findText("Кенжебаева Айпери") >= 0  # members present to choose from
    assert dialog.name.findText("Асанова Айгүл") < 0  # absent
    type_text(dialog.name.lineEdit(), "Бекова Үмүт (эксперт)")  # anyone else, typed
    type_text(dialog.summary, "Сунушту колдойм.")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert sitting().items[1].speakers == [Speaker("Бекова Үмүт (эксперт)", "Сунушту колдойм.")]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(held, SpeakerDialog)
    dialog.name.setCurrentIndex(dialog.name.findText("Кенжебаева Айпери"))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert [s.name for s in sitting().items[1].speakers] == [
        "Бекова Үмүт (эксперт)", "Кенжебаева Айпери"]
    assert page.model.rowCount() == 2 and page.selected_index() == 1
    # Ctrl+Up moves the second speaker first; Enter edits; Del removes after a question.
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in sitting().items[1].speakers][0] == "Кенжебаева Айпери"
    assert page.selected_index() == 0
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = open_dialog(held, SpeakerDialog)
    dialog.summary.setPlainText("Каршымын.")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert sitting().items[1].speakers[0] == Speaker("Кенжебаева Айпери", "Каршымын.")
    # A name is required: the dialog says so and stays open.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(held, SpeakerDialog)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Enter the speaker's name."
    dialog.reject()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Remove Кенжебаева Айпери" in answers.texts("confirm")[-1]
    assert [s.name for s in sitting().items[1].speakers] == ["Бекова Үмүт (эксперт)"]
    # The first item has its own (empty) discussion.
    page.items.select_item(0)
    assert page.model.rowCount() == 0
    # The Agenda's preview shows what the minutes will say.
    detail.agenda.select_record(1)
    preview = detail.agenda.preview.toPlainText()
    assert "Spoke:" in preview and "1. Бекова Үмүт (эксперт) — Сунушту колдойм." in preview
    assert "Outcome: not put to the vote" in preview


def test_a_finalized_sitting_is_read_only_here_too(qtbot, held):
    nw.add_speaker("kk", "s1", 0, Speaker("Бирөө"))
    mw.finalize("kk", "s1", today=TODAY)
    held.session.notify_changed()
    detail = held.detail
    assert not detail.attendance.signers.presiding.isEnabled()
    assert not detail.attendance.signers.minutes_by.isEnabled()
    page = detail.discussion
    page.items.select_item(0)
    page.view.select_source_row(0)
    for button in (page.add_button, page.edit_button, page.delete_button, page.up_button):
        assert not button.isEnabled()
    assert page.add_record() is None and not page.delete_record()
    # An extract can be made of a finalized record: that is what it is for.
    detail.agenda.select_record(0)
    assert detail.agenda.extract_button.isEnabled()


def test_outcome_without_a_quorum_in_the_preview(qtbot, session, answers):
    tab = open_tab(qtbot, session, council_with(13, items=1))
    for n in range(1, 9):  # 8 of 13: one short of the quorum (9)
        mw.set_attendance("kk", "s1", f"m{n}", True)
        mw.set_vote("kk", "s1", 0, f"m{n}", "for")
    session.notify_changed()
    tab.detail.agenda.select_record(0)
    preview = tab.detail.agenda.preview.toPlainText()
    assert "Outcome: not adopted: no quorum (Art. 17)" in preview
    assert "adopted" not in preview.replace("not adopted", "")


def test_word_copy_and_extracts_from_the_tab(qtbot, held, answers, tmp_path, monkeypatch):
    opened: list[Path] = []
    from kenesh_desktop.ui import documents_export

    monkeypatch.setattr(documents_export, "open_document", lambda path: opened.append(path))
    detail = held.detail
    nw.set_minutes_by("kk", "s1", "m4")
    nw.add_speaker("kk", "s1", 1, Speaker("Үсөнова Гүлнара", "Колдойм."))
    for n in range(2, 14):
        mw.set_vote("kk", "s1", 1, f"m{n}", "for")
    held.session.notify_changed()
    detail.language.setCurrentIndex(detail.language.findData("ky"))
    answers.save_file = str(tmp_path / "protokol")
    qtbot.mouseClick(detail.word_button, Qt.MouseButton.LeftButton)
    word = open_docx(tmp_path / "protokol.docx")  # the suffix is added
    text = squash(" ".join(p.text for p in word.paragraphs))
    assert "Коомдук кеңештин отурумунун №1 ПРОТОКОЛУ" in text
    assert "Протоколду жүргүзгөн: Кенжебаева Айпери" in text
    assert "Чечим кабыл алынды: катышкандардын жарымынан көбү макул болду." in text
    assert opened == [tmp_path / "protokol.docx"]

    agenda = detail.agenda
    detail.pages.setCurrentWidget(agenda)
    agenda.select_record(1)
    answers.save_file = str(tmp_path / "kochurmo.pdf")
    agenda.view.setFocus()
    qtbot.keyClick(agenda.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    pdf = squash(" ".join(p.extract_text() for p in PdfReader(tmp_path / "kochurmo.pdf").pages))
    assert "Коомдук кеңештин отурумунун №1 протоколунан КӨЧҮРМӨ" in pdf
    assert "Күн тартибинин 2-маселеси: Маселе 2" in pdf
    assert "1. Үсөнова Гүлнара — Колдойм." in pdf
    assert "Маселе 1" not in pdf  # the item alone
    assert "Көчүрмө туура. Протоколду жүргүзгөн А. Кенжебаева" in pdf
    answers.save_file = str(tmp_path / "kochurmo")
    agenda.extract_docx.trigger()
    word = open_docx(tmp_path / "kochurmo.docx")
    assert "Күн тартибинин 2-маселеси: Маселе 2" in [p.text for p in word.paragraphs]


def test_the_printout_is_the_pdfs_composition(qtbot, held, monkeypatch, tmp_path):
    target = print_to_file(monkeypatch, tmp_path / "printed.pdf")
    nw.add_speaker("kk", "s1", 0, Speaker("Бекова Үмүт", "Сунуш бар."))
    held.session.notify_changed()
    held.detail.language.setCurrentIndex(held.detail.language.findData("en"))
    assert held.detail.print_minutes()
    printed = squash(" ".join(p.extract_text() for p in PdfReader(target).pages))
    council = queries.load_council("kk")
    expected = list(lines(minutes_document(council, council.meeting("s1"), "en")))
    bare = "".join(printed.split())
    position = 0
    for line in expected:
        found = bare.find("".join(line.split()), position)
        assert found >= 0, line
        position = found
    assert "DRAFT" in printed


def test_the_print_document_uses_the_bundled_font(qtbot, held):
    council = queries.load_council("kk")
    document = output.minutes_text_document(council, council.meeting("s1"), "ky")
    assert document.defaultFont().family().startswith("DejaVu Sans")
    assert "ТОКТОМ КЫЛЫНДЫ:" in document.toPlainText()
