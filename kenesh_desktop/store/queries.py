"""Reading the database into plain values (records dataclasses and small summaries).

A council is loaded with one query per table for all the councils asked for, then put
together in Python (no query per member or per sitting), so loading stays a handful of
queries however long the history is. Orders are fixed: members by start then id (as the
checks order them), sittings by number, plans by year, agenda items, guests and plan items
by their position, everything else in the order it was entered.

Two lighter loadings serve the checks (issue 11: `check` over fifty councils' ten years):
`load_for_checks` reads only what `rules.checks.run_checks` looks at (no agenda items, votes,
guests, proposals, plan items or request texts: three quarters of the rows), and
`members_of_all_councils` only the members, which is all "one council per person" (Art. 14)
needs of the other councils.

Rows are read straight from the cursor and dates converted here (`_day`): peewee's
per-value conversion (`python_value`) costs several times the read itself on the wide tables
(votes, attendance). The SQL is still built by peewee's query API, so it stays portable.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules import terms
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook, rulebook_from_mapping
from kenesh_desktop.rules.terms import CompositionOnDay
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db


@dataclass(frozen=True)
class CouncilSummary:
    """A council's id, name and state body: what a list or a heading shows. Its terms are
    not here: which one is in force depends on the day (`council_terms`)."""

    id: str
    name: str
    state_body: str


def list_councils() -> list[CouncilSummary]:
    """Every council, in Kyrgyz alphabetical order of its name."""
    rows = m.Council.select(m.Council.code, m.Council.name, m.Council.state_body).tuples()
    summaries = [CouncilSummary(code, name, body) for code, name, body in rows]
    return sorted(summaries, key=lambda s: (kyrgyz_sort_key(s.name), s.id))


def council_terms(council_id: str) -> list[r.Term]:
    """The council's terms (its compositions), ordered by start; raises
    LookupError("unknown council: X")."""
    row = m.Council.get_or_none(m.Council.code == council_id)
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    c = m.Composition
    query = c.select(c.start, c.end, c.formed).where(c.council == row.id).order_by(c.start)
    return [r.Term(_day(start), _day(end), _day(formed)) for start, end, formed in _rows(query)]


def composition_on(council_id: str, day: dt.date) -> CompositionOnDay:
    """Who the council was on `day`: the term in force (None in a gap) and the members active
    that day (the minutes of a past sitting state this composition)."""
    loader = _Loader([council_id], whole=False)
    loader.load_terms()
    loader.load_members()
    return terms.composition_on(loader.by_pk.popitem()[1], day)


def stored_rulebook(key: str, data: str | None) -> Rulebook | None:
    """The council's rulebook from its two columns: None for the default (no figures kept),
    else the figures kept as the exchange file's `rulebook` object."""
    return None if data is None else rulebook_from_mapping(json.loads(data))


def council_exists(council_id: str) -> bool:
    return m.Council.select().where(m.Council.code == council_id).exists()


def rulebook_of(council_id: str) -> Rulebook:
    """The rulebook council `council_id` follows: its own (the figures kept in
    `council.rulebook_data`), else Law No. 74. The one way the store, the command line and
    the window ask for a council's rulebook; raises LookupError("unknown council: X")."""
    row = (m.Council.select(m.Council.rulebook, m.Council.rulebook_data)
           .where(m.Council.code == council_id).tuples().first())
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return followed_rulebook(*row)


def followed_rulebook(key: str, data: str | None) -> Rulebook:
    """The rulebook of a council row's two columns (`rulebook`, `rulebook_data`): the kept
    figures, else the default (Law No. 74)."""
    return stored_rulebook(key, data) or LAW_74


def load_council(council_id: str) -> r.Council:
    """The whole council as records; raises LookupError("unknown council: X")."""
    return _Loader([council_id], whole=True).councils()[0]


def load_all() -> list[r.Council]:
    """Every council, whole, in the order of `list_councils`."""
    return _Loader(None, whole=True).councils()


def load_for_checks(council_ids: Iterable[str] | None = None) -> list[r.Council]:
    """Every council (or those of `council_ids`), in the order of `list_councils`, holding what
    `rules.checks.run_checks` reads and nothing more.

    Filled as `load_all` fills them: members; sittings with their fields and present members
    (no absence reasons, reopenings, guests or agenda items, so no votes); requests without
    their text and answer summary; commission notices; annual plans without their items;
    competitions with their candidates (documents, requirements, selection; no notes, phone
    or e-mail). Proposals are left out. An unknown id is a LookupError("unknown council: X").
    Not for documents or the exchange file: they need the whole council (`load_council`).
    """
    return _Loader(council_ids, whole=False).councils()


def members_of_all_councils() -> list[r.Council]:
    """Every council (in the order of `list_councils`) with its members and nothing else.

    Art. 14 (one council per person) compares a council's people with the members of every
    other council; their sittings, requests and the rest are not needed for it."""
    loader = _Loader(None, whole=False)
    loader.load_terms()
    loader.load_members()
    return list(loader.by_pk.values())


def _day(value) -> dt.date | None:
    """A date column's raw value: SQLite hands back ISO text, another database a date."""
    if value.__class__ is str and len(value) == 10:  # "YYYY-MM-DD": the common case first
        return _from_iso(value)
    if value is None or isinstance(value, dt.date):
        return value
    return _from_iso(str(value)[:10])


_from_iso = dt.date.fromisoformat


def _rows(query) -> list[tuple]:
    """The raw rows of a peewee query, from the cursor: no per-value conversion."""
    return db.execute(query).fetchall()


class _Loader:
    """Councils read with one query per table, then put together in Python.

    `whole` reads every record and field (what documents and the exchange file need);
    otherwise only what the checks read (see `load_for_checks`)."""

    def __init__(self, council_ids: Iterable[str] | None, whole: bool) -> None:
        self.whole = whole
        c = m.Council
        query = c.select(c.id, c.code, c.name, c.state_body, c.rulebook, c.rulebook_data)
        wanted = None if council_ids is None else list(dict.fromkeys(council_ids))
        if wanted is not None:
            query = query.where(c.code.in_(wanted))
        shells = [
            (pk, r.Council(id=code, name=name, state_body=body,
                           rulebook=stored_rulebook(key, data)))
            for pk, code, name, body, key, data in _rows(query)
        ]
        if wanted is not None:
            missing = [code for code in wanted if code not in {s.id for _, s in shells}]
            if missing:
                raise LookupError(f"unknown council: {missing[0]}")
        shells.sort(key=lambda shell: (kyrgyz_sort_key(shell[1].name), shell[1].id))
        self.by_pk: dict[int, r.Council] = dict(shells)
        # The councils asked for, as primary keys (None: every council, no condition).
        self.only: list[int] | None = None if wanted is None else list(self.by_pk)
        self.member_code: dict[int, str] = {}
        self.meetings: dict[int, r.Meeting] = {}

    def where(self, field):
        """The condition limiting a query to the councils asked for."""
        return field.is_null(False) if self.only is None else field.in_(self.only)

    def of_meetings(self, *columns):
        """A query of `columns` of a table that belongs to sittings, for the councils asked."""
        query = columns[0].model.select(*columns).join(m.Meeting)
        return query.where(self.where(m.Meeting.council))

    def councils(self) -> list[r.Council]:
        self.load_terms()
        self.load_members()
        self.load_meetings()
        self.load_requests()
        if self.whole:
            self.load_proposals()
        self.load_notices()
        self.load_plans()
        self.load_competitions()
        return list(self.by_pk.values())

    def load_terms(self) -> None:
        """Every council's terms, ordered by start."""
        t = m.Composition
        query = (t.select(t.council, t.start, t.end, t.formed).where(self.where(t.council))
                 .order_by(t.start))
        for council, start, end, formed in _rows(query):
            self.by_pk[council].terms.append(r.Term(_day(start), _day(end), _day(formed)))

    def load_members(self) -> None:
        """Members, ordered by start, then id (as the checks order them)."""
        q = m.Member
        query = q.select(q.id, q.council, q.code, q.full_name, q.sex, q.organization, q.role,
                         q.start, q.end, q.pin, q.phone, q.email).where(self.where(q.council))
        councils, member_code, member = self.by_pk, self.member_code, r.Member
        for pk, council, code, name, sex, organization, role, start, end, pin, phone, email in (
                _rows(query)):
            member_code[pk] = code
            councils[council].members.append(member(
                id=code, full_name=name, sex=sex, organization=organization, role=role,
                start=_day(start), end=_day(end), pin=pin, phone=phone, email=email))
        for council in councils.values():
            council.members.sort(key=lambda member: (member.start, member.id))

    def load_meetings(self) -> None:
        """Sittings by number with who was present (Art. 17's quorum); when whole, also the
        absence reasons, guests, reopenings, agenda items and votes."""
        mt = m.Meeting
        query = mt.select(mt.id, mt.council, mt.code, mt.number, mt.date, mt.kind, mt.place,
                          mt.agenda_sent, mt.finalized, mt.time, mt.called_by,
                          mt.state_body_representative, mt.presiding,
                          mt.minutes_by).where(self.where(mt.council))
        meetings, member_code = self.meetings, self.member_code
        for (pk, council, code, number, date, kind, place, agenda_sent, finalized, time,
             called_by, representative, presiding, minutes_by) in _rows(query):
            meeting = r.Meeting(
                id=code, number=number, date=_day(date), kind=kind, place=place,
                agenda_sent=_day(agenda_sent), finalized=bool(finalized), time=time,
                called_by=member_code.get(called_by), state_body_representative=representative,
                presiding=member_code.get(presiding), minutes_by=member_code.get(minutes_by))
            meetings[pk] = meeting
            self.by_pk[council].meetings.append(meeting)
        for council in self.by_pk.values():
            council.meetings.sort(key=lambda meeting: meeting.number)

        at = m.Attendance
        if self.whole:
            query = self.of_meetings(at.meeting, at.member, at.present,
                                     at.absence_reason).order_by(at.id)
            for meeting_pk, member_pk, present, reason in _rows(query):
                meeting = meetings[meeting_pk]
                if present:
                    meeting.present.append(member_code[member_pk])
                if reason:
                    meeting.absence_reasons[member_code[member_pk]] = reason
        else:
            # 15 rows a sitting, the widest table the checks read: the present ones only.
            query = (self.of_meetings(at.meeting, at.member)
                     .where(at.present == True).order_by(at.id))  # noqa: E712
            for meeting_pk, member_pk in _rows(query):
                meetings[meeting_pk].present.append(member_code[member_pk])
        if not self.whole:
            return

        g = m.Guest
        query = self.of_meetings(g.meeting, g.full_name, g.organization,
                                 g.category).order_by(g.position, g.id)
        for meeting_pk, name, organization, category in _rows(query):
            meetings[meeting_pk].guests.append(
                r.Guest(full_name=name, organization=organization, category=category))
        ro = m.Reopening
        query = self.of_meetings(ro.meeting, ro.reopened_on,
                                 ro.reason).order_by(ro.position, ro.id)
        for meeting_pk, on, reason in _rows(query):
            meetings[meeting_pk].reopenings.append(r.Reopening(on=_day(on), reason=reason))
        ai = m.AgendaItem
        items: dict[int, r.AgendaItem] = {}
        query = self.of_meetings(ai.id, ai.meeting, ai.title, ai.proposed_by, ai.decision,
                                 ai.speaker, ai.heard).order_by(ai.position, ai.id)
        for pk, meeting_pk, title, proposed_by, decision, speaker, heard in _rows(query):
            item = r.AgendaItem(title=title, proposed_by=proposed_by, decision=decision,
                                speaker=speaker, heard=heard)
            items[pk] = item
            meetings[meeting_pk].items.append(item)
        sp = m.AgendaSpeaker
        query = (sp.select(sp.item, sp.name, sp.summary).join(ai).join(m.Meeting)
                 .where(self.where(m.Meeting.council)).order_by(sp.position, sp.id))
        for item_pk, name, summary in _rows(query):
            items[item_pk].speakers.append(r.Speaker(name=name, summary=summary))
        v = m.Vote
        query = (v.select(v.item, v.member, v.choice).join(ai).join(m.Meeting)
                 .where(self.where(m.Meeting.council)).order_by(v.id))
        for item_pk, member_pk, choice in _rows(query):
            items[item_pk].votes[member_code[member_pk]] = choice

    def load_requests(self) -> None:
        """Requests in the order entered; their text and answer summary only when whole."""
        rq = m.Request
        extra = (rq.text, rq.answer_summary) if self.whole else ()
        query = (rq.select(rq.council, rq.code, rq.number, rq.subject, rq.addressee,
                           rq.registered, rq.answered, *extra)
                 .where(self.where(rq.council)).order_by(rq.id))
        councils, request = self.by_pk, r.Request
        for council, code, number, subject, addressee, registered, answered, *rest in (
                _rows(query)):
            councils[council].requests.append(request(
                code, number, subject, addressee, _day(registered), _day(answered), *rest))

    def load_proposals(self) -> None:
        p = m.Proposal
        meeting_code = {pk: meeting.id for pk, meeting in self.meetings.items()}
        query = (p.select(p.council, p.code, p.author, p.received, p.summary, p.considered_at,
                          p.outcome, p.reply_sent)
                 .where(self.where(p.council)).order_by(p.id))
        for (council, code, author, received, summary, considered_at, outcome,
             reply_sent) in _rows(query):
            self.by_pk[council].proposals.append(r.Proposal(
                id=code, author=author, received=_day(received), summary=summary,
                considered_at=meeting_code.get(considered_at), outcome=outcome,
                reply_sent=_day(reply_sent)))

    def load_notices(self) -> None:
        cn = m.CommissionNotice
        query = (cn.select(cn.council, cn.code, cn.commission, cn.received, cn.sitting,
                           cn.observer, cn.place, cn.agenda, cn.attended, cn.notes)
                 .where(self.where(cn.council)).order_by(cn.id))
        for (council, code, commission, received, sitting, observer, place, agenda, attended,
             notes) in _rows(query):
            self.by_pk[council].notices.append(r.CommissionNotice(
                id=code, commission=commission, received=_day(received),
                sitting=_day(sitting), observer=self.member_code.get(observer), place=place,
                agenda=agenda, attended=None if attended is None else bool(attended),
                notes=notes))

    def load_plans(self) -> None:
        """Annual plans by year; their items (by position) only when whole."""
        ap = m.AnnualPlan
        meeting_code = {pk: meeting.id for pk, meeting in self.meetings.items()}
        plans: dict[int, r.AnnualPlan] = {}
        query = (ap.select(ap.id, ap.council, ap.year, ap.approved, ap.sent, ap.approved_at,
                           ap.letter_number)
                 .where(self.where(ap.council)).order_by(ap.year))
        for pk, council, year, approved, sent, approved_at, letter_number in _rows(query):
            plan = r.AnnualPlan(year=year, approved=_day(approved), sent=_day(sent),
                                approved_at=meeting_code.get(approved_at),
                                letter_number=letter_number)
            plans[pk] = plan
            self.by_pk[council].plans.append(plan)
        if not self.whole:
            return
        pi = m.PlanItem
        query = (pi.select(pi.plan, pi.title, pi.due, pi.responsible, pi.form, pi.due_precision,
                           pi.status, pi.note)
                 .join(ap).where(self.where(ap.council)).order_by(pi.position, pi.id))
        for plan_pk, title, due, responsible, form, precision, status, note in _rows(query):
            plans[plan_pk].items.append(r.PlanItem(
                title=title, due=_day(due), responsible=responsible, form=form,
                due_precision=precision, status=status, note=note))

    def load_competitions(self) -> None:
        """Competitions and their candidates in the order entered; the candidates' notes,
        phone and e-mail only when whole."""
        cp = m.Competition
        competitions: dict[int, r.Competition] = {}
        query = (cp.select(cp.id, cp.council, cp.code, cp.announced, cp.published, cp.formed)
                 .where(self.where(cp.council)).order_by(cp.id))
        for pk, council, code, announced, published, formed in _rows(query):
            competition = r.Competition(id=code, announced=_day(announced),
                                        published=_day(published), formed=_day(formed))
            competitions[pk] = competition
            self.by_pk[council].competitions.append(competition)

        cd = m.Candidate
        documents = list(m.DOCUMENT_COLUMNS.items())
        requirements = list(m.REQUIREMENT_COLUMNS.items())
        notes = list(m.NOTE_COLUMNS.items()) if self.whole else []
        contact = (cd.phone, cd.email) if self.whole else ()
        columns = (cd.competition, cd.code, cd.full_name, cd.sex, cd.organization,
                   cd.received, cd.selected, *contact,
                   *(getattr(cd, column) for _, column in documents + requirements + notes))
        query = cd.select(*columns).where(self.where(cd.council)).order_by(cd.id)
        for row in _rows(query):
            competition, code, name, sex, organization, received, selected = row[:7]
            values = iter(row[7:])
            phone, email = (next(values), next(values)) if self.whole else (None, None)
            competitions[competition].candidates.append(r.Candidate(
                id=code, full_name=name, sex=sex, organization=organization,
                received=_day(received), selected=bool(selected), phone=phone, email=email,
                documents={key: (int(next(values)) if key == "recommendation_letters"
                                 else bool(next(values))) for key, _ in documents},
                # NULL: not yet recorded (None), kept apart from a recorded "no" (False).
                requirements={key: None if (value := next(values)) is None else bool(value)
                              for key, _ in requirements},
                requirement_notes={key: note for key, _ in notes if (note := next(values))}))
