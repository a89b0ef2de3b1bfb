"""Writes validate before they write and a refused write leaves nothing behind: councils
(Art. 14 two-year term at its boundary), members (vocabulary, dates, one chair at a time),
deleting, the shared id space, and the all-or-nothing import; a refusal of every area keeps
its template and values for the window to translate."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from kenesh_desktop.rules import records as r
from kenesh_desktop.store import (
    competition_writes,
    labels,
    meeting_writes,
    models,
    plan_writes,
    queries,
    request_writes,
    writes,
)
from kenesh_desktop.store.writes import WriteError


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in models.RECORD_MODELS}


@pytest.fixture
def council(database) -> str:
    return writes.create_council("minfin", "Финансы министрлигинин Коомдук кеңеши",
                                 "Финансы министрлиги", d("2026-01-15"), d("2028-01-14"))


def member(code="", name="Айгүл Токтогулова", sex="female", org="«Ачык маалымат»",
           role="member", start="2026-01-15", end=None) -> r.Member:
    return r.Member(code, name, sex, org, role, d(start), d(end) if end else None)


# ---------------------------------------------------------------- councils


def test_create_council_generates_a_latin_code_from_the_name(database):
    code = writes.create_council("", "Финансы министрлигинин Коомдук кеңеши", "Минфин",
                                 d("2026-01-15"), d("2028-01-14"))
    assert code == "finansy-ministrliginin-koomduk-kengeshi"
    again = writes.create_council("", "Финансы министрлигинин Коомдук кеңеши", "Минфин",
                                  d("2026-01-15"), d("2028-01-14"))
    assert again == f"{code}-2"
    assert [s.id for s in queries.list_councils()] == [code, again]


def test_term_of_two_years_minus_a_day_is_accepted(database):
    writes.create_council("a", "А", "Б", d("2026-01-15"), d("2028-01-14"))
    writes.create_council("b", "А", "Б", d("2028-02-29"), d("2030-02-27"))
    assert queries.council_exists("a") and queries.council_exists("b")


@pytest.mark.parametrize(
    ("start", "end", "needle"),
    [
        ("2026-01-15", "2028-01-15", "Art. 14"),  # one day too long
        ("2028-02-29", "2030-02-28", "Art. 14"),  # 29 Feb + 2 years is 28 Feb; minus a day
        ("2026-01-15", "2026-01-15", "end after it starts"),
        ("2026-01-15", "2025-12-31", "end after it starts"),
    ],
)
def test_bad_terms_are_refused_and_nothing_is_written(database, start, end, needle):
    with pytest.raises(WriteError, match=needle):
        writes.create_council("x", "А", "Б", d(start), d(end))
    assert queries.list_councils() == []


def test_create_council_refuses_missing_fields_and_taken_or_odd_codes(council):
    with pytest.raises(WriteError, match="name is required"):
        writes.create_council("y", "  ", "Б", d("2026-01-15"), d("2027-01-15"))
    with pytest.raises(WriteError, match="state body is required"):
        writes.create_council("y", "А", "", d("2026-01-15"), d("2027-01-15"))
    with pytest.raises(WriteError, match="already exists"):
        writes.create_council("minfin", "А", "Б", d("2026-01-15"), d("2027-01-15"))
    with pytest.raises(WriteError, match="may hold only"):
        writes.create_council("two words", "А", "Б", d("2026-01-15"), d("2027-01-15"))
    assert [s.id for s in queries.list_councils()] == ["minfin"]


def test_update_council_validates_and_leaves_it_unchanged_when_refused(council):
    writes.update_council(council, name="Жаңы аталыш", term_end=d("2027-12-31"))
    summary = queries.list_councils()[0]
    assert (summary.name, queries.council_terms(council)[-1].end) == ("Жаңы аталыш",
                                                                      d("2027-12-31"))
    with pytest.raises(WriteError, match="Art. 14"):
        writes.update_council(council, name="Башка", term_end=d("2028-01-15"))
    assert queries.list_councils()[0] == summary
    assert queries.council_terms(council)[-1].end == d("2027-12-31")
    with pytest.raises(TypeError, match="rulebook"):  # rulebook_writes.set_rulebook does it
        writes.update_council(council, rulebook="nope")
    with pytest.raises(TypeError):
        writes.update_council(council, colour="blue")
    with pytest.raises(WriteError, match="unknown council: nope"):
        writes.update_council("nope", name="X")


def test_delete_council_removes_every_record(database, rich_council):
    writes.import_councils([rich_council])
    other = copy.deepcopy(rich_council)
    other.id = "other"
    writes.import_councils([other])
    before = row_counts()
    writes.delete_council("minfin")
    after = row_counts()
    assert after["Council"] == 1
    for name, count in before.items():
        if name != "CandidateAttachment":
            assert after[name] * 2 == count, name
    assert queries.load_council("other") == other


# ---------------------------------------------------------------- members


def test_add_member_assigns_the_next_free_code(council):
    assert writes.add_member(council, member()) == "m1"
    assert writes.add_member(council, member("m7", "Нурлан", "male", "КУУ")) == "m7"
    assert writes.add_member(council, member(name="Гүлнара", org="Фонд")) == "m8"
    assert [m.id for m in queries.load_council(council).members] == ["m1", "m7", "m8"]


def test_next_code_counts_every_kind_of_id_in_the_council(database, rich_council):
    writes.import_councils([rich_council])
    assert writes.next_code("minfin", "m") == "m5"
    assert writes.next_code("minfin", "s") == "s3"
    assert writes.next_code("minfin", "k") == "k3"
    assert writes.next_code("minfin", "x") == "x1"


def test_a_code_used_by_another_record_is_refused(database, rich_council):
    writes.import_councils([rich_council])
    with pytest.raises(WriteError, match="already used"):
        writes.add_member("minfin", member("s1", org="Башка уюм"))
    assert len(queries.load_council("minfin").members) == 4


@pytest.mark.parametrize(
    ("bad", "needle"),
    [
        ({"sex": "x"}, "Sex must be one of: female, male"),
        ({"role": "boss"}, "Role must be one of"),
        ({"full_name": " "}, "full name is required"),
        ({"organization": ""}, "organisation is required"),
        ({"end": d("2026-01-14")}, "cannot end"),
    ],
)
def test_invalid_members_are_refused_and_nothing_is_written(council, bad, needle):
    writes.add_member(council, member())
    before = row_counts()
    new = member(name="Нурлан", sex="male", org="КУУ")
    for key, value in bad.items():
        setattr(new, key, value)
    with pytest.raises(WriteError, match=needle):
        writes.add_member(council, new)
    assert row_counts() == before


def test_a_member_may_end_on_the_day_they_start(council):
    writes.add_member(council, member(end="2026-01-15"))
    assert queries.load_council(council).members[0].end == d("2026-01-15")


def test_a_second_chair_overlapping_the_first_is_refused(council):
    writes.add_member(council, member(role="chair", end="2026-06-30"))
    before = row_counts()
    with pytest.raises(WriteError, match="one chair at a time"):
        writes.add_member(council, member(name="Нурлан", org="КУУ", role="chair",
                                          start="2026-06-30"))
    with pytest.raises(WriteError, match="one chair at a time"):
        writes.add_member(council, member(name="Нурлан", org="КУУ", role="chair",
                                          start="2025-01-01", end="2026-01-15"))
    assert row_counts() == before
    # the day after the first chair's last day is free
    writes.add_member(council, member(name="Нурлан", org="КУУ", role="chair",
                                      start="2026-07-01"))
    assert [m.role for m in queries.load_council(council).members] == ["chair", "chair"]


def test_update_member_keeps_one_chair_and_validates(council):
    writes.add_member(council, member(role="chair"))
    code = writes.add_member(council, member(name="Нурлан", sex="male", org="КУУ"))
    changed = member(code, "Нурлан Өмүрбеков", "male", "КУУ", "chair", "2026-02-01")
    with pytest.raises(WriteError, match="one chair at a time"):
        writes.update_member(council, changed)
    changed.role = "secretary"
    writes.update_member(council, changed)
    # a chair's own record can be edited without clashing with itself
    writes.update_member(council, member("m1", "Айгүл Т.", role="chair"))
    loaded = queries.load_council(council)
    assert (loaded.members[0].full_name, loaded.members[0].role) == ("Айгүл Т.", "chair")
    assert (loaded.members[1].full_name, loaded.members[1].role) == (
        "Нурлан Өмүрбеков", "secretary")
    with pytest.raises(WriteError, match="unknown member 'm9'"):
        writes.update_member(council, member("m9"))


def test_end_membership_keeps_the_history(council):
    code = writes.add_member(council, member())
    with pytest.raises(WriteError, match="cannot end"):
        writes.end_membership(council, code, d("2026-01-14"))
    assert queries.load_council(council).members[0].end is None
    writes.end_membership(council, code, d("2026-12-31"))
    assert queries.load_council(council).members[0].end == d("2026-12-31")


def test_delete_member_refuses_a_member_in_the_records(database, rich_council):
    writes.import_councils([rich_council])
    before = row_counts()
    for code in ("m1", "m2", "m3"):  # present/voted, present/voted, called a sitting
        with pytest.raises(WriteError, match="End the membership instead"):
            writes.delete_member("minfin", code)
    assert row_counts() == before
    writes.delete_member("minfin", "m4")  # entered by mistake, in no record
    assert [m.id for m in queries.load_council("minfin").members] == ["m1", "m2", "m3"]


# ---------------------------------------------------------------- import


def test_import_is_all_or_nothing_when_the_second_council_is_bad(database, rich_council):
    bad = copy.deepcopy(rich_council)
    bad.id = "second"
    bad.meetings[0].items[0].votes["m3"] = "for"  # m3 was not present
    with pytest.raises(WriteError, match=r"votes\.m3"):
        writes.import_councils([rich_council, bad])
    assert all(count == 0 for count in row_counts().values())


def test_import_refuses_a_council_already_in_the_database(database, rich_council):
    writes.import_councils([rich_council])
    before = row_counts()
    fresh = copy.deepcopy(rich_council)
    fresh.id = "fresh"
    with pytest.raises(WriteError, match="'minfin' is already in this database"):
        writes.import_councils([fresh, rich_council])
    assert row_counts() == before
    assert not queries.council_exists("fresh")


def test_import_refuses_the_same_council_twice_in_one_go(database, rich_council):
    with pytest.raises(WriteError, match="duplicate council id 'minfin'"):
        writes.import_councils([rich_council, copy.deepcopy(rich_council)])
    assert all(count == 0 for count in row_counts().values())


@pytest.mark.parametrize(
    ("refuse", "text", "values"),
    [
        (lambda: meeting_writes.add_guest("minfin", "s1", r.Guest("Б", "", "vip")),
         "Sitting No. 1 is finalized: its record is read-only. Reopen it, stating the reason, "
         "to correct it.", {"number": 1}),
        (lambda: request_writes.delete_request("minfin", "r99"),
         "unknown request 'r99' in council 'minfin'",
         {"noun": labels.REQUEST, "code": "r99", "council": "minfin"}),
        (lambda: plan_writes.create_plan("minfin", 2026),
         "There is already a work plan for 2026.", {"year": 2026}),
        (lambda: competition_writes.update_competition("minfin", "c1", d("2027-10-05"),
                                                       d("2027-10-01")),
         "The announcement cannot be published in the media (2027-10-01) before it is made "
         "(2027-10-05).", {"published": d("2027-10-01"), "announced": d("2027-10-05")}),
    ],
    ids=["meeting", "request", "plan", "competition"],
)
def test_refusals_of_every_area_keep_their_template_for_the_window(database, rich_council,
                                                                   refuse, text, values):
    """The English text is what the store always said; the template and the values (dates as
    dates, words as the store's words) go with it, for ui/store_messages.py to translate."""
    writes.import_councils([rich_council])
    with pytest.raises(WriteError) as refused:
        refuse()
    assert str(refused.value) == text
    assert refused.value.values == values
    english = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()}
    assert refused.value.template.format(**english) == text
