"""Compositions and their terms as history (DOMAIN.md "Compositions and terms", Art. 14).

A council lives through successive compositions, each with its term (`records.Term`). Which
term is "the council's term" is never stored: it is the **term in force** on the day asked
about (start <= day <= end), and there may be none (a gap between two terms, or a day before
the first). Forming the next composition early adds the next term beside the one in force and
changes nothing about today.

Here also lives the one rule of who is "active on a day" (a member, a term, anything with a
start and an optional end), which every layer asks instead of writing it again.

Nothing here imports the records module at run time (records asks `active_on` of this one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kenesh_desktop.rules.dates import add_days, add_years
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

if TYPE_CHECKING:
    from kenesh_desktop.rules.records import Competition, Council, Member, Term

CURRENT = "current"
FUTURE = "future"
FORMER = "former"


class Dated(Protocol):
    """Anything that runs from `start` to `end` (None: still running): a membership, a term."""

    @property
    def start(self) -> dt.date: ...

    @property
    def end(self) -> dt.date | None: ...


def active_on(record: Dated, day: dt.date) -> bool:
    """DOMAIN.md "Active member": active on D when start <= D and (end is empty or D <= end).

    The one place this rule is written: members (records, the store's rows and choices), the
    quorum's membership on a sitting's day (Art. 17) and the terms themselves ask it."""
    end = record.end
    return record.start <= day and (end is None or day <= end)


def standing(record: Dated, day: dt.date) -> str:
    """Where a membership stands on `day`: "current" (active), "future" (starts later: a
    composition formed ahead) or "former" (ended before `day`)."""
    if active_on(record, day):
        return CURRENT
    return FUTURE if record.start > day else FORMER


# ------------------------------------------------------------------------------- terms


def term_last_day(term_start: dt.date, rb: Rulebook = LAW_74) -> dt.date:
    """Art. 14: the last day a term begun on `term_start` may run to: start + 2 years - 1 day."""
    return add_days(add_years(term_start, rb.term_years), -1)


def term_in_force(terms: Sequence[Term], day: dt.date) -> Term | None:
    """The term with start <= day <= end; None in a gap or before the first term."""
    return next((t for t in terms if active_on(t, day)), None)


def next_term(terms: Sequence[Term], day: dt.date) -> Term | None:
    """The first term that starts after `day` (a composition formed ahead), or None."""
    return min((t for t in terms if t.start > day), key=lambda t: t.start, default=None)


def previous_term(terms: Sequence[Term], day: dt.date) -> Term | None:
    """The last term that ended before `day`, or None."""
    return max((t for t in terms if t.end < day), key=lambda t: t.start, default=None)


def term_last_in_force(terms: Sequence[Term], day: dt.date) -> Term | None:
    """The term in force on `day`; in a gap, the one that ended last before it (its powers
    are over and its successor is what the law asks for); None before the first term."""
    return term_in_force(terms, day) or previous_term(terms, day)


def term_after(terms: Sequence[Term], term: Term) -> Term | None:
    """The first term starting after `term` ends: its successor, once formed."""
    return next_term(terms, term.end)


def new_term_start(terms: Sequence[Term], day: dt.date) -> dt.date:
    """Art. 14: the first day of a composition formed on `day`: the day after the term in
    force ends (forming early never shortens it). Formed in a gap, the composition cannot
    serve before it exists: it starts on `day`. Before the first term, on `day` too."""
    reference = term_last_in_force(terms, day)
    if reference is None:
        return day
    return max(add_days(reference.end, 1), day)


# ------------------------------------------------------------------------ compositions


@dataclass(frozen=True)
class CompositionOnDay:
    """The composition of a council on one day: the term in force (None in a gap) and the
    members active that day (ordered by start, then id)."""

    day: dt.date
    term: Term | None
    members: list[Member]


def composition_on(council: Council, day: dt.date) -> CompositionOnDay:
    """Who the council was on `day` (the minutes of a past sitting state this, and Art. 17's
    quorum counts it)."""
    members = sorted(council.active_members(day), key=lambda m: (m.start, m.id))
    return CompositionOnDay(day, term_in_force(council.terms, day), members)


@dataclass(frozen=True)
class CompositionEntry:
    """One composition in the council's history: its term and everyone who served in it
    (a membership overlapping the term, so a member who replaced another counts too)."""

    term: Term
    members: list[Member]

    def counts(self) -> dict[str, int]:
        """Members of the composition by sex."""
        counts = {"female": 0, "male": 0}
        for member in self.members:
            counts[member.sex] = counts.get(member.sex, 0) + 1
        return counts


def served_in(member: Dated, term: Term) -> bool:
    """Whether a membership overlaps the term (at least one day in common)."""
    return member.start <= term.end and (member.end is None or member.end >= term.start)


def composition_history(council: Council) -> list[CompositionEntry]:
    """Every composition of the council, in the order of its terms, with its members."""
    ordered = sorted(council.members, key=lambda m: (m.start, m.id))
    return [CompositionEntry(term, [m for m in ordered if served_in(m, term)])
            for term in sorted(council.terms, key=lambda t: t.start)]


# ------------------------------------------------------------- the next composition


@dataclass(frozen=True)
class Succession:
    """What the next composition's deadlines (Art. 14) count from on a day.

    `term` is the term in force (`in_force`), or in a gap the one last in force; None before
    the first term (nothing to succeed). `next_term` is the first term starting after
    `term` ends: the next composition, already formed. `competition` is the competition for
    the next composition: the latest one announced on or after `term`'s start (one announced
    before formed `term` itself or an earlier one) and, when `next_term` exists, before it
    begins (one announced later is for a later composition: history read on a past day);
    a competition not yet announced counts when no announced one does (the last of them).
    `formed` is the day the next composition counts as formed: the earlier of the
    competition's `formed` and `next_term`'s `formed`.
    """

    day: dt.date
    term: Term | None
    in_force: bool
    competition: Competition | None
    next_term: Term | None
    formed: dt.date | None

    @property
    def is_formed(self) -> bool:
        """The next composition is formed: on a known day, or it has a term (a term recorded
        without the day it was formed, as an exchange file may hold, is formed all the
        same)."""
        return self.formed is not None or self.next_term is not None


def next_competition(council: Council, day: dt.date) -> Competition | None:
    """The competition for the composition that follows the term in force on `day` (see
    `Succession.competition`); None when there is none, or no term to follow."""
    return succession(council, day).competition


def _next_competition(competitions: Sequence[Competition], since: dt.date,
                      until: dt.date | None) -> Competition | None:
    """The latest competition announced in [since, until) (until None: no end), else the last
    one not announced."""
    candidates = [c for c in competitions if c.announced is None
                  or (c.announced >= since and (until is None or c.announced < until))]
    announced = [(c.announced, i) for i, c in enumerate(candidates) if c.announced is not None]
    if announced:
        return candidates[max(announced)[1]]
    return candidates[-1] if candidates else None


def succession(council: Council, day: dt.date) -> Succession:
    """The next composition as it stands on `day` (DOMAIN.md "Compositions and terms")."""
    in_force = term_in_force(council.terms, day)
    term = in_force or previous_term(council.terms, day)
    if term is None:
        return Succession(day, None, False, None, None, None)
    following = term_after(council.terms, term)
    competition = _next_competition(council.competitions, term.start,
                                    following.start if following is not None else None)
    known = [d for d in (competition.formed if competition else None,
                         following.formed if following else None) if d is not None]
    return Succession(day, term, in_force is not None, competition, following,
                      min(known, default=None))
