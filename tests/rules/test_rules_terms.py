"""rules/terms.py: compositions and their terms as history (DOMAIN.md "Compositions and
terms").

Protects: the one "active on a day" rule at its edges (first day, last day, the day after,
no end); the term in force on the day before a term, its first and last day, in a gap and
before the first term; the next and previous terms of a council with three terms; the first
day of a composition formed early (the day after the term in force ends), in a gap (the
day it is formed); the composition on a day and the history with its members' counts; the
next competition and the day the next composition counts as formed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rules_factory import D, competition, member

from kenesh_desktop.rules.meetings import meeting_quorum
from kenesh_desktop.rules.records import Council, Meeting, Term
from kenesh_desktop.rules.terms import (
    CURRENT,
    FORMER,
    FUTURE,
    CompositionEntry,
    Succession,
    active_on,
    composition_history,
    composition_on,
    new_term_start,
    next_competition,
    next_term,
    previous_term,
    served_in,
    standing,
    succession,
    term_in_force,
    term_last_day,
    term_last_in_force,
)

# Three compositions with a gap of ten days before the third.
T1 = Term(D(2022, 9, 1), D(2024, 8, 31))
T2 = Term(D(2024, 9, 1), D(2026, 8, 31), formed=D(2024, 8, 20))
T3 = Term(D(2026, 9, 11), D(2028, 9, 10), formed=D(2026, 9, 11))
TERMS = [T1, T2, T3]


def three_terms() -> Council:
    """7 members in each composition; one member of the second left part-way and was
    replaced, so 8 served in it."""
    people = [member(f"a{i}", start=T1.start, end=T1.end) for i in range(1, 8)]
    people += [member(f"b{i}", start=T2.start, end=T2.end) for i in range(1, 7)]
    people += [member("b7", "male", start=T2.start, end=D(2025, 5, 31)),
               member("b8", "male", start=D(2025, 6, 1), end=T2.end)]
    people += [member(f"c{i}", "male" if i > 4 else "female", start=T3.start)
               for i in range(1, 8)]
    return Council("c1", "Кеңеш", "Министрлик", members=people, terms=list(TERMS))


# ---------------------------------------------------------------- active on a day


@pytest.mark.parametrize(("day", "active"), [
    (D(2026, 1, 14), False),  # the day before the start
    (D(2026, 1, 15), True),  # the first day
    (D(2027, 6, 30), True),  # the last day
    (D(2027, 7, 1), False),  # the day after the end
])
def test_active_on_from_the_first_to_the_last_day(day, active):
    assert active_on(member("m", start=D(2026, 1, 15), end=D(2027, 6, 30)), day) is active


def test_an_open_membership_and_a_term_are_active_by_the_same_rule():
    assert active_on(member("m", start=D(2026, 1, 15)), D(2099, 1, 1))
    assert active_on(T2, T2.end) and not active_on(T2, T3.start)
    assert member("m", start=D(2026, 1, 15)).active_on(D(2026, 1, 15))
    assert T2.covers(T2.start) and not T2.covers(T1.end)


def test_standing_of_a_membership_on_a_day():
    next_one = member("n", start=D(2027, 9, 1))
    assert standing(next_one, D(2027, 8, 31)) == FUTURE
    assert standing(next_one, D(2027, 9, 1)) == CURRENT
    old = member("o", start=D(2025, 9, 1), end=D(2027, 8, 31))
    assert standing(old, D(2027, 8, 31)) == CURRENT
    assert standing(old, D(2027, 9, 1)) == FORMER


# ---------------------------------------------------------------- the term in force


@pytest.mark.parametrize(("day", "expected"), [
    (D(2022, 8, 31), None),  # before the first term
    (D(2022, 9, 1), T1),
    (D(2024, 8, 31), T1),  # the last day of the first
    (D(2024, 9, 1), T2),  # the first day of the second
    (D(2026, 8, 31), T2),
    (D(2026, 9, 1), None),  # the gap
    (D(2026, 9, 10), None),
    (D(2026, 9, 11), T3),
    (D(2028, 9, 10), T3),
    (D(2028, 9, 11), None),  # after the last
])
def test_the_term_in_force_on_each_day(day, expected):
    assert term_in_force(TERMS, day) == expected


def test_next_previous_and_last_in_force_around_the_gap():
    gap = D(2026, 9, 5)
    assert next_term(TERMS, gap) == T3 and previous_term(TERMS, gap) == T2
    assert term_last_in_force(TERMS, gap) == T2  # the gap: the one that ended last
    assert term_last_in_force(TERMS, D(2025, 1, 1)) == T2
    assert next_term(TERMS, D(2025, 1, 1)) == T3 and previous_term(TERMS, D(2025, 1, 1)) == T1
    assert term_last_in_force(TERMS, D(2022, 8, 31)) is None
    assert next_term(TERMS, D(2022, 8, 31)) == T1
    assert next_term(TERMS, T3.start) is None and previous_term(TERMS, T1.end) is None


def test_a_new_term_starts_the_day_after_the_term_in_force_ends():
    terms = [Term(D(2025, 9, 1), D(2027, 8, 31))]
    assert new_term_start(terms, D(2026, 12, 2)) == D(2027, 9, 1)  # formed early
    assert new_term_start(terms, D(2027, 8, 31)) == D(2027, 9, 1)  # on the last day
    assert new_term_start(terms, D(2027, 9, 1)) == D(2027, 9, 1)  # the day after: a gap
    assert new_term_start(terms, D(2027, 10, 5)) == D(2027, 10, 5)  # formed in a gap
    assert new_term_start([], D(2027, 10, 5)) == D(2027, 10, 5)
    # Art. 14: up to 2 years; 29 February + 2 years is 28 February.
    assert term_last_day(D(2027, 9, 1)) == D(2029, 8, 31)
    assert term_last_day(D(2028, 2, 29)) == D(2030, 2, 27)


# ---------------------------------------------------------------- compositions


def test_the_composition_on_a_day_is_who_was_active_then():
    council = three_terms()
    before = composition_on(council, D(2024, 8, 31))
    assert before.term == T1 and [m.id for m in before.members][:2] == ["a1", "a2"]
    assert len(before.members) == 7
    first_day = composition_on(council, D(2024, 9, 1))
    assert first_day.term == T2 and {m.id[0] for m in first_day.members} == {"b"}
    in_the_gap = composition_on(council, D(2026, 9, 5))
    assert in_the_gap.term is None and in_the_gap.members == []


def test_a_past_sittings_quorum_counts_the_composition_of_its_day():
    """Art. 17: after later compositions, a sitting of the first term still counts the 7 of
    that day (the minutes of a past sitting state that composition)."""
    council = three_terms()
    sitting = Meeting(id="s1", number=1, date=D(2023, 5, 10),
                      present=[f"a{i}" for i in range(1, 6)])
    quorum = meeting_quorum(council, sitting)
    assert (quorum.members, quorum.present, quorum.reached) == (7, 5, True)
    assert [m.id for m in composition_on(council, sitting.date).members] == [
        f"a{i}" for i in range(1, 8)]


def test_the_history_lists_every_term_with_its_members_counted():
    history = composition_history(three_terms())
    assert [entry.term for entry in history] == TERMS
    assert [len(entry.members) for entry in history] == [7, 8, 7]
    assert history[1].counts() == {"female": 6, "male": 2}
    assert history[2].counts() == {"female": 4, "male": 3}


# ---------------------------------------------------------------- the next composition


def next_composition(formed: dt.date, announced: dt.date,
                     competition_formed: dt.date) -> Council:
    """A council of the term 1 September 2025 – 31 August 2027, the next term (1 September
    2027 – 31 August 2029) recorded as formed on `formed`, and its competition "k1"."""
    council = Council("c1", "Кеңеш", "Министрлик",
                      terms=[Term(D(2025, 9, 1), D(2027, 8, 31)),
                             Term(D(2027, 9, 1), D(2029, 8, 31), formed=formed)])
    council.competitions.append(competition("k1", announced=announced,
                                            formed=competition_formed))
    return council


def test_forming_early_leaves_the_term_in_force_and_records_the_next():
    council = next_composition(D(2026, 12, 2), announced=D(2026, 10, 1),
                               competition_formed=D(2026, 12, 2))
    now = succession(council, D(2026, 12, 2))
    assert now.in_force and now.term == council.terms[0]
    assert now.competition is council.competitions[0]
    assert now.next_term == council.terms[1] and now.formed == D(2026, 12, 2)
    # On the first day of the new term its own successor is not announced yet.
    later = succession(council, D(2027, 9, 1))
    assert later.term == council.terms[1] and later.competition is None
    assert later.next_term is None and not later.is_formed


def test_formed_is_the_earlier_of_the_competition_and_the_next_term():
    council = next_composition(D(2027, 8, 20), announced=D(2027, 6, 1),
                               competition_formed=D(2027, 8, 25))
    assert succession(council, D(2027, 7, 1)).formed == D(2027, 8, 20)
    council.terms[1].formed = None  # a term recorded without its day: formed all the same
    state = succession(council, D(2027, 7, 1))
    assert state.formed == D(2027, 8, 25) and state.is_formed
    council.competitions.clear()
    state = succession(council, D(2027, 7, 1))
    assert state.formed is None and state.is_formed


def test_the_next_competition_is_the_latest_announced_since_the_term_began():
    council = three_terms()
    old = competition("old", announced=D(2024, 6, 1), formed=D(2024, 8, 20))  # formed T2
    early = competition("early", announced=D(2026, 5, 1))
    late = competition("late", announced=D(2026, 6, 1))
    council.competitions += [old, late, early]
    assert next_competition(council, D(2025, 1, 1)) is late
    assert next_competition(council, D(2026, 9, 5)) is late  # the gap counts from T2
    assert next_competition(council, D(2026, 9, 11)) is None  # T3: nothing since it began
    assert next_competition(council, D(2022, 8, 1)) is None  # before the first term
    # Read on a day of the first term, the history's later competitions are for later
    # compositions: the one announced before the second term began is the first's successor.
    assert next_competition(council, D(2023, 1, 1)) is old


def test_before_the_first_term_there_is_nothing_to_succeed():
    state = succession(three_terms(), D(2022, 8, 1))
    assert state.term is None and state.competition is None and not state.is_formed
    assert state == Succession(D(2022, 8, 1), None, False, None, None, None)


def test_a_competition_announced_on_the_terms_first_day_is_for_its_successor():
    council = three_terms()
    first_day = competition("first-day", announced=T2.start)
    council.competitions.append(first_day)
    assert next_competition(council, D(2025, 1, 1)) is first_day
    state = succession(council, D(2025, 1, 1))
    assert state.day == D(2025, 1, 1) and state.in_force is True and state.term == T2


def test_a_competition_announced_on_the_next_terms_first_day_is_for_a_later_one():
    council = three_terms()
    council.competitions.append(competition("on-t3", announced=T3.start))
    assert next_competition(council, D(2025, 1, 1)) is None  # T2's successor is T3
    assert next_competition(council, T3.start).id == "on-t3"


def test_of_competitions_not_yet_announced_the_last_counts():
    council = three_terms()
    council.competitions += [competition(f"k{i}") for i in range(3)]
    assert next_competition(council, D(2025, 1, 1)).id == "k2"


def test_the_composition_on_a_day_knows_its_day():
    assert composition_on(three_terms(), D(2025, 1, 1)).day == D(2025, 1, 1)


@pytest.mark.parametrize(("start", "end", "served"), [
    (T2.end, None, True),  # joined on the term's last day
    (T2.end + dt.timedelta(days=1), None, False),
    (T1.start, T2.start, True),  # left on the term's first day
    (T1.start, T2.start - dt.timedelta(days=1), False),
])
def test_a_membership_served_in_a_term_with_one_day_in_common(start, end, served):
    assert served_in(member("x", start=start, end=end), T2) is served


def test_a_sex_outside_the_vocabulary_is_still_counted():
    entry = CompositionEntry(T1, [member("x", "unknown"), member("y", "unknown")])
    assert entry.counts() == {"female": 0, "male": 0, "unknown": 2}
