"""Every figure of the law, each with its article: a rulebook, Law No. 74 by default.

Law No. 74 of 24 May 2014 was reported repealed on 29 November 2023; councils that carry on
keep the same way of working with their own figures, so no figure is a literal in code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

ADOPTION_BASES = ("present", "members")
"""What the adoption share is taken of: the members present, or all active members."""


@dataclass(frozen=True)
class Adoption:
    """How a decision is adopted (EXCHANGE.md version 2, `adoption`): votes for compared with
    `share` of the base (`of`: those present or all members), strictly more (`more_than`) or at
    least. The seed is silent; the default is DOMAIN.md's: more than half of those present."""

    share: Fraction = Fraction(1, 2)
    of: str = "present"
    more_than: bool = True

    def __post_init__(self) -> None:
        if self.of not in ADOPTION_BASES:
            raise ValueError(f"adoption is of {' or '.join(ADOPTION_BASES)}, not {self.of!r}")


@dataclass(frozen=True)
class Rulebook:
    """The figures a council works by. Fractions are exact: comparisons are done in integers."""

    key: str = "kg-74-2014"
    name: str = "Law of the Kyrgyz Republic No. 74 of 24 May 2014"
    short_name: str = "Law No. 74"
    source: str = (
        "Law of the Kyrgyz Republic \"On Public Councils of State Bodies\" of 24 May 2014 No. 74"
    )
    # Art. 14: composition and forming
    min_members: int = 7
    max_members: int = 15
    # None: the rule does not apply to the council (no finding, no indicator)
    max_same_sex_share: Fraction | None = Fraction(7, 10)
    max_members_per_organization: int | None = 1
    term_years: int = 2
    announce_months_before_term_end: int = 2
    intake_months_after_publication: int = 1
    formed_days_before_term_end: int = 7
    min_recommendation_letters: int = 2
    # Art. 17: sittings
    quorum_share: Fraction = Fraction(2, 3)
    # Still to settle in the seed: adopted when votes for are more than half of those present
    adoption: Adoption = field(default_factory=Adoption)
    # Art. 18: duties of the state body
    agenda_notice_days: int = 2
    commission_notice_days: int = 2
    plan_copy_days: int = 5
    answer_days: int = 14
    # How far ahead a deadline counts as "upcoming" (DOMAIN.md, Checks, exactly)
    upcoming_days: int = 14
    articles: dict[str, int] = field(
        default_factory=lambda: {
            "goals": 4,
            "rights": 5,
            "duties": 6,
            "composition": 14,
            "sittings": 17,
            "state_body": 18,
            "coordination": 20,
        }
    )

    def article(self, topic: str) -> int:
        """The article on `topic`: one of ARTICLE_TOPICS, which every rulebook cites."""
        return self.articles[topic]

    def cited(self, topic: str) -> int | None:
        """The article on `topic`, or None when the rulebook cites none: the topics of
        OPTIONAL_ARTICLE_TOPICS (goals, rights, duties, coordination) are Law No. 74's; a
        council's own rulebook (the exchange file's object) names only ARTICLE_TOPICS, and a
        text about such a topic is then worded without an article."""
        return self.articles.get(topic)


LAW_74 = Rulebook()
"""The rulebook the program ships and uses by default."""


def default_rulebook() -> Rulebook:
    return LAW_74


# ---------------------------------------------------------------- the exchange file's form

EXCHANGE_ARTICLE_TOPICS = ("composition", "sittings", "state_body")
"""The articles a rulebook object of the exchange file names (EXCHANGE.md version 2)."""

ARTICLE_TOPICS = EXCHANGE_ARTICLE_TOPICS
"""The topics every rulebook cites an article for: the composition and its forming, the
sittings, the duties of the state body. Every rule of `checks.RULE_TOPICS` is on one of them."""

OPTIONAL_ARTICLE_TOPICS = ("goals", "rights", "duties", "coordination")
"""Topics only some rulebooks have an article on (Law No. 74: Art. 4, 5, 6, 20)."""

FIGURES = ("min_members", "max_members", "max_same_sex_share", "max_members_per_organization",
           "term_years", "announce_months_before_term_end", "intake_months_after_publication",
           "formed_days_before_term_end", "min_recommendation_letters", "quorum_share",
           "adoption", "agenda_notice_days", "commission_notice_days", "plan_copy_days",
           "answer_days")
"""Every figure of a rulebook object, in the order EXCHANGE.md lists them."""

FIGURE_TOPICS = {
    **dict.fromkeys(FIGURES[:9], "composition"),
    "quorum_share": "sittings",
    "adoption": "sittings",
    **dict.fromkeys(FIGURES[11:], "state_body"),
}
"""The topic (and so the article) each figure belongs to."""

SWITCHABLE = ("max_same_sex_share", "max_members_per_organization")
"""The figures a rulebook may set to None: that rule does not apply to its councils."""

_COUNTS = ("min_members", "max_members", "term_years", "announce_months_before_term_end",
           "intake_months_after_publication", "formed_days_before_term_end",
           "min_recommendation_letters", "agenda_notice_days", "commission_notice_days",
           "plan_copy_days", "answer_days")
"""The whole-number figures of a rulebook object, in the order EXCHANGE.md lists them."""

_AT_LEAST_ONE = {"min_members", "max_members", "term_years"}


class RulebookError(ValueError):
    """A rulebook object refused: `field` names the figure (a dotted path), `problem` why."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def parse_share(text: object, field: str = "share") -> Fraction:
    """A share written "p/q" (EXCHANGE.md: exact fractions as strings), 0 < p/q <= 1."""
    if not isinstance(text, str) or text.count("/") != 1:
        raise RulebookError(field, f"expected a fraction written \"p/q\", got {text!r}")
    top, bottom = text.split("/")
    if not (top.isascii() and top.isdigit() and bottom.isascii() and bottom.isdigit()):
        raise RulebookError(field, f"expected a fraction written \"p/q\", got {text!r}")
    if len(top) > 6 or len(bottom) > 6 or int(bottom) == 0:
        raise RulebookError(field, f"not a usable fraction: {text!r}")
    share = Fraction(int(top), int(bottom))
    if not 0 < share <= 1:
        raise RulebookError(field, f"a share is more than 0 and at most 1, got {text!r}")
    return share


def share_text(share: Fraction) -> str:
    """A share as the exchange file writes it: "2/3"."""
    return f"{share.numerator}/{share.denominator}"


def rulebook_from_mapping(data: Mapping[str, Any]) -> Rulebook:
    """The rulebook of an exchange file's `rulebook` object (every figure given; see
    EXCHANGE.md version 2), validated: 1 <= min_members <= max_members, shares as exact
    fractions in (0, 1], counts and days whole numbers >= 0. Raises RulebookError naming the
    figure."""
    if not isinstance(data, Mapping):
        raise RulebookError("rulebook", "expected an object")

    def need(name: str) -> Any:
        if name not in data:
            raise RulebookError(name, "required field is missing")
        return data[name]

    def text(name: str) -> str:
        value = need(name)
        if not isinstance(value, str) or not value.strip():
            raise RulebookError(name, f"expected a non-empty text, got {value!r}")
        return value

    def count(name: str, value: Any, least: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RulebookError(name, f"expected a whole number, got {value!r}")
        if not least <= value <= 10_000:
            raise RulebookError(name, f"expected a whole number from {least}, got {value}")
        return value

    counts = {name: count(name, need(name), 1 if name in _AT_LEAST_ONE else 0)
              for name in _COUNTS}
    if counts["min_members"] > counts["max_members"]:
        raise RulebookError("min_members", f"more than max_members ({counts['min_members']} > "
                                           f"{counts['max_members']})")
    gender = need("max_same_sex_share")
    per_org = need("max_members_per_organization")
    adoption = need("adoption")
    if not isinstance(adoption, Mapping):
        raise RulebookError("adoption", "expected an object")
    for name in ("share", "of", "more_than"):
        if name not in adoption:
            raise RulebookError(f"adoption.{name}", "required field is missing")
    if adoption["of"] not in ADOPTION_BASES:
        raise RulebookError("adoption.of", f"expected present or members, got {adoption['of']!r}")
    if not isinstance(adoption["more_than"], bool):
        raise RulebookError("adoption.more_than",
                            f"expected true or false, got {adoption['more_than']!r}")
    articles = need("articles")
    if not isinstance(articles, Mapping):
        raise RulebookError("articles", "expected an object")
    cited = {}
    for topic in EXCHANGE_ARTICLE_TOPICS:
        if topic not in articles:
            raise RulebookError(f"articles.{topic}", "required field is missing")
        cited[topic] = count(f"articles.{topic}", articles[topic], 1)
    name = text("name")
    return Rulebook(
        key=text("key"), name=name, short_name=name, source=text("source"),
        max_same_sex_share=None if gender is None else parse_share(gender, "max_same_sex_share"),
        max_members_per_organization=(None if per_org is None else
                                      count("max_members_per_organization", per_org, 1)),
        quorum_share=parse_share(need("quorum_share"), "quorum_share"),
        adoption=Adoption(parse_share(adoption["share"], "adoption.share"), adoption["of"],
                          adoption["more_than"]),
        articles=cited,
        **counts,
    )


def rulebook_to_mapping(rb: Rulebook) -> dict[str, Any]:
    """The exchange file's `rulebook` object of `rb` (every figure; see rulebook_from_mapping)."""
    return {
        "key": rb.key, "name": rb.name, "source": rb.source,
        "min_members": rb.min_members, "max_members": rb.max_members,
        "max_same_sex_share": (None if rb.max_same_sex_share is None
                               else share_text(rb.max_same_sex_share)),
        "max_members_per_organization": rb.max_members_per_organization,
        "term_years": rb.term_years,
        "announce_months_before_term_end": rb.announce_months_before_term_end,
        "intake_months_after_publication": rb.intake_months_after_publication,
        "formed_days_before_term_end": rb.formed_days_before_term_end,
        "min_recommendation_letters": rb.min_recommendation_letters,
        "quorum_share": share_text(rb.quorum_share),
        "adoption": {"share": share_text(rb.adoption.share), "of": rb.adoption.of,
                     "more_than": rb.adoption.more_than},
        "agenda_notice_days": rb.agenda_notice_days,
        "commission_notice_days": rb.commission_notice_days,
        "plan_copy_days": rb.plan_copy_days,
        "answer_days": rb.answer_days,
        "articles": {topic: rb.articles[topic] for topic in EXCHANGE_ARTICLE_TOPICS},
    }
