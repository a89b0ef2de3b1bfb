"""The council's annual work plan (жылдык иш планы) on landscape A4.

A plan the council has not approved is a draft: every page carries the draft mark. An
approved plan names the sitting that approved it; its copy must reach the state body within
5 days of approval (Art. 18), so the date it was sent is printed when known.
"""

from __future__ import annotations

import datetime as dt

from kenesh_desktop.documents.blocks import (
    Block,
    Document,
    PageSetup,
    Para,
    Signatures,
    Signer,
    Span,
    Table,
    inline,
)
from kenesh_desktop.documents.common import Output
from kenesh_desktop.documents.formats import write_document
from kenesh_desktop.documents.wording import article, text
from kenesh_desktop.lang import format_date, format_date_attributive
from kenesh_desktop.lang.dates import format_due
from kenesh_desktop.lang.names import initials_and_surname
from kenesh_desktop.rules.records import AnnualPlan, Council, Member, PlanItem
from kenesh_desktop.rules.rulebook import Rulebook

# Shares of the frame's width: No., activity, due, responsible, form, status, note.
_COLUMNS = (
    ("col_no", 0.04),
    ("col_activity", 0.29),
    ("col_due", 0.13),
    ("col_responsible", 0.145),
    ("col_form", 0.12),
    ("col_status", 0.12),
    ("col_note", 0.155),
)


def build_plan(council: Council, year: int, out: Output, lang: str = "ky",
               rulebook: Rulebook | None = None, on: dt.date | None = None,
               fmt: str | None = "pdf") -> None:
    """Write the council's work plan for `year` to `out` in `lang`: a PDF, or a Word copy
    with `fmt` "docx" (None: by the suffix of the path `out`).

    The chair who signs is the one active on the approval date; for a plan not yet approved,
    the one active on `on` (default today). Raises LookupError when there is no plan for
    `year`.
    """
    rulebook = rulebook or council.followed_rulebook
    write_document(plan_document(council, year, lang, rulebook, on), out, fmt)


def plan_document(council: Council, year: int, lang: str = "ky",
                  rulebook: Rulebook | None = None, on: dt.date | None = None) -> Document:
    """The work plan for `year` as blocks (documents/blocks.py)."""
    rulebook = rulebook or council.followed_rulebook
    plan = council.plan(year)
    if plan is None:
        raise LookupError(f"council {council.id!r} has no work plan for {year}")
    short = text("plan_short", lang, year=year)
    page = PageSetup(
        lang=lang,
        header_left=f"{council.name} — {council.state_body}",
        header_right=short,
        draft=plan.approved is None,
        landscape=True,
    )
    blocks = plan_blocks(council, plan, lang, rulebook, on or dt.date.today())
    return Document(title=f"{short} — {council.name}", subject=council.name, page=page,
                    blocks=tuple(blocks))


def plan_blocks(council: Council, plan: AnnualPlan, lang: str, rulebook: Rulebook,
                on: dt.date) -> list[Block]:
    blocks: list[Block] = []
    approval = _approval_line(council, plan, lang)
    if approval:
        blocks.append(Para((Span(approval, bold=True),), "approval"))
    blocks += [
        Para(inline(council.name), "council"),
        Para(inline(council.state_body), "state_body"),
        Para(inline(text("plan_title", lang, year=plan.year)), "title"),
    ]
    if plan.items:
        blocks.append(_table(plan.items, lang))
    else:
        blocks.append(Para(inline(text("no_activities", lang)), "body"))
    if plan.approved and plan.sent:
        # Art. 18: the state body receives a copy no later than 5 days after approval.
        sent = text("plan_sent", lang, date=format_date(plan.sent, lang),
                    article=article(rulebook.article("state_body"), lang))
        if plan.letter_number.strip():
            sent += ", " + text("plan_letter", lang, number=plan.letter_number.strip())
        blocks.append(Para(inline(sent), "small"))
    chair = _chair(council, plan, on)
    blocks.append(Signatures(
        (Signer(text("chair", lang), initials_and_surname(chair.full_name) if chair else ""),),
        (text("signature_hint", lang), text("name_hint", lang)), width=0.7))
    return blocks


def _approval_line(council: Council, plan: AnnualPlan, lang: str) -> str:
    """"Approved at sitting No. N of DATE", or "approved DATE" when the sitting is unknown."""
    if plan.approved is None:
        return ""
    meeting = council.meeting(plan.approved_at) if plan.approved_at else None
    if meeting is not None:
        return text("approved_at", lang, number=meeting.number,
                    date=format_date_attributive(meeting.date, lang))
    return text("approved_on", lang, date=format_date(plan.approved, lang))


def _chair(council: Council, plan: AnnualPlan, on: dt.date) -> Member | None:
    meeting = council.meeting(plan.approved_at) if plan.approved_at else None
    day = plan.approved or (meeting.date if meeting else None) or on
    chairs = [m for m in council.active_members(day) if m.role == "chair"]
    chairs.sort(key=lambda m: (m.start, m.id))
    return chairs[-1] if chairs else None


def due_text(item: PlanItem, lang: str) -> str:
    """The due column: a day, or a month or quarter (stored as its last day)."""
    return format_due(item.due, item.due_precision, lang)


def _table(items: list[PlanItem], lang: str) -> Table:
    rows = [tuple(text(key, lang) for key, _share in _COLUMNS)]
    for number, item in enumerate(items, start=1):
        rows.append((
            str(number),
            item.title,
            # "2026 г." kept on one line: a lone "г." under the date reads as an error.
            due_text(item, lang).replace(" г.", "\u00a0г."),
            item.responsible,
            item.form,
            text(f"status_{item.status}", lang),
            item.note,
        ))
    return Table(tuple(rows), tuple(share for _key, share in _COLUMNS), numbers=(0,))
