"""Every figure at its boundary under a rulebook that is not Law No. 74, through `run_checks`
with the council's own rulebook (`Council.rulebook`): 15 to 30 members (14/15, 30/31), no
gender rule and no organisation rule (nothing found, however unbalanced), a quorum of half
the members (at least: 8 of 15 and 8 of 16 are enough, 7 is not), written answers in 10 days
(day 10 on time, day 11 late), adoption by 2/3 of all members (at least: 10 of 15 adopts, 9
does not); every finding cites this rulebook's articles and names it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

import pytest
from rules_factory import TODAY, D, council, members, sitting

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.composition import composition_status
from kenesh_desktop.rules.meetings import meeting_quorum
from kenesh_desktop.rules.messages import finding_message, rule_explanation
from kenesh_desktop.rules.outcome import ADOPTED, NO_QUORUM, REJECTED, item_outcome
from kenesh_desktop.rules.records import Request
from kenesh_desktop.rules.rulebook import LAW_74, Adoption

OWN = replace(
    LAW_74, key="own", name="Положение об Общественном совете", short_name="Положение",
    source="Приказ министерства № 1", min_members=15, max_members=30,
    max_same_sex_share=None, max_members_per_organization=None,
    quorum_share=Fraction(1, 2), answer_days=10,
    adoption=Adoption(Fraction(2, 3), "members", more_than=False),
    articles={"composition": 9, "sittings": 13, "state_body": 5},
)


def own_council(female: int, male: int):
    c = council("own", female=female, male=male)
    c.rulebook = OWN
    return c


def rules_found(c, today=TODAY, rule=None):
    return [f for f in run_checks([c], today) if rule is None or f.rule == rule]


@pytest.mark.parametrize(("n", "ok"), [(14, False), (15, True), (30, True), (31, False)])
def test_size_from_15_to_30(n, ok):
    c = own_council(female=n // 2, male=n - n // 2)
    found = rules_found(c, rule="composition.size")
    assert (found == []) is ok
    if not ok:
        assert found[0].article == 9
        assert found[0].details["min"] == 15 and found[0].details["max"] == 30


def test_law_74_counts_15_as_its_maximum_and_16_too_many():
    c = council(female=8, male=8)
    assert [f.article for f in rules_found(c, rule="composition.size")] == [14]


def test_no_gender_rule_finds_nothing_however_unbalanced():
    c = own_council(female=16, male=0)
    assert rules_found(c, rule="composition.gender") == []
    gender = composition_status(c, TODAY, OWN).gender
    assert gender.ok and not gender.applies and gender.limit_percent is None
    lopsided = council(female=6, male=1)
    assert rules_found(lopsided, rule="composition.gender")  # under Law No. 74 it is found


def test_no_organisation_rule_finds_nothing():
    c = own_council(female=8, male=7)
    for person in c.members:
        person.organization = "«Бир уюм» КБ"
    assert rules_found(c, rule="composition.organization") == []
    status = composition_status(c, TODAY, OWN).organization
    assert status.ok and not status.applies


@pytest.mark.parametrize(("members_n", "present", "reached"),
                         [(15, 8, True), (15, 7, False), (16, 8, True), (16, 7, False)])
def test_quorum_of_half_the_members_at_least(members_n, present, reached):
    c = own_council(female=members_n // 2, male=members_n - members_n // 2)
    s = sitting(c, 1, D(2027, 2, 1), present=present)
    status = meeting_quorum(c, s, OWN)
    assert status.reached is reached
    found = rules_found(c, rule="meeting.quorum")
    assert (found == []) is reached
    if found:
        assert found[0].article == 13


@pytest.mark.parametrize(("answered", "late"), [(10, False), (11, True)])
def test_answers_in_10_days(answered, late):
    c = own_council(female=8, male=7)
    registered = D(2027, 1, 4)
    c.requests.append(Request(id="r1", number="1", subject="Бюджет", addressee="Министр",
                              registered=registered,
                              answered=registered + dt.timedelta(days=answered)))
    found = rules_found(c, rule="request.answer_due")
    assert (found != []) is late
    if late:
        assert found[0].due == D(2027, 1, 14) and found[0].article == 5


def test_an_unanswered_request_is_overdue_from_day_11():
    c = own_council(female=8, male=7)
    c.requests.append(Request(id="r1", number="1", subject="Бюджет", addressee="Министр",
                              registered=D(2027, 1, 4)))
    on_day_10 = rules_found(c, D(2027, 1, 14), "request.answer_due")
    assert [f.severity for f in on_day_10] == ["upcoming"]
    on_day_11 = rules_found(c, D(2027, 1, 15), "request.answer_due")
    assert [f.severity for f in on_day_11] == ["violation"]


@pytest.mark.parametrize(("votes_for", "outcome"), [(10, ADOPTED), (9, REJECTED)])
def test_adoption_by_two_thirds_of_all_members_at_least(votes_for, outcome):
    c = own_council(female=8, male=7)
    s = sitting(c, 1, D(2027, 2, 1), present=12)
    votes = {m.id: ("for" if i < votes_for else "against")
             for i, m in enumerate(c.members[:12])}
    assert item_outcome(votes, meeting_quorum(c, s, OWN), OWN) == outcome


def test_adoption_by_members_counts_the_absent_too():
    # 8 of 15 present (a quorum of half): all 8 for is still fewer than 2/3 of 15 (10).
    c = own_council(female=8, male=7)
    s = sitting(c, 1, D(2027, 2, 1), present=8)
    votes = {m.id: "for" for m in c.members[:8]}
    assert item_outcome(votes, meeting_quorum(c, s, OWN), OWN) == REJECTED
    s7 = sitting(c, 2, D(2027, 2, 2), present=7)
    assert item_outcome(votes, meeting_quorum(c, s7, OWN), OWN) == NO_QUORUM


def test_each_council_is_checked_by_its_own_rulebook():
    own, law = own_council(female=7, male=7), council("law", female=4, male=3)
    findings = run_checks([own, law], TODAY)
    assert [(f.council, f.rule, f.article) for f in findings] == [
        ("own", "composition.size", 9)]


@pytest.mark.parametrize(("lang", "prefix"), [
    ("en", "Art. 9 (Положение об Общественном совете): "),
    ("ru", "Ст. 9 (Положение об Общественном совете): "),
    ("ky", "9-берене (Положение об Общественном совете): "),
])
def test_messages_cite_the_article_and_name_the_rulebook(lang, prefix):
    (finding,) = rules_found(own_council(female=7, male=7))
    assert finding_message(finding, lang).startswith(prefix)
    assert rule_explanation("composition.size", lang, OWN).startswith(prefix)
    assert "15" in rule_explanation("composition.size", lang, OWN)


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_a_switched_off_rule_is_explained_as_such(lang):
    gender = rule_explanation("composition.gender", lang, OWN)
    organization = rule_explanation("composition.organization", lang, OWN)
    assert "None" not in gender + organization and "%" not in gender
    assert gender != rule_explanation("composition.gender", lang, LAW_74)


def test_law_74_findings_keep_the_article_alone():
    (finding,) = rules_found(council(female=8, male=8))
    assert finding_message(finding, "en").startswith("Art. 14: the council has 16")


def test_members_of_the_factory_are_distinct_people():
    # the boundary tests above rely on every member being another person and organisation
    people = members(15, 15)
    assert len({p.full_name for p in people}) == len({p.organization for p in people}) == 30


@pytest.mark.parametrize(("end", "too_long"), [(D(2029, 1, 14), False), (D(2029, 1, 15), True)])
def test_a_term_of_three_years(end, too_long):
    c = own_council(female=8, male=7)
    c.rulebook = replace(OWN, term_years=3)
    c.terms[-1].end = end
    found = rules_found(c, rule="composition.term")
    assert (found != []) is too_long
    if too_long:
        assert found[0].article == 9 and found[0].details["latest_end"] == D(2029, 1, 14)


@pytest.mark.parametrize(("sent_days_before", "late"), [(3, False), (2, True)])
def test_the_agenda_three_days_before_a_sitting(sent_days_before, late):
    c = own_council(female=8, male=7)
    c.rulebook = replace(OWN, agenda_notice_days=3)
    day = D(2027, 2, 10)
    sitting(c, 1, day, present=15, sent=day - dt.timedelta(days=sent_days_before))
    found = rules_found(c, rule="meeting.agenda_notice")
    assert (found != []) is late
    if late:
        assert found[0].due == D(2027, 2, 7) and found[0].article == 5
