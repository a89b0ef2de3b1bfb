"""Kyrgyz alphabetical order (… Н Ң О Ө … У Ү …) rather than code-point order.

Code points put Ң Ө Ү after Я; a Kyrgyz reader expects them after Н, О and У.
"""

from __future__ import annotations

from kenesh_desktop.lang.folding import fold_lookalikes

KYRGYZ_ALPHABET = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"
_RANK = {letter: index for index, letter in enumerate(KYRGYZ_ALPHABET)}
_AFTER = len(KYRGYZ_ALPHABET)


def kyrgyz_sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], str]:
    """A key that sorts Cyrillic text in Kyrgyz alphabetical order, case-insensitively.

    Letters outside the Kyrgyz alphabet (Latin, digits) sort after it by code point; ties are
    broken by the original text so the order is total and stable.
    """
    folded = fold_lookalikes(text).casefold()
    ranks = tuple(
        (0, _RANK[ch]) if ch in _RANK else (1, ord(ch)) for ch in folded if not ch.isspace()
    )
    return ranks, text
