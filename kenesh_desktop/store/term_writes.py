"""Correcting a composition's term (Art. 14), naming the term by the day it begins.

A council's terms are its history (DOMAIN.md "Compositions and terms"): which one is in
force depends on the day, so a write never says "the council's term"; it names the term.
Forming the next composition adds a term (store/forming.py); this module only corrects the
dates of one already recorded, in one transaction, validated first. (`writes.update_council`
still takes `term_start`/`term_end` for the latest term, as its callers expect.)
"""

from __future__ import annotations

import datetime as dt

from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.writes import WriteError, _check_term, _council_row, council_rulebook

_KEEP = object()


def update_term(council_id: str, begins: dt.date, *, start: dt.date | object = _KEEP,
                end: dt.date | object = _KEEP, formed: dt.date | None | object = _KEEP) -> None:
    """Change the start, end or day of forming of the council's term that begins on
    `begins`. Refused when no term begins that day, when the term would be longer than the
    rulebook allows (Art. 14) or end before it starts, or when it would overlap another term.
    Memberships are not moved: a correction of the term is not a change of who served."""
    with db.atomic():
        council = _council_row(council_id)
        c = m.Composition
        row = c.get_or_none((c.council == council.id) & (c.start == begins))
        if row is None:
            raise WriteError.keyed("The council {code!r} has no term beginning on {start}.",
                                   code=council_id, start=begins)
        new_start = row.start if start is _KEEP else start
        new_end = row.end if end is _KEEP else end
        _check_term(new_start, new_end, council_rulebook(council))
        if formed is not _KEEP and formed is not None and not isinstance(formed, dt.date):
            raise WriteError.keyed("The date the composition was formed must be a date.")
        others = c.select().where((c.council == council.id) & (c.id != row.id))
        for other in others:
            if other.start <= new_end and new_start <= other.end:
                raise WriteError.keyed(
                    "The term {start} – {end} would overlap the term {other_start} – "
                    "{other_end}.", start=new_start, end=new_end, other_start=other.start,
                    other_end=other.end)
        row.start, row.end = new_start, new_end
        if formed is not _KEEP:
            row.formed = formed
        row.save()
