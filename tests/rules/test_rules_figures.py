"""Every deadline and count follows the council's rulebook, at its boundary: a rulebook in which
every figure differs from Law No. 74 (the agenda 3 days ahead, notices 4, the plan's copy in 7
days, answers in 10, the competition announced 3 months before the term ends and formed 10
days before, 2 months of intake, 3 letters, a quorum of half, adoption by a third of those
present at least, at most half of one sex, two members per organisation, a 3-year term and
deadlines shown 7 days ahead) is checked by its own figures, never by the law's."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

import pytest
from rules_factory import TERM_END, TODAY, D, candidate, competition, council, sitting

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.competition import (
    INCOMPLETE,
    candidate_state,
    documents_complete,
    missing_documents,
    received_in_window,
    selection_preview,
)
from kenesh_desktop.rules.composition import composition_status
from kenesh_desktop.rules.deadlines import OVERDUE, request_state
from kenesh_desktop.rules.meetings import meeting_quorum
from kenesh_desktop.rules.outcome import ADOPTED, NO_QUORUM, meeting_outcomes, outcome_of
from kenesh_desktop.rules.records import AgendaItem, AnnualPlan, CommissionNotice, Request
from kenesh_desktop.rules.rulebook import LAW_74, Adoption

ODD = replace(
    LAW_74, key="odd", name="Положение", short_name="Положение", source="Приказ № 1",
    min_members=5, max_members=9, max_same_sex_share=Fraction(1, 2),
    max_members_per_organization=2, term_years=3, announce_months_before_term_end=3,
    intake_months_after_publication=2, formed_days_before_term_end=10,
    min_recommendation_letters=3, quorum_share=Fraction(1, 2),
    adoption=Adoption(Fraction(1, 3), "present", more_than=False),
    agenda_notice_days=3, commission_notice_days=4, plan_copy_days=7, answer_days=10,
    upcoming_days=7, articles={"composition": 9, "sittings": 13, "state_body": 5},
)


def odd_council():
    """Six members, three of each sex: lawful under ODD."""
    c = council("odd", female=3, male=3)
    c.rulebook = ODD
    return c


def found(c, today, rule):
    return [(f.severity, f.due) for f in run_checks([c], today) if f.rule == rule]


def test_the_odd_council_breaks_no_rule():
    assert run_checks([odd_council()], TODAY) == []


@pytest.mark.parametrize(("sent", "today", "expected"), [
    (D(2027, 3, 17), TODAY, []),
    (D(2027, 3, 18), TODAY, [("violation", D(2027, 3, 17))]),
    (None, D(2027, 3, 10), [("upcoming", D(2027, 3, 17))]),  # 7 days ahead
    (None, D(2027, 3, 9), []),  # 8 days ahead: not yet shown
])
def test_the_agenda_three_days_ahead_shown_seven_days_before(sent, today, expected):
    c = odd_council()
    sitting(c, 1, D(2027, 3, 20), present=6).agenda_sent = sent
    assert found(c, today, "meeting.agenda_notice") == expected


@pytest.mark.parametrize(("answered", "today", "expected"), [
    (D(2027, 3, 11), D(2027, 4, 1), []),
    (D(2027, 3, 12), D(2027, 4, 1), [("violation", D(2027, 3, 11))]),
    (None, D(2027, 3, 4), [("upcoming", D(2027, 3, 11))]),
    (None, D(2027, 3, 3), []),
])
def test_answers_in_ten_days(answered, today, expected):
    c = odd_council()
    c.requests.append(Request("r1", "1", "Бюджет", "Министр", D(2027, 3, 1), answered))
    assert found(c, today, "request.answer_due") == expected
    state = request_state(D(2027, 3, 1), answered, today, ODD)
    assert state.due == D(2027, 3, 11)


def test_an_unanswered_request_is_overdue_the_day_after_its_tenth():
    state = request_state(D(2027, 3, 1), None, D(2027, 3, 12), ODD)
    assert (state.status, state.due, state.days_overdue) == (OVERDUE, D(2027, 3, 11), 1)


@pytest.mark.parametrize(("received", "expected"), [
    (D(2027, 3, 16), []), (D(2027, 3, 17), [("violation", D(2027, 3, 16))])])
def test_a_commissions_notice_four_days_ahead(received, expected):
    c = odd_council()
    c.notices.append(CommissionNotice("n1", "Тендердик комиссия", received, D(2027, 3, 20)))
    assert found(c, TODAY, "notice.late") == expected


@pytest.mark.parametrize(("sent", "today", "expected"), [
    (D(2027, 2, 8), TODAY, []),
    (D(2027, 2, 9), TODAY, [("violation", D(2027, 2, 8))]),
    (None, D(2027, 2, 1), [("upcoming", D(2027, 2, 8))]),
    (None, D(2027, 1, 31), []),
])
def test_the_plans_copy_in_seven_days(sent, today, expected):
    c = odd_council()
    c.plans.append(AnnualPlan(2027, approved=D(2027, 2, 1), sent=sent))
    assert found(c, today, "plan.copy_due") == expected


ANNOUNCE_DUE = D(2027, 10, 14)  # the term ends 2028-01-14: three months before
FORMED_DUE = D(2028, 1, 4)  # ten days before


@pytest.mark.parametrize(("announced", "today", "expected"), [
    (ANNOUNCE_DUE, D(2027, 11, 1), []),
    (D(2027, 10, 15), D(2027, 11, 1), [("violation", ANNOUNCE_DUE)]),
    (None, D(2027, 10, 7), [("upcoming", ANNOUNCE_DUE)]),
    (None, D(2027, 10, 6), []),
])
def test_the_competition_announced_three_months_before_the_term_ends(announced, today,
                                                                      expected):
    c = odd_council()
    if announced is not None:
        c.competitions.append(competition("k1", announced=announced))
    assert found(c, today, "competition.announcement") == expected


@pytest.mark.parametrize(("formed", "today", "expected"), [
    (FORMED_DUE, D(2028, 1, 10), []),
    (D(2028, 1, 5), D(2028, 1, 10), [("violation", FORMED_DUE)]),
    (None, D(2027, 12, 28), [("upcoming", FORMED_DUE)]),
    (None, D(2027, 12, 27), []),
])
def test_the_next_composition_formed_ten_days_before_the_term_ends(formed, today, expected):
    c = odd_council()
    c.competitions.append(competition("k1", announced=ANNOUNCE_DUE, formed=formed))
    assert found(c, today, "competition.formed") == expected


@pytest.mark.parametrize(("received", "late"), [(D(2027, 12, 20), False),
                                                (D(2027, 12, 21), True)])
def test_two_months_of_intake(received, late):
    c = odd_council()
    c.competitions.append(competition("k1", announced=ANNOUNCE_DUE, published=D(2027, 10, 20),
                                      candidates=[candidate("x", received=received,
                                                            letters=3)]))
    findings = [f for f in run_checks([c], D(2028, 1, 1)) if f.rule == "competition.intake"]
    assert [f.details["last_day"] for f in findings] == ([D(2027, 12, 20)] if late else [])
    assert received_in_window(received, D(2027, 10, 20), ODD) is not late


@pytest.mark.parametrize(("letters", "missing"), [(2, ["recommendation_letters"]), (3, [])])
def test_three_letters_of_recommendation(letters, missing):
    c = odd_council()
    c.competitions.append(competition("k1", announced=ANNOUNCE_DUE,
                                      candidates=[candidate("x", letters=letters)]))
    findings = [f for f in run_checks([c], TODAY) if f.rule == "candidate.documents"]
    assert [(f.details["missing"], f.details["letters"], f.details["min_letters"])
            for f in findings] == ([(missing, letters, 3)] if missing else [])
    x = candidate("x", letters=letters)
    assert documents_complete(x.documents, ODD) is not missing
    assert (candidate_state(x, ODD) == INCOMPLETE) is bool(missing)


def test_letters_not_recorded_are_none_even_where_one_letter_is_enough():
    one = replace(LAW_74, min_recommendation_letters=1)
    documents = {"application": True, "cv_with_photo": True, "vision": True}
    assert missing_documents(documents, one) == ["recommendation_letters"]
    assert missing_documents({**documents, "recommendation_letters": 1}, one) == []


def test_a_quorum_of_half_and_adoption_by_a_third_of_those_present():
    c = odd_council()
    s = sitting(c, 1, D(2027, 2, 1), present=3)
    s.items.append(AgendaItem("Бюджет", votes={"oddm1": "for", "oddm2": "against",
                                               "oddm3": "against"}))
    quorum = meeting_quorum(c, s, ODD)
    assert (quorum.needed, quorum.reached) == (3, True)
    assert meeting_outcomes(c, s, ODD) == [ADOPTED]
    assert outcome_of(c, s, s.items[0], ODD) == ADOPTED
    assert outcome_of(c, s, s.items[0]) == NO_QUORUM  # by the law: 3 of 6 is no quorum


def test_the_composition_by_the_rulebooks_share_of_one_sex_and_term():
    c = odd_council()
    c.terms[0].end = D(2029, 1, 14)  # three years less a day
    status = composition_status(c, TODAY, ODD)
    assert status.gender.max_same_sex == 3 and status.gender.ok
    assert status.term.last_allowed_end == D(2029, 1, 14) and status.term.ok
    assert status.size.article == status.organization.article == 9
    assert status.one_council.article == status.term.article == 9
    assert status.ok
    law = composition_status(c, TODAY, LAW_74)
    assert law.gender.max_same_sex == 4 and not law.term.ok


def test_a_selection_previewed_by_the_rulebooks_figures():
    c = odd_council()
    people = [candidate(f"f{i}", "female", letters=3) for i in range(4)]
    people += [candidate("m1", "male", letters=3, organization="«Уюм f0»"),
               candidate("m2", "male", letters=2)]
    k = competition("k1", announced=ANNOUNCE_DUE, candidates=people)
    odd = selection_preview(k, c, [], ODD, day=TODAY)
    assert [p.key for p in odd.problems] == ["gender", "incomplete"]
    assert odd.problems[0].article == 9
    assert odd.problems[1].details["missing"] == ["recommendation_letters"]
    assert (odd.problems[1].details["letters"], odd.problems[1].details["min_letters"]) == (2, 3)
    law = selection_preview(k, c, [], LAW_74, day=TODAY)
    assert [p.key for p in law.problems] == ["size", "organization"]


def test_the_law_is_what_the_odd_figures_are_compared_with():
    # the boundaries above are the odd rulebook's: under the law the same records differ
    c = odd_council()
    c.rulebook = None
    c.requests.append(Request("r1", "1", "Бюджет", "Министр", D(2027, 3, 1), D(2027, 3, 12)))
    assert found(c, TODAY, "request.answer_due") == []
    assert TERM_END - dt.timedelta(days=10) == FORMED_DUE
