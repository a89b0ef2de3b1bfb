"""The outcome of an agenda item (DOMAIN.md "Outcome of an item"): no quorum adopts nothing
whatever the votes; no vote is "not voted"; otherwise the rulebook's adoption rule decides,
at its boundary for each of its settings (share, of present or members, more than or at
least)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rules_factory import TERM_START, council

from kenesh_desktop.rules.meetings import QuorumStatus, VoteTotals, adopted
from kenesh_desktop.rules.outcome import (
    ADOPTED,
    NO_QUORUM,
    NOT_VOTED,
    OUTCOMES,
    REJECTED,
    attendance_recorded,
    item_outcome,
    meeting_outcomes,
)
from kenesh_desktop.rules.records import AgendaItem, Meeting
from kenesh_desktop.rules.rulebook import LAW_74, Adoption


def _quorum(present: int, members: int = 13, reached: bool = True) -> QuorumStatus:
    return QuorumStatus(present=present, members=members, needed=9, reached=reached,
                        missing=0, article=17)


def _votes(for_: int, against: int = 0, abstain: int = 0) -> dict[str, str]:
    choices = ["for"] * for_ + ["against"] * against + ["abstain"] * abstain
    return {f"m{i}": choice for i, choice in enumerate(choices)}


def test_without_a_quorum_nothing_is_adopted_even_unanimously():
    assert item_outcome(_votes(7), _quorum(7, reached=False)) == NO_QUORUM
    assert item_outcome({}, _quorum(7, reached=False)) == NO_QUORUM


def test_with_a_quorum_and_no_vote_the_item_was_not_voted():
    assert item_outcome({}, _quorum(9)) == NOT_VOTED


@pytest.mark.parametrize(("for_", "present", "outcome"), [
    (5, 9, ADOPTED), (4, 9, REJECTED), (6, 10, ADOPTED), (5, 10, REJECTED),
])
def test_the_default_rule_is_more_than_half_of_those_present(for_, present, outcome):
    votes = _votes(for_, abstain=present - for_)  # abstentions count as present
    assert item_outcome(votes, _quorum(present)) == outcome


def test_two_thirds_of_all_members_at_least():
    rb = replace(LAW_74, adoption=Adoption(Fraction(2, 3), "members", more_than=False))
    # 15 members: 10 for is exactly 2/3 (adopted when "at least"), 9 is not, however few came
    assert item_outcome(_votes(10), _quorum(10, members=15), rb) == ADOPTED
    assert item_outcome(_votes(9), _quorum(10, members=15), rb) == REJECTED
    strict = replace(rb, adoption=Adoption(Fraction(2, 3), "members", more_than=True))
    assert item_outcome(_votes(10), _quorum(10, members=15), strict) == REJECTED
    assert item_outcome(_votes(11), _quorum(11, members=15), strict) == ADOPTED


def test_half_of_those_present_at_least():
    rb = replace(LAW_74, adoption=Adoption(Fraction(1, 2), "present", more_than=False))
    assert adopted(VoteTotals(for_=5, abstain=5), 10, rb)
    assert not adopted(VoteTotals(for_=4, abstain=6), 10, rb)


def test_a_share_of_members_needs_the_members_count():
    rb = replace(LAW_74, adoption=Adoption(Fraction(1, 2), "members"))
    with pytest.raises(ValueError,
                       match="^this rulebook adopts by a share of all members: give members$"):
        adopted(VoteTotals(for_=5), 9, rb)


def test_an_unknown_base_is_refused():
    with pytest.raises(ValueError, match="present or members"):
        Adoption(Fraction(1, 2), "voters")


def test_meeting_outcomes_follow_the_sittings_quorum():
    c = council(female=4, male=3)  # 7 members: 5 needed
    ids = [m.id for m in c.members]
    sitting = Meeting(id="s1", number=1, date=TERM_START, present=ids[:4], items=[
        AgendaItem("a", votes=dict.fromkeys(ids[:4], "for")),
        AgendaItem("b"),
    ])
    assert meeting_outcomes(c, sitting) == [NO_QUORUM, NO_QUORUM]
    sitting.present = ids[:5]
    sitting.items[0].votes = dict.fromkeys(ids[:5], "for")
    assert meeting_outcomes(c, sitting) == [ADOPTED, NOT_VOTED]
    sitting.items[0].votes = {ids[0]: "for", ids[1]: "for", ids[2]: "against"}
    assert meeting_outcomes(c, sitting) == [REJECTED, NOT_VOTED]


@given(present=st.integers(1, 30), for_=st.integers(0, 30), members=st.integers(1, 30),
       reached=st.booleans())
def test_the_outcome_is_always_one_of_the_four(present, for_, members, reached):
    for_ = min(for_, present)
    outcome = item_outcome(_votes(for_, against=present - for_),
                           _quorum(present, members, reached))
    assert outcome in OUTCOMES
    if not reached:
        assert outcome == NO_QUORUM
    elif outcome == ADOPTED:
        # one more vote for never turns an adopted item into a rejected one
        assert for_ * 2 > present


def test_attendance_is_recorded_once_someone_is_present_or_the_sitting_is_finalized():
    prepared = Meeting("s1", 1, TERM_START)
    assert not attendance_recorded(prepared)
    assert attendance_recorded(Meeting("s2", 2, TERM_START, present=["m1"]))
    assert attendance_recorded(Meeting("s3", 3, TERM_START, finalized=True))
