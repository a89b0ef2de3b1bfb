"""Reading the database into plain values (records dataclasses and small summaries).

A council is loaded with one query per table for all the councils asked for, then put
together in Python (no query per member or per sitting), so loading stays a handful of
queries however long the history is. Orders are fixed: members by start then id (as the
checks order them), sittings by number, plans by year, agenda items, guests and plan items
by their position, everything else in the order it was entered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules import records as r
from kenesh_desktop.store import models as m


@dataclass(frozen=True)
class CouncilSummary:
    id: str
    name: str
    state_body: str
    term_start: dt.date
    term_end: dt.date


def list_councils() -> list[CouncilSummary]:
    """Every council, in Kyrgyz alphabetical order of its name."""
    rows = m.Council.select(
        m.Council.code, m.Council.name, m.Council.state_body, m.Council.term_start,
        m.Council.term_end,
    ).tuples()
    summaries = [CouncilSummary(*row) for row in rows]
    return sorted(summaries, key=lambda s: (kyrgyz_sort_key(s.name), s.id))


def council_exists(council_id: str) -> bool:
    return m.Council.select().where(m.Council.code == council_id).exists()


def council_rulebook(council_id: str) -> str:
    """The key of the rulebook the council works by."""
    row = m.Council.get_or_none(m.Council.code == council_id)
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return row.rulebook


def load_council(council_id: str) -> r.Council:
    """The whole council as records; raises LookupError("unknown council: X")."""
    row = m.Council.get_or_none(m.Council.code == council_id)
    if row is None:
        raise LookupError(f"unknown council: {council_id}")
    return _assemble([row], only=[row.id])[0]


def load_all() -> list[r.Council]:
    """Every council, in the order of `list_councils`."""
    rows = sorted(m.Council.select(), key=lambda c: (kyrgyz_sort_key(c.name), c.code))
    return _assemble(rows, only=None)


def _where(field, only: list[int] | None):
    """The condition limiting a query to the councils asked for (all when `only` is None)."""
    return field.is_null(False) if only is None else field.in_(only)


def _assemble(rows: list[m.Council], only: list[int] | None) -> list[r.Council]:
    """Build records for these council rows; `only` limits the queries to their ids."""
    councils = {
        row.id: r.Council(id=row.code, name=row.name, state_body=row.state_body,
                          term_start=row.term_start, term_end=row.term_end)
        for row in rows
    }
    member_code: dict[int, str] = {}
    for x in m.Member.select().where(_where(m.Member.council, only)).dicts():
        member_code[x["id"]] = x["code"]
        councils[x["council"]].members.append(r.Member(
            id=x["code"], full_name=x["full_name"], sex=x["sex"],
            organization=x["organization"], role=x["role"], start=x["start"], end=x["end"],
            pin=x["pin"], phone=x["phone"], email=x["email"]))
    for council in councils.values():
        council.members.sort(key=lambda member: (member.start, member.id))

    meetings: dict[int, r.Meeting] = {}
    for x in m.Meeting.select().where(_where(m.Meeting.council, only)).dicts():
        meeting = r.Meeting(
            id=x["code"], number=x["number"], date=x["date"], kind=x["kind"],
            place=x["place"], agenda_sent=x["agenda_sent"], finalized=x["finalized"],
            time=x["time"], called_by=member_code.get(x["called_by"]),
            state_body_representative=x["state_body_representative"])
        meetings[x["id"]] = meeting
        councils[x["council"]].meetings.append(meeting)
    for council in councils.values():
        council.meetings.sort(key=lambda meeting: meeting.number)
    meeting_code = {pk: meeting.id for pk, meeting in meetings.items()}

    def of_meetings(model):
        return model.select(model).join(m.Meeting).where(_where(m.Meeting.council, only))

    for x in of_meetings(m.Attendance).order_by(m.Attendance.id).dicts():
        meeting = meetings[x["meeting"]]
        if x["present"]:
            meeting.present.append(member_code[x["member"]])
        if x["absence_reason"]:
            meeting.absence_reasons[member_code[x["member"]]] = x["absence_reason"]
    for x in of_meetings(m.Guest).order_by(m.Guest.position, m.Guest.id).dicts():
        meetings[x["meeting"]].guests.append(
            r.Guest(full_name=x["full_name"], organization=x["organization"],
                    category=x["category"]))
    for x in of_meetings(m.Reopening).order_by(m.Reopening.position, m.Reopening.id).dicts():
        meetings[x["meeting"]].reopenings.append(r.Reopening(on=x["reopened_on"],
                                                             reason=x["reason"]))
    items: dict[int, r.AgendaItem] = {}
    for x in of_meetings(m.AgendaItem).order_by(m.AgendaItem.position, m.AgendaItem.id).dicts():
        item = r.AgendaItem(title=x["title"], proposed_by=x["proposed_by"],
                            decision=x["decision"], speaker=x["speaker"], heard=x["heard"])
        items[x["id"]] = item
        meetings[x["meeting"]].items.append(item)
    votes = (m.Vote.select(m.Vote.item, m.Vote.member, m.Vote.choice)
             .join(m.AgendaItem).join(m.Meeting)
             .where(_where(m.Meeting.council, only)).order_by(m.Vote.id).tuples())
    for item_id, member_id, choice in votes:
        items[item_id].votes[member_code[member_id]] = choice

    for x in m.Request.select().where(_where(m.Request.council, only)).order_by(
            m.Request.id).dicts():
        councils[x["council"]].requests.append(r.Request(
            id=x["code"], number=x["number"], subject=x["subject"], addressee=x["addressee"],
            registered=x["registered"], answered=x["answered"], text=x["text"],
            answer_summary=x["answer_summary"]))
    for x in m.Proposal.select().where(_where(m.Proposal.council, only)).order_by(
            m.Proposal.id).dicts():
        councils[x["council"]].proposals.append(r.Proposal(
            id=x["code"], author=x["author"], received=x["received"], summary=x["summary"],
            considered_at=meeting_code.get(x["considered_at"]), outcome=x["outcome"],
            reply_sent=x["reply_sent"]))
    for x in m.CommissionNotice.select().where(
            _where(m.CommissionNotice.council, only)).order_by(m.CommissionNotice.id).dicts():
        councils[x["council"]].notices.append(r.CommissionNotice(
            id=x["code"], commission=x["commission"], received=x["received"],
            sitting=x["sitting"], observer=member_code.get(x["observer"]), place=x["place"],
            agenda=x["agenda"], attended=x["attended"], notes=x["notes"]))

    plans: dict[int, r.AnnualPlan] = {}
    for x in m.AnnualPlan.select().where(_where(m.AnnualPlan.council, only)).order_by(
            m.AnnualPlan.year).dicts():
        plan = r.AnnualPlan(year=x["year"], approved=x["approved"], sent=x["sent"],
                            approved_at=meeting_code.get(x["approved_at"]),
                            letter_number=x["letter_number"])
        plans[x["id"]] = plan
        councils[x["council"]].plans.append(plan)
    plan_items = (m.PlanItem.select(m.PlanItem).join(m.AnnualPlan)
                  .where(_where(m.AnnualPlan.council, only))
                  .order_by(m.PlanItem.position, m.PlanItem.id).dicts())
    for x in plan_items:
        plans[x["plan"]].items.append(r.PlanItem(
            title=x["title"], due=x["due"], responsible=x["responsible"], form=x["form"],
            due_precision=x["due_precision"], status=x["status"], note=x["note"]))

    competitions: dict[int, r.Competition] = {}
    for x in m.Competition.select().where(_where(m.Competition.council, only)).order_by(
            m.Competition.id).dicts():
        competition = r.Competition(id=x["code"], announced=x["announced"],
                                    published=x["published"], formed=x["formed"])
        competitions[x["id"]] = competition
        councils[x["council"]].competitions.append(competition)
    for x in m.Candidate.select().where(_where(m.Candidate.council, only)).order_by(
            m.Candidate.id).dicts():
        competitions[x["competition"]].candidates.append(_candidate(x))
    return list(councils.values())


def _candidate(x: dict) -> r.Candidate:
    return r.Candidate(
        id=x["code"], full_name=x["full_name"], sex=x["sex"], organization=x["organization"],
        received=x["received"],
        documents={key: (int(x[column]) if key == "recommendation_letters" else bool(x[column]))
                   for key, column in m.DOCUMENT_COLUMNS.items()},
        # NULL: not yet recorded (None), kept apart from a recorded "no" (False).
        requirements={key: None if x[column] is None else bool(x[column])
                      for key, column in m.REQUIREMENT_COLUMNS.items()},
        selected=bool(x["selected"]), phone=x["phone"], email=x["email"],
        requirement_notes={key: x[column] for key, column in m.NOTE_COLUMNS.items()
                           if x[column]},
    )
