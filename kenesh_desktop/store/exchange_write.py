"""Writing the council exchange file of EXCHANGE.md (version 2), faithfully.

Every field of version 2 is written (`terms`, `rulebook`, a sitting's `time`, `called_by`,
`state_body_representative`, `absence_reasons`, `presiding`, `minutes_by`, an item's
`speaker`, `heard`, `speakers` and its computed `outcome`); the program's other extension
fields (marked "extension" in records.py) only when they differ from their default. Export,
import and export again give the same content.

A candidate's requirement the program holds as "not yet recorded" (None) has no place in the
file, which requires true or false: it is written as false (not recorded as met; the checks
read both alike), so a file read back has false there.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from kenesh_desktop.files import open_replacing
from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.meetings import meeting_quorum
from kenesh_desktop.rules.outcome import item_outcome
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook, rulebook_to_mapping
from kenesh_desktop.store.exchange_values import FORMAT, VERSION


def dump_exchange_file(councils: list[r.Council], path: Path | str) -> None:
    """Write the exchange file (UTF-8, indented) atomically: a crash leaves the old file or
    the new one, never half a file. Readable by its owner only: it holds personal data."""
    text = json.dumps(to_exchange(councils), ensure_ascii=False, indent=2) + "\n"
    with open_replacing(path, "w", encoding="utf-8", private=True) as handle:
        handle.write(text)


def to_exchange(councils: list[r.Council]) -> dict:
    """The exchange document (a JSON-ready dict) of these councils."""
    return {"format": FORMAT, "version": VERSION, "councils": [_council(c) for c in councils]}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _extend(out: dict, **extensions: tuple[Any, Any]) -> dict:
    """Add each extension (value, default) only when the value is not its default."""
    for key, (value, default) in extensions.items():
        if value != default:
            out[key] = value
    return out


def _council(c: r.Council) -> dict:
    rulebook = c.rulebook or LAW_74
    return {
        "id": c.id,
        "name": c.name,
        "state_body": c.state_body,
        "terms": [{"start": _iso(t.start), "end": _iso(t.end), "formed": _iso(t.formed)}
                  for t in c.terms],
        "rulebook": None if c.rulebook is None else rulebook_to_mapping(c.rulebook),
        "members": [_member(m) for m in c.members],
        "meetings": [_meeting(c, m, rulebook) for m in c.meetings],
        "requests": [_request(q) for q in c.requests],
        "proposals": [_proposal(p) for p in c.proposals],
        "notices": [_notice(n) for n in c.notices],
        "plans": [_plan(p) for p in c.plans],
        "competitions": [_competition(k) for k in c.competitions],
    }


def _member(m: r.Member) -> dict:
    return {
        "id": m.id, "full_name": m.full_name, "sex": m.sex, "organization": m.organization,
        "role": m.role, "start": _iso(m.start), "end": _iso(m.end), "pin": m.pin,
        "phone": m.phone, "email": m.email,
    }


def _meeting(c: r.Council, m: r.Meeting, rulebook: Rulebook) -> dict:
    quorum = meeting_quorum(c, m, rulebook)
    out = {
        "id": m.id, "number": m.number, "date": _iso(m.date), "kind": m.kind, "place": m.place,
        "agenda_sent": _iso(m.agenda_sent), "present": list(m.present),
        "guests": [
            {"full_name": g.full_name, "organization": g.organization, "category": g.category}
            for g in m.guests
        ],
        "items": [{**_agenda_item(i), "outcome": item_outcome(i.votes, quorum, rulebook)}
                  for i in m.items],
        "finalized": m.finalized,
        "time": m.time,
        "called_by": m.called_by,
        "state_body_representative": m.state_body_representative,
        "absence_reasons": {code: text for code, text in m.absence_reasons.items() if text},
        "presiding": m.presiding,
        "minutes_by": m.minutes_by,
    }
    reopenings = [{"on": _iso(x.on), "reason": x.reason} for x in m.reopenings]
    return _extend(out, reopenings=(reopenings, []))


def _agenda_item(i: r.AgendaItem) -> dict:
    return {"title": i.title, "proposed_by": i.proposed_by, "decision": i.decision,
            "votes": dict(i.votes), "speaker": i.speaker, "heard": i.heard,
            "speakers": [{"name": s.name, "summary": s.summary} for s in i.speakers]}


def _request(q: r.Request) -> dict:
    out = {"id": q.id, "number": q.number, "subject": q.subject, "addressee": q.addressee,
           "registered": _iso(q.registered), "answered": _iso(q.answered)}
    return _extend(out, text=(q.text, ""), answer_summary=(q.answer_summary, ""))


def _proposal(p: r.Proposal) -> dict:
    out = {"id": p.id, "author": p.author, "received": _iso(p.received), "summary": p.summary,
           "considered_at": p.considered_at, "outcome": p.outcome}
    return _extend(out, reply_sent=(_iso(p.reply_sent), None))


def _notice(n: r.CommissionNotice) -> dict:
    out = {"id": n.id, "commission": n.commission, "received": _iso(n.received),
           "sitting": _iso(n.sitting), "observer": n.observer}
    return _extend(out, place=(n.place, ""), agenda=(n.agenda, ""),
                   attended=(n.attended, None), notes=(n.notes, ""))


def _plan(p: r.AnnualPlan) -> dict:
    out = {"year": p.year, "approved": _iso(p.approved), "sent": _iso(p.sent),
           "items": [_plan_item(i) for i in p.items]}
    return _extend(out, approved_at=(p.approved_at, None), letter_number=(p.letter_number, ""))


def _plan_item(i: r.PlanItem) -> dict:
    out = {"title": i.title, "due": _iso(i.due), "responsible": i.responsible, "form": i.form}
    return _extend(out, due_precision=(i.due_precision, "day"), status=(i.status, "planned"),
                   note=(i.note, ""))


def _competition(k: r.Competition) -> dict:
    return {"id": k.id, "announced": _iso(k.announced), "published": _iso(k.published),
            "formed": _iso(k.formed), "candidates": [_candidate(c) for c in k.candidates]}


def _candidate(c: r.Candidate) -> dict:
    documents = {
        key: c.documents.get(key, 0 if key == "recommendation_letters" else False)
        for key in r.DOCUMENT_KEYS
    }
    # Version 1 requires a boolean for each requirement: "not yet recorded" (None) is written
    # as false, "not recorded as met" (the checks read both alike: only true is met).
    requirements = {key: c.requirements.get(key) is True for key in r.REQUIREMENT_KEYS}
    notes = {key: text for key, text in c.requirement_notes.items() if text}
    out = {"id": c.id, "full_name": c.full_name, "sex": c.sex, "organization": c.organization,
           "received": _iso(c.received), "documents": documents, "requirements": requirements,
           "selected": c.selected}
    return _extend(out, phone=(c.phone, None), email=(c.email, None),
                   requirement_notes=(notes, {}))
