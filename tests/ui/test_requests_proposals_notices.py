"""The proposals (Art. 6) and commission notices (Art. 18) views of the Requests tab: a
proposal's sitting opened by double-click (navigation to the meeting), a proposal added
through its form and refused at a sitting before it was received; the 2-day notice shown
kept or late at its boundary, in the table and live in the form; only members active on the
commission's day offered as observers; navigation to each; the views' keys (Ins, F2, Del,
Ctrl+Shift+F); qtmodeltester on both models."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QTableView
from ui_driver import click_ok, open_dialog, shown_tab, type_text

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import request_queries, request_writes, writes
from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.requests import RequestsTab
from kenesh_desktop.ui.requests.notices import KEPT_COLUMN, NoticeDialog
from kenesh_desktop.ui.requests.proposals import SITTING_COLUMN, ProposalDialog

D = dt.date


def double_click(table: QTableView, index) -> None:
    """The events a real double-click delivers (QTest.mouseDClick alone does not reach an
    item view's viewport offscreen): press, release, double-click, release."""
    pos = QPointF(table.visualRect(index).center())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left),
                          (QEvent.Type.MouseButtonRelease, none)):
        QApplication.sendEvent(table.viewport(), QMouseEvent(
            kind, pos, table.viewport().mapToGlobal(pos), left, buttons,
            Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def council(session) -> str:
    council = r.Council(
        "minfin", "Финансы министрлигинин Коомдук кеңеши", "Финансы министрлиги",
        terms=[r.Term(D(2026, 1, 15), D(2028, 1, 14))],
        members=[
            r.Member("m1", "Айгүл Токтогулова", "female", "Уюм 1", "chair", D(2026, 1, 15)),
            r.Member("m2", "Нурлан Өмүрбеков", "male", "Уюм 2", "member", D(2026, 1, 15),
                     D(2027, 2, 28)),
        ],
        meetings=[r.Meeting("s1", 1, D(2027, 2, 10)), r.Meeting("s2", 2, D(2027, 2, 24))],
        proposals=[r.Proposal("p1", "Жаран А. Алиев", D(2027, 2, 1), "Сунуш", "s1",
                              "Колдоого алынды", D(2027, 2, 15))],
        notices=[
            # The commission sits on 03-10: notice due by 03-08.
            r.CommissionNotice("n1", "Тендердик комиссия", D(2027, 3, 8), D(2027, 3, 10)),
            r.CommissionNotice("n2", "Конкурстук комиссия", D(2027, 3, 9), D(2027, 3, 10)),
        ],
    )
    writes.import_councils([council])
    return council.id


@pytest.fixture
def tab(qtbot, session, council) -> RequestsTab:
    session.select_council(council)
    return shown_tab(qtbot, RequestsTab, session)


def test_double_click_on_the_sitting_opens_it(qtbot, tab):
    assert tab.show_record("proposal", "p1")
    assert tab.views.currentWidget() is tab.proposals
    table = tab.proposals.view
    index = tab.proposals.proxy.index(0, SITTING_COLUMN)
    assert index.data() == "No. 1 of 10 February 2027"
    with qtbot.waitSignal(tab.session.navigate_requested, timeout=2000) as blocker:
        double_click(table, index)
    assert blocker.args == ["meeting", "s1"]
    # Elsewhere in the row, a double-click opens the proposal's form.
    with qtbot.assertNotEmitted(tab.session.navigate_requested):
        double_click(table, tab.proposals.proxy.index(0, 0))
    dialog = open_dialog(tab, ProposalDialog)
    assert dialog.author.text() == "Жаран А. Алиев"
    assert dialog.sitting.currentData() == "s1"
    dialog.reject()


def test_add_a_proposal_through_the_form(qtbot, tab):
    tab.views.setCurrentWidget(tab.proposals)
    qtbot.mouseClick(tab.proposals.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, ProposalDialog)
    type_text(dialog.author, "«Ынтымак» коомдук бирикмеси")
    dialog.received.setDate(to_qdate(D(2027, 2, 20)))
    type_text(dialog.summary, "Угууларды онлайн көрсөтүү")
    dialog.sitting.setCurrentIndex(dialog.sitting.findData("s1"))  # held on 02-10
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "Art. 6" in dialog.error.text()
    assert len(request_queries.council_proposals("minfin")) == 1
    dialog.sitting.setCurrentIndex(dialog.sitting.findData("s2"))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    rows = request_queries.council_proposals("minfin")
    assert (rows[-1].proposal.author, rows[-1].sitting_number) == (
        "«Ынтымак» коомдук бирикмеси", 2)
    assert tab.proposals.selected_record().proposal.id == rows[-1].proposal.id


def test_an_empty_proposal_is_refused(qtbot, tab):
    dialog = tab.proposals.add_record()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Enter who made the proposal." in dialog.error.text()
    assert len(request_queries.council_proposals("minfin")) == 1
    dialog.reject()


def test_the_two_day_notice_at_its_boundary_in_the_table(tab):
    proxy = tab.notices.proxy
    kept = {proxy.index(row, 0).data(): proxy.index(row, KEPT_COLUMN).data()
            for row in range(proxy.rowCount())}
    assert kept == {"Тендердик комиссия": "kept", "Конкурстук комиссия": "late"}
    late_row = next(row for row in range(proxy.rowCount())
                    if proxy.index(row, KEPT_COLUMN).data() == "late")
    assert proxy.index(late_row, KEPT_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Art. 18" in proxy.index(late_row, KEPT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)


def test_the_notice_form_says_live_whether_the_notice_was_kept(qtbot, tab):
    dialog = tab.notices.add_record()
    dialog.sitting.setDate(to_qdate(D(2027, 3, 10)))
    dialog.received.setDate(to_qdate(D(2027, 3, 8)))
    assert dialog.kept_label.property("state") == "ok"
    assert "Art. 18: notice kept" in dialog.kept_label.text()
    assert "8 March 2027" in dialog.kept_label.text()
    dialog.received.setDate(to_qdate(D(2027, 3, 9)))
    assert dialog.kept_label.property("state") == "violation"
    assert "notice late" in dialog.kept_label.text()
    dialog.reject()


def test_only_members_active_on_the_commission_day_may_observe(qtbot, tab):
    tab.views.setCurrentWidget(tab.notices)
    qtbot.mouseClick(tab.notices.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, NoticeDialog)
    dialog.sitting.setDate(to_qdate(D(2027, 2, 28)))  # m2's last day
    names = [dialog.observer.itemText(i) for i in range(dialog.observer.count())]
    assert names == ["nobody sent", "Айгүл Токтогулова", "Нурлан Өмүрбеков"]
    dialog.observer.setCurrentIndex(dialog.observer.findData("m2"))
    dialog.sitting.setDate(to_qdate(D(2027, 3, 1)))  # m2 is no longer a member
    assert dialog.observer.findData("m2") == -1
    assert dialog.observer.currentData() is None
    dialog.observer.setCurrentIndex(dialog.observer.findData("m1"))
    dialog.received.setDate(to_qdate(D(2027, 2, 26)))
    type_text(dialog.commission, "Аттестациялык комиссия")
    type_text(dialog.place, "403-бөлмө")
    dialog.attended.setCurrentIndex(dialog.attended.findData(True))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    saved = request_queries.council_notices("minfin")[-1]
    assert (saved.notice.commission, saved.notice.observer, saved.notice.attended) == (
        "Аттестациялык комиссия", "m1", True)
    assert saved.observer_name == "Айгүл Токтогулова"


def test_editing_a_notice_keeps_its_fields(qtbot, tab):
    request_writes.update_notice("minfin", r.CommissionNotice(
        "n1", "Тендердик комиссия", D(2027, 3, 8), D(2027, 3, 10), "m1", "Зал", "Ачуу", False,
        "Келген жок"))
    tab.session.notify_changed()
    assert tab.show_record("notice", "n1")
    dialog = tab.notices.edit_record()
    assert (dialog.observer.currentData(), dialog.attended.currentData()) == ("m1", False)
    click_ok(qtbot, dialog)
    [first, _] = request_queries.council_notices("minfin")
    assert (first.notice.place, first.notice.notes, first.notice.attended) == (
        "Зал", "Келген жок", False)


def test_delete_a_proposal_and_a_notice(answers, tab):
    tab.show_record("proposal", "p1")
    assert tab.proposals.delete_record()
    tab.show_record("notice", "n2")
    assert tab.notices.delete_record()
    assert request_queries.council_proposals("minfin") == []
    assert [row.notice.id for row in request_queries.council_notices("minfin")] == ["n1"]
    assert not tab.show_record("notice", "n2")
    assert not tab.show_record("meeting", "s1")  # not this tab's kind


def test_the_views_work_from_the_keyboard_as_the_other_tables(qtbot, answers, tab):
    """Each view's own keys while the focus is in it (ui/record_tab.py): Ins adds, F2 edits,
    Del deletes, Ctrl+Shift+F finds; the table's right-click menu lists them."""
    view = tab.notices
    tab.views.setCurrentWidget(view)
    assert tab.show_record("notice", "n1")
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_F2)
    edit = open_dialog(view, NoticeDialog)
    assert edit.commission.text() == "Тендердик комиссия"
    edit.reject()
    qtbot.keyClick(view.view, Qt.Key.Key_Insert)
    add = open_dialog(view, NoticeDialog)
    assert add.windowTitle() == "Add notice"
    add.reject()
    answers.confirm = False
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert answers.texts("confirm") == ["Delete the notice of “Тендердик комиссия”?"]
    assert len(request_queries.council_notices("minfin")) == 2
    qtbot.keyClick(view.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert view.filter.hasFocus()
    assert [a.text() for a in view.view.actions()] == ["Edit notice", "Delete notice"]


def test_models_pass_qtmodeltester(qtmodeltester, tab):
    qtmodeltester.check(tab.proposals.model)
    qtmodeltester.check(tab.notices.model)
