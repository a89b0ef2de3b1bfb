"""What the user reads about a rule, in Kyrgyz, Russian or English, always article first.

`finding_message` words a `Finding` from its language-free `details` (run_checks fills them);
`rule_title` and `rule_explanation` name and state each rule with the rulebook's figures.
The words are rules/finding_words.py's and rules/rule_words.py's (English; Kyrgyz and Russian
from translations/ky.po and ru.po, the terms as the project's glossary has them); dates are
written by `lang.format_date`. An unknown language falls back to English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from kenesh_desktop.lang import LANGUAGES
from kenesh_desktop.lang.dates import format_date
from kenesh_desktop.rules.checks import rule_article
from kenesh_desktop.rules.competition import Problem
from kenesh_desktop.rules.composition import limit_percent
from kenesh_desktop.rules.finding_words import (
    CITIZEN,
    FINDINGS,
    MISSING_DOCUMENTS,
    PREFIX,
    REQUIREMENTS,
    SEX,
)
from kenesh_desktop.rules.findings import Finding
from kenesh_desktop.rules.presets import preset_of, rulebook_country, rulebook_title
from kenesh_desktop.rules.rule_words import RULE_TITLES, RULES
from kenesh_desktop.rules.rulebook import LAW_74, Rulebook

# A deadline finding is worded by what happened: done late, not done and past due, or near.
_DEADLINE_RULES = (
    "meeting.agenda_notice",
    "request.answer_due",
    "plan.copy_due",
    "competition.announcement",
    "competition.formed",
)
_VARIANT = {"late": "late", "overdue": "missing", "upcoming": "upcoming"}


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "en"


def format_days(n: int, lang: str) -> str:
    """A number of days: "1 day", "3 дня", "5 күн"."""
    n = abs(n)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            word = "день"
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            word = "дня"
        else:
            word = "дней"
        return f"{n} {word}"
    if lang == "ky":
        return f"{n} күн"
    return f"{n} day" if n == 1 else f"{n} days"


def requirement_text(key: str, lang: str, rb: Rulebook = LAW_74) -> str:
    """A requirement for a candidate (records.REQUIREMENT_KEYS) in `lang`, citizenship as
    the rulebook's country has it."""
    lang = _lang(lang)
    if key == "citizen_capable":
        return CITIZEN.template(rulebook_country(rb) or "any", lang)
    return REQUIREMENTS.template(key, lang) if key in REQUIREMENTS else key


def _values(details: Mapping[str, Any], lang: str, rb: Rulebook = LAW_74) -> dict[str, Any]:
    """The details as a template fills them in `lang`: dates written out, keys translated."""
    values: dict[str, Any] = {}
    for key, value in details.items():
        if isinstance(value, dt.date):
            values[key] = format_date(value, lang)
        elif key in ("days_left", "days_overdue"):
            values[key] = format_days(value, lang)
        else:
            values[key] = value
    if "sex" in details:
        sex = details["sex"]
        values["sex"] = SEX.template(sex, lang) if sex in SEX else sex
    if "missing" in details:
        values["missing"] = ", ".join(
            MISSING_DOCUMENTS.text(
                key, lang,
                letters=details.get("letters", 0),
                min_letters=details.get("min_letters", LAW_74.min_recommendation_letters),
            )
            if key in MISSING_DOCUMENTS
            else key
            for key in details["missing"]
        )
    if "failed" in details:
        # A requirement not yet recorded is no proof the candidate fails it: say which is which.
        unrecorded = set(details.get("unrecorded", ()))
        values["failed"] = "; ".join(
            requirement_text(k, lang, rb)
            + (f" ({REQUIREMENTS.template('not_recorded', lang)})" if k in unrecorded else "")
            for k in details["failed"]
        )
    if "other_councils" in details:
        values["others"] = ", ".join(
            details.get("other_council_names") or details["other_councils"]
        )
    return values


def _with_article(article: int, text: str, lang: str, rb: Rulebook | None = None) -> str:
    """The text after its article; the rulebook named beside it unless it is the default
    (Law No. 74), which the window and every document name once for the whole council."""
    if rb is None or rb.key == LAW_74.key and preset_of(rb) is not None:
        prefix = PREFIX.text("article", lang, article=article)
    else:
        prefix = PREFIX.text("article_and_law", lang, article=article,
                             law=rulebook_title(rb, lang))
    return f"{prefix} {text}"


def finding_message(finding: Finding, lang: str) -> str:
    """The finding in plain words, naming the article first: "Art. 17: sitting 3 had no
    quorum: 7 of 13 present, 9 needed." / «17-берене: ...» / «Ст. 17: ...». The article is
    the council rulebook's (run_checks puts it in details["rulebook"]); a rulebook other than
    Law No. 74 is named beside it: «Ст. 13 (Закон РК № 383-V): ...»."""
    lang = _lang(lang)
    key = finding.rule
    if key in _DEADLINE_RULES:
        key = f"{key}.{_VARIANT[finding.details.get('status', 'overdue')]}"
    rb = finding.details.get("rulebook")
    values = _values({**finding.details, "due": finding.due}, lang, rb or LAW_74)
    return _with_article(finding.article, FINDINGS.text(key, lang, **values), lang, rb)


def problem_message(problem: Problem, lang: str, rb: Rulebook | None = None) -> str:
    """A problem of a competition's selection preview (competition.selection_preview), by
    the council's rulebook `rb` (its name beside the article, as finding_message)."""
    lang = _lang(lang)
    values = _values(problem.details, lang, rb or LAW_74)
    text = FINDINGS.text(f"problem.{problem.key}", lang, **values)
    return _with_article(problem.article, text, lang, rb)


def rule_title(rule_id: str, lang: str) -> str:
    """A short name of the rule, for a column or a group heading."""
    return RULE_TITLES.template(rule_id, _lang(lang))


def rule_explanation(rule_id: str, lang: str, rb: Rulebook = LAW_74) -> str:
    """One sentence stating the rule with the rulebook's figures, its article and the
    rulebook's name first (tooltips): "Art. 14 (Law No. 74, repealed in 2023): a council has
    at least 7 and at most 15 members." A rule the rulebook switches off says so."""
    lang = _lang(lang)
    quorum = rb.quorum_share
    figures = {
        "min": rb.min_members,
        "max": rb.max_members,
        "pct": limit_percent(rb),
        "per_org": rb.max_members_per_organization,
        "years": rb.term_years,
        "quorum": f"{quorum.numerator}/{quorum.denominator}",
        "agenda": format_days(rb.agenda_notice_days, lang),
        "answer": format_days(rb.answer_days, lang),
        "notice": format_days(rb.commission_notice_days, lang),
        "plan": format_days(rb.plan_copy_days, lang),
        "announce": rb.announce_months_before_term_end,
        "intake": rb.intake_months_after_publication,
        "formed": format_days(rb.formed_days_before_term_end, lang),
        "letters": rb.min_recommendation_letters,
    }
    key = rule_id
    if (rule_id == "composition.gender" and rb.max_same_sex_share is None
            or rule_id == "composition.organization" and rb.max_members_per_organization is None):
        key = f"{rule_id}.off"
    prefix = PREFIX.text("article_and_law", lang, article=rule_article(rule_id, rb),
                         law=rulebook_title(rb, lang))
    return f"{prefix} {RULES.text(key, lang, **figures)}"
