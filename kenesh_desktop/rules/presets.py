"""The rulebooks the program ships, each with its source: Law No. 74 (the default; repealed in
2023), Kazakhstan's Law No. 383-V (only the figures verified in its text), and the council's
own regulation (a copy of either, every figure the council's to set).

A preset is a `RulebookDraft`: the figures of a rulebook object (EXCHANGE.md version 2) in
which a figure that is not given is *not yet entered* — not the same as a rule a rulebook
switches off (`max_same_sex_share: None`). A draft becomes a `Rulebook` only when every figure
is entered (`to_rulebook`, which refuses naming the first one missing), so the database and
the exchange file only ever hold complete rulebooks.

Pure data: no Qt, no database. Names are given in English (`RULEBOOK_NAMES`; Kyrgyz and
Russian from the catalogues, lang/catalogue.py); the one helper that names a rulebook
anywhere (window, documents, messages) is `rulebook_title`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kenesh_desktop.lang.catalogue import Texts
from kenesh_desktop.rules.rulebook import (
    ARTICLE_TOPICS,
    FIGURES,
    LAW_74,
    Rulebook,
    RulebookError,
    rulebook_from_mapping,
    rulebook_to_mapping,
)

NOT_ENTERED = "not yet entered: the council enters it from its own regulation"
"""RulebookError.problem of a figure a preset leaves to the council."""

OWN_KEY = "own"
"""The key of a council's own regulation (a copy of a preset, every figure editable)."""

ARTICLE_FIELDS = tuple(f"articles.{topic}" for topic in ARTICLE_TOPICS)
"""The article numbers of a rulebook, named as the figures are ("articles.sittings")."""


@dataclass(frozen=True)
class Citation:
    """Where a figure stands in a law: its article, the paragraph when the law numbers them,
    and the address the text was read at."""

    article: int
    paragraph: int | None = None
    address: str = ""


@dataclass(frozen=True)
class RulebookDraft:
    """A rulebook being chosen or entered: `figures` in the exchange object's form (shares as
    "p/q" text, `adoption` as a mapping), `articles` by topic. A figure or article that is
    absent is not yet entered. `fixed` names what the law itself sets (a figure name or
    "articles.<topic>"): changing one of those makes the council's own regulation, not the
    law (`own_copy`). `citations` say where a figure stands in the law's text."""

    key: str
    name: str
    source: str
    figures: Mapping[str, Any]
    articles: Mapping[str, int]
    fixed: frozenset[str] = frozenset()
    citations: Mapping[str, Citation] = field(default_factory=dict)

    def open_figures(self) -> list[str]:
        """The figures and articles not yet entered, in the exchange object's order."""
        missing = [name for name in FIGURES if name not in self.figures]
        return missing + [f"articles.{topic}" for topic in ARTICLE_TOPICS
                          if topic not in self.articles]

    @property
    def complete(self) -> bool:
        return not self.open_figures()

    def entered(self, figures: Mapping[str, Any] | None = None,
                articles: Mapping[str, int] | None = None) -> RulebookDraft:
        """The draft with `figures` and `articles` entered over its own. A figure the law
        fixes keeps its value: entering another is refused (RulebookError naming it), since
        a council that works by other figures follows its own regulation."""
        figures, articles = dict(figures or {}), dict(articles or {})
        for name, value in figures.items():
            if name not in FIGURES:
                raise RulebookError(name, "not a figure of a rulebook")
            if name in self.fixed and self.figures.get(name, value) != value:
                raise RulebookError(name, "set by the law; a council with another figure "
                                          "follows its own regulation")
        for topic, number in articles.items():
            if topic not in ARTICLE_TOPICS:
                raise RulebookError(f"articles.{topic}", "not a topic of a rulebook")
            if f"articles.{topic}" in self.fixed and self.articles.get(topic, number) != number:
                raise RulebookError(f"articles.{topic}", "set by the law")
        return replace(self, figures={**self.figures, **figures},
                       articles={**self.articles, **articles})

    def mapping(self) -> dict[str, Any]:
        """The exchange file's `rulebook` object; RulebookError(NOT_ENTERED) naming the first
        figure not yet entered."""
        missing = self.open_figures()
        if missing:
            raise RulebookError(missing[0], NOT_ENTERED)
        return {"key": self.key, "name": self.name, "source": self.source,
                **{name: self.figures[name] for name in FIGURES},
                "articles": {topic: self.articles[topic] for topic in ARTICLE_TOPICS}}

    def to_rulebook(self) -> Rulebook:
        """The complete rulebook, validated as an exchange file's is (1 <= min <= max, shares
        as exact fractions, days >= 0); RulebookError names the figure. Law No. 74 unchanged
        is the shipped LAW_74 itself (with the articles only it cites)."""
        rulebook = rulebook_from_mapping(self.mapping())
        if rulebook.key == LAW_74.key and same_figures(rulebook, LAW_74):
            return LAW_74
        return rulebook


def same_figures(a: Rulebook, b: Rulebook) -> bool:
    """Whether two rulebooks hold the same figures and articles (names and sources aside)."""
    ignore = ("key", "name", "source")
    one, two = rulebook_to_mapping(a), rulebook_to_mapping(b)
    return all(one[k] == two[k] for k in one if k not in ignore)


def _draft_of_rulebook(rb: Rulebook, fixed: frozenset[str] = frozenset(),
                       citations: Mapping[str, Citation] | None = None) -> RulebookDraft:
    mapping = rulebook_to_mapping(rb)
    return RulebookDraft(rb.key, rb.name, rb.source,
                         {name: mapping[name] for name in FIGURES}, dict(mapping["articles"]),
                         fixed, dict(citations or {}))


# ---------------------------------------------------------------- the presets


@dataclass(frozen=True)
class Preset:
    """A shipped rulebook: its draft, its names in each language (`names` full, as in a
    document's basis; `short_names` as cited beside an article), the country whose citizens
    its requirements speak of, and the year it was repealed (None while in force)."""

    draft: RulebookDraft
    names: Mapping[str, str]
    short_names: Mapping[str, str]
    country: str | None
    repealed: int | None = None

    @property
    def key(self) -> str:
        return self.draft.key

    def matches(self, rb: Rulebook) -> bool:
        """Whether `rb` is this preset: its key, and every figure the law fixes as the law
        has it (a council that changed one follows its own regulation, whatever its key)."""
        if rb.key != self.key:
            return False
        mapping = rulebook_to_mapping(rb)
        for name in self.draft.fixed:
            if name.startswith("articles."):
                if mapping["articles"][name.removeprefix("articles.")] != \
                        self.draft.articles[name.removeprefix("articles.")]:
                    return False
            elif mapping[name] != self.draft.figures[name]:
                return False
        return True


# The shipped rulebooks' names, English (Kyrgyz and Russian in translations/ky.po, ru.po): the
# whole title by the preset's key, as a document's basis cites it, and "KEY.short" beside an
# article.
RULEBOOK_NAMES = Texts("rulebook", """
kg-74-2014: Law of the Kyrgyz Republic “On Public Councils of State Bodies” of 24 May 2014 No. 74
    (repealed in 2023)
kg-74-2014.short: Law No. 74, repealed in 2023
kz-383-v-2015: Law of the Republic of Kazakhstan of 2 November 2015 No. 383-V “On Public Councils”
kz-383-v-2015.short: Kazakhstan's Law No. 383-V
""")

_ALL = frozenset(FIGURES) | frozenset(ARTICLE_FIELDS)

LAW_74_PRESET = Preset(
    draft=_draft_of_rulebook(LAW_74, fixed=_ALL),
    names=RULEBOOK_NAMES.forms("kg-74-2014"),
    short_names=RULEBOOK_NAMES.forms("kg-74-2014.short"),
    country="kg",
    # Repealed by the law the Jogorku Kenesh adopted on 29 November 2023 (DOMAIN.md, "Law
    # No. 74 today"); in force 7 days after its publication, so the year is what is certain.
    repealed=2023,
)

KZ_383V_ADDRESS = "https://adilet.zan.kz/rus/docs/Z1500000383"
"""The law's official text (Әділет, the Ministry of Justice's legal database)."""
KZ_383V_ART_9 = ("https://zakonpravo.kz/en/article-9-procedure-for-the-formation-of-public-"
                 "councils-the-law-on-public-councils")
KZ_383V_ART_13 = ("https://zakonpravo.kz/en/article-13-organization-of-the-activities-of-the-"
                  "public-council-of-the-law-on-public-councils")
"""Where the text of Art. 9 and Art. 13 (as in force, with the 2021 amendments) was read."""

_KZ_CITATIONS = {
    # Art. 9(2): forming of the new composition begins two months before the term expires.
    "announce_months_before_term_end": Citation(9, 2, KZ_383V_ART_9),
    # Art. 9(3)(1): fifteen to thirty members at ministries and the bodies directly
    # subordinate and accountable to the President (ten to fifteen in the quasi-public
    # sector, local councils by the local rules: enter those as the council's own).
    "min_members": Citation(9, 3, KZ_383V_ART_9),
    "max_members": Citation(9, 3, KZ_383V_ART_9),
    # Art. 9(4): one representative of one legal entity that is a non-profit organisation.
    "max_members_per_organization": Citation(9, 4, KZ_383V_ART_9),
    # Art. 13(2): a sitting is competent with at least two thirds of all its members.
    "quorum_share": Citation(13, 2, KZ_383V_ART_13),
    "articles.composition": Citation(9, None, KZ_383V_ART_9),
    "articles.sittings": Citation(13, None, KZ_383V_ART_13),
}

KZ_383V_PRESET = Preset(
    draft=RulebookDraft(
        key="kz-383-v-2015",
        name="Закон Республики Казахстан от 2 ноября 2015 года № 383-V «Об общественных "
             "советах»",
        source=f"Закон Республики Казахстан от 2 ноября 2015 года № 383-V «Об общественных "
               f"советах»: {KZ_383V_ADDRESS} (ст. 9 и 13: {KZ_383V_ART_9}, {KZ_383V_ART_13})",
        # Only what Art. 9 and 13 say. The rest (term of office, intake, recommendation
        # letters, adoption, the state body's days, the gender rule) is in the Model
        # Regulation and the council's own decisions: the council enters it.
        figures={"min_members": 15, "max_members": 30, "max_members_per_organization": 1,
                 "announce_months_before_term_end": 2, "quorum_share": "2/3"},
        articles={"composition": 9, "sittings": 13},
        fixed=frozenset(_KZ_CITATIONS),
        citations=_KZ_CITATIONS,
    ),
    names=RULEBOOK_NAMES.forms("kz-383-v-2015"),
    short_names=RULEBOOK_NAMES.forms("kz-383-v-2015.short"),
    country="kz",
)

PRESETS: dict[str, Preset] = {p.key: p for p in (LAW_74_PRESET, KZ_383V_PRESET)}
"""The shipped rulebooks by key, the default first."""


def preset_of(rb: Rulebook) -> Preset | None:
    """The shipped rulebook `rb` is, or None (a council's own regulation)."""
    preset = PRESETS.get(rb.key)
    return preset if preset is not None and preset.matches(rb) else None


def draft_of(rb: Rulebook) -> RulebookDraft:
    """`rb` as a draft to edit: complete, with what its law fixes and cites when it is a
    shipped rulebook (a council's own regulation fixes nothing)."""
    preset = preset_of(rb)
    if preset is None:
        return _draft_of_rulebook(rb)
    return _draft_of_rulebook(rb, preset.draft.fixed, preset.draft.citations)


def own_copy(start: RulebookDraft, name: str, source: str = "") -> RulebookDraft:
    """The council's own regulation made from `start` (a preset or any draft): the figures
    entered so far kept, every figure editable, nothing cited from a law's text."""
    return RulebookDraft(OWN_KEY, name, source or name, dict(start.figures),
                         dict(start.articles))


# ---------------------------------------------------------------- naming


def rulebook_title(rb: Rulebook, lang: str, full: bool = False) -> str:
    """The rulebook's name in `lang` (ky, ru, en; another falls back to English): a shipped
    one as its preset names it — Law No. 74 always with its repeal — and a council's own
    regulation as the council named it. `full` gives the whole title (a document's basis,
    About), otherwise the short name cited beside an article."""
    preset = preset_of(rb)
    return rb.name if preset is None else preset_title(preset, lang, full)


def preset_title(preset: Preset, lang: str, full: bool = False) -> str:
    """A shipped rulebook's name in `lang`, before any council has it (a choice in a list)."""
    names = preset.names if full else preset.short_names
    return names.get(lang, names["en"])


def rulebook_country(rb: Rulebook) -> str | None:
    """"kg" or "kz": whose citizens the rulebook's requirements for a candidate speak of;
    None for a council's own regulation (a citizen, no country named)."""
    preset = preset_of(rb)
    return None if preset is None else preset.country


def is_repealed(rb: Rulebook) -> bool:
    """Whether `rb` is a shipped law that is no longer in force (Law No. 74)."""
    preset = preset_of(rb)
    return preset is not None and preset.repealed is not None
