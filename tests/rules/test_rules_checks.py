"""run_checks: each of the 15 rules of DOMAIN.md "Checks, exactly" produces its Finding on
small hand-built councils, and does not produce it one day earlier or later at the boundary;
subjects, due dates, severities and the order of the findings."""

from __future__ import annotations

import dataclasses
import datetime as dt

from rules_factory import (
    TERM_END,
    TERM_START,
    TODAY,
    D,
    candidate,
    competition,
    council,
    everything_wrong,
    sitting,
)

from kenesh_desktop.rules.checks import RULE_TOPICS, rule_article, run_checks
from kenesh_desktop.rules.findings import RULE_IDS
from kenesh_desktop.rules.records import AnnualPlan, CommissionNotice, Request
from kenesh_desktop.rules.terms import next_competition


def found(councils, today, rule):
    """(severity, council, subject, due) of every finding of `rule`."""
    if not isinstance(councils, list):
        councils = [councils]
    return [
        (f.severity, f.council, f.subject, f.due)
        for f in run_checks(councils, today)
        if f.rule == rule
    ]


def test_a_clean_council_has_no_findings():
    assert run_checks([council("c1"), council("c2")], TODAY) == []


# composition.size


def test_size_below_and_above_the_range():
    assert found(council(female=3, male=3), TODAY, "composition.size") == [
        ("violation", "c1", "c1", None)
    ]
    assert found(council(female=4, male=3), TODAY, "composition.size") == []
    assert found(council(female=8, male=7), TODAY, "composition.size") == []
    assert found(council(female=8, male=8), TODAY, "composition.size") == [
        ("violation", "c1", "c1", None)
    ]


def test_size_only_within_the_term():
    small = council(female=3, male=3)
    assert found(small, TERM_START, "composition.size")
    assert found(small, TERM_END, "composition.size")
    assert found(small, TERM_START - dt.timedelta(days=1), "composition.size") == []
    assert found(small, TERM_END + dt.timedelta(days=1), "composition.size") == []


def test_size_counts_members_active_today():
    c = council(female=4, male=3)
    c.members[0].end = TODAY  # still active today
    assert found(c, TODAY, "composition.size") == []
    assert found(c, TODAY + dt.timedelta(days=1), "composition.size")


# composition.gender


def test_gender_one_over_the_limit():
    assert found(council(female=5, male=2), TODAY, "composition.gender") == [
        ("violation", "c1", "c1", None)
    ]
    assert found(council(female=2, male=5), TODAY, "composition.gender")
    assert found(council(female=4, male=3), TODAY, "composition.gender") == []
    assert found(council(female=9, male=4), TODAY, "composition.gender") == []
    [finding] = [
        f for f in run_checks([council(female=10, male=4)], TODAY) if f.rule == "composition.gender"
    ]
    assert finding.details["sex"] == "female"
    assert (finding.details["count"], finding.details["active"]) == (10, 14)
    assert (finding.details["limit"], finding.details["percent"]) == (9, 71)


# composition.organization


def test_one_finding_for_every_member_after_the_first_from_an_organisation():
    c = council(female=4, male=4)
    c.members[0].organization = "«Ачык маалымат» КБ"
    c.members[5].organization = "ачык  маалымат кб"
    c.members[3].organization = '"Ачык маалымат" КБ'
    c.members[3].start = D(2026, 2, 1)  # started after c1m6, so reported after it
    assert found(c, TODAY, "composition.organization") == [
        ("violation", "c1", "c1m4", None),
        ("violation", "c1", "c1m6", None),
    ]
    c.members[5].end = TODAY - dt.timedelta(days=1)  # no longer a member today
    assert [s for _, _, s, _ in found(c, TODAY, "composition.organization")] == ["c1m4"]


# composition.one_council


def test_one_council_by_pin_one_finding_per_council():
    a, b = council("a"), council("b")
    a.members[0].pin = b.members[6].pin = "21204199000123"
    assert found([a, b], TODAY, "composition.one_council") == [
        ("violation", "a", "am1", None),
        ("violation", "b", "bm7", None),
    ]


def test_one_council_by_name_with_yo_when_a_pin_is_missing():
    a, b, c = council("a"), council("b"), council("c")
    a.members[1].full_name = "Алёна Сейдакматова"
    b.members[2].full_name = "алена  сейдакматова"
    c.members[3].full_name = "АЛЕНА СЕЙДАКМАТОВА"
    c.members[3].pin = "11111111111111"
    findings = [f for f in run_checks([a, b, c], TODAY) if f.rule == "composition.one_council"]
    assert [(f.council, f.subject) for f in findings] == [("a", "am2"), ("b", "bm3"), ("c", "cm4")]
    assert findings[0].details["other_councils"] == ["b", "c"]


def test_one_council_different_pins_are_different_people():
    a, b = council("a"), council("b")
    a.members[0].full_name = b.members[0].full_name = "Асан Үсөнов"
    a.members[0].pin, b.members[0].pin = "21204199000123", "21204199000999"
    assert found([a, b], TODAY, "composition.one_council") == []


def test_one_council_only_while_active_in_both():
    a, b = council("a"), council("b")
    a.members[0].pin = b.members[0].pin = "21204199000123"
    b.members[0].end = TODAY - dt.timedelta(days=1)
    assert found([a, b], TODAY, "composition.one_council") == []
    b.members[0].end = TODAY
    assert len(found([a, b], TODAY, "composition.one_council")) == 2


# composition.term


def test_term_two_years_minus_a_day_and_one_more():
    assert found(council(term_end=D(2028, 1, 14)), TODAY, "composition.term") == []
    assert found(council(term_end=D(2028, 1, 15)), TODAY, "composition.term") == [
        ("violation", "c1", "c1", None)
    ]


# meeting.quorum


def test_quorum_of_a_pastsitting():
    c = council(female=4, male=3)  # 7 members: 5 needed
    sitting(c, 1, D(2027, 2, 1), present=5)
    sitting(c, 2, D(2027, 2, 15), present=4)
    assert found(c, TODAY, "meeting.quorum") == [("violation", "c1", "s2", None)]
    [finding] = [f for f in run_checks([c], TODAY) if f.rule == "meeting.quorum"]
    assert finding.details == finding.details | {"present": 4, "members": 7, "needed": 5}


def test_quorum_only_for_sittings_on_or_before_today():
    c = council()
    sitting(c, 1, TODAY, present=0, sent=D(2027, 2, 20))
    assert found(c, TODAY, "meeting.quorum") == [("violation", "c1", "s1", None)]
    assert found(c, TODAY - dt.timedelta(days=1), "meeting.quorum") == []


# meeting.agenda_notice


def test_agenda_sent_on_the_due_day_and_the_day_after():
    sitting_day, due = D(2027, 3, 10), D(2027, 3, 8)
    c = council()
    meeting = sitting(c, 1, sitting_day, sent=due)
    assert found(c, D(2027, 3, 20), "meeting.agenda_notice") == []
    meeting.agenda_sent = due + dt.timedelta(days=1)
    assert found(c, D(2027, 3, 20), "meeting.agenda_notice") == [("violation", "c1", "s1", due)]


def test_agenda_not_sent_upcoming_then_violation():
    c = council()
    meeting = sitting(c, 1, D(2027, 3, 10))
    meeting.agenda_sent = None
    due = D(2027, 3, 8)
    assert found(c, due, "meeting.agenda_notice") == [("upcoming", "c1", "s1", due)]
    assert found(c, D(2027, 3, 9), "meeting.agenda_notice") == [("violation", "c1", "s1", due)]
    assert found(c, D(2027, 2, 22), "meeting.agenda_notice") == [("upcoming", "c1", "s1", due)]
    assert found(c, D(2027, 2, 21), "meeting.agenda_notice") == []


# request.answer_due


def test_request_answer_due_on_day_14():
    c = council()
    request = Request(
        id="r1", number="12", subject="Бюджет", addressee="Министр", registered=D(2027, 3, 1)
    )
    c.requests.append(request)
    due = D(2027, 3, 15)
    assert found(c, D(2027, 3, 1), "request.answer_due") == [("upcoming", "c1", "r1", due)]
    assert found(c, due, "request.answer_due") == [("upcoming", "c1", "r1", due)]
    assert found(c, D(2027, 3, 16), "request.answer_due") == [("violation", "c1", "r1", due)]
    assert found(c, D(2027, 2, 28), "request.answer_due") == []
    request.answered = due
    assert found(c, D(2027, 4, 1), "request.answer_due") == []
    request.answered = D(2027, 3, 16)
    assert found(c, D(2027, 4, 1), "request.answer_due") == [("violation", "c1", "r1", due)]


# notice.late


def test_notice_received_two_days_before_and_one_day_later():
    c = council()
    notice = CommissionNotice(
        id="n1", commission="Тендердик комиссия", received=D(2027, 2, 8), sitting=D(2027, 2, 10)
    )
    c.notices.append(notice)
    assert found(c, TODAY, "notice.late") == []
    notice.received = D(2027, 2, 9)
    assert found(c, TODAY, "notice.late") == [("violation", "c1", "n1", D(2027, 2, 8))]


# plan.copy_due


def test_plan_copy_due_five_days_after_approval():
    c = council()
    plan = AnnualPlan(year=2027, approved=D(2027, 1, 20), sent=D(2027, 1, 25))
    c.plans.append(plan)
    due = D(2027, 1, 25)
    assert found(c, TODAY, "plan.copy_due") == []
    plan.sent = D(2027, 1, 26)
    assert found(c, TODAY, "plan.copy_due") == [("violation", "c1", "2027", due)]
    plan.sent = None
    assert found(c, due, "plan.copy_due") == [("upcoming", "c1", "2027", due)]
    assert found(c, D(2027, 1, 26), "plan.copy_due") == [("violation", "c1", "2027", due)]


def test_plan_not_yet_approved_has_no_copy_due():
    c = council()
    c.plans.append(AnnualPlan(year=2028))
    assert found(c, D(2028, 1, 1), "plan.copy_due") == []


# competition.announcement (term ends 2028-01-14: due 2027-11-14)

ANNOUNCE_DUE = D(2027, 11, 14)


def test_announcement_none_upcoming_then_violation_on_the_council():
    c = council()
    assert found(c, D(2027, 10, 30), "competition.announcement") == []
    assert found(c, D(2027, 10, 31), "competition.announcement") == [
        ("upcoming", "c1", "c1", ANNOUNCE_DUE)
    ]
    assert found(c, ANNOUNCE_DUE, "competition.announcement") == [
        ("upcoming", "c1", "c1", ANNOUNCE_DUE)
    ]
    assert found(c, D(2027, 11, 15), "competition.announcement") == [
        ("violation", "c1", "c1", ANNOUNCE_DUE)
    ]


def test_announcement_on_the_due_day_and_the_day_after():
    c = council()
    c.competitions.append(competition("k1", announced=ANNOUNCE_DUE))
    assert found(c, D(2027, 12, 1), "competition.announcement") == []
    c.competitions[0].announced = D(2027, 11, 15)
    assert found(c, D(2027, 12, 1), "competition.announcement") == [
        ("violation", "c1", "k1", ANNOUNCE_DUE)
    ]


def test_announcement_judges_the_latest_competition():
    c = council()
    late = competition("k-late", announced=D(2027, 11, 20))
    early = competition("k-early", announced=D(2027, 11, 1))
    c.competitions += [late, early]
    assert next_competition(c, D(2027, 12, 1)) is late
    assert found(c, D(2027, 12, 1), "competition.announcement") == [
        ("violation", "c1", "k-late", ANNOUNCE_DUE)
    ]
    # none announced: the last in the list, and it is not yet announced
    c.competitions = [competition("k-a"), competition("k-b")]
    assert found(c, D(2027, 11, 15), "competition.announcement") == [
        ("violation", "c1", "k-b", ANNOUNCE_DUE)
    ]


def test_the_competition_that_formed_this_composition_is_not_the_next_one():
    c = council()
    c.competitions.append(competition("old", announced=D(2025, 11, 1), formed=D(2026, 1, 5)))
    assert next_competition(c, D(2027, 11, 15)) is None
    assert found(c, D(2027, 11, 15), "competition.announcement") == [
        ("violation", "c1", "c1", ANNOUNCE_DUE)
    ]


# competition.intake


def test_intake_one_month_from_publication():
    c = council()
    published = D(2027, 10, 5)
    people = [
        candidate("on-first", received=published),
        candidate("on-last", received=D(2027, 11, 5)),
        candidate("day-after", received=D(2027, 11, 6)),
        candidate("too-early", received=D(2027, 10, 4)),
        candidate("no-date", received=None),
    ]
    c.competitions.append(
        competition(announced=D(2027, 10, 1), published=published, candidates=people)
    )
    assert found(c, TODAY, "competition.intake") == [
        ("violation", "c1", "day-after", None),
        ("violation", "c1", "too-early", None),
    ]


# competition.formed (term ends 2028-01-14: due 2028-01-07)

FORMED_DUE = D(2028, 1, 7)


def test_formed_on_the_due_day_and_the_day_after():
    c = council()
    c.competitions.append(competition("k1", announced=D(2027, 11, 1), formed=FORMED_DUE))
    assert found(c, D(2028, 1, 10), "competition.formed") == []
    c.competitions[0].formed = D(2028, 1, 8)
    assert found(c, D(2028, 1, 10), "competition.formed") == [("violation", "c1", "k1", FORMED_DUE)]


def test_not_formed_upcoming_then_violation():
    c = council()
    c.competitions.append(competition("k1", announced=D(2027, 11, 1)))
    assert found(c, D(2027, 12, 24), "competition.formed") == [("upcoming", "c1", "k1", FORMED_DUE)]
    assert found(c, D(2027, 12, 23), "competition.formed") == []
    assert found(c, FORMED_DUE, "competition.formed") == [("upcoming", "c1", "k1", FORMED_DUE)]
    assert found(c, D(2028, 1, 8), "competition.formed") == [("violation", "c1", "k1", FORMED_DUE)]


# candidate.documents and candidate.requirements


def test_selected_candidates_documents_and_requirements():
    c = council()
    people = [
        candidate("ok"),
        candidate("one-letter", letters=1),
        candidate("no-vision", vision=False),
        candidate("not-selected", letters=0, selected=False, reputation=False),
        candidate("record", no_criminal_record=False),
        candidate("unrecorded", independent=None),
    ]
    c.competitions.append(competition(announced=D(2027, 10, 1), candidates=people))
    assert [s for _, _, s, _ in found(c, TODAY, "candidate.documents")] == [
        "no-vision",
        "one-letter",
    ]
    assert [s for _, _, s, _ in found(c, TODAY, "candidate.requirements")] == [
        "record",
        "unrecorded",
    ]


# every rule, and the order


def test_every_rule_id_has_a_case():
    findings = run_checks(everything_wrong(), D(2028, 1, 15))
    assert {f.rule for f in findings} == set(RULE_IDS)
    assert {f.article for f in findings} == {14, 17, 18}
    assert all(f.article == 17 for f in findings if f.rule == "meeting.quorum")


def test_findings_are_sorted_by_due_council_rule_subject():
    today = D(2028, 1, 15)
    findings = run_checks(everything_wrong(), today)
    keys = [(f.due or today, f.council, f.rule, f.subject) for f in findings]
    assert keys == sorted(keys)
    assert findings[0].due == D(2027, 1, 25)  # plan copy, the earliest due date


def test_every_rule_has_its_article():
    assert tuple(RULE_TOPICS) == RULE_IDS
    assert [rule_article(rule) for rule in RULE_IDS] == [14] * 5 + [17] + [18] * 4 + [14] * 5


def test_dates_stored_before_the_limits_are_checked_without_stopping():
    # A database from before the store kept dates within 1900-2199 may hold 9999-12-31: the
    # check reports on every record instead of stopping with an OverflowError.
    c = council()
    c.requests.append(Request(id="r1", number="1", subject="Бюджет", addressee="Министр",
                              registered=D(9999, 12, 20)))
    c.requests.append(Request(id="r2", number="2", subject="Отчет", addressee="Министр",
                              registered=D(2027, 3, 1)))
    c.terms[0] = dataclasses.replace(c.terms[0], end=D(9999, 12, 31))
    assert found(c, D(2027, 3, 16), "request.answer_due") == [
        ("violation", "c1", "r2", D(2027, 3, 15))]
    findings = run_checks([c], D(2027, 3, 16))
    assert [f.subject for f in findings if f.rule == "composition.term"] == ["c1"]
