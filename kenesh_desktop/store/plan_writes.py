"""Writes of the annual work plan: plans per year, their items, approval and the copy sent.

Each function runs in `db.atomic()` and validates before it writes, as `writes.py` does; a
refusal is a `WriteError` whose message the window shows as it is. A plan is named by its
council's id and its year; an item by its index in the plan's order (0-based), which is the
order `queries.load_council` returns.

Art. 18: the state body receives a copy of the approved plan no later than 5 days after its
approval. Recording a copy sent late is allowed (the checks report it); recording one sent
before the plan was approved, or a copy of a plan not approved, is refused.
"""

from __future__ import annotations

import datetime as dt

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.dates import add_days, add_months, add_years
from kenesh_desktop.store import models as m
from kenesh_desktop.store.binding import db
from kenesh_desktop.store.field_checks import one_of
from kenesh_desktop.store.labels import (
    ACTIVITY,
    COMPLETION_FORM,
    NOTE,
    RESPONSIBLE,
    SITTING,
)
from kenesh_desktop.store.writes import (
    WriteError,
    _coded_row,
    _council_row,
    _text,
)

MIN_YEAR, MAX_YEAR = 2000, 2100
"""The years a plan may be made for: enough for any council, and a typo (207) is refused."""


# ---------------------------------------------------------------- pure helpers


def normalize_due(due: dt.date | None, precision: str) -> dt.date | None:
    """A due date as stored: a month or a quarter is kept as its last day (records.PlanItem)."""
    if due is None:
        return None
    if precision == "month":
        return add_days(add_months(dt.date(due.year, due.month, 1), 1), -1)
    if precision == "quarter":
        last_month = (due.month - 1) // 3 * 3 + 3
        return add_days(add_months(dt.date(due.year, last_month, 1), 1), -1)
    return due


def moved_item(item: r.PlanItem, years: int) -> r.PlanItem:
    """An item for a plan `years` later: the due moved (a month or quarter stays its last day,
    so February's end lands on the 29th in a leap year), status planned, no note (the note
    said how last year's item went)."""
    due = None
    if item.due is not None:
        due = normalize_due(add_years(item.due, years), item.due_precision)
    return r.PlanItem(title=item.title, due=due, responsible=item.responsible, form=item.form,
                      due_precision=item.due_precision, status="planned", note="")


# ---------------------------------------------------------------- plans


def create_plan(council_id: str, year: int) -> None:
    """Start an empty, not yet approved plan for `year`; refused when one exists."""
    _check_year(year)
    with db.atomic():
        council = _council_row(council_id)
        if _plan_or_none(council, year) is not None:
            raise WriteError.keyed("There is already a work plan for {year}.", year=year)
        m.AnnualPlan.create(council=council, year=year)


def copy_plan(council_id: str, from_year: int, to_year: int) -> int:
    """Copy the items of the plan for `from_year` into the plan for `to_year` as a start.

    Dates move by the years between them and every status is reset to planned. The target
    plan is created when missing; it must have no items yet (a copy never mixes with items
    typed in). Returns the number of items copied.
    """
    _check_year(to_year)
    with db.atomic():
        council = _council_row(council_id)
        source = _plan_row(council, from_year)
        target = _plan_or_none(council, to_year)
        if target is None:
            target = m.AnnualPlan.create(council=council, year=to_year)
        elif _item_rows(target):
            raise WriteError.keyed(
                "The work plan for {year} already has activities; a plan is copied only into "
                "an empty one.", year=to_year,
            )
        items = [moved_item(_item_record(row), to_year - from_year)
                 for row in _item_rows(source)]
        for position, item in enumerate(items):
            m.PlanItem.create(plan=target, position=position, **_item_fields(item, to_year))
    return len(items)


def approve_plan(council_id: str, year: int, meeting_id: str) -> dt.date:
    """Record that the sitting `meeting_id` approved the plan: approved is the sitting's date,
    approved_at its id. Returns the approval date (Art. 18's 5 days run from it)."""
    with db.atomic():
        council = _council_row(council_id)
        plan = _plan_row(council, year)
        meeting = _coded_row(m.Meeting, council, meeting_id, SITTING)
        if plan.sent is not None and plan.sent < meeting.date:
            raise WriteError.keyed(
                "The copy of the plan was recorded as sent on {sent}, before sitting No. "
                "{number} of {date}; correct the date the copy was sent first.",
                sent=plan.sent, number=meeting.number, date=meeting.date,
            )
        m.AnnualPlan.update(approved=meeting.date, approved_at=meeting.id).where(
            m.AnnualPlan.id == plan.id).execute()
    return meeting.date


def record_copy_sent(council_id: str, year: int, sent: dt.date | None,
                     letter_number: str = "") -> None:
    """Record the day the copy of the approved plan was sent to the state body (Art. 18) and
    the outgoing letter's number; `sent` None clears both."""
    if sent is not None and not isinstance(sent, dt.date):
        raise WriteError.keyed("The date the copy was sent must be a date.")
    if not isinstance(letter_number, str):
        raise WriteError.keyed("The letter number must be text.")
    letter_number = letter_number.strip()
    with db.atomic():
        plan = _plan_row(_council_row(council_id), year)
        if sent is not None:
            if plan.approved is None:
                raise WriteError.keyed(
                    "The work plan for {year} is not approved yet: approve it at a sitting "
                    "before recording its copy.", year=year,
                )
            if sent < plan.approved:
                raise WriteError.keyed(
                    "The copy cannot be sent ({sent}) before the plan was approved "
                    "({approved}).", sent=sent, approved=plan.approved,
                )
        else:
            letter_number = ""
        m.AnnualPlan.update(sent=sent, letter_number=letter_number).where(
            m.AnnualPlan.id == plan.id).execute()


# ---------------------------------------------------------------- items


def add_plan_item(council_id: str, year: int, item: r.PlanItem,
                  index: int | None = None) -> int:
    """Add an activity at `index` (default: the end); returns its index."""
    with db.atomic():
        plan = _plan_row(_council_row(council_id), year)
        fields = _item_fields(item, year)
        rows = _item_rows(plan)
        index = len(rows) if index is None else max(0, min(index, len(rows)))
        new = m.PlanItem.create(plan=plan, position=index, **fields)
        rows.insert(index, new)
        _renumber(rows)
    return index


def update_plan_item(council_id: str, year: int, index: int, item: r.PlanItem) -> None:
    """Replace the activity at `index` with `item`."""
    with db.atomic():
        plan = _plan_row(_council_row(council_id), year)
        row = _item_at(plan, index)
        fields = _item_fields(item, year)
        m.PlanItem.update(**fields).where(m.PlanItem.id == row.id).execute()


def remove_plan_item(council_id: str, year: int, index: int) -> None:
    with db.atomic():
        plan = _plan_row(_council_row(council_id), year)
        rows = _item_rows(plan)
        row = _item_at(plan, index, rows)
        row.delete_instance()
        rows.pop(index)
        _renumber(rows)


def move_plan_item(council_id: str, year: int, index: int, offset: int) -> int:
    """Move the activity at `index` by `offset` places (-1 up, +1 down), kept within the plan;
    returns its new index."""
    with db.atomic():
        plan = _plan_row(_council_row(council_id), year)
        rows = _item_rows(plan)
        row = _item_at(plan, index, rows)
        target = max(0, min(index + offset, len(rows) - 1))
        rows.pop(index)
        rows.insert(target, row)
        _renumber(rows)
    return target


# ---------------------------------------------------------------- helpers


def _check_year(year) -> None:
    if not isinstance(year, int) or isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise WriteError.keyed("A plan's year must be between {first} and {last} "
                               "(got {value!r}).", first=MIN_YEAR, last=MAX_YEAR, value=year)


def _plan_or_none(council: m.Council, year: int) -> m.AnnualPlan | None:
    return m.AnnualPlan.get_or_none(
        (m.AnnualPlan.council == council.id) & (m.AnnualPlan.year == year))


def _plan_row(council: m.Council, year: int) -> m.AnnualPlan:
    plan = _plan_or_none(council, year)
    if plan is None:
        raise WriteError.keyed("There is no work plan for {year}.", year=year)
    return plan


def _item_rows(plan: m.AnnualPlan) -> list[m.PlanItem]:
    """The plan's items in the order queries.load_council gives them."""
    return list(m.PlanItem.select().where(m.PlanItem.plan == plan.id)
                .order_by(m.PlanItem.position, m.PlanItem.id))


def _item_at(plan: m.AnnualPlan, index: int, rows: list[m.PlanItem] | None = None
             ) -> m.PlanItem:
    rows = _item_rows(plan) if rows is None else rows
    if not isinstance(index, int) or not 0 <= index < len(rows):
        raise WriteError.keyed("The work plan for {year} has no activity No. {number}.",
                               year=plan.year,
                               number=index + 1 if isinstance(index, int) else index)
    return rows[index]


def _renumber(rows: list[m.PlanItem]) -> None:
    """Positions 0..n-1 in the given order (only rows whose position changes are written)."""
    for position, row in enumerate(rows):
        if row.position != position:
            m.PlanItem.update(position=position).where(m.PlanItem.id == row.id).execute()
            row.position = position


def _item_record(row: m.PlanItem) -> r.PlanItem:
    return r.PlanItem(title=row.title, due=row.due, responsible=row.responsible, form=row.form,
                      due_precision=row.due_precision, status=row.status, note=row.note)


def _item_fields(item: r.PlanItem, year: int) -> dict:
    """The validated column values of an item of the plan for `year` (raises WriteError)."""
    title = _text(item.title, ACTIVITY)
    if not title:
        raise WriteError.keyed("{label} is required.", label=ACTIVITY)
    one_of(item.status, r.PLAN_ITEM_STATUSES,
           "The status must be one of: {choices} (got {value!r}).")
    one_of(item.due_precision, r.DUE_PRECISIONS,
           "The due precision must be one of: {choices} (got {value!r}).")
    if item.due is not None and not isinstance(item.due, dt.date):
        raise WriteError.keyed("The due date must be a date or empty.")
    due = normalize_due(item.due, item.due_precision)
    if due is not None and due.year != year:
        raise WriteError.keyed("The activity is due on {due}, outside the plan's year {year}.",
                               due=due, year=year)
    return dict(title=title, due=due, responsible=_text(item.responsible, RESPONSIBLE),
                form=_text(item.form, COMPLETION_FORM),
                due_precision=item.due_precision if due is not None else "day",
                status=item.status, note=_text(item.note, NOTE))
