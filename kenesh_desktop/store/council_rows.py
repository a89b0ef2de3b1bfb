"""Whole councils written as rows: what `writes.import_councils` (an exchange file, the demo)
inserts once the records are validated.

Rows of a table go in multi-row INSERTs of `_BATCH` rows, so importing a council with tens of
thousands of requests is a few hundred statements, not one per record.
"""

from __future__ import annotations

import json

import peewee

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook, rulebook_to_mapping
from kenesh_desktop.store import models as m

_BATCH = 100  # rows per multi-row INSERT: well under every driver's parameter limit


def insert_council(c: r.Council) -> None:
    """Insert a whole council (validated already), a handful of multi-row INSERTs per table."""
    council = m.Council.create(code=c.id, name=c.name, state_body=c.state_body,
                               **rulebook_columns(c.rulebook))
    _insert(m.Composition, [{"council": council.id, "start": t.start, "end": t.end,
                             "formed": t.formed} for t in c.terms])
    members = {
        x.id: m.Member.create(council=council, code=x.id, full_name=x.full_name, sex=x.sex,
                              organization=x.organization, role=x.role, start=x.start,
                              end=x.end, pin=x.pin, phone=x.phone, email=x.email).id
        for x in c.members
    }
    meetings: dict[str, int] = {}
    attendance, guests, reopenings, votes, speakers = [], [], [], [], []
    for s in c.meetings:
        row = m.Meeting.create(
            council=council, code=s.id, number=s.number, date=s.date, kind=s.kind,
            place=s.place, agenda_sent=s.agenda_sent, finalized=s.finalized, time=s.time,
            called_by=members.get(s.called_by),
            state_body_representative=s.state_body_representative,
            presiding=members.get(s.presiding), minutes_by=members.get(s.minutes_by),
        )
        meetings[s.id] = row.id
        attendance += [{"meeting": row.id, "member": members[code], "present": True,
                        "absence_reason": ""} for code in s.present]
        attendance += [{"meeting": row.id, "member": members[code], "present": False,
                        "absence_reason": reason}
                       for code, reason in s.absence_reasons.items() if reason]
        guests += [{"meeting": row.id, "position": i, "full_name": g.full_name,
                    "organization": g.organization, "category": g.category}
                   for i, g in enumerate(s.guests)]
        reopenings += [{"meeting": row.id, "position": i, "reopened_on": x.on,
                        "reason": x.reason} for i, x in enumerate(s.reopenings)]
        for i, item in enumerate(s.items):
            item_id = m.AgendaItem.create(
                meeting=row.id, position=i, title=item.title, proposed_by=item.proposed_by,
                decision=item.decision, speaker=item.speaker, heard=item.heard).id
            speakers += [{"item": item_id, "position": k, "name": x.name, "summary": x.summary}
                         for k, x in enumerate(item.speakers)]
            votes += [{"item": item_id, "member": members[code], "choice": choice}
                      for code, choice in item.votes.items()]
    _insert(m.Attendance, attendance)
    _insert(m.Guest, guests)
    _insert(m.Reopening, reopenings)
    _insert(m.Vote, votes)
    _insert(m.AgendaSpeaker, speakers)
    _insert(m.Request, [
        {"council": council.id, "code": q.id, "number": q.number, "subject": q.subject,
         "addressee": q.addressee, "registered": q.registered, "answered": q.answered,
         "text": q.text, "answer_summary": q.answer_summary} for q in c.requests])
    _insert(m.Proposal, [
        {"council": council.id, "code": p.id, "author": p.author, "received": p.received,
         "summary": p.summary, "considered_at": meetings.get(p.considered_at),
         "outcome": p.outcome, "reply_sent": p.reply_sent} for p in c.proposals])
    _insert(m.CommissionNotice, [
        {"council": council.id, "code": n.id, "commission": n.commission,
         "received": n.received, "sitting": n.sitting, "observer": members.get(n.observer),
         "place": n.place, "agenda": n.agenda, "attended": n.attended, "notes": n.notes}
        for n in c.notices])
    plan_items = []
    for plan in c.plans:
        plan_id = m.AnnualPlan.create(
            council=council, year=plan.year, approved=plan.approved, sent=plan.sent,
            approved_at=meetings.get(plan.approved_at), letter_number=plan.letter_number).id
        plan_items += [{"plan": plan_id, "position": i, "title": x.title, "due": x.due,
                        "responsible": x.responsible, "form": x.form,
                        "due_precision": x.due_precision, "status": x.status, "note": x.note}
                       for i, x in enumerate(plan.items)]
    _insert(m.PlanItem, plan_items)
    candidates = []
    for competition in c.competitions:
        competition_id = m.Competition.create(
            council=council, code=competition.id, announced=competition.announced,
            published=competition.published, formed=competition.formed).id
        candidates += [candidate_columns(council.id, competition_id, k)
                       for k in competition.candidates]
    _insert(m.Candidate, candidates)


def rulebook_columns(rulebook: Rulebook | None) -> dict:
    """The council's columns naming its rulebook: the default (Law No. 74) by its key alone,
    any other with its figures as the exchange file's `rulebook` object."""
    if rulebook is None:
        return {"rulebook": LAW_74.key, "rulebook_data": None}
    return {"rulebook": rulebook.key,
            "rulebook_data": json.dumps(rulebook_to_mapping(rulebook), ensure_ascii=False)}


def candidate_columns(council_id: int, competition_id: int, k: r.Candidate) -> dict:
    """The row of a candidate as the `candidate` table holds it."""
    row = {"council": council_id, "competition": competition_id, "code": k.id,
           "full_name": k.full_name, "sex": k.sex, "organization": k.organization,
           "received": k.received, "selected": k.selected, "phone": k.phone, "email": k.email}
    for key, column in m.DOCUMENT_COLUMNS.items():
        row[column] = k.documents.get(key, 0 if key == "recommendation_letters" else False)
    for key, column in m.REQUIREMENT_COLUMNS.items():
        row[column] = requirement_value(k.requirements.get(key))
    for key, column in m.NOTE_COLUMNS.items():
        row[column] = k.requirement_notes.get(key, "")
    return row


def requirement_value(value: object) -> bool | None:
    """A requirement of Art. 14 as stored: None ("not yet recorded") stays NULL, apart from
    a recorded "no" (schema version 3)."""
    return None if value is None else bool(value)


def _insert(model: type[m.BaseModel], rows: list[dict]) -> None:
    for batch in peewee.chunked(rows, _BATCH):
        model.insert_many(batch).execute()
