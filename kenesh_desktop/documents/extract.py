"""An extract from the minutes (протоколдон көчүрмө, выписка из протокола): one agenda item
with the sitting's particulars, certified by the person who took the minutes. It is what
the ministry receives (DOMAIN.md "Minutes as a signed record"; EXCHANGE.md `extract`).

The council, the sitting's number, date, time and place, attendance and the quorum in one
sentence naming the rulebook (Art. 17), then the item alone as the minutes state it (heard,
spoke, resolved, the vote and its outcome), "A true extract." and the signature of whoever
took the minutes. The same blocks as the minutes' item (documents.minutes_parts), so the
extract never says other than the minutes; PDF or Word, like the minutes.
"""

from __future__ import annotations

from kenesh_desktop.documents import minutes_parts as parts
from kenesh_desktop.documents.blocks import (
    Block,
    Document,
    PageSetup,
    Para,
    Signatures,
    inline,
)
from kenesh_desktop.documents.common import Output
from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.documents.formats import write_document
from kenesh_desktop.documents.minutes import find_meeting
from kenesh_desktop.documents.wording import members_noun, text
from kenesh_desktop.lang import format_date
from kenesh_desktop.rules import signers
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum
from kenesh_desktop.rules.outcome import attendance_recorded
from kenesh_desktop.rules.records import Council, Meeting
from kenesh_desktop.rules.rulebook import Rulebook


def extract_document(council: Council, meeting: Meeting, item: int, lang: str = "ky",
                     rulebook: Rulebook | None = None) -> Document:
    """The extract of item `item` (0-based, agenda order) of `meeting`; IndexError when the
    agenda has no such item."""
    rulebook = rulebook or council.followed_rulebook
    if not 0 <= item < len(meeting.items):
        raise IndexError(f"sitting No. {meeting.number} has no agenda item {item + 1} "
                         f"(it has {len(meeting.items)})")
    agenda_item = meeting.items[item]
    quorum = meeting_quorum(council, meeting, rulebook)
    kind = parts.kind_of(meeting)
    day = format_date(meeting.date, lang)
    blocks: list[Block] = [
        Para(inline(council.name), "council"),
        Para(inline(council.state_body), "state_body"),
        Para(inline(text(f"extract_title_{kind}", lang, number=meeting.number)), "title"),
        Para(inline(text("date_time_line", lang, date=day, time=meeting.time) if meeting.time
                    else text("date_line", lang, date=day)), "body"),
    ]
    if meeting.place:
        blocks.append(Para(inline(text("place_line", lang, place=meeting.place)), "body"))
    blocks.append(Para(inline(_attendance(meeting, quorum, lang, rulebook)), "quorum"))
    blocks.append(Para(inline(text("extract_item", lang, number=item + 1,
                                   title=agenda_item.title)), "item_heading"))
    blocks += parts.item_blocks(council, meeting, agenda_item, quorum, lang, rulebook)
    blocks.append(Para(inline(text("extract_certified", lang)), "body"))
    taker = signers.minutes_by(council, meeting)
    blocks.append(Signatures((parts.signer("minutes_by_role", taker, lang),),
                             parts.hints(lang)))
    short = text("extract_short", lang, number=meeting.number)
    fingerprint = meeting_fingerprint(council, meeting)
    page = PageSetup(lang=lang, header_left=council.name, header_right=f"{short} · {day}",
                     draft=not meeting.finalized,
                     fingerprint=fingerprint if meeting.finalized else None)
    return Document(title=f"{short} — {council.name}", subject=council.name, page=page,
                    blocks=tuple(blocks), record_fingerprint=fingerprint)


def _attendance(meeting: Meeting, quorum: QuorumStatus, lang: str, rulebook: Rulebook) -> str:
    """Attendance and the quorum in one sentence (Art. 17)."""
    sentence = parts.quorum_sentence(meeting, quorum, lang, rulebook)
    if not attendance_recorded(meeting):
        return f"{text('attendance_not_recorded_line', lang)} {sentence}"
    return text("extract_attendance", lang, present=quorum.present, members=quorum.members,
                members_noun=members_noun(quorum.members, lang),
                quorum=sentence[:1].lower() + sentence[1:])


def write_extract(council: Council, meeting_id: str, item: int, out: Output,
                  lang: str = "ky", rulebook: Rulebook | None = None,
                  fmt: str | None = None) -> None:
    """Write the extract of item `item` (0-based) of sitting `meeting_id` to `out`: a PDF, or
    a Word copy when `fmt` (or the suffix of the path) is "docx". LookupError for an unknown
    sitting, IndexError for an item the agenda does not have."""
    rulebook = rulebook or council.followed_rulebook
    meeting = find_meeting(council, meeting_id)
    write_document(extract_document(council, meeting, item, lang, rulebook), out, fmt)
