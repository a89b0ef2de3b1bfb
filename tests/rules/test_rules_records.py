"""A council's records looked up by id, number and year (rules/records.py): the one found, or
None when there is none, never another record."""

from __future__ import annotations

from rules_factory import D, council

from kenesh_desktop.rules.records import AnnualPlan, Meeting, Term


def test_records_are_found_by_their_id_number_or_year_and_none_otherwise():
    c = council()
    c.meetings += [Meeting("s1", 1, D(2027, 1, 10)), Meeting("s2", 2, D(2027, 2, 10))]
    c.plans += [AnnualPlan(2026), AnnualPlan(2027)]
    assert c.member("c1m2") is c.members[1] and c.member("nobody") is None
    assert c.meeting("s2") is c.meetings[1] and c.meeting("s9") is None
    assert c.meeting_by_number(2) is c.meetings[1] and c.meeting_by_number(3) is None
    assert c.plan(2027) is c.plans[1] and c.plan(2028) is None


def test_a_term_covers_its_first_and_last_day():
    term = Term(D(2026, 1, 15), D(2028, 1, 14))
    assert term.covers(D(2026, 1, 15)) and term.covers(D(2028, 1, 14))
    assert not term.covers(D(2026, 1, 14)) and not term.covers(D(2028, 1, 15))
