"""Art. 14 of Law No. 74: who may sit on a council and how many.

Every figure comes from a `Rulebook`; shares are `Fraction`s compared in integers
(k * 10 <= n * 7, never 0.7 * n), so a boundary is never lost to rounding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from kenesh_desktop.lang.folding import identity_key
from kenesh_desktop.rules.dates import days_between
from kenesh_desktop.rules.records import Council, Member
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.rules.terms import next_term, term_in_force, term_last_day, term_last_in_force


class Person(Protocol):
    """A member or a candidate: what the composition rules look at."""

    full_name: str
    sex: str
    organization: str


P = TypeVar("P", bound=Person)


def size_ok(n: int, rb: Rulebook = LAW_74) -> bool:
    """Art. 14: a council has at least `min_members` and at most `max_members` members."""
    return rb.min_members <= n <= rb.max_members


def max_same_sex(n: int, rb: Rulebook = LAW_74) -> int:
    """Art. 14: the most members of one sex `n` members allow: the largest k with k/n <= 70%.

    Integer arithmetic: k * den <= n * num, so n=7 allows 4, n=10 allows 7, n=15 allows 10.
    A rulebook without the rule (`max_same_sex_share` None) allows all `n`.
    """
    share = rb.max_same_sex_share
    if share is None:
        return n
    return min(n, n * share.numerator // share.denominator)


def gender_rule_applies(rb: Rulebook = LAW_74) -> bool:
    """Whether the rulebook limits the share of one sex (a council's own may not)."""
    return rb.max_same_sex_share is not None


def gender_ok(count_by_sex: dict[str, int], rb: Rulebook = LAW_74) -> bool:
    """Art. 14: no sex has more than `max_same_sex_share` of the members counted in the dict;
    always true under a rulebook without the rule."""
    n = sum(count_by_sex.values())
    share = rb.max_same_sex_share
    if share is None:
        return True
    return all(k * share.denominator <= n * share.numerator for k in count_by_sex.values())


def percent_half_up(part: int, whole: int) -> int:
    """`part` as a whole percentage of `whole`, rounded half up (6 of 13 -> 46); 0 of nothing."""
    if whole <= 0:
        return 0
    return (200 * part + whole) // (2 * whole)


def limit_percent(rb: Rulebook = LAW_74) -> int | None:
    """Art. 14: the same-sex limit as a whole percentage (70), for display only; None under a
    rulebook without the rule."""
    share = rb.max_same_sex_share
    if share is None:
        return None
    return percent_half_up(share.numerator, share.denominator)


def organization_rule_applies(rb: Rulebook = LAW_74) -> bool:
    """Whether the rulebook limits the members from one organisation (a council's own may
    not)."""
    return rb.max_members_per_organization is not None


def _ordered(members: Iterable[Member]) -> list[Member]:
    return sorted(members, key=lambda m: (m.start, m.id))


def later_from_same_organization(people: Iterable[P], rb: Rulebook = LAW_74) -> list[tuple[P, P]]:
    """Art. 14: (person, the first one from that organisation) for every person, in the given
    order, beyond the `max_members_per_organization` (one) an organisation may have.

    Organisations are compared by `identity_key` (case, spaces and « » " ' ignored; unlike
    names, ё is not е). A blank organisation is no organisation (a self-nominated citizen)
    and is never a duplicate. A rulebook without the rule finds nobody.
    """
    limit = rb.max_members_per_organization
    if limit is None:
        return []
    seen: dict[str, list[P]] = {}
    pairs: list[tuple[P, P]] = []
    for person in people:
        key = identity_key(person.organization or "", yo=False)
        if not key:
            continue
        same = seen.setdefault(key, [])
        if len(same) >= limit:
            pairs.append((person, same[0]))
        same.append(person)
    return pairs


def organization_duplicates(members: Iterable[Member], rb: Rulebook = LAW_74) -> list[Member]:
    """Art. 14: every member after the first from the same organisation, members taken in
    order of start, then id (DOMAIN.md, composition.organization)."""
    return [member for member, _ in later_from_same_organization(_ordered(members), rb)]


def _pin(person: Person) -> str:
    return (getattr(person, "pin", None) or "").strip()


def term_ok(term_start: dt.date, term_end: dt.date, rb: Rulebook = LAW_74) -> bool:
    """Art. 14: a composition's term lasts up to 2 years (term_end <= start + 2 years - 1 day)."""
    return term_end <= term_last_day(term_start, rb)


def other_council_memberships(
    people: Sequence[P], day: dt.date, other_councils: Iterable[Council]
) -> list[tuple[P, str]]:
    """Art. 14 (one council per person): (person, other council id) for each of `people`
    found among the members active on `day` of each of `other_councils`.

    Linear in the number of members (issue 16: 10,000 members took 6 s when many shared a
    name): the index keeps, per pin and per name key, the COUNCILS holding such a member
    (in order, each once), not the members, so a name shared by thousands costs one look-up
    per person, whatever the duplicates.
    """
    by_pin: dict[str, dict[str, None]] = {}
    by_name: dict[str, dict[str, None]] = {}  # every member with the name
    by_name_no_pin: dict[str, dict[str, None]] = {}  # those of them without a pin
    for council in other_councils:
        for member in council.active_members(day):
            pin, name = _pin(member), identity_key(member.full_name)
            if pin:
                by_pin.setdefault(pin, {})[council.id] = None
            else:
                by_name_no_pin.setdefault(name, {})[council.id] = None
            by_name.setdefault(name, {})[council.id] = None
    found: list[tuple[P, str]] = []
    for person in people:
        pin, name = _pin(person), identity_key(person.full_name)
        # Same name counts only when one of the two has no pin (DOMAIN.md).
        if pin:
            councils = dict(by_pin.get(pin, {}))
            councils.update(by_name_no_pin.get(name, {}))
        else:
            councils = by_name.get(name, {})
        found.extend((person, council_id) for council_id in councils)
    return found


@dataclass(frozen=True)
class SizeStatus:
    """Art. 14: active members against the 7-15 range."""

    active: int
    minimum: int
    maximum: int
    ok: bool
    article: int


@dataclass(frozen=True)
class GenderStatus:
    """Art. 14: members by sex. `percents` are for display; `ok` is the exact integer check.
    Under a rulebook without the rule `applies` is False, `ok` True and `limit_percent`
    None: there is nothing to show or report."""

    counts: dict[str, int]
    percents: dict[str, int]
    limit_percent: int | None
    max_same_sex: int
    ok: bool
    article: int
    applies: bool = True

    @property
    def largest(self) -> tuple[str, int]:
        """(sex, count) of the larger sex: the one a breach of the limit is about."""
        return max(self.counts.items(), key=lambda item: item[1])


@dataclass(frozen=True)
class OrganizationStatus:
    """Art. 14: members after the first from an organisation (`applies` False, and so none,
    under a rulebook without the rule)."""

    duplicates: list[Member]
    ok: bool
    article: int
    applies: bool = True


@dataclass(frozen=True)
class OneCouncilStatus:
    """Art. 14: (member, other council id) for members active in another council too."""

    conflicts: list[tuple[Member, str]]
    ok: bool
    article: int


@dataclass(frozen=True)
class TermStatus:
    """Art. 14: the term in force on the day (`in_force`); when none is, the one that ended
    last, else the first to come. Its length against the law, the days left (negative once it
    has ended), and `next_start`: the first day of a composition formed ahead, if any."""

    term_start: dt.date
    term_end: dt.date
    last_allowed_end: dt.date
    days_left: int
    ok: bool
    article: int
    in_force: bool = True
    next_start: dt.date | None = None
    next_members: int = 0
    """Members of the composition formed ahead, on its first day."""


@dataclass(frozen=True)
class CompositionStatus:
    """What the window's live composition indicators show for one council on one day."""

    day: dt.date
    size: SizeStatus
    gender: GenderStatus
    organization: OrganizationStatus
    one_council: OneCouncilStatus
    term: TermStatus | None
    """None only for a council with no term recorded at all."""

    @property
    def ok(self) -> bool:
        return all(
            part.ok
            for part in (self.size, self.gender, self.organization, self.one_council, self.term)
            if part is not None
        )


def count_by_sex(people: Iterable[Person]) -> dict[str, int]:
    """Counts by `sex`, with every sex of the vocabulary present (0 when nobody)."""
    counts = {"female": 0, "male": 0}
    for person in people:
        counts[person.sex] = counts.get(person.sex, 0) + 1
    return counts


def gender_status(people: Sequence[Person], rb: Rulebook = LAW_74) -> GenderStatus:
    """Art. 14: the gender balance of `people` (members or selected candidates)."""
    counts = count_by_sex(people)
    n = len(people)
    return GenderStatus(
        counts=counts,
        percents={sex: percent_half_up(k, n) for sex, k in counts.items()},
        limit_percent=limit_percent(rb),
        max_same_sex=max_same_sex(n, rb),
        ok=gender_ok(counts, rb),
        article=rb.article("composition"),
        applies=gender_rule_applies(rb),
    )


def composition_status(
    council: Council,
    day: dt.date,
    rb: Rulebook = LAW_74,
    other_councils: Iterable[Council] = (),
) -> CompositionStatus:
    """Art. 14: every composition rule for `council` on `day`, for the window's indicators.

    `other_councils` are the other councils the program knows (the council itself is skipped
    if it is among them).
    """
    article = rb.article("composition")
    active = _ordered(council.active_members(day))
    duplicates = organization_duplicates(active, rb)
    others = [c for c in other_councils if c is not council and c.id != council.id]
    conflicts = other_council_memberships(active, day, others)
    return CompositionStatus(
        day=day,
        size=SizeStatus(
            active=len(active),
            minimum=rb.min_members,
            maximum=rb.max_members,
            ok=size_ok(len(active), rb),
            article=article,
        ),
        gender=gender_status(active, rb),
        organization=OrganizationStatus(duplicates=duplicates, ok=not duplicates, article=article,
                                        applies=organization_rule_applies(rb)),
        one_council=OneCouncilStatus(conflicts=conflicts, ok=not conflicts, article=article),
        term=term_status(council, day, rb),
    )


def term_status(council: Council, day: dt.date, rb: Rulebook = LAW_74) -> TermStatus | None:
    """Art. 14: the term shown for `day` (see TermStatus); None when there is no term."""
    terms = council.terms
    in_force = term_in_force(terms, day)
    term = term_last_in_force(terms, day) or next_term(terms, day)
    if term is None:
        return None
    following = next_term(terms, day)
    if following is term:
        following = None  # before the first term: that term is the one shown
    return TermStatus(
        term_start=term.start,
        term_end=term.end,
        last_allowed_end=term_last_day(term.start, rb),
        days_left=days_between(day, term.end),
        ok=term_ok(term.start, term.end, rb),
        article=rb.article("composition"),
        in_force=in_force is not None,
        next_start=following.start if following is not None else None,
        next_members=len(council.active_members(following.start)) if following else 0,
    )
