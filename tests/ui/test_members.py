"""The Members tab as a secretary uses it: adding members through the form until the
council is lawful (Art. 14: 7 to 15 members, no sex above 70%), the indicators turning
green or red on the spot, ending and deleting memberships, the form refusing bad input
without writing anything, the filter (look-alike letters) and Kyrgyz alphabetical order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from ui_driver import (
    TODAY,
    add_member_via_dialog,
    click_ok,
    fill_member,
    members_tab,
    open_dialog,
    type_text,
)

from kenesh_desktop.rules.records import Member
from kenesh_desktop.store import models as m
from kenesh_desktop.store import queries, writes
from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.dialogs.member import EndMembershipDialog, MemberDialog
from kenesh_desktop.ui.members import MemberTableModel

WOMEN = ["Айгүл Токтогулова", "Гүлзат Үсөнова", "Чолпон Мамытова", "Жылдыз Абдыкадырова",
         "Нургүл Ибраимова", "Асел Бөрүбаева"]
MEN = ["Нурлан Өмүрбеков", "Бакыт Жээнбеков", "Эрмек Сыдыков", "Талант Күлмырзаев",
       "Мирлан Төлөгөнов", "Улан Сүйүнбаев", "Азамат Жеңишбеков", "Канат Осмонов",
       "Руслан Абдиев"]


TERM_START = dt.date(2026, 3, 1)


@pytest.fixture
def council(session):
    return writes.create_council("", "Коомдук кеңеш", "Министрлик", TERM_START,
                                 dt.date(2028, 2, 29))


@pytest.fixture
def window(council, make_window):
    return make_window()


def _org(name: str) -> str:
    return f"«{name.split()[1]}» фонду"


def _state(label) -> str:
    return label.property("state")


def test_the_seventh_member_makes_the_size_lawful(qtbot, window):
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    size = tab.indicators.size_label
    assert tab.indicators.isVisible()
    people = [(WOMEN[0], "female"), (MEN[0], "male"), (WOMEN[1], "female"), (MEN[1], "male"),
              (WOMEN[2], "female"), (MEN[2], "male")]
    for name, sex in people:
        add_member_via_dialog(qtbot, window, name, sex, _org(name))
    assert tab.model.rowCount() == 6
    assert _state(size) == "violation"
    assert size.text() == "Art. 14: 6 members — at least 7"

    add_member_via_dialog(qtbot, window, WOMEN[3], "female", _org(WOMEN[3]))
    assert m.Member.select().count() == 7
    assert _state(size) == "ok"
    assert size.text() == "7 members (7–15, Art. 14) ✓"
    assert "Art. 14" in size.toolTip()
    assert tab.indicators.gender_label.text() == "Women 4 (57%) · Men 3 (43%) — limit 70%"
    # The new member is selected in the table.
    assert tab.selected_record().full_name == WOMEN[3]


def test_one_sex_above_seventy_percent_turns_the_gender_indicator_red(qtbot, window):
    tab = members_tab(window)
    gender = tab.indicators.gender_label
    for name in WOMEN[:3]:
        writes.add_member(window.session.council_id, _member(name, "female"))
    for name in MEN[:6]:
        writes.add_member(window.session.council_id, _member(name, "male"))
    window.session.notify_changed()
    add_member_via_dialog(qtbot, window, MEN[6], "male", _org(MEN[6]))
    # 7 men of 10 is exactly 70%: still lawful (7 * 10 <= 10 * 7).
    assert _state(gender) == "ok"
    assert gender.text() == "Women 3 (30%) · Men 7 (70%) — limit 70%"

    add_member_via_dialog(qtbot, window, MEN[7], "male", _org(MEN[7]))
    assert _state(gender) == "violation"
    assert gender.text() == (
        "Art. 14: Women 3 (27%) · Men 8 (73%) — more than 70% of one sex"
    )


def _member(name: str, sex: str, role: str = "member", start: dt.date = TERM_START) -> Member:
    return Member("", name, sex, _org(name), role, start)


def test_ending_a_membership_updates_the_indicators(qtbot, window):
    session = window.session
    for name in WOMEN[:5]:
        writes.add_member(session.council_id, _member(name, "female"))
    for name in MEN[:2]:
        writes.add_member(session.council_id, _member(name, "male"))
    session.notify_changed()
    tab = members_tab(window)
    size, gender = tab.indicators.size_label, tab.indicators.gender_label
    assert (_state(size), _state(gender)) == ("ok", "violation")  # 5 of 7 women: 71%

    assert tab.select_record(_id_of(WOMEN[4]))
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, EndMembershipDialog)
    assert dialog.end.date() == to_qdate(TODAY)  # the default is today
    # Active on D means D <= end: ending yesterday makes them former today.
    dialog.end.setDate(to_qdate(TODAY - dt.timedelta(days=1)))
    click_ok(qtbot, dialog)

    assert queries.load_council(session.council_id).member(_id_of(WOMEN[4])).end == (
        TODAY - dt.timedelta(days=1)
    )
    assert (_state(size), _state(gender)) == ("violation", "ok")
    assert size.text() == "Art. 14: 6 members — at least 7"
    assert gender.text() == "Women 4 (67%) · Men 2 (33%) — limit 70%"
    # A former member is hidden unless asked for.
    assert tab.proxy.rowCount() == 6
    tab.show_former.setChecked(True)
    assert tab.proxy.rowCount() == 7


def _id_of(name: str) -> str:
    return next(mb.code for mb in m.Member.select() if mb.full_name == name)


def test_bad_input_is_refused_in_the_dialog_and_nothing_is_written(qtbot, window):
    tab = members_tab(window)
    add_member_via_dialog(qtbot, window, WOMEN[0], "female", _org(WOMEN[0]), role="chair")
    before = m.Member.select().count()

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, MemberDialog)
    fill_member(qtbot, dialog, "", "male", "Фонд")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "full name" in dialog.error.text()
    assert m.Member.select().count() == before

    fill_member(qtbot, dialog, MEN[0], "male", _org(MEN[0]), start=TODAY,
                end=TODAY - dt.timedelta(days=1))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "The membership cannot end before it starts."
    assert m.Member.select().count() == before

    dialog.ended.setChecked(False)
    dialog.sex.setCurrentIndex(-1)
    click_ok(qtbot, dialog)
    assert dialog.error.text() == "Choose the member's sex."

    # A second chair at the same time: the store refuses, the dialog says why and stays.
    fill_member(qtbot, dialog, MEN[0], "male", _org(MEN[0]), role="chair")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "one chair at a time" in dialog.error.text()
    assert WOMEN[0] in dialog.error.text()
    assert m.Member.select().count() == before
    assert dialog.full_name.text() == MEN[0]  # what was typed is kept

    dialog.role.setCurrentIndex(dialog.role.findData("deputy_chair"))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert m.Member.select().count() == before + 1


def _selected_in_the_table(window, member_id: str):
    """The Members tab shown, the member just written selected, the focus in the table."""
    window.session.notify_changed()
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    tab.select_record(member_id)
    tab.view.setFocus()
    return tab


def test_editing_a_member_with_enter_saves_the_change(qtbot, window):
    session = window.session
    member_id = writes.add_member(session.council_id, _member(WOMEN[0], "female"))
    tab = _selected_in_the_table(window, member_id)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = open_dialog(tab, MemberDialog)
    assert dialog.windowTitle() == "Edit member"
    assert dialog.full_name.text() == WOMEN[0]
    dialog.phone.clear()
    type_text(dialog.phone, "+996 555 12 34 56")
    click_ok(qtbot, dialog)
    saved = queries.load_council(session.council_id).member(member_id)
    assert saved.phone == "+996 555 12 34 56"
    assert saved.full_name == WOMEN[0]
    assert m.Member.select().count() == 1


def test_delete_asks_naming_the_person_and_deletes_only_when_confirmed(
    qtbot, window, answers
):
    session = window.session
    member_id = writes.add_member(session.council_id, _member(MEN[3], "male"))
    tab = _selected_in_the_table(window, member_id)

    answers.confirm = False
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    (question,) = answers.texts("confirm")
    assert MEN[3] in question and "entered by mistake" in question
    assert m.Member.select().count() == 1

    answers.confirm = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert m.Member.select().count() == 0
    assert tab.model.rowCount() == 0


def test_filter_matches_look_alike_letters_and_ctrl_f_focuses_it(qtbot, window):
    session = window.session
    for name in ("Азамат Жеңишбеков", "Эрмек Сыдыков", "Гүлзат Үсөнова"):
        writes.add_member(session.council_id, _member(name, "male"))
    session.notify_changed()
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+F"))
    assert tab.filter.hasFocus() or window.focusWidget() is tab.filter
    # "ӊ" (en with tail) as an old keyboard types it, "є" for "ө" from a broken font.
    type_text(tab.filter, "жеӊиш")
    assert [tab.proxy.record_at(r).full_name for r in range(tab.proxy.rowCount())] == [
        "Азамат Жеңишбеков"
    ]
    tab.filter.clear()
    type_text(tab.filter, "үсєн")
    assert tab.proxy.rowCount() == 1 and tab.proxy.record_at(0).full_name == "Гүлзат Үсөнова"
    tab.filter.clear()
    assert tab.proxy.rowCount() == 3


def test_names_sort_in_kyrgyz_alphabetical_order(qtbot, window):
    session = window.session
    names = ["Үмүт Асанова", "Уулкан Бекова", "Өмүр Токтоматов", "Орозбек Алиев",
             "Ңурбек Касымов", "Нурбек Касымов", "Яна Ли"]
    for name in names:
        writes.add_member(session.council_id, _member(name, "male"))
    session.notify_changed()
    tab = members_tab(window)
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [tab.proxy.record_at(r).full_name for r in range(tab.proxy.rowCount())]
    assert shown == ["Нурбек Касымов", "Ңурбек Касымов", "Орозбек Алиев", "Өмүр Токтоматов",
                     "Уулкан Бекова", "Үмүт Асанова", "Яна Ли"]
    tab.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by start date: still sortable
    assert tab.proxy.rowCount() == len(names)


def test_member_table_model_passes_the_model_tester(qtmodeltester, session, council):
    from kenesh_desktop.demo import demo_council

    writes.import_councils([demo_council(TODAY)])
    session.select_council(demo_council(TODAY).id)
    model = MemberTableModel(session)
    model.set_records(session.council().members)
    assert model.rowCount() == 13
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Full name"
    qtmodeltester.check(model)


def test_insert_opens_the_add_form_and_escape_closes_it_writing_nothing(qtbot, window,
                                                                        answers):
    tab = members_tab(window)
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Insert)
    dialog = open_dialog(tab, MemberDialog)
    assert dialog.windowTitle() == "Add member"
    assert dialog.start.date() == to_qdate(TODAY)  # today, inside the council's term
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible() and not answers.asked
    QTest.keyClick(window, Qt.Key.Key_Insert)
    dialog = open_dialog(tab, MemberDialog)
    type_text(dialog.full_name, WOMEN[0])
    answers.confirm = False  # issue 17: Esc on a filled form asks; No keeps it open
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.full_name.text() == WOMEN[0]
    assert answers.texts("confirm") == [
        "Close without saving? What was typed in this form is lost."]
    answers.confirm = True
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert m.Member.select().count() == 0
