"""The minutes (протокол) of a council's sitting, from the records alone.

Art. 17 decides whether the sitting was competent (the quorum is stated with the rule and its
article); how an item is adopted is the rulebook's rule (DOMAIN.md "Still to settle"), printed
with the counts. Until the sitting is finalized every page carries the draft mark; a finalized
sitting's footer carries its fingerprint (documents.fingerprint).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table

from kenesh_desktop.documents.common import (
    Output,
    PageSetup,
    build_document,
    esc,
    frame_width,
    markup,
    para,
    signature_block,
    table_style,
)
from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.documents.wording import (
    adoption_rule_text,
    article,
    members_noun,
    rulebook_name,
    share_text,
    text,
    vote_outcome_text,
)
from kenesh_desktop.lang import format_date, kyrgyz_sort_key
from kenesh_desktop.rules.meetings import QuorumStatus, adopted, meeting_quorum, vote_totals
from kenesh_desktop.rules.records import AgendaItem, Council, Meeting, Member
from kenesh_desktop.rules.rulebook import Rulebook

_VOTE_LABELS = (("for", "voted_for"), ("against", "voted_against"), ("abstain", "voted_abstain"))


def build_minutes(council: Council, meeting_id: str, out: Output, lang: str = "ky",
                  rulebook: Rulebook | None = None) -> None:
    """Write the minutes of sitting `meeting_id` of `council` as a PDF to `out` (a path or a
    binary file object) in `lang` ("ky", "ru" or "en").

    Raises LookupError when the council has no such sitting.
    """
    rulebook = rulebook or council.followed_rulebook
    meeting = council.meeting(meeting_id)
    if meeting is None:
        raise LookupError(f"council {council.id!r} has no sitting {meeting_id!r}")
    short = text("minutes_short", lang, number=meeting.number)
    setup = PageSetup(
        lang=lang,
        header_left=council.name,
        header_right=f"{short} · {format_date(meeting.date, lang)}",
        draft=not meeting.finalized,
        fingerprint=meeting_fingerprint(council, meeting) if meeting.finalized else None,
    )
    story = minutes_story(council, meeting, lang, rulebook)
    build_document(out, story, setup, title=f"{short} — {council.name}", subject=council.name)


def minutes_story(council: Council, meeting: Meeting, lang: str,
                  rulebook: Rulebook | None = None) -> list[Flowable]:
    """The flowables of the minutes, in the order a secretary writes them."""
    rulebook = rulebook or council.followed_rulebook
    quorum = meeting_quorum(council, meeting, rulebook)
    story: list[Flowable] = [
        para(esc(council.name), "council"),
        para(esc(council.state_body), "state_body"),
        para(markup(f"minutes_title_{_kind(meeting)}", lang, number=meeting.number), "title"),
    ]
    story += _particulars(council, meeting, lang)
    story += _attendance(council, meeting, quorum, lang, rulebook)
    story += _agenda(meeting, lang, rulebook)
    for number, item in enumerate(meeting.items, start=1):
        story += _item(council, meeting, number, item, quorum, lang, rulebook)
    chair = _holder(council, meeting, "chair")
    secretary = _holder(council, meeting, "secretary")
    story.append(signature_block(
        [(text("chair", lang), chair.full_name if chair else ""),
         (text("secretary", lang), secretary.full_name if secretary else "")],
        lang, frame_width(),
    ))
    return story


def _kind(meeting: Meeting) -> str:
    return "extraordinary" if meeting.kind == "extraordinary" else "regular"


def _name(council: Council, member_id: str) -> str:
    member = council.member(member_id)
    return member.full_name if member else member_id


def _sorted_names(names: Sequence[str]) -> list[str]:
    return sorted(names, key=kyrgyz_sort_key)


def _holder(council: Council, meeting: Meeting, role: str) -> Member | None:
    """The active member holding `role` on the sitting's date (signs the minutes)."""
    holders = [m for m in council.active_members(meeting.date) if m.role == role]
    holders.sort(key=lambda m: (m.start, m.id))
    return holders[-1] if holders else None


def _particulars(council: Council, meeting: Meeting, lang: str) -> list[Flowable]:
    day = format_date(meeting.date, lang)
    lines = [
        markup("date_time_line", lang, date=day, time=meeting.time) if meeting.time
        else markup("date_line", lang, date=day)
    ]
    if meeting.place:
        lines.append(markup("place_line", lang, place=meeting.place))
    kind = markup(f"kind_{_kind(meeting)}", lang)
    if meeting.kind == "extraordinary" and meeting.called_by:
        kind += " (" + markup("called_by", lang, name=_name(council, meeting.called_by)) + ")"
    lines.append(kind)
    if meeting.agenda_sent:
        lines.append(markup("agenda_sent_line", lang, date=format_date(meeting.agenda_sent, lang)))
    return [para(line, "body") for line in lines]


_TIGHT = table_style([
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def _name_table(lines: list[str], width: float) -> Flowable:
    """Numbered names in two columns (filled column by column) so 15 members fit a third of a
    page; one column for a short list."""
    numbered = [f"{index}. {line}" for index, line in enumerate(lines, start=1)]
    if len(numbered) <= 4:
        return _single_column(lines, width)
    half = (len(numbered) + 1) // 2
    left, right = numbered[:half], numbered[half:]
    rows = [[para(left[i], "list_item"), para(right[i], "list_item") if i < len(right) else ""]
            for i in range(half)]
    return Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT", style=_TIGHT)



def _with_role(member: Member, lang: str) -> str:
    if member.role == "member":
        return esc(member.full_name)
    return f"{esc(member.full_name)} ({markup('role_' + member.role, lang)})"


def _attendance(council: Council, meeting: Meeting, quorum: QuorumStatus, lang: str,
                rulebook: Rulebook) -> list[Flowable]:
    """Art. 17: who was there out of the membership on the day, and whether that is a quorum."""
    width = frame_width()
    active = sorted(council.active_members(meeting.date),
                    key=lambda m: kyrgyz_sort_key(m.full_name))
    present_ids = set(meeting.present)
    present = [m for m in active if m.id in present_ids]
    absent = [m for m in active if m.id not in present_ids]
    story: list[Flowable] = [
        para(markup("present_heading", lang), "heading"),
        para(markup("present_count", lang, present=quorum.present, members=quorum.members,
                    members_noun=members_noun(quorum.members, lang)), "body"),
    ]
    if present:
        story.append(_name_table([_with_role(m, lang) for m in present], width))
    story.append(para(markup("absent_heading", lang), "heading"))
    if absent:
        lines = []
        for member in absent:
            reason = meeting.absence_reasons.get(member.id, "").strip()
            lines.append(f"{_with_role(member, lang)} — "
                         f"{esc(reason) if reason else markup('no_reason', lang)}")
        # One column: a name with its reason is too long to share a line.
        story.append(_single_column(lines, width))
    else:
        story.append(para(markup("none", lang), "list_item"))
    share = rulebook.quorum_share
    law = rulebook_name(rulebook, lang)
    quorum_article = article(quorum.article, lang)
    if not meeting.present and not meeting.finalized:
        # A sitting prepared ahead: nobody is absent yet, and nothing was decided.
        key = "attendance_not_recorded"
    else:
        key = "quorum_competent" if quorum.reached else "quorum_not_competent"
    quorum_text = markup(key, lang, share=share_text(share), law=law, article=quorum_article,
                         needed=quorum.needed, present=quorum.present)
    decided = any(item.votes or item.decision.strip() for item in meeting.items)
    if key == "quorum_not_competent" and decided:
        quorum_text += " " + markup("decisions_without_quorum", lang, article=quorum_article)
    story.append(para(quorum_text, "quorum"))
    story.append(para(esc(adoption_rule_text(rulebook, lang)), "small"))

    story.append(para(markup("state_body_rep_heading", lang), "heading"))
    story.append(para(esc(meeting.state_body_representative.strip())
                      or markup("none", lang), "list_item"))
    story.append(para(markup("guests_heading", lang), "heading"))
    if meeting.guests:
        guests = []
        for guest in meeting.guests:
            line = esc(guest.full_name)
            if guest.organization.strip():
                line += f" — {esc(guest.organization.strip())}"
            line += f" ({markup('guest_' + guest.category, lang)})"
            guests.append(line)
        story.append(_single_column(guests, width))
    else:
        story.append(para(markup("none", lang), "list_item"))
    return story


def _single_column(lines: list[str], width: float) -> Flowable:
    return Table([[para(f"{i}. {line}", "list_item")] for i, line in enumerate(lines, start=1)],
                 colWidths=[width], hAlign="LEFT", style=_TIGHT)


def _proposer(item: AgendaItem, lang: str, rulebook: Rulebook) -> str:
    if item.proposed_by == "state_body":
        # Art. 18: the state body may put items on the council's agenda.
        return markup("proposed_state_body", lang,
                      article=article(rulebook.article("state_body"), lang))
    return markup("proposed_council", lang)


def _agenda(meeting: Meeting, lang: str, rulebook: Rulebook) -> list[Flowable]:
    story: list[Flowable] = [para(markup("agenda_heading", lang), "heading")]
    if not meeting.items:
        story.append(para(markup("no_items", lang), "list_item"))
    for number, item in enumerate(meeting.items, start=1):
        story.append(para(f"{number}. {esc(item.title)} <font size=8.5>"
                          f"({_proposer(item, lang, rulebook)})</font>", "list_item"))
    return story


def _item(council: Council, meeting: Meeting, number: int, item: AgendaItem,
          quorum: QuorumStatus, lang: str, rulebook: Rulebook) -> list[Flowable]:
    """One agenda item: HEARD (speaker, what was heard), DECIDED (decision, the vote)."""
    story: list[Flowable] = [para(f"{number}. {esc(item.title)}", "item_heading")]
    story.append(para(f"<b>{markup('heard', lang)}:</b>", "label"))
    if item.speaker.strip():
        story.append(para(markup("speaker", lang, name=item.speaker.strip()), "indented"))
    story.append(para(esc(item.heard.strip()) or f"<i>{markup('nothing_recorded', lang)}</i>",
                      "indented"))
    story.append(para(f"<b>{markup('decided', lang)}:</b>", "label"))
    story.append(para(esc(item.decision.strip())
                      or f"<i>{markup('nothing_recorded', lang)}</i>", "indented"))
    if not item.votes:
        story.append(para(f"<i>{markup('no_vote', lang)}</i>", "indented"))
        return story
    totals = vote_totals(item.votes)
    story.append(para(markup("vote_counts", lang, for_=totals.for_, against=totals.against,
                             abstain=totals.abstain), "indented"))
    passed = adopted(totals, quorum.present, rulebook, members=quorum.members)
    story.append(para(f"<b>{esc(vote_outcome_text(passed, rulebook, lang))}</b>", "indented"))
    if not quorum.reached:
        # Art. 17: a sitting without a quorum is not competent; its vote is recorded as such.
        note = markup("without_quorum", lang, article=article(quorum.article, lang))
        story.append(para(f"<b>{note}</b>", "indented"))
    for choice, label in _VOTE_LABELS:
        names = _sorted_names([_name(council, mid) for mid, c in item.votes.items()
                               if c == choice])
        if names:
            story.append(para(f"{markup(label, lang)}: {esc(', '.join(names))}", "small_indented"))
    active = {m.id for m in council.active_members(meeting.date)}
    silent = _sorted_names([_name(council, mid) for mid in meeting.present
                            if mid in active and mid not in item.votes])
    if silent:
        story.append(para(f"{markup('did_not_vote', lang)}: {esc(', '.join(silent))}",
                          "small_indented"))
    return story
