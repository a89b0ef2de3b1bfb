"""The texts of the register of requests to the state body."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

REGISTER = Texts("register", """
register_title: REGISTER of the Public Council's requests to the state body
register_short: Register of requests
register_period: Period: {start} – {end}
register_as_of: State as of {date}
register_rule: {article}: the official to whom a request is sent answers in writing no later than
    {days} after it is registered ({law}).
register_totals: Total: {total}; answered on time: {on_time}; answered late: {late}; overdue:
    {overdue}; awaiting an answer: {waiting}.
no_requests: No requests were registered in this period.
col_number: Number
col_subject: Subject
col_registered: Registered
col_answer_due: Answer due
col_answered: Answered
col_state: State
req_waiting: awaiting an answer, {days} left
req_due_soon: due soon, {days} left
req_due_today: due today
req_overdue: overdue by {days}
req_answered_on_time: answered on time
req_answered_late: answered {days} late
""")
