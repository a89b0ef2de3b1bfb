"""The outcome of an agenda item (DOMAIN.md, "Outcome of an item"): one rule that the window,
the minutes, the extract, the public pack and the exchange file all use.

- A sitting without a quorum (Art. 17) cannot adopt anything: every item is `no_quorum`,
  whatever votes were recorded (they are still printed, as what happened).
- With a quorum: no vote recorded is `not_voted`; otherwise `adopted` when the rulebook's
  adoption rule holds (meetings.adopted), else `rejected`.
"""

from __future__ import annotations

from collections.abc import Mapping

from kenesh_desktop.rules.meetings import QuorumStatus, adopted, meeting_quorum, vote_totals
from kenesh_desktop.rules.records import AgendaItem, Council, Meeting
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

ADOPTED = "adopted"
REJECTED = "rejected"
NOT_VOTED = "not_voted"
NO_QUORUM = "no_quorum"
OUTCOMES = (ADOPTED, REJECTED, NOT_VOTED, NO_QUORUM)
"""The closed vocabulary of EXCHANGE.md version 2, an agenda item's `outcome`."""


def attendance_recorded(meeting: Meeting) -> bool:
    """Whether the sitting's attendance is recorded: a sitting prepared ahead has nobody marked
    present yet, so it has no absentees and no outcome to state yet (its items would all be
    `no_quorum`, which is not yet a fact). A finalized sitting always counts as recorded."""
    return bool(meeting.present) or meeting.finalized


def item_outcome(votes: Mapping[str, str], quorum: QuorumStatus,
                 rb: Rulebook = LAW_74) -> str:
    """The outcome of one item from its votes (member id -> for/against/abstain) and the
    quorum of its sitting (Art. 17)."""
    if not quorum.reached:
        return NO_QUORUM
    totals = vote_totals(votes)
    if totals.cast == 0:
        return NOT_VOTED
    if adopted(totals, quorum.present, rb, members=quorum.members):
        return ADOPTED
    return REJECTED


def meeting_outcomes(council: Council, meeting: Meeting,
                     rb: Rulebook = LAW_74) -> list[str]:
    """The outcome of every item of `meeting`, in agenda order."""
    quorum = meeting_quorum(council, meeting, rb)
    return [item_outcome(item.votes, quorum, rb) for item in meeting.items]


def outcome_of(council: Council, meeting: Meeting, item: AgendaItem,
               rb: Rulebook = LAW_74) -> str:
    """The outcome of one item of `meeting`."""
    return item_outcome(item.votes, meeting_quorum(council, meeting, rb), rb)
