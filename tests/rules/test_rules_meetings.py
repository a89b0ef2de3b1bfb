"""Art. 17 quorum at exactly 2/3 and one under for every lawful size, vote counting, and the
adoption rule of DOMAIN.md "Still to settle" (votes for more than half of those present)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rules_factory import TERM_START, D, council, member

from kenesh_desktop.rules.meetings import (
    VoteTotals,
    adopted,
    meeting_quorum,
    quorum_needed,
    quorum_reached,
    vote_totals,
)
from kenesh_desktop.rules.records import Meeting
from kenesh_desktop.rules.rulebook import LAW_74

# Worked by hand from "at least 2/3 of the members": ceil(n * 2 / 3).
QUORUM = {7: 5, 8: 6, 9: 6, 10: 7, 11: 8, 12: 8, 13: 9, 14: 10, 15: 10}


@pytest.mark.parametrize("n", sorted(QUORUM))
def test_quorum_at_two_thirds_and_one_under(n):
    needed = QUORUM[n]
    assert quorum_needed(n, LAW_74) == needed
    assert quorum_reached(needed, n, LAW_74)
    assert not quorum_reached(needed - 1, n, LAW_74)


def test_quorum_follows_the_rulebook():
    half = replace(LAW_74, quorum_share=Fraction(1, 2))
    assert quorum_needed(13, half) == 7
    assert quorum_reached(7, 13, half) and not quorum_reached(6, 13, half)


@given(
    members=st.integers(min_value=0, max_value=60),
    present=st.integers(min_value=0, max_value=60),
    num=st.integers(min_value=1, max_value=9),
    den=st.integers(min_value=1, max_value=9),
)
def test_adding_a_present_member_never_loses_a_quorum(members, present, num, den):
    rb = replace(LAW_74, quorum_share=Fraction(num, den))
    if quorum_reached(present, members, rb):
        assert quorum_reached(present + 1, members, rb)
    # and the needed count is exactly the threshold
    needed = quorum_needed(members, rb)
    assert quorum_reached(needed, members, rb)
    assert needed == 0 or not quorum_reached(needed - 1, members, rb)


def test_vote_totals_count_each_choice():
    totals = vote_totals({"a": "for", "b": "for", "c": "against", "d": "abstain"})
    assert totals == VoteTotals(for_=2, against=1, abstain=1)
    assert totals.cast == 4
    assert vote_totals({}) == VoteTotals(0, 0, 0)


def test_vote_totals_refuse_an_unknown_choice():
    with pytest.raises(ValueError, match="maybe"):
        vote_totals({"a": "for", "b": "maybe"})


@pytest.mark.parametrize(
    ("for_", "present", "ok"),
    [(5, 9, True), (4, 9, False), (6, 10, True), (5, 10, False), (7, 13, True), (6, 13, False)],
)
def test_adopted_when_for_is_more_than_half_of_present(for_, present, ok):
    # Abstentions count as present, not as for: 5 for and 5 abstaining of 10 is not adopted.
    totals = VoteTotals(for_=for_, against=0, abstain=present - for_)
    assert adopted(totals, present, LAW_74) is ok


def test_meeting_quorum_counts_members_active_on_the_sittings_date():
    c = council(female=4, male=3)  # 7 members from the term's start
    c.members.append(member("left", end=D(2026, 4, 30)))
    c.members.append(member("new", start=D(2026, 6, 1)))
    sitting = Meeting(id="s1", number=1, date=D(2026, 5, 15))
    # 7 active on 15 May (the one who left and the one not yet started do not count): 5 needed
    sitting.present = [m.id for m in c.members[:4]] + ["left", "new", "guest"]
    status = meeting_quorum(c, sitting, LAW_74)
    assert (status.present, status.members, status.needed) == (4, 7, 5)
    assert not status.reached and status.missing == 1 and status.article == 17
    sitting.present.append(c.members[4].id)
    status = meeting_quorum(c, sitting, LAW_74)
    assert status.reached and status.missing == 0


def test_meeting_quorum_ignores_a_repeated_id():
    c = council()
    sitting = Meeting(id="s1", number=1, date=TERM_START, present=["c1m1"] * 5)
    assert meeting_quorum(c, sitting, LAW_74).present == 1


@pytest.mark.parametrize(("present", "missing"), [(0, 9), (8, 1), (9, 0), (10, 0), (13, 0)])
def test_missing_is_how_many_more_the_quorum_needs_and_never_below_none(present, missing):
    """13 members need 9: above the quorum nobody is missing (not a negative count)."""
    c = council(female=7, male=6)
    sitting = Meeting(id="s1", number=1, date=TERM_START,
                      present=[m.id for m in c.members[:present]])
    status = meeting_quorum(c, sitting, LAW_74)
    assert (status.needed, status.missing, status.reached) == (9, missing, present >= 9)
