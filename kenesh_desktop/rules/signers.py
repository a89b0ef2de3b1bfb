"""Who presided at a sitting and who took its minutes: the two signers of the minutes
(DOMAIN.md "Roles" and "Minutes as a signed record").

The chair chairs the council's sittings and the deputy chairs act for the chair when absent
(DOMAIN.md "Roles"); the secretariat keeps the records. A signer must have been there: only a
member present at the sitting (and a member on its date, Art. 17) presides or takes the
minutes, so an absent chair is never printed as a signer.

When the record names nobody:
- presiding: the chair if present, else a deputy chair present, else nobody (the minutes
  leave a line to fill in by hand);
- taking the minutes: the secretary if present, else nobody (a line to fill in by hand).
A recorded person who is not (or no longer) a present member is not used either: the same
default applies, so a stale record never puts an absent member's name under the minutes.
"""

from __future__ import annotations

from kenesh_desktop.rules.records import Council, Meeting, Member


def present_members(council: Council, meeting: Meeting) -> list[Member]:
    """The members on the sitting's date marked present (Art. 17), oldest membership first."""
    present = set(meeting.present)
    members = [m for m in council.active_members(meeting.date) if m.id in present]
    return sorted(members, key=lambda m: (m.start, m.id))


def may_sign(council: Council, meeting: Meeting, member_id: str | None) -> bool:
    """Whether `member_id` may be recorded as presiding or taking the minutes: a member
    present at the sitting (EXCHANGE.md version 2: "Must be a present member")."""
    return member_id is not None and any(
        m.id == member_id for m in present_members(council, meeting))


def _first_with_role(members: list[Member], role: str) -> Member | None:
    # The latest appointed holder first: after a change of chair the new one presides.
    holders = [m for m in members if m.role == role]
    return holders[-1] if holders else None


def default_presiding(council: Council, meeting: Meeting) -> Member | None:
    """Who presided when the record names nobody: the chair if present, else a deputy chair
    present (the deputy chairs act for an absent chair), else None."""
    present = present_members(council, meeting)
    return _first_with_role(present, "chair") or _first_with_role(present, "deputy_chair")


def default_minutes_by(council: Council, meeting: Meeting) -> Member | None:
    """Who took the minutes when the record names nobody: the secretary if present (the
    secretariat keeps the records), else None."""
    return _first_with_role(present_members(council, meeting), "secretary")


def presiding(council: Council, meeting: Meeting) -> Member | None:
    """The person who presided: the recorded one when they are a present member, else the
    default. None: nobody can be named (a line to fill in by hand)."""
    recorded = meeting.presiding
    if recorded is not None and may_sign(council, meeting, recorded):
        return council.member(recorded)
    return default_presiding(council, meeting)


def minutes_by(council: Council, meeting: Meeting) -> Member | None:
    """The person who took the minutes: the recorded one when they are a present member,
    else the default. None: nobody can be named (a line to fill in by hand)."""
    recorded = meeting.minutes_by
    if recorded is not None and may_sign(council, meeting, recorded):
        return council.member(recorded)
    return default_minutes_by(council, meeting)
