"""The Annual plan tab as a secretary uses it: a new plan, activities added through the form
(bad input refused with a message and nothing written), reordered and removed, last year's
plan copied as a start, approval at a sitting, and the Art. 18 copy indicator at its
boundary (5 days after approval in time and green, the 6th day late and red, amber while days
are left), agreeing with run_checks and the Overview; the table model under qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_driver import TODAY, click_ok, open_dialog, shown_tab, type_text

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.store import models as m
from kenesh_desktop.store import plan_writes, queries, writes
from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.overview import OverviewTab
from kenesh_desktop.ui.plan import PlanTab
from kenesh_desktop.ui.plan.approval import ApproveDialog, CopySentDialog
from kenesh_desktop.ui.plan.dialogs import NewPlanDialog, PlanItemDialog
from kenesh_desktop.ui.plan.model import PlanItemTableModel

D = dt.date
APPROVED = D(2027, 2, 20)  # sitting No. 2; Art. 18: the copy is due by 25 February
NAMES = ["Айгүл Токтогулова", "Нурлан Өмүрбеков", "Гүлзат Үсөнова", "Бакыт Жээнбеков",
         "Чолпон Мамытова", "Эрмек Сыдыков", "Жылдыз Абдыкадырова"]
FORMER = "Талант Күлмырзаев"


@pytest.fixture
def council(session) -> str:
    members = [r.Member(f"m{i}", name, "female" if i % 2 else "male", f"Уюм {i}",
                        "chair" if i == 1 else "member", D(2026, 1, 15))
               for i, name in enumerate(NAMES, start=1)]
    members.append(r.Member("m8", FORMER, "male", "Уюм 8", "member", D(2026, 1, 15),
                            D(2026, 12, 31)))
    meetings = [r.Meeting("s1", 1, D(2027, 1, 15), present=["m1", "m2", "m3", "m4", "m5"]),
                r.Meeting("s2", 2, APPROVED, present=[m.id for m in members[:7]])]
    writes.import_councils([r.Council("minfin", "Финансы министрлигинин Коомдук кеңеши",
                                      "Финансы министрлиги",
                                      terms=[r.Term(D(2026, 1, 15), D(2028, 1, 14))],
                                      members=members, meetings=meetings)])
    session.select_council("minfin")
    return "minfin"


@pytest.fixture
def tab(qtbot, session, council) -> PlanTab:
    return shown_tab(qtbot, PlanTab, session, (1200, 600))


def saved_plan(year: int = 2027) -> r.AnnualPlan | None:
    return queries.load_council("minfin").plan(year)


def with_plan(session, *titles: str, approved: bool = False) -> None:
    plan_writes.create_plan("minfin", 2027)
    for title in titles:
        plan_writes.add_plan_item("minfin", 2027, r.PlanItem(title, D(2027, 6, 30), "Катчы"))
    if approved:
        plan_writes.approve_plan("minfin", 2027, "s2")
    session.notify_changed()


def table_column(tab: PlanTab, column: int) -> list[str]:
    return [tab.model.index(row, column).data() for row in range(tab.model.rowCount())]


def test_a_new_plan_and_an_activity_added_through_the_form(qtbot, tab):
    assert tab.empty_label.isVisible() and not tab.add_button.isEnabled()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, NewPlanDialog)
    assert dialog.year.value() == TODAY.year
    click_ok(qtbot, dialog)
    assert saved_plan() is not None and tab.year == 2027
    assert tab.status.approval_label.text() == (
        "Not approved yet: the plan is a draft until a sitting approves it.")

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, PlanItemDialog)
    type_text(dialog.title, "Бюджеттин долбоорун коомдук талкуулоо")
    dialog.precision.setCurrentIndex(dialog.precision.findData("month"))
    dialog.month.setCurrentIndex(dialog.month.findData(4))
    # Set, not typed: typing pops the completer up, which the offscreen platform warns about.
    dialog.responsible.setText("Айгүл Токтогулова, Нурлан Өмүрбеков")
    type_text(dialog.form, "Коомдук угуу")
    dialog.status.setCurrentIndex(dialog.status.findData("planned"))
    click_ok(qtbot, dialog)

    assert not dialog.isVisible()
    item = saved_plan().items[0]
    assert (item.title, item.due, item.due_precision) == (
        "Бюджеттин долбоорун коомдук талкуулоо", D(2027, 4, 30), "month")
    assert item.responsible == "Айгүл Токтогулова, Нурлан Өмүрбеков"
    assert table_column(tab, 2) == ["April 2027"]
    assert table_column(tab, 5) == ["planned"]
    assert tab.selected_index() == 0


def test_the_responsible_field_offers_the_active_members(qtbot, tab, session):
    with_plan(session)
    dialog = tab.add_record()
    completer = dialog.responsible.completer()
    offered = completer.model().stringList()
    assert set(offered) == set(NAMES)  # the former member is not offered
    assert FORMER not in offered
    # Several names: the completion replaces only the name after the last comma.
    dialog.responsible.setText("Айгүл Токтогулова, Нур")
    assert completer.splitPath(dialog.responsible.text()) == ["Нур"]
    completer.setCompletionPrefix("Нур")
    assert completer.currentCompletion() == "Айгүл Токтогулова, Нурлан Өмүрбеков"
    dialog.responsible.setText("Нур")  # the first name: completed alone
    assert completer.currentCompletion() == "Нурлан Өмүрбеков"
    dialog.reject()


def test_bad_input_is_refused_in_the_dialog_and_nothing_is_written(qtbot, tab, session):
    with_plan(session, "Биринчи")
    before = m.PlanItem.select().count()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, PlanItemDialog)
    type_text(dialog.title, "   ")
    type_text(dialog.note, "Эскертүү")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Enter the activity."
    assert m.PlanItem.select().count() == before
    assert dialog.note.text() == "Эскертүү"  # what was typed is kept

    # A day outside the plan's year cannot be chosen: the date field stays within 2027.
    dialog.precision.setCurrentIndex(dialog.precision.findData("day"))
    dialog.day.setDate(to_qdate(D(2028, 1, 5)))
    assert dialog.day.date() == to_qdate(D(2027, 12, 31))
    dialog.title.clear()
    type_text(dialog.title, "Экинчи")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert [i.title for i in saved_plan().items] == ["Биринчи", "Экинчи"]
    assert saved_plan().items[1].due == D(2027, 12, 31)


def test_edit_reorder_and_remove(qtbot, tab, session, answers):
    with_plan(session, "А", "Б", "В")
    tab.select_record(0)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in saved_plan().items] == ["Б", "А", "В"]
    assert tab.selected_index() == 1  # the activity moved stays selected
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    assert table_column(tab, 1) == ["Б", "В", "А"]
    assert not tab.down_button.isEnabled() and tab.up_button.isEnabled()
    tab.view.setFocus()  # the click took the focus to the button
    QTest.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert table_column(tab, 1) == ["Б", "А", "В"]

    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = open_dialog(tab, PlanItemDialog)
    assert dialog.windowTitle() == "Edit activity" and dialog.title.text() == "А"
    assert dialog.precision.currentData() == "day"
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    click_ok(qtbot, dialog)
    assert saved_plan().items[1].status == "done"
    assert table_column(tab, 5) == ["planned", "done", "planned"]

    answers.confirm = False
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(saved_plan().items) == 3
    assert answers.texts("confirm") == ["Remove activity No. 2 “А” from the plan?"]
    answers.confirm = True
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in saved_plan().items] == ["Б", "В"]


def test_copy_last_years_plan_as_a_start(qtbot, tab, session):
    plan_writes.create_plan("minfin", 2026)
    plan_writes.add_plan_item("minfin", 2026, r.PlanItem(
        "Жылдык отчет", D(2026, 12, 31), "Катчы", "Отчет", "quarter", "done", "Өттү"))
    plan_writes.add_plan_item("minfin", 2026, r.PlanItem(
        "Угуу", D(2026, 2, 28), due_precision="month", status="moved"))
    plan_writes.create_plan("minfin", 2027)
    session.notify_changed()
    assert tab.year == 2027 and tab.copy_button.isEnabled()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    items = saved_plan().items
    assert [(i.title, i.due, i.status, i.note) for i in items] == [
        ("Жылдык отчет", D(2027, 12, 31), "planned", ""),
        ("Угуу", D(2027, 2, 28), "planned", "")]
    assert table_column(tab, 2) == ["Q4 2027", "February 2027"]
    assert not tab.copy_button.isEnabled()  # the plan is no longer empty
    # The year selector shows both plans, latest first.
    assert [tab.year_selector.itemText(i) for i in range(tab.year_selector.count())] == [
        "2027", "2026"]


def copy_finding(session):
    found = [f for f in run_checks(session.all_councils(), session.today())
             if f.rule == "plan.copy_due"]
    return found[0] if found else None


def record_copy(qtbot, tab, day: dt.date, letter: str = "") -> CopySentDialog:
    qtbot.mouseClick(tab.copy_sent_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, CopySentDialog)
    dialog.sent.setDate(to_qdate(day))
    dialog.letter.clear()
    type_text(dialog.letter, letter)
    click_ok(qtbot, dialog)
    return dialog


def test_approval_at_a_sitting_and_the_copy_on_day_five_and_day_six(qtbot, tab, session):
    with_plan(session, "Угуу")
    assert not tab.copy_sent_button.isEnabled()  # nothing to send before approval
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, ApproveDialog)
    assert dialog.chosen().id == "s2"  # the latest sitting held by today
    assert dialog.due.text() == ("Art. 18: the copy of the approved plan must reach the state "
                                 "body by 25 February 2027 (5 days after approval).")
    click_ok(qtbot, dialog)
    plan = saved_plan()
    assert (plan.approved, plan.approved_at) == (APPROVED, "s2")
    status = tab.status
    assert status.approval_label.text() == "Approved at sitting No. 2 of 20 February 2027."
    # Today (1 March) is past the 25th and nothing is sent: red, as in run_checks.
    assert status.copy_label.property("state") == "violation"
    assert status.copy_label.text() == (
        "Art. 18: the copy for the state body was due by 25 February 2027 — 4 days overdue")
    assert copy_finding(session).severity == "violation"

    # Day 5 after approval: in time, green, and no finding.
    record_copy(qtbot, tab, D(2027, 2, 25), "01-12/45")
    assert (saved_plan().sent, saved_plan().letter_number) == (D(2027, 2, 25), "01-12/45")
    assert status.copy_label.property("state") == "ok"
    assert status.copy_label.text() == (
        "Art. 18: copy sent to the state body on 25 February 2027, letter No. 01-12/45 — in "
        "time (due by 25 February 2027) ✓")
    assert copy_finding(session) is None

    # Day 6: late, red, and a violation of Art. 18 in the checks.
    dialog = record_copy(qtbot, tab, D(2027, 2, 26), "01-12/45")
    assert status.copy_label.property("state") == "violation"
    assert status.copy_label.text() == (
        "Art. 18: copy sent on 26 February 2027, 1 day late — it was due by 25 February 2027")
    finding = copy_finding(session)
    assert (finding.severity, finding.article, finding.subject) == ("violation", 18, "2027")


def test_the_copy_dialog_refuses_a_day_before_approval(qtbot, tab, session):
    with_plan(session, "Угуу", approved=True)
    dialog = record_copy(qtbot, tab, D(2027, 2, 19), "1")
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The copy cannot have been sent before the plan was approved (20 February 2027).")
    assert saved_plan().sent is None
    dialog.sent.setDate(to_qdate(D(2027, 2, 23)))
    assert dialog.state.text() == "Art. 18: on time (due by 25 February 2027)."
    dialog.sent.setDate(to_qdate(D(2027, 2, 28)))
    assert dialog.state.text() == "Art. 18: late by 3 days (due by 25 February 2027)."
    dialog.reject()


@pytest.mark.parametrize("today, text", [
    (D(2027, 2, 22), "Art. 18: send the copy to the state body by 25 February 2027 — 3 days "
                     "left"),
    (D(2027, 2, 25), "Art. 18: send the copy to the state body today (25 February 2027) — "
                     "the last day"),
])
def test_days_left_are_amber(tab, session, today, text):
    with_plan(session, "Угуу", approved=True)
    session.set_today(today)
    assert tab.status.copy_label.text() == text
    assert tab.status.copy_label.property("state") == "warning"
    assert copy_finding(session).severity == "upcoming"


def test_the_overview_lists_the_copy_until_it_is_sent(qtbot, tab, session):
    overview = OverviewTab(session)
    qtbot.addWidget(overview)
    with_plan(session, "Угуу", approved=True)

    def rules() -> list[str]:
        return [overview.model.record(row).rule for row in range(overview.model.rowCount())]

    assert "plan.copy_due" in rules()
    plan_writes.record_copy_sent("minfin", 2027, D(2027, 2, 24), "7")
    session.notify_changed()
    assert "plan.copy_due" not in rules()
    assert tab.status.copy_label.property("state") == "ok"


def test_navigation_shows_the_plan_of_the_year(tab, session):
    with_plan(session, "Угуу")
    plan_writes.create_plan("minfin", 2026)
    session.notify_changed()
    assert tab.show_record("plan", "2026") and tab.year == 2026
    assert tab.year_selector.currentText() == "2026"
    assert not tab.show_record("plan", "2030")
    assert not tab.show_record("meeting", "s1")


def test_the_plan_table_model(qtmodeltester, session, council):
    with_plan(session, "А", "Б")
    plan_writes.add_plan_item("minfin", 2027, r.PlanItem("В", None, status="dropped"))
    model = PlanItemTableModel(session)
    model.set_items(saved_plan().items)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 7
    assert [model.index(row, 0).data() for row in range(3)] == ["1", "2", "3"]
    assert model.index(2, 2).data() == ""
    assert model.index(2, 5).data() == "dropped"
