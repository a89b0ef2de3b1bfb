"""The Overview tab: every violation and upcoming deadline of the current council on the
pinned day, in due order, coloured by severity; double-click or Enter takes the secretary to
the record (a member in the Members tab); an empty list says that every rule is kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from ui_driver import TODAY, members_tab

from kenesh_desktop.demo import demo_council
from kenesh_desktop.rules.findings import UPCOMING, VIOLATION
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import Member
from kenesh_desktop.store import writes
from kenesh_desktop.ui.overview import FindingTableModel, OverviewTab

DUE, DAYS, SEVERITY, RULE, ARTICLE, MESSAGE = range(6)


def _overview(window) -> OverviewTab:
    return window.findChild(OverviewTab, "OverviewTab")


def _rows(model):
    return [
        [model.data(model.index(row, col)) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_overview_lists_an_overdue_request_of_the_demo(qtbot, session, make_window):
    demo = demo_council(TODAY)
    writes.import_councils([demo])
    window = make_window()
    overview = _overview(window)
    assert window.tabs.currentWidget() is overview
    model = overview.model
    findings = model.records()
    assert findings and all(f.council == demo.id for f in findings)

    overdue = [
        (row, f) for row, f in enumerate(findings)
        if f.rule == "request.answer_due" and f.severity == VIOLATION and f.due < TODAY
        and f.details.get("status") == "overdue"
    ]
    assert overdue, "the demo keeps an unanswered request past its due day"
    row, finding = overdue[0]
    days = (TODAY - finding.due).days
    assert model.data(model.index(row, DAYS)) == f"{days} days overdue"
    assert model.data(model.index(row, SEVERITY)) == "Violation"
    assert model.data(model.index(row, ARTICLE)) == "Art. 18"
    assert model.data(model.index(row, RULE)) == "Answer to a request"
    message = model.data(model.index(row, MESSAGE))
    assert message.startswith("Art. 18:") and "overdue" in message
    red = model.data(model.index(row, SEVERITY), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(red, QBrush) and red.color().red() > red.color().blue()

    # Earliest due first: every finding has its day (issue 17), a state of the council today.
    keys = [model.timing(f).due for f in findings]
    assert keys == sorted(keys)
    assert all(model.data(model.index(r, DUE)) for r in range(model.rowCount()))
    assert all(model.data(model.index(r, DAYS)) for r in range(model.rowCount()))
    assert overview.stack.currentWidget() is overview.view


def test_upcoming_deadlines_are_amber_and_say_the_days_left(qtbot, session, make_window):
    writes.import_councils([demo_council(TODAY)])
    window = make_window()
    model = _overview(window).model
    upcoming = [r for r, f in enumerate(model.records()) if f.severity == UPCOMING]
    assert upcoming, "the demo has a sitting or a request coming up"
    row = upcoming[0]
    finding = model.records()[row]
    assert model.data(model.index(row, SEVERITY)) == "Upcoming"
    days_left = (finding.due - TODAY).days
    assert model.data(model.index(row, DAYS)) == (
        "today" if days_left == 0 else f"{format_days(days_left, 'en')} left"
    )
    violation = next(r for r, f in enumerate(model.records()) if f.severity == VIOLATION)
    amber = model.data(model.index(row, SEVERITY), Qt.ItemDataRole.BackgroundRole).color()
    red = model.data(model.index(violation, SEVERITY), Qt.ItemDataRole.BackgroundRole).color()
    assert amber != red
    assert amber.red() > amber.blue() and amber.green() > amber.blue()  # a yellow-orange


def test_enter_on_a_member_finding_opens_that_member(qtbot, session, make_window):
    demo = demo_council(TODAY)
    writes.import_councils([demo])
    chair = demo.members[0]
    # A second member from the chair's organisation: Art. 14 allows one per organisation.
    twin_id = writes.add_member(
        demo.id,
        Member("", "Бермет Осмонова", "female", chair.organization.upper(), "member", TODAY),
    )
    window = make_window()
    overview = _overview(window)
    rows = [r for r, f in enumerate(overview.model.records())
            if f.rule == "composition.organization"]
    assert len(rows) == 1
    assert overview.model.records()[rows[0]].subject == twin_id

    overview.view.setFocus()
    overview.view.setCurrentIndex(overview.model.index(rows[0], 0))
    with qtbot.waitSignal(session.navigate_requested) as signal:
        QTest.keyClick(overview.view, Qt.Key.Key_Return)
    assert signal.args == ["member", twin_id]
    tab = members_tab(window)
    assert window.tabs.currentWidget() is tab
    assert tab.selected_record().id == twin_id
    org = tab.indicators.organization_label
    assert org.property("state") == "violation"
    assert org.text().startswith("Art. 14: Бермет Осмонова is a second member from")


def test_a_lawful_council_shows_that_nothing_is_due(qtbot, session, make_window):
    council_id = writes.create_council("", "Кеңеш", "Министрлик", TODAY, dt.date(2029, 2, 28))
    for i, sex in enumerate(["female", "male"] * 3 + ["female"]):
        writes.add_member(council_id, Member("", f"Мүчө {i}", sex, f"Уюм {i}", "member", TODAY))
    window = make_window()
    overview = _overview(window)
    assert overview.model.rowCount() == 0
    assert overview.stack.currentWidget() is overview.empty
    assert overview.empty.text() == "Nothing is due: every rule is kept."

    # Adding an eighth member from the same organisation shows at once.
    writes.add_member(council_id, Member("", "Мүчө 8", "male", "Уюм 1", "member", TODAY))
    session.notify_changed()
    assert overview.model.rowCount() == 1
    assert overview.stack.currentWidget() is overview.view


def test_only_the_current_councils_findings_are_listed(qtbot, session, make_window):
    demo = demo_council(TODAY)
    writes.import_councils([demo])
    other = writes.create_council("", "Бош кеңеш", "Министрлик", TODAY, dt.date(2029, 2, 28))
    window = make_window()
    window.reload_councils(other)
    model = _overview(window).model
    assert {f.council for f in model.records()} == {other}
    assert [f.rule for f in model.records()] == ["composition.size"]


def test_finding_table_model_passes_the_model_tester(qtmodeltester, session):
    demo = demo_council(TODAY)
    writes.import_councils([demo])
    session.select_council(demo.id)
    overview_model = FindingTableModel(session)
    from kenesh_desktop.rules.checks import run_checks

    overview_model.set_records(run_checks(session.all_councils(), TODAY))
    assert overview_model.rowCount() > 0
    assert _rows(overview_model)[0][ARTICLE].startswith("Art. ")
    qtmodeltester.check(overview_model)


def test_a_notice_that_arrived_late_says_how_late_not_how_long_ago(qtbot, session, make_window):
    """Issue 17: "41 days overdue" for a notice that did arrive."""
    writes.import_councils([demo_council(TODAY)])
    window = make_window()
    model = _overview(window).model
    rows = [r for r, f in enumerate(model.records()) if f.rule == "notice.late"]
    assert rows
    for row in rows:
        finding = model.record(row)
        late = (finding.details["received"] - finding.due).days
        assert model.data(model.index(row, DAYS)) == (
            f"{late} day late" if late == 1 else f"{late} days late")


def test_acknowledging_a_violation_that_cannot_be_mended(qtbot, session, make_window, answers):
    from ui_driver import click_ok, open_dialog, type_text

    from kenesh_desktop.store import acknowledgements as ack
    from kenesh_desktop.ui.dialogs.acknowledge import AcknowledgeDialog

    demo = demo_council(TODAY)
    writes.import_councils([demo])
    window = make_window()
    overview = _overview(window)
    model = overview.model
    late = next(r for r, f in enumerate(model.records()) if f.rule == "notice.late")
    overdue = next(r for r, f in enumerate(model.records())
                   if f.details.get("status") == "overdue")
    overview.view.selectRow(overdue)
    assert not overview.acknowledge_button.isEnabled()  # it can still be mended
    overview.view.selectRow(late)
    finding = model.record(late)
    assert overview.acknowledge_button.isEnabled()
    overview.acknowledge_button.click()
    dialog = open_dialog(overview, AcknowledgeDialog)
    type_text(dialog.note, "Комиссия кечигип кабарлады")
    click_ok(qtbot, dialog)
    kept = ack.acknowledgements(demo.id)[(finding.rule, finding.subject)]
    assert kept.note == "Комиссия кечигип кабарлады" and kept.on == TODAY
    assert finding not in model.records()  # set aside
    assert "Acknowledged: 1." in overview.summary.text()
    overview.show_acknowledged.setChecked(True)
    row = model.records().index(finding)
    assert model.data(model.index(row, DAYS)) == "acknowledged"
    assert model.data(model.index(row, SEVERITY)) == "Acknowledged"
    window.undo_action.trigger()  # undoable like every edit
    assert ack.acknowledgements(demo.id) == {}
    window.redo_action.trigger()
    overview.view.selectRow(model.records().index(finding))
    assert overview.withdraw_button.isEnabled()
    overview.withdraw()
    assert ack.acknowledgements(demo.id) == {}
