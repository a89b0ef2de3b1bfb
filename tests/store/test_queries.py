"""Loading gives back exactly what was stored (every field, extensions included), in the fixed
orders, in Kyrgyz alphabetical order for the council list, and in a fixed handful of
queries however many sittings a council has."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import queries, writes
from kenesh_desktop.store.db import db


def test_load_council_round_trips_every_field(database, rich_council):
    writes.import_councils([rich_council])
    loaded = queries.load_council("minfin")
    assert loaded == rich_council
    # spot checks that equality really covers the extension fields
    assert loaded.meetings[0].absence_reasons == {"m3": "Оорулуу"}
    assert loaded.meetings[0].reopenings[0].reason == "Добуштарды тактоо"
    assert loaded.competitions[0].candidates[0].requirement_notes == {
        "reputation": "Маалымат күтүлүүдө"}
    assert loaded.plans[0].items[1].due_precision == "quarter"
    assert loaded.notices[1].attended is False
    assert loaded.meetings[1].present == ["m3", "m1"]


def test_orders_are_fixed_whatever_the_order_of_entry(database, rich_council):
    shuffled = copy.deepcopy(rich_council)
    shuffled.members.reverse()
    shuffled.meetings.reverse()
    shuffled.plans.reverse()
    writes.import_councils([shuffled])
    loaded = queries.load_council("minfin")
    assert [m.id for m in loaded.members] == ["m1", "m2", "m3", "m4"]  # start, then id
    assert [m.number for m in loaded.meetings] == [1, 2]
    assert [p.year for p in loaded.plans] == [2026, 2027]
    assert loaded == rich_council


def test_unknown_council_is_a_lookup_error(database):
    with pytest.raises(LookupError, match="unknown council: nope"):
        queries.load_council("nope")
    assert not queries.council_exists("nope")


def test_list_councils_is_in_kyrgyz_alphabetical_order(database):
    for code, name in [("f", "Финансы"), ("u2", "Үй-жай"), ("u1", "Укук"), ("o", "Өкмөт"),
                       ("o1", "Окуу")]:
        writes.create_council(code, name, "Орган", dt.date(2026, 1, 1), dt.date(2027, 1, 1))
    names = [s.name for s in queries.list_councils()]
    assert names == ["Окуу", "Өкмөт", "Укук", "Үй-жай", "Финансы"]
    first = queries.list_councils()[0]
    assert first == queries.CouncilSummary("o1", "Окуу", "Орган", dt.date(2026, 1, 1),
                                           dt.date(2027, 1, 1))


def test_load_all_returns_every_council_complete(database, rich_council):
    other = copy.deepcopy(rich_council)
    other.id, other.name = "agro", "Айыл чарба министрлигинин Коомдук кеңеши"
    writes.import_councils([rich_council, other])
    assert queries.load_all() == [other, rich_council]


def _with_sittings(council: r.Council, count: int) -> r.Council:
    council = copy.deepcopy(council)
    template = council.meetings[0]
    for number in range(3, 3 + count):
        extra = copy.deepcopy(template)
        extra.id, extra.number = f"s{number}", number
        council.meetings.append(extra)
    return council


def _queries_to_load(monkeypatch, council_id: str) -> int:
    seen = []
    original = db.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", counting)
    queries.load_council(council_id)
    monkeypatch.undo()
    return len(seen)


def test_loading_takes_the_same_few_queries_for_a_long_history(
    database, rich_council, monkeypatch
):
    small = _with_sittings(rich_council, 1)
    large = _with_sittings(rich_council, 30)
    large.id = "large"
    writes.import_councils([small, large])
    few = _queries_to_load(monkeypatch, "minfin")
    many = _queries_to_load(monkeypatch, "large")
    assert few == many
    assert 10 <= few <= 20  # one per table, not one per sitting
