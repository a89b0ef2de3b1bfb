"""The minutes (протокол) of a council's sitting, composed once from the records and rendered
as the signed PDF, an editable Word copy or a printout (documents/blocks.py).

In the order a secretary writes them (DOMAIN.md "Minutes as a signed record"): the council
and the state body, "Minutes No. N", the particulars (date, time, place, kind, who presided,
who took the minutes); attendance (present with roles, absent with reasons, the state body's
representative, guests) and the quorum in one sentence naming the rulebook (Art. 17); the
agenda; each item heard, spoke, resolved, voted and its outcome; the signatures of whoever
presided and took the minutes. Until the sitting is finalized every page carries the draft
mark; a finalized sitting's pages carry its fingerprint (documents.fingerprint).
"""

from __future__ import annotations

from kenesh_desktop.documents import minutes_parts as parts
from kenesh_desktop.documents.blocks import (
    Block,
    Document,
    NumberedList,
    PageSetup,
    Para,
    Signatures,
    inline,
)
from kenesh_desktop.documents.common import Output
from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.documents.formats import write_document
from kenesh_desktop.documents.wording import article, text
from kenesh_desktop.lang import format_date, kyrgyz_sort_key
from kenesh_desktop.rules import signers
from kenesh_desktop.rules.meetings import QuorumStatus, meeting_quorum
from kenesh_desktop.rules.outcome import attendance_recorded
from kenesh_desktop.rules.records import Council, Meeting
from kenesh_desktop.rules.rulebook import Rulebook


def find_meeting(council: Council, meeting_id: str) -> Meeting:
    """The council's sitting `meeting_id`; LookupError when it has none."""
    meeting = council.meeting(meeting_id)
    if meeting is None:
        raise LookupError(f"council {council.id!r} has no sitting {meeting_id!r}")
    return meeting


def minutes_document(council: Council, meeting: Meeting, lang: str = "ky",
                     rulebook: Rulebook | None = None) -> Document:
    """The minutes of `meeting` as blocks, in `lang` ("ky", "ru" or "en")."""
    rulebook = rulebook or council.followed_rulebook
    quorum = meeting_quorum(council, meeting, rulebook)
    presiding = signers.presiding(council, meeting)
    minutes_by = signers.minutes_by(council, meeting)
    kind = parts.kind_of(meeting)
    blocks: list[Block] = [
        Para(inline(council.name), "council"),
        Para(inline(council.state_body), "state_body"),
        Para(inline(text(f"minutes_title_{kind}", lang, number=meeting.number)), "title"),
    ]
    blocks += parts.particulars(council, meeting, presiding, minutes_by, lang)
    blocks += _attendance(council, meeting, quorum, lang, rulebook)
    blocks += _agenda(meeting, lang, rulebook)
    for number, item in enumerate(meeting.items, start=1):
        blocks.append(Para(inline(f"{number}. {item.title}"), "item_heading"))
        blocks += parts.item_blocks(council, meeting, item, quorum, lang, rulebook)
    blocks.append(Signatures((parts.signer("presiding_role", presiding, lang),
                              parts.signer("minutes_by_role", minutes_by, lang)),
                             parts.hints(lang)))
    short = text("minutes_short", lang, number=meeting.number)
    fingerprint = meeting_fingerprint(council, meeting)
    page = PageSetup(lang=lang, header_left=council.name,
                     header_right=f"{short} · {format_date(meeting.date, lang)}",
                     draft=not meeting.finalized,
                     fingerprint=fingerprint if meeting.finalized else None)
    return Document(title=f"{short} — {council.name}", subject=council.name, page=page,
                    blocks=tuple(blocks), record_fingerprint=fingerprint)


def write_minutes(council: Council, meeting_id: str, out: Output, lang: str = "ky",
                  rulebook: Rulebook | None = None, fmt: str | None = None) -> None:
    """Write the minutes of sitting `meeting_id` to `out`: a PDF, or a Word copy when `fmt`
    (or the suffix of the path `out`) is "docx". Raises LookupError for an unknown sitting."""
    rulebook = rulebook or council.followed_rulebook
    document = minutes_document(council, find_meeting(council, meeting_id), lang, rulebook)
    write_document(document, out, fmt)


def build_minutes(council: Council, meeting_id: str, out: Output, lang: str = "ky",
                  rulebook: Rulebook | None = None) -> None:
    """Write the minutes of sitting `meeting_id` of `council` as a PDF to `out` (a path or a
    binary file object) in `lang`. Raises LookupError when the council has no such sitting."""
    rulebook = rulebook or council.followed_rulebook
    write_minutes(council, meeting_id, out, lang, rulebook, "pdf")


def _attendance(council: Council, meeting: Meeting, quorum: QuorumStatus, lang: str,
                rulebook: Rulebook) -> list[Block]:
    """Art. 17: who was there out of the membership on the day, the state body's
    representative, the guests, and whether that made a quorum."""
    blocks: list[Block] = [Para(inline(text("present_heading", lang)), "heading")]
    active = sorted(council.active_members(meeting.date),
                    key=lambda m: (kyrgyz_sort_key(m.full_name), m.id))
    if attendance_recorded(meeting):
        present_ids = set(meeting.present)
        present = [parts.with_role(m, lang) for m in active if m.id in present_ids]
        blocks.append(Para(inline(parts.present_count(quorum, lang)), "body"))
        if present:
            two = len(present) > 4  # 15 members fit a third of a page in two columns
            blocks.append(NumberedList(tuple(inline(line) for line in present),
                                       columns=2 if two else 1,
                                       style="column_item" if two else "list_item"))
        blocks.append(Para(inline(text("absent_heading", lang)), "heading"))
        absent = []
        for member in (m for m in active if m.id not in present_ids):
            reason = meeting.absence_reasons.get(member.id, "").strip()
            absent.append(inline(f"{parts.with_role(member, lang)} — "
                                 f"{reason or text('no_reason', lang)}"))
        blocks.append(NumberedList(tuple(absent)) if absent
                      else Para(inline(text("none", lang)), "list_item"))
    else:
        # A sitting prepared ahead: nobody is absent yet.
        blocks.append(Para(inline(text("attendance_not_recorded_line", lang)), "body"))
    blocks.append(Para(inline(text("state_body_rep_heading", lang)), "heading"))
    blocks.append(Para(inline(meeting.state_body_representative.strip()
                              or text("none", lang)), "list_item"))
    blocks.append(Para(inline(text("guests_heading", lang)), "heading"))
    guests = []
    for guest in meeting.guests:
        line = guest.full_name
        if guest.organization.strip():
            line += f" — {guest.organization.strip()}"
        guests.append(inline(f"{line} ({text('guest_' + guest.category, lang)})"))
    blocks.append(NumberedList(tuple(guests)) if guests
                  else Para(inline(text("none", lang)), "list_item"))
    blocks.append(Para(inline(parts.quorum_sentence(meeting, quorum, lang, rulebook)),
                       "quorum"))
    return blocks


def _agenda(meeting: Meeting, lang: str, rulebook: Rulebook) -> list[Block]:
    blocks: list[Block] = [Para(inline(text("agenda_heading", lang)), "heading")]
    if not meeting.items:
        return blocks + [Para(inline(text("no_items", lang)), "list_item")]
    titles = []
    for item in meeting.items:
        if item.proposed_by == "state_body":
            # Art. 18: the state body may put items on the council's agenda.
            proposer = text("proposed_state_body", lang,
                            article=article(rulebook.article("state_body"), lang))
        else:
            proposer = text("proposed_council", lang)
        titles.append(inline(f"{item.title} ({proposer})"))
    return blocks + [NumberedList(tuple(titles))]
