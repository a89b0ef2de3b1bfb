"""What goes out comes back: the EXCHANGE.md sample (version 1) reads and writes back as the
equivalent version-2 file, every version-2 field is written and the program's other extension
fields only when they hold a value, unknown keys are ignored, export -> import -> export is
stable, the file is written whole or not at all, and (Hypothesis) any valid council survives
the file and the database unchanged."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import string
from fractions import Fraction

import pytest
from exchange_sample import as_version_2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.rulebook import Adoption, Rulebook
from kenesh_desktop.store import queries, writes
from kenesh_desktop.store.db import close_database
from kenesh_desktop.store.exchange import (
    ExchangeError,
    dump_exchange_file,
    load_exchange_file,
    parse_exchange,
    to_exchange,
)

V2_KEYS = {
    "council": {"id", "name", "state_body", "terms", "rulebook", "members", "meetings",
                "requests", "proposals", "notices", "plans", "competitions"},
    "member": {"id", "full_name", "sex", "organization", "role", "start", "end", "pin",
               "phone", "email"},
    "meeting": {"id", "number", "date", "kind", "place", "agenda_sent", "present", "guests",
                "items", "finalized", "time", "called_by", "state_body_representative",
                "absence_reasons", "presiding", "minutes_by"},
    "item": {"title", "proposed_by", "decision", "votes", "speaker", "heard", "speakers",
             "outcome"},
    "request": {"id", "number", "subject", "addressee", "registered", "answered"},
    "proposal": {"id", "author", "received", "summary", "considered_at", "outcome"},
    "notice": {"id", "commission", "received", "sitting", "observer"},
    "plan": {"year", "approved", "sent", "items"},
    "plan_item": {"title", "due", "responsible", "form"},
    "competition": {"id", "announced", "published", "formed", "candidates"},
    "candidate": {"id", "full_name", "sex", "organization", "received", "documents",
                  "requirements", "selected"},
}


RECORDS = [
    # (kind, its list in the council, the kind and list of its own records, if any)
    ("member", "members", None, None), ("request", "requests", None, None),
    ("proposal", "proposals", None, None), ("notice", "notices", None, None),
    ("meeting", "meetings", "item", "items"), ("plan", "plans", "plan_item", "items"),
    ("competition", "competitions", "candidate", "candidates"),
]


def record_keys(document: dict) -> dict[str, set[str]]:
    """The union of keys written for each kind of record."""
    keys: dict[str, set[str]] = {kind: set() for kind in V2_KEYS}
    for c in document["councils"]:
        keys["council"] |= set(c)
        for kind, plural, part, parts in RECORDS:
            for x in c[plural]:
                keys[kind] |= set(x)
                for y in x[parts] if part else ():
                    keys[part] |= set(y)
    return keys


SAMPLE_OUTCOMES = {"s1": ["adopted"], "s2": []}
"""Sitting s1 of the sample: its one member present (a quorum of one) voted for."""


def test_the_sample_reads_and_writes_back_as_the_equivalent_version_2_file(sample):
    councils = parse_exchange(sample)
    assert councils[0].members[0].full_name == "Айгүл Токтогулова"
    assert councils[0].meetings[0].items[0].votes == {"m1": "for"}
    assert councils[0].competitions[0].candidates[0].documents["recommendation_letters"] == 2
    assert councils[0].terms == [r.Term(dt.date(2026, 1, 15), dt.date(2028, 1, 14))]
    assert councils[0].rulebook is None
    written = to_exchange(councils)
    assert written == as_version_2(sample, SAMPLE_OUTCOMES)
    assert to_exchange(parse_exchange(written)) == written


def test_the_sample_as_printed_names_a_sitting_it_lacks(sample):
    """EXCHANGE.md's sample refers to "s2" without defining it: that is refused."""
    del sample["councils"][0]["meetings"][1]
    with pytest.raises(ValueError, match="unknown meeting id 's2'"):
        parse_exchange(sample)


def test_a_plain_file_gets_the_version_2_fields_and_no_extension_fields(sample):
    keys = record_keys(to_exchange(parse_exchange(sample)))
    assert keys == V2_KEYS


def test_extension_fields_are_written_when_set_and_read_back(sample):
    councils = parse_exchange(sample)
    c = councils[0]
    c.meetings[0].time = "09:05"
    c.meetings[1].called_by = "m1"
    c.meetings[0].state_body_representative = "К. Асанов"
    c.meetings[1].absence_reasons = {"m1": "Иш сапарында"}
    c.meetings[0].reopenings = [r.Reopening(dt.date(2026, 2, 12), "Ката")]
    c.meetings[0].items[0].speaker = "А. Токтогулова"
    c.requests[0].text = "Текст"
    c.proposals[0].reply_sent = dt.date(2026, 4, 1)
    c.notices[0].attended = False
    c.plans[0].approved_at = "s1"
    c.plans[0].items[0].status = "moved"
    c.competitions[0].candidates[0].email = "t@example.kg"
    c.competitions[0].candidates[0].requirement_notes = {"reputation": "Текшерилүүдө"}
    document = to_exchange(councils)
    meeting = document["councils"][0]["meetings"][0]
    assert meeting["time"] == "09:05"
    assert meeting["reopenings"] == [{"on": "2026-02-12", "reason": "Ката"}]
    assert document["councils"][0]["meetings"][1]["absence_reasons"] == {"m1": "Иш сапарында"}
    assert document["councils"][0]["notices"][0]["attended"] is False
    assert meeting["items"][0]["heard"] == ""
    assert parse_exchange(document) == councils
    assert parse_exchange(json.loads(json.dumps(document))) == councils


def test_empty_notes_and_reasons_are_no_notes(sample):
    c = sample["councils"][0]
    c["meetings"][1]["absence_reasons"] = {"m1": ""}
    c["competitions"][0]["candidates"][0]["requirement_notes"] = {"reputation": ""}
    councils = parse_exchange(sample)
    assert councils[0].meetings[1].absence_reasons == {}
    assert councils[0].competitions[0].candidates[0].requirement_notes == {}


def test_unknown_keys_are_ignored(sample):
    plain = parse_exchange(copy.deepcopy(sample))
    sample["generator"] = "another tool 2.0"
    sample["councils"][0]["website"] = "https://example.kg"
    sample["councils"][0]["members"][0]["title"] = "PhD"
    sample["councils"][0]["competitions"][0]["candidates"][0]["documents"]["photo"] = True
    assert parse_exchange(sample) == plain


NULLABLE_LEFT_OUT = [
    ("members", 0, "end"), ("members", 0, "pin"), ("members", 0, "phone"),
    ("members", 0, "email"), ("meetings", 0, "agenda_sent"), ("requests", 0, "answered"),
    ("proposals", 0, "considered_at"), ("proposals", 0, "outcome"),
    ("notices", 0, "observer"), ("plans", 0, "approved"), ("plans", 0, "sent"),
    ("competitions", 0, "formed"),
]


@pytest.mark.parametrize(("collection", "index", "key"), NULLABLE_LEFT_OUT)
def test_a_field_that_may_be_null_may_be_left_out(sample, collection, index, key):
    document = copy.deepcopy(sample)
    del document["councils"][0][collection][index][key]
    [council] = parse_exchange(document)
    record = getattr(council, collection)[index]
    assert getattr(record, key) is None


REQUIRED_V1 = [
    "$.councils[0].members",
    "$.councils[0].meetings[0].kind",
    "$.councils[0].meetings[0].place",
    "$.councils[0].meetings[0].present",
    "$.councils[0].meetings[0].guests",
    "$.councils[0].meetings[0].finalized",
    "$.councils[0].meetings[0].guests[0].category",
    "$.councils[0].meetings[0].items[0].proposed_by",
    "$.councils[0].meetings[0].items[0].decision",
    "$.councils[0].meetings[0].items[0].votes",
    "$.councils[0].plans[0].items[0].responsible",
    "$.councils[0].plans[0].items[0].form",
    "$.councils[0].competitions[0].candidates[0].selected",
    "$.councils[0].competitions[0].candidates[0].documents.vision",
    "$.councils[0].competitions[0].candidates[0].requirements.reputation",
]


@pytest.mark.parametrize("json_path", REQUIRED_V1)
def test_a_required_version_1_field_left_out_is_refused_naming_it(sample, json_path):
    """EXCHANGE.md: "a missing required field" is refused; lists may be empty, not absent."""
    document = copy.deepcopy(sample)
    *parents, last = json_path[2:].replace("[", ".").replace("]", "").split(".")
    node = document
    for step in parents:
        node = node[int(step)] if step.isdigit() else node[step]
    del node[last]
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(document)
    assert refused.value.path == json_path
    assert "required field is missing" in str(refused.value)


def test_a_requirement_not_yet_recorded_is_written_false_and_read_back_false(sample):
    """Version 1 holds only true or false: "not yet recorded" (None) goes out as false (not
    recorded as met)."""
    [council] = parse_exchange(sample)
    candidate = council.competitions[0].candidates[0]
    candidate.requirements["reputation"] = None
    written = to_exchange([council])["councils"][0]["competitions"][0]["candidates"][0]
    assert written["requirements"]["reputation"] is False
    assert all(type(value) is bool for value in written["requirements"].values())
    [again] = parse_exchange(to_exchange([council]))
    assert again.competitions[0].candidates[0].requirements["reputation"] is False
    assert again.competitions[0].candidates[0].requirements["citizen_capable"] is True


def test_export_import_export_through_a_file_is_stable(tmp_path, sample):
    first = tmp_path / "first.kenesh.json"
    second = tmp_path / "second.kenesh.json"
    dump_exchange_file(parse_exchange(sample), first)
    dump_exchange_file(load_exchange_file(first), second)
    assert json.loads(first.read_text(encoding="utf-8")) == as_version_2(sample, SAMPLE_OUTCOMES)
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert "Айгүл Токтогулова" in text  # ensure_ascii=False: letters, not \u escapes
    assert text.startswith('{\n  "format": "kenesh-exchange"')
    assert sorted(os.listdir(tmp_path)) == ["first.kenesh.json", "second.kenesh.json"]
    if os.name == "posix":  # the file holds personal data: readable by its owner only
        assert first.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, sample, monkeypatch):
    path = tmp_path / "out.kenesh.json"
    path.write_text("old content", encoding="utf-8")

    def crash(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        dump_exchange_file(parse_exchange(sample), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["out.kenesh.json"]


def test_a_byte_order_mark_is_accepted(tmp_path, sample):
    path = tmp_path / "bom.kenesh.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample, ensure_ascii=False).encode("utf-8"))
    assert load_exchange_file(path) == parse_exchange(sample)


def test_import_then_export_from_the_database_gives_the_same_content(tmp_path, sample,
                                                                     fresh_database):
    fresh_database()
    try:
        writes.import_councils(load_exchange_file_from(tmp_path, sample))
        assert to_exchange(queries.load_all()) == as_version_2(sample, SAMPLE_OUTCOMES)
    finally:
        close_database()


def load_exchange_file_from(folder, document) -> list[r.Council]:
    path = folder / "in.kenesh.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return load_exchange_file(path)


# ---------------------------------------------------------------- Hypothesis

LETTERS = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюяАБВГДҢӨҮЁЯ"
ALPHABET = LETTERS + string.ascii_letters + string.digits + " «»\"'-.,№/\n"
TEXT = st.text(alphabet=ALPHABET, max_size=12)
SOME_TEXT = st.text(alphabet=ALPHABET, min_size=1, max_size=12)
# EXCHANGE.md version 2: ids are letters, digits, "-" and "_" (no ".")
ID = st.text(alphabet=string.ascii_lowercase + string.digits + "-_ңөү", min_size=1,
             max_size=5)
DAY = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31))
MAYBE_DAY = st.none() | DAY
MAYBE_TEXT = st.none() | TEXT
TIME = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


@st.composite
def councils(draw, council_id=ID):
    n_members, n_meetings = draw(st.integers(0, 5)), draw(st.integers(0, 3))
    n_requests, n_proposals = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    n_notices, n_competitions = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    n_candidates = [draw(st.integers(0, 2)) for _ in range(n_competitions)]
    total = (n_members + n_meetings + n_requests + n_proposals + n_notices + n_competitions
             + sum(n_candidates))
    ids = iter(draw(st.lists(ID, min_size=total, max_size=total, unique=True)))

    members = []
    for _ in range(n_members):
        start = draw(DAY)
        end = draw(st.none() | st.integers(0, 900).map(lambda n, s=start: s + dt.timedelta(n)))
        members.append(r.Member(
            next(ids), draw(SOME_TEXT), draw(st.sampled_from(r.SEXES)), draw(TEXT),
            draw(st.sampled_from(r.ROLES)), start, end, draw(MAYBE_TEXT), draw(MAYBE_TEXT),
            draw(MAYBE_TEXT)))
    members.sort(key=lambda m: (m.start, m.id))  # the order the database loads them in
    member_ids = [m.id for m in members]
    some_member = st.none() | st.sampled_from(member_ids) if member_ids else st.none()

    numbers = sorted(draw(st.lists(st.integers(1, 300), min_size=n_meetings,
                                   max_size=n_meetings, unique=True)))
    meetings = []
    for number in numbers:
        present = draw(st.lists(st.sampled_from(member_ids), unique=True)) if member_ids else []
        absent = [code for code in member_ids if code not in present]
        reasons = draw(st.dictionaries(st.sampled_from(absent), SOME_TEXT)) if absent else {}
        items = []
        for _ in range(draw(st.integers(0, 2))):
            votes = draw(st.dictionaries(st.sampled_from(present),
                                         st.sampled_from(r.VOTE_CHOICES))) if present else {}
            items.append(r.AgendaItem(draw(SOME_TEXT), draw(st.sampled_from(r.PROPOSERS)),
                                      draw(TEXT), votes, draw(TEXT), draw(TEXT),
                                      draw(st.lists(st.builds(r.Speaker, SOME_TEXT, TEXT),
                                                    max_size=2))))
        some_present = st.none() | st.sampled_from(present) if present else st.none()
        meetings.append(r.Meeting(
            id=next(ids), number=number, date=draw(DAY),
            kind=draw(st.sampled_from(r.MEETING_KINDS)), place=draw(TEXT),
            agenda_sent=draw(MAYBE_DAY), present=present,
            guests=draw(st.lists(st.builds(r.Guest, SOME_TEXT, TEXT,
                                           st.sampled_from(r.GUEST_CATEGORIES)), max_size=2)),
            items=items, finalized=draw(st.booleans()), time=draw(st.none() | TIME),
            called_by=draw(some_member), state_body_representative=draw(TEXT),
            absence_reasons=reasons,
            reopenings=draw(st.lists(st.builds(r.Reopening, DAY, TEXT), max_size=2)),
            presiding=draw(some_present), minutes_by=draw(some_present)))
    meeting_ids = [m.id for m in meetings]
    some_meeting = st.none() | st.sampled_from(meeting_ids) if meeting_ids else st.none()

    requests = [r.Request(next(ids), draw(TEXT), draw(TEXT), draw(TEXT), draw(DAY),
                          draw(MAYBE_DAY), draw(TEXT), draw(TEXT)) for _ in range(n_requests)]
    proposals = [r.Proposal(next(ids), draw(TEXT), draw(DAY), draw(TEXT), draw(some_meeting),
                            draw(MAYBE_TEXT), draw(MAYBE_DAY)) for _ in range(n_proposals)]
    notices = [r.CommissionNotice(next(ids), draw(TEXT), draw(DAY), draw(DAY),
                                  draw(some_member), draw(TEXT), draw(TEXT),
                                  draw(st.none() | st.booleans()), draw(TEXT))
               for _ in range(n_notices)]
    plan_item = st.builds(r.PlanItem, SOME_TEXT, MAYBE_DAY, TEXT, TEXT,
                          st.sampled_from(r.DUE_PRECISIONS),
                          st.sampled_from(r.PLAN_ITEM_STATUSES), TEXT)
    years = sorted(draw(st.lists(st.integers(2000, 2060), max_size=2, unique=True)))
    plans = [r.AnnualPlan(year, draw(MAYBE_DAY), draw(MAYBE_DAY),
                          draw(st.lists(plan_item, max_size=3)), draw(some_meeting), draw(TEXT))
             for year in years]
    competitions = []
    for count in n_candidates:
        competition = r.Competition(next(ids), draw(MAYBE_DAY), draw(MAYBE_DAY),
                                    draw(MAYBE_DAY))
        for _ in range(count):
            documents = {key: draw(st.booleans()) for key in r.DOCUMENT_KEYS}
            documents["recommendation_letters"] = draw(st.integers(0, 5))
            competition.candidates.append(r.Candidate(
                next(ids), draw(SOME_TEXT), draw(st.sampled_from(r.SEXES)), draw(TEXT),
                draw(MAYBE_DAY), documents,
                {key: draw(st.booleans()) for key in r.REQUIREMENT_KEYS},
                draw(st.booleans()), draw(MAYBE_TEXT), draw(MAYBE_TEXT),
                draw(st.dictionaries(st.sampled_from(r.REQUIREMENT_KEYS), SOME_TEXT))))
        competitions.append(competition)

    return r.Council(
        id=draw(council_id), name=draw(SOME_TEXT), state_body=draw(TEXT),
        terms=draw(TERMS), rulebook=draw(st.none() | RULEBOOKS), members=members,
        meetings=meetings, requests=requests, proposals=proposals, notices=notices,
        plans=plans, competitions=competitions)


@st.composite
def _terms(draw) -> list[r.Term]:
    """One to three terms in order, each ending on or after its start, none overlapping."""
    terms, day = [], draw(DAY)
    for _ in range(draw(st.integers(1, 3))):
        start = day + dt.timedelta(draw(st.integers(0, 400)))
        end = start + dt.timedelta(draw(st.integers(0, 800)))
        terms.append(r.Term(start, end, draw(MAYBE_DAY)))
        day = end + dt.timedelta(1)
    return terms


TERMS = _terms()
SHARE = st.builds(Fraction, st.integers(1, 9), st.integers(1, 9)).filter(lambda f: f <= 1)
RULEBOOKS = st.builds(
    lambda key, name, low, extra, counts, gender, per_org, quorum, adoption, articles:
    Rulebook(key=key, name=name, short_name=name, source=name + " (source)", min_members=low,
             max_members=low + extra, max_same_sex_share=gender,
             max_members_per_organization=per_org, quorum_share=quorum, adoption=adoption,
             articles=dict(zip(("composition", "sittings", "state_body"), articles,
                               strict=True)),
             **dict(zip(("term_years", "announce_months_before_term_end",
                         "intake_months_after_publication", "formed_days_before_term_end",
                         "min_recommendation_letters", "agenda_notice_days",
                         "commission_notice_days", "plan_copy_days", "answer_days"),
                        counts, strict=True))),
    ID, SOME_TEXT.filter(str.strip), st.integers(1, 40), st.integers(0, 30),
    st.tuples(st.integers(1, 5), *[st.integers(0, 60)] * 8), st.none() | SHARE,
    st.none() | st.integers(1, 3), SHARE,
    st.builds(Adoption, SHARE, st.sampled_from(("present", "members")), st.booleans()),
    st.tuples(*[st.integers(1, 99)] * 3))


COUNCIL_LISTS = st.lists(st.sampled_from(["minfin", "agro", "ҮЙ-жай"]), min_size=1,
                         max_size=2, unique=True).flatmap(
    lambda codes: st.tuples(*[councils(st.just(code)) for code in codes]))


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(generated=COUNCIL_LISTS)
def test_any_valid_council_survives_the_file_and_the_database(generated, fresh_database):
    generated = list(generated)
    document = to_exchange(generated)
    assert parse_exchange(json.loads(json.dumps(document, ensure_ascii=False))) == generated
    fresh_database(memory=True)  # a fresh database for every example
    try:
        assert writes.import_councils(generated) == [c.id for c in generated]
        for council in generated:
            assert queries.load_council(council.id) == council
        assert to_exchange([queries.load_council(c.id) for c in generated]) == document
    finally:
        close_database()
