"""The annual plan's writes: items validated before anything is written (a refusal leaves the
database as it was), months and quarters stored as their last day, reordering, copying last
year's plan (dates one year on, statuses reset), approval at a sitting, the Art. 18 copy at
its boundary (day 5 on time, day 6 late in run_checks), and the plan's extension fields
surviving the exchange file."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.findings import VIOLATION
from kenesh_desktop.store import exchange, models, plan_writes, queries, writes
from kenesh_desktop.store.db import close_database, open_database
from kenesh_desktop.store.writes import WriteError

D = dt.date


def row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in models.RECORD_MODELS}


def snapshot() -> tuple:
    plans = [(p.year, p.approved, p.sent, p.approved_at, p.letter_number,
              [(i.title, i.due, i.due_precision, i.status, i.note, i.responsible, i.form)
               for i in p.items])
             for p in queries.load_council("minfin").plans]
    return row_counts(), plans


@pytest.fixture
def council(database) -> str:
    members = [r.Member(f"m{i}", f"Мүчө {i}", "female" if i % 2 else "male", f"Уюм {i}",
                        "chair" if i == 1 else "member", D(2026, 1, 15)) for i in range(1, 8)]
    meetings = [
        r.Meeting("s1", 1, D(2027, 1, 20), present=[m.id for m in members]),
        r.Meeting("s2", 2, D(2027, 2, 17), present=[m.id for m in members[:5]]),
    ]
    writes.import_councils([r.Council(
        "minfin", "Финансы министрлигинин Коомдук кеңеши", "Финансы министрлиги",
        terms=[r.Term(D(2026, 1, 15), D(2028, 1, 14))], members=members, meetings=meetings)])
    plan_writes.create_plan("minfin", 2027)
    return "minfin"


def plan(year: int = 2027) -> r.AnnualPlan:
    found = queries.load_council("minfin").plan(year)
    assert found is not None
    return found


def titles(year: int = 2027) -> list[str]:
    return [item.title for item in plan(year).items]


def test_a_second_plan_for_the_same_year_is_refused(council):
    before = snapshot()
    with pytest.raises(WriteError, match="already a work plan for 2027"):
        plan_writes.create_plan(council, 2027)
    with pytest.raises(WriteError, match="between 2000 and 2100"):
        plan_writes.create_plan(council, 207)
    assert snapshot() == before


def test_items_are_added_in_order_and_month_and_quarter_stored_as_their_last_day(council):
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Коомдук угуу", D(2027, 2, 3), "Айгүл Токтогулова", "Угуу", "month"))
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Жарым жылдык отчет", D(2027, 5, 1), due_precision="quarter"))
    index = plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "  Тегерек стол  ", D(2027, 9, 15), status="done", note="Өттү"), index=0)
    assert index == 0
    items = plan().items
    assert [i.title for i in items] == ["Тегерек стол", "Коомдук угуу", "Жарым жылдык отчет"]
    assert (items[0].due, items[0].due_precision, items[0].status) == (D(2027, 9, 15), "day",
                                                                       "done")
    assert (items[1].due, items[1].due_precision) == (D(2027, 2, 28), "month")
    assert (items[2].due, items[2].due_precision) == (D(2027, 6, 30), "quarter")
    assert items[1].responsible == "Айгүл Токтогулова"


@pytest.mark.parametrize("item, message", [
    (r.PlanItem("   "), "activity is required"),
    (r.PlanItem("Угуу", D(2028, 1, 1)), "outside the plan's year 2027"),
    (r.PlanItem("Угуу", D(2026, 12, 31)), "outside the plan's year 2027"),
    (r.PlanItem("Угуу", status="finished"), "status must be one of"),
    (r.PlanItem("Угуу", D(2027, 3, 1), due_precision="week"), "precision must be one of"),
])
def test_a_bad_item_is_refused_and_nothing_is_written(council, item, message):
    plan_writes.add_plan_item(council, 2027, r.PlanItem("Биринчи", D(2027, 3, 1)))
    before = snapshot()
    with pytest.raises(WriteError, match=message):
        plan_writes.add_plan_item(council, 2027, item)
    with pytest.raises(WriteError, match=message):
        plan_writes.update_plan_item(council, 2027, 0, item)
    assert snapshot() == before


def test_the_year_boundaries_of_an_item_are_inside_the_plan(council):
    plan_writes.add_plan_item(council, 2027, r.PlanItem("Башы", D(2027, 1, 1)))
    plan_writes.add_plan_item(council, 2027, r.PlanItem("Аягы", D(2027, 12, 31)))
    # The fourth quarter of 2027 ends on 31 December 2027: still the plan's year.
    plan_writes.add_plan_item(council, 2027, r.PlanItem("IV", D(2027, 10, 1),
                                                        due_precision="quarter"))
    assert [i.due for i in plan().items] == [D(2027, 1, 1), D(2027, 12, 31), D(2027, 12, 31)]


def test_update_move_and_remove(council):
    for title in ("А", "Б", "В", "Г"):
        plan_writes.add_plan_item(council, 2027, r.PlanItem(title))
    assert plan_writes.move_plan_item(council, 2027, 3, -1) == 2
    assert titles() == ["А", "Б", "Г", "В"]
    assert plan_writes.move_plan_item(council, 2027, 0, -1) == 0  # already first
    assert plan_writes.move_plan_item(council, 2027, 3, +1) == 3  # already last
    assert plan_writes.move_plan_item(council, 2027, 0, +1) == 1
    assert titles() == ["Б", "А", "Г", "В"]
    plan_writes.update_plan_item(council, 2027, 1, r.PlanItem("А2", status="dropped",
                                                              note="Керек эмес"))
    assert (plan().items[1].title, plan().items[1].status) == ("А2", "dropped")
    plan_writes.remove_plan_item(council, 2027, 0)
    assert titles() == ["А2", "Г", "В"]
    # Positions stay 0..n-1, so a later insertion lands where it is asked to.
    plan_writes.add_plan_item(council, 2027, r.PlanItem("Жаңы"), index=1)
    assert titles() == ["А2", "Жаңы", "Г", "В"]
    with pytest.raises(WriteError, match="no activity No. 5"):
        plan_writes.remove_plan_item(council, 2027, 4)


def test_copying_last_years_plan_moves_dates_a_year_and_resets_statuses(council):
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Февраль", D(2027, 2, 28), "Катчы", "Отчет", "month", "done", "Аткарылды"))
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Күн", D(2027, 3, 15), status="moved", note="Жылдырылды"))
    plan_writes.add_plan_item(council, 2027, r.PlanItem("Мөөнөтсүз", status="dropped"))
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Чейрек", D(2027, 6, 30), due_precision="quarter"))

    assert plan_writes.copy_plan(council, 2027, 2028) == 4
    copied = plan(2028)
    assert copied.approved is None and copied.sent is None
    assert [i.title for i in copied.items] == ["Февраль", "Күн", "Мөөнөтсүз", "Чейрек"]
    # February's end in the leap year 2028 is the 29th: a month stays a whole month.
    assert [i.due for i in copied.items] == [D(2028, 2, 29), D(2028, 3, 15), None,
                                             D(2028, 6, 30)]
    assert {i.status for i in copied.items} == {"planned"}
    assert {i.note for i in copied.items} == {""}
    assert (copied.items[0].responsible, copied.items[0].form) == ("Катчы", "Отчет")
    # The source is untouched.
    assert [i.status for i in plan(2027).items] == ["done", "moved", "dropped", "planned"]

    before = snapshot()
    with pytest.raises(WriteError, match="already has activities"):
        plan_writes.copy_plan(council, 2027, 2028)
    with pytest.raises(WriteError, match="no work plan for 2025"):
        plan_writes.copy_plan(council, 2025, 2026)
    assert snapshot() == before


def test_a_leap_day_copied_a_year_on_becomes_the_28th(database):
    item = r.PlanItem("Күн", D(2028, 2, 29))
    assert plan_writes.moved_item(item, 1).due == D(2029, 2, 28)
    month = r.PlanItem("Ай", D(2028, 2, 29), due_precision="month")
    assert plan_writes.moved_item(month, 1).due == D(2029, 2, 28)


def test_approval_at_a_sitting_and_the_copy_at_the_art_18_boundary(council):
    before = snapshot()
    with pytest.raises(WriteError, match="not approved yet"):
        plan_writes.record_copy_sent(council, 2027, D(2027, 1, 22), "01-12/1")
    with pytest.raises(WriteError, match="unknown sitting 's9'"):
        plan_writes.approve_plan(council, 2027, "s9")
    assert snapshot() == before

    assert plan_writes.approve_plan(council, 2027, "s1") == D(2027, 1, 20)
    assert (plan().approved, plan().approved_at) == (D(2027, 1, 20), "s1")
    with pytest.raises(WriteError, match="before the plan was approved"):
        plan_writes.record_copy_sent(council, 2027, D(2027, 1, 19), "01-12/1")

    def copy_finding(today: dt.date):
        found = [f for f in run_checks([queries.load_council(council)], today)
                 if f.rule == "plan.copy_due"]
        return found[0] if found else None

    # Day 5 after approval (25 January) is the last day in time: no finding at all.
    plan_writes.record_copy_sent(council, 2027, D(2027, 1, 25), " 01-12/1 ")
    assert (plan().sent, plan().letter_number) == (D(2027, 1, 25), "01-12/1")
    assert copy_finding(D(2027, 3, 1)) is None
    # Day 6 is late: a violation of Art. 18, due the 25th, naming the year.
    plan_writes.record_copy_sent(council, 2027, D(2027, 1, 26), "01-12/1")
    late = copy_finding(D(2027, 3, 1))
    assert late is not None
    assert (late.severity, late.article, late.subject, late.due) == (
        VIOLATION, 18, "2027", D(2027, 1, 25))

    # Approval at a later sitting than the recorded copy is refused: correct the copy first.
    with pytest.raises(WriteError, match="correct the date the copy was sent"):
        plan_writes.approve_plan(council, 2027, "s2")
    plan_writes.record_copy_sent(council, 2027, None, "ignored")
    assert (plan().sent, plan().letter_number) == (None, "")
    assert plan_writes.approve_plan(council, 2027, "s2") == D(2027, 2, 17)


def test_the_plans_extension_fields_survive_the_exchange_file(council, tmp_path):
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Коомдук угуу", D(2027, 4, 30), "Мүчө 1, Мүчө 2", "Угуу", "month", "moved",
        "Майга жылдырылды"))
    plan_writes.add_plan_item(council, 2027, r.PlanItem(
        "Отчет", D(2027, 12, 31), "Катчы", "Отчет", "quarter", "dropped", ""))
    plan_writes.approve_plan(council, 2027, "s1")
    plan_writes.record_copy_sent(council, 2027, D(2027, 1, 24), "КК-2027/01")
    plan_writes.copy_plan(council, 2027, 2028)
    first = queries.load_council(council)
    path = tmp_path / "minfin.kenesh.json"
    exchange.dump_exchange_file([first], path)
    close_database()

    open_database(tmp_path / "other" / "kenesh.sqlite3")
    writes.import_councils(exchange.load_exchange_file(path))
    again = queries.load_council(council)
    assert again.plans == first.plans
    saved = again.plan(2027)
    assert (saved.approved_at, saved.letter_number) == ("s1", "КК-2027/01")
    assert [(i.due_precision, i.status, i.note) for i in saved.items] == [
        ("month", "moved", "Майга жылдырылды"), ("quarter", "dropped", "")]
