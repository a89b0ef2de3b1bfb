"""Messages about the law in Kyrgyz, Russian and English: every finding's message names its
article first, fills in every value with dates in the language's official style, and titles
and explanations exist for every rule with the rulebook's own figures."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rules_factory import TODAY, D, candidate, competition, council, everything_wrong

from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.checks import run_checks
from kenesh_desktop.rules.competition import selection_preview
from kenesh_desktop.rules.findings import RULE_IDS, Finding
from kenesh_desktop.rules.messages import (
    finding_message,
    format_days,
    problem_message,
    rule_explanation,
    rule_title,
)
from kenesh_desktop.rules.rulebook import LAW_74

PREFIX = {"en": "Art. {}: ", "ru": "Ст. {}: ", "ky": "{}-берене: "}
# A rule stated (a tooltip) names its rulebook beside the article: Law No. 74 with its repeal.
STATED = {"en": "Art. {} (Law No. 74, repealed in 2023): ",
          "ru": "Ст. {} (Закон №74, утративший силу в 2023 году): ",
          "ky": "{}-берене (2023-жылы күчүн жоготкон №74 Мыйзам): "}
# Days on which everything_wrong() gives violations of all kinds and upcoming deadlines.
DAYS = (D(2027, 9, 2), D(2027, 11, 10), D(2028, 1, 15))


def all_findings() -> list[Finding]:
    return [f for day in DAYS for f in run_checks(everything_wrong(), day)]


def test_the_scenario_covers_every_rule_and_both_severities():
    findings = all_findings()
    assert {f.rule for f in findings} == set(RULE_IDS)
    assert {f.severity for f in findings} == {"violation", "upcoming"}
    assert {f.details.get("status") for f in findings} >= {"late", "overdue", "upcoming"}


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_message_names_the_article_first_and_is_filled_in(lang):
    for finding in all_findings():
        text = finding_message(finding, lang)
        assert text.startswith(PREFIX[lang].format(finding.article)), text
        assert "{" not in text and "}" not in text and "None" not in text, text
        assert not text.endswith(".."), text
        if finding.due is not None:
            assert format_date(finding.due, lang) in text, text


def _quorum_finding() -> Finding:
    return Finding(
        rule="meeting.quorum",
        article=17,
        severity="violation",
        council="c1",
        subject="s3",
        details={"number": 3, "date": D(2027, 3, 15), "present": 7, "members": 13, "needed": 9},
    )


def test_quorum_message_in_three_languages():
    finding = _quorum_finding()
    assert finding_message(finding, "en") == (
        "Art. 17: sitting 3 had no quorum: 7 of 13 present, 9 needed."
    )
    assert finding_message(finding, "ru") == (
        "Ст. 17: заседание № 3 неправомочно: присутствовали 7 из 13, нужно 9."
    )
    assert finding_message(finding, "ky") == (
        "17-берене: 3-отурум укук ченемдүү эмес: катышкандар — 7, мүчөлөр — 13, "
        "кворум үчүн керек — 9."
    )


def test_unknown_language_falls_back_to_english():
    assert finding_message(_quorum_finding(), "de").startswith("Art. 17: sitting 3")


def test_deadline_messages_say_what_happened():
    c = council()
    c.competitions.append(competition("k1", announced=D(2027, 11, 20)))
    [late] = [f for f in run_checks([c], D(2027, 12, 1)) if f.rule == "competition.announcement"]
    text = finding_message(late, "en")
    assert "announced on 20 November 2027, later than 14 November 2027" in text
    assert "2027-жылдын 14-ноябры" in finding_message(late, "ky")
    assert "14 ноября 2027 г." in finding_message(late, "ru")
    c.competitions.clear()
    [near] = [f for f in run_checks([c], D(2027, 11, 4)) if f.rule == "competition.announcement"]
    assert finding_message(near, "en").endswith("by 14 November 2027 (10 days left).")
    assert "осталось 10 дней" in finding_message(near, "ru")
    assert "10 күн калды" in finding_message(near, "ky")


@pytest.mark.parametrize(
    ("n", "ru", "en"),
    [
        (1, "1 день", "1 day"),
        (2, "2 дня", "2 days"),
        (5, "5 дней", "5 days"),
        (11, "11 дней", "11 days"),
        (21, "21 день", "21 days"),
        (22, "22 дня", "22 days"),
    ],
)
def test_days_are_counted_in_each_language(n, ru, en):
    assert format_days(n, "ru") == ru
    assert format_days(n, "en") == en
    assert format_days(n, "ky") == f"{n} күн"


def test_candidate_messages_name_the_missing_documents_and_requirements():
    c = council()
    c.competitions.append(
        competition(
            announced=D(2027, 10, 1),
            candidates=[
                candidate("k1", name="Асан Үсөнов", letters=1, vision=False, independent=False)
            ],
        )
    )
    by_rule = {f.rule: f for f in run_checks([c], D(2027, 10, 2))}
    docs = by_rule["candidate.documents"]
    assert finding_message(docs, "en") == (
        "Art. 14: selected candidate Асан Үсөнов lacks: the vision of the work in the council, "
        "recommendation letters (1 of 2)."
    )
    assert "сунуштама каттар (1 / 2)" in finding_message(docs, "ky")
    assert "видения работы в совете" in finding_message(docs, "ru")
    reqs = by_rule["candidate.requirements"]
    assert "not dependent on the state body" in finding_message(reqs, "en")
    assert "мамлекеттик органга көз каранды эмес" in finding_message(reqs, "ky")


def test_a_requirement_not_yet_recorded_is_not_called_failed():
    c = council()
    person = candidate("k1", name="Асан Үсөнов", independent=False)
    person.requirements["reputation"] = None
    c.competitions.append(competition(announced=D(2027, 10, 1), candidates=[person]))
    reqs = {f.rule: f for f in run_checks([c], D(2027, 10, 2))}["candidate.requirements"]
    text = finding_message(reqs, "en")
    assert "not dependent on the state body;" in text or text.endswith(
        "not dependent on the state body.")
    assert "(not yet recorded)" in text
    assert "not dependent on the state body (not yet recorded)" not in text
    assert "(али белгилене элек)" in finding_message(reqs, "ky")
    assert "(не отмечено)" in finding_message(reqs, "ru")


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_selection_problems_are_worded_with_the_article(lang):
    people = [candidate(f"k{i}", "female", organization="Уюм") for i in range(1, 7)]
    people[0].documents["vision"] = False
    people[1].requirements["reputation"] = False
    other = council("c2")
    other.members[0].full_name = people[2].full_name
    preview = selection_preview(competition(candidates=people), council(), [other], day=TODAY)
    assert {p.key for p in preview.problems} == {
        "size",
        "gender",
        "organization",
        "one_council",
        "incomplete",
        "not_eligible",
    }
    for problem in preview.problems:
        text = problem_message(problem, lang)
        assert text.startswith(PREFIX[lang].format(14)) and "{" not in text, text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Art. 14: candidate Асан Үсөнов is selected but the file is incomplete: "
               "recommendation letters (1 of 2)."),
        ("ru", "Ст. 14: кандидат Асан Үсөнов отобран, но документы неполные, нет: "
               "рекомендательных писем (1 из 2)."),
        ("ky", "14-берене: талапкер Асан Үсөнов тандалган, бирок документтери толук эмес: "
               "сунуштама каттар (1 / 2)."),
    ],
)
def test_an_incomplete_selection_counts_the_letters(lang, expected):
    """The preview's problem carries the letters and the minimum itself (no caller fills them)."""
    people = [candidate("k1", name="Асан Үсөнов", letters=1)]
    (problem,) = [p for p in selection_preview(competition(candidates=people), council(),
                                               day=TODAY).problems
                  if p.key == "incomplete"]
    assert problem_message(problem, lang) == expected


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_titles_and_explanations_for_every_rule(lang):
    titles = {rule_title(rule, lang) for rule in RULE_IDS}
    assert len(titles) == len(RULE_IDS) and all(titles)
    for rule in RULE_IDS:
        text = rule_explanation(rule, lang, LAW_74)
        article = (
            17
            if rule == "meeting.quorum"
            else 18
            if rule
            in {"meeting.agenda_notice", "request.answer_due", "notice.late", "plan.copy_due"}
            else 14
        )
        assert text.startswith(STATED[lang].format(article)) and "{" not in text, text


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_explanations_carry_the_rulebooks_figures(lang):
    own = replace(LAW_74, min_members=5, max_members=11, answer_days=10)
    assert "5" in rule_explanation("composition.size", lang, own)
    assert "11" in rule_explanation("composition.size", lang, own)
    assert "15" in rule_explanation("composition.size", lang, LAW_74)
    assert "10" in rule_explanation("request.answer_due", lang, own)
    assert "2/3" in rule_explanation("meeting.quorum", lang, LAW_74)
    assert "70" in rule_explanation("composition.gender", lang, LAW_74)
