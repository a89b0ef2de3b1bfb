"""Who presided and who took the minutes (rules/signers.py, DOMAIN.md "Minutes as a signed
record"): the recorded person when they were present; otherwise the chair if present, else a
deputy chair present, else nobody (a line to sign by hand); the secretary takes the minutes
by default. An absent chair, a former member or a stale record never signs."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import signers
from kenesh_desktop.rules.records import Council, Meeting, Member, Term

D = dt.date
DAY = D(2027, 3, 15)


def _council(present: list[str], **meeting) -> Council:
    roles = ["chair", "deputy_chair", "deputy_chair", "secretary", "member", "member", "member"]
    members = [Member(f"m{i}", f"Мүчө {i}", "female", f"Уюм {i}", role, D(2026, 1, 1))
               for i, role in enumerate(roles, start=1)]
    # The first deputy chair was appointed later than the second.
    members[1].start = D(2026, 6, 1)
    sitting = Meeting(id="s1", number=1, date=DAY, present=present, **meeting)
    return Council("kk", "КК", "Министрлик", terms=[Term(D(2026, 1, 1), D(2027, 12, 31))],
                   members=members, meetings=[sitting])


def _ids(member: Member | None) -> str | None:
    return member.id if member else None


def test_the_chair_present_presides():
    council = _council(["m1", "m2", "m4", "m5"])
    assert _ids(signers.presiding(council, council.meetings[0])) == "m1"
    assert _ids(signers.minutes_by(council, council.meetings[0])) == "m4"


def test_an_absent_chair_leaves_it_to_a_deputy_chair_present():
    council = _council(["m2", "m3", "m4"])
    # Of two deputies present, the one appointed last (m2) presides.
    assert _ids(signers.presiding(council, council.meetings[0])) == "m2"
    council = _council(["m3", "m5"])
    assert _ids(signers.presiding(council, council.meetings[0])) == "m3"


def test_nobody_to_preside_or_take_the_minutes_leaves_lines_to_fill_by_hand():
    council = _council(["m5", "m6", "m7"])
    meeting = council.meetings[0]
    assert signers.presiding(council, meeting) is None
    assert signers.minutes_by(council, meeting) is None


def test_a_recorded_present_member_is_used():
    council = _council(["m1", "m4", "m5", "m6"], presiding="m5", minutes_by="m6")
    meeting = council.meetings[0]
    assert _ids(signers.presiding(council, meeting)) == "m5"
    assert _ids(signers.minutes_by(council, meeting)) == "m6"


@pytest.mark.parametrize("recorded", ["m1", "m9", "nobody"])
def test_a_recorded_person_not_present_is_never_a_signer(recorded):
    # m1 (the chair) absent, m9 unknown: the default (the deputy m2) presides instead.
    council = _council(["m2", "m4"], presiding=recorded, minutes_by=recorded)
    meeting = council.meetings[0]
    assert _ids(signers.presiding(council, meeting)) == "m2"
    assert _ids(signers.minutes_by(council, meeting)) == "m4"
    assert not signers.may_sign(council, meeting, recorded)


def test_a_member_whose_membership_ended_before_the_sitting_does_not_sign():
    council = _council(["m1", "m4"])
    council.members[0].end = DAY - dt.timedelta(days=1)
    meeting = council.meetings[0]
    assert signers.presiding(council, meeting) is None
    assert not signers.may_sign(council, meeting, "m1")
    council.members[0].end = DAY  # the last day of the membership still counts
    assert _ids(signers.presiding(council, meeting)) == "m1"


def test_may_sign_only_a_present_member():
    council = _council(["m1", "m5"])
    meeting = council.meetings[0]
    assert signers.may_sign(council, meeting, "m5")
    assert not signers.may_sign(council, meeting, "m6")
    assert not signers.may_sign(council, meeting, None)
