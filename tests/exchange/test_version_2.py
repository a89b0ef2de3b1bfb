"""Version 2 of the exchange file (EXCHANGE.md): `terms`, the council's `rulebook`, who
presided and took the minutes, the discussion (`speakers`) and the computed `outcome` read and
written; each refused as the contract says, naming the exact JSON path."""

from __future__ import annotations

import copy
import datetime as dt
from fractions import Fraction

import pytest
from exchange_sample import as_version_2

from kenesh_desktop.rules import records as r
from kenesh_desktop.rules.rulebook import LAW_74, rulebook_to_mapping
from kenesh_desktop.store.exchange import ExchangeError, parse_exchange, to_exchange

OWN = {
    "key": "own-2027", "name": "Кеңештин жобосу", "source": "Министрдин 2027-жылдагы буйругу",
    "min_members": 15, "max_members": 30, "max_same_sex_share": None,
    "max_members_per_organization": 1, "term_years": 3,
    "announce_months_before_term_end": 2, "intake_months_after_publication": 1,
    "formed_days_before_term_end": 7, "min_recommendation_letters": 2,
    "quorum_share": "1/2",
    "adoption": {"share": "2/3", "of": "members", "more_than": False},
    "agenda_notice_days": 2, "commission_notice_days": 2, "plan_copy_days": 5,
    "answer_days": 10,
    "articles": {"composition": 9, "sittings": 13, "state_body": 15},
}


@pytest.fixture
def v2(sample) -> dict:
    """The sample as version 2, with three terms, its own rulebook, who presided and took the
    minutes, and a discussion."""
    document = as_version_2(sample, {"s1": ["adopted"], "s2": []})
    council = document["councils"][0]
    council["terms"] = [
        {"start": "2024-01-15", "end": "2026-01-14", "formed": "2023-12-20"},
        {"start": "2026-01-15", "end": "2028-01-14", "formed": "2026-01-05"},
        {"start": "2028-03-01", "end": "2030-02-28", "formed": None},
    ]
    council["rulebook"] = copy.deepcopy(OWN)
    sitting = council["meetings"][0]
    sitting["presiding"] = "m1"
    sitting["minutes_by"] = "m1"
    sitting["items"][0]["speakers"] = [{"name": "Б. Жумабаев", "summary": "Колдойт"}]
    return document


def _outcome(document: dict) -> str:
    return document["councils"][0]["meetings"][0]["items"][0]["outcome"]


def test_every_version_2_field_reads_and_writes_back(v2):
    [council] = parse_exchange(v2)
    assert [t.start for t in council.terms] == [dt.date(2024, 1, 15), dt.date(2026, 1, 15),
                                                dt.date(2028, 3, 1)]
    assert council.terms[0].formed == dt.date(2023, 12, 20) and council.terms[2].formed is None
    assert council.rulebook.quorum_share == Fraction(1, 2)
    assert council.rulebook.max_same_sex_share is None
    assert council.rulebook.adoption.of == "members"
    assert council.rulebook.article("sittings") == 13
    sitting = council.meetings[0]
    assert (sitting.presiding, sitting.minutes_by) == ("m1", "m1")
    assert sitting.items[0].speakers == [r.Speaker("Б. Жумабаев", "Колдойт")]
    written = to_exchange([council])
    # One member, who voted for: 1 of 1 member is at least 2/3 of the members: adopted.
    assert written == v2
    assert parse_exchange(written) == [council]


def test_the_outcome_is_recomputed_never_trusted(v2):
    v2["councils"][0]["meetings"][0]["items"][0]["outcome"] = "rejected"
    written = to_exchange(parse_exchange(v2))
    assert _outcome(written) == "adopted"


def test_the_outcome_follows_the_councils_adoption_rule(v2):
    rulebook = v2["councils"][0]["rulebook"]
    rulebook["adoption"] = {"share": "1/1", "of": "members", "more_than": True}
    assert _outcome(to_exchange(parse_exchange(v2))) == "rejected"


def test_a_sitting_without_a_quorum_adopts_nothing(v2):
    council = v2["councils"][0]
    council["members"].append({**council["members"][0], "id": "m2", "role": "member",
                               "full_name": "Бакыт Асанов"})
    council["members"].append({**council["members"][0], "id": "m3", "role": "member",
                               "full_name": "Нурлан Маматов"})
    council["rulebook"]["quorum_share"] = "2/3"
    # 1 of 3 present is under 2/3: whatever the votes, no quorum
    assert _outcome(to_exchange(parse_exchange(v2))) == "no_quorum"


def test_an_item_without_votes_was_not_voted(v2):
    v2["councils"][0]["meetings"][0]["items"][0]["votes"] = {}
    assert _outcome(to_exchange(parse_exchange(v2))) == "not_voted"


def test_the_default_rulebook_is_null_and_reads_as_law_74(v2):
    v2["councils"][0]["rulebook"] = None
    [council] = parse_exchange(v2)
    assert council.rulebook is None
    del v2["councils"][0]["rulebook"]
    assert parse_exchange(v2)[0].rulebook is None


def test_law_74_written_as_an_object_reads_back_with_the_same_figures():
    mapping = rulebook_to_mapping(LAW_74)
    assert mapping["quorum_share"] == "2/3" and mapping["max_same_sex_share"] == "7/10"
    assert mapping["adoption"] == {"share": "1/2", "of": "present", "more_than": True}
    assert mapping["articles"] == {"composition": 14, "sittings": 17, "state_body": 18}


def _set(path: str, value):
    def change(document: dict) -> None:
        *parents, last = path[2:].replace("[", ".").replace("]", "").split(".")
        node = document
        for step in parents:
            node = node[int(step)] if step.isdigit() else node[step]
        if value is KeyError:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value
    return change


C = "$.councils[0]"
REFUSED = [
    ("no terms", _set(f"{C}.terms", []), f"{C}.terms", "at least one term"),
    ("terms missing", _set(f"{C}.terms", KeyError), f"{C}.terms", "required field is missing"),
    ("version-1 term fields in version 2", _set(f"{C}.terms", KeyError), f"{C}.terms",
     "required field is missing"),
    ("overlapping terms", _set(f"{C}.terms[1].start", "2026-01-14"), f"{C}.terms[1].start",
     "do not overlap"),
    ("terms out of order", _set(f"{C}.terms[2].start", "2025-01-01"), f"{C}.terms[2].start",
     "ordered by start"),
    ("term ends before it starts", _set(f"{C}.terms[0].end", "2024-01-14"),
     f"{C}.terms[0].end", "ends on or after its start"),
    ("bad term date", _set(f"{C}.terms[0].formed", "2023-02-30"), f"{C}.terms[0].formed",
     "not a real date"),
    ("presiding absent", _set(f"{C}.meetings[1].presiding", "m1"), f"{C}.meetings[1].presiding",
     "not in the sitting's present list"),
    ("minutes by unknown", _set(f"{C}.meetings[0].minutes_by", "m9"),
     f"{C}.meetings[0].minutes_by", "unknown member id 'm9'"),
    ("speaker without name", _set(f"{C}.meetings[0].items[0].speakers[0].name", KeyError),
     f"{C}.meetings[0].items[0].speakers[0].name", "required field is missing"),
    ("outcome outside vocabulary", _set(f"{C}.meetings[0].items[0].outcome", "passed"),
     f"{C}.meetings[0].items[0].outcome", "is not one of"),
    ("rulebook figure missing", _set(f"{C}.rulebook.answer_days", KeyError),
     f"{C}.rulebook.answer_days", "required field is missing"),
    ("min above max", _set(f"{C}.rulebook.min_members", 31), f"{C}.rulebook.min_members",
     "more than max_members"),
    ("share as a float", _set(f"{C}.rulebook.quorum_share", 0.66), f"{C}.rulebook.quorum_share",
     "p/q"),
    ("share above one", _set(f"{C}.rulebook.quorum_share", "3/2"), f"{C}.rulebook.quorum_share",
     "at most 1"),
    ("share over zero", _set(f"{C}.rulebook.adoption.share", "1/0"),
     f"{C}.rulebook.adoption.share", "not a usable fraction"),
    ("negative days", _set(f"{C}.rulebook.answer_days", -1), f"{C}.rulebook.answer_days",
     "from 0"),
    ("adoption of whom", _set(f"{C}.rulebook.adoption.of", "voters"),
     f"{C}.rulebook.adoption.of", "present or members"),
    ("article missing", _set(f"{C}.rulebook.articles.sittings", KeyError),
     f"{C}.rulebook.articles.sittings", "required field is missing"),
]


@pytest.mark.parametrize(("case", "change", "path", "problem"), REFUSED,
                         ids=[case[0] for case in REFUSED])
def test_version_2_refusals_name_the_path(v2, case, change, path, problem):
    change(v2)
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(v2)
    assert refused.value.path == path
    assert problem in refused.value.problem


def test_a_version_1_file_keeps_its_term_fields(sample):
    del sample["councils"][0]["term_end"]
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(sample)
    assert refused.value.path == f"{C}.term_end"
