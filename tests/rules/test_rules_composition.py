"""Art. 14 composition rules at their boundaries: size 7-15, the 70% same-sex limit in exact
integers, one member per organisation, one council per person, the 2-year term, and the
composition status the window's indicators display."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rules_factory import TERM_END, TERM_START, TODAY, D, council, member

from kenesh_desktop.rules.composition import (
    composition_status,
    count_by_sex,
    gender_ok,
    max_same_sex,
    organization_duplicates,
    other_council_memberships,
    percent_half_up,
    size_ok,
    term_last_day,
    term_ok,
    term_status,
)
from kenesh_desktop.rules.records import Council, Term
from kenesh_desktop.rules.rulebook import LAW_74

# Worked by hand from "no more than 70%": floor(n * 0.7) for each lawful size.
SAME_SEX_LIMIT = {7: 4, 8: 5, 9: 6, 10: 7, 11: 7, 12: 8, 13: 9, 14: 9, 15: 10}


@pytest.mark.parametrize(("n", "ok"), [(6, False), (7, True), (15, True), (16, False)])
def test_size_boundaries(n, ok):
    assert size_ok(n, LAW_74) is ok


def test_size_follows_the_rulebook():
    own = replace(LAW_74, min_members=5, max_members=9)
    assert size_ok(5, own) and size_ok(9, own)
    assert not size_ok(4, own) and not size_ok(10, own)


@pytest.mark.parametrize("n", sorted(SAME_SEX_LIMIT))
def test_same_sex_limit_for_every_lawful_size(n):
    limit = SAME_SEX_LIMIT[n]
    assert max_same_sex(n, LAW_74) == limit
    assert gender_ok({"female": limit, "male": n - limit}, LAW_74)
    assert gender_ok({"female": n - limit, "male": limit}, LAW_74)
    assert not gender_ok({"female": limit + 1, "male": n - limit - 1}, LAW_74)
    assert not gender_ok({"female": n - limit - 1, "male": limit + 1}, LAW_74)


@given(
    counts=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=3),
    num=st.integers(min_value=1, max_value=20),
    den=st.integers(min_value=1, max_value=20),
)
def test_gender_ok_agrees_with_exact_fractions(counts, num, den):
    share = Fraction(num, den)
    rb = replace(LAW_74, max_same_sex_share=share)
    by_sex = {f"sex{i}": k for i, k in enumerate(counts)}
    n = sum(counts)
    expected = n == 0 or all(Fraction(k, n) <= share for k in counts)
    assert gender_ok(by_sex, rb) is expected
    if n:
        assert max_same_sex(n, rb) == max(k for k in range(n + 1) if Fraction(k, n) <= share)


@pytest.mark.parametrize(
    ("part", "whole", "percent"),
    [(6, 13, 46), (7, 13, 54), (1, 8, 13), (9, 13, 69), (0, 0, 0), (1, 1, 100), (0, 1, 0)],
)
def test_percent_is_rounded_half_up(part, whole, percent):
    assert percent_half_up(part, whole) == percent


def test_organisations_compared_ignoring_case_spaces_and_quotes():
    people = [
        member("a", organization="«Ачык маалымат» коомдук бирикмеси"),
        member("b", organization='  "АЧЫК   маалымат"  Коомдук бирикмеси '),
        member("c", organization="'ачык маалымат' коомдук бирикмеси"),
        member("d", organization="Ачык маалымат борбору"),
    ]
    assert [m.id for m in organization_duplicates(people)] == ["b", "c"]


def test_organisations_do_not_fold_yo_which_only_names_do():
    """DOMAIN.md: ё = е is for the same person's full name, not for organisations."""
    people = [member("a", organization="Берёза"), member("b", organization="Береза")]
    assert organization_duplicates(people) == []


def test_organisation_duplicates_ordered_by_start_then_id():
    people = [
        member("z", organization="Уюм", start=D(2026, 3, 1)),
        member("y", organization="уюм", start=D(2026, 1, 15)),
        member("x", organization="УЮМ", start=D(2026, 3, 1)),
    ]
    # y started first, so it is the one allowed; x precedes z on the same start day.
    assert [m.id for m in organization_duplicates(people)] == ["x", "z"]


def test_blank_organisation_is_no_organisation():
    people = [member("a", organization=""), member("b", organization="  "),
              member("c", organization="")]
    assert organization_duplicates(people) == []


def test_a_blank_organisation_does_not_hide_the_duplicates_after_it():
    people = [member("a", organization=""), member("b", organization="Уюм"),
              member("c", organization="уюм")]
    assert [m.id for m in organization_duplicates(people)] == ["c"]


def _councils_of(*people, day=TODAY):
    """(person id, other council id) for each of `people` found in the councils made of
    them one by one (council "o<i>" holds only people[i])."""
    others = [Council(id=f"o{i}", name=f"o{i}", state_body="S",
                      terms=[Term(TERM_START, TERM_END)], members=[p])
              for i, p in enumerate(people)]
    return lambda *mine: [(p.id, code) for p, code in
                          other_council_memberships(list(mine), day, others)]


def test_one_council_per_person_by_pin_when_both_have_one():
    """DOMAIN.md composition.one_council: the same pin when both have one (spaces aside)."""
    a = member("a", name="Асан Үсөнов", pin="21204199000123")
    found = _councils_of(a)
    # namesakes with different personal numbers are two people
    assert found(member("b", name="Асан Үсөнов", pin="21204199000999")) == []
    assert found(member("c", name="Башка Адам", pin=" 21204199000123 ")) == [("c", "o0")]


def test_one_council_per_person_by_name_with_yo_and_lookalikes_when_a_pin_is_missing():
    found = _councils_of(member("a", name="Алёна  Сейдакматова", pin="21204199000123"),
                         member("c", name="Чыңгыз Өмүров"))
    assert found(member("b", name="алена сейдакматова")) == [("b", "o0")]
    assert found(member("d", name="ЧЫӊГЫЗ ЄМЇРОВ", pin="11111111111111")) == [("d", "o1")]
    assert found(member("e", name="Алена Иванова")) == []


def test_one_council_per_person_counts_only_members_active_that_day():
    gone = member("a", name="Асан Үсөнов", start=TERM_START, end=D(2027, 2, 28))
    found = _councils_of(gone, day=TODAY)
    assert found(member("b", name="Асан Үсөнов")) == []
    assert _councils_of(gone, day=D(2027, 2, 28))(member("b", name="Асан Үсөнов")) == [
        ("b", "o0")]


def test_one_council_per_person_names_each_other_council_once_in_order():
    """Two namesakes without pins in one council are one finding about that council."""
    first = Council(id="x", name="x", state_body="S", terms=[Term(TERM_START, TERM_END)],
                    members=[member("p", name="Асан Үсөнов"), member("q", name="Асан Үсөнов")])
    second = Council(id="y", name="y", state_body="S", terms=[Term(TERM_START, TERM_END)],
                     members=[member("r", name="Асан Үсөнов", pin="1")])
    person = member("z", name="Асан Үсөнов")
    assert [(p.id, code) for p, code in
            other_council_memberships([person], TODAY, [first, second])] == [
        ("z", "x"), ("z", "y")]


def test_term_of_exactly_two_years_minus_a_day_is_ok():
    assert term_last_day(TERM_START, LAW_74) == D(2028, 1, 14)
    assert term_ok(TERM_START, D(2028, 1, 14), LAW_74)
    assert not term_ok(TERM_START, D(2028, 1, 15), LAW_74)


def test_term_from_29_february():
    # 2028-02-29 + 2 years lands on 2030-02-28 (no 29th); the last allowed day is the 27th.
    assert term_last_day(D(2028, 2, 29), LAW_74) == D(2030, 2, 27)
    assert term_ok(D(2028, 2, 29), D(2030, 2, 27), LAW_74)
    assert not term_ok(D(2028, 2, 29), D(2030, 2, 28), LAW_74)


def test_status_of_a_council_of_13_with_6_women():
    c = council(female=6, male=7)
    status = composition_status(c, TODAY, LAW_74, [])
    assert status.size.active == 13 and status.size.ok
    assert (status.size.minimum, status.size.maximum) == (7, 15)
    assert status.gender.counts == {"female": 6, "male": 7}
    assert status.gender.percents == {"female": 46, "male": 54}
    assert status.gender.limit_percent == 70 and status.gender.max_same_sex == 9
    assert status.gender.ok
    assert status.organization.duplicates == [] and status.one_council.conflicts == []
    assert status.term.days_left == (TERM_END - TODAY).days and status.term.ok
    assert status.ok
    assert {part.article for part in (status.size, status.gender, status.term)} == {14}


def test_status_gender_ok_is_the_exact_check_not_the_rounded_percent():
    # 10 of 14 is 71.4%, shown as 71; 9 of 13 is 69.2% and allowed.
    assert not composition_status(council(female=10, male=4), TODAY, LAW_74).gender.ok
    assert composition_status(council(female=9, male=4), TODAY, LAW_74).gender.ok
    assert composition_status(council(female=10, male=4), TODAY).gender.percents["female"] == 71


def test_status_counts_only_members_active_on_the_day():
    c = council(female=4, male=3)
    c.members.append(member("gone", "female", end=D(2027, 2, 28)))
    c.members.append(member("later", "female", start=D(2027, 3, 2)))
    c.members.append(member("today", "male", start=TODAY, end=TODAY))
    status = composition_status(c, TODAY, LAW_74)
    assert status.size.active == 8
    assert status.gender.counts == {"female": 4, "male": 4}


def test_status_lists_duplicates_and_other_councils():
    c = council("c1")
    c.members[1].organization = c.members[0].organization.upper()
    other = council("c2")
    other.members[0].full_name = c.members[2].full_name
    status = composition_status(c, TODAY, LAW_74, [c, other])
    assert status.organization.duplicates == [c.members[1]] and not status.organization.ok
    assert status.one_council.conflicts == [(c.members[2], "c2")] and not status.one_council.ok
    assert not status.ok


def test_status_term_days_left_negative_after_the_end():
    status = composition_status(council(), D(2028, 1, 20), LAW_74)
    assert status.term.days_left == -6
    assert status.size.active == 7  # members without an end date stay active


def test_organisation_limit_follows_the_rulebook():
    two = replace(LAW_74, max_members_per_organization=2)
    people = [member(mid, organization="Уюм") for mid in ("a", "b", "c")]
    assert [m.id for m in organization_duplicates(people, two)] == ["c"]
    assert [m.id for m in organization_duplicates(people, LAW_74)] == ["b", "c"]


def test_one_council_per_person_is_linear_in_members(monkeypatch):
    """Issue 16, finding 12: `check` grew quadratically when many members shared a name
    (10,000: 6.3 s): every person was compared with every namesake. The index is keyed by
    pin and by name and holds councils, not members: each member's pin is read once for the
    index and once as a person, however many share the name."""
    import datetime as dt

    from kenesh_desktop.rules import composition
    from kenesh_desktop.rules.records import Council, Member, Term

    reads = []
    real = composition._pin
    monkeypatch.setattr(composition, "_pin", lambda person: reads.append(1) or real(person))
    day = dt.date(2026, 6, 1)

    def council(code: str, pins: list[str]) -> Council:
        return Council(id=code, name=code, state_body="S",
                       terms=[Term(dt.date(2026, 1, 1), dt.date(2027, 12, 31))],
                       members=[Member(f"m{i}", "Асанов Асан", "male", f"Org {i}", "member",
                                       dt.date(2026, 1, 1), pin=pin)
                                for i, pin in enumerate(pins)])

    big = council("big", [f"2010119900{i:04d}" for i in range(3000)])
    other = council("other", ["20101199000000", "20101199000001"])  # two of them again
    found = composition.other_council_memberships(big.members, day, [big, other])
    assert len(reads) <= 2 * (3000 + 2)  # linear: no pin read per pair of namesakes
    # Same name but both with pins: only the same pin is the same person (DOMAIN.md).
    assert sorted(code for person, code in found if person.id in ("m0", "m1")) == [
        "big", "big", "other", "other"]
    assert len(found) == 3000 + 2


def test_status_of_the_day_asked_with_every_rule_applying_under_the_law():
    status = composition_status(council(), TODAY, LAW_74)
    assert status.day == TODAY
    assert status.gender.applies is True and status.organization.applies is True
    assert status.organization.article == status.one_council.article == 14


def test_the_council_itself_read_again_is_not_another_council():
    """The window may pass every council as loaded, this one among them as another object."""
    c = council("c1")
    again = council("c1")
    assert composition_status(c, TODAY, LAW_74, [again]).one_council.conflicts == []


def test_a_sex_outside_the_vocabulary_is_counted_apart():
    people = [member("a", "female"), member("b", "unknown")]
    assert count_by_sex(people) == {"female": 1, "male": 0, "unknown": 1}


def test_the_term_shown_with_the_next_composition_formed_ahead():
    c = council()
    c.terms.append(Term(D(2028, 1, 15), D(2030, 1, 14)))
    c.members += [member("n1", start=D(2028, 1, 15)), member("n2", start=D(2028, 1, 15)),
                  member("late", start=D(2028, 2, 1))]
    term = term_status(c, TODAY, LAW_74)
    assert (term.term_start, term.term_end, term.last_allowed_end) == (
        TERM_START, TERM_END, D(2028, 1, 14))
    assert (term.in_force, term.next_start, term.next_members) == (True, D(2028, 1, 15), 9)
    assert term.days_left == (TERM_END - TODAY).days and term.ok and term.article == 14


def test_the_term_shown_in_a_gap_and_before_the_first_term():
    c = council()
    gap = term_status(c, D(2028, 2, 1), LAW_74)
    assert (gap.term_start, gap.in_force, gap.next_start, gap.next_members) == (
        TERM_START, False, None, 0)
    before = term_status(c, D(2025, 12, 31), LAW_74)
    # before the first term that term is the one shown, not also "the next"
    assert (before.term_start, before.in_force, before.next_start) == (TERM_START, False, None)
    assert before.days_left == (TERM_END - D(2025, 12, 31)).days
    c.terms.clear()
    assert term_status(c, TODAY, LAW_74) is None
