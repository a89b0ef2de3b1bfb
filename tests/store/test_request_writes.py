"""Writes of requests, proposals and commission notices validate before they write, and a
refused write leaves nothing behind: the number unique per council, the required texts, an
answer never before registration (Art. 18), a proposal considered only at a sitting of its own
council (Art. 6), an observer who is a member on the commission's day; ids from the shared
id space."""

from __future__ import annotations

import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import models, queries, request_queries, request_writes, writes
from kenesh_desktop.store.writes import WriteError

D = dt.date


def create_meeting(council: str, day: dt.date, code: str = "s1") -> str:
    """A bare sitting (number 1) of the council, set up directly in the table."""
    owner = models.Council.get(models.Council.code == council)
    models.Meeting.create(council=owner, code=code, number=1, date=day)
    return code


def row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in models.RECORD_MODELS}


@pytest.fixture
def council(database) -> str:
    return writes.create_council("minfin", "Финансы министрлигинин Коомдук кеңеши",
                                 "Финансы министрлиги", D(2026, 1, 15), D(2028, 1, 14))


def request(number="12", subject="Бюджеттин аткарылышы", addressee="Финансы министри",
            registered=None, answered=None, code="", **extra) -> r.Request:
    return r.Request(code, number, subject, addressee, registered or D(2026, 3, 1), answered,
                     **extra)


# ---------------------------------------------------------------- requests


def test_add_request_gets_the_next_id_and_every_field(council):
    first = request_writes.add_request(council, request(text="Текст", answer_summary="Жооп",
                                                        answered=D(2026, 3, 15)))
    second = request_writes.add_request(council, request(number="13"))
    assert (first, second) == ("r1", "r2")
    saved = queries.load_council(council).requests
    assert saved[0] == r.Request("r1", "12", "Бюджеттин аткарылышы", "Финансы министри",
                                 D(2026, 3, 1), D(2026, 3, 15), "Текст", "Жооп")


def test_request_ids_share_the_council_id_space(council):
    writes.add_member(council, r.Member("r1", "Айгүл Токтогулова", "female", "Уюм", "member",
                                        D(2026, 1, 15)))
    assert request_writes.add_request(council, request()) == "r2"
    with pytest.raises(WriteError, match="already used"):
        request_writes.add_request(council, request(number="99", code="r1"))


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"number": " "}, "number is required"),
        ({"subject": ""}, "subject is required"),
        ({"addressee": "  "}, "official the request is sent to is required"),
        ({"registered": "2026-03-01"}, "must be a date"),
        ({"registered": dt.datetime(2026, 3, 1, 10, 0)}, "must be a date"),
        ({"answered": D(2026, 2, 28)}, "Art. 18"),
    ],
)
def test_a_bad_request_is_refused_and_nothing_is_written(council, changes, needle):
    before = row_counts()
    values = {"number": "12", "subject": "Тема", "addressee": "Министр",
              "registered": D(2026, 3, 1), "answered": None} | changes
    with pytest.raises(WriteError, match=needle):
        request_writes.add_request(council, r.Request("", **values))
    assert row_counts() == before


def test_an_answer_on_the_registration_day_is_accepted(council):
    code = request_writes.add_request(council, request(answered=D(2026, 3, 1)))
    assert request_queries.council_requests(council)[0].answered == D(2026, 3, 1)
    assert code == "r1"


def test_the_number_is_unique_within_a_council_only(council):
    request_writes.add_request(council, request(number="12"))
    with pytest.raises(WriteError, match="numbered '12' is already registered"):
        request_writes.add_request(council, request(number=" 12 "))
    other = writes.create_council("health", "Саламаттык сактоо", "Министрлик", D(2026, 1, 1),
                                  D(2027, 12, 31))
    assert request_writes.add_request(other, request(number="12")) == "r1"


def test_update_keeps_its_own_number_and_refuses_another(council):
    request_writes.add_request(council, request(number="12"))
    request_writes.add_request(council, request(number="13"))
    request_writes.update_request(council, request(number="12", subject="Жаңы тема",
                                                   code="r1"))
    assert request_queries.council_requests(council)[0].subject == "Жаңы тема"
    with pytest.raises(WriteError, match="numbered '13'"):
        request_writes.update_request(council, request(number="13", code="r1"))
    assert request_queries.council_requests(council)[0].number == "12"


def test_record_answer_and_take_it_back(council):
    request_writes.add_request(council, request(registered=D(2026, 3, 1)))
    with pytest.raises(WriteError, match="Art. 18"):
        request_writes.record_answer(council, "r1", D(2026, 2, 28), "Эрте")
    assert request_queries.council_requests(council)[0].answered is None
    request_writes.record_answer(council, "r1", D(2026, 3, 16), " Маалымат берилди ")
    saved = request_queries.council_requests(council)[0]
    assert (saved.answered, saved.answer_summary) == (D(2026, 3, 16), "Маалымат берилди")
    request_writes.record_answer(council, "r1", None)
    saved = request_queries.council_requests(council)[0]
    assert (saved.answered, saved.answer_summary) == (None, "")


def test_delete_request_and_unknown_ids(council):
    request_writes.add_request(council, request())
    request_writes.delete_request(council, "r1")
    assert request_queries.council_requests(council) == []
    with pytest.raises(WriteError, match="unknown request 'r1'"):
        request_writes.delete_request(council, "r1")
    with pytest.raises(WriteError, match="unknown council"):
        request_writes.add_request("nowhere", request())


# ---------------------------------------------------------------- proposals


def test_a_proposal_is_considered_only_at_a_sitting_of_its_own_council(council):
    sitting = create_meeting(council, D(2026, 4, 10))
    other = writes.create_council("health", "Саламаттык сактоо", "Министрлик", D(2026, 1, 1),
                                  D(2027, 12, 31))
    foreign = create_meeting(other, D(2026, 4, 12), code="s77")
    proposal = r.Proposal("", "Жаран А. Алиев", D(2026, 4, 1), "Сунуш", foreign)
    before = row_counts()
    with pytest.raises(WriteError, match="Art. 6"):
        request_writes.add_proposal(council, proposal)
    assert row_counts() == before
    proposal.considered_at = sitting
    code = request_writes.add_proposal(council, proposal)
    [row] = request_queries.council_proposals(council)
    assert (code, row.proposal.considered_at, row.sitting_number) == ("p1", sitting, 1)
    assert row.sitting_date == D(2026, 4, 10)


def test_a_proposal_is_not_considered_before_it_was_received(council):
    sitting = create_meeting(council, D(2026, 4, 10))
    with pytest.raises(WriteError, match="before the proposal was received"):
        request_writes.add_proposal(council, r.Proposal("", "Автор", D(2026, 4, 11), "Сунуш",
                                                        sitting))
    # Considered on the day it arrived: accepted.
    request_writes.add_proposal(council, r.Proposal("", "Автор", D(2026, 4, 10), "Сунуш",
                                                    sitting))


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"author": ""}, "author is required"),
        ({"summary": " "}, "summary is required"),
        ({"received": None}, "must be a date"),
        ({"reply_sent": D(2026, 3, 31)}, "cannot be sent before"),
    ],
)
def test_a_bad_proposal_is_refused(council, changes, needle):
    values = {"author": "Автор", "received": D(2026, 4, 1), "summary": "Сунуш"} | changes
    with pytest.raises(WriteError, match=needle):
        request_writes.add_proposal(council, r.Proposal("", **values))
    assert request_queries.council_proposals(council) == []


def test_update_and_delete_a_proposal(council):
    request_writes.add_proposal(council, r.Proposal("", "Автор", D(2026, 4, 1), "Сунуш"))
    request_writes.update_proposal(council, r.Proposal("p1", "Автор", D(2026, 4, 1), "Сунуш",
                                                       None, "Кабыл алынды", D(2026, 4, 20)))
    [row] = request_queries.council_proposals(council)
    assert (row.proposal.outcome, row.proposal.reply_sent) == ("Кабыл алынды", D(2026, 4, 20))
    request_writes.delete_proposal(council, "p1")
    assert request_queries.council_proposals(council) == []


# ---------------------------------------------------------------- commission notices


@pytest.fixture
def members(council) -> str:
    writes.add_member(council, r.Member("m1", "Айгүл Токтогулова", "female", "Уюм", "member",
                                        D(2026, 1, 15), D(2026, 6, 30)))
    return council


def test_the_observer_is_a_member_on_the_commission_day(members):
    notice = r.CommissionNotice("", "Тендердик комиссия", D(2026, 6, 28), D(2026, 7, 1), "m1")
    with pytest.raises(WriteError, match="not a member of the council on the day"):
        request_writes.add_notice(members, notice)
    assert request_queries.council_notices(members) == []
    notice.sitting = D(2026, 6, 30)  # her last day as a member: still active
    assert request_writes.add_notice(members, notice) == "n1"
    [row] = request_queries.council_notices(members)
    assert (row.notice.observer, row.observer_name) == ("m1", "Айгүл Токтогулова")


def test_a_late_notice_is_recorded_not_refused(members):
    """Art. 18's 2 days are the state body's duty: the checks report a late notice."""
    code = request_writes.add_notice(members, r.CommissionNotice(
        "", "Тендердик комиссия", D(2026, 5, 2), D(2026, 5, 1), None, "403", "Ачуу", False,
        "Кеч келди"))
    [row] = request_queries.council_notices(members)
    assert code == "n1" and row.notice.received > row.notice.sitting
    assert (row.notice.place, row.notice.agenda, row.notice.attended, row.notice.notes) == (
        "403", "Ачуу", False, "Кеч келди")


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"commission": ""}, "commission's name is required"),
        ({"sitting": "2026-05-01"}, "must be a date"),
        ({"observer": "m9"}, "unknown member 'm9'"),
        ({"attended": "yes"}, "yes, no or not known"),
    ],
)
def test_a_bad_notice_is_refused(members, changes, needle):
    values = {"commission": "Комиссия", "received": D(2026, 4, 1),
              "sitting": D(2026, 4, 5)} | changes
    with pytest.raises(WriteError, match=needle):
        request_writes.add_notice(members, r.CommissionNotice("", **values))
    assert request_queries.council_notices(members) == []


def test_an_observer_cannot_be_deleted_but_the_notice_can(members):
    request_writes.add_notice(members, r.CommissionNotice(
        "", "Комиссия", D(2026, 4, 1), D(2026, 4, 5), "m1"))
    with pytest.raises(WriteError, match="commission sittings observed"):
        writes.delete_member(members, "m1")
    request_writes.update_notice(members, r.CommissionNotice(
        "n1", "Комиссия", D(2026, 4, 1), D(2026, 4, 5), None, attended=None))
    request_writes.delete_notice(members, "n1")
    writes.delete_member(members, "m1")
    assert request_queries.council_notices(members) == []
