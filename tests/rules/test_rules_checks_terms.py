"""The checks by the term in force (DOMAIN.md "Compositions and terms"), on the issue's story:
a term running to 31 August 2027 whose next composition is formed early, on 2 December 2026.

Protects: forming early changes nothing about today (no finding, the size and gender of the
composition in force, the deadlines of the term in force); the day before and the first
day of the new term; forming on the last allowed day (term end − 7 days) and the day after
(a finding, subject the competition); a gap between terms (no size or gender finding; the
deadlines count from the term that ended last); before the first term; composition.term
once per offending term of a council with three terms, subject the council.
"""

from __future__ import annotations

import datetime as dt

from rules_factory import D, competition, member, members

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.records import Council, Term

OLD = Term(D(2025, 9, 1), D(2027, 8, 31))
NEW_START, NEW_END = D(2027, 9, 1), D(2029, 8, 31)
FORMED_EARLY = D(2026, 12, 2)
ANNOUNCE_DUE, FORMED_DUE = D(2027, 6, 30), D(2027, 8, 24)


def rules(council: Council, day: dt.date) -> list[tuple[str, str, str, dt.date | None]]:
    """(rule, severity, subject, due) of every finding for the council on `day`."""
    return [(f.rule, f.severity, f.subject, f.due) for f in run_checks([council], day)]


def before_forming() -> Council:
    """The composition in force: 4 women and 3 men; the competition announced in time."""
    people = members(4, 3, "old")
    for person in people:
        person.start = OLD.start
    return Council("kk", "Кеңеш", "Министрлик", members=people, terms=[Term(OLD.start, OLD.end)],
                   competitions=[competition("k1", announced=D(2026, 10, 1))])


def formed_on(day: dt.date, women: int = 5, men: int = 5) -> Council:
    """The council after the next composition was formed on `day`, as store/forming.py leaves
    it: the next term beside the old one, the old memberships ended on its last day."""
    council = before_forming()
    for person in council.members:
        person.end = OLD.end
    start = max(NEW_START, day)
    newcomers = members(women, men, "new")
    for person in newcomers:
        person.start = start
    council.members += newcomers
    council.terms.append(Term(start, NEW_END, formed=day))
    council.competitions[0].formed = day
    return council


def test_forming_early_changes_nothing_about_today():
    assert rules(before_forming(), FORMED_EARLY) == []
    assert rules(formed_on(FORMED_EARLY), FORMED_EARLY) == []
    # A lopsided next composition is not judged before its first day: the one in force is.
    lopsided = formed_on(FORMED_EARLY, women=9, men=1)
    assert rules(lopsided, FORMED_EARLY) == []
    assert rules(lopsided, OLD.end) == []
    assert [r[0] for r in rules(lopsided, NEW_START)] == ["composition.gender"]


def test_the_day_before_and_the_first_day_of_the_new_term():
    council = formed_on(FORMED_EARLY, women=4, men=4)
    council.members = council.members[:6] + council.members[7:]  # 6 in force on the last day
    assert rules(council, OLD.end) == [("composition.size", "violation", "kk", None)]
    assert rules(council, NEW_START) == []  # 8 from the first day of the new term
    # The next competition is due two months before the NEW term ends: far off.
    assert rules(council, D(2029, 6, 16)) == [
        ("competition.announcement", "upcoming", "kk", D(2029, 6, 30)),
    ]


def test_forming_on_the_last_allowed_day_and_the_day_after():
    assert rules(formed_on(FORMED_DUE), FORMED_DUE) == []
    assert rules(formed_on(FORMED_DUE), OLD.end) == []
    late = D(2027, 8, 25)
    assert rules(formed_on(late), late) == [
        ("competition.formed", "violation", "k1", FORMED_DUE),
    ]
    # Still reported, as a fact of the term in force, until the new term begins.
    assert rules(formed_on(late), OLD.end) == [
        ("competition.formed", "violation", "k1", FORMED_DUE),
    ]
    assert rules(formed_on(late), NEW_START) == []


def test_not_formed_is_upcoming_then_overdue_counted_from_the_term_in_force():
    council = before_forming()
    assert rules(council, D(2027, 8, 10)) == [
        ("competition.formed", "upcoming", "k1", FORMED_DUE),
    ]
    assert rules(council, D(2027, 8, 25)) == [
        ("competition.formed", "violation", "k1", FORMED_DUE),
    ]


def test_a_gap_between_terms():
    # Nobody formed the next composition: its powers are over and the duty remains.
    council = before_forming()
    for person in council.members:
        person.end = OLD.end
    gap_day = D(2027, 9, 5)
    assert rules(council, gap_day) == [
        ("competition.formed", "violation", "k1", FORMED_DUE),
    ]
    # Formed late, in the gap: its term starts the day it was formed; no size or gender
    # finding while no term is in force, and the lateness is reported until then.
    late = formed_on(D(2027, 9, 10), women=9, men=1)
    assert late.terms[1].start == D(2027, 9, 10)
    assert rules(late, gap_day) == [
        ("competition.formed", "violation", "k1", FORMED_DUE),
    ]
    assert [r[0] for r in rules(late, D(2027, 9, 10))] == ["composition.gender"]


def test_a_next_term_recorded_without_its_day_of_forming_counts_as_formed():
    council = before_forming()
    council.terms.append(Term(NEW_START, NEW_END))  # an exchange file may hold one
    assert rules(council, D(2027, 8, 30)) == []


def test_before_the_first_term_there_is_nothing_to_check():
    council = Council("kk", "Кеңеш", "Министрлик", terms=[Term(NEW_START, NEW_END)],
                      members=members(9, 1))  # lopsided, but no term is in force yet
    for person in council.members:
        person.start = NEW_START
    assert rules(council, D(2027, 8, 1)) == []


def test_composition_term_once_for_every_term_too_long():
    terms = [Term(D(2022, 1, 15), D(2024, 1, 14)),  # two years - 1 day: lawful
             Term(D(2024, 1, 15), D(2026, 1, 15)),  # a day too long
             Term(D(2026, 1, 16), D(2028, 2, 1))]
    people = [member(f"m{i}", "female" if i < 5 else "male", start=D(2022, 1, 15))
              for i in range(1, 8)]
    council = Council("kk", "Кеңеш", "Министрлик", members=people, terms=terms)
    findings = [f for f in run_checks([council], D(2027, 3, 1)) if f.rule == "composition.term"]
    assert [(f.subject, f.details["term_start"], f.details["latest_end"]) for f in findings] == [
        ("kk", D(2024, 1, 15), D(2026, 1, 14)),
        ("kk", D(2026, 1, 16), D(2028, 1, 15)),
    ]
    assert all(f.article == 14 for f in findings)
