"""A rulebook object (EXCHANGE.md version 2, `rulebook`) read and written: shares as exact
fractions in (0, 1] written "p/q", counts and days whole numbers from 0 (1 for the members and
the term) to 10,000, 1 <= min_members <= max_members, every refusal naming the figure (a
dotted path) and saying why, as the importer and the rulebook dialog show it."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest

from kenesh_desktop.rules.rulebook import (
    FIGURES,
    LAW_74,
    Adoption,
    RulebookError,
    parse_share,
    rulebook_from_mapping,
    rulebook_to_mapping,
)

OWN = replace(LAW_74, key="own", name="Положение о совете", short_name="Положение о совете",
              source="Приказ № 7", max_same_sex_share=None, max_members_per_organization=2,
              quorum_share=Fraction(1, 2), adoption=Adoption(Fraction(2, 3), "members", False),
              articles={"composition": 9, "sittings": 13, "state_body": 5})


def refusal(call, *args):
    with pytest.raises(RulebookError) as caught:
        call(*args)
    error = caught.value
    assert str(error) == f"{error.field}: {error.problem}"
    return error.field, error.problem


def mapping(**changes):
    data = rulebook_to_mapping(LAW_74)
    data.update(changes)
    return data


@pytest.mark.parametrize(("text", "share"), [("2/3", Fraction(2, 3)), ("1/1", Fraction(1)),
                                             ("999999/999999", Fraction(1)),
                                             ("1/999999", Fraction(1, 999999)),
                                             ("07/10", Fraction(7, 10))])
def test_shares_from_just_above_0_to_1(text, share):
    assert parse_share(text) == share


FORM = 'expected a fraction written "p/q", got {!r}'


@pytest.mark.parametrize(("text", "problem"), [
    (0.5, FORM.format(0.5)),
    ("1/2/3", FORM.format("1/2/3")),
    ("12", FORM.format("12")),
    ("x/3", FORM.format("x/3")),
    ("2/x", FORM.format("2/x")),
    ("-1/2", FORM.format("-1/2")),
    ("٢/3", FORM.format("٢/3")),  # Arabic-Indic digits are digits, but not "p/q" in ASCII
    ("2/٣", FORM.format("2/٣")),
    ("1/0", "not a usable fraction: '1/0'"),
    ("1234567/1", "not a usable fraction: '1234567/1'"),
    ("1/1000000", "not a usable fraction: '1/1000000'"),
    ("0/3", "a share is more than 0 and at most 1, got '0/3'"),
    ("4/3", "a share is more than 0 and at most 1, got '4/3'"),
    ("3/2", "a share is more than 0 and at most 1, got '3/2'"),
])
def test_shares_refused_saying_why(text, problem):
    assert refusal(parse_share, text, "quorum_share") == ("quorum_share", problem)


def test_a_share_refused_without_a_field_name_is_a_share():
    assert refusal(parse_share, "x")[0] == "share"


def test_a_rulebook_object_round_trips_every_figure():
    assert list(rulebook_to_mapping(OWN)) == ["key", "name", "source", *FIGURES, "articles"]
    back = rulebook_from_mapping(rulebook_to_mapping(OWN))
    assert back == OWN
    assert (back.key, back.name, back.short_name, back.source) == (
        "own", "Положение о совете", "Положение о совете", "Приказ № 7")
    assert back.max_members_per_organization == 2 and back.max_same_sex_share is None
    assert back.adoption == Adoption(Fraction(2, 3), "members", more_than=False)
    assert rulebook_to_mapping(LAW_74)["adoption"] == {"share": "1/2", "of": "present",
                                                       "more_than": True}


def test_the_law_cites_optional_topics_and_an_own_rulebook_does_not():
    assert LAW_74.cited("goals") == 4 and LAW_74.cited("coordination") == 20
    assert LAW_74.cited("sittings") == 17
    assert OWN.cited("goals") is None and OWN.cited("sittings") == 13


@pytest.mark.parametrize("changes", [
    {"min_members": 1, "max_members": 1},  # one member at least, and min may equal max
    {"min_members": 15, "max_members": 15},
    {"term_years": 1, "agenda_notice_days": 0, "answer_days": 0, "plan_copy_days": 0,
     "min_recommendation_letters": 0, "formed_days_before_term_end": 0},
    {"answer_days": 10_000, "max_members": 10_000},
    {"max_members_per_organization": 1, "max_same_sex_share": "1/1"},
    {"max_members_per_organization": None, "max_same_sex_share": None},  # rules switched off
    {"articles": {"composition": 1, "sittings": 1, "state_body": 1}},
])
def test_figures_accepted_at_their_bounds(changes):
    rb = rulebook_from_mapping(mapping(**changes))
    for name, value in changes.items():
        if name == "articles":
            assert rb.articles == value
        elif name == "max_same_sex_share" and value is not None:
            assert rb.max_same_sex_share == Fraction(1)
        else:
            assert getattr(rb, name) == value


@pytest.mark.parametrize(("changes", "field", "problem"), [
    ({"name": ""}, "name", "expected a non-empty text, got ''"),
    ({"name": "  "}, "name", "expected a non-empty text, got '  '"),
    ({"source": 5}, "source", "expected a non-empty text, got 5"),
    ({"min_members": True}, "min_members", "expected a whole number, got True"),
    ({"answer_days": "14"}, "answer_days", "expected a whole number, got '14'"),
    ({"answer_days": 1.5}, "answer_days", "expected a whole number, got 1.5"),
    ({"min_members": 0}, "min_members", "expected a whole number from 1, got 0"),
    ({"term_years": 0}, "term_years", "expected a whole number from 1, got 0"),
    ({"answer_days": -1}, "answer_days", "expected a whole number from 0, got -1"),
    ({"answer_days": 10_001}, "answer_days", "expected a whole number from 0, got 10001"),
    ({"min_members": 8, "max_members": 7}, "min_members", "more than max_members (8 > 7)"),
    ({"max_same_sex_share": "3/2"}, "max_same_sex_share",
     "a share is more than 0 and at most 1, got '3/2'"),
    ({"max_members_per_organization": 0}, "max_members_per_organization",
     "expected a whole number from 1, got 0"),
    ({"quorum_share": "x"}, "quorum_share", FORM.format("x")),
    ({"adoption": "1/2"}, "adoption", "expected an object"),
    ({"adoption": {"share": "1/2", "of": "present"}}, "adoption.more_than",
     "required field is missing"),
    ({"adoption": {"share": "1/2", "more_than": True}}, "adoption.of",
     "required field is missing"),
    ({"adoption": {"of": "present", "more_than": True}}, "adoption.share",
     "required field is missing"),
    ({"adoption": {"share": "1/2", "of": "all", "more_than": True}}, "adoption.of",
     "expected present or members, got 'all'"),
    ({"adoption": {"share": "1/2", "of": "present", "more_than": "yes"}},
     "adoption.more_than", "expected true or false, got 'yes'"),
    ({"adoption": {"share": "0/2", "of": "present", "more_than": True}}, "adoption.share",
     "a share is more than 0 and at most 1, got '0/2'"),
    ({"articles": [14, 17, 18]}, "articles", "expected an object"),
    ({"articles": {"composition": 14, "state_body": 18}}, "articles.sittings",
     "required field is missing"),
    ({"articles": {"composition": 14, "sittings": 0, "state_body": 18}}, "articles.sittings",
     "expected a whole number from 1, got 0"),
])
def test_figures_refused_naming_the_figure(changes, field, problem):
    assert refusal(rulebook_from_mapping, mapping(**changes)) == (field, problem)


def test_a_missing_figure_and_a_rulebook_that_is_no_object_are_named():
    data = mapping()
    del data["plan_copy_days"]
    assert refusal(rulebook_from_mapping, data) == ("plan_copy_days",
                                                    "required field is missing")
    assert refusal(rulebook_from_mapping, ["kg-74-2014"]) == ("rulebook", "expected an object")
