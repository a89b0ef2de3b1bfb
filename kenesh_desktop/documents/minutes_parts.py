"""The parts of the minutes as blocks, shared by the minutes and the extract from them.

What the parts state comes from the rules: the quorum from `rules.meetings.meeting_quorum`
(Art. 17), each item's outcome from `rules.outcome.item_outcome` (a sitting without a quorum
adopts nothing, whatever its votes), the signers from `rules.signers` (an absent chair never
signs). The record states facts only: the rulebook is named once, in the quorum sentence.
"""

from __future__ import annotations

import re
from fractions import Fraction

from kenesh_desktop.documents.blocks import (
    Block,
    NumberedList,
    Para,
    Signer,
    Span,
    inline,
)
from kenesh_desktop.documents.wording import (
    article,
    members_noun,
    rulebook_name,
    share_text,
    text,
)
from kenesh_desktop.lang import format_date, kyrgyz_sort_key
from kenesh_desktop.lang.names import initials_and_surname
from kenesh_desktop.rules.meetings import QuorumStatus, vote_totals
from kenesh_desktop.rules.outcome import (
    ADOPTED,
    NO_QUORUM,
    NOT_VOTED,
    attendance_recorded,
    item_outcome,
)
from kenesh_desktop.rules.records import AgendaItem, Council, Meeting, Member
from kenesh_desktop.rules.rulebook import Rulebook

BLANK = "_" * 28
"""A line to fill in by hand (no one could be named)."""

_VOTE_LABELS = (("for", "voted_for"), ("against", "voted_against"), ("abstain", "voted_abstain"))
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.)]\s+")


def kind_of(meeting: Meeting) -> str:
    return "extraordinary" if meeting.kind == "extraordinary" else "regular"


def member_name(council: Council, member_id: str) -> str:
    member = council.member(member_id)
    return member.full_name if member else member_id


def with_role(member: Member, lang: str) -> str:
    if member.role == "member":
        return member.full_name
    return f"{member.full_name} ({text('role_' + member.role, lang)})"


def label(key: str, lang: str) -> Para:
    return Para((Span(text(key, lang) + ":", bold=True),), "label")


def particulars(council: Council, meeting: Meeting, presiding: Member | None,
                minutes_by: Member | None, lang: str) -> list[Block]:
    """Date and time, place, kind (and who called an extraordinary sitting), when the agenda
    went to the state body, who presided and who took the minutes."""
    day = format_date(meeting.date, lang)
    lines = [text("date_time_line", lang, date=day, time=meeting.time) if meeting.time
             else text("date_line", lang, date=day)]
    if meeting.place:
        lines.append(text("place_line", lang, place=meeting.place))
    kind = text(f"kind_{kind_of(meeting)}", lang)
    if meeting.kind == "extraordinary" and meeting.called_by:
        kind += " (" + text("called_by", lang,
                            name=member_name(council, meeting.called_by)) + ")"
    lines.append(kind)
    if meeting.agenda_sent:
        lines.append(text("agenda_sent_line", lang,
                          date=format_date(meeting.agenda_sent, lang)))
    lines.append(text("presiding_line", lang,
                      name=with_role(presiding, lang) if presiding else BLANK))
    lines.append(text("minutes_by_line", lang,
                      name=with_role(minutes_by, lang) if minutes_by else BLANK))
    return [Para(inline(line), "body") for line in lines]


def quorum_sentence(meeting: Meeting, quorum: QuorumStatus, lang: str,
                    rulebook: Rulebook) -> str:
    """Art. 17 in one sentence, naming the rulebook: the share, how many are needed, how many
    were present and whether the sitting was competent (or that attendance is not recorded)."""
    if not attendance_recorded(meeting):
        key = "quorum_needed"  # a sitting prepared ahead: what it will need
    else:
        key = "quorum_competent" if quorum.reached else "quorum_not_competent"
    return text(key, lang, share=share_text(rulebook.quorum_share),
                law=rulebook_name(rulebook, lang), article=article(quorum.article, lang),
                needed=quorum.needed, present=quorum.present)


def present_count(quorum: QuorumStatus, lang: str) -> str:
    return text("present_count", lang, present=quorum.present, members=quorum.members,
                members_noun=members_noun(quorum.members, lang))


def outcome_sentence(outcome: str, rulebook: Rulebook, quorum: QuorumStatus,
                     lang: str) -> str:
    """An item's outcome in words (GLOSSARY.md), with the adoption rule it was decided by."""
    if outcome == NO_QUORUM:
        return text("outcome_no_quorum", lang, article=article(quorum.article, lang))
    if outcome == NOT_VOTED:
        return text("outcome_not_voted", lang)
    rule = rulebook.adoption
    if rule.share == Fraction(1, 2):
        shares = {"share_nom": "share_half", "share_abl": "share_half_abl",
                  "share_dat": "share_half_dat"}
    else:
        shares = {"share_nom": "share_part", "share_abl": "share_part_abl",
                  "share_dat": "share_part_dat"}
    values = {slot: text(key, lang, share=share_text(rule.share))
              for slot, key in shares.items()}
    values["base"] = text(f"base_{rule.of}", lang)
    verdict = "adopted" if outcome == ADOPTED else "rejected"
    return text(f"outcome_{verdict}_{'more' if rule.more_than else 'least'}", lang, **values)


def _heard(item: AgendaItem, lang: str) -> Para:
    speaker, heard = item.speaker.strip(), item.heard.strip()
    if speaker and heard:
        return Para(inline(f"{speaker} — {heard}"), "indented")
    if speaker or heard:
        return Para(inline(speaker or heard), "indented")
    return Para((Span(text("nothing_recorded", lang), italic=True),), "indented")


def decision_points(decision: str) -> list[str]:
    """The decision's points, one per line, without the numbers a secretary may have typed
    (the minutes number them)."""
    return [_NUMBERED.sub("", line).strip() for line in decision.splitlines() if line.strip()]


def item_blocks(council: Council, meeting: Meeting, item: AgendaItem, quorum: QuorumStatus,
                lang: str, rulebook: Rulebook) -> list[Block]:
    """One item after its heading: HEARD, SPOKE (when anyone did), RESOLVED (numbered),
    the vote with who voted how, and the outcome in words."""
    blocks: list[Block] = [label("heard", lang), _heard(item, lang)]
    if item.speakers:
        blocks.append(label("spoke", lang))
        blocks.append(NumberedList(tuple(
            inline(f"{s.name} — {s.summary.strip()}" if s.summary.strip() else s.name)
            for s in item.speakers)))
    blocks.append(label("resolved", lang))
    points = decision_points(item.decision)
    if points:
        blocks.append(NumberedList(tuple(inline(point) for point in points)))
    else:
        blocks.append(Para((Span(text("nothing_recorded", lang), italic=True),), "indented"))
    if item.votes:
        totals = vote_totals(item.votes)
        blocks.append(Para(inline(text("vote_counts", lang, for_=totals.for_,
                                       against=totals.against, abstain=totals.abstain)),
                           "indented"))
        blocks += _named_votes(council, meeting, item, lang)
    if attendance_recorded(meeting):
        outcome = item_outcome(item.votes, quorum, rulebook)
        blocks.append(Para((Span(outcome_sentence(outcome, rulebook, quorum, lang),
                                 bold=True),), "outcome"))
    return blocks


def _sorted(names: list[str]) -> list[str]:
    return sorted(names, key=kyrgyz_sort_key)


def _named_votes(council: Council, meeting: Meeting, item: AgendaItem,
                 lang: str) -> list[Block]:
    lines = []
    for choice, key in _VOTE_LABELS:
        names = _sorted([member_name(council, mid) for mid, c in item.votes.items()
                         if c == choice])
        if names:
            lines.append(f"{text(key, lang)}: {', '.join(names)}.")
    active = {m.id for m in council.active_members(meeting.date)}
    silent = _sorted([member_name(council, mid) for mid in meeting.present
                      if mid in active and mid not in item.votes])
    if silent:
        lines.append(f"{text('did_not_vote', lang)}: {', '.join(silent)}.")
    return [Para(inline(line), "indented") for line in lines]


def signer(role_key: str, member: Member | None, lang: str) -> Signer:
    """A signature line by role at the sitting, the name as initials and surname; nobody
    named leaves the line blank, to fill in by hand."""
    return Signer(text(role_key, lang), initials_and_surname(member.full_name) if member else "")


def hints(lang: str) -> tuple[str, str]:
    return text("signature_hint", lang), text("name_hint", lang)
