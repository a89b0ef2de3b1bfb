"""The words of findings and selection problems (rules/messages.py) through its public
functions: the Russian plural of days at every turn of the rule (1, 2-4, 5-20, 11-14, 21,
22-24, 101, 111-114), a deadline counted in words in every language, a law other than Law No.
74 named beside its article, citizenship as the rulebook's country has it, and the lists a
message joins (documents, requirements, councils)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rulebook_samples import kz_rulebook
from rules_factory import TODAY, D, candidate, competition, council

from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.competition import Problem
from kenesh_desktop.rules.findings import Finding
from kenesh_desktop.rules.messages import (
    finding_message,
    format_days,
    problem_message,
    requirement_text,
    rule_explanation,
    rule_title,
)
from kenesh_desktop.rules.records import Request
from kenesh_desktop.rules.rulebook import LAW_74

KZ = kz_rulebook()


@pytest.mark.parametrize(("n", "ru"), [
    (0, "0 дней"), (1, "1 день"), (2, "2 дня"), (3, "3 дня"), (4, "4 дня"), (5, "5 дней"),
    (11, "11 дней"), (12, "12 дней"), (13, "13 дней"), (14, "14 дней"), (15, "15 дней"),
    (21, "21 день"), (22, "22 дня"), (24, "24 дня"), (25, "25 дней"), (101, "101 день"),
    (104, "104 дня"), (111, "111 дней"), (112, "112 дней"), (114, "114 дней"),
    (122, "122 дня"), (-3, "3 дня"),
])
def test_the_russian_plural_of_days(n, ru):
    assert format_days(n, "ru") == ru


def test_days_in_kyrgyz_and_english():
    assert format_days(14, "ky") == "14 күн" and format_days(1, "ky") == "1 күн"
    assert format_days(1, "en") == "1 day" and format_days(14, "en") == "14 days"
    assert format_days(-1, "en") == "1 day"


def answer_finding(today):
    c = council()
    c.requests.append(Request("r1", "12", "Бюджет", "Министр", D(2027, 3, 1)))
    (finding,) = [f for f in run_checks([c], today) if f.rule == "request.answer_due"]
    return finding


@pytest.mark.parametrize(("today", "ru"), [
    (D(2027, 3, 1), "(осталось 14 дней)."),
    (D(2027, 3, 2), "(осталось 13 дней)."),
    (D(2027, 3, 3), "(осталось 12 дней)."),
    (D(2027, 3, 11), "(осталось 4 дня)."),
    (D(2027, 3, 12), "(осталось 3 дня)."),
    (D(2027, 3, 14), "(осталось 1 день)."),
    (D(2027, 3, 18), "(просрочено на 3 дня)."),
    (D(2027, 3, 29), "(просрочено на 14 дней)."),
    (D(2027, 4, 5), "(просрочено на 21 день)."),
])
def test_a_deadline_counts_its_days_in_words(today, ru):
    assert finding_message(answer_finding(today), "ru").endswith(ru)


def test_a_deadline_in_three_languages():
    late = answer_finding(D(2027, 3, 31))
    assert finding_message(late, "en") == (
        "Art. 18: request No. 12 has no written answer; it was due by 15 March 2027 "
        "(16 days overdue).")
    assert finding_message(late, "ru") == (
        "Ст. 18: на запрос № 12 нет письменного ответа; срок — 15 марта 2027 г. "
        "(просрочено на 16 дней).")
    assert finding_message(late, "ky") == (
        "18-берене: № 12 суроо-талапка жазуу жүзүндөгү жооп жок; мөөнөтү — "
        "2027-жылдын 15-марты (16 күн өттү).")


def test_a_deadline_finding_without_its_standing_is_worded_as_missed():
    finding = Finding("request.answer_due", 18, "violation", "c1", "r1", D(2027, 3, 15),
                      {"number": "12", "days_left": -3, "days_overdue": 3})
    assert finding_message(finding, "en") == (
        "Art. 18: request No. 12 has no written answer; it was due by 15 March 2027 "
        "(3 days overdue).")


def test_a_law_other_than_law_74_is_named_beside_its_article():
    c = council(female=7, male=7)
    c.rulebook = KZ
    (size,) = run_checks([c], TODAY)
    assert finding_message(size, "ru") == (
        "Ст. 9 (Закон РК № 383-V): действующих членов совета: 14; должно быть от 15 до 30.")
    assert finding_message(size, "en").startswith("Art. 9 (Kazakhstan's Law No. 383-V): ")
    assert finding_message(size, "ky").startswith("9-берене (Казакстандын №383-V Мыйзамы): ")


def test_citizenship_is_the_rulebooks_countrys():
    assert requirement_text("citizen_capable", "ru", KZ) == (
        "дееспособный гражданин Республики Казахстан")
    assert requirement_text("citizen_capable", "ru") == (
        "дееспособный гражданин Кыргызской Республики")
    own = replace(LAW_74, key="own", name="Положение")
    assert requirement_text("citizen_capable", "en", own) == "a citizen with full legal capacity"
    assert requirement_text("reputation", "en") == "impeccable reputation"
    assert requirement_text("unheard_of", "ru") == "unheard_of"


def test_a_selection_problem_names_the_law_and_its_citizenship():
    problem = Problem("not_eligible", 9, {"candidate": "k1", "name": "Асан", "missing": [],
                                          "failed": ["citizen_capable", "reputation"]})
    assert problem_message(problem, "en", KZ) == (
        "Art. 9 (Kazakhstan's Law No. 383-V): candidate Асан is selected but does not meet: "
        "a citizen of the Republic of Kazakhstan with full legal capacity; impeccable "
        "reputation.")
    assert problem_message(problem, "ru", KZ).startswith(
        "Ст. 9 (Закон РК № 383-V): кандидат Асан отобран, но не отвечает требованиям: "
        "дееспособный гражданин Республики Казахстан; ")
    assert problem_message(problem, "en") == (
        "Art. 9: candidate Асан is selected but does not meet: a citizen of the Kyrgyz "
        "Republic with full legal capacity; impeccable reputation.")


def test_a_problem_without_its_counts_of_letters_counts_none_of_the_laws_two():
    problem = Problem("incomplete", 14, {"candidate": "k1", "name": "Асан", "failed": [],
                                         "missing": ["recommendation_letters", "vision"]})
    assert problem_message(problem, "en") == (
        "Art. 14: candidate Асан is selected but the file is incomplete: recommendation "
        "letters (0 of 2), the vision of the work in the council.")


def test_other_councils_are_named_by_name_else_by_id():
    details = {"name": "Асан", "other_councils": ["c2", "c3"]}
    finding = Finding("composition.one_council", 14, "violation", "c1", "m1", None, details)
    assert finding_message(finding, "en") == (
        "Art. 14: Асан is also an active member of c2, c3; a person may be a member of one "
        "council only.")
    named = Finding("composition.one_council", 14, "violation", "c1", "m1", None,
                    {**details, "other_council_names": ["Кеңеш 2", "Кеңеш 3"]})
    assert "also an active member of Кеңеш 2, Кеңеш 3;" in finding_message(named, "en")


def test_the_sex_is_named_in_the_plural_of_each_language():
    details = {"sex": "male", "count": 6, "active": 7, "percent": 86, "limit": 4,
               "limit_percent": 70}
    finding = Finding("composition.gender", 14, "violation", "c1", "c1", None, details)
    assert finding_message(finding, "ru").startswith("Ст. 14: мужчины — 6 из 7 ")
    assert "(86%) are men;" in finding_message(finding, "en")
    other = Finding("composition.gender", 14, "violation", "c1", "c1", None,
                    {**details, "sex": "other"})
    assert finding_message(other, "ru").startswith("Ст. 14: other — 6 из 7 ")


def test_titles_and_explanations_in_the_language_asked():
    assert rule_title("meeting.quorum", "ru") == "Кворум заседания"
    assert rule_title("meeting.quorum", "en") == "Quorum of a sitting"
    assert rule_title("meeting.quorum", "xx") == "Quorum of a sitting"
    five = replace(LAW_74, key="own", name="Положение", agenda_notice_days=3, answer_days=3,
                   commission_notice_days=3, plan_copy_days=3, formed_days_before_term_end=3)
    for rule in ("meeting.agenda_notice", "notice.late", "competition.formed"):
        assert "за 3 дня" in rule_explanation(rule, "ru", five), rule
    for rule in ("request.answer_due", "plan.copy_due"):
        # "не позднее чем через N" takes the same case as "за N": 3 дня, 5 дней, 21 день
        assert "не позднее чем через 3 дня" in rule_explanation(rule, "ru", five), rule
        many = replace(five, answer_days=21, plan_copy_days=21)
        assert "через 21 день" in rule_explanation(rule, "ru", many), rule
    assert "через 14 дней" in rule_explanation("request.answer_due", "ru", LAW_74)
    assert "через 5 дней" in rule_explanation("plan.copy_due", "ru", LAW_74)
    for rule in ("meeting.agenda_notice", "request.answer_due", "notice.late",
                 "plan.copy_due", "competition.formed"):
        assert "3 күн" in rule_explanation(rule, "ky", five), rule
        assert "3 days" in rule_explanation(rule, "en", five), rule


def test_a_rulebooks_own_minimum_of_letters_is_counted():
    problem = Problem("incomplete", 9, {"candidate": "k1", "name": "Асан", "failed": [],
                                        "missing": ["recommendation_letters"], "letters": 1,
                                        "min_letters": 3})
    assert problem_message(problem, "en").endswith("recommendation letters (1 of 3).")


def test_a_document_the_words_do_not_know_is_named_by_its_key():
    problem = Problem("incomplete", 14, {"candidate": "k1", "name": "Асан", "failed": [],
                                         "missing": ["notarised_copy"]})
    assert problem_message(problem, "en").endswith("the file is incomplete: notarised_copy.")


def test_a_finding_about_requirements_words_citizenship_by_the_councils_law():
    c = council(female=8, male=7)
    c.rulebook = KZ
    c.competitions.append(competition("k1", announced=D(2027, 10, 1), candidates=[
        candidate("x", name="Асан", citizen_capable=False)]))
    (finding,) = [f for f in run_checks([c], D(2027, 10, 2))
                  if f.rule == "candidate.requirements"]
    assert finding_message(finding, "en") == (
        "Art. 9 (Kazakhstan's Law No. 383-V): selected candidate Асан does not meet: a citizen "
        "of the Republic of Kazakhstan with full legal capacity.")
