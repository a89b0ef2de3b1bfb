"""The fixed texts of every document and the helpers that cite the law in them.

`text(key, lang)` finds a key of any document's table (documents/words/: the shared texts, the
plan, the list of candidates, the annual report, the register of requests, the minutes and the
extract); the English is there, the Kyrgyz and Russian in translations/ky.po and ru.po
(lang/catalogue.py). A text is a `str.format` template; the values are plain text and are
escaped by the caller before they reach a Paragraph (common.markup does both). Terms follow
the project's glossary (ДОЛБООР, ПРОЕКТ, ИШ ПЛАНЫ...).
"""

from __future__ import annotations

from fractions import Fraction

from kenesh_desktop.documents.words.candidates import CANDIDATES
from kenesh_desktop.documents.words.minutes import MINUTES
from kenesh_desktop.documents.words.plan import PLAN
from kenesh_desktop.documents.words.register import REGISTER
from kenesh_desktop.documents.words.report import REPORT
from kenesh_desktop.documents.words.shared import SHARED
from kenesh_desktop.lang.catalogue import Texts, check_language
from kenesh_desktop.rules.presets import rulebook_title
from kenesh_desktop.rules.rulebook import Rulebook

DOCUMENTS = Texts.joined("documents", SHARED, PLAN, CANDIDATES, REPORT, REGISTER, MINUTES)
"""Every document's texts in one lookup (a key is in one table only)."""


def text(key: str, lang: str, **values: object) -> str:
    """The fixed text `key` in `lang` (ky, ru or en), with `values` filled in; ValueError for
    another language."""
    return DOCUMENTS.text(key, lang, **values)


def article(number: int, lang: str) -> str:
    """An article of the law as each language cites it: «17-берене», «ст. 17», "Art. 17"."""
    return text("article", lang, number=number)


def rulebook_name(rulebook: Rulebook, lang: str, full: bool = False) -> str:
    """The rulebook as a document cites it (`presets.rulebook_title`): Law No. 74 always with
    its repeal («Закон №74, утративший силу в 2023 году»), Kazakhstan's law as «Закон РК
    № 383-V», a council's own regulation as the council named it. `full` is the whole title."""
    check_language(lang)
    return rulebook_title(rulebook, lang, full)


def topic_citation(rulebook: Rulebook, topic: str, lang: str) -> str:
    """" (ст. 6)" after a sentence about `topic`, or "" when the rulebook cites no article on
    it (a council's own regulation names only the composition, sittings and state body)."""
    number = rulebook.cited(topic)
    return "" if number is None else f" ({article(number, lang)})"


def law_citation(rulebook: Rulebook, topic: str, lang: str) -> str:
    """"ст. 6, Закон №74, утративший силу в 2023 году" — the article on `topic` and the
    rulebook; the rulebook alone when it cites no article on the topic."""
    number = rulebook.cited(topic)
    name = rulebook_name(rulebook, lang)
    return name if number is None else f"{article(number, lang)}, {name}"


def share_text(share: Fraction) -> str:
    """A share as the law writes it: 2/3."""
    return f"{share.numerator}/{share.denominator}"


def members_noun(count: int, lang: str) -> str:
    """The noun after "of N" in "present 9 of 13 members" (Russian: из 21 члена, из 13 членов)."""
    if lang == "ru":
        return "члена" if count % 10 == 1 and count % 100 != 11 else "членов"
    if lang == "en":
        return "member" if count == 1 else "members"
    return ""
