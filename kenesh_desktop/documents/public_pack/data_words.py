"""The open data's descriptions: each table's title and what it holds (`table.NAME`,
`about.NAME`), and each column's meaning (`NAME.COLUMN`), for data/README.md and the "Open
data" page (data_files.COLUMNS lists the columns). The pack's words find them as their own."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

DATA = Texts("data", """
# --- data/council.json -----------------------------------------------------------------
table.council: The council
about.council: One object: the council and the day the data are as of.
council.id: the council's id in the program
council.name: the council's name
council.state_body: the state body the council is attached to
council.rulebook: the rulebook the council works by (a law or its own)
council.as_of: the day the data are as of (YYYY-MM-DD)
council.language: the language of the texts: ky, ru or en
council.term_start: start of the term in force (null when there is none)
council.term_end: end of the term in force
# --- members ---------------------------------------------------------------------------
table.members: The composition in force
about.members: The members on the day of the data, one row per member.
members.full_name: full name
members.role: role: chair, deputy_chair, secretary or member
members.organization: the organisation
members.sex: sex: female or male
members.start: membership starts
members.end: membership ends (empty: not ended)
# --- terms -----------------------------------------------------------------------------
table.terms: Compositions
about.terms: The council's compositions and their terms of office.
terms.start: the term starts
terms.end: the term ends
terms.formed: the day it was formed (empty: not known)
terms.in_force: true for the composition in force on the day of the data
# --- sittings --------------------------------------------------------------------------
table.sittings: Sittings
about.sittings: One row per sitting. Attendance and quorum only for sittings whose minutes are
    finalized.
sittings.number: the sitting's number
sittings.date: date
sittings.time: start time HH:MM in the council's local time (the calendar names its zone),
    empty: not known
sittings.kind: kind: regular or extraordinary
sittings.place: place
sittings.status: finalized: minutes finalized; in_preparation: held, minutes being prepared;
    upcoming: still ahead
sittings.agenda_sent: the day the agenda was sent to the state body
sittings.called_by: the member who called an extraordinary sitting
sittings.members: members on the sitting's day
sittings.present: members present
sittings.quorum_needed: the number a quorum needs
sittings.quorum_reached: true when the sitting was competent
sittings.items: items on the agenda
sittings.adopted: decisions adopted
# --- agenda items ----------------------------------------------------------------------
table.agenda_items: Agenda items
about.agenda_items: One row per item. Decision, votes and outcome only for sittings whose minutes
    are finalized.
agenda_items.sitting: the sitting's number
agenda_items.item: the item's number on the agenda
agenda_items.title: the item
agenda_items.proposed_by: proposed by: council or state_body
agenda_items.speaker: speaker
agenda_items.decision: the decision's text
agenda_items.votes_for: votes for
agenda_items.votes_against: votes against
agenda_items.votes_abstain: abstentions
agenda_items.outcome: outcome: adopted, rejected, not_voted (not put to the vote) or no_quorum
    (nothing is adopted without a quorum)
# --- votes -----------------------------------------------------------------------------
table.votes: Votes
about.votes: Each member's vote, for sittings whose minutes are finalized.
votes.sitting: the sitting's number
votes.item: the item's number
votes.member: the member
votes.vote: vote: for, against or abstain
# --- attendance ------------------------------------------------------------------------
table.attendance: Attendance
about.attendance: Whether each member on the sitting's day was present, for sittings whose minutes
    are finalized. Reasons for absence are not published.
attendance.sitting: the sitting's number
attendance.member: the member
attendance.present: true: present; false: absent
# --- plans -----------------------------------------------------------------------------
table.plans: Work plans
about.plans: The activities of the approved annual plans, one row per activity.
plans.year: the plan's year
plans.approved: the day the plan was approved
plans.approved_at: the number of the sitting that approved it
plans.sent: the day a copy was sent to the state body
plans.item: the activity's number
plans.title: the activity
plans.due: due (a month or quarter as its last day)
plans.due_precision: what the due date means: day, month or quarter
plans.responsible: responsible
plans.form: form of completion
plans.status: status: planned, done, moved or dropped
# --- requests --------------------------------------------------------------------------
table.requests: Requests
about.requests: The council's requests to the state body and their answer deadline.
requests.number: the request's number
requests.subject: subject
requests.addressee: addressee
requests.registered: registered on
requests.answer_due: a written answer is due by
requests.answered: answered on (empty: no answer yet)
# --- proposals -------------------------------------------------------------------------
table.proposals: Proposals
about.proposals: Proposals of citizens and organisations (the author's name is not published).
proposals.received: received on
proposals.summary: summary
proposals.considered_at: the number of the sitting that considered it
proposals.outcome: the outcome
# --- README ----------------------------------------------------------------------------
readme_title: Open data
readme_files: Files
""")
