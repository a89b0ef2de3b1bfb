"""The register of the council's requests to the state body for a period, as a PDF and a CSV.

Each request with its number, subject, registration date, the day its answer is due (Art. 18:
no later than 2 weeks after registration), the day it was answered and its state on the day
the register is made. The PDF and the CSV hold the same rows (`register_rows`), in Kyrgyz,
Russian or English.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from kenesh_desktop.documents.common import (
    Output,
    PageSetup,
    build_document,
    esc,
    frame_width,
    grid_table,
    markup,
    para,
)
from kenesh_desktop.documents.csv_export import write_csv
from kenesh_desktop.documents.wording import article, rulebook_name, text
from kenesh_desktop.lang import format_date
from kenesh_desktop.rules.deadlines import (
    ANSWERED_LATE,
    ANSWERED_ON_TIME,
    DUE_SOON,
    OVERDUE,
    RequestState,
    request_state,
)
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import Request
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

COLUMNS = ("col_no", "col_number", "col_subject", "col_registered", "col_answer_due",
           "col_answered", "col_state")
_SHARES = (0.04, 0.09, 0.33, 0.11, 0.11, 0.11, 0.21)
LATE_FILL = colors.HexColor("#FBE4E2")


@dataclass(frozen=True)
class RegisterRow:
    number: str
    subject: str
    registered: dt.date
    answered: dt.date | None
    state: RequestState

    @property
    def due(self) -> dt.date:
        return self.state.due


def register_rows(requests: Sequence[Request], start: dt.date, end: dt.date, today: dt.date,
                  rulebook: Rulebook = LAW_74) -> list[RegisterRow]:
    """The requests registered from `start` to `end` (both included), by registration date
    then number, each with its state on `today` (Art. 18)."""
    chosen = sorted((q for q in requests if start <= q.registered <= end),
                    key=lambda q: (q.registered, q.number, q.id))
    return [RegisterRow(q.number, q.subject, q.registered, q.answered,
                        request_state(q.registered, q.answered, today, rulebook))
            for q in chosen]


def state_text(state: RequestState, lang: str) -> str:
    """A request's state in words: "overdue by 3 days", «14 күн калды»..."""
    if state.status == ANSWERED_ON_TIME:
        return text("req_answered_on_time", lang)
    if state.status == ANSWERED_LATE:
        return text("req_answered_late", lang, days=format_days(state.days_overdue, lang))
    if state.status == OVERDUE:
        return text("req_overdue", lang, days=format_days(state.days_overdue, lang))
    if state.days_left == 0:
        return text("req_due_today", lang)
    key = "req_due_soon" if state.status == DUE_SOON else "req_waiting"
    return text(key, lang, days=format_days(state.days_left, lang))


def _short_date(day: dt.date | None) -> str:
    """dd.mm.yyyy: the table's dates (the long official form would not fit a column)."""
    return "" if day is None else day.strftime("%d.%m.%Y")


def build_request_register(council_name: str, state_body: str, requests: Sequence[Request],
                           out: Output, start: dt.date, end: dt.date, today: dt.date,
                           lang: str = "ky", rulebook: Rulebook = LAW_74) -> None:
    """Write the register of the requests registered from `start` to `end` as a PDF."""
    rows = register_rows(requests, start, end, today, rulebook)
    short = text("register_short", lang)
    setup = PageSetup(lang=lang, header_left=f"{council_name} — {state_body}",
                      header_right=short, landscape=True)
    width = frame_width(landscape_page=True)
    period = text("register_period", lang, start=format_date(start, lang),
                  end=format_date(end, lang))
    story: list[Flowable] = [
        para(esc(council_name), "council"),
        para(esc(state_body), "state_body"),
        para(markup("register_title", lang), "title"),
        para(esc(period), "subtitle"),
        para(markup("register_rule", lang,
                    article=article(rulebook.article("state_body"), lang),
                    days=format_days(rulebook.answer_days, lang),
                    law=rulebook_name(rulebook, lang)), "small"),
        para(markup("register_as_of", lang, date=format_date(today, lang)), "small"),
        Spacer(1, 6),
    ]
    if rows:
        story += [_table(rows, lang, width), Spacer(1, 6), para(_totals(rows, lang), "body")]
    else:
        story.append(para(markup("no_requests", lang), "body"))
    build_document(out, story, setup, title=f"{short} — {council_name}", subject=council_name)


def _totals(rows: Sequence[RegisterRow], lang: str) -> str:
    counts = Counter(row.state.status for row in rows)
    return markup("register_totals", lang, total=len(rows), on_time=counts[ANSWERED_ON_TIME],
                  late=counts[ANSWERED_LATE], overdue=counts[OVERDUE],
                  waiting=len(rows) - counts[ANSWERED_ON_TIME] - counts[ANSWERED_LATE]
                  - counts[OVERDUE])


def _table(rows: Sequence[RegisterRow], lang: str, width: float) -> Table:
    cells: list[list[Any]] = [[para(markup(key, lang), "cell_head") for key in COLUMNS]]
    late_rows = []
    for index, row in enumerate(rows, start=1):
        cells.append([
            para(str(index), "cell_number"),
            para(esc(row.number), "cell"),
            para(esc(row.subject), "cell"),
            para(_short_date(row.registered), "cell"),
            para(_short_date(row.due), "cell"),
            para(_short_date(row.answered), "cell"),
            para(esc(state_text(row.state, lang)), "cell"),
        ])
        if row.state.violation:
            late_rows.append(index)
    # A request answered late or not at all (Art. 18) is marked in the state column.
    late = [("BACKGROUND", (6, index), (6, index), LATE_FILL) for index in late_rows]
    return grid_table(cells, [width * share for share in _SHARES], late, padding=(3, 4))


def write_request_register_csv(requests: Sequence[Request], path: str | os.PathLike[str],
                               start: dt.date, end: dt.date, today: dt.date, lang: str = "ky",
                               rulebook: Rulebook = LAW_74) -> Path:
    """Write the same register as a CSV (UTF-8 with BOM, ISO dates, formulas neutralised)."""
    rows = register_rows(requests, start, end, today, rulebook)
    header = [text(key, lang) for key in COLUMNS[1:]]
    body = ([row.number, row.subject, row.registered.isoformat(), row.due.isoformat(),
             row.answered.isoformat() if row.answered else "", state_text(row.state, lang)]
            for row in rows)
    return write_csv(path, header, body)
