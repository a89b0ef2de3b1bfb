"""Every change to the council's requests (Art. 18), citizens' proposals (Art. 6) and the
notices of the state body's commissions (Art. 18).

Each function runs in `db.atomic()`, validates before it writes and raises `WriteError` with a
message for the user. Records are named by their exchange ids ("r3", "p2", "n1"); a new
record's id is the council's next "r<N>", "p<N>" or "n<N>" (`writes.next_code`).

What is refused is what makes a record wrong in itself (no subject, an answer dated before the
request was registered, a sitting of another council). What the law asks of the state body
(an answer within 2 weeks, a notice 2 days ahead) is reported by the checks, not refused: the
secretariat must be able to record a late answer or a late notice as it happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.terms import active_on
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.labels import (
    AGENDA,
    ANSWER_DATE,
    ANSWER_SUMMARY,
    COMMISSION_NAME,
    COMMISSION_SITTING,
    NOTES,
    NOTICE,
    NOTICE_ID,
    NOTICE_RECEIVED,
    OUTCOME,
    PLACE,
    PROPOSAL,
    PROPOSAL_AUTHOR,
    PROPOSAL_ID,
    PROPOSAL_RECEIVED,
    PROPOSAL_SUMMARY,
    REPLY_SENT,
    REQUEST,
    REQUEST_ADDRESSEE,
    REQUEST_ID,
    REQUEST_NUMBER,
    REQUEST_REGISTERED,
    REQUEST_SUBJECT,
    REQUEST_TEXT,
)
from kenesh_desktop.store.writes import (
    WriteError,
    _coded_row,
    _council_row,
    _day,
    _member_row,
    _new_code,
    _optional_day,
    _required,
    _text,
    council_rulebook,
)

Fields = Callable[[m.Council, object, int | None], dict]
"""Validates a record against its council (and its own row's id when it is saved again) and
returns the column values to write."""


# ---------------------------------------------------------------- one shape for every kind


def _add(model, council_id: str, record, fields: Fields, prefix: str, label: str) -> str:
    """Insert a new record of `model`; its id is `record.id` or the council's next
    "<prefix><N>". Returns the id."""
    with db.atomic():
        council = _council_row(council_id)
        values = fields(council, record, None)
        code = _new_code(council, record.id, prefix, label)
        model.create(council=council, code=code, **values)
    return code


def _update(model, council_id: str, record, fields: Fields, noun: str) -> None:
    """Save every field of the record of `model` with the id `record.id`."""
    with db.atomic():
        council = _council_row(council_id)
        row = _coded_row(model, council, record.id, noun)
        values = fields(council, record, row.id)
        model.update(**values).where(model.id == row.id).execute()


def _delete(model, council_id: str, code: str, noun: str) -> None:
    with db.atomic():
        _coded_row(model, _council_row(council_id), code, noun).delete_instance()


def _check_answer_date(council: m.Council, answered: dt.date | None,
                       registered: dt.date) -> None:
    """The answer the state body owes (the council rulebook's article on the state body: Art. 18
    of Law No. 74) comes after the request it answers."""
    if answered is not None and answered < registered:
        raise WriteError.keyed(
            "Art. {article}: the answer ({answered}) cannot come before the request was "
            "registered ({registered}).", article=council_rulebook(council).article("state_body"),
            answered=answered, registered=registered,
        )


# ---------------------------------------------------------------- requests (Art. 18)


def _request_fields(council: m.Council, request: r.Request, own_id: int | None) -> dict:
    number = _required(request.number, REQUEST_NUMBER)
    subject = _required(request.subject, REQUEST_SUBJECT)
    addressee = _required(request.addressee, REQUEST_ADDRESSEE)
    registered = _day(request.registered, REQUEST_REGISTERED)
    answered = _optional_day(request.answered, ANSWER_DATE)
    _check_answer_date(council, answered, registered)
    clash = m.Request.select(m.Request.id).where(
        (m.Request.council == council.id) & (m.Request.number == number)
    )
    if own_id is not None:
        clash = clash.where(m.Request.id != own_id)
    if clash.exists():
        raise WriteError.keyed(
            "A request numbered {number!r} is already registered in this council.",
            number=number)
    return dict(number=number, subject=subject, addressee=addressee, registered=registered,
                answered=answered, text=_text(request.text, REQUEST_TEXT),
                answer_summary=_text(request.answer_summary, ANSWER_SUMMARY))


def add_request(council_id: str, request: r.Request) -> str:
    """Register a request of the council; its id is the next "r<N>" when request.id is empty."""
    return _add(m.Request, council_id, request, _request_fields, "r", REQUEST_ID)


def update_request(council_id: str, request: r.Request) -> None:
    """Save every field of the request with id `request.id`."""
    _update(m.Request, council_id, request, _request_fields, REQUEST)


def record_answer(council_id: str, request_id: str, answered: dt.date | None,
                  summary: str = "") -> None:
    """Record the state body's written answer (Art. 18): its date and what it said.

    `answered` None takes a recorded answer back (entered by mistake).
    """
    with db.atomic():
        council = _council_row(council_id)
        row = _coded_row(m.Request, council, request_id, REQUEST)
        answered = _optional_day(answered, ANSWER_DATE)
        summary = _text(summary, ANSWER_SUMMARY)
        _check_answer_date(council, answered, row.registered)
        m.Request.update(answered=answered, answer_summary=summary if answered else "").where(
            m.Request.id == row.id).execute()


def delete_request(council_id: str, request_id: str) -> None:
    """Delete a request entered by mistake (nothing else refers to a request)."""
    _delete(m.Request, council_id, request_id, REQUEST)


# ---------------------------------------------------------------- proposals (Art. 6)


def _proposal_fields(council: m.Council, proposal: r.Proposal, _own_id: int | None) -> dict:
    author = _required(proposal.author, PROPOSAL_AUTHOR)
    summary = _required(proposal.summary, PROPOSAL_SUMMARY)
    received = _day(proposal.received, PROPOSAL_RECEIVED)
    reply_sent = _optional_day(proposal.reply_sent, REPLY_SENT)
    if reply_sent is not None and reply_sent < received:
        raise WriteError.keyed(
            "The reply ({reply_sent}) cannot be sent before the proposal was received "
            "({received}).", reply_sent=reply_sent, received=received,
        )
    sitting = None
    # The council's duties (Art. 6 of Law No. 74: it receives and considers proposals); a
    # rulebook may cite no article on them.
    duties = council_rulebook(council).cited("duties")
    if proposal.considered_at:
        sitting = m.Meeting.get_or_none((m.Meeting.council == council.id)
                                        & (m.Meeting.code == proposal.considered_at))
        if sitting is None:
            if duties is None:  # a rulebook without an article on the council's duties
                raise WriteError.keyed(
                    "A proposal is considered at a sitting of this council; {code!r} is not "
                    "one.", code=proposal.considered_at)
            raise WriteError.keyed(
                "Art. {article}: a proposal is considered at a sitting of this council; "
                "{code!r} is not one.", article=duties, code=proposal.considered_at,
            )
        if sitting.date < received:
            if duties is None:
                raise WriteError.keyed(
                    "Sitting No. {number} ({date}) was held before the proposal was received "
                    "({received}).", number=sitting.number, date=sitting.date,
                    received=received)
            raise WriteError.keyed(
                "Art. {article}: sitting No. {number} ({date}) was held before the proposal "
                "was received ({received}).", article=duties, number=sitting.number,
                date=sitting.date, received=received,
            )
    outcome = _text(proposal.outcome, OUTCOME) or None
    return dict(author=author, summary=summary, received=received,
                considered_at=sitting.id if sitting else None, outcome=outcome,
                reply_sent=reply_sent)


def add_proposal(council_id: str, proposal: r.Proposal) -> str:
    """Record a proposal received from a citizen or organisation; returns its id ("p<N>")."""
    return _add(m.Proposal, council_id, proposal, _proposal_fields, "p", PROPOSAL_ID)


def update_proposal(council_id: str, proposal: r.Proposal) -> None:
    _update(m.Proposal, council_id, proposal, _proposal_fields, PROPOSAL)


def delete_proposal(council_id: str, proposal_id: str) -> None:
    _delete(m.Proposal, council_id, proposal_id, PROPOSAL)


# ---------------------------------------------------------------- commission notices (Art. 18)


def _notice_fields(council: m.Council, notice: r.CommissionNotice, _own_id: int | None) -> dict:
    commission = _required(notice.commission, COMMISSION_NAME)
    received = _day(notice.received, NOTICE_RECEIVED)
    sitting = _day(notice.sitting, COMMISSION_SITTING)
    if notice.attended is not None and not isinstance(notice.attended, bool):
        raise WriteError.keyed("Whether the observer attended must be yes, no or not known.")
    observer = None
    if notice.observer:
        member = _member_row(council, notice.observer)
        # Art. 5: the council attends as an observer; only a member on that day speaks for it.
        if not active_on(member, sitting):
            raise WriteError.keyed(
                "{name} is not a member of the council on the day of the commission's "
                "sitting ({date}); choose an active member as observer.",
                name=member.full_name, date=sitting,
            )
        observer = member.id
    return dict(commission=commission, received=received, sitting=sitting, observer=observer,
                place=_text(notice.place, PLACE), agenda=_text(notice.agenda, AGENDA),
                attended=notice.attended, notes=_text(notice.notes, NOTES))


def add_notice(council_id: str, notice: r.CommissionNotice) -> str:
    """Record the state body's notice of a commission's sitting; returns its id ("n<N>")."""
    return _add(m.CommissionNotice, council_id, notice, _notice_fields, "n", NOTICE_ID)


def update_notice(council_id: str, notice: r.CommissionNotice) -> None:
    _update(m.CommissionNotice, council_id, notice, _notice_fields, NOTICE)


def delete_notice(council_id: str, notice_id: str) -> None:
    _delete(m.CommissionNotice, council_id, notice_id, NOTICE)
