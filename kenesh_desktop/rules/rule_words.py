"""Each rule's short name (a column, a group heading) and its statement with the rulebook's
figures (a tooltip), English; the Kyrgyz and Russian are in translations/ky.po and ru.po.
A rule the council's rulebook switches off is stated by its `.off` key."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

RULE_TITLES = Texts("rule_title", """
composition.size: Number of members
composition.gender: Gender balance
composition.organization: One member per organisation
composition.one_council: One council per person
composition.term: Term of office
meeting.quorum: Quorum of a sitting
meeting.agenda_notice: Agenda to the state body
request.answer_due: Answer to a request
notice.late: Notice of a commission's sitting
plan.copy_due: Copy of the annual work plan
competition.announcement: Announcement of the competition
competition.intake: Intake of documents
competition.formed: Forming the new composition
candidate.documents: Candidate's documents
candidate.requirements: Requirements for a candidate
""")

RULES = Texts("rule", """
composition.size: a council has at least {min} and at most {max} members.
composition.gender: no more than {pct}% of the members may be of the same sex.
composition.organization: at most {per_org} member(s) may come from the same organisation.
composition.gender.off: the council's rules set no limit on the share of one sex.
composition.organization.off: the council's rules set no limit on the members from one
    organisation.
composition.one_council: a person may be a member of only one public council.
composition.term: a composition's term of office lasts up to {years} years.
meeting.quorum: a sitting is competent when at least {quorum} of the members attend.
meeting.agenda_notice: the agenda of a sitting reaches the state body at least {agenda} before the
    sitting.
request.answer_due: a council's request is answered in writing no later than {answer} after it is
    registered.
notice.late: the state body tells the council of a tender or other commission's sitting at least
    {notice} before it.
plan.copy_due: the state body receives a copy of the annual work plan no later than {plan} after
    its approval.
competition.announcement: the competition for the new composition is announced at least {announce}
    months before the term ends.
competition.intake: documents are accepted within {intake} month(s) of the publication in the mass
    media.
competition.formed: the new composition is formed at least {formed} before the previous one's term
    ends.
candidate.documents: a candidate submits an application, a CV with photo, at least {letters}
    recommendation letters and their vision of the work in the council.
candidate.requirements: a candidate meets all seven requirements (citizenship, no criminal record,
    not a civil servant, reputation, no relatives in the state body, independence, civic
    experience).
""")
