"""Every figure of the law, each with its article: a rulebook, Law No. 74 by default.

Law No. 74 of 24 May 2014 was reported repealed on 29 November 2023; councils that carry on
keep the same way of working with their own figures, so no figure is a literal in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

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
    max_same_sex_share: Fraction = Fraction(7, 10)
    max_members_per_organization: int = 1
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
        return self.articles[topic]


LAW_74 = Rulebook()
"""The rulebook the program ships and uses by default."""


def default_rulebook() -> Rulebook:
    return LAW_74
