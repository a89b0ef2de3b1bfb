"""The sitting's letter: the agenda of a coming sitting sent to the state body, as Art. 18 of
the council's rulebook wants it (at least 2 days before the sitting), and usable unchanged
as the members' invitation (a copy line names them).

It says who writes (the council), to whom (the state body), the rule and its due day, the
sitting's number, kind, date, time and place, the agenda with who proposed each item (the
state body may put items on it, Art. 18) and who reports, an invitation to the state body's
representative (Art. 17), and the chair's signature. A small platypus document on the shared
page, fonts and styles of the other documents (DejaVu: Ң Ө Ү).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kenesh_desktop.documents import styles as st
from kenesh_desktop.documents.common import (
    Output,
    PageSetup,
    build_document,
    esc,
    frame_width,
    para,
    signature_block,
    table_style,
)
from kenesh_desktop.documents.wording import article, rulebook_name
from kenesh_desktop.documents.words.letter import text
from kenesh_desktop.lang import format_date
from kenesh_desktop.rules.deadlines import agenda_due
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import Council, Meeting, Member
from kenesh_desktop.rules.rulebook import Rulebook


def build_agenda_letter(council: Council, meeting_id: str, out: Output, lang: str = "ky",
                        on: dt.date | None = None) -> None:
    """Write the letter with the agenda of sitting `meeting_id`, dated `on` (default today),
    as a PDF to `out` in `lang`, citing the council's own rulebook. Raises LookupError when
    the council has no such sitting."""
    meeting = council.meeting(meeting_id)
    if meeting is None:
        raise LookupError(f"council {council.id!r} has no sitting {meeting_id!r}")
    rb = council.followed_rulebook
    short = text("letter_short", lang, number=meeting.number)
    setup = PageSetup(lang=lang, header_left=council.name,
                      header_right=f"{short} · {format_date(meeting.date, lang)}")
    story = letter_story(council, meeting, lang, rb, on or dt.date.today())
    build_document(out, story, setup, title=f"{short} — {council.name}", subject=council.name)


def _m(key: str, lang: str, **values: object) -> str:
    """A letter text with its values, escaped for a Paragraph."""
    return esc(text(key, lang, **values))


def _title_style() -> ParagraphStyle:
    return ParagraphStyle("letter_title", parent=st.stylesheet()["heading"],
                          alignment=TA_CENTER, spaceBefore=14, spaceAfter=10)


def _speaker_style() -> ParagraphStyle:
    """Under an agenda item, aligned with its text (list_item's hanging indent)."""
    item = st.stylesheet()["list_item"]
    return ParagraphStyle("letter_speaker", parent=st.stylesheet()["small"],
                          leftIndent=item.leftIndent, spaceAfter=2)


def letter_story(council: Council, meeting: Meeting, lang: str, rb: Rulebook,
                 on: dt.date) -> list[Flowable]:
    width = frame_width()
    story: list[Flowable] = [
        para(esc(council.name), "council"),
        para(esc(council.state_body), "state_body"),
        _heading_block(council, on, lang, width),
        Paragraph(_m("letter_title", lang, number=meeting.number), _title_style()),
        # Art. 18: the agenda reaches the state body at least N days before the sitting.
        para(_m("letter_basis", lang, law=rulebook_name(rb, lang),
                article=article(rb.article("state_body"), lang),
                days=format_days(rb.agenda_notice_days, lang),
                due=format_date(agenda_due(meeting.date, rb), lang)), "body"),
        Spacer(1, 4),
        _particulars(council, meeting, lang, width),
        para(_m("agenda_heading", lang), "heading"),
    ]
    story += _agenda(meeting, lang, rb)
    story += [
        Spacer(1, 6),
        # Art. 17: the state body's representative attends the sittings in person.
        para(_m("invitation", lang, article=article(rb.article("sittings"), lang)), "body"),
        Spacer(1, 4),
        para(_m("respect", lang), "body"),
    ]
    chair = _chair(council, on, meeting.date)
    story.append(signature_block([(text("chair", lang), chair.full_name if chair else "")],
                                 lang, width))
    return story


def _heading_block(council: Council, on: dt.date, lang: str, width: float) -> Table:
    """The letter's date and number on the left, the addressee on the right."""
    left = para(_m("letter_ref", lang, date=format_date(on, lang)), "body")
    right = [para(f"<b>{_m('letter_to', lang)}</b>", "body"),
             para(f"<b>{esc(council.state_body)}</b>", "body"),
             para(_m("letter_copy", lang), "small")]
    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _particulars(council: Council, meeting: Meeting, lang: str, width: float) -> Table:
    kind = "extraordinary" if meeting.kind == "extraordinary" else "regular"
    sitting = _m(f"sitting_{kind}", lang, number=meeting.number)
    caller = council.member(meeting.called_by) if meeting.called_by else None
    if kind == "extraordinary" and caller is not None:
        sitting += " (" + _m("called_by", lang, name=caller.full_name) + ")"
    tba = f"<i>{_m('to_be_announced', lang)}</i>"
    rows: list[list[Any]] = [
        ["label_sitting", sitting],
        ["label_date", f"<b>{esc(format_date(meeting.date, lang))}</b>"],
        ["label_time", f"<b>{esc(meeting.time)}</b>" if meeting.time else tba],
        ["label_place", esc(meeting.place.strip()) if meeting.place.strip() else tba],
    ]
    cells = [[para(_m(label, lang), "label"), para(value, "body")] for label, value in rows]
    table = Table(cells, colWidths=[width * 0.22, width * 0.78], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _agenda(meeting: Meeting, lang: str, rb: Rulebook) -> list[Flowable]:
    if not meeting.items:
        return [para(_m("no_items", lang), "body")]
    out: list[Flowable] = []
    for number, item in enumerate(meeting.items, start=1):
        if item.proposed_by == "state_body":
            # Art. 18: the state body may put items on the council's agenda.
            proposer = _m("proposed_state_body", lang,
                          article=article(rb.article("state_body"), lang))
        else:
            proposer = _m("proposed_council", lang)
        line = f"{number}.&nbsp;{esc(item.title)} <font color='#555555'>({proposer})</font>"
        out.append(para(line, "list_item"))
        if item.speaker.strip():
            out.append(Paragraph(_m("speaker", lang, name=item.speaker.strip()),
                                 _speaker_style()))
    return out


def _chair(council: Council, on: dt.date, sitting: dt.date) -> Member | None:
    """The chair who signs: the one in office on the letter's day (else on the sitting's)."""
    for day in (on, sitting):
        chairs = sorted((m for m in council.active_members(day) if m.role == "chair"),
                        key=lambda m: (m.start, m.id))
        if chairs:
            return chairs[-1]
    return None
