"""The fingerprint of a sitting: stable for the same record, changed by any change to what the
minutes state, unchanged by finalizing or reopening, and checked as a user types it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from kenesh_desktop.documents.fingerprint import fingerprint_matches, meeting_fingerprint
from kenesh_desktop.rules.records import Guest, Reopening


def test_fingerprint_is_twelve_hex_digits_of_sha256_over_canonical_json(council):
    meeting = council.meeting("s3")
    fingerprint = meeting_fingerprint(council, meeting)
    assert len(fingerprint) == 12 and int(fingerprint, 16) >= 0
    # Rebuilt here independently from the stated canonical form.
    content = {
        "council": "kk-health", "number": 3, "date": "2027-03-15", "time": "10:00",
        "kind": "regular", "place": meeting.place, "agenda_sent": "2027-03-11",
        "present": sorted(meeting.present), "absence_reasons": meeting.absence_reasons,
        "guests": [{"full_name": g.full_name, "organization": g.organization,
                    "category": g.category} for g in meeting.guests],
        "items": [{"title": i.title, "proposed_by": i.proposed_by, "speaker": i.speaker,
                   "heard": i.heard, "decision": i.decision, "votes": i.votes}
                  for i in meeting.items],
        "state_body_representative": meeting.state_body_representative,
        "called_by": None,
    }
    payload = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert fingerprint == hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def test_order_of_presence_and_votes_does_not_matter(council):
    meeting = council.meeting("s3")
    before = meeting_fingerprint(council, meeting)
    meeting.present = list(reversed(meeting.present))
    meeting.items[0].votes = dict(reversed(list(meeting.items[0].votes.items())))
    assert meeting_fingerprint(council, meeting) == before


def test_finalizing_and_reopening_keep_the_fingerprint(council):
    meeting = council.meeting("s3")
    before = meeting_fingerprint(council, meeting)
    meeting.finalized = True
    meeting.reopenings.append(Reopening(on=dt.date(2027, 3, 20), reason="Ката оңдолду"))
    assert fingerprint_matches(council, meeting, before)


@pytest.mark.parametrize("change", [
    lambda m: setattr(m.items[1], "decision", m.items[1].decision + " "),
    lambda m: m.items[0].votes.update({"m08": "for"}),
    lambda m: m.present.remove("m09"),
    lambda m: m.guests.append(Guest("Жаңы конок", "", "citizen")),
    lambda m: setattr(m, "time", "10:30"),
    lambda m: m.absence_reasons.update({"m13": "ооруп калды"}),
    lambda m: setattr(m.items[2], "heard", "Өзгөртүлдү"),
    lambda m: setattr(m, "state_body_representative", ""),
])
def test_any_change_to_the_record_breaks_the_match(council, change):
    meeting = council.meeting("s3")
    printed = meeting_fingerprint(council, meeting)
    assert fingerprint_matches(council, meeting, printed)
    change(meeting)
    assert not fingerprint_matches(council, meeting, printed)


def test_typed_fingerprint_ignores_case_and_spaces_but_not_length(council):
    meeting = council.meeting("s3")
    printed = meeting_fingerprint(council, meeting)
    assert fingerprint_matches(council, meeting, f"  {printed.upper()} ")
    assert not fingerprint_matches(council, meeting, printed[:11])
    assert not fingerprint_matches(council, meeting, printed + "0")
    assert not fingerprint_matches(council, meeting, "")


def test_different_councils_give_different_fingerprints(council):
    meeting = council.meeting("s3")
    before = meeting_fingerprint(council, meeting)
    council.id = "kk-other"
    assert meeting_fingerprint(council, meeting) != before


def test_who_presided_and_the_discussion_are_part_of_the_record(council):
    from kenesh_desktop.rules.records import Speaker

    sitting = council.meeting("s3")
    before = meeting_fingerprint(council, sitting)
    sitting.presiding = "m04"
    with_presiding = meeting_fingerprint(council, sitting)
    assert with_presiding != before
    sitting.items[0].speakers = [Speaker("Бекова Үмүт", "Колдойм.")]
    assert meeting_fingerprint(council, sitting) != with_presiding
    # Not recorded, they leave the fingerprint of an older record as it was printed.
    sitting.presiding, sitting.items[0].speakers = None, []
    assert meeting_fingerprint(council, sitting) == before
