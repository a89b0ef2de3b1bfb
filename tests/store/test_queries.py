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
    assert first == queries.CouncilSummary("o1", "Окуу", "Орган")
    assert queries.council_terms("o1") == [r.Term(dt.date(2026, 1, 1), dt.date(2027, 1, 1))]


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


def _statements(monkeypatch, load) -> list[str]:
    """The SQL statements `load()` sends to the database, in order."""
    seen = []
    original = db.obj.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", recording)
    load()
    monkeypatch.undo()
    return seen


def _queries_to_load(monkeypatch, council_id: str) -> int:
    return len(_statements(monkeypatch, lambda: queries.load_council(council_id)))


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


# ------------------------------------------------- the light loadings of the checks (issue 11)


def _as_checks_see_it(council: r.Council) -> r.Council:
    """The full council less what `load_for_checks` leaves out (no rule reads it)."""
    light = copy.deepcopy(council)
    light.proposals = []
    for meeting in light.meetings:
        meeting.guests, meeting.items, meeting.reopenings = [], [], []
        meeting.absence_reasons = {}
    for request in light.requests:
        request.text = request.answer_summary = ""
    for plan in light.plans:
        plan.items = []
    for competition in light.competitions:
        for candidate in competition.candidates:
            candidate.phone = candidate.email = None
            candidate.requirement_notes = {}
    return light


def _members_only(council: r.Council) -> r.Council:
    return r.Council(council.id, council.name, council.state_body,
                     terms=copy.deepcopy(council.terms), members=copy.deepcopy(council.members))


@pytest.fixture
def two_councils(database, rich_council) -> list[r.Council]:
    """rich_council and a second council sharing one of its members (Art. 14), stored."""
    other = _with_sittings(rich_council, 3)
    other.id, other.name = "agro", "Айыл чарба министрлигинин Коомдук кеңеши"
    for member in other.members:
        member.full_name, member.pin = f"{member.full_name} {member.id}", None
    other.members[3].full_name = "Айгүл Токтогулова"  # m1 of minfin, without a pin here
    writes.import_councils([rich_council, other])
    return queries.load_all()


def test_load_for_checks_holds_every_field_the_rules_read(two_councils):
    light = queries.load_for_checks()
    assert light == [_as_checks_see_it(c) for c in two_councils]
    # the parts kept are really there: presence, dates, plans, candidates' requirements
    minfin = light[1]
    assert minfin.meetings[1].present == ["m3", "m1"]
    assert minfin.meetings[0].agenda_sent == dt.date(2026, 2, 6)
    assert minfin.plans[0].approved == dt.date(2026, 1, 20) and minfin.plans[0].sent
    assert minfin.competitions[0].candidates[0].requirements["reputation"] is False
    assert minfin.competitions[0].candidates[1].requirements["reputation"] is None


def test_load_for_checks_of_chosen_councils(two_councils):
    assert queries.load_for_checks(["minfin"]) == [_as_checks_see_it(two_councils[1])]
    assert queries.load_for_checks(["minfin", "agro"]) == queries.load_for_checks()
    assert queries.load_for_checks([]) == []
    with pytest.raises(LookupError, match="unknown council: nope"):
        queries.load_for_checks(["minfin", "nope"])


@pytest.mark.parametrize("day", ["2026-02-09", "2026-03-20", "2026-04-16", "2027-10-20",
                                 "2027-12-01"])
def test_checks_on_the_light_loading_find_what_the_full_loading_finds(two_councils, day):
    from kenesh_desktop.rules.checks import run_checks

    today = dt.date.fromisoformat(day)
    full = run_checks(two_councils, today)
    assert run_checks(queries.load_for_checks(), today) == full
    # the window: its council checked whole, the others by their members only
    current = queries.load_for_checks(["minfin"])
    others = [c for c in queries.members_of_all_councils() if c.id != "minfin"]
    window = run_checks(current + others, today, only={"minfin"})
    assert window == [f for f in full if f.council == "minfin"]


def test_one_council_is_found_through_the_members_only(two_councils):
    from kenesh_desktop.rules.checks import run_checks

    others = [c for c in queries.members_of_all_councils() if c.id != "minfin"]
    findings = [f for f in run_checks(queries.load_for_checks(["minfin"]) + others,
                                      dt.date(2027, 8, 1), only={"minfin"})
                if f.rule == "composition.one_council"]
    assert [(f.subject, f.details["other_councils"]) for f in findings] == [("m1", ["agro"])]


def test_members_of_all_councils_is_the_members_and_nothing_else(two_councils):
    assert queries.members_of_all_councils() == [_members_only(c) for c in two_councils]


def _tables_read(monkeypatch, load) -> str:
    return "\n".join(_statements(monkeypatch, load))


def test_the_light_loadings_leave_the_big_tables_alone(two_councils, monkeypatch):
    sql = _tables_read(monkeypatch, queries.load_for_checks)
    for table in ('"vote"', '"agenda_item"', '"guest"', '"proposal"', '"plan_item"'):
        assert table not in sql, table
    assert '"attendance"' in sql and '"request"' in sql
    sql = _tables_read(monkeypatch, queries.members_of_all_councils)
    assert '"member"' in sql and '"meeting"' not in sql and '"attendance"' not in sql
