"""What each finding carries for its message (`Finding.details`, worded by messages.py and
shown by the Overview): every value of every rule, on the councils that break all fifteen
rules, so a message never lacks the number, name or day it states."""

from __future__ import annotations

import pytest
from rules_factory import D, everything_wrong

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.rulebook import LAW_74

DAY = D(2028, 1, 15)

EXPECTED = {
    ("plan.copy_due", "2027"): {
        "year": 2027, "approved": D(2027, 1, 20), "status": "late", "done_on": D(2027, 2, 1),
        "days_left": -355, "days_overdue": 7},
    ("meeting.agenda_notice", "s1"): {
        "number": 1, "date": D(2027, 2, 1), "status": "late", "done_on": D(2027, 1, 31),
        "days_left": -350, "days_overdue": 1},
    ("notice.late", "n1"): {
        "commission": "Тендердик комиссия", "sitting": D(2027, 9, 10),
        "received": D(2027, 9, 10)},
    ("request.answer_due", "r1"): {
        "number": "7", "request_subject": "Бюджет", "addressee": "Министр",
        "registered": D(2027, 9, 1), "status": "overdue", "done_on": None, "days_left": -122,
        "days_overdue": 122},
    ("competition.announcement", "k1"): {
        "term_end": D(2028, 1, 20), "competition": "k1", "status": "late",
        "done_on": D(2027, 12, 1), "days_left": -56, "days_overdue": 11},
    ("competition.announcement", "c2"): {
        "term_end": D(2028, 1, 31), "competition": None, "status": "overdue", "done_on": None,
        "days_left": -46, "days_overdue": 46},
    ("competition.formed", "k1"): {
        "term_end": D(2028, 1, 20), "competition": "k1", "status": "overdue", "done_on": None,
        "days_left": -2, "days_overdue": 2},
    ("competition.formed", "c2"): {
        "term_end": D(2028, 1, 31), "competition": None, "status": "upcoming",
        "done_on": None, "days_left": 9, "days_overdue": 0},
    ("candidate.documents", "x"): {
        "name": "Талапкер x", "competition": "k1", "missing": ["recommendation_letters"],
        "letters": 0, "min_letters": 2},
    ("candidate.requirements", "x"): {
        "name": "Талапкер x", "competition": "k1", "failed": ["reputation"],
        "unrecorded": []},
    ("competition.intake", "x"): {
        "name": "Талапкер x", "competition": "k1", "received": D(2028, 1, 5),
        "published": D(2027, 12, 1), "last_day": D(2028, 1, 1)},
    ("composition.gender", "c1"): {
        "sex": "female", "count": 6, "active": 7, "percent": 86, "limit": 4,
        "limit_percent": 70},
    ("composition.one_council", "c1m3"): {
        "name": "Чолпон c1m3", "other_councils": ["c2"], "other_council_names": ["Кеңеш c2"]},
    ("composition.one_council", "c2m1"): {
        "name": "Чолпон c1m3", "other_councils": ["c1"], "other_council_names": ["Кеңеш c1"]},
    ("composition.organization", "c1m2"): {
        "name": "Нургүл c1m2", "organization": "«Уюм c1m1» КБ", "first": "c1m1",
        "first_name": "Айгүл c1m1"},
    ("composition.term", "c1"): {
        "term_start": D(2026, 1, 15), "term_end": D(2028, 1, 20), "latest_end": D(2028, 1, 14),
        "years": 2},
    ("meeting.quorum", "s1"): {
        "number": 1, "date": D(2027, 2, 1), "present": 3, "members": 7, "needed": 5},
    ("composition.size", "c2"): {"active": 5, "min": 7, "max": 15},
}


def test_every_finding_carries_the_values_of_its_message():
    findings = run_checks(everything_wrong(), DAY)
    assert sorted((f.rule, f.subject) for f in findings) == sorted(EXPECTED)
    for finding in findings:
        details = dict(finding.details)
        assert details.pop("rulebook") is LAW_74
        assert details.pop("council_name") == f"Кеңеш {finding.council}"
        assert details == EXPECTED[(finding.rule, finding.subject)], finding.rule


def test_letters_never_recorded_are_counted_as_none():
    councils = everything_wrong()
    candidate = councils[0].competitions[0].candidates[0]
    del candidate.documents["recommendation_letters"]
    (documents,) = [f for f in run_checks(councils, DAY) if f.rule == "candidate.documents"]
    assert documents.details["letters"] == 0


def test_one_council_id_is_not_a_collection_of_ids():
    with pytest.raises(TypeError, match="^only takes a collection of council ids, not one id$"):
        run_checks(everything_wrong(), DAY, only="c1")
