"""The Requests tab's requests view as a secretary uses it: each request's state around the
14-day due day (Art. 18) as the table shows it, overdue rows highlighted and counted in the
tab's title, sorting and filtering by state, period and text (look-alike letters folded),
adding a request through the form (bad input refused with a message, nothing written),
recording an answer, deleting, the register exported as CSV and PDF, and qtmodeltester on
the table model and its proxy."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from ui_driver import TODAY, click_ok, open_dialog, shown_tab, type_text

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.deadlines import DUE_SOON, OVERDUE
from kenesh_desktop.store import request_queries, request_writes, writes
from kenesh_desktop.ui.dialogs.forms import to_qdate
from kenesh_desktop.ui.requests import RequestsTab
from kenesh_desktop.ui.requests.request_dialogs import AnswerDialog, RegisterDialog, RequestDialog
from kenesh_desktop.ui.requests.request_models import (
    NUMBER,
    REGISTERED,
    STATE,
    RequestTableModel,
)

D = dt.date
COUNCIL = "minfin"
# TODAY is 2027-03-01. Registered on 2027-02-14, the answer is due on 2027-02-28 (day 14):
# today is day 15.
DAY_ZERO = D(2027, 2, 14)


@pytest.fixture
def council(session) -> str:
    writes.create_council(COUNCIL, "Финансы министрлигинин Коомдук кеңеши",
                          "Финансы министрлиги", D(2026, 1, 15), D(2028, 1, 14))
    return COUNCIL


def add(number: str, registered: dt.date, answered: dt.date | None = None,
        subject: str = "Бюджеттин аткарылышы", text: str = "") -> str:
    return request_writes.add_request(COUNCIL, r.Request(
        "", number, subject, "Финансы министри", registered, answered, text))


@pytest.fixture
def boundary(council) -> None:
    add("1", DAY_ZERO, D(2027, 2, 28))  # answered on day 14: on time
    add("2", DAY_ZERO, D(2027, 3, 1))  # answered on day 15: late
    add("3", DAY_ZERO, None, "Гранттык каражаттардын өздөштүрүлүшү")  # day 15, no answer
    add("4", D(2027, 2, 15))  # due today
    add("5", D(2027, 2, 17))  # due in 2 days
    add("6", D(2027, 2, 20))  # due in 5 days


@pytest.fixture
def tab(qtbot, session, council) -> RequestsTab:
    session.select_council(council)
    return shown_tab(qtbot, RequestsTab, session)


def column(tab: RequestsTab, col: int) -> list[str]:
    proxy = tab.requests.proxy
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def states(tab: RequestsTab) -> dict[str, str]:
    return dict(zip(column(tab, NUMBER), column(tab, STATE), strict=True))


def test_the_state_around_the_due_day(boundary, tab):
    assert states(tab) == {
        "1": "answered on time",
        "2": "answered 1 day late",
        "3": "overdue by 1 day",
        "4": "due today",
        "5": "due soon: 2 days left",
        "6": "waiting: 5 days left",
    }
    model: RequestTableModel = tab.requests.model
    assert [model.status(row) for row in range(3, 6)] == [DUE_SOON, DUE_SOON, "waiting"]
    assert column(tab, 4)[column(tab, NUMBER).index("3")] == "28 February 2027"  # the due day


def test_overdue_rows_are_highlighted_and_counted_in_the_title(qtbot, boundary, session, tab):
    proxy = tab.requests.proxy
    backgrounds = {proxy.index(row, NUMBER).data(): proxy.index(row, 1).data(
        Qt.ItemDataRole.BackgroundRole) for row in range(proxy.rowCount())}
    assert backgrounds["3"] is not None
    assert all(backgrounds[number] is None for number in ("1", "2", "4", "5", "6"))

    window_tabs = QTabWidget()
    qtbot.addWidget(window_tabs)
    window_tabs.addTab(QTabWidget(), "Overview")
    window_tabs.addTab(tab, "Requests")
    session.notify_changed()
    assert window_tabs.tabText(1) == "Requests (1 overdue)"
    # The next day request 4 is overdue too.
    session.set_today(TODAY + dt.timedelta(days=1))
    assert window_tabs.tabText(1) == "Requests (2 overdue)"
    assert tab.requests.count_label.text() == "Showing 6 of 6 requests; 2 overdue."
    request_writes.record_answer(COUNCIL, "r3", TODAY, "Кеч келди")
    request_writes.record_answer(COUNCIL, "r4", TODAY, "")
    session.notify_changed()
    assert window_tabs.tabText(1) == "Requests"
    window_tabs.removeTab(1)
    tab.setParent(None)  # the test's tab widget must not delete the tab qtbot closes


def test_filter_by_state(boundary, tab):
    combo = tab.requests.state_filter
    combo.setCurrentIndex(combo.findText("Overdue"))
    assert column(tab, NUMBER) == ["3"]
    combo.setCurrentIndex(combo.findText("Not answered"))
    assert sorted(column(tab, NUMBER)) == ["3", "4", "5", "6"]
    combo.setCurrentIndex(combo.findText("Answered late"))
    assert column(tab, NUMBER) == ["2"]
    combo.setCurrentIndex(combo.findText("Due within 3 days"))
    assert sorted(column(tab, NUMBER)) == ["4", "5"]
    combo.setCurrentIndex(0)
    assert len(column(tab, NUMBER)) == 6


def test_filter_by_period_includes_both_ends(boundary, tab):
    view = tab.requests
    view.period.setChecked(True)
    view.period_from.setDate(to_qdate(D(2027, 2, 15)))
    view.period_to.setDate(to_qdate(D(2027, 2, 17)))
    assert sorted(column(tab, NUMBER)) == ["4", "5"]
    view.period_from.setDate(to_qdate(DAY_ZERO))
    assert sorted(column(tab, NUMBER)) == ["1", "2", "3", "4", "5"]
    view.period.setChecked(False)
    assert len(column(tab, NUMBER)) == 6


def test_filter_by_text_folds_case_and_lookalike_letters(boundary, tab):
    add("7", D(2027, 2, 25), subject="Салык", text="Бажы кирешелеринин ӨСҮШҮ тууралуу")
    tab.session.notify_changed()
    view = tab.requests
    type_text(view.filter, "єздєштїрїлїшї")  # a broken font's Є Ї for Ө Ү
    assert column(tab, NUMBER) == ["3"]
    view.filter.clear()
    type_text(view.filter, "өсүшү")  # found in the request's text, whatever its case
    assert column(tab, NUMBER) == ["7"]
    view.filter.clear()
    assert len(column(tab, NUMBER)) == 7
    type_text(view.filter, "жок сөз")
    assert column(tab, NUMBER) == []
    assert view.count_label.text().startswith("Showing 0 of 7")


def test_sorting_by_state_number_and_date(boundary, tab):
    add("10", D(2027, 2, 26))
    tab.session.notify_changed()
    table = tab.requests.view
    table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)
    # Most urgent first: overdue, due soonest, waiting, then answered late, on time.
    assert column(tab, NUMBER) == ["3", "4", "5", "6", "10", "2", "1"]
    table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    assert column(tab, NUMBER) == ["1", "2", "3", "4", "5", "6", "10"]  # 10 after 6
    table.sortByColumn(REGISTERED, Qt.SortOrder.DescendingOrder)
    assert column(tab, NUMBER)[0] == "10"


def test_the_selection_survives_sorting_and_filtering(qtbot, boundary, tab):
    view = tab.requests
    assert view.select_record("r5")
    view.view.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
    assert view.selected_record().id == "r5"
    assert "№ 5" in view.details.text()
    # Showing a request hidden by the filter clears the filter.
    type_text(view.filter, "өздөштүрүлүшү")
    assert tab.show_record("request", "r5")
    assert view.filter.text() == "" and view.selected_record().id == "r5"
    assert not tab.show_record("request", "r99")


def test_add_a_request_through_the_form(qtbot, council, tab):
    qtbot.mouseClick(tab.requests.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, RequestDialog)
    type_text(dialog.number, "КК-12")
    type_text(dialog.subject, "Мамлекеттик карыздын абалы")
    type_text(dialog.addressee, "Финансы министри")
    dialog.registered.setDate(to_qdate(D(2027, 2, 20)))
    assert "6 March 2027" in dialog.due_label.text() and "Art. 18" in dialog.due_label.text()
    type_text(dialog.text, "Маалымат берүүңүздү суранабыз.")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    [saved] = request_queries.council_requests(COUNCIL)
    assert (saved.number, saved.subject, saved.registered, saved.text) == (
        "КК-12", "Мамлекеттик карыздын абалы", D(2027, 2, 20), "Маалымат берүүңүздү суранабыз.")
    assert tab.requests.selected_record().id == saved.id
    assert states(tab) == {"КК-12": "waiting: 5 days left"}


def test_bad_input_is_refused_with_a_message_and_nothing_written(qtbot, council, tab):
    add("КК-1", D(2027, 2, 1))
    tab.session.notify_changed()
    dialog = tab.requests.add_record()
    type_text(dialog.number, "КК-2")
    click_ok(qtbot, dialog)  # no subject, no addressee
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Enter the subject of the request." in dialog.error.text()
    assert "Enter the official the request is sent to." in dialog.error.text()

    type_text(dialog.subject, "Тема")
    type_text(dialog.addressee, "Министр")
    dialog.registered.setDate(to_qdate(D(2027, 2, 20)))
    dialog.answered.setChecked(True)
    dialog.answered_on.setDate(to_qdate(D(2027, 2, 19)))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "Art. 18" in dialog.error.text()

    dialog.answered.setChecked(False)
    dialog.number.setText("КК-1")  # the store refuses a number already registered
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "already registered" in dialog.error.text()
    assert [q.number for q in request_queries.council_requests(COUNCIL)] == ["КК-1"]
    dialog.reject()


def test_record_an_answer_shows_whether_it_came_in_time(qtbot, council, tab):
    add("1", DAY_ZERO)
    tab.session.notify_changed()
    tab.requests.select_record("r1")
    qtbot.mouseClick(tab.requests.answer_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, AnswerDialog)
    dialog.answered_on.setDate(to_qdate(D(2027, 2, 28)))
    assert "Answered on time." in dialog.verdict.text()
    dialog.answered_on.setDate(to_qdate(D(2027, 3, 1)))
    assert "Answered 1 day late." in dialog.verdict.text()
    type_text(dialog.summary, "Маалымат берилди")
    click_ok(qtbot, dialog)
    saved = request_queries.council_requests(COUNCIL)[0]
    assert (saved.answered, saved.answer_summary) == (D(2027, 3, 1), "Маалымат берилди")
    assert states(tab) == {"1": "answered 1 day late"}


def test_delete_asks_first(qtbot, answers, council, tab):
    add("1", DAY_ZERO)
    tab.session.notify_changed()
    tab.requests.select_record("r1")
    answers.confirm = False
    assert not tab.requests.delete_record()
    assert len(request_queries.council_requests(COUNCIL)) == 1
    answers.confirm = True
    assert tab.requests.delete_record()
    assert request_queries.council_requests(COUNCIL) == []
    assert "No. 1" in answers.texts("confirm")[0]
    assert column(tab, NUMBER) == []


def test_export_the_register_as_csv_and_pdf(qtbot, answers, boundary, tab, tmp_path):
    from pypdf import PdfReader

    answers.save_file = str(tmp_path / "register")
    qtbot.mouseClick(tab.requests.register_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, RegisterDialog)
    dialog.start.setDate(to_qdate(D(2027, 2, 15)))
    dialog.end.setDate(to_qdate(D(2027, 2, 20)))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.csv.setChecked(True)
    click_ok(qtbot, dialog)
    assert dialog.saved_path == tmp_path / "register.csv"
    rows = list(csv.reader(io.StringIO((tmp_path / "register.csv").read_text("utf-8-sig"))))
    assert rows[0][0] == "Номер"
    assert [row[0] for row in rows[1:]] == ["4", "5", "6"]
    assert rows[1][-1] == "срок истекает сегодня"

    dialog = tab.requests.export_register()
    dialog.end.setDate(to_qdate(D(2026, 12, 31)))  # before the start: refused in the dialog
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.end.setDate(to_qdate(TODAY))
    dialog.language.setCurrentIndex(dialog.language.findData("ky"))
    click_ok(qtbot, dialog)
    reader = PdfReader(str(tmp_path / "register.pdf"))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "суроо-талаптарынын" in text and "мөөнөтү өттү" in text


def test_model_and_proxy_pass_qtmodeltester(qtmodeltester, boundary, tab):
    qtmodeltester.check(tab.requests.model)
    qtmodeltester.check(tab.requests.proxy)
    tab.requests.view.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)
    type_text(tab.requests.filter, "Бюджет")
    qtmodeltester.check(tab.requests.proxy)
    assert tab.requests.model.overdue == 1
    assert tab.requests.model.status(2) == OVERDUE


def test_in_the_window_the_title_counts_overdue_and_navigation_lands_here(make_window):
    from kenesh_desktop.demo import demo_council

    demo = demo_council(TODAY)
    writes.import_councils([demo])
    window = make_window()
    tab = window.findChild(RequestsTab, "RequestsTab")
    index = window.tabs.indexOf(tab)
    overdue = sum(1 for q in demo.requests
                  if q.answered is None and q.registered + dt.timedelta(days=14) < TODAY)
    assert overdue >= 1
    assert window.tabs.tabText(index) == f"Requests ({overdue} overdue)"
    assert window.navigate("request", "r4")
    assert window.tabs.currentWidget() is tab
    assert tab.requests.selected_record().id == "r4"
    assert window.navigate("notice", "n2")
    assert tab.views.currentWidget() is tab.notices
    assert window.navigate("proposal", "p1")
    assert tab.proposals.selected_record().proposal.id == "p1"
