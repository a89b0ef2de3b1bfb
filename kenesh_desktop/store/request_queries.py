"""Fast reads for the Requests tab: one council's requests, proposals and notices, each in one
query, without loading the whole council.

A council may hold tens of thousands of requests; building every record through peewee's
per-column converters costs several times the query itself (its DateField parses each date
with strptime). So the rows are read from the cursor as they come and dates are converted
here with `date.fromisoformat` (SQLite returns ISO text; another database returns dates,
which are kept as they are). The SQL is still peewee's, so it stays portable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import models as m
from kenesh_desktop.store.db import db


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _council_pk(council_id: str) -> int:
    row = m.Council.select(m.Council.id).where(m.Council.code == council_id).tuples().first()
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return row[0]


@dataclass(frozen=True)
class CouncilHeading:
    """What a document prints at its top: the council's name and its state body."""

    id: str
    name: str
    state_body: str
    term_start: dt.date
    term_end: dt.date


def council_heading(council_id: str) -> CouncilHeading:
    row = m.Council.get_or_none(m.Council.code == council_id)
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return CouncilHeading(row.code, row.name, row.state_body, row.term_start, row.term_end)


def council_requests(council_id: str, registered_from: dt.date | None = None,
                     registered_to: dt.date | None = None) -> list[r.Request]:
    """The council's requests (registered within the period when one is given, both ends
    included), in the order they were entered."""
    q = m.Request
    query = (q.select(q.code, q.number, q.subject, q.addressee, q.registered, q.answered,
                      q.text, q.answer_summary)
             .where(q.council == _council_pk(council_id)).order_by(q.id))
    if registered_from is not None:
        query = query.where(q.registered >= registered_from)
    if registered_to is not None:
        query = query.where(q.registered <= registered_to)
    rows = db.execute(query).fetchall()
    request = r.Request
    if rows and isinstance(rows[0][4], str):
        # SQLite hands dates back as ISO text: convert inline, this loop runs per request.
        iso = dt.date.fromisoformat
        return [
            request(code, number, subject, addressee, iso(registered),
                    iso(answered) if answered else None, text or "", summary or "")
            for code, number, subject, addressee, registered, answered, text, summary in rows
        ]
    return [
        request(code, number, subject, addressee, _day(registered), _day(answered),
                text or "", summary or "")
        for code, number, subject, addressee, registered, answered, text, summary in rows
    ]


@dataclass(frozen=True)
class ProposalRow:
    """A proposal and the sitting it was considered at (number and date), if any."""

    proposal: r.Proposal
    sitting_number: int | None = None
    sitting_date: dt.date | None = None


def council_proposals(council_id: str) -> list[ProposalRow]:
    """The council's proposals (Art. 6) in the order they were entered, with their sittings."""
    p, s = m.Proposal, m.Meeting
    query = (p.select(p.code, p.author, p.received, p.summary, s.code, p.outcome,
                      p.reply_sent, s.number, s.date)
             .join(s, join_type=peewee.JOIN.LEFT_OUTER, on=(p.considered_at == s.id))
             .where(p.council == _council_pk(council_id)).order_by(p.id))
    return [
        ProposalRow(r.Proposal(code, author, _day(received), summary, sitting, outcome,
                               _day(reply_sent)), number, _day(date))
        for code, author, received, summary, sitting, outcome, reply_sent, number, date
        in db.execute(query)
    ]


@dataclass(frozen=True)
class NoticeRow:
    """A commission notice and the full name of the member sent as observer, if any."""

    notice: r.CommissionNotice
    observer_name: str = ""


def council_notices(council_id: str) -> list[NoticeRow]:
    """The council's commission notices (Art. 18) in the order they were entered."""
    n, mem = m.CommissionNotice, m.Member
    query = (n.select(n.code, n.commission, n.received, n.sitting, mem.code, n.place, n.agenda,
                      n.attended, n.notes, mem.full_name)
             .join(mem, join_type=peewee.JOIN.LEFT_OUTER, on=(n.observer == mem.id))
             .where(n.council == _council_pk(council_id)).order_by(n.id))
    return [
        NoticeRow(r.CommissionNotice(code, commission, _day(received), _day(sitting), observer,
                                     place or "", agenda or "",
                                     None if attended is None else bool(attended), notes or ""),
                  name or "")
        for (code, commission, received, sitting, observer, place, agenda, attended, notes,
             name) in db.execute(query)
    ]


@dataclass(frozen=True)
class SittingChoice:
    id: str
    number: int
    date: dt.date


def council_sittings(council_id: str) -> list[SittingChoice]:
    """The council's sittings by number: what a proposal may have been considered at."""
    s = m.Meeting
    query = (s.select(s.code, s.number, s.date).where(s.council == _council_pk(council_id))
             .order_by(s.number))
    return [SittingChoice(code, number, _day(date)) for code, number, date in db.execute(query)]


@dataclass(frozen=True)
class MemberChoice:
    id: str
    full_name: str
    start: dt.date
    end: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        """DOMAIN.md: active on D when start <= D and (end is empty or D <= end)."""
        return self.start <= day and (self.end is None or day <= self.end)


def council_member_choices(council_id: str) -> list[MemberChoice]:
    """The council's members (former ones too), by name: who may be sent as an observer."""
    mem = m.Member
    query = (mem.select(mem.code, mem.full_name, mem.start, mem.end)
             .where(mem.council == _council_pk(council_id)).order_by(mem.full_name, mem.id))
    return [MemberChoice(code, name, _day(start), _day(end))
            for code, name, start, end in db.execute(query)]
