"""The texts of the annual report to the public."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

REPORT = Texts("report", """
ar_title: REPORT on the activity of the Public Council for {year}
ar_short: Annual report {year}
ar_basis: The council informs the public and reports on its activity and decisions ({citation}).
ar_as_of: Figures as of {date}.
ar_sec_sittings: Sittings held and their quorum
ar_sittings_summary: {held} sittings were held in {year}, {extraordinary} of them extraordinary;
    {competent} were competent ({article}: {share} of members).
ar_no_sittings: No sittings were held in {year}.
ar_col_date: Date
ar_col_kind: Kind
ar_col_present: Present
ar_col_quorum: Quorum
ar_col_items: Items
ar_kind_short_regular: regular
ar_kind_short_extraordinary: extraordinary
ar_competent: competent
ar_not_competent: not competent
ar_chart_attendance: Members present at each sitting (dashed: the number a quorum needs)
ar_sec_attendance: Attendance of members
ar_col_member: Member
ar_col_role: Role
ar_col_attended: Sittings attended
ar_col_share: Share
ar_sec_decisions: Decisions adopted
ar_decisions_summary: Of {items} agenda items, {adopted} were adopted, {rejected} were not,
    {no_quorum} were not adopted because the sitting had no quorum, and for {unvoted} no vote is
    recorded.
ar_col_sitting: Sitting
ar_col_item: Item
ar_col_decision: Decision
ar_sitting_ref: No. {number}, {date}
ar_votes_short: for {for_}, against {against}, abstained {abstain}
ar_no_decisions: No decisions were adopted.
ar_sec_requests: Requests sent to the state body
ar_requests_summary: {total} requests were registered in {year} ({article}: a written answer is due
    within {days} of registration).
ar_no_requests: No requests were registered in {year}.
ar_request_on_time: answered on time
ar_request_late: answered late
ar_request_unanswered: unanswered, overdue
ar_request_waiting: awaiting an answer
ar_col_subject: Subject
ar_col_addressee: Addressee
ar_col_registered: Registered
ar_col_answered: Answered
ar_chart_requests: Requests by state
ar_sec_proposals: Proposals from citizens and organisations
ar_proposals_summary: {received} proposals were received in {year}; {considered} were considered at
    a sitting{cite}.
ar_no_proposals: No proposals were received in {year}.
ar_col_author: Author
ar_col_received: Received
ar_col_summary: Summary
ar_col_considered: Considered at
ar_col_outcome: Outcome
ar_not_considered: not considered
ar_sec_plan: The annual work plan
ar_plan_summary: Of the {total} activities of the {year} work plan, {done} are done, {moved} moved,
    {dropped} dropped and {planned} still planned.
ar_no_plan: There is no work plan for {year}.
ar_plan_not_approved: The work plan is not approved.
ar_prepared: Prepared on {date}
""")
