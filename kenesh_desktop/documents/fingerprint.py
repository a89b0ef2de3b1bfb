"""A short fingerprint of a sitting's recorded content, printed on finalized minutes.

Whoever holds a paper copy can ask the program whether the record still says what was signed:
the fingerprint is recomputed from the record as it is now and compared. It covers what the
minutes state (who was there, what was heard, decided and voted), not the bookkeeping around
it: the finalized flag and the reopenings are left out, so reopening a sitting and finalizing
it again without a change keeps the fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from kenesh_desktop.rules.records import Council, Meeting

FINGERPRINT_LENGTH = 12
_HEX = re.compile(r"[0-9a-f]+")


def canonical_content(council: Council, meeting: Meeting) -> dict[str, Any]:
    """The sitting's recorded content as plain JSON values, in a fixed shape.

    Lists whose order carries no meaning (who was present) are sorted; the agenda and the
    guests keep their order, which the minutes print. Who presided, who took the minutes and
    an item's discussion (schema version 4) are part of it only when recorded, so a record
    finalized before they existed keeps the fingerprint printed on its paper.
    """
    content = {
        "council": council.id,
        "number": meeting.number,
        "date": meeting.date.isoformat(),
        "time": meeting.time,
        "kind": meeting.kind,
        "place": meeting.place,
        "agenda_sent": meeting.agenda_sent.isoformat() if meeting.agenda_sent else None,
        "present": sorted(meeting.present),
        "absence_reasons": dict(meeting.absence_reasons),
        "guests": [
            {"full_name": g.full_name, "organization": g.organization, "category": g.category}
            for g in meeting.guests
        ],
        "items": [
            {
                "title": item.title,
                "proposed_by": item.proposed_by,
                "speaker": item.speaker,
                "heard": item.heard,
                "decision": item.decision,
                "votes": dict(sorted(item.votes.items())),
            }
            for item in meeting.items
        ],
        "state_body_representative": meeting.state_body_representative,
        "called_by": meeting.called_by,
    }
    for key in ("presiding", "minutes_by"):
        if getattr(meeting, key):
            content[key] = getattr(meeting, key)
    for item, shown in zip(meeting.items, content["items"], strict=True):
        if item.speakers:
            shown["speakers"] = [{"name": s.name, "summary": s.summary} for s in item.speakers]
    return content


def meeting_fingerprint(council: Council, meeting: Meeting) -> str:
    """The first 12 hex digits of SHA-256 over the canonical JSON of the sitting's content
    (keys sorted, no spaces, UTF-8 without escaping non-ASCII letters)."""
    payload = json.dumps(
        canonical_content(council, meeting),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()[:FINGERPRINT_LENGTH]


def fingerprint_matches(council: Council, meeting: Meeting, fingerprint: str) -> bool:
    """Whether `fingerprint` (as typed from paper: case and surrounding spaces ignored) is the
    fingerprint of the sitting's record as it is now."""
    typed = fingerprint.strip().lower()
    if len(typed) != FINGERPRINT_LENGTH or not _HEX.fullmatch(typed):
        return False
    return typed == meeting_fingerprint(council, meeting)
