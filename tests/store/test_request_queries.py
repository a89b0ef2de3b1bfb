"""The Requests tab's fast reads give the same records as the whole-council load (every
field, extensions included); the table's rows are those records without their texts (one
request read whole by id, the texts by id), limit requests to a registration period with both
ends included,
join each proposal to its sitting and each notice to its observer, and what the tab writes
travels through the exchange file unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import queries, request_queries, request_writes, writes
from kenesh_desktop.store.exchange import parse_exchange, to_exchange

D = dt.date


def test_requests_match_the_whole_council_load(database, rich_council):
    writes.import_councils([rich_council])
    assert request_queries.council_requests("minfin") == rich_council.requests
    assert request_queries.council_requests("minfin") == queries.load_council("minfin").requests


def test_the_table_rows_are_the_records_without_their_texts(database, rich_council):
    writes.import_councils([rich_council])
    rows = request_queries.council_request_rows("minfin")
    assert [tuple(row) for row in rows] == [
        (q.id, q.number, q.subject, q.addressee, q.registered, q.answered, q.answer_summary)
        for q in rich_council.requests]
    assert not hasattr(rows[0], "text")  # never mistaken for a whole request and saved
    texts = request_queries.request_texts("minfin")
    assert texts == {q.id: q.text for q in rich_council.requests}
    assert any(texts.values())
    for q in rich_council.requests:
        assert request_queries.council_request("minfin", q.id) == q
    with pytest.raises(LookupError, match="r99"):
        request_queries.council_request("minfin", "r99")
    period = request_queries.council_request_rows("minfin", D(2026, 3, 2), D(2026, 4, 1))
    assert [row.number for row in period] == ["13/2"]


def test_the_period_includes_both_ends(database, rich_council):
    writes.import_councils([rich_council])  # r1 registered 2026-03-01, r2 2026-04-01

    def numbers(start, end):
        return [q.number for q in request_queries.council_requests("minfin", start, end)]

    assert numbers(D(2026, 3, 1), D(2026, 4, 1)) == ["12", "13/2"]
    assert numbers(D(2026, 3, 2), D(2026, 4, 1)) == ["13/2"]
    assert numbers(D(2026, 3, 1), D(2026, 3, 31)) == ["12"]
    assert numbers(None, D(2026, 2, 28)) == []


def test_proposals_carry_their_sitting_and_notices_their_observer(database, rich_council):
    writes.import_councils([rich_council])
    proposals = request_queries.council_proposals("minfin")
    assert [row.proposal for row in proposals] == rich_council.proposals
    assert [(row.sitting_number, row.sitting_date) for row in proposals] == [
        (2, D(2026, 5, 5)), (None, None)]
    notices = request_queries.council_notices("minfin")
    assert [row.notice for row in notices] == rich_council.notices
    assert [row.observer_name for row in notices] == ["Айгүл Токтогулова", ""]


def test_choices_for_the_forms(database, rich_council):
    writes.import_councils([rich_council])
    assert [(s.id, s.number) for s in request_queries.council_sittings("minfin")] == [
        ("s1", 1), ("s2", 2)]
    members = request_queries.council_member_choices("minfin")
    assert {m.id for m in members} == {"m1", "m2", "m3", "m4"}
    active = {m.id for m in members if m.active_on(D(2027, 7, 1))}
    assert active == {"m1", "m3", "m4"}  # m2 left on 2027-06-30, m4 joined on 2027-07-01
    heading = request_queries.council_heading("minfin")
    assert (heading.name, heading.state_body) == (rich_council.name, rich_council.state_body)


def test_what_the_tab_writes_round_trips_through_the_exchange_file(database, rich_council):
    writes.import_councils([rich_council])
    request_writes.add_request("minfin", r.Request(
        "", "14", "Салык", "Министр", D(2026, 6, 1), D(2026, 6, 20), "Толук текст",
        "Жооп кечикти"))
    request_writes.add_proposal("minfin", r.Proposal(
        "", "Жаран", D(2026, 5, 1), "Сунуш", "s2", "Колдоого алынды", D(2026, 5, 10)))
    request_writes.add_notice("minfin", r.CommissionNotice(
        "", "Комиссия", D(2026, 6, 1), D(2026, 6, 2), "m3", "Зал", "Күн тартиби", True, "Эскертүү"))
    council = queries.load_council("minfin")
    [again] = parse_exchange(to_exchange([council]))
    assert again.requests == council.requests
    assert again.proposals == council.proposals
    assert again.notices == council.notices
    new_request = council.requests[-1]
    assert dataclasses.astuple(new_request)[1:] == (
        "14", "Салык", "Министр", D(2026, 6, 1), D(2026, 6, 20), "Толук текст", "Жооп кечикти")
