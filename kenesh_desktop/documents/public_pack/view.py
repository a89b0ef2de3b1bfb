"""What the public pack may show of a council, and nothing else: plain frozen records built by
copying allowed fields one by one from the council's records (an allow-list, never a copy of
the whole record with some fields removed).

EXCHANGE.md (version 2, `publish`) lists what is never published: `pin`, `phone`, `email`,
absence reasons, candidates' documents and requirements, and the decisions of sittings whose
minutes are not finalized. The pages, the data files and the calendar are all made from these
records, so none of those fields can reach the folder: they are not here to be shown.

Beyond that list, the pack is cautious where a private person could be named: invited guests
are counted by category (not named), citizens' proposals are shown without their author,
and a draft sitting shows only its announcement (date, time, place, agenda and who proposed
each item); members may not publish what the council has not approved (DOMAIN.md, Roles), so
its attendance, discussion and votes wait for the finalized minutes, and a work plan appears
once approved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kenesh_desktop.lang import kyrgyz_sort_key
from kenesh_desktop.rules.deadlines import answer_due
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum, vote_totals
from kenesh_desktop.rules.outcome import meeting_outcomes
from kenesh_desktop.rules.records import (
    GUEST_CATEGORIES,
    ROLES,
    VOTE_CHOICES,
    Council,
    Meeting,
    Member,
    Proposal,
    Request,
    Term,
)
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.rules.terms import term_in_force

FINALIZED, IN_PREPARATION, UPCOMING = "finalized", "in_preparation", "upcoming"
"""A sitting as the public sees it: minutes finalized; held (or due today) but its minutes
not finalized yet; announced for a later day."""


@dataclass(frozen=True)
class PublicMember:
    name: str
    role: str
    organization: str
    sex: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class PublicVote:
    name: str
    choice: str  # for / against / abstain


@dataclass(frozen=True)
class PublicSpeaker:
    name: str
    summary: str


@dataclass(frozen=True)
class PublicItem:
    """An agenda item. For a sitting whose minutes are not finalized only `number`, `title`,
    `proposed_by` and `speaker` (who will report) are filled; the rest stays empty."""

    number: int
    title: str
    proposed_by: str
    speaker: str = ""
    heard: str = ""
    speakers: tuple[PublicSpeaker, ...] = ()
    decision: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    outcome: str | None = None  # rules.outcome's vocabulary; None: not published (draft)
    votes: tuple[PublicVote, ...] = ()


@dataclass(frozen=True)
class PublicSitting:
    id: str
    number: int
    date: dt.date
    time: str | None
    kind: str
    place: str
    status: str  # FINALIZED, IN_PREPARATION or UPCOMING
    agenda_sent: dt.date | None
    called_by: str  # the member who called an extraordinary sitting, or ""
    items: tuple[PublicItem, ...]
    # Finalized minutes only (else empty / None):
    quorum: QuorumStatus | None = None
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    state_body_representative: str = ""
    guests: tuple[tuple[str, int], ...] = ()  # (category, how many), never names

    @property
    def finalized(self) -> bool:
        return self.status == FINALIZED

    def adopted_count(self) -> int:
        return sum(1 for item in self.items if item.outcome == "adopted")


@dataclass(frozen=True)
class PublicPlanItem:
    number: int
    title: str
    due: dt.date | None
    due_precision: str
    responsible: str
    form: str
    status: str


@dataclass(frozen=True)
class PublicPlan:
    year: int
    approved: dt.date
    approved_at: int | None  # the number of the sitting that approved it
    sent: dt.date | None
    items: tuple[PublicPlanItem, ...]


@dataclass(frozen=True)
class PublicRequest:
    """A request of the council to the state body (Art. 18), without its text."""

    number: str
    subject: str
    addressee: str
    registered: dt.date
    due: dt.date
    answered: dt.date | None


@dataclass(frozen=True)
class PublicProposal:
    """A proposal of a citizen or an organisation (Art. 6), without its author's name."""

    received: dt.date
    summary: str
    considered_at: int | None  # the number of the sitting that considered it
    outcome: str


@dataclass(frozen=True)
class PublicCouncil:
    id: str
    name: str
    state_body: str
    rulebook: Rulebook
    as_of: dt.date
    term: Term | None  # the term in force on `as_of`
    terms: tuple[Term, ...]
    members: tuple[PublicMember, ...]  # the composition in force on `as_of`
    sittings: tuple[PublicSitting, ...]  # by number
    plans: tuple[PublicPlan, ...]  # approved plans, by year
    requests: tuple[PublicRequest, ...]  # registered up to `as_of`
    proposals: tuple[PublicProposal, ...]  # received up to `as_of`

    def sitting(self, number: int) -> PublicSitting | None:
        return next((s for s in self.sittings if s.number == number), None)


def _role_order(member: Member) -> tuple[int, str, str]:
    """Chair, deputy chairs, secretary, then members, each group in Kyrgyz alphabetical order."""
    rank = ROLES.index(member.role) if member.role in ROLES else len(ROLES)
    return rank, kyrgyz_sort_key(member.full_name), member.id


def public_member(member: Member) -> PublicMember:
    return PublicMember(name=member.full_name, role=member.role,
                        organization=member.organization, sex=member.sex,
                        start=member.start, end=member.end)


def composition_in_force(council: Council, day: dt.date) -> tuple[PublicMember, ...]:
    """The members active on `day`, chair first (no pin, phone or e-mail)."""
    active = sorted(council.active_members(day), key=_role_order)
    return tuple(public_member(m) for m in active)


def sitting_status(meeting: Meeting, day: dt.date) -> str:
    if meeting.finalized:
        return FINALIZED
    return UPCOMING if meeting.date > day else IN_PREPARATION


def public_sitting(council: Council, meeting: Meeting, day: dt.date,
                   rb: Rulebook | None = None) -> PublicSitting:
    """The sitting as published on `day`: its announcement, and the record of the finalized
    minutes (never absence reasons, guests' names or a draft's decisions)."""
    rb = rb or council.followed_rulebook
    status = sitting_status(meeting, day)
    caller = council.member(meeting.called_by) if meeting.called_by else None
    base = dict(id=meeting.id, number=meeting.number, date=meeting.date, time=meeting.time,
                kind=meeting.kind, place=meeting.place, status=status,
                agenda_sent=meeting.agenda_sent,
                called_by=caller.full_name if caller and meeting.kind == "extraordinary"
                else "")
    if status != FINALIZED:
        items = tuple(PublicItem(number=n, title=item.title, proposed_by=item.proposed_by,
                                 speaker=item.speaker)
                      for n, item in enumerate(meeting.items, start=1))
        return PublicSitting(items=items, **base)

    def name(member_id: str) -> str:
        member = council.member(member_id)
        return member.full_name if member else member_id

    quorum = meeting_quorum(council, meeting, rb)
    outcomes = meeting_outcomes(council, meeting, rb)
    items = []
    for n, (item, outcome) in enumerate(zip(meeting.items, outcomes, strict=True), start=1):
        totals = vote_totals(item.votes)
        votes = sorted((PublicVote(name(mid), choice) for mid, choice in item.votes.items()),
                       key=lambda v: (VOTE_CHOICES.index(v.choice), kyrgyz_sort_key(v.name)))
        items.append(PublicItem(
            number=n, title=item.title, proposed_by=item.proposed_by, speaker=item.speaker,
            heard=item.heard,
            speakers=tuple(PublicSpeaker(s.name, s.summary) for s in item.speakers),
            decision=item.decision, votes_for=totals.for_, votes_against=totals.against,
            votes_abstain=totals.abstain, outcome=outcome, votes=tuple(votes)))
    active = sorted(council.active_members(meeting.date),
                    key=lambda m: (kyrgyz_sort_key(m.full_name), m.id))
    present_ids = set(meeting.present)
    counts = {category: sum(1 for g in meeting.guests if g.category == category)
              for category in GUEST_CATEGORIES}
    return PublicSitting(
        items=tuple(items), quorum=quorum,
        present=tuple(m.full_name for m in active if m.id in present_ids),
        absent=tuple(m.full_name for m in active if m.id not in present_ids),
        state_body_representative=meeting.state_body_representative.strip(),
        guests=tuple((category, count) for category, count in counts.items() if count),
        **base)


def public_plans(council: Council) -> tuple[PublicPlan, ...]:
    """The approved work plans (a plan not approved is the council's draft)."""
    plans = []
    for plan in sorted(council.plans, key=lambda p: p.year):
        if plan.approved is None:
            continue
        meeting = council.meeting(plan.approved_at) if plan.approved_at else None
        items = tuple(PublicPlanItem(number=n, title=item.title, due=item.due,
                                     due_precision=item.due_precision,
                                     responsible=item.responsible, form=item.form,
                                     status=item.status)
                      for n, item in enumerate(plan.items, start=1))
        plans.append(PublicPlan(year=plan.year, approved=plan.approved,
                                approved_at=meeting.number if meeting else None,
                                sent=plan.sent, items=items))
    return tuple(plans)


def public_request(request: Request, day: dt.date, rb: Rulebook = LAW_74) -> PublicRequest:
    """The request as known on `day` (an answer dated later is not known yet)."""
    answered = request.answered if request.answered and request.answered <= day else None
    return PublicRequest(number=request.number, subject=request.subject,
                         addressee=request.addressee, registered=request.registered,
                         due=answer_due(request.registered, rb), answered=answered)


def public_proposal(council: Council, proposal: Proposal) -> PublicProposal:
    meeting = council.meeting(proposal.considered_at) if proposal.considered_at else None
    return PublicProposal(received=proposal.received, summary=proposal.summary,
                          considered_at=meeting.number if meeting else None,
                          outcome=proposal.outcome or "")


def public_council(council: Council, day: dt.date) -> PublicCouncil:
    """Everything the pack shows of `council`, as of `day`."""
    rb = council.followed_rulebook
    return PublicCouncil(
        id=council.id, name=council.name, state_body=council.state_body, rulebook=rb,
        as_of=day, term=term_in_force(council.terms, day), terms=tuple(council.terms),
        members=composition_in_force(council, day),
        sittings=tuple(public_sitting(council, m, day, rb)
                       for m in sorted(council.meetings, key=lambda m: m.number)),
        plans=public_plans(council),
        requests=tuple(public_request(r, day, rb) for r in sorted(
            (r for r in council.requests if r.registered <= day),
            key=lambda r: (r.registered, r.number))),
        proposals=tuple(public_proposal(council, p) for p in sorted(
            (p for p in council.proposals if p.received <= day), key=lambda p: p.received)))
