"""Forming the next composition (Art. 14): a new term beside the one in force, and its members.

DOMAIN.md "Compositions and terms": forming adds the next term (start = the day after the term
in force ends; end = start + term_years - 1 day) and a membership from that day for every
selected candidate. Nothing about today changes: the term in force stays in force, and the
members of its composition stay active until its last day (their memberships end on it).

A composition formed late, after the day the law allows (term end - 7 days), is recorded all
the same: what happened is the record, and the checks report it (competition.formed). One
formed after the term in force has ended (in a gap) starts on the day it is formed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.lang import LANGUAGES
from kenesh_desktop.lang.catalogue import Texts
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.competition import selection_preview
from kenesh_desktop.rules.rulebook import Rulebook
from kenesh_desktop.rules.terms import new_term_start, succession, term_last_day
from kenesh_desktop.store import models as m
from kenesh_desktop.store import queries
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.competition_writes import (
    _check_open,
    _competition_row,
    problem_text,
)
from kenesh_desktop.store.labels import (
    ANNOUNCED,
    PUBLISHED,
)
from kenesh_desktop.store.writes import (
    WriteError,
    _council_row,
    council_rulebook,
    next_code,
)


@dataclass(frozen=True)
class FormingSummary:
    """What forming the next composition on `formed` does (Art. 14), for the user to
    confirm: the term it follows (`term_in_force`; in a gap the one that ended last), the new
    term, the new members, and the memberships of the composition in force that end on its
    last day (`ending`, on `ending_on`)."""

    formed: dt.date
    term_in_force: r.Term | None
    new_term_start: dt.date
    new_term_end: dt.date
    new_members: list[r.Candidate]
    ending: list[r.Member]
    ending_on: dt.date | None


def forming_summary(council: r.Council, competition: r.Competition, rb: Rulebook,
                    formed: dt.date) -> FormingSummary:
    """The next composition formed on `formed`: its term from the day after the term in force
    ends, for up to 2 years (Art. 14); the memberships of the composition in force still
    running after its last day end on that day."""
    reference = succession(council, formed).term
    start = new_term_start(council.terms, formed)
    ending: list[r.Member] = []
    if reference is not None:
        ending = [x for x in council.members if x.start <= reference.end
                  and (x.end is None or x.end > reference.end)]
    return FormingSummary(formed, reference, start, term_last_day(start, rb),
                          [c for c in competition.candidates if c.selected], ending,
                          reference.end if reference is not None else None)


def form_composition(council_id: str, competition_id: str, formed: dt.date,
                     lang: str = "en") -> FormingSummary:
    """Form the next composition from the selected candidates, in one transaction.

    Refused (WriteError, each reason naming the rulebook's article in `lang`) while the
    selection breaks a composition rule: 7 to 15 members, at most 70% of one sex, one member
    per organisation, nobody active in another council on the new term's first day, every
    selected candidate eligible, no next composition formed already. Otherwise: the next
    term recorded beside the one in force, a membership from its start for every selected
    candidate, the memberships of the composition in force ended on its last day, and the
    competition's formed date recorded.
    """
    if not isinstance(formed, dt.date):
        raise WriteError.keyed("The date the composition was formed must be a date.")
    with db.atomic():
        council_row = _council_row(council_id)
        rb = council_rulebook(council_row)
        row = _competition_row(council_id, competition_id)
        _check_open(row)
        council = queries.load_council(council_id)
        competition = next(c for c in council.competitions if c.id == competition_id)
        if succession(council, formed).competition is not competition:
            raise WriteError.keyed(
                "The competition {code!r} is not the one for the next composition.",
                code=competition_id)
        for day, label in ((competition.announced, ANNOUNCED),
                           (competition.published, PUBLISHED)):
            if day is not None and formed < day:
                raise WriteError.keyed(
                    "The composition cannot be formed ({formed}) before the competition was "
                    "{label} ({day}).", formed=formed, label=label, day=day,
                )
        others = [c for c in queries.members_of_all_councils() if c.id != council_id]
        preview = selection_preview(competition, council, others, rb, day=formed)
        if not preview.ok:
            reasons = "\n".join(f"• {problem_text(p, competition, lang, rb)}"
                                for p in preview.problems)
            refused = _REFUSED.text("refused", lang if lang in LANGUAGES else "en",
                                    article=rb.article("composition"))
            raise WriteError(refused + "\n" + reasons)
        summary = forming_summary(council, competition, rb, formed)
        for member in summary.ending:
            m.Member.update(end=summary.ending_on).where(
                (m.Member.council == council_row.id) & (m.Member.code == member.id)).execute()
        for candidate in summary.new_members:
            # One save per member: a failure on any of them rolls back the whole forming.
            m.Member.create(
                council=council_row, code=next_code(council_id, "m"),
                full_name=candidate.full_name, sex=candidate.sex,
                organization=candidate.organization, role="member",
                start=summary.new_term_start, end=None, pin=None, phone=candidate.phone,
                email=candidate.email)
        m.Competition.update(formed=formed).where(m.Competition.id == row.id).execute()
        m.Composition.create(council=council_row, start=summary.new_term_start,
                             end=summary.new_term_end, formed=formed)
    return summary


# The refusal's first line; the article is the council rulebook's (Art. 14 of Law No. 74).
_REFUSED = Texts("forming", """
refused: The new composition cannot be formed (Art. {article}):
""")
