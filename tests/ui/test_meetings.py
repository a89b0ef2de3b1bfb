"""The Meetings tab as a secretary uses it: ticking attendance flips the quorum indicator
exactly at 2/3 (Art. 17) in the same event-loop turn, for 7, 13 and 15 members; absence
reasons; an absent member cannot vote (disabled cells, and absence removes votes after a
question); vote totals and the outcome live, never "adopted" at a sitting without a quorum;
a new (extraordinary) sitting; the agenda's order; the Art. 18 agenda check; and
qtmodeltester on every table model of the tab."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_driver import council_with, open_tab, present_row, press_space_on
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_driver import TODAY, open_dialog, type_text

from kenesh_desktop.rules.records import Guest, Speaker
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import queries
from kenesh_desktop.ui.meetings.agenda import AgendaTableModel
from kenesh_desktop.ui.meetings.attendance import AttendanceTableModel
from kenesh_desktop.ui.meetings.dialogs import AgendaItemDialog, MeetingDialog
from kenesh_desktop.ui.meetings.discussion import SpeakerTableModel
from kenesh_desktop.ui.meetings.votes import VoteTableModel

PRESENT = AttendanceTableModel.PRESENT
FOR, AGAINST, ABSTAIN = 1, 2, 3


def sitting(council_id: str = "kk", meeting_id: str = "s1"):
    return queries.load_council(council_id).meeting(meeting_id)


@pytest.mark.parametrize(("members", "needed"), [(7, 5), (13, 9), (15, 10)])
def test_the_quorum_flips_exactly_at_two_thirds(qtbot, session, members, needed):
    tab = open_tab(qtbot, session, council_with(members))
    view = tab.detail.attendance.view
    indicator = tab.detail.quorum
    assert indicator.objectName() == "QuorumIndicator"
    assert indicator.text() == (f"Present 0 of {members} — quorum {needed} (2/3, Art. 17): "
                                f"{needed} missing ✗")
    for row in range(members):
        press_space_on(qtbot, view, row, PRESENT)
        present = row + 1
        # Read at once, with no event processing in between: the indicator follows the
        # model's dataChanged in the same turn of the event loop as the key press.
        if present < needed:
            assert indicator.text() == (
                f"Present {present} of {members} — quorum {needed} (2/3, Art. 17): "
                f"{needed - present} missing ✗")
            assert indicator.property("state") == "violation"
        else:
            assert indicator.text() == (
                f"Present {present} of {members} — quorum {needed} (2/3, Art. 17) ✓")
            assert indicator.property("state") == "ok"
    assert len(sitting().present) == members
    # One unticked again: short by exactly one below the threshold.
    for row in range(members - needed + 1):
        press_space_on(qtbot, view, row, PRESENT)
    assert indicator.text().endswith("1 missing ✗")
    assert len(sitting().present) == needed - 1


def test_all_present_in_one_action_and_the_list_follows(qtbot, session):
    tab = open_tab(qtbot, session, council_with(13))
    qtbot.mouseClick(tab.detail.attendance.all_present_button, Qt.MouseButton.LeftButton)
    assert tab.detail.quorum.text() == "Present 13 of 13 — quorum 9 (2/3, Art. 17) ✓"
    assert len(sitting().present) == 13
    row = tab.model.row_where(lambda m: m.id == "s1")
    assert tab.model.index(row, 4).data() == "13/13"
    assert tab.model.index(row, 5).data() == "✓"


def test_an_absence_reason_is_typed_in_the_table(qtbot, session):
    tab = open_tab(qtbot, session, council_with(7))
    view = tab.detail.attendance.view
    row = present_row(tab, "m3")
    reason = view.model().index(row, AttendanceTableModel.REASON)
    view.setCurrentIndex(reason)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    type_text(editor, "иш сапарында")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits an editor's text in a queued call (Qt 6), after the key press.
    qtbot.waitUntil(lambda: sitting().absence_reasons == {"m3": "иш сапарында"})
    assert reason.data() == "иш сапарында"
    # A present member has no reason to type: the cell is not editable.
    press_space_on(qtbot, view, row, PRESENT)
    assert not view.model().flags(reason) & Qt.ItemFlag.ItemIsEditable
    assert sitting().absence_reasons == {}


def test_an_absent_member_cannot_vote(qtbot, session, answers):
    tab = open_tab(qtbot, session, council_with(7))
    qtbot.mouseClick(tab.detail.attendance.all_present_button, Qt.MouseButton.LeftButton)
    votes = tab.detail.votes
    tab.detail.pages.setCurrentWidget(votes)
    qtbot.mouseClick(votes.all_for_button, Qt.MouseButton.LeftButton)
    assert len(sitting().items[0].votes) == 7

    # Marking m4 absent: the user is told their vote goes, and may say no.
    view = tab.detail.attendance.view
    row = present_row(tab, "m4")
    answers.confirm = False
    press_space_on(qtbot, view, row, PRESENT)
    (question,) = answers.texts("confirm")
    assert NAME_OF["m4"] in question and "removes these votes" in question
    assert "m4" in sitting().present and "m4" in sitting().items[0].votes
    answers.confirm = True
    press_space_on(qtbot, view, row, PRESENT)
    assert "m4" not in sitting().present and "m4" not in sitting().items[0].votes

    # The absent member's vote cells are disabled, and a click on them changes nothing.
    model = votes.model
    vote_row = model.row_of("m4")
    for column in (FOR, AGAINST, ABSTAIN):
        index = model.index(vote_row, column)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    press_space_on(qtbot, votes.view, vote_row, FOR)
    assert not model.setData(model.index(vote_row, FOR), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    assert "m4" not in sitting().items[0].votes
    assert model.index(vote_row, 0).data() == f"{NAME_OF['m4']} (absent)"
    # "All present for" leaves the absent member out.
    qtbot.mouseClick(votes.all_for_button, Qt.MouseButton.LeftButton)
    assert sorted(sitting().items[0].votes) == ["m1", "m2", "m3", "m5", "m6", "m7"]


NAME_OF = {member.id: member.full_name for member in council_with(15).members}


def test_votes_totals_and_adoption_are_live(qtbot, session):
    tab = open_tab(qtbot, session, council_with(7))
    qtbot.mouseClick(tab.detail.attendance.all_present_button, Qt.MouseButton.LeftButton)
    votes = tab.detail.votes
    tab.detail.pages.setCurrentWidget(votes)
    result = votes.result
    assert result.objectName() == "VoteResult"
    # 7 present: adopted when for * 2 > 7, i.e. from 4 votes for (DOMAIN.md, Still to settle).
    for row in range(3):
        press_space_on(qtbot, votes.view, row, FOR)
    press_space_on(qtbot, votes.view, 3, ABSTAIN)
    press_space_on(qtbot, votes.view, 4, AGAINST)
    assert result.text() == ("For 3 · against 1 · abstained 1 — not adopted: 1/2 of the 7 "
                             "present or fewer voted for")
    press_space_on(qtbot, votes.view, 3, FOR)  # from abstained to for: one choice per member
    assert result.text() == ("For 4 · against 1 · abstained 0 — adopted: more than 1/2 of the "
                             "7 present voted for ✓")
    assert result.property("state") == "ok"
    model = votes.model
    assert model.index(3, ABSTAIN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    press_space_on(qtbot, votes.view, 3, FOR)  # unticked: the vote is taken back
    assert "For 3 · against 1 · abstained 0 — not adopted" in result.text()
    assert len(sitting().items[0].votes) == 4
    agenda = tab.detail.agenda.model
    assert agenda.index(0, 4).data() == "3 · 1 · 0"
    assert agenda.index(0, 5).data() == "not adopted"


def test_nothing_is_adopted_without_a_quorum(qtbot, session):
    tab = open_tab(qtbot, session, council_with(7))
    agenda = tab.detail.agenda.model
    votes = tab.detail.votes
    # A sitting prepared ahead: nobody marked yet, so no outcome is claimed either way.
    assert agenda.index(0, 5).data() == "attendance not recorded yet"
    assert votes.result.text() == "For 0 · against 0 · abstained 0 — no vote recorded"
    for row in range(4):  # 4 of 7: five are needed (Art. 17)
        press_space_on(qtbot, tab.detail.attendance.view, row, PRESENT)
    tab.detail.pages.setCurrentWidget(votes)
    qtbot.mouseClick(votes.all_for_button, Qt.MouseButton.LeftButton)
    assert votes.result.text() == (
        "For 4 · against 0 · abstained 0 — not adopted: the sitting has no quorum (Art. 17) ✗")
    assert votes.result.property("state") == "violation"
    assert agenda.index(0, 5).data() == "not adopted: no quorum (Art. 17)"
    assert len(sitting().items[0].votes) == 4  # recorded all the same, as what happened
    # The fifth member makes the quorum: the same votes now adopt the item.
    press_space_on(qtbot, tab.detail.attendance.view, 4, PRESENT)
    assert agenda.index(0, 5).data() == "adopted"
    assert votes.result.text().endswith("adopted: more than 1/2 of the 5 present voted for ✓")


def test_a_new_extraordinary_sitting_names_who_called_it(qtbot, session):
    tab = open_tab(qtbot, session, council_with(7))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(tab, MeetingDialog)
    assert dialog.number.value() == 2  # the next number of the council
    assert dialog.place.text() == "Чоң зал"  # where the last one was
    assert not dialog.called_by.isEnabled()
    dialog.date.setDate(dialog.date.date().addDays(9))
    dialog.kind.setCurrentIndex(dialog.kind.findData("extraordinary"))
    assert dialog.called_by.isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Art. 17" in dialog.error.text()
    dialog.called_by.setCurrentIndex(dialog.called_by.findData("m5"))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    created = sitting("kk", dialog.saved_id)
    assert (created.number, created.date, created.kind, created.called_by, created.time) == (
        2, TODAY + dt.timedelta(days=9), "extraordinary", "m5", "14:00")
    assert tab.selected_record().id == dialog.saved_id  # shown at once
    assert "called by " + NAME_OF["m5"] in tab.detail.heading.text()


def test_the_agenda_is_ordered_with_buttons_and_keys(qtbot, session, answers):
    tab = open_tab(qtbot, session, council_with(7, items=0))
    page = tab.detail.agenda
    tab.detail.pages.setCurrentWidget(page)
    for title, proposer in (("Бюджет", "council"), ("Мыйзам долбоору", "state_body"),
                            ("Отчет", "council")):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        dialog = open_dialog(page, AgendaItemDialog)
        type_text(dialog.title, title)
        type_text(dialog.speaker, "Ү. Сыдыков")
        dialog.proposed_by.setCurrentIndex(dialog.proposed_by.findData(proposer))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    items = sitting().items
    assert [(i.title, i.proposed_by) for i in items] == [
        ("Бюджет", "council"), ("Мыйзам долбоору", "state_body"), ("Отчет", "council")]
    assert page.model.index(1, 3).data() == "the state body"
    assert page.selected_index() == 2  # the item just added
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in sitting().items] == ["Бюджет", "Отчет", "Мыйзам долбоору"]
    assert page.selected_index() == 1  # the selection moves with the item
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in sitting().items] == ["Отчет", "Бюджет", "Мыйзам долбоору"]
    assert not page.up_button.isEnabled()  # already first
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in sitting().items] == ["Бюджет", "Отчет", "Мыйзам долбоору"]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Отчет" in answers.texts("confirm")[0]
    assert [i.title for i in sitting().items] == ["Бюджет", "Мыйзам долбоору"]

    # Editing keeps the votes and records what was heard and decided.
    page.select_record(0)
    dialog = page.edit_record()
    dialog.heard.setPlainText("Баяндама угулду.")
    dialog.decision.setPlainText("Колдоого алынсын.")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    item = sitting().items[0]
    assert (item.heard, item.decision, item.speaker) == (
        "Баяндама угулду.", "Колдоого алынсын.", "Ү. Сыдыков")


def test_the_agenda_notice_check_is_live(qtbot, session):
    # The sitting is on 10 March 2027: Art. 18 wants the agenda at the state body by 8 March.
    tab = open_tab(qtbot, session, council_with(7, sitting_day=dt.date(2027, 3, 10)))
    notice = tab.detail.agenda.notice
    assert notice.indicator.text() == ("Art. 18: due 2 days before: 8 March 2027 — not sent "
                                       "yet, 7 days left")
    qtbot.mouseClick(notice.sent, Qt.MouseButton.LeftButton)
    notice.sent_on.setDate(notice.sent_on.date().fromString("07.03.2027", "dd.MM.yyyy"))
    assert notice.indicator.text() == ("Art. 18: due 2 days before: 8 March 2027 — sent "
                                       "7 March 2027 ✓")
    assert notice.indicator.property("state") == "ok"
    assert sitting().agenda_sent == dt.date(2027, 3, 7)
    notice.sent_on.setDate(notice.sent_on.date().addDays(1))  # 8 March: the last day
    assert notice.indicator.property("state") == "ok"
    notice.sent_on.setDate(notice.sent_on.date().addDays(1))  # 9 March: a day late
    assert notice.indicator.text() == ("Art. 18: due 2 days before: 8 March 2027 — sent "
                                       "9 March 2027, 1 day late ✗")
    assert notice.indicator.property("state") == "violation"
    assert sitting().agenda_sent == dt.date(2027, 3, 9)
    qtbot.mouseClick(notice.sent, Qt.MouseButton.LeftButton)
    assert sitting().agenda_sent is None


def test_guests_and_the_representative(qtbot, session, answers):
    tab = open_tab(qtbot, session, council_with(7))
    page = tab.detail.attendance
    type_text(page.representative, "К. Асанов")
    page.representative.editingFinished.emit()
    assert sitting().state_body_representative == "К. Асанов"
    dialog = page.add_guest()
    type_text(dialog.full_name, "Айжан Ысакова")
    type_text(dialog.organization, "Азаттык")
    dialog.category.setCurrentIndex(dialog.category.findData("media"))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert sitting().guests == [Guest("Айжан Ысакова", "Азаттык", "media")]
    assert page.guest_model.index(0, 2).data() == "media"
    page.guests.selectRow(0)
    qtbot.mouseClick(page.remove_guest_button, Qt.MouseButton.LeftButton)
    assert sitting().guests == []


def test_every_table_model_passes_qtmodeltester(qtbot, qtmodeltester, session):
    council = council_with(13, items=2)
    sitting_record = council.meetings[0]
    sitting_record.present = [f"m{i}" for i in range(1, 10)]
    sitting_record.absence_reasons = {"m10": "ооруп калды"}
    sitting_record.items[0].votes = {"m1": "for", "m2": "against", "m3": "abstain"}
    sitting_record.guests = [Guest("Эксперт", "Институт", "expert")]
    sitting_record.items[0].speakers = [Speaker("Эксперт", "Колдойм"), Speaker("Мүчө")]
    tab = open_tab(qtbot, session, council)
    mw.create_meeting("kk", TODAY + dt.timedelta(days=20))
    session.notify_changed()
    detail = tab.detail
    detail.votes.items.select_item(0)
    detail.discussion.items.select_item(0)
    models = [tab.model, detail.attendance.model, detail.attendance.guest_model,
              detail.agenda.model, detail.votes.model, detail.discussion.model]
    assert [type(m) for m in models[1:2] + models[3:]] == [
        AttendanceTableModel, AgendaTableModel, VoteTableModel, SpeakerTableModel]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_the_window_shows_a_sitting_it_is_asked_to(qtbot, answers, make_window):
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    council = queries.load_council(window.session.council_id)
    target = council.meetings[2]
    window.session.navigate("meeting", target.id)
    tab = window.tabs.currentWidget()
    assert tab.objectName() == "MeetingsTab"
    assert tab.selected_record().id == target.id
    assert tab.detail.heading.text().startswith(f"Sitting No. {target.number} ·")
    assert window.navigate("meeting", "no-such-sitting") is False
