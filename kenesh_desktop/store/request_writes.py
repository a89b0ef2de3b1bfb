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

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import models as m
from kenesh_desktop.store.db import db
from kenesh_desktop.store.writes import (
    WriteError,
    _check_code_form,
    _codes,
    _council_row,
    _member_row,
    _required,
    next_code,
)

ARTICLE_DUTIES = 6  # Art. 6: the council receives and considers citizens' proposals
ARTICLE_STATE_BODY = 18  # Art. 18: answers to requests, notices of commissions


def _day(value, label: str) -> dt.date:
    """A real calendar date (a datetime or a text is refused: the column holds days)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise WriteError(f"{label} must be a date.")
    return value


def _optional_day(value, label: str) -> dt.date | None:
    return None if value is None else _day(value, label)


def _text(value, label: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise WriteError(f"{label} must be text.")
    return value.strip()


def _new_code(council: m.Council, council_id: str, code: str, prefix: str, label: str) -> str:
    code = (code or "").strip()
    if not code:
        return next_code(council_id, prefix)
    _check_code_form(code, label)
    if code in _codes(council):
        raise WriteError(f"The id {code!r} is already used in this council.")
    return code


def _row(model, council: m.Council, code: str, noun: str):
    row = model.get_or_none((model.council == council.id) & (model.code == code))
    if row is None:
        raise WriteError(f"unknown {noun} {code!r} in council {council.code!r}")
    return row


# ---------------------------------------------------------------- requests (Art. 18)


def _request_fields(council: m.Council, request: r.Request, own_id: int | None) -> dict:
    number = _required(request.number, "The request's number")
    subject = _required(request.subject, "The request's subject")
    addressee = _required(request.addressee, "The official the request is sent to")
    registered = _day(request.registered, "The date the request was registered")
    answered = _optional_day(request.answered, "The date of the answer")
    if answered is not None and answered < registered:
        raise WriteError(
            f"Art. {ARTICLE_STATE_BODY}: the answer ({answered.isoformat()}) cannot come before "
            f"the request was registered ({registered.isoformat()})."
        )
    clash = m.Request.select(m.Request.id).where(
        (m.Request.council == council.id) & (m.Request.number == number)
    )
    if own_id is not None:
        clash = clash.where(m.Request.id != own_id)
    if clash.exists():
        raise WriteError(f"A request numbered {number!r} is already registered in this council.")
    return dict(number=number, subject=subject, addressee=addressee, registered=registered,
                answered=answered, text=_text(request.text, "The request's text"),
                answer_summary=_text(request.answer_summary, "The answer's summary"))


def add_request(council_id: str, request: r.Request) -> str:
    """Register a request of the council; its id is the next "r<N>" when request.id is empty."""
    with db.atomic():
        council = _council_row(council_id)
        fields = _request_fields(council, request, None)
        code = _new_code(council, council_id, request.id, "r", "request id")
        m.Request.create(council=council, code=code, **fields)
    return code


def update_request(council_id: str, request: r.Request) -> None:
    """Save every field of the request with id `request.id`."""
    with db.atomic():
        council = _council_row(council_id)
        row = _row(m.Request, council, request.id, "request")
        fields = _request_fields(council, request, row.id)
        m.Request.update(**fields).where(m.Request.id == row.id).execute()


def record_answer(council_id: str, request_id: str, answered: dt.date | None,
                  summary: str = "") -> None:
    """Record the state body's written answer (Art. 18): its date and what it said.

    `answered` None takes a recorded answer back (entered by mistake).
    """
    with db.atomic():
        council = _council_row(council_id)
        row = _row(m.Request, council, request_id, "request")
        answered = _optional_day(answered, "The date of the answer")
        summary = _text(summary, "The answer's summary")
        if answered is not None and answered < row.registered:
            raise WriteError(
                f"Art. {ARTICLE_STATE_BODY}: the answer ({answered.isoformat()}) cannot come "
                f"before the request was registered ({row.registered.isoformat()})."
            )
        m.Request.update(answered=answered, answer_summary=summary if answered else "").where(
            m.Request.id == row.id).execute()


def delete_request(council_id: str, request_id: str) -> None:
    """Delete a request entered by mistake (nothing else refers to a request)."""
    with db.atomic():
        _row(m.Request, _council_row(council_id), request_id, "request").delete_instance()


# ---------------------------------------------------------------- proposals (Art. 6)


def _proposal_fields(council: m.Council, proposal: r.Proposal) -> dict:
    author = _required(proposal.author, "The proposal's author")
    summary = _required(proposal.summary, "The proposal's summary")
    received = _day(proposal.received, "The date the proposal was received")
    reply_sent = _optional_day(proposal.reply_sent, "The date the reply was sent")
    if reply_sent is not None and reply_sent < received:
        raise WriteError(
            f"The reply ({reply_sent.isoformat()}) cannot be sent before the proposal was "
            f"received ({received.isoformat()})."
        )
    sitting = None
    if proposal.considered_at:
        sitting = m.Meeting.get_or_none((m.Meeting.council == council.id)
                                        & (m.Meeting.code == proposal.considered_at))
        if sitting is None:
            raise WriteError(
                f"Art. {ARTICLE_DUTIES}: a proposal is considered at a sitting of this council; "
                f"{proposal.considered_at!r} is not one."
            )
        if sitting.date < received:
            raise WriteError(
                f"Art. {ARTICLE_DUTIES}: sitting No. {sitting.number} "
                f"({sitting.date.isoformat()}) was held before the proposal was received "
                f"({received.isoformat()})."
            )
    outcome = _text(proposal.outcome, "The outcome") or None
    return dict(author=author, summary=summary, received=received,
                considered_at=sitting.id if sitting else None, outcome=outcome,
                reply_sent=reply_sent)


def add_proposal(council_id: str, proposal: r.Proposal) -> str:
    """Record a proposal received from a citizen or organisation; returns its id ("p<N>")."""
    with db.atomic():
        council = _council_row(council_id)
        fields = _proposal_fields(council, proposal)
        code = _new_code(council, council_id, proposal.id, "p", "proposal id")
        m.Proposal.create(council=council, code=code, **fields)
    return code


def update_proposal(council_id: str, proposal: r.Proposal) -> None:
    with db.atomic():
        council = _council_row(council_id)
        row = _row(m.Proposal, council, proposal.id, "proposal")
        fields = _proposal_fields(council, proposal)
        m.Proposal.update(**fields).where(m.Proposal.id == row.id).execute()


def delete_proposal(council_id: str, proposal_id: str) -> None:
    with db.atomic():
        _row(m.Proposal, _council_row(council_id), proposal_id, "proposal").delete_instance()


# ---------------------------------------------------------------- commission notices (Art. 18)


def _notice_fields(council: m.Council, notice: r.CommissionNotice) -> dict:
    commission = _required(notice.commission, "The commission's name")
    received = _day(notice.received, "The date the notice was received")
    sitting = _day(notice.sitting, "The date of the commission's sitting")
    if notice.attended is not None and not isinstance(notice.attended, bool):
        raise WriteError("Whether the observer attended must be yes, no or not known.")
    observer = None
    if notice.observer:
        member = _member_row(council, notice.observer)
        # Art. 5: the council attends as an observer; only a member on that day speaks for it.
        if not (member.start <= sitting and (member.end is None or sitting <= member.end)):
            raise WriteError(
                f"{member.full_name} is not a member of the council on the day of the "
                f"commission's sitting ({sitting.isoformat()}); choose an active member as "
                "observer."
            )
        observer = member.id
    return dict(commission=commission, received=received, sitting=sitting, observer=observer,
                place=_text(notice.place, "The place"), agenda=_text(notice.agenda, "The agenda"),
                attended=notice.attended, notes=_text(notice.notes, "The notes"))


def add_notice(council_id: str, notice: r.CommissionNotice) -> str:
    """Record the state body's notice of a commission's sitting; returns its id ("n<N>")."""
    with db.atomic():
        council = _council_row(council_id)
        fields = _notice_fields(council, notice)
        code = _new_code(council, council_id, notice.id, "n", "notice id")
        m.CommissionNotice.create(council=council, code=code, **fields)
    return code


def update_notice(council_id: str, notice: r.CommissionNotice) -> None:
    with db.atomic():
        council = _council_row(council_id)
        row = _row(m.CommissionNotice, council, notice.id, "notice")
        fields = _notice_fields(council, notice)
        m.CommissionNotice.update(**fields).where(m.CommissionNotice.id == row.id).execute()


def delete_notice(council_id: str, notice_id: str) -> None:
    with db.atomic():
        _row(m.CommissionNotice, _council_row(council_id), notice_id, "notice").delete_instance()
