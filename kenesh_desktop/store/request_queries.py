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
from typing import NamedTuple

import peewee

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.terms import active_on
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.queries import CouncilSummary


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _council_pk(council_id: str) -> int:
    row = m.Council.select(m.Council.id).where(m.Council.code == council_id).tuples().first()
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return row[0]


CouncilHeading = CouncilSummary
"""What a document prints at its top: the council's name and its state body (and its id: the
same values `queries.list_councils` gives). No term: which one is in force depends on the
day (`rules.terms.term_in_force`)."""


def council_heading(council_id: str) -> CouncilHeading:
    row = m.Council.get_or_none(m.Council.code == council_id)
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return CouncilHeading(row.code, row.name, row.state_body)


def _requests_query(council_id: str, columns: tuple, registered_from: dt.date | None,
                    registered_to: dt.date | None):
    """The council's requests (registered within the period when one is given, both ends
    included) in the order they were entered: `columns` of each."""
    q = m.Request
    query = q.select(*columns).where(q.council == _council_pk(council_id)).order_by(q.id)
    if registered_from is not None:
        query = query.where(q.registered >= registered_from)
    if registered_to is not None:
        query = query.where(q.registered <= registered_to)
    return query


def council_requests(council_id: str, registered_from: dt.date | None = None,
                     registered_to: dt.date | None = None) -> list[r.Request]:
    """The council's requests, whole (their texts too: the register prints them), registered
    within the period when one is given (both ends included), in the order they were
    entered."""
    q = m.Request
    query = _requests_query(council_id, (q.code, q.number, q.subject, q.addressee,
                                         q.registered, q.answered, q.text, q.answer_summary),
                            registered_from, registered_to)
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


class RequestRow(NamedTuple):
    """A request as the Requests table lists it: every column the table shows, without the
    request's text (`council_request` reads one request whole, `request_texts` every text).

    The fields have the names of records.Request's, so code that reads a row's number,
    subject, dates or answer summary takes either."""

    id: str
    number: str
    subject: str
    addressee: str
    registered: dt.date
    answered: dt.date | None
    answer_summary: str


def council_request_rows(council_id: str, registered_from: dt.date | None = None,
                         registered_to: dt.date | None = None) -> list[RequestRow]:
    """The council's requests as the table lists them (see `council_requests` for the
    period), in the order they were entered.

    Issue 6: with 25,000 requests most of the time of a full read is SQLite handing over the
    text of every request; this leaves the texts in the database, and builds plain tuples."""
    q = m.Request
    query = _requests_query(council_id, (q.code, q.number, q.subject, q.addressee,
                                         q.registered, q.answered, q.answer_summary),
                            registered_from, registered_to)
    rows = db.execute(query).fetchall()
    make = RequestRow._make
    if rows and isinstance(rows[0][4], str):
        iso = dt.date.fromisoformat  # SQLite's ISO text, converted inline (runs per request)
        return [make((code, number, subject, addressee, iso(registered),
                      iso(answered) if answered else None, summary or ""))
                for code, number, subject, addressee, registered, answered, summary in rows]
    return [make((code, number, subject, addressee, _day(registered), _day(answered),
                  summary or ""))
            for code, number, subject, addressee, registered, answered, summary in rows]


def council_request(council_id: str, request_id: str) -> r.Request:
    """One request, whole (what the edit dialog and the details show); LookupError when the
    council has no request with that id."""
    q = m.Request
    row = (q.select(q.code, q.number, q.subject, q.addressee, q.registered, q.answered,
                    q.text, q.answer_summary)
           .where((q.council == _council_pk(council_id)) & (q.code == request_id))
           .tuples().first())
    if row is None:
        raise LookupError(f"unknown request {request_id!r} in council {council_id!r}")
    code, number, subject, addressee, registered, answered, text, summary = row
    return r.Request(code, number, subject, addressee, _day(registered), _day(answered),
                     text or "", summary or "")


def request_texts(council_id: str) -> dict[str, str]:
    """The text of every request of the council, by id (for searching the texts, which the
    table's rows leave out)."""
    q = m.Request
    query = q.select(q.code, q.text).where(q.council == _council_pk(council_id))
    return {code: text or "" for code, text in db.execute(query)}


@dataclass(frozen=True)
class ProposalRow:
    """A proposal and the sitting it was considered at (number and date), if any."""

    proposal: r.Proposal
    sitting_number: int | None = None
    sitting_date: dt.date | None = None


def council_proposals(council_id: str, code: str | None = None) -> list[ProposalRow]:
    """The council's proposals (Art. 6) in the order they were entered, with their sittings
    (only the one with the id `code`, when given: what its edit form shows)."""
    p, s = m.Proposal, m.Meeting
    where = p.council == _council_pk(council_id)
    if code is not None:
        where &= p.code == code
    query = (p.select(p.code, p.author, p.received, p.summary, s.code, p.outcome,
                      p.reply_sent, s.number, s.date)
             .join(s, join_type=peewee.JOIN.LEFT_OUTER, on=(p.considered_at == s.id))
             .where(where).order_by(p.id))
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


def council_notices(council_id: str, code: str | None = None) -> list[NoticeRow]:
    """The council's commission notices (Art. 18) in the order they were entered (only the
    one with the id `code`, when given)."""
    n, mem = m.CommissionNotice, m.Member
    where = n.council == _council_pk(council_id)
    if code is not None:
        where &= n.code == code
    query = (n.select(n.code, n.commission, n.received, n.sitting, mem.code, n.place, n.agenda,
                      n.attended, n.notes, mem.full_name)
             .join(mem, join_type=peewee.JOIN.LEFT_OUTER, on=(n.observer == mem.id))
             .where(where).order_by(n.id))
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
        return active_on(self, day)


def council_member_choices(council_id: str) -> list[MemberChoice]:
    """The council's members (former ones too), by name: who may be sent as an observer."""
    mem = m.Member
    query = (mem.select(mem.code, mem.full_name, mem.start, mem.end)
             .where(mem.council == _council_pk(council_id)).order_by(mem.full_name, mem.id))
    return [MemberChoice(code, name, _day(start), _day(end))
            for code, name, start, end in db.execute(query)]
