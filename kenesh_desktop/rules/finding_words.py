"""The words of the findings and of a selection's problems (rules/messages.py puts them
together), English; the Kyrgyz and Russian are in translations/ky.po and ru.po. Each template
is filled with the finding's language-free `details`, worded by the tables after it.
"""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

# What a finding says, by its rule; a deadline's by what happened: done late, not done and
# past due (missing), or near (upcoming). problem.* are a selection preview's problems.
FINDINGS = Texts("finding", """
composition.size: the council has {active} active members; it must have {min} to {max}.
composition.gender: {count} of {active} active members ({percent}%) are {sex}; at most {limit}
    ({limit_percent}%) may be of one sex.
composition.organization: {name} is a second member from {organization} (the first is
    {first_name}); one organisation may have one member.
composition.one_council: {name} is also an active member of {others}; a person may be a member of
    one council only.
composition.term: the term {term_start} – {term_end} is too long: it may last up to {years} years,
    to {latest_end} at the latest.
meeting.quorum: sitting {number} had no quorum: {present} of {members} present, {needed} needed.
meeting.agenda_notice.late: the agenda of sitting {number} ({date}) reached the state body on
    {done_on}, later than {due}.
meeting.agenda_notice.missing: the agenda of sitting {number} ({date}) was not sent to the state
    body; it was due by {due}.
meeting.agenda_notice.upcoming: the agenda of sitting {number} ({date}) must reach the state body
    by {due} ({days_left} left).
request.answer_due.late: request No. {number} was answered on {done_on}, later than {due}
    ({days_overdue} late).
request.answer_due.missing: request No. {number} has no written answer; it was due by {due}
    ({days_overdue} overdue).
request.answer_due.upcoming: the written answer to request No. {number} is due by {due}
    ({days_left} left).
notice.late: the notice of the sitting of {commission} on {sitting} arrived on {received}, later
    than {due}.
plan.copy_due.late: the copy of the {year} annual work plan reached the state body on {done_on},
    later than {due}.
plan.copy_due.missing: the copy of the {year} annual work plan (approved on {approved}) was not
    sent to the state body; it was due by {due}.
plan.copy_due.upcoming: the copy of the {year} annual work plan must reach the state body by {due}
    ({days_left} left).
competition.announcement.late: the competition for the next composition was announced on {done_on},
    later than {due} (the term ends on {term_end}).
competition.announcement.missing: no competition for the next composition has been announced; it
    was due by {due} (the term ends on {term_end}).
competition.announcement.upcoming: the competition for the next composition must be announced by
    {due} ({days_left} left).
competition.intake: the documents of {name} were received on {received}, outside the intake period
    {published} – {last_day}.
competition.formed.late: the new composition was formed on {done_on}, later than {due} (the term
    ends on {term_end}).
competition.formed.missing: the new composition has not been formed; it was due by {due} (the term
    ends on {term_end}).
competition.formed.upcoming: the new composition must be formed by {due} ({days_left} left).
candidate.documents: selected candidate {name} lacks: {missing}.
candidate.requirements: selected candidate {name} does not meet: {failed}.
problem.size: the selection has {count} candidates; a council must have {min} to {max} members.
problem.gender: {count} of {total} selected candidates are {sex}; at most {limit} may be of one
    sex.
problem.organization: {name} is a second candidate from {organization} (the first is {first_name}).
problem.one_council: {name} will still be a member of another council ({council}).
problem.incomplete: candidate {name} is selected but the file is incomplete: {missing}.
problem.not_eligible: candidate {name} is selected but does not meet: {failed}.
problem.formed: the next composition is already formed; its term begins on {start}.
""")

# Before every message: its article, and the rulebook's name beside it when the council
# follows another than the default.
PREFIX = Texts("finding_prefix", """
article: Art. {article}:
article_and_law: Art. {article} ({law}):
""")

# {sex} in a message about one sex.
SEX = Texts("sex", """
female: women
male: men
""")

# {missing}: the documents a candidate has not handed in.
MISSING_DOCUMENTS = Texts("missing_document", """
application: the application
cv_with_photo: a CV with photo
vision: the vision of the work in the council
recommendation_letters: recommendation letters ({letters} of {min_letters})
""")

# Whose citizen a candidate must be, as the council's rulebook says (a council's own
# regulation names no country: "any").
CITIZEN = Texts("citizen", """
kg: a citizen of the Kyrgyz Republic with full legal capacity
kz: a citizen of the Republic of Kazakhstan with full legal capacity
any: a citizen with full legal capacity
""")

# {failed}: the requirements a candidate does not meet (citizenship is CITIZEN's);
# not_recorded follows one not yet recorded.
REQUIREMENTS = Texts("requirement", """
no_criminal_record: no criminal record
not_civil_servant: not a state or municipal employee
reputation: impeccable reputation
no_relatives_in_body: no relatives working in the state body
independent: not dependent on the state body
civic_experience: experience of civic activity
not_recorded: not yet recorded
""")
