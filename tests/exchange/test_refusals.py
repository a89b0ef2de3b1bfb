"""Every refusal EXCHANGE.md lists, each reported with the exact JSON path of the offending
value: format and version, missing fields, wrong types, vocabularies, bad dates, unknown
references, votes of absent members, duplicate ids, councils, plan years and sitting
numbers; and the file-level failures (missing, not UTF-8, not JSON) naming the file."""

from __future__ import annotations

import json

import pytest

from kenesh_desktop.store.exchange import (
    ExchangeError,
    load_exchange_file,
    parse_exchange,
)

C = "$.councils[0]"


def council(doc):
    return doc["councils"][0]


def refused(doc) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        parse_exchange(doc)
    return caught.value


def add_member(doc, code="m2", **fields):
    member = dict(council(doc)["members"][0], id=code, full_name="Нурлан Өмүрбеков",
                  sex="male", organization="КУУ", role="member")
    member.update(fields)
    council(doc)["members"].append(member)
    return member


CASES = [
    # (what, mutation, path, problem)
    ("format", lambda d: d.update(format="kenesh"), "$.format",
     "expected 'kenesh-exchange', got 'kenesh'"),
    ("version", lambda d: d.update(version=3), "$.version",
     "unknown version 3 (this program reads versions 1 and 2)"),
    ("version as text", lambda d: d.update(version="1"), "$.version",
     "unknown version '1' (this program reads versions 1 and 2)"),
    ("version as true", lambda d: d.update(version=True), "$.version",
     "unknown version true (this program reads versions 1 and 2)"),
    ("no councils", lambda d: d.pop("councils"), "$.councils", "required field is missing"),
    ("council not an object", lambda d: d.update(councils=[[]]), C,
     "expected an object, got []"),
    ("missing name", lambda d: council(d)["members"][0].pop("full_name"),
     f"{C}.members[0].full_name", "required field is missing"),
    ("missing council id", lambda d: council(d).pop("id"), f"{C}.id",
     "required field is missing"),
    ("missing sitting date", lambda d: council(d)["meetings"][0].pop("date"),
     f"{C}.meetings[0].date", "required field is missing"),
    ("null start", lambda d: council(d)["members"][0].update(start=None),
     f"{C}.members[0].start", "may not be null"),
    ("number as text", lambda d: council(d)["meetings"][0].update(number="1"),
     f"{C}.meetings[0].number", "expected a whole number, got '1'"),
    ("number as float", lambda d: council(d)["meetings"][0].update(number=1.5),
     f"{C}.meetings[0].number", "expected a whole number, got 1.5"),
    ("number zero", lambda d: council(d)["meetings"][0].update(number=0),
     f"{C}.meetings[0].number", "a meeting number is 1 or more, got 0"),
    ("request number as int", lambda d: council(d)["requests"][0].update(number=12),
     f"{C}.requests[0].number", "expected a string, got 12"),
    ("finalized as text", lambda d: council(d)["meetings"][0].update(finalized="no"),
     f"{C}.meetings[0].finalized", "expected true or false, got 'no'"),
    ("present not a list", lambda d: council(d)["meetings"][0].update(present="m1"),
     f"{C}.meetings[0].present", "expected a list, got 'm1'"),
    ("letters as bool",
     lambda d: council(d)["competitions"][0]["candidates"][0]["documents"].update(
         recommendation_letters=True),
     f"{C}.competitions[0].candidates[0].documents.recommendation_letters",
     "expected a whole number, got true"),
    ("requirement as number",
     lambda d: council(d)["competitions"][0]["candidates"][0]["requirements"].update(
         reputation=1),
     f"{C}.competitions[0].candidates[0].requirements.reputation",
     "expected true or false, got 1"),
    ("empty id", lambda d: council(d)["requests"][0].update(id=" "),
     f"{C}.requests[0].id", "an id cannot be empty"),
    ("sex", lambda d: council(d)["members"][0].update(sex="x"), f"{C}.members[0].sex",
     "'x' is not one of: female, male"),
    ("role", lambda d: council(d)["members"][0].update(role="president"),
     f"{C}.members[0].role", "'president' is not one of: chair, deputy_chair, secretary, member"),
    ("kind", lambda d: council(d)["meetings"][0].update(kind="urgent"),
     f"{C}.meetings[0].kind", "'urgent' is not one of: regular, extraordinary"),
    ("proposed_by", lambda d: council(d)["meetings"][0]["items"][0].update(proposed_by="me"),
     f"{C}.meetings[0].items[0].proposed_by", "'me' is not one of: council, state_body"),
    ("vote", lambda d: council(d)["meetings"][0]["items"][0]["votes"].update(m1="yes"),
     f"{C}.meetings[0].items[0].votes.m1", "'yes' is not one of: for, against, abstain"),
    ("guest category", lambda d: council(d)["meetings"][0]["guests"][0].update(category="vip"),
     f"{C}.meetings[0].guests[0].category",
     "'vip' is not one of: state_body, expert, media, citizen, other"),
    ("sex as number", lambda d: council(d)["members"][0].update(sex=1),
     f"{C}.members[0].sex", "1 is not one of: female, male"),
    ("status extension", lambda d: council(d)["plans"][0]["items"][0].update(status="late"),
     f"{C}.plans[0].items[0].status", "'late' is not one of: planned, done, moved, dropped"),
    ("30 February", lambda d: council(d).update(term_start="2026-02-30"), f"{C}.term_start",
     "not a real date: '2026-02-30'"),
    ("short date", lambda d: council(d)["members"][0].update(start="2026-2-3"),
     f"{C}.members[0].start", "not a date in the form YYYY-MM-DD: '2026-2-3'"),
    ("date with time", lambda d: council(d)["requests"][0].update(registered="2026-03-01T10:00"),
     f"{C}.requests[0].registered", "not a date in the form YYYY-MM-DD"),
    ("date as number", lambda d: council(d)["meetings"][0].update(agenda_sent=20260206),
     f"{C}.meetings[0].agenda_sent", "expected a date YYYY-MM-DD, got 20260206"),
    ("time extension", lambda d: council(d)["meetings"][0].update(time="24:00"),
     f"{C}.meetings[0].time", "expected a time HH:MM, got '24:00'"),
    ("present unknown", lambda d: council(d)["meetings"][0].update(present=["m1", "m9"]),
     f"{C}.meetings[0].present[1]", "unknown member id 'm9'"),
    ("present names a sitting", lambda d: council(d)["meetings"][0].update(present=["s1"]),
     f"{C}.meetings[0].present[0]", "unknown member id 's1'"),
    ("present twice", lambda d: council(d)["meetings"][0].update(present=["m1", "m1"]),
     f"{C}.meetings[0].present[1]", "member 'm1' is listed as present twice"),
    ("vote unknown", lambda d: council(d)["meetings"][0]["items"][0]["votes"].update(m9="for"),
     f"{C}.meetings[0].items[0].votes.m9", "unknown member id 'm9'"),
    ("considered_at unknown", lambda d: council(d)["proposals"][0].update(considered_at="s9"),
     f"{C}.proposals[0].considered_at", "unknown meeting id 's9'"),
    ("considered_at a member", lambda d: council(d)["proposals"][0].update(considered_at="m1"),
     f"{C}.proposals[0].considered_at", "unknown meeting id 'm1'"),
    ("observer unknown", lambda d: council(d)["notices"][0].update(observer="m9"),
     f"{C}.notices[0].observer", "unknown member id 'm9'"),
    ("called_by unknown", lambda d: council(d)["meetings"][0].update(called_by="m9"),
     f"{C}.meetings[0].called_by", "unknown member id 'm9'"),
    ("approved_at unknown", lambda d: council(d)["plans"][0].update(approved_at="s9"),
     f"{C}.plans[0].approved_at", "unknown meeting id 's9'"),
    ("absence reason unknown",
     lambda d: council(d)["meetings"][0].update(absence_reasons={"m9": "Оорулуу"}),
     f"{C}.meetings[0].absence_reasons.m9", "unknown member id 'm9'"),
    ("absence reason of a present member",
     lambda d: council(d)["meetings"][0].update(absence_reasons={"m1": "Оорулуу"}),
     f"{C}.meetings[0].absence_reasons.m1", "member 'm1' is present"),
    ("reference in another council", lambda d: d["councils"].append(
        dict(council(d), id="other", members=[], competitions=[])),
     "$.councils[1].meetings[0].present[0]", "unknown member id 'm1'"),
    ("duplicate member id", lambda d: add_member(d, "m1"), f"{C}.members[1].id",
     f"duplicate id 'm1' (also at {C}.members[0].id)"),
    ("id shared by a sitting and a member",
     lambda d: council(d)["requests"][0].update(id="s1"), f"{C}.requests[0].id",
     f"duplicate id 's1' (also at {C}.meetings[0].id)"),
    ("candidate id shared with a member",
     lambda d: council(d)["competitions"][0]["candidates"][0].update(id="m1"),
     f"{C}.competitions[0].candidates[0].id", f"duplicate id 'm1' (also at {C}.members[0].id)"),
    ("duplicate council", lambda d: d["councils"].append(dict(council(d))),
     "$.councils[1].id", "duplicate council id 'minfin' (also at $.councils[0].id)"),
    ("duplicate plan year", lambda d: council(d)["plans"].append(dict(council(d)["plans"][0])),
     f"{C}.plans[1].year", f"duplicate plan year 2026 (also at {C}.plans[0].year)"),
    ("duplicate meeting number", lambda d: council(d)["meetings"][1].update(number=1),
     f"{C}.meetings[1].number", f"duplicate meeting number 1 (also at {C}.meetings[0].number)"),
    ("odd id key path", lambda d: council(d)["meetings"][0]["items"][0]["votes"].update(
        {"m 9'": "for"}),
     f"{C}.meetings[0].items[0].votes['m 9\\'']", "unknown member id \"m 9'\""),
]


@pytest.mark.parametrize(("what", "mutate", "path", "problem"), CASES,
                         ids=[case[0] for case in CASES])
def test_refusal_names_the_exact_path(sample, what, mutate, path, problem):
    parse_exchange(sample)  # the unmutated document is valid
    mutate(sample)
    error = refused(sample)
    assert error.path == path
    assert error.problem.startswith(problem)
    assert error.file is None
    assert str(error) == f"{path}: {error.problem}"


def test_a_vote_by_a_member_who_was_not_present(sample):
    add_member(sample)
    council(sample)["meetings"][0]["items"][0]["votes"]["m2"] = "against"
    error = refused(sample)
    assert error.path == "$.councils[0].meetings[0].items[0].votes.m2"
    assert error.problem == "member 'm2' voted but is not in the sitting's present list"


def test_the_message_is_one_line_with_the_file(sample):
    council(sample)["members"][0]["sex"] = "x"
    with pytest.raises(ExchangeError) as caught:
        parse_exchange(sample, file="a.kenesh.json")
    assert str(caught.value) == (
        "a.kenesh.json: $.councils[0].members[0].sex: 'x' is not one of: female, male"
    )
    assert isinstance(caught.value, ValueError)


def test_the_top_level_must_be_an_object():
    error = refused([1, 2])
    assert (error.path, error.problem) == ("$", "expected an object, got [1, 2]")


def test_a_missing_file_names_it(tmp_path):
    path = tmp_path / "gone.kenesh.json"
    with pytest.raises(ExchangeError) as caught:
        load_exchange_file(path)
    assert str(caught.value) == f"{path}: no such file"


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(ExchangeError, match="is a folder"):
        load_exchange_file(tmp_path)


def test_not_utf8_names_the_byte(tmp_path):
    path = tmp_path / "cp1251.kenesh.json"
    path.write_bytes('{"name": "Кеңеш"}'.encode("utf-16"))
    with pytest.raises(ExchangeError) as caught:
        load_exchange_file(path)
    assert caught.value.file == str(path)
    assert caught.value.problem.startswith("not UTF-8 text (byte 0xff at offset 0)")


def test_malformed_json_gives_line_and_column(tmp_path):
    path = tmp_path / "broken.kenesh.json"
    path.write_text('{\n  "format": "kenesh-exchange",\n  "version": 1\n  "councils": []\n}',
                    encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        load_exchange_file(path)
    assert caught.value.file == str(path)
    assert caught.value.path is None
    assert caught.value.problem == "not valid JSON: Expecting ',' delimiter at line 4, column 3"
    assert "\n" not in str(caught.value)


def test_a_key_given_twice_is_refused(tmp_path, sample):
    text = json.dumps(sample, ensure_ascii=False).replace(
        '"votes": {"m1": "for"}', '"votes": {"m1": "for", "m1": "against"}')
    path = tmp_path / "twice.kenesh.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        load_exchange_file(path)
    assert str(caught.value) == f"{path}: the key 'm1' appears twice in one object"


def test_file_errors_carry_the_path_of_the_value(tmp_path, sample):
    council(sample)["term_end"] = "2028-13-01"
    path = tmp_path / "bad.kenesh.json"
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        load_exchange_file(path)
    assert caught.value.file == str(path)
    assert caught.value.path == "$.councils[0].term_end"
    assert str(caught.value).startswith(f"{path}: $.councils[0].term_end: not a real date")
