"""No lost update in any form that edits a record as a whole (issue 19): a request, its answer,
a proposal, a notice, a competition, a candidate, the council's rules, a plan (its approval,
its copy, an activity), a sitting's guest, agenda item and speaker. Another person changes
the record while the form is open; OK is refused naming who (nothing saved), the form shows
the record as it now is, and a second OK saves the user's change on top of the other
person's, both kept."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from ui_driver import TODAY

from kenesh_desktop.demo import demo_council
from kenesh_desktop.rules.presets import OWN_KEY, draft_of, own_copy
from kenesh_desktop.rules.records import Guest, PlanItem, Speaker
from kenesh_desktop.rules.rulebook import LAW_74
from kenesh_desktop.store import competition_writes as cw
from kenesh_desktop.store import meeting_writes as mw
from kenesh_desktop.store import minutes_writes as nw
from kenesh_desktop.store import (
    plan_writes,
    queries,
    request_queries,
    request_writes,
    rulebook_writes,
    writes,
)
from kenesh_desktop.store.audit import current_user
from kenesh_desktop.ui.candidates.candidate_dialog import CandidateDialog
from kenesh_desktop.ui.candidates.dialogs import CompetitionDialog
from kenesh_desktop.ui.dialogs.rulebook import RulebookDialog
from kenesh_desktop.ui.meetings.common import MeetingContext
from kenesh_desktop.ui.meetings.dialogs import AgendaItemDialog, GuestDialog
from kenesh_desktop.ui.meetings.discussion import SpeakerDialog
from kenesh_desktop.ui.plan.approval import ApproveDialog, CopySentDialog
from kenesh_desktop.ui.plan.dialogs import PlanItemDialog
from kenesh_desktop.ui.requests.notices import NoticeDialog
from kenesh_desktop.ui.requests.proposals import ProposalDialog
from kenesh_desktop.ui.requests.request_dialogs import AnswerDialog, RequestDialog


@pytest.fixture
def council(session) -> str:
    demo = demo_council(TODAY)
    writes.import_councils([demo])
    session.select_council(demo.id)
    return demo.id


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def refused(qtbot, dialog) -> None:
    """OK is refused, naming who changed the record; the dialog stays open."""
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert current_user() in dialog.error.text() and "not saved" in dialog.error.text()


def saved(qtbot, dialog) -> None:
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()


def whole(council_id: str):
    return queries.load_council(council_id)


def saved_over_a_change(qtbot, dialog, edit, *shows) -> None:
    """The user's `edit` of a record another person changed since the form opened: OK is
    refused; then the form shows the record as it now is (each `(read, value)` of `shows`);
    the same edit made again is saved, on top of the other person's change."""
    edit()
    refused(qtbot, dialog)
    for read, value in shows:
        assert read() == value
    edit()
    saved(qtbot, dialog)


def test_a_request(qtbot, session, council):
    dialog = shown(qtbot, RequestDialog(session, request_queries.council_request(council, "r1")))
    other = dataclasses.replace(request_queries.council_request(council, "r1"),
                                subject="Бюджеттин аткарылышы тууралуу")
    request_writes.update_request(council, other)  # another person, meanwhile
    saved_over_a_change(
        qtbot, dialog, lambda: dialog.addressee.setText("Министрдин орун басары"),
        (dialog.subject.text, other.subject),  # the form shows the record as it is
        (lambda: request_queries.council_request(council, "r1").addressee, other.addressee))
    now = request_queries.council_request(council, "r1")
    assert (now.subject, now.addressee) == (other.subject, "Министрдин орун басары")


def test_an_answer(qtbot, session, council):
    request = request_queries.council_request(council, "r1")
    dialog = shown(qtbot, AnswerDialog(session, request))
    request_writes.update_request(council, dataclasses.replace(request, addressee="Башка"))
    saved_over_a_change(qtbot, dialog, lambda: dialog.summary.setPlainText("Жооп алынды"))
    now = request_queries.council_request(council, "r1")
    assert (now.addressee, now.answer_summary) == ("Башка", "Жооп алынды")


def test_a_proposal(qtbot, session, council):
    proposal = next(p for p in whole(council).proposals if p.id == "p1")
    dialog = shown(qtbot, ProposalDialog(session, proposal))
    request_writes.update_proposal(council, dataclasses.replace(proposal, outcome="Колдолду"))
    saved_over_a_change(qtbot, dialog, lambda: dialog.author.setText("Жаран Б. Бекова"),
                        (dialog.outcome.text, "Колдолду"))
    now = next(p for p in whole(council).proposals if p.id == "p1")
    assert (now.author, now.outcome) == ("Жаран Б. Бекова", "Колдолду")


def test_a_notice(qtbot, session, council):
    notice = next(n for n in whole(council).notices if n.id == "n1")
    dialog = shown(qtbot, NoticeDialog(session, notice))
    request_writes.update_notice(council, dataclasses.replace(notice, place="412-бөлмө"))
    saved_over_a_change(qtbot, dialog, lambda: dialog.notes.setPlainText("Байкоочу катышты"),
                        (dialog.place.text, "412-бөлмө"))
    now = next(n for n in whole(council).notices if n.id == "n1")
    assert (now.place, now.notes) == ("412-бөлмө", "Байкоочу катышты")


def test_a_competition(qtbot, session, council):
    competition = whole(council).competitions[0]
    dialog = shown(qtbot, CompetitionDialog(session, competition))
    announced = competition.announced or TODAY
    cw.update_competition(council, competition.id, announced, None)
    dialog.has_announced.setChecked(True)
    refused(qtbot, dialog)
    assert not dialog.has_published.isChecked()  # the publication taken back meanwhile
    saved(qtbot, dialog)
    assert whole(council).competitions[0].published is None


def test_a_candidate(qtbot, session, council):
    competition = whole(council).competitions[0]
    candidate = competition.candidates[0]
    dialog = shown(qtbot, CandidateDialog(session, competition, candidate))
    cw.update_candidate(council, dataclasses.replace(candidate, phone="+996 700 111 222"))
    saved_over_a_change(qtbot, dialog, lambda: dialog.email.setText("kandidat@example.kg"),
                        (dialog.phone.text, "+996 700 111 222"))
    now = whole(council).competitions[0].candidates[0]
    assert (now.phone, now.email) == ("+996 700 111 222", "kandidat@example.kg")


def test_the_councils_rules(qtbot, session, council):
    dialog = shown(qtbot, RulebookDialog(session, council_id=council))
    assert dialog.choice.currentData() == LAW_74.key
    own = own_copy(draft_of(LAW_74), "Коомдук кеңеш жөнүндө жобо").to_rulebook()
    rulebook_writes.set_rulebook(council, own)  # another person chose the council's own rules
    refused(qtbot, dialog)
    assert dialog.choice.currentData() == OWN_KEY  # the form shows the rules as they are now
    assert dialog.name.text() == "Коомдук кеңеш жөнүндө жобо"
    saved(qtbot, dialog)
    assert queries.rulebook_of(council).name == "Коомдук кеңеш жөнүндө жобо"


def test_a_plans_approval_after_an_activity_was_added(qtbot, session, council):
    plan = whole(council).plan(2027)
    dialog = shown(qtbot, ApproveDialog(session, plan))
    # An activity is a part of the plan: adding one makes the plan's form stale too.
    plan_writes.add_plan_item(council, 2027, PlanItem("Коомдук угуу", None, "Төрага",
                                                      "Угуу"))
    refused(qtbot, dialog)
    saved(qtbot, dialog)
    assert len(whole(council).plan(2027).items) == len(plan.items) + 1


def test_the_copy_of_a_plan(qtbot, session, council):
    plan = whole(council).plan(2027)
    dialog = shown(qtbot, CopySentDialog(session, plan))
    plan_writes.record_copy_sent(council, 2027, plan.approved, "01-12/45")
    saved_over_a_change(qtbot, dialog, lambda: dialog.letter.setText("01-12/46"),
                        (dialog.letter.text, "01-12/45"))
    assert whole(council).plan(2027).letter_number == "01-12/46"


def test_an_activity_is_not_saved_over_the_one_that_took_its_place(qtbot, session, council):
    plan = whole(council).plan(2027)
    first, second = plan.items[0], plan.items[1]
    dialog = shown(qtbot, PlanItemDialog(session, 2027, 0, first))
    plan_writes.remove_plan_item(council, 2027, 0)  # the second activity is now the first
    saved_over_a_change(
        qtbot, dialog, lambda: dialog.note.setText("Жылдык отчет менен"),
        (dialog.title.text, second.title),  # the form shows what is at its place now
        (lambda: whole(council).plan(2027).items[0].note, second.note))
    assert whole(council).plan(2027).items[0] == dataclasses.replace(
        second, note="Жылдык отчет менен")


def test_a_form_opened_after_a_change_shows_it_and_saves(qtbot, session, council):
    """The form reads the record as it is when it opens (not the table's copy), so a change
    made just before is shown, not silently written back over."""
    stale = request_queries.council_request(council, "r2")
    request_writes.update_request(council, dataclasses.replace(stale, subject="Жаңы тема"))
    dialog = shown(qtbot, RequestDialog(session, stale))
    assert dialog.subject.text() == "Жаңы тема"
    saved(qtbot, dialog)
    assert request_queries.council_request(council, "r2").subject == "Жаңы тема"


def open_sitting(council: str) -> MeetingContext:
    """A sitting still open (not finalized) with two guests (only) and two speakers on item 1
    (only)."""
    meeting = next(x for x in whole(council).meetings if not x.finalized and x.items)
    for _ in meeting.guests:
        mw.remove_guest(council, meeting.id, 0)
    for _ in meeting.items[0].speakers:
        nw.remove_speaker(council, meeting.id, 0, 0)
    for name in ("Бекова Айжан", "Осмонов Эрлан"):
        mw.add_guest(council, meeting.id, Guest(name, "Жарандык коом", "citizen"))
    for name in ("Сыдыкова Ү.", "Маңкеев Ө."):
        nw.add_speaker(council, meeting.id, 0, Speaker(name, "Колдоду"))
    return MeetingContext(whole(council), whole(council).meeting(meeting.id))


def test_a_guest(qtbot, session, council):
    ctx = open_sitting(council)
    guest = ctx.meeting.guests[0]
    dialog = shown(qtbot, GuestDialog(session, ctx, 0, guest))
    mw.update_guest(council, ctx.meeting_id, 0, dataclasses.replace(guest, category="media"))
    saved_over_a_change(qtbot, dialog, lambda: dialog.organization.setText("«Азаттык»"),
                        (dialog.category.currentData, "media"))
    assert whole(council).meeting(ctx.meeting_id).guests[0] == Guest(
        guest.full_name, "«Азаттык»", "media")


def test_an_agenda_item(qtbot, session, council):
    ctx = open_sitting(council)
    item = ctx.meeting.items[0]
    dialog = shown(qtbot, AgendaItemDialog(session, ctx, 0, item))
    mw.update_agenda_item(council, ctx.meeting_id, 0,
                          dataclasses.replace(item, speaker="Жеңишбеков Э."))
    saved_over_a_change(qtbot, dialog, lambda: dialog.decision.setPlainText("Колдоого алынсын."),
                        (dialog.speaker.text, "Жеңишбеков Э."))
    now = whole(council).meeting(ctx.meeting_id).items[0]
    assert (now.speaker, now.decision) == ("Жеңишбеков Э.", "Колдоого алынсын.")


def test_a_speaker(qtbot, session, council):
    ctx = open_sitting(council)
    speaker = ctx.meeting.items[0].speakers[1]
    dialog = shown(qtbot, SpeakerDialog(session, ctx, 0, 1, speaker))
    nw.update_speaker(council, ctx.meeting_id, 0, 1, Speaker("Маңкеев Өмүр", speaker.summary))
    saved_over_a_change(qtbot, dialog,
                        lambda: dialog.summary.setPlainText("Каршы болду"),
                        (dialog.name.currentText, "Маңкеев Өмүр"))
    assert whole(council).meeting(ctx.meeting_id).items[0].speakers[1] == Speaker(
        "Маңкеев Өмүр", "Каршы болду")


REPLACED = "was removed or replaced by someone else after you opened it: nothing was saved"


def refused_as_replaced(qtbot, dialog) -> None:
    """OK refused twice over: the form stays on what it showed and never takes up another
    record."""
    for _ in range(2):
        ok(qtbot, dialog)
        assert dialog.isVisible() and REPLACED in dialog.error.text()


def test_a_guest_is_not_saved_over_the_one_that_took_its_place(qtbot, session, council):
    ctx = open_sitting(council)
    first, second = ctx.meeting.guests
    dialog = shown(qtbot, GuestDialog(session, ctx, 0, first))
    mw.remove_guest(council, ctx.meeting_id, 0)  # the second guest now stands first
    dialog.organization.setText("«Азаттык»")
    refused_as_replaced(qtbot, dialog)
    assert dialog.full_name.text() == first.full_name
    assert whole(council).meeting(ctx.meeting_id).guests == [second]


def test_a_guest_added_in_place_of_a_removed_one_is_not_saved_over(qtbot, session, council):
    # SQLite gives the new guest the removed one's row id, and a new row starts at version 1:
    # only the audit entry that added it tells the two apart.
    ctx = open_sitting(council)
    first, second = ctx.meeting.guests
    dialog = shown(qtbot, GuestDialog(session, ctx, 1, second))
    mw.remove_guest(council, ctx.meeting_id, 1)
    newcomer = Guest("Третьякова Нина", "Медиа", "media")
    mw.add_guest(council, ctx.meeting_id, newcomer)
    dialog.organization.setText("«Азаттык»")
    refused_as_replaced(qtbot, dialog)
    assert whole(council).meeting(ctx.meeting_id).guests == [first, newcomer]


def test_a_guest_removed_before_the_form_opens_cannot_be_saved(qtbot, session, council):
    ctx = open_sitting(council)  # the tab's copy, a moment behind the database
    mw.remove_guest(council, ctx.meeting_id, 1)
    dialog = shown(qtbot, GuestDialog(session, ctx, 1, ctx.meeting.guests[1]))
    assert not dialog.ok_button().isEnabled()
    assert "There is no guest No. 2 in this sitting" in dialog.error.text()
    dialog.full_name.setText("Осмонов Э.")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)  # nor does Enter save
    assert dialog.isVisible()
    assert [g.full_name for g in whole(council).meeting(ctx.meeting_id).guests] == [
        ctx.meeting.guests[0].full_name]


def test_a_speaker_removed_meanwhile_is_not_written_anywhere(qtbot, session, council):
    ctx = open_sitting(council)
    dialog = shown(qtbot, SpeakerDialog(session, ctx, 0, 1, ctx.meeting.items[0].speakers[1]))
    nw.remove_speaker(council, ctx.meeting_id, 0, 1)
    dialog.summary.setPlainText("Каршы болду")
    for _ in range(2):  # refused, and refused again: the speaker is not there to save
        ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "There is no speaker No. 2 on item 1" in dialog.error.text()
    assert whole(council).meeting(ctx.meeting_id).items[0].speakers == [
        ctx.meeting.items[0].speakers[0]]
