"""Every fixed text of the public pack's pages.

A table of its own rather than more of the documents' (documents/words/); where a text is the
same as a document's (roles, statuses, the report's headings) it is taken from
documents.wording, not written twice, and the open data's descriptions are data_words'. One set
of templates serves every language: the templates hold the structure, this module the words,
so a page cannot differ between languages except in its wording. A text is a `str.format`
template of plain text; the templates escape it (autoescape). The Kyrgyz and Russian are in
translations/ky.po and ru.po (lang/catalogue.py), the terms as the project's glossary has them.
"""

from __future__ import annotations

from kenesh_desktop.documents.public_pack.data_words import DATA
from kenesh_desktop.documents.wording import DOCUMENTS
from kenesh_desktop.lang.catalogue import Texts

# Texts the documents already word (roles, plan statuses, guests, the report's headings and
# table columns): taken from documents.wording under the same key (the open data's are
# data_words', all of them).
BORROWED = (
    "role_chair", "role_deputy_chair", "role_secretary", "role_member",
    "status_planned", "status_done", "status_moved", "status_dropped",
    "guest_state_body", "guest_expert", "guest_media", "guest_citizen", "guest_other",
    "col_no", "col_activity", "col_due", "col_responsible", "col_form", "col_status",
    "ar_title", "ar_basis", "ar_as_of", "ar_sec_sittings", "ar_sittings_summary",
    "ar_no_sittings", "ar_col_date", "ar_col_kind", "ar_col_present", "ar_col_quorum",
    "ar_col_items", "ar_competent", "ar_not_competent", "ar_chart_attendance",
    "ar_sec_attendance", "ar_col_member", "ar_col_role", "ar_col_attended", "ar_col_share",
    "ar_sec_decisions", "ar_col_sitting", "ar_col_item", "ar_col_decision", "ar_no_decisions",
    "ar_sec_requests", "ar_requests_summary", "ar_no_requests", "ar_request_on_time",
    "ar_request_late", "ar_request_unanswered", "ar_request_waiting", "ar_col_subject",
    "ar_col_addressee", "ar_col_registered", "ar_col_answered", "ar_chart_requests",
    "ar_sec_proposals", "ar_proposals_summary", "ar_no_proposals", "ar_col_received",
    "ar_col_summary", "ar_col_considered", "ar_col_outcome", "ar_not_considered",
    "ar_sec_plan", "ar_plan_summary", "ar_no_plan", "ar_short", "plan_short", "none",
    "nothing_recorded",
)

PACK = Texts("pack", """
# --- every page ----------------------------------------------------------------------
skip: Skip to the content
nav_label: Sections
nav_home: Home
nav_composition: Composition
nav_sittings: Sittings
nav_plans: Work plans
nav_reports: Reports
nav_data: Open data
footer: Information as of {date}. Prepared with Kenesh Desktop.
not_set: not set yet
back_sittings: ← All sittings
calendar_one: Add to calendar (.ics)
calendar_all: All sittings for your calendar (.ics)
# --- home ------------------------------------------------------------------------------
home_title: Information for the public
intro: The Public Council informs the public of its activity and decisions ({citation}): here are
    its composition, sittings and decisions, work plans and reports.
state_body_line: State body: {name}
term_line: Term of office: {start} – {end}.
no_term: There is no composition in force on this day.
members_count: Members: {count}
term_label: Term of office:
next_sitting_label: Next sitting
sittings_count: Sittings: {count}, of them with finalized minutes: {finalized}
no_plans: No approved work plan yet.
no_reports: Nothing to report yet.
data_teaser: The same records as tables (CSV, JSON), with every column described.
# --- composition -----------------------------------------------------------------------
composition_title: The composition in force
formed_line: Formed on {date}.
composition_summary: Members: {count} (women: {women}, men: {men}).
composition_basis: The composition is formed by competition: {min} to {max} members ({article},
    {law}).
col_name: Full name
col_role: Role
col_organization: Organisation
col_since: Member since
terms_title: Compositions and their terms
col_from: From
col_until: Until
col_formed: Formed
in_force: in force
# --- sittings --------------------------------------------------------------------------
sittings_title: Sittings of the Public Council
sittings_open: Sittings are open: citizens, civil-society organisations and the media may attend
    ({article}).
upcoming_title: Coming sittings
all_sittings: All sittings
no_sittings: No sittings yet.
col_date: Date
col_kind: Kind
col_place: Place
col_items: Items
col_minutes: Minutes
col_adopted: Decisions adopted
status_finalized: finalized
status_in_preparation: in preparation
status_upcoming: sitting ahead
kind_regular: regular
kind_extraordinary: extraordinary
# --- one sitting -----------------------------------------------------------------------
sitting_title_regular: Sitting No. {number} of the Public Council
sitting_title_extraordinary: Extraordinary sitting No. {number} of the Public Council
sitting_short: Sitting No. {number}
fact_date: Date
fact_time: Time
fact_place: Place
fact_called_by: Called by
fact_minutes: Minutes
fact_agenda_sent: Agenda sent to the state body
notice_upcoming: The sitting is still ahead. Its decisions are published once its minutes are
    finalized.
notice_in_preparation: The minutes of this sitting are not finalized yet: its decisions and votes
    are published once they are.
attendance_title: Attendance
quorum_ok: {present} of {members} members present; a quorum needs {needed} ({share} of members,
    {article}): the sitting was competent.
quorum_no: {present} of {members} members present; a quorum needs {needed} ({share} of members,
    {article}): the sitting was not competent and adopts nothing.
present_title: Present
absent_title: Absent
representative: State body representative: {name}
guests_line: Invited
agenda_title: Agenda
proposer_council: proposed by the council
proposer_state_body: proposed by the state body ({article})
speaker: Speaker: {name}
heard: Heard
spoke: Spoke
resolved: Resolved
outcome_adopted: Adopted
outcome_rejected: Not adopted
outcome_not_voted: Not put to the vote
outcome_no_quorum: Not adopted: there was no quorum
votes_line: Votes: for — {for_}, against — {against}, abstained — {abstain}.
vote_for: For
vote_against: Against
vote_abstain: Abstained
# --- plans -----------------------------------------------------------------------------
plans_title: Annual work plans
plan_activities: Activities: {count}
plan_approved_at: Approved at sitting No. {number} ({date}).
plan_approved_on: Approved on {date}.
plan_sent: A copy was sent to the state body on {date} ({article}).
# --- reports ---------------------------------------------------------------------------
reports_title: Reports to the public
report_title: Report on the Public Council's activity in {year}
report_for: {year}
report_pending: {count} sitting(s) whose minutes are not finalized yet are not counted here.
report_outcomes: Of {items} items in finalized minutes: adopted {adopted}, not adopted {rejected},
    not put to the vote {not_voted}, not adopted for want of a quorum {no_quorum}.
chart_table: The chart's figures
col_needed: Needed for a quorum
col_count: Count
col_due_answer: Answer due
plan_link: The whole work plan
# --- open data -------------------------------------------------------------------------
data_title: Open data
data_intro: The records of these pages as tables to reuse. Each table comes in two formats: CSV
    (UTF-8 with a byte-order mark, comma-separated; Excel opens it) and JSON (a list of objects
    with the same fields). Dates are YYYY-MM-DD. An empty cell means there is nothing recorded or
    it is not published.
data_safe_cells: In the CSV files a cell that begins with = + - @ is preceded by an apostrophe (')
    so that a spreadsheet does not run it as a formula; the JSON files hold the text unchanged.
data_rows: Rows: {count}
data_column: Column
data_meaning: Meaning
data_readme: Every column described in one file
data_calendar: Calendar of the sittings (iCalendar)
""", borrowed={key: DOCUMENTS for key in BORROWED} | {key: DATA for key in DATA})


def text(key: str, lang: str, **values: object) -> str:
    """The pack's text `key` in `lang`, with `values` filled in."""
    return PACK.text(key, lang, **values)
