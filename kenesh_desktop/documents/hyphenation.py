"""No word broken in the middle without a hyphen, and no hyphen where a word fits.

Text wraps at spaces, as official papers do. Only where a word cannot fit its column at all
(a long word in a narrow table cell) would reportlab break it at an arbitrary letter; such a
cell is hyphenated instead, at points the language allows:
- Russian and English words: the `pyphen` dictionaries (ru_RU, en_US) through reportlab's
  own hyphenation;
- Kyrgyz has no pyphen dictionary: Kyrgyz words are broken at a syllable boundary by the
  regular rule of Kyrgyz syllables (V-CV, VC-CV; never inside a long vowel or a cluster of
  three consonants). A council's records are mostly Kyrgyz whatever the document's language,
  so a word with ң, ө, ү or a doubled vowel follows this rule in every document (Russian
  patterns would break a long vowel: долбо-орун).
Names and ordinary words, which fit their columns, are never hyphenated.

reportlab's hyphenation takes a word only when all its letters are in its own letter class,
which stops at Cyrillic я: ё, ң, ө and ү would keep every Russian word with ё and every
Kyrgyz word with its own letters from being hyphenated. `_allow_all_cyrillic` widens that
class to the whole Cyrillic block (a test fails if a reportlab release renames it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import pyphen
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus import paragraph as _paragraph

_PYPHEN = {"ru": "ru_RU", "en": "en_US"}
_CELL_PADDING = 12  # left and right padding of a table cell, at most (reportlab: 6 + 6)
_VOWELS = frozenset("аеёиоөуүыэюяАЕЁИОӨУҮЫЭЮЯ")
_SIGNS = frozenset("ьъЬЪ")
_CYRILLIC_WORD = re.compile("^[\u0400-\u04ff]+$")
_KYRGYZ_WORD = re.compile("[ңөүҢӨҮ]|(аа|ээ|оо|өө|уу|үү|ыы|ии)", re.IGNORECASE)

Pairs = Callable[[str], Iterable[tuple[str, str]]]


def _allow_all_cyrillic() -> None:
    letters = getattr(_paragraph, "_hy_letters", None)
    if letters is None or "\u0400-\u04ff" in letters:
        return
    letters += "\u0400-\u04ff"
    _paragraph._hy_letters = letters
    _paragraph._hy_letters_pat = re.compile(f"^[{letters}]+$")
    _paragraph._hy_shy_letters_pat = re.compile(f"^[{_paragraph._hy_shy}{letters}]+$")


_allow_all_cyrillic()


def kyrgyz_pairs(word: str) -> list[tuple[str, str]]:
    """The places a Kyrgyz word may be broken, as (head, tail), the longest head first: before
    the consonant that opens a syllable (V-CV) or between two consonants (VC-CV); a soft or
    hard sign stays with its consonant; at least two letters on each side."""
    if not _CYRILLIC_WORD.match(word):
        return []
    vowels = [i for i, char in enumerate(word) if char in _VOWELS]
    cuts = []
    for left, right in zip(vowels, vowels[1:], strict=False):
        between = right - left - 1
        if between == 1:
            cut = left + 1
        elif between == 2:
            cut = left + 2
        else:
            continue  # a long vowel (оо, үү) or a cluster of three: no break offered
        while cut < len(word) and word[cut] in _SIGNS:
            cut += 1
        if 2 <= cut <= len(word) - 2:
            cuts.append(cut)
    return [(word[:cut], word[cut:]) for cut in reversed(cuts)]


@cache
def _pyphen(dictionary: str) -> Pairs:
    return pyphen.Pyphen(lang=dictionary).iterate


@cache
def hyphenator(lang: str) -> Pairs:
    """The hyphenation of a document in `lang`, for reportlab: a function from a word to its
    (head, tail) pairs, longest head first, chosen by the word itself: Kyrgyz words (every
    Cyrillic word of a Kyrgyz document, and one with ң, ө, ү or a doubled vowel in any) by
    the Kyrgyz rule, other Cyrillic words by the Russian dictionary, Latin ones by the
    English one."""
    russian, english = _pyphen(_PYPHEN["ru"]), _pyphen(_PYPHEN["en"])

    def pairs(word: str) -> Iterable[tuple[str, str]]:
        if not _CYRILLIC_WORD.match(word):
            return english(word)
        if lang == "ky" or _KYRGYZ_WORD.search(word):
            return kyrgyz_pairs(word)
        return russian(word)

    return pairs


@cache
def narrow_style(style: ParagraphStyle, lang: str) -> ParagraphStyle:
    """`style` hyphenated in `lang` (same name, font and sizes)."""
    clone = ParagraphStyle(style.name, parent=style)
    clone.hyphenationLang = hyphenator(lang)
    clone.embeddedHyphenation = 1  # "иш-чара" may break after its own hyphen
    clone.hyphenationMinWordLength = 5
    clone.uriWasteReduce = 0.3  # a long address breaks at its slashes
    return clone


def _too_long(paragraph: Paragraph, width: float) -> bool:
    """Whether a word of `paragraph` is wider than `width` (a column, less its padding)."""
    style = paragraph.style
    room = width - style.leftIndent - style.rightIndent - max(0.0, style.firstLineIndent)
    for frag in paragraph.frags:
        size = getattr(frag, "fontSize", style.fontSize)
        for word in str(getattr(frag, "text", "")).split():
            # No letter is wider than its font size: a short word cannot be too wide.
            if len(word) * size > room and stringWidth(
                    word, getattr(frag, "fontName", style.fontName), size) > room:
                return True
    return False


def hyphenate_narrow(story: Iterable[Flowable], lang: str) -> None:
    """Hyphenate, in `lang`, every table cell of `story` holding a word wider than its
    column (tables inside kept-together groups and tables too). Only such a paragraph's style
    changes: its text and fonts were fixed when it was made."""
    for flowable in story:
        if isinstance(flowable, Table):
            _hyphenate_table(flowable, lang)
        elif isinstance(flowable, KeepTogether):
            hyphenate_narrow(flowable._content, lang)


def _hyphenate_table(table: Table, lang: str) -> None:
    widths = list(table._colWidths)
    for row in table._cellvalues:
        for column, cell in enumerate(row):
            width = widths[column] if column < len(widths) else None
            for flowable in cell if isinstance(cell, list | tuple) else [cell]:
                if isinstance(flowable, Paragraph):
                    if isinstance(width, int | float) and _too_long(
                            flowable, width - _CELL_PADDING):
                        flowable.style = narrow_style(flowable.style, lang)
                elif isinstance(flowable, Table | KeepTogether):
                    hyphenate_narrow([flowable], lang)
