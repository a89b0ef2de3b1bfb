"""The demo council: deterministic for a day, a valid exchange file, realistic, and showing
the faults it exists to show (a sitting without a quorum, an overdue request, deadlines to
come) on whatever day it is built for."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kenesh_desktop.demo import DEMO_COUNCIL_ID, demo_council
from kenesh_desktop.lang import identity_key
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.dates import add_days, add_months
from kenesh_desktop.rules.findings import RULE_IDS, UPCOMING, VIOLATION
from kenesh_desktop.rules.terms import term_last_day
from kenesh_desktop.store.exchange import parse_exchange, to_exchange

DAY = dt.date(2027, 3, 1)
days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2040, 12, 31))


def test_same_day_same_council():
    assert demo_council(DAY) == demo_council(DAY)
    assert demo_council(DAY) != demo_council(add_days(DAY, 1))


def test_composition_is_lawful_and_kyrgyz():
    council = demo_council(DAY)
    assert council.id == DEMO_COUNCIL_ID
    assert len(council.members) == 13
    assert Counter(m.sex for m in council.members) == {"female": 6, "male": 7}
    roles = Counter(m.role for m in council.members)
    assert roles["chair"] == roles["deputy_chair"] == roles["secretary"] == 1
    organizations = {identity_key(m.organization) for m in council.members}
    assert len(organizations) == 13
    # The letters a broken font loses (DOMAIN.md) are in the names, so documents show them.
    names = " ".join(m.full_name for m in council.members).lower()
    assert all(letter in names for letter in "ңөү")


@pytest.mark.parametrize("day", [DAY, dt.date(2029, 11, 14)])  # the latter: no 29 February start
def test_term_ends_months_after_today_and_lasts_two_years(day):
    council = demo_council(day)
    (term,) = council.terms
    assert add_months(day, 3) <= term.end <= add_months(day, 4)
    assert term_last_day(term.start) == term.end  # the longest term Art. 14 allows


def test_sittings_tell_the_demo_stories():
    council = demo_council(DAY)
    meetings = council.meetings
    past = [m for m in meetings if m.date <= DAY]
    assert 10 <= len(past) <= 12
    assert [m.number for m in meetings] == list(range(1, len(meetings) + 1))
    assert [m.date for m in meetings] == sorted(m.date for m in meetings)
    # Art. 17: exactly one sitting below two thirds of 13 (9 needed).
    assert [len(m.present) for m in past if len(m.present) * 3 < 13 * 2] == [7]
    extraordinary = [m for m in meetings if m.kind == "extraordinary"]
    assert len(extraordinary) == 1 and council.member(extraordinary[0].called_by) is not None
    # Art. 18: the agenda went out late (after date - 2 days) exactly once.
    late = [m for m in past if m.agenda_sent > add_days(m.date, -2)]
    assert len(late) == 1
    unfinished = [m for m in meetings if not m.finalized]
    assert 1 <= len(unfinished) <= 2 and all(m in meetings[-2:] for m in unfinished)
    for meeting in past:
        assert 2 <= len(meeting.items) <= 4
        assert meeting.place.startswith("Бишкек")
        for item in meeting.items:
            assert set(item.votes) <= set(meeting.present)
    choices = Counter(v for m in past for i in m.items for v in i.votes.values())
    assert choices["against"] > 0 and choices["abstain"] > 0


def test_plans_requests_and_competition():
    council = demo_council(DAY)
    plan = council.plan(DAY.year)
    assert plan is not None and council.plan(DAY.year - 1) is not None
    assert len(plan.items) == 8
    assert plan.sent <= add_days(plan.approved, 5)  # Art. 18: copy on time
    open_requests = [r for r in council.requests if r.answered is None]
    assert any(add_days(r.registered, 14) < DAY for r in open_requests)
    assert any(add_days(r.registered, 14) >= DAY for r in open_requests)
    assert any(p.considered_at for p in council.proposals)
    assert any(p.considered_at is None for p in council.proposals)
    (competition,) = council.competitions
    assert competition.announced <= add_months(council.terms[0].end, -2)
    assert len(competition.candidates) == 8
    for candidate in competition.candidates:
        assert competition.published <= candidate.received <= DAY
    assert any(c.documents["recommendation_letters"] < 2 for c in competition.candidates)
    assert sum(not all(c.requirements.values()) for c in competition.candidates) == 1


@settings(max_examples=40, deadline=None)
@given(today=days)
def test_any_day_gives_a_valid_file_and_the_intended_findings(today):
    council = demo_council(today)
    # A valid exchange file: every reference resolves, no vote by an absent member.
    assert parse_exchange(to_exchange([council])) == [council]
    findings = run_checks([council], today)
    assert {f.rule for f in findings} <= set(RULE_IDS)
    violations = {f.rule for f in findings if f.severity == VIOLATION}
    assert {"meeting.quorum", "request.answer_due", "meeting.agenda_notice"} <= violations
    assert not any(f.rule.startswith("composition.") for f in findings)
    assert "plan.copy_due" not in violations
    assert any(f.severity == UPCOMING for f in findings)
    # Everything recorded as done happened on or before today.
    assert all(m.date <= today for m in council.meetings if m.finalized)
    assert all(r.answered is None or r.answered <= today for r in council.requests)
    assert all(p.approved <= today and p.sent <= today for p in council.plans)


def test_the_term_never_runs_a_day_too_long_from_29_february():
    """Issue 16, finding 13: for 14 November 2025 (2029, 2033, 2037) two years back from the
    term's end landed on 29 February and the term ran one day longer than Art. 14 allows."""
    from kenesh_desktop.rules.composition import term_ok

    for year in (2025, 2029, 2033, 2037):
        council = demo_council(dt.date(year, 11, 14))
        [term] = council.terms
        assert term.end == dt.date(year + 1, 2, 28)
        assert term.start == dt.date(year - 1, 3, 1)
        assert term_ok(term.start, term.end)
        assert not any(f.rule == "composition.term"
                       for f in run_checks([council], dt.date(year, 11, 14)))
