"""Art. 17 of Law No. 74: when a sitting is competent, and how a decision is adopted.

Quorum: present * 3 >= members * 2 (13 members need 9, 15 need 10, 7 need 5). Adoption is not
in the seed (DOMAIN.md, "Still to settle"): by default votes for must be more than half of
those present; abstentions count as present, not as for. Both come from the rulebook, the
shares as Fractions; what an item's outcome is follows in outcome.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kenesh_desktop.rules.records import VOTE_CHOICES, Council, Meeting
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook


def quorum_needed(members: int, rb: Rulebook = LAW_74) -> int:
    """Art. 17: the fewest present members that make a sitting competent.

    The smallest p with p * den >= members * num (for 2/3: 13 -> 9, 15 -> 10, 7 -> 5).
    """
    share = rb.quorum_share
    return -(-members * share.numerator // share.denominator)


def quorum_reached(present: int, members: int, rb: Rulebook = LAW_74) -> bool:
    """Art. 17: a sitting is competent when at least 2/3 of the members attend."""
    share = rb.quorum_share
    return present * share.denominator >= members * share.numerator


@dataclass(frozen=True)
class VoteTotals:
    for_: int = 0
    against: int = 0
    abstain: int = 0

    @property
    def cast(self) -> int:
        return self.for_ + self.against + self.abstain


def vote_totals(votes: Mapping[str, str]) -> VoteTotals:
    """Counts of a vote (member id -> "for" / "against" / "abstain"); any other choice is a
    ValueError, so a typo never silently drops a vote."""
    counts = dict.fromkeys(VOTE_CHOICES, 0)
    for member_id, choice in votes.items():
        if choice not in counts:
            raise ValueError(f"unknown vote {choice!r} of member {member_id!r}")
        counts[choice] += 1
    return VoteTotals(for_=counts["for"], against=counts["against"], abstain=counts["abstain"])


def adopted(totals: VoteTotals, present: int, rb: Rulebook = LAW_74,
            members: int | None = None) -> bool:
    """The rulebook's adoption rule (DOMAIN.md "Still to settle"; EXCHANGE.md v2 `adoption`):
    votes for compared, in integers, with `share` of those present or of all `members`;
    strictly more when `more_than`, else at least. By default: for * 2 > present
    (abstentions and non-voters count as present, not as for)."""
    rule = rb.adoption
    if rule.of == "members":
        if members is None:
            raise ValueError("this rulebook adopts by a share of all members: give members")
        base = members
    else:
        base = present
    left = totals.for_ * rule.share.denominator
    right = base * rule.share.numerator
    return left > right if rule.more_than else left >= right


@dataclass(frozen=True)
class QuorumStatus:
    """Art. 17: the quorum of one sitting, as the window and the minutes show it."""

    present: int
    members: int
    needed: int
    reached: bool
    missing: int
    article: int


def meeting_quorum(council: Council, meeting: Meeting, rb: Rulebook = LAW_74) -> QuorumStatus:
    """Art. 17: the quorum of `meeting`. "Members" is the membership on the sitting's date, and
    only those members count as present (a guest or a former member does not)."""
    active = {m.id for m in council.active_members(meeting.date)}
    present = len(active.intersection(meeting.present))
    needed = quorum_needed(len(active), rb)
    return QuorumStatus(
        present=present,
        members=len(active),
        needed=needed,
        reached=quorum_reached(present, len(active), rb),
        missing=max(0, needed - present),
        article=rb.article("sittings"),
    )
