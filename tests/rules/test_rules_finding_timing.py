"""Protects rules/finding_timing.py (issue 17): every rule's finding has a day and a standing
(the Overview's Due and Days), a notice that did arrive is late by the days it came after its
deadline and never "overdue" by today's count, and what cannot be mended any more says so."""

from __future__ import annotations

from rules_factory import TODAY, D, candidate, competition, council, everything_wrong, sitting

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.finding_timing import (
    LATE,
    LEFT,
    NOW,
    OVERDUE,
    PAST,
    finding_timing,
)
from kenesh_desktop.rules.finding_timing import (
    TODAY as DUE_TODAY,
)
from kenesh_desktop.rules.findings import RULE_IDS
from kenesh_desktop.rules.records import CommissionNotice, Request


def timing_of(c, today, rule):
    (finding,) = [f for f in run_checks([c], today) if f.rule == rule]
    return finding_timing(finding, today)


def test_every_rule_has_a_day_and_a_standing():
    day = D(2028, 1, 15)
    findings = run_checks(everything_wrong(), day)
    assert {f.rule for f in findings} == set(RULE_IDS)
    for finding in findings:
        timing = finding_timing(finding, day)
        assert timing.due is not None and timing.days >= 0, finding.rule
        if finding.due is not None and timing.standing != PAST:
            assert timing.due == finding.due  # the rule's own deadline where it has one


def test_a_request_on_its_due_day_the_day_after_and_answered_late():
    c = council()
    request = Request("r1", "12", "Бюджет", "Министр", D(2027, 3, 1))
    c.requests.append(request)
    due = D(2027, 3, 15)
    assert timing_of(c, D(2027, 3, 1), "request.answer_due").standing == LEFT
    on_the_day = timing_of(c, due, "request.answer_due")
    assert (on_the_day.standing, on_the_day.days, on_the_day.mendable) == (DUE_TODAY, 0, True)
    after = timing_of(c, D(2027, 3, 16), "request.answer_due")
    assert (after.standing, after.days, after.mendable) == (OVERDUE, 1, True)
    request.answered = D(2027, 3, 16)
    late = timing_of(c, D(2027, 5, 1), "request.answer_due")
    assert (late.due, late.standing, late.days, late.mendable) == (due, LATE, 1, False)


def test_a_notice_that_did_arrive_is_late_by_its_own_days_not_overdue_by_today():
    """Issue 17: "41 days overdue" for a notice that did arrive."""
    c = council()
    c.notices.append(CommissionNotice("n1", "Тендердик комиссия", received=D(2027, 2, 9),
                                      sitting=D(2027, 2, 10)))
    timing = timing_of(c, D(2027, 3, 22), "notice.late")
    assert (timing.due, timing.standing, timing.days) == (D(2027, 2, 8), LATE, 1)
    assert not timing.mendable


def test_a_sitting_without_quorum_is_past_on_its_day():
    c = council()
    sitting(c, 1, D(2027, 2, 20), present=1)
    timing = timing_of(c, TODAY, "meeting.quorum")
    assert (timing.due, timing.standing, timing.days) == (D(2027, 2, 20), PAST, 9)
    assert not timing.mendable


def test_a_state_of_the_composition_is_due_now():
    c = council()
    del c.members[6:]
    timing = timing_of(c, TODAY, "composition.size")
    assert (timing.due, timing.standing, timing.days, timing.mendable) == (TODAY, NOW, 0, True)


def test_documents_received_after_the_intake_are_late_by_their_own_days():
    c = council()
    c.competitions.append(competition("k1", announced=D(2027, 1, 10), published=D(2027, 1, 10),
                                      candidates=[candidate("x", received=D(2027, 2, 13))]))
    timing = timing_of(c, TODAY, "competition.intake")
    assert (timing.due, timing.standing, timing.days) == (D(2027, 2, 10), LATE, 3)
    assert not timing.mendable


def test_an_agenda_not_sent_is_counted_to_its_deadline_not_to_the_sittings_day():
    c = council()
    sitting(c, 1, D(2027, 3, 10), present=7).agenda_sent = None
    timing = timing_of(c, TODAY, "meeting.agenda_notice")
    assert (timing.due, timing.standing, timing.days) == (D(2027, 3, 8), LEFT, 7)


def test_a_finding_made_yesterday_and_shown_today_is_overdue():
    """The window left open past midnight: yesterday's "due today" is overdue by a day."""
    c = council()
    c.requests.append(Request("r1", "12", "Бюджет", "Министр", D(2027, 3, 1)))
    (finding,) = [f for f in run_checks([c], D(2027, 3, 15)) if f.rule == "request.answer_due"]
    timing = finding_timing(finding, D(2027, 3, 16))
    assert (timing.due, timing.standing, timing.days) == (D(2027, 3, 15), OVERDUE, 1)
