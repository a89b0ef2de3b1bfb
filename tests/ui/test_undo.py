"""Protects issue 17's undo and redo: every kind of edit the window makes is taken back by
Edit → Undo exactly (every row of the database as before, cascaded rows included) and made
again by Redo; one history per council; finalizing and writes made outside the history cannot
be undone past; a change that can no longer be undone says so and writes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from meetings_driver import council_with
from ui_driver import TODAY

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store import forming, queries, writes
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import models as m
from kenesh_desktop.store import plan_writes as pw
from kenesh_desktop.store import request_writes as rw

D = dt.date


def full_council() -> r.Council:
    """A council with a record of every kind (a sitting with 7 present and a guest, a
    request, a proposal, a notice, a plan with an item, an open competition)."""
    base = council_with(9)
    sitting = dataclasses.replace(
        base.meetings[0], present=[f"m{i}" for i in range(1, 8)],
        guests=[r.Guest("Конок Бир", "Уюм", "media")],
        items=[r.AgendaItem("Маселе 1", votes={"m1": "for"}), r.AgendaItem("Маселе 2")])
    return dataclasses.replace(
        base, meetings=[sitting],
        requests=[r.Request("r1", "КК-01", "Бюджет", "Министр", D(2027, 2, 1))],
        proposals=[r.Proposal("p1", "Жаран", D(2027, 2, 2), "Сунуш")],
        notices=[r.CommissionNotice("n1", "Тендердик комиссия", D(2027, 2, 3),
                                    D(2027, 2, 10), "m2")],
        plans=[r.AnnualPlan(2027, items=[r.PlanItem("Угуу", D(2027, 6, 30), "Катчы")])],
        competitions=[r.Competition("c1", D(2027, 10, 1), D(2027, 10, 5), None, [
            r.Candidate("k1", "Талапкер Бир", "male", "Уюм", D(2027, 10, 20))])])


def member(code: str, name: str = "Жаңы Мүчө") -> r.Member:
    return r.Member(code, name, "female", "Жаңы уюм", "member", D(2026, 3, 1))


EDITS = {
    "council": lambda: writes.update_council("kk", name="Жаңы аты"),
    "add member": lambda: writes.add_member("kk", member("m20")),
    "edit member": lambda: writes.update_member("kk", dataclasses.replace(
        queries.load_council("kk").member("m3"), organization="Башка уюм")),
    "end membership": lambda: writes.end_membership("kk", "m9", D(2027, 2, 1)),
    "delete member": lambda: writes.delete_member("kk", "m9"),
    "add sitting": lambda: mw.create_meeting("kk", D(2027, 3, 20), place="Зал"),
    "edit sitting": lambda: mw.update_meeting("kk", "s1", place="Башка зал"),
    "delete sitting": lambda: mw.delete_meeting("kk", "s1"),
    "attendance": lambda: mw.set_attendance("kk", "s1", "m8", True, ""),
    "absent with votes": lambda: mw.set_attendance("kk", "s1", "m1", False, "Ооруп"),
    "all present": lambda: mw.all_present("kk", "s1"),
    "representative": lambda: mw.set_state_body_representative("kk", "s1", "К. Асанов"),
    "add guest": lambda: mw.add_guest("kk", "s1", r.Guest("Конок Эки", "", "expert")),
    "edit guest": lambda: mw.update_guest("kk", "s1", 0, r.Guest("Конок Бир", "Башка", "media")),
    "remove guest": lambda: mw.remove_guest("kk", "s1", 0),
    "add item": lambda: mw.add_agenda_item("kk", "s1", r.AgendaItem("Жаңы маселе")),
    "edit item": lambda: mw.update_agenda_item("kk", "s1", 0, r.AgendaItem("Өзгөргөн")),
    "move item": lambda: mw.move_agenda_item("kk", "s1", 0, 1),
    "remove item": lambda: mw.remove_agenda_item("kk", "s1", 0),
    "agenda sent": lambda: mw.set_agenda_sent("kk", "s1", D(2027, 2, 26)),
    "vote": lambda: mw.set_vote("kk", "s1", 0, "m2", "against"),
    "all present for": lambda: mw.all_present_for("kk", "s1", 1),
    "add request": lambda: rw.add_request("kk", r.Request("", "КК-02", "Тема", "Орун басар",
                                                          D(2027, 2, 20))),
    "edit request": lambda: rw.update_request("kk", r.Request("r1", "КК-01", "Башка тема",
                                                             "Министр", D(2027, 2, 1))),
    "answer": lambda: rw.record_answer("kk", "r1", D(2027, 2, 10), "Жооп"),
    "delete request": lambda: rw.delete_request("kk", "r1"),
    "add proposal": lambda: rw.add_proposal("kk", r.Proposal("", "Автор", D(2027, 2, 5),
                                                             "Экинчи сунуш")),
    "edit proposal": lambda: rw.update_proposal("kk", r.Proposal("p1", "Жаран", D(2027, 2, 2),
                                                                "Өзгөргөн", "s1", "Кабыл")),
    "delete proposal": lambda: rw.delete_proposal("kk", "p1"),
    "add notice": lambda: rw.add_notice("kk", r.CommissionNotice(
        "", "Аттестациялык комиссия", D(2027, 2, 4), D(2027, 2, 12))),
    "edit notice": lambda: rw.update_notice("kk", r.CommissionNotice(
        "n1", "Тендердик комиссия", D(2027, 2, 3), D(2027, 2, 10), "m2", attended=True)),
    "delete notice": lambda: rw.delete_notice("kk", "n1"),
    "new plan": lambda: pw.create_plan("kk", 2028),
    "add plan item": lambda: pw.add_plan_item("kk", 2027, r.PlanItem("Отчет", D(2027, 12, 31))),
    "edit plan item": lambda: pw.update_plan_item("kk", 2027, 0, r.PlanItem("Угуу 2")),
    "remove plan item": lambda: pw.remove_plan_item("kk", 2027, 0),
    "approve plan": lambda: pw.approve_plan("kk", 2027, "s1"),
    "edit competition": lambda: cw.update_competition("kk", "c1", D(2027, 9, 30),
                                                      D(2027, 10, 5)),
    "delete competition": lambda: cw.delete_competition("kk", "c1"),
    "add candidate": lambda: cw.add_candidate("kk", "c1", r.Candidate(
        "", "Талапкер Эки", "female", "Уюм", D(2027, 10, 21))),
    "edit candidate": lambda: cw.update_candidate("kk", r.Candidate(
        "k1", "Талапкер Бир", "male", "Башка уюм", D(2027, 10, 20))),
    "select candidate": lambda: cw.set_selected("kk", "k1", True),
    "delete candidate": lambda: cw.delete_candidate("kk", "k1"),
}


def snapshot() -> dict:
    """Every record row of the database (the audit trail aside), without the rows' versions
    (every change raises them, undo and redo included: store/changes.py)."""
    return {model.__name__: sorted((tuple(sorted((k, v) for k, v in row.items()
                                                 if k != "version"))
                                    for row in model.select().dicts()), key=repr)
            for model in m.RECORD_MODELS}


@pytest.fixture
def council(session):
    writes.import_councils([full_council()])
    session.select_council("kk")
    return "kk"


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_kind_of_edit_is_undone_and_redone(council, session, kind):
    history = session.history
    before = snapshot()
    history.record(kind, EDITS[kind])
    after = snapshot()
    assert after != before, "the edit changed nothing"
    group = history.group
    assert group.canUndo() and group.undoText() == kind
    group.undo()
    assert snapshot() == before
    assert group.canRedo() and not group.canUndo()
    group.redo()
    assert snapshot() == after
    group.undo()
    assert snapshot() == before


def test_edit_menu_undoes_a_tick_in_the_attendance(qtbot, council, session, make_window):
    window = make_window()
    tab = window.tab("MeetingsTab")
    window.tabs.setCurrentWidget(tab)
    model = tab.detail.attendance.model
    assert model.set_present("m8", True)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo: Attendance of " + model.row(
        model.row_of("m8")).member.full_name
    window.undo_action.trigger()
    assert "m8" not in queries.load_council("kk").meetings[0].present
    assert "m8" not in model.present_ids()  # the tab shows it at once
    window.redo_action.trigger()
    assert "m8" in model.present_ids()


def test_the_council_selector_follows_an_undone_rename(qtbot, council, session, make_window):
    second = dataclasses.replace(council_with(7), id="kk2", name="Экинчи кеңеш", meetings=[])
    writes.import_councils([second])
    window = make_window()
    window.reload_councils("kk")
    selector = window.council_selector
    old = selector.currentText()
    session.history.record("Council", EDITS["council"])
    session.notify_changed()
    assert selector.currentText() == "Жаңы аты" and "Жаңы аты" in window.windowTitle()
    window.undo_action.trigger()
    assert selector.currentText() == old and old in window.windowTitle()
    assert selector.itemText(selector.findData("kk2")) == "Экинчи кеңеш"
    window.redo_action.trigger()
    assert selector.currentText() == "Жаңы аты"


def test_a_dialog_is_one_step_of_the_history(qtbot, council, session, make_window, answers):
    from ui_driver import add_member_via_dialog

    window = make_window()
    add_member_via_dialog(qtbot, window, "Айпери Жаңыбаева", "female", "Жаңы уюм")
    assert "Айпери Жаңыбаева" in [x.full_name for x in queries.load_council("kk").members]
    assert window.undo_action.text() == "&Undo: Add member"  # the dialog's title
    window.undo_action.trigger()
    assert "Айпери Жаңыбаева" not in [x.full_name for x in queries.load_council("kk").members]
    assert window.redo_action.text() == "&Redo: Add member"


def test_each_council_has_its_own_history(council, session):
    second = dataclasses.replace(council_with(7), id="kk2", name="Экинчи кеңеш", meetings=[])
    writes.import_councils([second])  # a council added: nothing before it can be undone
    history = session.history
    history.record("representative", EDITS["representative"])
    session.select_council("kk2")
    assert not history.group.canUndo()  # kk2's history is empty
    history.record("add member", lambda: writes.add_member("kk2", member("m30")))
    session.select_council("kk")
    assert history.group.undoText() == "representative"
    session.select_council("kk2")
    assert history.group.undoText() == "add member"


def test_finalizing_cannot_be_undone_nor_anything_before_it(council, session):
    history = session.history
    history.record("representative", EDITS["representative"])
    history.record("Finalize sitting", lambda: mw.finalize("kk", "s1", today=TODAY))
    assert not history.group.canUndo()  # reopening needs a stated reason, never an undo


def test_a_write_outside_the_history_forgets_it(council, session):
    history = session.history
    history.record("representative", EDITS["representative"])
    mw.set_agenda_sent("kk", "s1", D(2027, 2, 20))  # not recorded (another part, a script)
    session.notify_changed()
    assert not history.group.canUndo()


def test_an_undo_that_no_longer_fits_says_so_and_writes_nothing(council, session):
    history = session.history
    said: list[str] = []
    history.refused.connect(said.append)
    history.record("add member", EDITS["add member"])
    stack = history.group.activeStack()
    # The row changed behind the history's back, and the counter of such writes is reset to
    # what the history last saw, as if it had not noticed.
    from kenesh_desktop.store import changes

    seen = changes.unrecorded_writes
    m.Member.update(organization="Кимдир бирөө").where(m.Member.code == "m20").execute()
    changes.unrecorded_writes = seen
    before = snapshot()
    stack.undo()
    assert snapshot() == before
    assert said and "can no longer be undone" in said[0]


def test_a_quick_run_of_the_same_change_is_one_step(council, session, monkeypatch):
    """The agenda's date stepped day by day with the arrow keys: one Undo goes back to before
    the run; the same change made later is a step of its own."""
    from kenesh_desktop.ui import undo

    clock = [100.0]
    monkeypatch.setattr(undo.time, "monotonic", lambda: clock[0])
    history = session.history
    for day in (20, 21, 22):
        history.record("Agenda", lambda day=day: mw.set_agenda_sent("kk", "s1", D(2027, 2, day)))
        clock[0] += 0.3
    assert history.group.activeStack().count() == 1
    clock[0] += 10
    history.record("Agenda", lambda: mw.set_agenda_sent("kk", "s1", D(2027, 2, 25)))
    assert history.group.activeStack().count() == 2
    history.group.undo()
    assert queries.load_council("kk").meetings[0].agenda_sent == D(2027, 2, 22)
    history.group.undo()
    assert queries.load_council("kk").meetings[0].agenda_sent is None


def test_forming_the_new_composition_is_undone_and_redone(session):
    """Forming ends the memberships, adds the selected candidates as members, records the
    formed date and the next composition: one step, taken back whole."""
    documents = {"application": True, "cv_with_photo": True, "recommendation_letters": 2,
                 "vision": True}
    candidates = [
        r.Candidate(f"k{i}", f"Талапкер {i}", "female" if i % 2 else "male", f"Уюм К{i}",
                    D(2027, 10, 20), dict(documents), {key: True for key in r.REQUIREMENT_KEYS},
                    selected=True)
        for i in range(1, 8)]
    council = dataclasses.replace(
        council_with(9), meetings=[],
        competitions=[r.Competition("c1", D(2027, 10, 1), D(2027, 10, 5), None, candidates)])
    writes.import_councils([council])
    session.select_council("kk")
    before = snapshot()
    session.history.record("Form the new composition",
                           lambda: forming.form_composition("kk", "c1", D(2027, 12, 1)))
    after = snapshot()
    assert len(queries.load_council("kk").members) == 16
    session.history.group.undo()
    assert snapshot() == before
    session.history.group.redo()
    assert snapshot() == after
