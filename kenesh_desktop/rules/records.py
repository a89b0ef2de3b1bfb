"""A council's records as plain dataclasses: what the checks, the documents and the exchange file
work on, with no database and no Qt.

The fields follow the exchange file of EXCHANGE.md (version 2); fields marked "extension" are
the program's own additions, written to the exchange file only when they hold a value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kenesh_desktop.rules.rulebook import LAW_74, Rulebook
from kenesh_desktop.rules.terms import active_on

# Closed vocabularies (EXCHANGE.md)
SEXES = ("female", "male")
ROLES = ("chair", "deputy_chair", "secretary", "member")
MEETING_KINDS = ("regular", "extraordinary")
PROPOSERS = ("council", "state_body")
VOTE_CHOICES = ("for", "against", "abstain")
GUEST_CATEGORIES = ("state_body", "expert", "media", "citizen", "other")
PLAN_ITEM_STATUSES = ("planned", "done", "moved", "dropped")
DUE_PRECISIONS = ("day", "month", "quarter")
DOCUMENT_KEYS = ("application", "cv_with_photo", "recommendation_letters", "vision")
REQUIREMENT_KEYS = (
    "citizen_capable",
    "no_criminal_record",
    "not_civil_servant",
    "reputation",
    "no_relatives_in_body",
    "independent",
    "civic_experience",
)


@dataclass
class Member:
    id: str
    full_name: str
    sex: str
    organization: str
    role: str
    start: dt.date
    end: dt.date | None = None
    pin: str | None = None
    phone: str | None = None
    email: str | None = None

    def active_on(self, day: dt.date) -> bool:
        """DOMAIN.md: active on D when start <= D and (end is empty or D <= end)."""
        return active_on(self, day)


@dataclass
class Guest:
    full_name: str
    organization: str = ""
    category: str = "other"


@dataclass
class Speaker:
    """One speaker in the discussion of an item (ВЫСТУПИЛИ): a member or anyone else."""

    name: str
    summary: str = ""


@dataclass
class AgendaItem:
    title: str
    proposed_by: str = "council"
    decision: str = ""
    votes: dict[str, str] = field(default_factory=dict)  # member id -> for/against/abstain
    speaker: str = ""  # who reported (version 2)
    heard: str = ""  # the report's summary (version 2)
    speakers: list[Speaker] = field(default_factory=list)  # the discussion (version 2)


@dataclass
class Reopening:
    """A finalized sitting opened again for correction (extension): when and why."""

    on: dt.date
    reason: str


@dataclass
class Meeting:
    id: str
    number: int
    date: dt.date
    kind: str = "regular"
    place: str = ""
    agenda_sent: dt.date | None = None
    present: list[str] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    finalized: bool = False
    time: str | None = None  # extension, "HH:MM"
    called_by: str | None = None  # extension: member id who called an extraordinary sitting
    state_body_representative: str = ""  # extension
    absence_reasons: dict[str, str] = field(default_factory=dict)  # extension
    reopenings: list[Reopening] = field(default_factory=list)  # extension
    presiding: str | None = None  # member id of who presided (version 2); None: not recorded
    minutes_by: str | None = None  # member id of who took the minutes (version 2)


@dataclass
class Request:
    id: str
    number: str
    subject: str
    addressee: str
    registered: dt.date
    answered: dt.date | None = None
    text: str = ""  # extension
    answer_summary: str = ""  # extension


@dataclass
class Proposal:
    id: str
    author: str
    received: dt.date
    summary: str
    considered_at: str | None = None  # meeting id
    outcome: str | None = None
    reply_sent: dt.date | None = None  # extension


@dataclass
class CommissionNotice:
    id: str
    commission: str
    received: dt.date
    sitting: dt.date
    observer: str | None = None  # member id
    place: str = ""  # extension
    agenda: str = ""  # extension
    attended: bool | None = None  # extension
    notes: str = ""  # extension


@dataclass
class PlanItem:
    title: str
    due: dt.date | None = None
    responsible: str = ""
    form: str = ""
    due_precision: str = "day"  # extension: a month or quarter is stored as its last day
    status: str = "planned"  # extension
    note: str = ""  # extension


@dataclass
class AnnualPlan:
    year: int
    approved: dt.date | None = None
    sent: dt.date | None = None
    items: list[PlanItem] = field(default_factory=list)
    approved_at: str | None = None  # extension: meeting id
    letter_number: str = ""  # extension


@dataclass
class Candidate:
    id: str
    full_name: str
    sex: str
    organization: str
    received: dt.date | None
    documents: dict[str, bool | int] = field(
        default_factory=lambda: {
            "application": False,
            "cv_with_photo": False,
            "recommendation_letters": 0,
            "vision": False,
        }
    )
    # Art. 14: each requirement is True (met), False (not met) or None (not yet recorded);
    # a new candidate has none recorded.
    requirements: dict[str, bool | None] = field(
        default_factory=lambda: {key: None for key in REQUIREMENT_KEYS}
    )
    selected: bool = False
    phone: str | None = None  # extension
    email: str | None = None  # extension
    requirement_notes: dict[str, str] = field(default_factory=dict)  # extension


@dataclass
class Competition:
    id: str
    announced: dt.date | None = None
    published: dt.date | None = None
    formed: dt.date | None = None
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Term:
    """One composition's term of office (DOMAIN.md "Compositions and terms"); `formed` is the
    day the composition was formed, when known."""

    start: dt.date
    end: dt.date
    formed: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """In force on `day`: start <= day <= end."""
        return active_on(self, day)


@dataclass
class Council:
    """A council's records. `terms` are its compositions' terms, ordered by start (the term in
    force on a day: `rules.terms.term_in_force`); `rulebook` is None for the default
    (Law No. 74) or the council's own figures."""

    id: str
    name: str
    state_body: str
    members: list[Member] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    notices: list[CommissionNotice] = field(default_factory=list)
    plans: list[AnnualPlan] = field(default_factory=list)
    competitions: list[Competition] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    rulebook: Rulebook | None = None

    @property
    def followed_rulebook(self) -> Rulebook:
        """The rulebook the council follows: its own, or Law No. 74 (the default) when it has
        none. Every rule, message and document of the council takes its figures, articles
        and name from this one."""
        return self.rulebook if self.rulebook is not None else LAW_74

    def active_members(self, day: dt.date) -> list[Member]:
        return [m for m in self.members if m.active_on(day)]

    def member(self, member_id: str) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def meeting(self, meeting_id: str) -> Meeting | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)

    def meeting_by_number(self, number: int) -> Meeting | None:
        return next((m for m in self.meetings if m.number == number), None)

    def plan(self, year: int) -> AnnualPlan | None:
        return next((p for p in self.plans if p.year == year), None)
