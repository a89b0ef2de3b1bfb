"""Look-alike letters in real Kyrgyz text, folded so that one person is one person.

Old Kyrgyz fonts put Ukrainian Є Ї (and Ў) where Ө Ү Ң belong, and some keyboards type
ӊ (U+04CA, with a tail) or ҥ (U+04A5, a ligature) for ң. Import and search fold them.
"""

from __future__ import annotations

import re
import unicodedata

_LOOKALIKES = str.maketrans(
    {
        "\u04c9": "Ң", "\u04ca": "ң",  # Ӊ ӊ  en with tail
        "\u04a4": "Ң", "\u04a5": "ң",  # Ҥ ҥ  en-ghe ligature
        "\u040e": "Ң", "\u045e": "ң",  # Ў ў  broken-font stand-in seen in the seed
        "\u0404": "Ө", "\u0454": "ө",  # Є є
        "\u0472": "Ө", "\u0473": "ө",  # Ѳ ѳ  fita
        "\u0407": "Ү", "\u0457": "ү",  # Ї ї
        "\u04b0": "Ү", "\u04b1": "ү",  # Ұ ұ  Kazakh straight u with stroke
    }
)
_QUOTES = re.compile("[«»\"'“”„‘’`]")
_SPACES = re.compile(r"\s+")


def fold_lookalikes(text: str) -> str:
    """The text with look-alike letters replaced by the Kyrgyz letters they stand for."""
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKES)


def identity_key(text: str, *, yo: bool = True) -> str:
    """The key two names or organisations are compared by (DOMAIN.md, Checks, exactly).

    Ignores case, surrounding and repeated spaces and the quote marks « » " '; with `yo`,
    ё counts as е. Look-alike letters are folded first.
    """
    text = _QUOTES.sub(" ", fold_lookalikes(text))
    text = _SPACES.sub(" ", text).strip().casefold()
    if yo:
        text = text.replace("ё", "е")
    return text


LOOSE_LETTERS = str.maketrans({"ё": "е", "ң": "н", "ө": "о", "ү": "у"})
"""What a search forgives: a keyboard without Kyrgyz letters types о for ө, у for ү, н for ң
(issue 17: "омур" finds "Өмүрбеков"), and ё is е."""


def search_key(text: str) -> str:
    """Folded, lower-case text for "contains" searches in lists: look-alike letters folded,
    and ө, ү, ң, ё searched as о, у, н, е (`LOOSE_LETTERS`)."""
    return fold_lookalikes(text).casefold().translate(LOOSE_LETTERS)
